/**
 * The React wrappers (lede-elements/react) in React 19: rendered with
 * renderToString on the server and hydrated with hydrateRoot in Chromium,
 * and rendered from nothing with createRoot. Properties (items, authors,
 * messages) are set, the event prop fires, and the console stays clean.
 */
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { App, items } from './react-app.mjs';
import { openPage, withServerAndBrowser } from './browser.mjs';

const cache = fileURLToPath(new URL('../../node_modules/.cache/lede-react/', import.meta.url));

const page = (body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>React</title>
<link rel="stylesheet" href="/dist/styles/lede.css">
<script type="module" src="/node_modules/.cache/lede-react/client.js"></script>
</head><body><div id="root">${body}</div></body></html>`;

let serverHtml = '';
const env = withServerAndBrowser(async () => {
  mkdirSync(cache, { recursive: true });
  // React's development build: it reports hydration mismatches on the console.
  await build({
    entryPoints: [fileURLToPath(new URL('./react-client.mjs', import.meta.url))],
    bundle: true,
    format: 'esm',
    outfile: `${cache}client.js`,
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'error',
  });
  serverHtml = renderToString(h(App, { onSelect() {} }));
  // The same HTML without the data, as a server that writes no attributes for element properties leaves it
  // (@lit/react's own server output): the wrappers set everything right after the elements' first update.
  const bareHtml = serverHtml.replace(/<(lede-[a-z-]+)[^>]*>/g, '<$1>');
  return { pages: { '/react/ssr.html': page(serverHtml), '/react/bare.html': page(bareHtml), '/react/client.html': page('') } };
});

/** What a reader sees of each element once it has rendered. */
const visible = () => {
  const text = (tag, part) => [...(document.querySelector(tag)?.shadowRoot?.querySelectorAll(`[part~="${part}"]`) ?? [])].map((el) => el.textContent.trim());
  return {
    links: text('lede-related-content', 'link'),
    byline: text('lede-article-header', 'byline').join(' '),
    kicker: text('lede-article-header', 'kicker').join(' '),
    topic: text('lede-live-banner', 'topic').join(' '),
    speaker: text('lede-quote-block', 'speaker').join(' '),
    credit: text('lede-captioned-image', 'credit').join(' '),
    // The elements whose inputs are props only.
    secondTopic: [...document.querySelectorAll('lede-live-banner')][1]?.shadowRoot?.querySelector('[part~="topic"]')?.textContent.trim(),
    propImage: [...document.querySelectorAll('lede-captioned-image')][1]?.shadowRoot?.querySelector('img')?.getAttribute('src'),
  };
};

async function renderedPage(path) {
  const opened = await openPage(env.browser, `${env.origin}${path}`);
  await opened.page.waitForFunction(() => window.rendered, null, { timeout: 10000 });
  await opened.page.waitForFunction(
    (count) => document.querySelector('lede-related-content')?.shadowRoot?.querySelectorAll('[part~="link"]').length === count,
    items.length,
    { timeout: 5000 },
  );
  // Let every element settle (updates, and the wrappers' layout effects) before reading the console.
  await opened.page.evaluate(() => Promise.all([...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('lede-')).map((el) => el.updateComplete)));
  await opened.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return opened;
}

describe('React 19 with lede-elements/react', () => {
  before(() => assert.ok(serverHtml));

  it('renderToString writes the data as attributes, so the HTML carries it before any script runs', () => {
    assert.match(serverHtml, /<lede-live-banner topic="War in Ukraine" href="\/live\/war-in-ukraine">/);
    assert.match(serverHtml, /<lede-article-header kicker="News" published="2024-03-19T17:17:00Z" time-zone="America\/New_York" authors="\[\{&quot;name&quot;:&quot;Newsroom staff&quot;/);
    assert.match(serverHtml, /<lede-related-content items="\[\{&quot;title&quot;:&quot;Seoul adds shipping firms/);
    assert.doesNotMatch(serverHtml, /onLede|lede-related-select/, 'no event prop in the HTML');
  });

  for (const [mode, path] of [
    ['hydrateRoot after renderToString', '/react/ssr.html'],
    ['createRoot', '/react/client.html?mode=render'],
    // No false "missing topic/image" warnings: the properties arrive right after the first update.
    ['hydrateRoot of HTML without the data', '/react/bare.html'],
  ]) {
    it(`${mode}: every element shows its properties, the select event reaches the handler, and the console is clean`, async () => {
      const { page: tab, context, problems } = await renderedPage(path);
      const seen = await tab.evaluate(visible);
      assert.deepEqual(seen.links, items.map((item) => item.title));
      assert.match(seen.byline, /^Reported by Newsroom staff/, 'authors and messages are set');
      assert.equal(seen.kicker, 'News');
      assert.equal(seen.topic, 'War in Ukraine');
      assert.equal(seen.speaker, 'Shin Won-sik');
      assert.match(seen.credit, /East News/);
      assert.equal(seen.secondTopic, 'Election night');
      assert.equal(seen.propImage, '/demo/assets/freight-yard.svg');

      await tab.locator('lede-related-content [part~="link"]').nth(1).click();
      await tab.waitForFunction(() => window.selected.length > 0, null, { timeout: 5000 });
      assert.deepEqual(await tab.evaluate(() => window.selected), [{ title: items[1].title, position: 2, source: 'items' }]);

      assert.deepEqual(problems.errors, []);
      assert.deepEqual(problems.warnings, []);
      await context.close();
    });
  }

  it('new items rendered by React after hydration reach the element, and the handler still fires', async () => {
    const { page: tab, context, problems } = await renderedPage('/react/ssr.html');
    await tab.evaluate(() => window.setRelated([{ title: 'Set by React after hydration', url: '/news/later' }]));
    await tab.waitForFunction(
      () => document.querySelector('lede-related-content').shadowRoot.querySelector('[part~="link"]')?.textContent.trim() === 'Set by React after hydration',
      null,
      { timeout: 5000 },
    );
    await tab.locator('lede-related-content [part~="link"]').first().click();
    await tab.waitForFunction(() => window.selected.length > 0, null, { timeout: 5000 });
    assert.deepEqual(await tab.evaluate(() => window.selected.map((s) => s.title)), ['Set by React after hydration']);
    assert.deepEqual(problems.errors, []);
    await context.close();
  });
});
