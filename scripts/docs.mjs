/**
 * Writes the API section of every docs/components/<name>.md from
 * custom-elements.json: attributes and properties, slots, CSS parts, CSS custom
 * properties and events, in one layout for all five elements. Only the text
 * between START and END is replaced; the rest of each page is hand-written.
 * `npm run build` runs it after the manifest; tests/node/docs.test.mjs fails
 * when a page differs from what this script would write.
 *
 *   node scripts/docs.mjs           rewrite the pages
 *   node scripts/docs.mjs --check   only report pages that are out of date (exit 1);
 *                                   LEDE_DOCS=check does the same: npm test builds so, and fails on a stale page
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const START = '<!-- api:start -->';
export const END = '<!-- api:end -->';
const NOTE = '<!-- Generated from custom-elements.json by `npm run build` (scripts/docs.mjs): edit the JSDoc in src/, not this section. -->';

const root = new URL('../', import.meta.url);

/** The custom elements declared in a manifest, each with its tag name. */
export function elementsOf(manifest) {
  return manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
}

/** The docs page of an element: docs/components/article-header.md for <lede-article-header>. */
export const pageFor = (tagName) => new URL(`docs/components/${tagName.replace(/^lede-/, '')}.md`, root);

/** One table cell: on one line, with `|` escaped (GFM reads `\|` as a pipe inside code spans too). */
const cell = (text) => (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => (text ? `\`${cell(text)}\`` : '');

function table(head, rows) {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** Own entries first, then those inherited from LedeElement, each group in source order. */
const ownFirst = (list) => [...list.filter((x) => !x.inheritedFrom), ...list.filter((x) => x.inheritedFrom)];

function attributesAndProperties(element) {
  const fields = (element.members ?? []).filter(
    (m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public',
  );
  const attributes = ownFirst(element.attributes ?? []);
  const fieldOf = (a) => fields.find((f) => f.name === (a.fieldName ?? a.name) || f.attribute === a.name);
  const rows = attributes.map((a) => {
    const field = fieldOf(a);
    const reflects = field?.reflects ? ' (reflected)' : '';
    return [
      `\`${a.name}\`${reflects}`,
      code(field?.name),
      code((a.type ?? field?.type)?.text),
      code(a.default ?? field?.default),
      cell(a.description || field?.description),
    ];
  });
  // Properties without an attribute.
  const linked = new Set(attributes.map(fieldOf).filter(Boolean));
  for (const field of ownFirst(fields.filter((f) => !linked.has(f)))) {
    rows.push(['', code(field.name), code(field.type?.text), code(field.default), cell(field.description)]);
  }
  if (!rows.length) return 'None.';
  return table(['attribute', 'property', 'type', 'default', 'description'], rows);
}

function named(list, label, { defaultName } = {}) {
  if (!list?.length) return 'None.';
  const withDefault = list.some((x) => x.default);
  const head = [label, ...(withDefault ? ['default'] : []), 'description'];
  return table(
    head,
    list.map((x) => [
      x.name ? `\`${x.name}\`` : defaultName,
      ...(withDefault ? [code(x.default)] : []),
      cell(x.description),
    ]),
  );
}

function events(element) {
  const list = element.events ?? [];
  if (!list.length) return 'None.';
  return table(
    ['event', 'class', 'description'],
    list.map((e) => [`\`${e.name}\``, code(e.type?.text), cell(e.description)]),
  );
}

/** The generated section of one element, markers included. */
export function renderApi(element) {
  return [
    START,
    NOTE,
    '',
    '## API',
    '',
    '### Attributes and properties',
    '',
    attributesAndProperties(element),
    '',
    '### Slots',
    '',
    named(element.slots, 'slot', { defaultName: '*(default)*' }),
    '',
    '### CSS parts',
    '',
    named(element.cssParts, 'part'),
    '',
    '### CSS custom properties',
    '',
    named(element.cssProperties, 'property'),
    '',
    'The defaults of the tokens every element shares are in the README, under [Theming](../../README.md#theming).',
    '',
    '### Events',
    '',
    events(element),
    END,
  ].join('\n');
}

/** The section between the markers, markers included; throws unless the page has exactly one pair, in order. */
export function currentSection(page, name = 'page') {
  const starts = page.split(START).length - 1;
  const ends = page.split(END).length - 1;
  if (starts !== 1 || ends !== 1) throw new Error(`${name}: needs exactly one ${START} and one ${END} (found ${starts} and ${ends})`);
  const from = page.indexOf(START);
  const to = page.indexOf(END) + END.length;
  if (to < from) throw new Error(`${name}: ${END} comes before ${START}`);
  return page.slice(from, to);
}

/** The page with its API section replaced by `section`. */
export function withSection(page, section, name) {
  return page.replace(currentSection(page, name), () => section);
}

/** Every element's page as it is and as it should be. */
export function pages(manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'))) {
  return elementsOf(manifest).map((element) => {
    const url = pageFor(element.tagName);
    const name = fileURLToPath(url);
    const text = readFileSync(url, 'utf8');
    return { element, url, name, text, expected: withSection(text, renderApi(element), name) };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check') || process.env.LEDE_DOCS === 'check';
  const stale = [];
  for (const page of pages()) {
    if (page.text === page.expected) continue;
    stale.push(page.name);
    if (!check) writeFileSync(page.url, page.expected);
  }
  if (check && stale.length) {
    console.error(`API sections out of date (run npm run build):\n  ${stale.join('\n  ')}`);
    process.exit(1);
  }
  if (!check && stale.length) console.log(`docs: rewrote the API section of ${stale.length} page(s)`);
}
