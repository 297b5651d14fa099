/**
 * Every story of the static Storybook build renders without an error, and
 * each component's docs page shows the API from the Custom Elements
 * Manifest. Run after `npm run build-storybook`.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openPage, withServerAndBrowser } from './browser.mjs';

const staticDir = new URL('../../storybook-static/', import.meta.url);
const index = JSON.parse(readFileSync(new URL('index.json', staticDir), 'utf8'));
const entries = Object.values(index.entries);
const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);

const env = withServerAndBrowser({ root: staticDir.pathname });

describe('stories', () => {
  it('covers every element in the manifest', () => {
    const tagsWithStories = new Set(entries.map((e) => e.importPath));
    for (const element of elements) {
      const name = element.tagName.replace(/^lede-/, '');
      assert.ok([...tagsWithStories].some((p) => p.endsWith(`/${name}.stories.ts`)), `no stories for <${element.tagName}>`);
    }
  });

  for (const story of entries.filter((e) => e.type === 'story')) {
    it(`${story.title} / ${story.name} renders without errors`, async () => {
      const { page, context, problems } = await openPage(env.browser, `${env.origin}/iframe.html?id=${story.id}&viewMode=story`);
      await page.waitForFunction(
        () => {
        const root = document.querySelector('#storybook-root');
        return root && root.querySelector('*') && [...root.querySelectorAll('*')].every((el) => !el.localName.startsWith('lede-') || customElements.get(el.localName));
        },
        null,
        { timeout: 5000 },
      );
      const rendered = await page.evaluate(() =>
        [...document.querySelectorAll('#storybook-root *')].filter((el) => el.localName.startsWith('lede-')).every((el) => el.shadowRoot),
      );
      assert.ok(rendered, 'every lede element has a shadow root');
      assert.deepEqual(problems.errors, []);
      await context.close();
    });
  }
});

describe('docs pages', () => {
  for (const element of elements) {
    it(`the docs page for <${element.tagName}> lists its attributes, slots, parts and CSS properties`, async () => {
      const docs = entries.find((e) => e.type === 'docs' && e.importPath.endsWith(`/${element.tagName.replace(/^lede-/, '')}.stories.ts`));
      assert.ok(docs, `no docs page for <${element.tagName}>`);
      const { page, context } = await openPage(env.browser, `${env.origin}/iframe.html?id=${docs.id}&viewMode=docs`);
      await page.waitForSelector('.docblock-argstable', { timeout: 15000 });
      // Sections of the args table start collapsed or expanded; read all text.
      const text = await page.evaluate(() => document.querySelector('.docblock-argstable').textContent);
      for (const attribute of element.attributes ?? []) assert.ok(text.includes(attribute.name), `attribute ${attribute.name}`);
      for (const cssPart of element.cssParts ?? []) assert.ok(text.includes(cssPart.name), `part ${cssPart.name}`);
      for (const property of element.cssProperties ?? []) assert.ok(text.includes(property.name), `CSS property ${property.name}`);
      for (const slot of (element.slots ?? []).filter((s) => s.name)) assert.ok(text.includes(slot.name), `slot ${slot.name}`);
      await context.close();
    });
  }
});
