/**
 * The built package, as users get it: the script-tag bundles on real pages,
 * the npm entry points, and the size every reader pays. Run after `rollup -c`.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { openPage, withServerAndBrowser } from './browser.mjs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const pkg = JSON.parse(read('package.json'));

const env = withServerAndBrowser();

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
    assert.doesNotMatch(read('dist/cdn/lede.js'), /from\s*["']lit/);
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
  // The feed reader (encodings, RFC 822 dates, repair, thumbnails: issue 11) is about 2.7 KB of the script
  // bundles; it only runs for a src feed, so loading it lazily (issue 12) gives those bytes back.
  const budgets = { 'dist/cdn/lede.js': 34 * 1024, 'dist/cdn/lede.iife.js': 34 * 1024, 'dist/styles/lede.css': 1024 };
  for (const [file, limit] of Object.entries(budgets)) {
    it(`${file} stays under ${limit} bytes gzip`, () => {
      const size = gzipSync(readFileSync(new URL(file, root)), { level: 9 }).length;
      assert.ok(size <= limit, `${file} is ${size} bytes gzip; the budget is ${limit}`);
    });
  }
});
