/**
 * Side-effect free: importing this registers nothing. Import
 * `lede-elements/define.js` (all elements) or `lede-elements/lede-<name>.js`
 * (one element) to register tags.
 */
export { LedeArticleHeader, type LedeAuthor } from './components/article-header/article-header.js';
export { LedeQuoteBlock, type QuoteVariant } from './components/quote-block/quote-block.js';
export { LedeCaptionedImage, LedeImageErrorEvent, type ImageLoading } from './components/captioned-image/captioned-image.js';
export {
  LedeRelatedContent,
  LedeRelatedSelectEvent,
  type RelatedItem,
  type RelatedLayout,
  type RelatedSource,
} from './components/related-content/related-content.js';
export {
  LedeLiveBanner,
  LedeLiveUpdateEvent,
  LedeLiveEndEvent,
  LedeDismissEvent,
  type LiveState,
  type LiveUpdate,
} from './components/live-banner/live-banner.js';
export { LedeElement } from './internal/lede-element.js';
export { defineElement } from './internal/define.js';
export { checkUrl, checkSrcset, resolveLocale, messagesFor, SUPPORTED_LANGUAGES, type Messages, type MessageOverrides } from './helpers.js';
export { VERSION } from './internal/version.js';
