/**
 * `lede-elements/sanitize` with the real sanitizers: Lede's documented markup
 * comes out of DOMPurify and sanitize-html whole, hostile markup comes out
 * harmless. Run after `npm run build` (it reads dist/).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import sanitizeHtml from 'sanitize-html';
import { allowlist, dompurifyConfig, guardSrcset, sanitizeHtmlOptions } from 'lede-elements/sanitize';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const { window } = new JSDOM('');
const DOMPurify = guardSrcset(createDOMPurify(window));
/** A second instance without the srcset hook, to show what the hook is for. */
const plainDOMPurify = createDOMPurify(window);

/** The markup of every element as docs/ and README.md show it, plus the child attributes they rely on. */
const documented = `
<lede-live-banner topic="War in Ukraine" href="/live/war-in-ukraine" src="/live/feed.json" state="live" dismissible dismiss-key="ukraine" interval="30">
  Follow our live coverage for the latest updates
</lede-live-banner>
<lede-article-header kicker="News" kicker-href="/news/" published="2024-03-19T17:17:00Z" updated="2024-03-19T20:05:00Z"
    time-zone="America/New_York" relative-until="24h" lang="en-US"
    authors='[{"name":"Jane Doe","url":"/authors/jane-doe"},{"name":"Kim \\u0022KJ\\u0022 Min-jun"}]'
    messages='{"by":"By"}'>
  <h1>North Korea has sent Russia thousands of containers of munitions, Seoul says</h1>
  <p slot="standfirst">South Korea counts some 7,000 shipping containers of shells since last summer.</p>
  <p slot="byline">By <a href="/authors/jane-doe">Jane Doe</a>, <time datetime="2024-03-19T17:17:00Z">March 19</time></p>
</lede-article-header>
<lede-captioned-image credit="East News | Alexander Zemlianichenko" priority zoomable loading="eager" aspect-ratio="3/2">
  <img src="freight-yard.jpg" srcset="freight-yard-800.jpg 800w, freight-yard-1600.jpg 1600w" sizes="(max-width: 600px) 100vw, 800px"
       alt="Shipping containers stacked several high in a freight yard" width="1200" height="800" fetchpriority="high" loading="eager" decoding="async">
  Most of the cargo now goes by rail rather than by sea, according to Seoul.
</lede-captioned-image>
<lede-quote-block speaker="Shin Won-sik" speaker-title="South Korean Minister of National Defence" cite="https://example.com/briefing" variant="pull">
  <p>The quotation, as one or more paragraphs.</p>
</lede-quote-block>
<lede-related-content src="/feeds/related.json" max="4" layout="grid" heading="More on this story" heading-level="3" include-current
    items='[{"title":"Seoul adds shipping firms","url":"/news/seoul"}]'>
  <ul>
    <li><a href="/news/seoul-sanctions-shipping-firms">Seoul adds shipping firms to its sanctions list</a></li>
  </ul>
</lede-related-content>`;

/** Every element with its attributes, in document order: what a sanitizer must not change. */
function structure(html) {
  const document = new JSDOM(`<body>${html}</body>`).window.document;
  return [...document.body.querySelectorAll('*')].map((element) => ({
    tag: element.localName,
    attributes: Object.fromEntries([...element.attributes].map((attribute) => [attribute.name, attribute.value])),
  }));
}

/** What makes sanitized markup dangerous (template contents included); an empty list means it is harmless. */
function dangers(html) {
  const document = new JSDOM(`<body>${html}</body>`).window.document;
  const found = [];
  const elements = (node) => [...node.querySelectorAll('*')].flatMap((element) => [element, ...(element.content ? elements(element.content) : [])]);
  for (const element of elements(document.body)) {
    if (/^(script|iframe|frame|object|embed|base|meta|link|form|style)$/.test(element.localName)) found.push(`<${element.localName}>`);
    for (const { name, value } of element.attributes) {
      if (/^on/i.test(name) || /^(srcdoc|formaction|xlink:href)$/i.test(name)) found.push(`${element.localName}[${name}]`);
      const compact = value.replace(/[\u0000-\u0020]/g, '');
      if (/^(javascript|vbscript|data):|,(javascript|vbscript|data):|url\((javascript|data):/i.test(compact)) found.push(`${element.localName}[${name}=${value}]`);
    }
  }
  return found;
}

const hostile = [
  '<lede-quote-block speaker="x" onclick="alert(1)" onmouseover="alert(2)"><p onclick="alert(3)">Q</p></lede-quote-block>',
  '<lede-quote-block cite="javascript:alert(1)"><p>Q</p></lede-quote-block>',
  '<lede-quote-block cite=" JaVaScRiPt:alert(1)"><p>Q</p></lede-quote-block>',
  '<lede-article-header kicker-href="javascript:alert(1)" kicker="K"><h1>H</h1></lede-article-header>',
  '<lede-article-header kicker-href="java&#x09;script:alert(1)"><h1>H</h1></lede-article-header>',
  '<lede-live-banner href="vbscript:msgbox(1)" src="javascript:alert(1)" topic="T">M</lede-live-banner>',
  '<lede-related-content src="data:text/html,<script>alert(1)</script>"></lede-related-content>',
  '<lede-captioned-image src="javascript:alert(1)" srcset="javascript:alert(1) 1x" alt="a"></lede-captioned-image>',
  '<lede-captioned-image alt="a"><img src="javascript:alert(1)" srcset="https://x/a.jpg 1x, javascript:alert(1) 2x" onerror="alert(1)" alt="a"></lede-captioned-image>',
  '<lede-captioned-image alt="a"><img src=x onerror=alert(1) fetchpriority=high></lede-captioned-image>',
  '<lede-quote-block srcdoc="<script>alert(1)</script>" formaction="javascript:alert(1)"><p>Q</p></lede-quote-block>',
  '<lede-live-banner is="x-evil" topic="T"><iframe srcdoc="<script>alert(1)</script>"></iframe><script>alert(1)</script></lede-live-banner>',
  '<lede-evil onclick="alert(1)">x</lede-evil><x-lede-quote-block onclick="alert(1)"></x-lede-quote-block>',
  '<lede-related-content><ul><li><a href="javascript:alert(1)">x</a></li></ul><svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg></lede-related-content>',
  '<lede-quote-block><template><img src=x onerror=alert(1)></template><math><mi xlink:href="javascript:alert(1)">x</mi></math></lede-quote-block>',
  '<lede-article-header constructor="x" __proto__="y" toString="z" hasOwnProperty="w"><h1>H</h1></lede-article-header>',
  '<time datetime="2024" onfocus="alert(1)" tabindex="0">t</time><p slot="byline" onclick="alert(1)">b</p>',
  '<a kicker-href="javascript:alert(1)" cite="javascript:alert(2)">x</a><img srcset="javascript:alert(3)" src="x.jpg">',
];

describe('dist/allowlist.json', () => {
  it('lists every attribute of every element in the manifest, marked by kind', () => {
    const manifest = JSON.parse(read('custom-elements.json'));
    const declared = manifest.modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.tagName));
    assert.deepEqual(Object.keys(allowlist.elements).sort(), declared.map((d) => d.tagName).sort());
    for (const declaration of declared) {
      assert.deepEqual(Object.keys(allowlist.elements[declaration.tagName]).sort(), declaration.attributes.map((a) => a.name).sort(), declaration.tagName);
    }
    assert.deepEqual(JSON.parse(read('dist/allowlist.json')), JSON.parse(JSON.stringify(allowlist)));
  });

  it('marks URLs, JSON, booleans, enumerations and text', () => {
    const kinds = (tag) => Object.fromEntries(Object.entries(allowlist.elements[tag]).map(([name, kind]) => [name, kind.type]));
    assert.deepEqual(
      Object.entries(kinds('lede-article-header')).filter(([, type]) => type !== 'text'),
      [['authors', 'json'], ['kicker-href', 'url'], ['messages', 'json'], ['relative', 'boolean'], ['structured-data', 'boolean']],
    );
    assert.equal(kinds('lede-related-content').src, 'url');
    assert.equal(kinds('lede-related-content').items, 'json');
    assert.equal(kinds('lede-captioned-image').srcset, 'url');
    assert.deepEqual(allowlist.elements['lede-quote-block'].variant, { type: 'enumeration', values: ['block', 'pull'] });
    assert.deepEqual(allowlist.elements['lede-live-banner'].state, { type: 'enumeration', values: ['live', 'ended'] });
    assert.deepEqual(Object.keys(allowlist.children).sort(), ['*', 'img', 'time']);
    assert.ok(allowlist.children.img.fetchpriority && allowlist.children.img.loading && allowlist.children.time.datetime && allowlist.children['*'].slot);
  });
});

describe('DOMPurify with dompurifyConfig', () => {
  it('keeps every documented element and attribute', () => {
    assert.deepEqual(structure(DOMPurify.sanitize(documented, dompurifyConfig)), structure(documented));
  });

  for (const [index, markup] of hostile.entries()) {
    it(`leaves nothing dangerous in hostile markup #${index + 1}`, () => {
      assert.deepEqual(dangers(DOMPurify.sanitize(markup, dompurifyConfig)), []);
    });
  }

  it('still keeps the safe parts of hostile markup (the element, its text, its https URL)', () => {
    const clean = structure(DOMPurify.sanitize('<lede-quote-block onclick="alert(1)" speaker="S" cite="https://example.com/q"><p>Q</p></lede-quote-block>', dompurifyConfig));
    assert.deepEqual(clean, [
      { tag: 'lede-quote-block', attributes: { speaker: 'S', cite: 'https://example.com/q' } },
      { tag: 'p', attributes: {} },
    ]);
  });

  it('the checks above catch what the defaults and a catch-all do wrong', () => {
    // Default settings drop every Lede tag; a catch-all attribute check lets event handlers and javascript: URLs through.
    assert.notDeepEqual(structure(DOMPurify.sanitize(documented)), structure(documented));
    const catchAll = { CUSTOM_ELEMENT_HANDLING: { tagNameCheck: /^lede-/, attributeNameCheck: /.*/ } };
    assert.notDeepEqual(dangers(DOMPurify.sanitize(hostile[0], catchAll)), []);
    assert.notDeepEqual(dangers(DOMPurify.sanitize(hostile[3], catchAll)), []);
    assert.notDeepEqual(dangers(plainDOMPurify.sanitize(hostile[8], dompurifyConfig)), [], 'without guardSrcset');
  });

  it('guardSrcset keeps the safe srcset candidates', () => {
    const [, image] = structure(DOMPurify.sanitize(hostile[8], dompurifyConfig));
    assert.equal(image.attributes.srcset, 'https://x/a.jpg 1x');
  });
});

describe('sanitize-html with sanitizeHtmlOptions(sanitizeHtml.defaults)', () => {
  const options = sanitizeHtmlOptions(sanitizeHtml.defaults);

  it('keeps every documented element and attribute', () => {
    assert.deepEqual(structure(sanitizeHtml(documented, options)), structure(documented));
  });

  for (const [index, markup] of hostile.entries()) {
    it(`leaves nothing dangerous in hostile markup #${index + 1}`, () => {
      assert.deepEqual(dangers(sanitizeHtml(markup, options)), []);
    });
  }

  it('empties an enumerated attribute with a value the element does not know', () => {
    assert.deepEqual(structure(sanitizeHtml('<lede-quote-block variant="evil" speaker="S"></lede-quote-block>', options)), [
      { tag: 'lede-quote-block', attributes: { speaker: 'S', variant: '' } },
    ]);
  });

  it('extends the options it is given and leaves sanitize-html’s defaults unchanged', () => {
    const before = JSON.stringify(sanitizeHtml.defaults);
    const custom = sanitizeHtmlOptions({ allowedTags: ['p'], allowedAttributes: { p: ['class'] }, allowedSchemes: ['https'] });
    assert.deepEqual(custom.allowedAttributes.p, ['class']);
    assert.deepEqual(custom.allowedAttributes['*'], ['slot']);
    assert.deepEqual(custom.allowedSchemes, ['https']);
    assert.ok(custom.allowedTags.includes('lede-quote-block') && custom.allowedTags.includes('p'));
    assert.equal(JSON.stringify(sanitizeHtml.defaults), before);
    assert.equal(sanitizeHtml('<lede-quote-block cite="http://example.com/"></lede-quote-block>', custom), '<lede-quote-block></lede-quote-block>');
  });

  it('the checks above catch what the defaults do wrong', () => {
    assert.notDeepEqual(structure(sanitizeHtml(documented)), structure(documented));
  });
});

describe('the package', () => {
  it('ships the allow-list and the sanitize module with its types, and not the WordPress plugin', () => {
    const [{ files }] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }));
    const paths = files.map((file) => file.path);
    for (const path of ['dist/allowlist.json', 'dist/allowlist.js', 'dist/sanitize.js', 'dist/sanitize.d.ts']) assert.ok(paths.includes(path), path);
    assert.deepEqual(paths.filter((path) => path.startsWith('dist/wordpress')), []);
    const pkg = JSON.parse(read('package.json'));
    assert.deepEqual(pkg.exports['./sanitize'], { types: './dist/sanitize.d.ts', default: './dist/sanitize.js' });
  });

  it('keeps the sanitizer settings out of the script-tag bundles', () => {
    const scripts = readdirSync(new URL('../../dist/cdn/', import.meta.url), { recursive: true }).filter((file) => file.endsWith('.js'));
    assert.ok(scripts.includes('lede.js') && scripts.length > 2);
    for (const file of scripts) {
      assert.doesNotMatch(read(`dist/cdn/${file}`), /attributeNameCheck|allowedSchemesAppliedToAttributes|fetchpriority.{0,40}decoding/, file);
    }
  });
});
