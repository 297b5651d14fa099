/**
 * How the script-tag builds register the elements, once the article has
 * painted: each element's code is a chunk of its own (one file in the
 * classic build), so the first element renders as soon as Lit, the shared
 * code and its own code have arrived. The page's elements load first, all
 * at once, and register one tag per task in the order the page first uses
 * them; the other elements follow when the browser is idle, so that one
 * added later by a script still upgrades.
 */
import { defineElement } from './internal/define.js';
import { loadPageLanguages } from './internal/page-languages.js';
import { nextTask } from './internal/schedule.js';

type Load = () => Promise<CustomElementConstructor>;

const ELEMENTS: ReadonlyArray<readonly [string, Load]> = [
  ['lede-article-header', () => import('./components/article-header/article-header.js').then((module) => module.LedeArticleHeader)],
  ['lede-captioned-image', () => import('./components/captioned-image/captioned-image.js').then((module) => module.LedeCaptionedImage)],
  ['lede-quote-block', () => import('./components/quote-block/quote-block.js').then((module) => module.LedeQuoteBlock)],
  ['lede-related-content', () => import('./components/related-content/related-content.js').then((module) => module.LedeRelatedContent)],
  ['lede-live-banner', () => import('./components/live-banner/live-banner.js').then((module) => module.LedeLiveBanner)],
];

/** Elements that format dates: the browser's first Intl formatter loads its locale data, a long task of its own on a phone. */
const DATED = 'lede-article-header[published], lede-article-header[updated], lede-live-banner';

/** Where `tag` is first used in the document (`Infinity` when it is not). */
function firstUse(tag: string, all: Element[]): number {
  const index = all.findIndex((element) => element.localName === tag);
  return index < 0 ? Infinity : index;
}

async function define(tag: string, load: Load): Promise<void> {
  try {
    defineElement(tag, await load());
  } catch (error) {
    console.error(`<${tag}> could not be loaded, so it shows the article text as written.`, error);
  }
  await nextTask();
}

export async function defineAll(): Promise<void> {
  const all = [...document.querySelectorAll(ELEMENTS.map(([tag]) => `${tag}:not(:defined)`).join())];
  const order = ELEMENTS.map(([tag, load]) => ({ tag, load, at: firstUse(tag, all) })).sort((a, b) => a.at - b.at);
  const onPage = order
    .filter(({ at }) => at !== Infinity)
    .map(({ tag, load }) => {
      const loading = load();
      loading.catch(() => undefined); // reported when its turn comes
      return { tag, loading };
    });
  // The labels of the page's languages, so that no element renders in English first.
  await loadPageLanguages();
  // Paid once, in a task of its own, rather than on top of the first render.
  if (document.querySelector(DATED)) {
    await nextTask();
    try {
      new Intl.DateTimeFormat(document.documentElement.lang || undefined).format(0);
    } catch {
      // A malformed lang: the elements report it themselves.
    }
    await nextTask();
  }
  for (const { tag, loading } of onPage) await define(tag, () => loading);
  const rest = order.filter(({ at }) => at === Infinity);
  if (rest.length === 0) return;
  await new Promise((resolve) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(resolve, { timeout: 2000 }) : setTimeout(resolve, 200)));
  for (const { tag, load } of rest) await define(tag, load);
}
