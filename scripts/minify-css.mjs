/**
 * Build-time CSS minification with lightningcss, for lede.css and for the
 * CSS inside Lit's `css` tagged templates in the script-tag bundles. Every
 * reader downloads this CSS, and its comments and indentation were a tenth
 * of the bundle. Lit's `html` templates are left exactly as written: server
 * rendering's hydration digests are computed from them.
 */
import { transform } from 'lightningcss';
import MagicString from 'magic-string';

/**
 * Minifies a stylesheet. No browser targets: the CSS is kept as modern as
 * written (`light-dark()`, `color-mix()`, logical properties), only shorter.
 */
export function minifyCss(css, filename = 'style.css') {
  const { code } = transform({ filename, code: Buffer.from(css), minify: true });
  return code.toString();
}

/** Text a template literal's raw part must hold so that it cooks back to `text`. */
const escapeForTemplate = (text) => text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');

/**
 * Calls `visit(node, parent)` on every node of an ESTree AST, in source order;
 * a visit that returns `false` skips that node's children.
 */
export function walk(node, visit, parent = undefined) {
  if (!node || typeof node.type !== 'string') return;
  if (visit(node, parent) === false) return;
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) walk(child, visit, node);
    else if (value && typeof value === 'object') walk(value, visit, node);
  }
}

/**
 * Minifies the text of one `css` template. Interpolations stand in as
 * placeholder identifiers while lightningcss works; if any does not come
 * back exactly once (it sat somewhere an identifier cannot), the template
 * stays as written.
 */
function minifyTemplate(quasis, id) {
  const placeholder = (index) => `__lede_css_${index}__`;
  const css = quasis.map((quasi, index) => (index ? placeholder(index - 1) : '') + quasi.value.cooked).join('');
  const minified = minifyCss(css, id);
  const parts = minified.split(/__lede_css_(\d+)__/);
  const order = parts.filter((_, index) => index % 2).map(Number);
  if (order.length !== quasis.length - 1 || order.some((value, index) => value !== index)) return null;
  return parts.filter((_, index) => index % 2 === 0).map(escapeForTemplate);
}

/**
 * Rollup plugin: minifies the CSS of every `css\`…\`` template (the tag
 * imported from Lit) in our own sources, after TypeScript has run.
 */
export function minifyCssTemplates() {
  return {
    name: 'lede-minify-css-templates',
    transform(code, id) {
      if (!id.includes('/src/') || !/\bcss\s*`/.test(code)) return null;
      const ast = this.parse(code);
      const edits = [];
      walk(ast, (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || node.tag.name !== 'css') return;
        const { quasis } = node.quasi;
        if (quasis.some((quasi) => quasi.value.cooked == null)) return;
        const minified = minifyTemplate(quasis, id);
        if (!minified) {
          this.warn(`a css template in ${id} was left unminified: an interpolation sits where CSS cannot hold a placeholder`);
          return;
        }
        quasis.forEach((quasi, index) => edits.push({ start: quasi.start, end: quasi.end, text: minified[index] }));
      });
      if (!edits.length) return null;
      // Edited with a source map, so that the code after a template still maps to its own line.
      const output = new MagicString(code);
      for (const { start, end, text } of edits) {
        if (start < end) output.overwrite(start, end, text);
        else if (text) output.appendLeft(start, text);
      }
      return { code: output.toString(), map: output.generateMap({ hires: 'boundary' }) };
    },
  };
}
