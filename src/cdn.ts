/**
 * The script-tag build's entry (`dist/cdn/lede.js`, `dist/cdn/lede.iife.js`):
 * everything the package exports, and every element registered, but only
 * after the browser has painted the article as the CMS wrote it, lead image
 * included (lede.css reserves each element's space, so upgrading moves
 * nothing). The first and the largest paint are the reader's; then the
 * elements upgrade one tag per task, and a page of hundreds of elements in
 * slices.
 */
import { LedeArticleHeader, LedeCaptionedImage, LedeLiveBanner, LedeQuoteBlock, LedeRelatedContent } from './index.js';
import { defineElement } from './internal/define.js';
import { afterLeadPaint, nextTask, upgradeInSlices } from './internal/schedule.js';

export * from './index.js';

/** In page order of a usual article: the header first, the live banner (often at the bottom) last. */
const ELEMENTS: ReadonlyArray<readonly [string, CustomElementConstructor]> = [
  ['lede-article-header', LedeArticleHeader],
  ['lede-captioned-image', LedeCaptionedImage],
  ['lede-quote-block', LedeQuoteBlock],
  ['lede-related-content', LedeRelatedContent],
  ['lede-live-banner', LedeLiveBanner],
];

if (typeof customElements !== 'undefined') {
  upgradeInSlices();
  void afterLeadPaint(async () => {
    for (const [tag, element] of ELEMENTS) {
      defineElement(tag, element);
      await nextTask();
    }
  });
}
