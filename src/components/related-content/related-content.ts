import { html, isServer, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { MAX_ITEMS } from '../../internal/limits.js';
import { checkHeadingLevel, oneOf, secondsBetween } from '../../internal/checks.js';
import { FEED_READER_FIX, FeedController, feedUrl, type FeedRequest } from '../../internal/feed-controller.js';
import { renderHeading, type HeadingLevel } from '../../internal/heading.js';
import { jsonAttributeConverter, MalformedJson } from '../../internal/json.js';
import { formatter } from '../../internal/intl.js';
import { parseFeedDate } from '../../internal/feed-dates.js';
import { claimFeedPolicy } from '../../internal/feed-policy.js';
import { LedeElement } from '../../internal/lede-element.js';
import { LocaleController } from '../../internal/locale.js';
import { hostStyles } from '../../styles/host.js';
import { checkItems, readListEntries, urlKey, type CheckedItems, type RelatedItem, type RelatedSource } from './items.js';
import { relatedContentStyles } from './related-content.styles.js';

export type { RelatedItem, RelatedSource } from './items.js';

export type RelatedLayout = 'list' | 'grid' | 'compact';
const LAYOUTS: readonly RelatedLayout[] = ['list', 'grid', 'compact'];

/** How far outside the viewport the feed starts loading, so it is ready when the reader gets there. */
const FEED_MARGIN = '600px 0px';
/** Seconds before a feed request is abandoned: the default and the range allowed. */
const TIMEOUT = { fallback: 10, min: 1, max: 60 } as const;
/** Links that may be left out at render as the current page (its URL and its canonical link). */
const CURRENT_PAGE_KEYS = 2;

/** Fired when a reader activates (clicks, taps, presses Enter on, middle-clicks) a related link. Navigation goes ahead. */
export class LedeRelatedSelectEvent extends Event {
  static readonly eventName = 'lede-related-select' as const;
  /** A frozen copy of the item as rendered (feed URLs resolved): changing it cannot change the list. */
  readonly item: Readonly<RelatedItem>;
  constructor(
    item: RelatedItem,
    /** 1-based position in the rendered list. */
    readonly position: number,
    /** Where the list came from: the CMS's `content`, the `items` property, or the `feed`. */
    readonly source: RelatedSource,
  ) {
    super(LedeRelatedSelectEvent.eventName, { bubbles: true, composed: true });
    this.item = Object.freeze({ ...item });
  }
}

/** `items` from a JSON attribute; malformed JSON is reported by the element, never thrown. */
const itemsConverter = jsonAttributeConverter('[{"title": "…", "url": "/news/…"}]', []);

/** What an empty list renders: the light DOM. One template, so a server render and hydration agree. */
const LIGHT_DOM = html`<slot></slot>`;
/** What an empty list shows when the CMS wrote more than its list: that content, without the list (its links were all left out). */
const FALLBACK = html`<slot class="fallback"></slot>`;

function formatDate(value: string | undefined, locale: string): { iso: string; text: string } | undefined {
  if (!value) return undefined;
  const date = parseFeedDate(value);
  if (!date) return undefined;
  return { iso: date.toISOString(), text: formatter('DateTimeFormat', locale, { dateStyle: 'medium' }).format(date) };
}

/**
 * @summary A list of links to related articles, from the CMS's HTML, a JSON property or a feed.
 *
 * @description Write the list as ordinary HTML inside the element
 * (`<ul><li><a href>…</a></li></ul>`): it works without JavaScript. Once the
 * element upgrades it reads those links as data and renders them, like
 * `items` and `src` entries, through one template: a `<section>` named by a
 * real heading, holding a labelled list. The current page and duplicate
 * links are left out; an empty list renders nothing and shows any other
 * light-DOM content as the fallback. A `src` feed (JSON Feed 1.1, RSS 2.0 or
 * Atom 1.0) loads when the element comes near the viewport and replaces the
 * light-DOM items once it has entries.
 *
 * @attr lang - Language of the heading and dates; otherwise the closest ancestor's `lang`, then the document's.
 * @attr messages - Overrides of built-in labels, e.g. `{ "relatedContent": "More on this story" }`, as a property or JSON in the `messages` attribute.
 * @prop messages - Overrides of built-in labels, e.g. `{ "relatedContent": "More on this story" }`, as a property or JSON in the `messages` attribute.
 *
 * @slot - The CMS's `<ul>` of links (read as data, shown before upgrade) and any fallback content, shown when the list is empty.
 *
 * @csspart section - The `<section>` landmark named by the heading.
 * @csspart heading - The `<h2>`…`<h6>` heading.
 * @csspart list - The `<ul>`.
 * @csspart item - Each `<li>`.
 * @csspart image - An item's thumbnail `<img>` (not in the compact layout).
 * @csspart kicker - An item's kicker ("Analysis").
 * @csspart link - An item's link, whose text is the title.
 * @csspart date - An item's `<time>`.
 *
 * @cssprop --lede-related-heading-font-size - Heading size (default `1.25em`).
 * @cssprop --lede-related-image-aspect-ratio - Thumbnail shape (default `16 / 9`).
 * @cssprop --lede-related-image-size - Thumbnail width in the list layout (default `6rem`).
 * @cssprop --lede-related-column-min - Narrowest grid column (default `14rem`).
 * @cssprop --lede-accent-color - Kicker colour.
 * @cssprop --lede-muted-color - Date colour.
 * @cssprop --lede-rule-color - Rules between items and thumbnail placeholder.
 * @cssprop --lede-focus-color - Focus ring.
 * @cssprop --lede-text-color - Text colour (default: inherited).
 * @cssprop --lede-font-family - Font (default: inherited).
 * @cssprop --lede-space - Gap between grid cards.
 * @cssprop --lede-block-margin - Space above and below the element.
 *
 * @fires {LedeRelatedSelectEvent} lede-related-select - A reader activated a link: `event.item`, `event.position` (1-based), `event.source`. Never cancels navigation.
 */
export class LedeRelatedContent extends LedeElement {
  // The feed reader loads on demand; its Trusted Types policy name is claimed now, before any page script can.
  static {
    claimFeedPolicy();
  }

  static override styles = [hostStyles, relatedContentStyles];

  /* Lit's reactive properties, declared statically (lighter in the bundle than decorators). */
  static override properties: PropertyDeclarations = {
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    items: { converter: itemsConverter },
    src: {},
    timeout: { type: Number },
    max: { type: Number },
    layout: { reflect: true },
    includeCurrent: { type: Boolean, attribute: 'include-current' },
    contentItems: { state: true, attribute: false },
    feedItems: { state: true, attribute: false },
    hasFallback: { state: true, attribute: false },
  };

  /** The heading text; the localised "Related content" by default. */
  heading = '';

  /** The heading's level, 2 to 6 (default 2), to fit the page's outline. */
  headingLevel = 2;

  /**
   * Items for script-driven use: `{title, url, image?, imageAlt?, kicker?, published?}[]`,
   * as a property or as JSON in the `items` attribute. The CMS's light-DOM list wins over them.
   */
  items: readonly RelatedItem[] = [];

  /** URL of a JSON Feed 1.1, RSS 2.0 or Atom 1.0 feed, fetched when the element comes near the viewport. */
  src = '';

  /** Seconds before the feed request is abandoned and treated as failed: 1 to 60, default 10. */
  timeout: number = TIMEOUT.fallback;

  /** The most items to show (after leaving out the current page and duplicates); all by default. */
  max?: number;

  /** `list` (default), `grid` (cards, one column when narrow) or `compact` (titles only, for sidebars). */
  layout: RelatedLayout = 'list';

  /** Keep a link to the current page (left out by default). */
  includeCurrent = false;

  private contentItems: RelatedItem[] = [];
  private feedItems?: RelatedItem[];
  /** True when the light DOM holds something other than a list of links (a fallback message). */
  private hasFallback = false;

  /** The feed had more entries than were read for the current `max`: a larger `max` reads it again. */
  private feedCut = false;
  private contentObserver?: MutationObserver;
  private readonly language = new LocaleController(this);
  /** Reads the feed once the element comes near the viewport; a reconnect does not read the same feed again. */
  private readonly feed = new FeedController(this, {
    request: () => this.feedRequest(),
    work: (request, { signal }) => this.loadFeed(request, signal),
    once: true,
    nearViewport: FEED_MARGIN,
  });

  /* What the checked properties give, set in willUpdate (which warns); render only reads them. */
  private shownLayout: RelatedLayout = 'list';
  private shownLevel: HeadingLevel = 2;
  private shownMax = Infinity;
  private shown: RelatedItem[] = [];
  private shownSource: RelatedSource = 'content';
  private checkedItems: RelatedItem[] = [];

  /**
   * A server render cannot see the light DOM, so with only a CMS list it
   * rendered the slot. Hydration must first render the same, then the list.
   */
  private hydrateEmpty = false;

  constructor() {
    super();
    if (!isServer && this.shadowRoot && !this.shadowRoot.querySelector('section')) this.hydrateEmpty = true;
    // The CMS's list is read on connection and whenever the light DOM changes.
    this.addController({
      hostConnected: () => {
        this.readContent();
        this.contentObserver ??= new MutationObserver((records) => {
          // The element's own attributes (layout reflected, src set) are not content.
          if (records.some((record) => record.target !== this || record.type !== 'attributes')) this.readContent();
        });
        this.contentObserver.observe(this, { childList: true, subtree: true, characterData: true, attributes: true });
      },
      hostDisconnected: () => this.contentObserver?.disconnect(),
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('items')) this.checkItemsProperty();
    if (changed.has('src')) {
      // A new feed replaces the old one: until it arrives, the other sources show.
      this.feedItems = undefined;
    }
    this.shownLayout = oneOf(this, 'layout', this.layout, LAYOUTS);
    this.shownLevel = checkHeadingLevel(this, 'heading-level', this.headingLevel, 2);
    this.shownMax = this.checkMax();
    // A new max reads the feed again: a read under way counts its items for the old max, and a cut feed has too few.
    if (changed.has('max') && this.hasUpdated && (this.feed.running || (this.feedCut && this.feedItems !== undefined))) this.feed.rerun();
    const [items, source] = this.pickSource();
    this.shown = this.withoutCurrentPage(items);
    this.shownSource = source;
    // Only the empty state's margin rule depends on it (no custom states in older browsers).
    this.setState('empty', this.shown.length === 0 && !this.hasFallback);
  }

  /** Re-reads the CMS's list: on connect and whenever the light DOM changes. */
  private readContent(): void {
    const entries = readListEntries(this);
    this.contentItems = this.checkEntries(entries, 'content', 'the list inside the element').items;
    // Anything the CMS wrote besides its list (a "No related articles" note) is the fallback.
    this.hasFallback =
      !isServer &&
      Array.from(this.childNodes).some((node) =>
        node instanceof Element ? !['ul', 'ol', 'script', 'style', 'template'].includes(node.localName) : node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '',
      );
  }

  private checkItemsProperty(): void {
    const value: unknown = this.items ?? [];
    if (value instanceof MalformedJson) {
      this.warn('items', value.problem, value.fix);
      this.checkedItems = [];
    } else if (!Array.isArray(value)) {
      this.warn('items', 'is not an array, so no items were read from it.', 'Give an array of {title, url, image?, imageAlt?, kicker?, published?}.');
      this.checkedItems = [];
    } else {
      this.clearWarning('items');
      this.checkedItems = this.checkEntries(value, 'items', 'items').items;
    }
  }

  /**
   * Checks entries, giving one warning for everything left out of this
   * source; stops reading once `want` distinct items are kept.
   */
  private checkEntries(entries: Iterable<unknown>, attribute: string, where: string, base?: string, want = MAX_ITEMS): CheckedItems {
    const checked = checkItems(entries, { base, keyBase: this.pageBase, want });
    if (checked.problems > 0) {
      this.warn(
        attribute,
        `${checked.problems} of ${checked.read} entries in ${where} were left out or lost their image: ${checked.reason}`,
        'Give every entry a title and an http:, https: or relative URL.',
      );
    }
    return checked;
  }

  /** What links are resolved against for "same page" and duplicate checks. */
  private get pageBase(): string {
    // A server render knows neither the page's URL nor its canonical link.
    return isServer ? 'http://server.invalid/' : document.baseURI;
  }

  /** The feed to read: none without a usable `src`. */
  private feedRequest(): FeedRequest | undefined {
    const url = feedUrl(this, this.src);
    if (url === undefined) return undefined;
    // A new time-out applies to the next read; it does not read the same feed again.
    return { url, key: url, timeout: secondsBetween(this, 'timeout', this.timeout, TIMEOUT) * 1000 };
  }

  private async loadFeed({ url, timeout }: FeedRequest, signal: AbortSignal): Promise<void> {
    const src = this.src;
    const want = Math.min(this.shownMax, MAX_ITEMS) + CURRENT_PAGE_KEYS;
    let reading: typeof import('./feed-reading.js') | undefined;
    try {
      reading = await import('./feed-reading.js');
      if (signal.aborted) return;
      const response = await reading.fetchFeed(url, { signal, timeout, headers: { Accept: reading.FEED_ACCEPT } });
      if (signal.aborted) return;
      const entries = await reading.readFeed(response.text, response.headers.get('content-type') ?? '', response.url);
      if (signal.aborted) return;
      const checked = this.checkEntries(entries, 'src', `the feed "${src}"`, response.url, want);
      this.feedItems = checked.items;
      this.feedCut = checked.cut;
    } catch (error) {
      // Aborted on disconnect or a new src: silently.
      if (signal.aborted) return;
      this.feedItems = [];
      this.feedCut = false;
      this.warn(
        'src',
        `the feed "${src}" could not be read: ${reading ? reading.feedProblem(error, timeout / 1000) : 'the feed reader could not be loaded'}; the list inside the element is shown instead.`,
        !reading || reading.isReaderLoadError(error)
          ? FEED_READER_FIX
          : 'Serve JSON Feed 1.1, RSS 2.0 or Atom 1.0 from that URL (with CORS headers if it is on another site).',
      );
    }
  }

  private checkMax(): number {
    if (this.max == null) return Infinity;
    if (Number.isFinite(this.max) && this.max >= 1) {
      this.clearWarning('max');
      return Math.floor(this.max);
    }
    this.warn('max', `"${this.max}" is not a positive number, so every item is shown.`, 'Use a whole number of 1 or more, or leave max out.');
    return Infinity;
  }

  /** The source to render: a feed that has entries, else the CMS's list, else `items`. */
  private pickSource(): [RelatedItem[], RelatedSource] {
    if (this.feedItems?.length) return [this.feedItems, 'feed'];
    if (this.contentItems.length) return [this.contentItems, 'content'];
    return [this.checkedItems, 'items'];
  }

  /**
   * Leaves out the current page (unless `include-current`), then applies
   * `max`. Repeated links are gone already: every source goes through
   * `checkItems`, which keeps each link once.
   */
  private withoutCurrentPage(items: RelatedItem[]): RelatedItem[] {
    const max = Math.min(this.shownMax, MAX_ITEMS);
    // A server render knows neither the page's URL nor its canonical link.
    if (this.includeCurrent || isServer) return items.slice(0, max);
    const base = this.pageBase;
    const current = new Set([urlKey(location.href, base)]);
    const canonical = document.querySelector<HTMLLinkElement>('link[rel~="canonical"][href]');
    if (canonical) current.add(urlKey(canonical.href, base));
    const kept: RelatedItem[] = [];
    for (const item of items) {
      if (kept.length >= max) break;
      if (!current.has(urlKey(item.url, base))) kept.push(item);
    }
    return kept;
  }

  private readonly onActivate = (event: MouseEvent): void => {
    if (event.type === 'auxclick' && event.button !== 1) return;
    const link = (event.target as Element | null)?.closest?.('a[data-position]');
    const position = Number(link?.getAttribute('data-position'));
    const item = this.shown[position - 1];
    // Analytics only: the event is not cancelable and navigation is never prevented.
    if (item) this.dispatchEvent(new LedeRelatedSelectEvent(item, position, this.shownSource));
  };

  private renderItem(item: RelatedItem, index: number, images: boolean, locale: string): TemplateResult {
    const date = formatDate(item.published, locale);
    return html`<li part="item">
      ${images && item.image
        ? html`<img part="image" src=${item.image} alt=${item.imageAlt ?? ''} width="320" height="180" loading="lazy" decoding="async" />`
        : nothing}
      <div class="text">
        ${item.kicker ? html`<span part="kicker">${item.kicker}</span>` : nothing}
        <a part="link" href=${item.url} data-position=${index + 1}>${item.title}</a>
        ${date ? html`<time part="date" datetime=${date.iso}>${date.text}</time>` : nothing}
      </div>
    </li>`;
  }

  protected override render() {
    if (this.hydrateEmpty) {
      this.hydrateEmpty = false;
      void this.updateComplete.then(() => this.requestUpdate());
      return LIGHT_DOM;
    }
    const layout = this.shownLayout;
    const level = this.shownLevel;
    const empty = this.shown.length === 0;
    // Nothing to list: no orphan heading. Fallback content the CMS wrote stays visible; a list
    // whose links were all left out (the current page, unsafe URLs) stays hidden.
    // A server render cannot see the light DOM, so it keeps it visible for readers without JavaScript.
    if (empty) return isServer ? LIGHT_DOM : this.hasFallback ? FALLBACK : nothing;
    const locale = this.language.locale;
    const images = layout !== 'compact';
    return html`
      <section part="section" class=${layout} aria-labelledby="heading">
        ${renderHeading(level, this.heading.trim() || this.language.labels.relatedContent, { id: 'heading', part: 'heading' })}
        <ul part="list" aria-labelledby="heading" @click=${this.onActivate} @auxclick=${this.onActivate}>
          ${this.shown.map((item, index) => this.renderItem(item, index, images, locale))}
        </ul>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lede-related-content': LedeRelatedContent;
  }
  interface GlobalEventHandlersEventMap {
    'lede-related-select': LedeRelatedSelectEvent;
  }
}
