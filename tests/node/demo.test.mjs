/** The demo article page: one script tag, no errors, and readable without JavaScript. */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startServer } from '../../demo/serve.mjs';
import { openPage, withServerAndBrowser } from './browser.mjs';
import { axeViolations, ENGINES, formatViolations, launchEngine, settled, withRecorder } from './engines.mjs';

const env = withServerAndBrowser();

describe('demo article page', () => {
  it('loads only dist/cdn/lede.js, renders every Lede element, and logs no errors or warnings', async () => {
    const { page, context, problems } = await openPage(env.browser, `${env.origin}/demo/`);
    const scripts = await page.evaluate(() => [...document.scripts].map((s) => s.getAttribute('src')));
    assert.deepEqual(scripts, ['../dist/cdn/lede.js']);
    await page.waitForFunction(() => document.querySelector('lede-quote-block')?.shadowRoot?.querySelector('blockquote'));
    await page.waitForTimeout(300);
    const tags = await page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .filter((el) => el.localName.startsWith('lede-') && customElements.get(el.localName))
        .map((el) => [el.localName, Boolean(el.shadowRoot?.childElementCount)]),
    );
    assert.ok(tags.length >= 1);
    for (const [tag, rendered] of tags) assert.ok(rendered, `<${tag}> rendered`);
    assert.deepEqual(problems, { errors: [], warnings: [] });
    await context.close();
  });

  it('shows the article text with JavaScript disabled', async () => {
    const { page, context } = await openPage(env.browser, `${env.origin}/demo/`, { javaScriptEnabled: false });
    const text = await page.evaluate(() => document.body.innerText);
    assert.match(text, /North Korea has sent Russia thousands of containers/);
    assert.match(text, /very likely they were being given a last test/);
    await context.close();
  });

  it('does not shift layout while the async bundle upgrades the painted page (CLS 0)', async () => {
    const context = await env.browser.newContext({ viewport: { width: 412, height: 915 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.layoutShift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.layoutShift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${env.origin}/demo/`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('lede-live-banner')?.shadowRoot?.querySelector('[part~="update"]'));
    await page.waitForTimeout(500);
    const shift = await page.evaluate(() => window.layoutShift);
    assert.ok(shift < 0.001, `cumulative layout shift ${shift}`);
    await context.close();
  });
});

/**
 * The whole demo page, as a reader gets it, in every engine: no console error
 * or page error once the elements and their feeds have rendered, and zero axe
 * violations under WCAG 2.2 AA (wcag2a … wcag22aa and best-practice, with
 * the page-level rules: landmarks, one h1). The page is served with the
 * problem recorder as its first script (WebKit's WebDriver has no console).
 */
describe('demo article page in every engine', () => {
  let server;
  let origin;
  before(async () => {
    const page = withRecorder(readFileSync(new URL('../../demo/index.html', import.meta.url), 'utf8'));
    ({ server, origin } = await startServer({ root: new URL('../../', import.meta.url).pathname, pages: { '/demo/recorded.html': page } }));
  });
  after(() => server?.close());

  // A desktop and a phone-sized width (WebKitGTK's window cannot be narrower than about 450 px).
  for (const engineName of ENGINES) {
    it(`${engineName}: no errors and no WCAG 2.2 AA violations on the whole page, 1000 and 480 px wide`, async () => {
      const engine = await launchEngine(engineName);
      try {
        for (const width of [1000, 480]) {
          const page = await engine.open(`${origin}/demo/recorded.html`, { viewport: { width, height: 800 } });
          try {
            assert.equal(await page.evaluate(settled, 'body'), 'ok');
            const violations = await axeViolations(page);
            assert.deepEqual(await page.problems(), [], `console errors or page errors at ${width} px`);
            assert.equal(violations.length, 0, `axe (WCAG 2.2 AA) at ${width} px:\n${formatViolations(violations)}`);
          } finally {
            await page.close();
          }
        }
      } finally {
        await engine.close();
      }
    });
  }
});
