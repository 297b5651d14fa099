/** Registers every Lede element. Safe to load more than once. */
import './components/article-header/lede-article-header.js';
import './components/quote-block/lede-quote-block.js';
import './components/captioned-image/lede-captioned-image.js';
import './components/related-content/lede-related-content.js';
import './components/live-banner/lede-live-banner.js';

export * from './index.js';
