/**
 * Every story of the static Storybook build renders in Chromium, Firefox and
 * WebKit without a console error or page error and with zero axe violations
 * under WCAG 2.2 AA (AXE_TAGS: wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa
 * and best-practice; axe's defaults leave out some of them, such as
 * target-size); each component's docs page shows the API from the Custom
 * Elements Manifest. Run after `npm run build-storybook`.
 *
 * Chromium opens every story on every run. Firefox and WebKit open SAMPLE
 * (one story per component, and the article with all five) on every run, and
 * every story with LEDE_STORIES=all (`npm run test:stories:all`): all stories
 * in three engines take a few minutes on two cores.
 *
 * axe checks the story's root (#storybook-root), the element as a page would
 * hold it. The page-level rules (one main landmark, a level-one heading, all
 * content inside landmarks) are about the page around the elements, here
 * Storybook's own frame; tests/node/demo.test.mjs holds the demo article page
 * to them, whole.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startServer } from '../../demo/serve.mjs';
import { openPage, withServerAndBrowser } from './browser.mjs';
import { axeViolations, ENGINES, formatViolations, launchEngine, settled, withRecorder } from './engines.mjs';

const staticDir = new URL('../../storybook-static/', import.meta.url);
const index = JSON.parse(readFileSync(new URL('index.json', staticDir), 'utf8'));
const entries = Object.values(index.entries);
const stories = entries.filter((e) => e.type === 'story');
const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);

/** The stories Firefox and WebKit open on every run: one per component, each a different path through the code. */
export const SAMPLE = [
  'components-article-header--relative', // relative time that refreshes, a tooltip, linked authors
  'components-captioned-image--zoomable', // the lightbox button on <dialog>
  'components-quote-block--pull', // the pull variant, language-aware quotation marks
  'components-related-content--from-rss', // an RSS feed through DOMParser, fetched when scrolled near
  'components-live-banner--with-update', // a polled JSON Feed, the update's link, pause control
  'article-sample-article--article', // all five together, as on a page
];

const all = process.env.LEDE_STORIES === 'all';
const storiesFor = (engine) => (engine === 'chromium' || all ? stories : stories.filter((story) => SAMPLE.includes(story.id)));

describe('stories', () => {
  it('covers every element in the manifest', () => {
    const tagsWithStories = new Set(entries.map((e) => e.importPath));
    for (const element of elements) {
      const name = element.tagName.replace(/^lede-/, '');
      assert.ok([...tagsWithStories].some((p) => p.endsWith(`/${name}.stories.ts`)), `no stories for <${element.tagName}>`);
    }
  });

  it('samples an existing story of every component for Firefox and WebKit', () => {
    for (const id of SAMPLE) assert.ok(stories.some((story) => story.id === id), `no story ${id}`);
    for (const title of new Set(stories.map((story) => story.title))) {
      assert.ok(SAMPLE.some((id) => stories.find((story) => story.id === id)?.title === title), `no sample from ${title}`);
    }
  });

  let server;
  let origin;
  before(async () => {
    // Storybook's frame with the problem recorder as its first script.
    const iframe = withRecorder(readFileSync(new URL('iframe.html', staticDir), 'utf8'));
    ({ server, origin } = await startServer({ root: staticDir.pathname, pages: { '/iframe.html': iframe } }));
  });
  after(() => server?.close());

  for (const engineName of ENGINES) {
    describe(engineName, () => {
      let engine;
      before(async () => {
        engine = await launchEngine(engineName);
      });
      after(async () => {
        await engine?.close();
      });

      for (const story of storiesFor(engineName)) {
        it(`${story.title} / ${story.name}: no errors, no WCAG 2.2 AA violations`, async () => {
          const page = await engine.open(`${origin}/iframe.html?id=${story.id}&viewMode=story`);
          try {
            assert.equal(await page.evaluate(settled, '#storybook-root'), 'ok');
            const violations = await axeViolations(page, { context: '#storybook-root' });
            assert.deepEqual(await page.problems(), [], 'console errors or page errors');
            assert.equal(violations.length, 0, `axe (WCAG 2.2 AA):\n${formatViolations(violations)}`);
          } finally {
            await page.close();
          }
        });
      }
    });
  }
});

describe('docs pages', () => {
  const env = withServerAndBrowser({ root: staticDir.pathname });
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
