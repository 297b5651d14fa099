/**
 * @lit-labs/ssr renders as a Lit app or a Node CMS writes its templates,
 * hydrated in Chromium: property bindings (`.items=${…}`, `.authors=${…}`),
 * labels from the `messages` attribute, and an image that failed before the
 * element's script ran. The templates come from one module, shared by the
 * server and the browser (tests/node/ssr-templates.mjs).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { openPage, withServerAndBrowser } from './browser.mjs';
import { litImportMap } from './lit-import-map.mjs';
import { items, templates } from './ssr-templates.mjs';

await import('../../dist/define.js');

/**
 * A page with the server's markup in #root. The client loads Lit's hydration support, waits for the
 * page's `load` (every image has loaded or failed by then) when asked, defines the elements and, for a Lit
 * app, hydrates the template itself.
 */
const page = (name, markup, { afterLoad = false, hydrateTemplate = false } = {}) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>SSR ${name}</title>
<script>
  window.imageErrors = [];
  document.addEventListener('lede-image-error', (event) => window.imageErrors.push(event.src));
</script>
<script type="importmap">${litImportMap}</script>
<script type="module">
  await import('@lit-labs/ssr-client/lit-element-hydrate-support.js');
  ${afterLoad ? "if (document.readyState !== 'complete') await new Promise((resolve) => addEventListener('load', resolve));" : ''}
  await import('/dist/define.js');
  ${hydrateTemplate ? `const { hydrate } = await import('@lit-labs/ssr-client');
  const { templates } = await import('/tests/node/ssr-templates.mjs');
  hydrate(templates.${name}(), document.getElementById('root'));` : ''}
  await Promise.all([...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('lede-')).map((el) => el.updateComplete));
  window.hydrated = true;
</script>
</head><body><div id="root">${markup}</div></body></html>`;

const markup = {};
const env = withServerAndBrowser(async () => {
  for (const name of Object.keys(templates)) markup[name] = await collectResult(render(templates[name]()));
  return {
    pages: {
      '/ssr/bindings.html': page('bindings', markup.bindings, { hydrateTemplate: true }),
      '/ssr/messages.html': page('messages', markup.messages),
      '/ssr/broken-image.html': page('brokenImage', markup.brokenImage, { afterLoad: true }),
    },
  };
});

async function hydrated(path) {
  const opened = await openPage(env.browser, `${env.origin}${path}`);
  await opened.page.waitForFunction(() => window.hydrated, null, { timeout: 10000 });
  // One more frame: anything a first update schedules (a second render, a warning) has happened.
  await opened.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return opened;
}

const partTexts = (tab, tag, part) => tab.locator(`${tag} [part~="${part}"]`).allTextContents();

describe('server rendering with @lit-labs/ssr, hydrated in Chromium', () => {
  it('.items and .authors property bindings render on the server and hydrate without a mismatch; the select event works', async () => {
    assert.ok(markup.bindings.includes(items[0].title) && markup.bindings.includes('Newsroom staff'), 'the server rendered the bound data');
    const { page: tab, context, problems } = await hydrated('/ssr/bindings.html');
    assert.deepEqual((await partTexts(tab, 'lede-related-content', 'link')).map((t) => t.trim()), items.map((item) => item.title));
    assert.deepEqual((await partTexts(tab, 'lede-article-header', 'author')).map((t) => t.trim()), ['Newsroom staff']);
    const selected = tab.evaluate(
      () => new Promise((resolve) => document.addEventListener('lede-related-select', (event) => resolve(event.item.title), { once: true })),
    );
    await tab.evaluate(() => addEventListener('click', (event) => event.preventDefault()));
    await tab.locator('lede-related-content [part~="link"]').first().click();
    assert.equal(await selected, items[0].title);
    assert.deepEqual(problems.errors, []);
    assert.deepEqual(problems.warnings, []);
    await context.close();
  });

  it('labels from the messages attribute are rendered on the server and kept by hydration', async () => {
    assert.match(markup.messages, /More on this story/);
    assert.match(markup.messages, />Breaking</);
    const { page: tab, context, problems } = await hydrated('/ssr/messages.html');
    assert.deepEqual((await partTexts(tab, 'lede-related-content', 'heading')).map((t) => t.trim()), ['More on this story']);
    assert.deepEqual((await partTexts(tab, 'lede-live-banner', 'label')).map((t) => t.trim()), ['Breaking']);
    // And they still follow the attribute after hydration.
    await tab.evaluate(() => document.querySelector('lede-related-content').setAttribute('messages', '{"relatedContent":"Read next"}'));
    await tab.waitForFunction(() => document.querySelector('lede-related-content').shadowRoot.querySelector('[part~="heading"]').textContent.trim() === 'Read next');
    assert.deepEqual(problems.errors, []);
    await context.close();
  });

  it('images that failed before their elements hydrated are reported once they do, with no hydration mismatch', async () => {
    const { page: tab, context, problems } = await hydrated('/ssr/broken-image.html');
    await tab.waitForFunction(() => window.imageErrors.length >= 2, null, { timeout: 5000 }).catch(() => {});
    const failed = ['/missing/freight-yard.jpg', '/missing/port.jpg'];
    assert.deepEqual((await tab.evaluate(() => window.imageErrors.map((src) => new URL(src).pathname))).sort(), failed);
    const warnings = problems.warnings.filter((text) => text.includes('<lede-captioned-image>'));
    assert.equal(warnings.length, 2, problems.warnings.join('\n'));
    for (const path of failed) assert.ok(warnings.some((text) => text.includes(path)), `a warning names ${path}`);
    // Each image keeps its place: slotted as the image, its box marked broken.
    const states = await tab.evaluate(() =>
      [...document.querySelectorAll('lede-captioned-image')].map((el) => ({
        slot: el.querySelector('img').assignedSlot?.name,
        broken: el.shadowRoot.querySelector('[part~="image"]').classList.contains('broken'),
      })),
    );
    assert.deepEqual(states, [{ slot: 'image', broken: true }, { slot: 'image', broken: true }]);
    // The browser's own report of the 404s is expected; nothing else.
    assert.deepEqual(problems.errors.filter((text) => !text.startsWith('Failed to load resource')), []);
    await context.close();
  });
});
