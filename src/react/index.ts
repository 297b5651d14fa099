/**
 * React wrappers, `lede-elements/react`: one component per element, named as
 * its class. React 19 renders a `<lede-*>` tag itself, but after server
 * rendering and `hydrateRoot` it neither sets object properties (`items`,
 * `authors`, `messages`) nor attaches `on<event>` listeners; these wrappers
 * (built with `@lit/react`) set every element property and wire every event
 * on the client, on the first render and on hydration alike. Events are
 * `on` + the event name in PascalCase: `onLedeRelatedSelect`.
 *
 * Importing this module registers the five elements. It is not part of the
 * script-tag bundles.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { LedeArticleHeader as ArticleHeaderElement } from '../components/article-header/lede-article-header.js';
import { LedeCaptionedImage as CaptionedImageElement } from '../components/captioned-image/lede-captioned-image.js';
import { LedeLiveBanner as LiveBannerElement } from '../components/live-banner/lede-live-banner.js';
import { LedeQuoteBlock as QuoteBlockElement } from '../components/quote-block/lede-quote-block.js';
import { LedeRelatedContent as RelatedContentElement } from '../components/related-content/lede-related-content.js';
import type { LedeImageErrorEvent } from '../components/captioned-image/captioned-image.js';
import type { LedeDismissEvent, LedeLiveEndEvent, LedeLiveUpdateEvent } from '../components/live-banner/live-banner.js';
import type { LedeRelatedSelectEvent } from '../components/related-content/related-content.js';

export const LedeArticleHeader = createComponent({
  react: React,
  tagName: 'lede-article-header',
  elementClass: ArticleHeaderElement,
  displayName: 'LedeArticleHeader',
});

export const LedeCaptionedImage = createComponent({
  react: React,
  tagName: 'lede-captioned-image',
  elementClass: CaptionedImageElement,
  events: { onLedeImageError: 'lede-image-error' as EventName<LedeImageErrorEvent> },
  displayName: 'LedeCaptionedImage',
});

export const LedeQuoteBlock = createComponent({
  react: React,
  tagName: 'lede-quote-block',
  elementClass: QuoteBlockElement,
  displayName: 'LedeQuoteBlock',
});

export const LedeRelatedContent = createComponent({
  react: React,
  tagName: 'lede-related-content',
  elementClass: RelatedContentElement,
  events: { onLedeRelatedSelect: 'lede-related-select' as EventName<LedeRelatedSelectEvent> },
  displayName: 'LedeRelatedContent',
});

export const LedeLiveBanner = createComponent({
  react: React,
  tagName: 'lede-live-banner',
  elementClass: LiveBannerElement,
  events: {
    onLedeLiveUpdate: 'lede-live-update' as EventName<LedeLiveUpdateEvent>,
    onLedeLiveEnd: 'lede-live-end' as EventName<LedeLiveEndEvent>,
    onLedeDismiss: 'lede-dismiss' as EventName<LedeDismissEvent>,
  },
  displayName: 'LedeLiveBanner',
});

export type { LedeAuthor, RelatedItem, MessageOverrides } from '../index.js';
export type { LedeImageErrorEvent, LedeRelatedSelectEvent, LedeLiveUpdateEvent, LedeLiveEndEvent, LedeDismissEvent };
