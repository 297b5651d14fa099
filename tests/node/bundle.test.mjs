/**
 * The built package, as users get it: the script-tag bundles on real pages,
 * the npm entry points, and the size every reader pays. Run after `rollup -c`.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { allElementsGraph, DEMO_FIRST_ELEMENT, firstRenderGraph, staticGraph } from './cdn-graph.mjs';
import { posix } from 'node:path';
import { openPage, withServerAndBrowser } from './browser.mjs';
import { minifyCss } from '../../scripts/minify-css.mjs';
import { renderExample } from '../../scripts/render-example.mjs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const pkg = JSON.parse(read('package.json'));

/** Pages for the download budgets: three elements only, by the one-tag bundle and by the autoloader. */
const threeElements = `
  <lede-article-header published="2024-03-19T17:17:00Z"><h1>Seoul counts the containers</h1></lede-article-header>
  <lede-captioned-image><img src="/demo/assets/freight-yard.svg" alt="Containers in a freight yard" width="1200" height="800">A freight yard.</lede-captioned-image>
  <lede-quote-block speaker="Shin Won-sik"><p>The launches look like final checks.</p></lede-quote-block>`;
const page = (script) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
  <script type="module" src="${script}"></script></head><body>${threeElements}</body></html>`;

/** A related list in a Polish page, and one in German inside an English page, by `script`. */
const related = (lang) => `<lede-related-content${lang ? ` lang="${lang}"` : ''}><ul><li><a href="/news/a">A story</a></li></ul></lede-related-content>`;
const languagesPage = (script, classic = false) => `<!doctype html><html lang="pl"><head><meta charset="utf-8"><link rel="icon" href="data:,">
  <script ${classic ? '' : 'type="module" '}src="${script}"></script></head><body>${related()}<div lang="en">${related('de')}</div></body></html>`;

/** A related list reading an RSS feed and a live banner following an Atom feed, by lede.js. */
const xmlFeedsPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
  <script type="module" src="/dist/cdn/lede.js"></script></head><body>
  <lede-live-banner topic="Film" href="/live/film" src="/tests/fixtures/feeds/atom-html-title-entities.xml"></lede-live-banner>
  <lede-related-content src="/tests/fixtures/feeds/bbc-media-thumbnail.xml"><ul><li><a href="/news/a">A story</a></li></ul></lede-related-content>
  </body></html>`;

const env = withServerAndBrowser({
  pages: {
    '/feeds/xml.html': xmlFeedsPage,
    '/budget/three-elements.html': page('/dist/cdn/lede.js'),
    '/budget/three-elements-autoloader.html': page('/dist/cdn/autoloader.js'),
    '/languages/lede.html': languagesPage('/dist/cdn/lede.js'),
    '/languages/autoloader.html': languagesPage('/dist/cdn/autoloader.js'),
    '/languages/iife.html': languagesPage('/dist/cdn/lede.iife.js', true),
  },
});

/** Text and parts of the first <lede-quote-block>'s shadow root, once it has rendered. */
async function renderedQuote(page) {
  await page.waitForFunction(() => document.querySelector('lede-quote-block')?.shadowRoot?.querySelector('blockquote'));
  return page.evaluate(() => {
    const el = document.querySelector('lede-quote-block');
    return {
      speaker: el.shadowRoot.querySelector('[part~="speaker"]')?.textContent,
      slotted: el.shadowRoot.querySelector('blockquote slot').assignedElements()[0]?.textContent,
    };
  });
}

describe('script-tag bundles', () => {
  for (const [name, page] of [
    ['ES module (dist/cdn/lede.js)', 'esm.html'],
    ['classic script (dist/cdn/lede.iife.js)', 'iife.html'],
  ]) {
    it(`renders <lede-quote-block> from the ${name} alone`, async () => {
      const { page: tab, context, problems } = await openPage(env.browser, `${env.origin}/tests/node/pages/${page}`);
      const quote = await renderedQuote(tab);
      assert.equal(quote.speaker, 'Shin Won-sik');
      assert.equal(quote.slotted, 'The launches look like final checks before shipment.');
      assert.deepEqual(problems, { errors: [], warnings: [] });
      await context.close();
    });
  }

  it('the classic script exposes the classes on window.Lede without module support', async () => {
    const { page, context } = await openPage(env.browser, `${env.origin}/tests/node/pages/iife.html`);
    await renderedQuote(page);
    const exposed = await page.evaluate(() => [typeof window.Lede?.LedeQuoteBlock, window.Lede?.VERSION]);
    assert.deepEqual(exposed, ['function', pkg.version]);
    await context.close();
  });

  it('loading the bundle twice on one page (ESM twice, IIFE twice) is silent and renders once', async () => {
    const { page, context, problems } = await openPage(env.browser, `${env.origin}/tests/node/pages/twice.html`);
    const quote = await renderedQuote(page);
    await page.waitForTimeout(100);
    assert.equal(quote.speaker, 'Shin Won-sik');
    assert.deepEqual(problems, { errors: [], warnings: [] });
    assert.equal(await page.evaluate(() => document.querySelector('lede-quote-block').shadowRoot.querySelectorAll('blockquote').length), 1);
    await context.close();
  });

  it('a different version already on the page gives exactly one warning and no error', async () => {
    const { page, context, problems } = await openPage(env.browser, `${env.origin}/tests/node/pages/versions.html`);
    await page.waitForTimeout(200);
    assert.deepEqual(problems.errors, []);
    assert.equal(problems.warnings.length, 1, problems.warnings.join('\n'));
    assert.match(problems.warnings[0], /<lede-quote-block> is already defined by Lede 0\.0\.1/);
    await context.close();
  });
});

describe('npm package', () => {
  it('every export target exists', () => {
    const targets = Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
    // A pattern (./dist/*) must point into a folder that exists.
    const missing = targets.filter((target) => !existsSync(new URL(target.replace(/\*.*$/, ''), root)));
    assert.deepEqual(missing, []);
    assert.ok(existsSync(new URL(pkg.types, root)));
  });

  it('index.js registers nothing (side-effect free); define modules do', async () => {
    const index = read('dist/index.js');
    assert.doesNotMatch(index, /customElements\.define|defineElement\(/);
    assert.match(read('dist/components/quote-block/lede-quote-block.js'), /defineElement\('lede-quote-block'/);
  });

  it('keeps lit external in the npm build and inlines it in the CDN build', () => {
    assert.match(read('dist/components/quote-block/quote-block.js'), /from 'lit'/);
    for (const file of firstRenderGraph()) assert.doesNotMatch(read(file), /from\s*["']lit/, file);
    assert.match([...firstRenderGraph()].map(read).join('\n'), /lit-html|_\$litType\$/);
  });

  it('no script-tag chunk imports an entry file (lede.js?ver=… would otherwise run twice)', () => {
    const entries = readdirSync(new URL('dist/cdn/', root)).filter((file) => file.endsWith('.js'));
    const chunks = readdirSync(new URL('dist/cdn/chunks/', root)).filter((file) => file.endsWith('.js'));
    assert.ok(chunks.length > 5, chunks.join(', '));
    const offenders = chunks.filter((chunk) => {
      const code = read(`dist/cdn/chunks/${chunk}`);
      return entries.some((entry) => new RegExp(`["']\\.\\./${entry.replace('.', '\\.')}["']`).test(code));
    });
    assert.deepEqual(offenders, []);
    assert.doesNotMatch(read('dist/cdn/lede.js'), /\bfrom\s*["']|^import\s*["']/m, 'lede.js imports nothing statically');
  });

  it('declares tags for TypeScript users', () => {
    assert.match(read('dist/components/quote-block/quote-block.d.ts'), /'lede-quote-block': LedeQuoteBlock/);
  });

  it('ships source maps for every bundle', () => {
    for (const file of ['dist/cdn/lede.js.map', 'dist/cdn/lede.iife.js.map', 'dist/index.js.map']) {
      assert.ok(existsSync(new URL(file, root)), file);
    }
  });

  it('keeps src/internal/version.ts equal to package.json', () => {
    assert.match(read('src/internal/version.ts'), new RegExp(`VERSION = '${pkg.version.replaceAll('.', '\\.')}'`));
  });
});


describe('size budget', () => {
  // Every reader of every article pays these bytes. Lit itself is about 6 KB gzip.
  // The feed reader (encodings, RFC 822 dates, repair, thumbnails: issue 11) is a chunk lede.js loads only
  // for an element with src; the classic script still carries it. lede.js loads each element's code as a
  // chunk of its own: it counts with the chunks of all five (each gzipped alone, which costs some 7 KB
  // more than one chunk of all five, the price of a first render that waits for its own element only).
  // The classic script and lede.css carry the pending state that lets far elements render later (issue 12),
  // with its keyboard, print and error paths.
  const budgets = { 'dist/cdn/lede.js': 35.25 * 1024, 'dist/cdn/lede.iife.js': 35.5 * 1024, 'dist/styles/lede.css': 1.05 * 1024 };
  for (const [file, limit] of Object.entries(budgets)) {
    it(`${file}${file === 'dist/cdn/lede.js' ? ' (with the chunks of all five elements)' : ''} stays under ${limit} bytes gzip`, () => {
      const files = file === 'dist/cdn/lede.js' ? allElementsGraph() : new Set([file]);
      const size = [...files].reduce((sum, part) => sum + gzipSync(readFileSync(new URL(part, root)), { level: 9 }).length, 0);
      assert.ok(size <= limit, `${file} is ${size} bytes gzip; the budget is ${limit}`);
    });
  }
});

describe('download budgets (issue 12: zero-cost upgrade)', () => {
  const KIB = 1024;
  /*
   * Today's budgets, just above what the build measures, so that no change adds bytes unnoticed.
   * Issue 12's targets are 14 KiB before the first element renders and 18 KiB for the whole demo:
   * not reached, and not reachable by packaging (bench/byte-floor.mjs: without component CSS and long
   * strings, concatenated, the demo's scripts are still 15.5 and 27.2 KiB; Lit alone is 5.9).
   * The first render waits for the shared chunk and the first element's only (it waited for all five
   * elements: 30 KiB); the whole demo pays for that split in compression (36 KiB as one chunk). The demo's
   * first element is its live banner (lede.js registers a page's elements in page order), whose chunks
   * weigh 1.1 KiB more than the header's.
   * Languages other than English are chunks loaded when a page uses them, and shared code the header
   * does not use (feeds' controller, the image's and quote's style helper) loads with the elements
   * that use it: 1.3 KiB off the first render for 0.8 KiB more in all. The registration rides in the
   * shared chunk, and feed code is three chunks (what the feed elements import, entries and dates, what
   * reads feeds), not six;
   * `private` members get short names (scripts/mangle-private-members.mjs).
   */
  const FIRST_RENDER_BUDGET = 19 * KIB;
  const DEMO_BUDGET = 39 * KIB;
  const gzipSize = (file) => gzipSync(readFileSync(new URL(file, root)), { level: 9 }).length;
  const sum = (files) => [...files].reduce((total, file) => total + gzipSize(file), 0);
  const list = (files) => [...files].map((file) => `${file} ${gzipSize(file)} B`).join(', ');

  /** The source files a built script holds, as its source map names them. */
  const sourcesOf = (file) => JSON.parse(read(`${file}.map`)).sources;
  /**
   * Feed reading (fetching, decoding, parsing) and polling: what a page without `src` on any element
   * should never download. Three feed-named modules are the elements' own and load with them: the
   * controller that starts that work when an element has `src` (feed-controller.ts, it imports the
   * rest), the Trusted Types policy claimed when the classes are defined, before any page script can
   * take its name (feed-policy.ts), and the entry type and text helpers the related list also uses
   * for the CMS's own list (feed-common.ts), and the date reader the related list also uses for the dates
   * of items a page sets as a property (feed-dates.ts). lede.js loads the elements a page does not use yet
   * when the browser is idle, so that one a script adds later still upgrades.
   */
  const ELEMENTS_OWN = /\/(feed-controller|feed-policy|feed-common|feed-dates)\.ts$/;
  /** The RSS and Atom reader: imported only for a feed served as XML. */
  const isXmlReader = (source) => /\/src\/internal\/(feed-xml|feed-image)\.ts$/.test(source);
  const isFeedOrPolling = (source) => /\/src\/.*(feed|poll)[^/]*\.ts$/.test(source) && !ELEMENTS_OWN.test(source);

  /** Loads `url`, scrolls to the end (lazy feeds start near the viewport), and lists the scripts it requested. */
  async function scriptsRequested(url, { settle } = {}) {
    const context = await env.browser.newContext({ viewport: { width: 412, height: 915 } });
    const tab = await context.newPage();
    const scripts = new Set();
    tab.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.endsWith('.js')) scripts.add(pathname.slice(1));
    });
    await tab.goto(url, { waitUntil: 'load' });
    await tab.waitForFunction(() => document.querySelector('lede-quote-block')?.shadowRoot?.querySelector('blockquote'));
    await tab.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    if (settle) await settle(tab);
    await tab.waitForLoadState('networkidle');
    await context.close();
    return scripts;
  }

  it('dist/cdn/autoloader.js stays under 1.5 KiB gzip', () => {
    const size = gzipSize('dist/cdn/autoloader.js');
    assert.ok(size <= 1.5 * KIB, `autoloader.js is ${size} bytes gzip; the budget is ${1.5 * KIB}`);
  });

  it(`the scripts needed before the demo's first element renders (lede.js, the shared chunk and those of <lede-${DEMO_FIRST_ELEMENT}>) stay within budget`, () => {
    const files = firstRenderGraph();
    const size = sum(files);
    assert.ok(size <= FIRST_RENDER_BUDGET, `${size} bytes gzip (${list(files)}); the budget is ${FIRST_RENDER_BUDGET}`);
  });

  it('every script the demo article loads (five elements, both feeds) stays within budget', async () => {
    const scripts = await scriptsRequested(`${env.origin}/demo/`, {
      // Both feeds rendered: the banner's latest update and the related list's thumbnails.
      settle: (tab) =>
        tab.waitForFunction(
          () =>
            document.querySelector('lede-live-banner')?.shadowRoot?.querySelector('[part~="update"]') &&
            document.querySelector('lede-related-content')?.shadowRoot?.querySelector('img'),
        ),
    });
    assert.ok(scripts.has('dist/cdn/lede.js'), [...scripts].join(', '));
    const size = sum(scripts);
    assert.ok(size <= DEMO_BUDGET, `${size} bytes gzip (${list(scripts)}); the budget is ${DEMO_BUDGET}`);
    // Both of the demo's feeds are JSON Feed: the RSS and Atom reader stays on the server.
    const xmlReader = [...scripts].flatMap((file) => sourcesOf(file).filter(isXmlReader).map((source) => `${file} holds ${source}`));
    assert.deepEqual(xmlReader, []);
  });

  it('a page with RSS and Atom feeds loads the XML reader when a feed turns out to be XML, and shows both feeds', async () => {
    const context = await env.browser.newContext();
    const tab = await context.newPage();
    const scripts = new Set();
    tab.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.endsWith('.js')) scripts.add(pathname.slice(1));
    });
    const problems = [];
    // The feed's thumbnail is on a host this machine cannot reach: the browser's own network log of it is not a problem of the page.
    tab.on('console', (message) => (message.type() === 'warning' || message.type() === 'error') && !/^Failed to load resource/.test(message.text()) && problems.push(message.text()));
    tab.on('pageerror', (error) => problems.push(String(error)));
    await tab.goto(`${env.origin}/feeds/xml.html`);
    const update = await tab.waitForFunction(() => document.querySelector('lede-live-banner')?.shadowRoot?.querySelector('[part~="update"] a, [part~="update"]')?.textContent.match(/Dune/) && document.querySelector('lede-live-banner').shadowRoot.querySelector('[part~="update"]').textContent);
    assert.match(await update.jsonValue(), /Review: Dune: Part Two’s desert & its sound/);
    // The list inside the element shows until the feed has been read: wait for the feed's first item.
    const link = await tab.waitForFunction(() =>
      [...(document.querySelector('lede-related-content')?.shadowRoot?.querySelectorAll('[part~="link"]') ?? [])].find((a) => a.textContent.includes('Storm warning')),
    );
    assert.equal(await link.evaluate((a) => [a.textContent.trim(), a.href].join(' ')), 'Storm warning issued for the north https://www.bbc.example/news/uk-68584111?at_medium=RSS&at_campaign=rss');
    assert.deepEqual(await tab.evaluate(() => [...document.querySelector('lede-related-content').shadowRoot.querySelectorAll('[part~="link"]')].map((a) => a.textContent.trim())), [
      'Storm warning issued for the north',
    ]);
    assert.ok([...scripts].some((file) => sourcesOf(file).some(isXmlReader)), [...scripts].join(', '));
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('when the XML reader cannot be loaded, each feed element says so (not that the feed is wrong) and keeps its content', async () => {
    const context = await env.browser.newContext();
    const tab = await context.newPage();
    // A site that uploaded lede.js and some chunks, but not the XML reader's.
    await tab.route(/\/chunks\/feed-xml-[^/]+\.js$/, (route) => route.abort());
    const warnings = [];
    tab.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    await tab.goto(`${env.origin}/feeds/xml.html`);
    const started = Date.now();
    while (warnings.filter((text) => /RSS and Atom reader could not be loaded/.test(text)).length < 2 && Date.now() - started < 10_000) await tab.waitForTimeout(50);
    const banner = warnings.filter((text) => text.startsWith('<lede-live-banner> src:'));
    const list = warnings.filter((text) => text.startsWith('<lede-related-content> src:'));
    assert.equal(banner.length, 1, warnings.join('\n'));
    assert.equal(list.length, 1, warnings.join('\n'));
    for (const text of [...banner, ...list]) {
      assert.match(text, /could not be read: the RSS and Atom reader could not be loaded \(/);
      assert.match(text, /host the whole dist\/cdn\/ folder of lede-elements, chunks\/ included/);
      assert.doesNotMatch(text, /Serve JSON Feed|Check that the URL serves/);
    }
    // The list inside the element stays; the banner keeps its topic.
    assert.equal(await tab.evaluate(() => document.querySelector('lede-related-content').querySelector('a').textContent), 'A story');
    assert.match(await tab.evaluate(() => document.querySelector('lede-live-banner').shadowRoot.textContent), /Film/);
    await context.close();
  });

  for (const [how, pagePath, entry] of [
    ['with lede.js', '/budget/three-elements.html', 'dist/cdn/lede.js'],
    ['with the autoloader', '/budget/three-elements-autoloader.html', 'dist/cdn/autoloader.js'],
  ]) {
    it(`a page with only the header, the image and the quote downloads no feed or polling code (${how})`, async () => {
      const scripts = await scriptsRequested(`${env.origin}${pagePath}`);
      assert.ok(scripts.has(entry), [...scripts].join(', '));
      const feedCode = [...scripts].flatMap((file) => sourcesOf(file).filter(isFeedOrPolling).map((source) => `${file} holds ${source}`));
      assert.deepEqual(feedCode, []);
    });
  }
});

describe('languages on demand (script-tag builds)', () => {
  const isLanguageChunk = (file) => /\/chunks\/(en|pl|de|fr|es|uk|ko|ar)-[^/]+\.js$/.test(file);

  for (const [how, pagePath] of [
    ['lede.js', '/languages/lede.html'],
    ['the autoloader', '/languages/autoloader.html'],
    ['the classic script', '/languages/iife.html'],
  ]) {
    it(`${how}: each element renders in its page's language from its first render, loading only those languages`, async () => {
      const context = await env.browser.newContext();
      const tab = await context.newPage();
      const scripts = [];
      tab.on('request', (request) => scripts.push(new URL(request.url()).pathname));
      // The heading each list shows when its first render completes.
      await tab.addInitScript(() => {
        window.firstHeadings = [];
        customElements.whenDefined('lede-related-content').then(() => {
          for (const el of document.querySelectorAll('lede-related-content')) {
            el.updateComplete.then(() => window.firstHeadings.push(el.shadowRoot.querySelector('[part~="heading"]')?.textContent.trim()));
          }
        });
      });
      await tab.goto(`${env.origin}${pagePath}`);
      await tab.waitForFunction(() => window.firstHeadings.length === 2);
      assert.deepEqual((await tab.evaluate(() => window.firstHeadings)).sort(), ['Powiązane treści', 'Verwandte Inhalte'].sort());
      await tab.waitForLoadState('networkidle');
      const languageChunks = scripts.filter(isLanguageChunk).map((file) => file.replace(/^.*\/chunks\/(\w+)-.*$/, '$1')).sort();
      assert.deepEqual(languageChunks, how === 'the classic script' ? [] : ['de', 'pl']);
      await context.close();
    });
  }

  it('lede.js: a language the page switches to later is loaded, and the element follows it', async () => {
    const context = await env.browser.newContext();
    const tab = await context.newPage();
    await tab.goto(`${env.origin}/languages/lede.html`);
    const heading = () => tab.evaluate(() => document.querySelector('lede-related-content').shadowRoot?.querySelector('[part~="heading"]')?.textContent.trim());
    await tab.waitForFunction(() => document.querySelector('lede-related-content').shadowRoot?.querySelector('[part~="heading"]'));
    assert.equal(await heading(), 'Powiązane treści');
    await tab.evaluate(() => document.documentElement.setAttribute('lang', 'fr'));
    await tab.waitForFunction(() => document.querySelector('lede-related-content').shadowRoot.querySelector('[part~="heading"]').textContent.trim() !== 'Powiązane treści');
    await tab.waitForFunction(() => document.querySelector('lede-related-content').shadowRoot.querySelector('[part~="heading"]').textContent.trim() === 'Contenus associés');
    await context.close();
  });

  it('an English page loads no language chunk', async () => {
    const context = await env.browser.newContext();
    const tab = await context.newPage();
    const scripts = [];
    tab.on('request', (request) => scripts.push(new URL(request.url()).pathname));
    await tab.goto(`${env.origin}/budget/three-elements.html`);
    await tab.waitForFunction(() => document.querySelector('lede-quote-block')?.shadowRoot?.querySelector('blockquote'));
    await tab.waitForLoadState('networkidle');
    assert.deepEqual(scripts.filter(isLanguageChunk), []);
    await context.close();
  });
});

describe('CSS minified at build time', () => {
  /**
   * lede.css and every `css` template (each `export const name = css\`…\`` in src/), as written in the
   * source, and the text the npm build's module of it holds.
   */
  async function stylesheets() {
    const sheets = [['src/styles/lede.css', read('src/styles/lede.css')]];
    const modules = [['src/styles/host.ts', 'dist/styles/host.js']];
    for (const name of readdirSync(new URL('src/components/', root))) {
      modules.push([`src/components/${name}/${name}.styles.ts`, `dist/components/${name}/${name}.styles.js`]);
    }
    for (const [source, built] of modules) {
      const exports = await import(new URL(built, root).href);
      for (const [, name, raw] of read(source).matchAll(/export const (\w+) = css`([^`$]*)`/g)) {
        // The template's text as the compiled module holds it (its escapes read, as in the source's own string).
        const text = new Function(`return \`${raw}\`;`)();
        sheets.push([`${source} ${name}`, text, exports[name]?.cssText]);
      }
    }
    return sheets;
  }

  /** Every `css` template in src/, wherever and however written. */
  function cssTemplateCount(folder = 'src/') {
    let count = 0;
    for (const entry of readdirSync(new URL(folder, root), { withFileTypes: true })) {
      if (entry.isDirectory()) count += cssTemplateCount(`${folder}${entry.name}/`);
      else if (entry.name.endsWith('.ts')) count += read(`${folder}${entry.name}`).match(/\bcss\s*`/g)?.length ?? 0;
    }
    return count;
  }

  it('ships minified in the npm modules too: what an app bundles and what a server render writes into each shadow root', async () => {
    const sheets = await stylesheets();
    // Every template is checked here and in Chromium below: one written otherwise would need this test changed.
    assert.equal(sheets.length - 1, cssTemplateCount(), sheets.map(([name]) => name).join(', '));
    for (const [name, source, built] of sheets.slice(1)) assert.equal(built, minifyCss(source), name);
    const page = await renderExample();
    const styles = [...page.matchAll(/shadowrootmode="open"><style>([\s\S]*?)<\/style>/g)].map(([, text]) => text);
    assert.equal(styles.length, page.match(/<lede-[a-z-]+[\s>]/g).length, 'each element of the example page has its styles in its shadow root');
    for (const text of styles) assert.doesNotMatch(text, /\/\*|\n\s/, 'no comments and no indentation');
  });

  it('parses in Chromium to the same rules and declarations as the source (lede.css and every css template)', async () => {
    const sheets = await stylesheets();
    const context = await env.browser.newContext();
    const tab = await context.newPage();
    const parsed = await tab.evaluate(
      (pairs) => {
        // Each rule's declarations are compared as computed values on a probe element, so that
        // equivalent spellings (150ms and .15s, transparent and #0000, background: none and 0 0)
        // compare equal; var() computes to its fallback, the same way for both.
        const probe = document.body.appendChild(document.createElement('div')).appendChild(document.createElement('div'));
        probe.parentElement.style.display = 'none';
        // Custom properties compute to their text: compare it without formatting whitespace, quotes or leading zeros.
        const normalizeText = (value) =>
          value
            .replace(/'([^'"]*)'/g, '"$1"')
            .replace(/\s*([,()/])\s*/g, '$1')
            .replace(/\s+/g, ' ')
            .replace(/(^|[^\w.-])0\.(\d)/g, '$1.$2')
            .trim();
        const computed = (style) => {
          probe.style.cssText = style.cssText;
          const values = getComputedStyle(probe);
          return [...style]
            .map((name) => `${name}:${name.startsWith('--') ? normalizeText(values.getPropertyValue(name)) : values.getPropertyValue(name)}${style.getPropertyPriority(name)}`)
            // `background: none` is minified to `background: 0 0`: at the top left either way.
            .map((declaration) => declaration.replace(/^(background-position-[xy]):0%$/, '$1:0px'))
            .sort()
            .join(';');
        };
        const describe = (rules) =>
          [...rules].map((rule) => {
            if (rule.style) return `${rule.selectorText ?? rule.keyText ?? ''}{${computed(rule.style)}}`;
            if (rule.cssRules) return `@${rule.conditionText ?? rule.name ?? ''}{${describe(rule.cssRules).join('')}}`;
            return rule.cssText;
          });
        const parse = (text) => {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(text);
          return describe(sheet.cssRules);
        };
        return pairs.map(([name, original, minified]) => ({ name, original: parse(original), minified: parse(minified), minifiedLength: minified.length, originalLength: original.length }));
      },
      sheets.map(([name, text]) => [name, text, minifyCss(text)]),
    );
    await context.close();
    for (const { name, original, minified, minifiedLength, originalLength } of parsed) {
      assert.ok(original.length > 0, `${name} has rules`);
      assert.deepEqual(minified, original, name);
      assert.ok(minifiedLength < originalLength, `${name} got shorter`);
    }
  });
});
