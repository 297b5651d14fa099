/**
 * `lede-elements/sanitize`: settings that let DOMPurify and sanitize-html keep
 * Lede's documented markup and nothing more. Every tag and attribute is named
 * exactly (from dist/allowlist.json, generated from the elements' manifest):
 * no pattern lets an unknown attribute such as `onclick` through, and every
 * URL attribute stays under the sanitizer's own scheme check.
 *
 * This module is for the server or the editor that cleans HTML; it is not
 * part of the script-tag bundle.
 */
import allowlist from './allowlist.js';

export { allowlist };

/** `kind(tag, attribute)`: how the allow-list marks the attribute, or undefined when it is not allowed. */
function lookup(table, tag, attribute) {
  return Object.hasOwn(table, tag) && Object.hasOwn(table[tag], attribute) ? table[tag][attribute] : undefined;
}
const ledeAttribute = (tag, attribute) => lookup(allowlist.elements, tag, attribute);

const ledeTags = Object.keys(allowlist.elements);

const unique = (values) => [...new Set(values)];

/** Names of the URL attributes of Lede's tags and of the child attributes, for DOMPurify's `ADD_ATTR`. */
const checkedAttributes = unique([
  ...Object.values(allowlist.elements).flatMap((attributes) =>
    Object.entries(attributes).filter(([, kind]) => kind.type === 'url').map(([name]) => name),
  ),
  ...Object.values(allowlist.children).flatMap((attributes) => Object.keys(attributes)),
]);

/**
 * DOMPurify configuration: `DOMPurify.sanitize(html, dompurifyConfig)`.
 *
 * DOMPurify keeps a custom element's attribute that `attributeNameCheck`
 * accepts without looking at its value, so URL attributes are not accepted
 * there. They are named in `ADD_ATTR` instead (as a list: older DOMPurify
 * releases skipped the URL check for the function form), where DOMPurify's
 * URL check drops a `javascript:` value. `attributeNameCheck` needs the tag
 * name (DOMPurify passes it since 2025); an older DOMPurify drops Lede's
 * attributes rather than let anything through.
 */
export const dompurifyConfig = Object.freeze({
  CUSTOM_ELEMENT_HANDLING: Object.freeze({
    tagNameCheck: (tag) => ledeTags.includes(tag),
    attributeNameCheck: (attribute, tag) => {
      const kind = ledeAttribute(tag, attribute);
      return kind !== undefined && kind.type !== 'url';
    },
    allowCustomizedBuiltInElements: false,
  }),
  ADD_ATTR: checkedAttributes,
});


/** One allow-list entry in sanitize-html's form: enumerations restricted to their values. */
function sanitizeHtmlAttribute([name, kind]) {
  return kind.type === 'enumeration' ? { name, multiple: false, values: kind.values } : name;
}

/**
 * sanitize-html options: `sanitizeHtml(html, sanitizeHtmlOptions(sanitizeHtml.defaults))`,
 * or pass your own options to extend. Lede's tags, `<img>` and `<time>` are
 * added with exactly their attributes; URL attributes join
 * `allowedSchemesAppliedToAttributes`, so `allowedSchemes` applies to them too
 * (sanitize-html checks every `srcset` candidate itself).
 */
export function sanitizeHtmlOptions(base = {}) {
  const allowedAttributes = { ...(base.allowedAttributes || {}) };
  const add = (tag, entries) => {
    const names = new Set(entries.map((entry) => (typeof entry === 'string' ? entry : entry.name)));
    allowedAttributes[tag] = [...(allowedAttributes[tag] || []).filter((entry) => !names.has(typeof entry === 'string' ? entry : entry.name)), ...entries];
  };
  for (const [tag, attributes] of Object.entries(allowlist.elements)) add(tag, Object.entries(attributes).map(sanitizeHtmlAttribute));
  for (const [tag, attributes] of Object.entries(allowlist.children)) add(tag, Object.entries(attributes).map(sanitizeHtmlAttribute));
  const urlAttributes = [...Object.values(allowlist.elements), ...Object.values(allowlist.children)].flatMap((attributes) =>
    Object.entries(attributes).filter(([, kind]) => kind.type === 'url').map(([name]) => name),
  );
  return {
    ...base,
    allowedTags: unique([...(base.allowedTags || []), ...ledeTags, ...Object.keys(allowlist.children).filter((tag) => tag !== '*')]),
    allowedAttributes,
    allowedSchemesAppliedToAttributes: unique([...(base.allowedSchemesAppliedToAttributes || ['href', 'src', 'cite']), ...urlAttributes]),
  };
}

/** http:, https: or relative: the URLs Lede itself accepts in `srcset`. */
function isSafeUrl(url) {
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(url.replace(/[\u0000-\u0020]/g, ''));
  return !scheme || /^https?$/i.test(scheme[1]);
}

/**
 * DOMPurify checks only the start of a `srcset`, so `"a.jpg 1x, javascript:… 2x"`
 * passes its URI check. This adds a hook to a DOMPurify instance that drops
 * every candidate that is not http(s) or relative (the attribute too, when
 * none is left). Call it once: `guardSrcset(DOMPurify)`.
 */
export function guardSrcset(purify) {
  purify.addHook('uponSanitizeAttribute', (_node, data) => {
    if (data.attrName !== 'srcset') return;
    const candidates = data.attrValue.split(',').map((candidate) => candidate.trim()).filter(Boolean);
    const safe = candidates.filter((candidate) => isSafeUrl(candidate.split(/\s+/)[0]));
    if (safe.length === candidates.length) return;
    if (safe.length === 0) data.keepAttr = false;
    else data.attrValue = safe.join(', ');
  });
  return purify;
}
