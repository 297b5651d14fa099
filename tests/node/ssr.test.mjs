/**
 * Server rendering with @lit-labs/ssr: a Node CMS sends fully rendered
 * articles (declarative shadow DOM), readable before any script runs, and
 * the client hydrates them without re-rendering. Renders from dist/ (Node
 * cannot import the TypeScript sources).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { openPage, withServerAndBrowser } from './browser.mjs';
import { litImportMap } from './lit-import-map.mjs';

await import('../../dist/define.js');

// One server-rendered sample per element the build registers; more join as elements land.
const samples = {
  'lede-article-header': {
    template: html`<lede-article-header lang="en-US" kicker="News" kicker-href="/news/" published="2024-03-19T17:17:00Z" time-zone="America/New_York" authors='[{"name":"Newsroom staff","url":"/authors/newsroom"}]'><h1>North Korea has sent Russia munitions, Seoul says</h1><p slot="standfirst">South Korea counts some 7,000 containers.</p></lede-article-header>`,
    visible: ['News', 'March 19, 2024 at 1:17 PM EDT', 'Newsroom staff'],
    part: 'kicker',
    update: { attribute: 'kicker', value: 'World' },
  },
  'lede-quote-block': {
    template: html`<lede-quote-block speaker="Shin Won-sik" speaker-title="South Korean Minister of National Defence" cite="https://example.com/briefing"><p>It is very likely they were being given a last test.</p></lede-quote-block>`,
    visible: ['Shin Won-sik', 'South Korean Minister of National Defence'],
    part: 'speaker',
    // After hydration, changing this attribute must re-render this part.
    update: { attribute: 'speaker', value: 'Updated speaker' },
  },
  'lede-captioned-image': {
    template: html`<lede-captioned-image lang="en" credit="East News | Alexander Zemlianichenko"><img src="/demo/assets/freight-yard.svg" alt="Containers in a freight yard" width="1200" height="800">Most of the cargo now goes by rail.</lede-captioned-image>`,
    visible: ['East News | Alexander Zemlianichenko'],
    part: 'credit',
    update: { attribute: 'credit', value: 'Reuters' },
  },
  'lede-related-content': {
    template: html`<lede-related-content items='[{"title":"Seoul adds shipping firms to its sanctions list","url":"/news/seoul-sanctions","published":"2024-03-18T12:00:00Z"},{"title":"Freight traffic rises on the Khasan–Rajin rail link","url":"/news/rail-link"}]'></lede-related-content>`,
    visible: ['Related content', 'Seoul adds shipping firms to its sanctions list', 'Freight traffic rises on the Khasan–Rajin rail link'],
    part: 'heading',
    update: { attribute: 'heading', value: 'Updated heading' },
  },
  'lede-live-banner': {
    template: html`<lede-live-banner topic="War in Ukraine" href="/live/war-in-ukraine">Follow our live coverage for the latest updates</lede-live-banner>`,
    visible: ['War in Ukraine'],
    part: 'topic',
    update: { attribute: 'topic', value: 'Election night' },
  },
};

const page = (body, hydrate) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>SSR</title>
${
  hydrate
    ? `<script type="importmap">${litImportMap}</script>
<script type="module">
  // Hydration support must load before any element is defined.
  await import('@lit-labs/ssr-client/lit-element-hydrate-support.js');
  await import('/dist/define.js');
  window.hydrated = true;
</script>`
    : ''
}</head><body>${body}</body></html>`;

const rendered = {};
const env = withServerAndBrowser(async () => {
  for (const [tag, sample] of Object.entries(samples)) rendered[tag] = await collectResult(render(sample.template));
  const body = Object.values(rendered).join('\n');
  return { pages: { '/ssr/static.html': page(body, false), '/ssr/hydrate.html': page(body, true) } };
});

/** Where a reader sees the captioned image's <img> and caption text (the light DOM's first text), or null. */
const imageAndCaption = () => {
  const el = document.querySelector('lede-captioned-image');
  const img = el.querySelector('img');
  const text = [...el.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent.trim());
  const range = document.createRange();
  range.selectNodeContents(text);
  const box = (rect) => (rect.width > 0 && rect.height > 0 ? { top: rect.top, bottom: rect.bottom, width: rect.width, height: rect.height } : null);
  const frame = el.shadowRoot.querySelector('[part~="image"]').getBoundingClientRect();
  return {
    image: img.checkVisibility() ? box(img.getBoundingClientRect()) : null,
    caption: text.parentElement.checkVisibility() && range.getClientRects().length ? box(range.getBoundingClientRect()) : null,
    frame: box(frame),
    height: el.getBoundingClientRect().height,
  };
};

describe('server rendering', () => {
  it('<lede-captioned-image> shows its image and caption with JavaScript disabled, then hydrates them into place at the same height', async () => {
    const { page: off, context: offContext } = await openPage(env.browser, `${env.origin}/ssr/static.html`, { javaScriptEnabled: false });
    const before = await off.evaluate(imageAndCaption);
    await offContext.close();
    assert.ok(before.image, 'the <img> is visible');
    // The box its width and height give it (1200 × 800), before the image has loaded.
    assert.ok(Math.abs(before.image.height - (before.image.width * 800) / 1200) <= 1, `image box ${before.image.width} × ${before.image.height}`);
    assert.ok(before.caption, 'the caption is visible');
    assert.ok(before.caption.top >= before.image.bottom, 'the caption is under the image');

    const { page: tab, context, problems } = await openPage(env.browser, `${env.origin}/ssr/hydrate.html`);
    await tab.waitForFunction(() => window.hydrated, null, { timeout: 5000 });
    await tab.evaluate(() => document.querySelector('lede-captioned-image').updateComplete);
    await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const after = await tab.evaluate(imageAndCaption);
    assert.ok(after.image && after.caption, 'image and caption stay visible');
    assert.ok(after.frame && Math.abs(after.frame.top - after.image.top) <= 1 && Math.abs(after.frame.height - after.image.height) <= 1, 'the image fills its box');
    assert.ok(after.caption.top >= after.image.bottom, 'the caption is under the image');
    assert.ok(Math.abs(after.height - before.height) <= 0.5, `the element keeps its height: ${before.height} → ${after.height}`);
    assert.deepEqual(problems.errors, []);
    await context.close();
  });

  it('has a sample for every element the build registers', async () => {
    const { page: tab, context } = await openPage(env.browser, `${env.origin}/ssr/hydrate.html`);
    await tab.waitForFunction(() => window.hydrated, null, { timeout: 5000 });
    const defined = await tab.evaluate(() =>
      ['lede-article-header', 'lede-captioned-image', 'lede-quote-block', 'lede-related-content', 'lede-live-banner'].filter((t) => customElements.get(t)),
    );
    assert.deepEqual(defined.sort(), Object.keys(samples).sort());
    await context.close();
  });

  for (const [tag, sample] of Object.entries(samples)) {
    it(`renders <${tag}> to declarative shadow DOM`, () => {
      assert.match(rendered[tag], /<template shadowroot="open" shadowrootmode="open">/);
      for (const text of sample.visible) assert.ok(rendered[tag].includes(text), text);
    });

    it(`<${tag}> is readable with JavaScript disabled`, async () => {
      const { page: tab, context } = await openPage(env.browser, `${env.origin}/ssr/static.html`, { javaScriptEnabled: false });
      const texts = await tab.locator(`${tag} [part~="${sample.part}"]`).allTextContents();
      assert.ok(texts.length >= 1, `the ${sample.part} part is in the shadow root`);
      assert.ok(texts.some((t) => sample.visible.some((v) => t.includes(v))));
      await context.close();
    });

    it(`<${tag}> hydrates without errors and then updates`, async () => {
      const { page: tab, context, problems } = await openPage(env.browser, `${env.origin}/ssr/hydrate.html`);
      await tab.waitForFunction(() => window.hydrated, null, { timeout: 5000 });
      const before = await tab.locator(`${tag} [part~="${sample.part}"]`).first().textContent();
      assert.ok(sample.visible.some((v) => before.includes(v)), 'the server-rendered text is kept');
      await tab.evaluate(([name, { attribute, value }]) => document.querySelector(name).setAttribute(attribute, value), [tag, sample.update]);
      await tab.waitForFunction(
        ([name, part, value]) => document.querySelector(name).shadowRoot.querySelector(`[part~="${part}"]`)?.textContent.includes(value),
        [tag, sample.part, sample.update.value],
        { timeout: 5000 },
      );
      // Hydration reuses the server's DOM: exactly one shadow tree's worth of parts.
      assert.equal(await tab.locator(`${tag} [part~="${sample.part}"]`).count(), 1);
      assert.deepEqual(problems.errors, []);
      await context.close();
    });
  }
});
