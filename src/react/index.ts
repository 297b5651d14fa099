/**
 * React wrappers, `lede-elements/react`: one component per element, named as
 * its class. React 19 renders a `<lede-*>` tag itself, but after server
 * rendering and `hydrateRoot` it neither sets object properties (`items`,
 * `authors`, `messages`) nor attaches `on<event>` listeners. These wrappers
 * (built with `@lit/react`) set every element property and wire every event
 * on the client, on the first render and on hydration alike. Events are
 * `on` + the event name in PascalCase: `onLedeRelatedSelect`.
 *
 * On the server (`renderToString`, Next.js) they write every property as
 * its attribute, objects as JSON, so the HTML carries the article's data
 * and the element has it from the moment it upgrades, before hydration.
 *
 * Importing this module registers the five elements. It is not part of the
 * script-tag bundles.
 */
import * as React from 'react';
import { isServer, type ReactiveElement } from 'lit';
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import { LedeArticleHeader as ArticleHeaderElement } from '../components/article-header/lede-article-header.js';
import { LedeCaptionedImage as CaptionedImageElement } from '../components/captioned-image/lede-captioned-image.js';
import { LedeLiveBanner as LiveBannerElement } from '../components/live-banner/lede-live-banner.js';
import { LedeQuoteBlock as QuoteBlockElement } from '../components/quote-block/lede-quote-block.js';
import { LedeRelatedContent as RelatedContentElement } from '../components/related-content/lede-related-content.js';
import type { LedeImageErrorEvent } from '../components/captioned-image/captioned-image.js';
import type { LedeDismissEvent, LedeLiveEndEvent, LedeLiveUpdateEvent } from '../components/live-banner/live-banner.js';
import type { LedeRelatedSelectEvent } from '../components/related-content/related-content.js';

type Events = Record<string, EventName | string>;

/**
 * Props as server-rendered attributes: a property becomes its attribute
 * (`kickerHref` → `kicker-href`), an object JSON text, `true` an empty
 * attribute; `false`, `null`, `undefined` and event props are left out.
 * Anything else (`id`, `className`, `style`, `children`) goes to React as is.
 */
function serverProps(elementClass: typeof ReactiveElement, events: Events, props: Record<string, unknown>): Record<string, unknown> {
  void elementClass.observedAttributes; // finalizes the class, filling elementProperties
  const attributes: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(props)) {
    const declaration = elementClass.elementProperties.get(name);
    if (name in events) continue;
    if (!declaration) {
      attributes[name === 'className' ? 'class' : name] = value;
      continue;
    }
    if (declaration.attribute === false || value === false || value === null || value === undefined) continue;
    const attribute = typeof declaration.attribute === 'string' ? declaration.attribute : name.toLowerCase();
    attributes[attribute] = value === true ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
  return attributes;
}

/** `@lit/react`'s component on the client; on the server, the tag with its props as attributes. */
function wrap<I extends ReactiveElement, E extends Events = {}>(
  tagName: string,
  elementClass: (new () => I) & typeof ReactiveElement,
  displayName: string,
  events?: E,
): ReactWebComponent<I, E> {
  const component = createComponent<I, E>({ react: React, tagName, elementClass, events: events as E, displayName });
  if (!isServer) return component;
  const server = React.forwardRef<I, Record<string, unknown>>((props, ref) =>
    React.createElement(tagName, { ...serverProps(elementClass, events ?? {}, props), ref }),
  );
  server.displayName = displayName;
  return server as unknown as ReactWebComponent<I, E>;
}

export const LedeArticleHeader = wrap('lede-article-header', ArticleHeaderElement, 'LedeArticleHeader');

export const LedeCaptionedImage = wrap('lede-captioned-image', CaptionedImageElement, 'LedeCaptionedImage', {
  onLedeImageError: 'lede-image-error' as EventName<LedeImageErrorEvent>,
});

export const LedeQuoteBlock = wrap('lede-quote-block', QuoteBlockElement, 'LedeQuoteBlock');

export const LedeRelatedContent = wrap('lede-related-content', RelatedContentElement, 'LedeRelatedContent', {
  onLedeRelatedSelect: 'lede-related-select' as EventName<LedeRelatedSelectEvent>,
});

export const LedeLiveBanner = wrap('lede-live-banner', LiveBannerElement, 'LedeLiveBanner', {
  onLedeLiveUpdate: 'lede-live-update' as EventName<LedeLiveUpdateEvent>,
  onLedeLiveEnd: 'lede-live-end' as EventName<LedeLiveEndEvent>,
  onLedeDismiss: 'lede-dismiss' as EventName<LedeDismissEvent>,
});

export type { LedeAuthor, RelatedItem, MessageOverrides } from '../index.js';
export type { LedeImageErrorEvent, LedeRelatedSelectEvent, LedeLiveUpdateEvent, LedeLiveEndEvent, LedeDismissEvent };
