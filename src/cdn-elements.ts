/**
 * Every element of the script-tag build, and the one way it registers them:
 * one tag per task, in page order of a usual article (the header first, the
 * live banner, often at the bottom, last). Loaded by `dist/cdn/lede.js` once
 * the article has painted; bundled into `dist/cdn/lede.iife.js`.
 */
import { LedeArticleHeader, LedeCaptionedImage, LedeLiveBanner, LedeQuoteBlock, LedeRelatedContent } from './index.js';
import { defineElement } from './internal/define.js';
import { nextTask } from './internal/schedule.js';

export * from './index.js';

const ELEMENTS: ReadonlyArray<readonly [string, CustomElementConstructor]> = [
  ['lede-article-header', LedeArticleHeader],
  ['lede-captioned-image', LedeCaptionedImage],
  ['lede-quote-block', LedeQuoteBlock],
  ['lede-related-content', LedeRelatedContent],
  ['lede-live-banner', LedeLiveBanner],
];

export async function defineAll(): Promise<void> {
  for (const [tag, element] of ELEMENTS) {
    defineElement(tag, element);
    await nextTask();
  }
}
