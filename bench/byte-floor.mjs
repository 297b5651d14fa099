/**
 * How small the demo's scripts could get by packaging alone: the script-tag
 * build (rollup.config.mjs, lede.js and its chunks) rebuilt in memory with
 * parts of our sources emptied, measured for the same files the demo loads.
 *
 * - "as built": the real build (bench/run.mjs checks that it measures the
 *   same bytes as dist/cdn/);
 * - "no component CSS": every Lit `css` template in src/ empty;
 * - "no component CSS, no texts": and every string or untagged template of 40
 *   characters or more emptied (every warning's wording, long labels and
 *   selectors), template expressions kept. The markup of Lit `html` templates
 *   is kept (strings in their expressions are emptied), and so is the
 *   registration code (src/cdn-elements.ts): its strings are chunk paths.
 *
 * Each is given as the files gzipped one by one (as the demo loads them) and
 * concatenated into one file (no code splitting; the chunks' imports and
 * exports stay, a few hundred bytes). What is left in the last row is
 * Lit and our code's logic, with the shorter strings and the templates: a floor
 * for any packaging of today's features.
 */
import { rollup } from 'rollup';
import { gzipSync } from 'node:zlib';
import MagicString from 'magic-string';
import { walk } from '../scripts/minify-css.mjs';

const STRIPPED_TEXT_LENGTH = 40;

/** A Rollup plugin, run after TypeScript: empties CSS templates and, with `texts`, long strings. */
function emptying({ texts }) {
  return {
    name: 'lede-bench-emptying',
    transform(code, id) {
      if (!id.includes('/src/') || id.endsWith('/src/cdn-elements.ts')) return null;
      const edits = [];
      walk(this.parse(code), (node, parent) => {
        if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === 'css') {
          edits.push([node.quasi.start, node.quasi.end, '``']);
          return false;
        }
        if (!texts) return true;
        if (node.type === 'ImportExpression' || node.type === 'ImportDeclaration' || node.type === 'ExportNamedDeclaration' && node.source) return false;
        if (node.type === 'Literal' && typeof node.value === 'string' && node.value.length >= STRIPPED_TEXT_LENGTH) {
          edits.push([node.start, node.end, "''"]);
        } else if (node.type === 'TemplateLiteral' && parent?.type !== 'TaggedTemplateExpression') {
          const length = node.quasis.reduce((sum, quasi) => sum + quasi.value.raw.length, 0);
          if (length < STRIPPED_TEXT_LENGTH) return true;
          edits.push([node.start, node.end, `\`${node.expressions.map((expression) => `\${${code.slice(expression.start, expression.end)}}`).join('')}\``]);
          return false;
        }
        return true;
      });
      if (!edits.length) return null;
      const output = new MagicString(code);
      for (const [start, end, text] of edits) output.overwrite(start, end, text);
      return { code: output.toString(), map: output.generateMap({ hires: 'boundary' }) };
    },
  };
}

/** `chunks/core-AbC123.js` → `chunks/core`: names that survive a rebuild with other content. */
const stem = (file) => file.replace(/^dist\/cdn\//, '').replace(/-[\w-]{8}\.js$/, '').replace(/\.js$/, '');

/** The script-tag module build (lede.js's config in rollup.config.mjs), in memory, with `extra` plugins run before CSS minifying. */
async function build(extra) {
  const config = (await import('../rollup.config.mjs')).default.find((entry) => entry.input?.lede === 'src/cdn.ts');
  const plugins = config.plugins.filter((plugin) => plugin.name !== 'lede-remove-stale-chunks');
  plugins.splice(plugins.findIndex((plugin) => plugin.name === 'lede-minify-css-templates'), 0, ...extra);
  const bundle = await rollup({ ...config, plugins, onwarn: () => {} });
  try {
    const { output } = await bundle.generate(config.output);
    return new Map(output.filter((file) => file.type === 'chunk').map((chunk) => [stem(chunk.fileName), chunk.code]));
  } finally {
    await bundle.close();
  }
}

const gzip = (text) => gzipSync(text, { level: 9 }).length;

/**
 * For `sets` (name → files of dist/cdn the demo loads), the gzip bytes of each
 * variant: separately and as one file.
 */
export async function byteFloor(sets) {
  const variants = [
    ['as built', []],
    ['no component CSS', [emptying({ texts: false })]],
    [`no component CSS, no texts of ${STRIPPED_TEXT_LENGTH}+ characters`, [emptying({ texts: true })]],
  ];
  const rows = [];
  for (const [variant, plugins] of variants) {
    const chunks = await build(plugins);
    const row = { variant };
    for (const [name, files] of Object.entries(sets)) {
      const codes = [...files].map((file) => {
        const code = chunks.get(stem(file));
        if (code === undefined) throw new Error(`byte floor: the rebuild has no ${stem(file)} (from ${file})`);
        return code;
      });
      row[name] = { separately: codes.reduce((sum, code) => sum + gzip(code), 0), oneFile: gzip(codes.join('\n')) };
    }
    rows.push(row);
  }
  return rows;
}
