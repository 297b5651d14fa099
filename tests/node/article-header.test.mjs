/**
 * The article header on the demo page: no layout shift when it upgrades (lede.css reserves
 * the kicker's line and the byline and dateline's room), and its words without JavaScript.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../../demo/serve.mjs';
import { launchBrowser } from './browser.mjs';

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

/** Where the header's headline and standfirst and the content after the header sit. */
async function layout(javaScriptEnabled, width) {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${origin}/demo/`, { waitUntil: 'load' });
  if (javaScriptEnabled) {
    await page.waitForFunction(() => document.querySelector('lede-article-header')?.shadowRoot?.querySelector('time'));
  }
  const boxes = await page.evaluate(() => {
    const header = document.querySelector('lede-article-header');
    const top = (element) => Math.round(element.getBoundingClientRect().top);
    return { headline: top(header.querySelector('h1')), standfirst: top(header.querySelector('[slot=standfirst]')), next: top(header.nextElementSibling), height: Math.round(header.getBoundingClientRect().height) };
  });
  await context.close();
  return boxes;
}

describe('<lede-article-header> on the demo page', () => {
  for (const width of [1024, 375]) {
    it(`does not move the article when it upgrades (${width}px wide)`, async () => {
      const before = await layout(false, width);
      const upgraded = await layout(true, width);
      assert.deepEqual(upgraded, before);
    });
  }
});
