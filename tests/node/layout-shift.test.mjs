/**
 * No layout shift on upgrade: with lede.css in the page, the text after each
 * element stays where it was before the script ran.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../../demo/serve.mjs';
import { launchBrowser, openPage } from './browser.mjs';

let server;
let origin;
let browser;
before(async () => {
  ({ server, origin } = await startServer({ root: new URL('../../', import.meta.url).pathname }));
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  server?.close();
});

describe('upgrade without layout shift', () => {
  it('the paragraph after each element does not move when the bundle upgrades it', async () => {
    const { page, context, problems } = await openPage(browser, `${origin}/tests/node/pages/shift.html`);
    const positions = () =>
      page.evaluate(() =>
        Object.fromEntries([...document.querySelectorAll('[id^="after-"]')].map((p) => [p.id, p.getBoundingClientRect().top])),
      );
    const before = await positions();
    await page.addScriptTag({ url: '/dist/cdn/lede.js', type: 'module' });
    await page.waitForFunction(() => customElements.get('lede-quote-block'));
    await page.evaluate(() => Promise.all([...document.querySelectorAll('*')].filter((e) => e.updateComplete).map((e) => e.updateComplete)));
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const afterUpgrade = await positions();
    assert.ok(Object.keys(before).length >= 1);
    for (const [id, top] of Object.entries(before)) {
      assert.ok(Math.abs(afterUpgrade[id] - top) <= 1, `#${id} moved from ${top}px to ${afterUpgrade[id]}px`);
    }
    assert.deepEqual(problems.errors, []);
    await context.close();
  });
});
