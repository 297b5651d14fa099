/**
 * The article header on the demo page: no layout shift when it upgrades (lede.css reserves
 * the kicker's line and the byline and dateline's room), and its words without JavaScript.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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

describe('<lede-article-header> in custom-elements.json', () => {
  const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
  const manifest = JSON.parse(read('custom-elements.json'));
  const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'lede-article-header');

  it('lists the parts of the design contract and every part the template sets', () => {
    const parts = element.cssParts.map((p) => p.name);
    const template = read('src/components/article-header/article-header.ts');
    const used = new Set([...template.matchAll(/part="([^"$]+)"/g)].flatMap((m) => m[1].split(' ')));
    used.add('published');
    for (const name of ['header', 'headline', 'byline', 'timestamp', 'kicker', 'standfirst', 'tooltip', ...used]) {
      assert.ok(parts.includes(name), `part ${name}`);
    }
  });

  it('documents every --lede-* token its styles read', () => {
    const documented = element.cssProperties.map((p) => p.name);
    const styles = read('src/components/article-header/article-header.styles.ts') + read('src/styles/host.ts');
    const read_ = new Set([...styles.matchAll(/var\((--lede-[a-z-]+)/g)].map((m) => m[1]));
    read_.delete('--lede-surface-color'); // a shared token this element does not paint with
    for (const token of read_) assert.ok(documented.includes(token), `token ${token}`);
  });

  it('lists the public attributes and keeps internal state private', () => {
    const attributes = element.attributes.map((a) => a.name);
    for (const name of ['kicker', 'kicker-href', 'headline', 'headline-level', 'standfirst', 'authors', 'published', 'updated', 'time-zone', 'relative', 'relative-until']) {
      assert.ok(attributes.includes(name), `attribute ${name}`);
    }
    const publicFields = element.members.filter((m) => m.kind === 'field' && !m.privacy && !m.static).map((m) => m.name);
    assert.ok(!publicFields.includes('dismissedTip'));
  });
});
