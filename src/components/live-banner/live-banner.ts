import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { oneOf, requireContent, safeUrl, secondsBetween } from '../../internal/checks.js';
import { ContentCheckController } from '../../internal/content-check.js';
import { FEED_READER_FIX, FeedController, feedUrl, type FeedRequest } from '../../internal/feed-controller.js';
import { claimFeedPolicy } from '../../internal/feed-policy.js';
import { LedeElement } from '../../internal/lede-element.js';
import { LocaleController } from '../../internal/locale.js';
import { SlotController } from '../../internal/slots.js';
import { hideEdgeBreaks } from '../../internal/cms-hints.js';
import { formatCount } from '../../internal/i18n.js';
import { formatRelative, msUntilRelativeChange } from '../../internal/dates.js';
import { hostStyles, visuallyHidden } from '../../styles/host.js';
import { setBoundedTimeout } from '../../internal/limits.js';
import { RelativeTimeController } from '../../internal/relative-time.js';
import type { PollFailure } from './feed-poller.js';
import { firstFocusable, nextFocusable } from '../../internal/focus.js';
import { requestStructuredData } from '../../internal/structured-data.js';
import type { LiveFeed, LiveUpdate } from './live-feed.js';
import { liveBannerStyles } from './live-banner.styles.js';

export type { LiveUpdate } from './live-feed.js';
export type LiveState = 'live' | 'ended';
const STATES: readonly LiveState[] = ['live', 'ended'];

/** Seconds between polls: the default and the range allowed (the shortest is the default). */
const INTERVAL = { fallback: 15, min: 15, max: 3600 } as const;
/** Seconds before a poll is abandoned: the default and the range allowed. */
const TIMEOUT = { fallback: 10, min: 1, max: 60 } as const;
/** Every dismissal is stored under this prefix: a CMS author's key can never name another of the site's keys. */
const STORAGE_PREFIX = 'lede-live-banner:';
/** The longest key stored; a longer one is shortened with a hash of the whole. */
const MAX_KEY_LENGTH = 200;
/** How long an announcement stays in the live region before it is cleared. */
const ANNOUNCEMENT_MS = 10_000;
/** Ids remembered so that an update is never announced twice. */
const MAX_SEEN = 1000;
const HOUR = 3_600_000;

/** New updates arrived in the feed (never fired for the first load). */
export class LedeLiveUpdateEvent extends Event {
  static readonly eventName = 'lede-live-update' as const;
  /** The new updates, in feed order (newest first in a usual feed): frozen copies, so a listener cannot change what the banner shows. */
  readonly updates: readonly Readonly<LiveUpdate>[];
  constructor(updates: readonly LiveUpdate[]) {
    super(LedeLiveUpdateEvent.eventName, { bubbles: true, composed: true });
    this.updates = Object.freeze(
      updates.map((update) => Object.freeze({ ...update, date: update.date ? new Date(update.date.getTime()) : undefined })),
    );
  }
}

/** A short, stable hash (FNV-1a, 32 bits) to tell long keys apart. */
function hashOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** The feed said coverage has ended; the banner switched to `state="ended"` and stopped polling. */
export class LedeLiveEndEvent extends Event {
  static readonly eventName = 'lede-live-end' as const;
  constructor() {
    super(LedeLiveEndEvent.eventName, { bubbles: true, composed: true });
  }
}

/** The reader pressed the close button. Cancelable: `preventDefault()` keeps the banner. */
export class LedeDismissEvent extends Event {
  static readonly eventName = 'lede-dismiss' as const;
  /** The `localStorage` key the dismissal is remembered under. */
  readonly key: string;
  constructor(key: string) {
    super(LedeDismissEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.key = key;
  }
}

/** Storage may throw (private mode, disabled cookies, quota): the banner then remembers for this page only. */
/** A feed's clock may run ahead of the reader's: an update is never "in 2 minutes". */
const notAfter = (date: Date, now: number): Date => (date.getTime() > now ? new Date(now) : date);

/** "2 minutes ago" in the reader's language. */
const ageOf = (date: Date, locale: string): string => {
  const now = Date.now();
  return formatRelative(notAfter(date, now), now, locale);
};

function readStorage(key: string): string | null | undefined {
  try {
    return localStorage.getItem(key);
  } catch {
    return undefined;
  }
}

function writeStorage(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Remembered for this page view only.
  }
}

/**
 * @summary The "War in Ukraine — LIVE: follow our coverage" strip, optionally fed by a live JSON Feed.
 *
 * @description A label ("Live"), a topic and a message, linked to the live
 * coverage page. With `src`, the banner polls a JSON Feed and shows the
 * newest update's title and age, announcing new updates politely to screen
 * readers ("2 new updates", never on load). Polling uses conditional
 * requests, backs off on errors, rests while the page is hidden and stops
 * when the element leaves the page or the feed says coverage has ended
 * (`"_lede": { "ended": true }` or `"expired": true`). The banner's height
 * never changes when an update arrives.
 *
 * @attr lang - Language of labels, announcements and the age; otherwise the closest ancestor's `lang`, then the document's.
 * @attr {boolean} structured-data - Opt-in: writes the coverage's Schema.org `LiveBlogPosting` JSON-LD (topic, `href`, message, `coverage-start`, `coverage-end`) into the document's head, once per page and not when the page already has it. Needs `coverage-start`. Loaded on demand.
 * @attr coverage-start - When the live coverage began, ISO 8601 with an offset; read for `structured-data` only.
 * @attr coverage-end - When the live coverage ends or is planned to end, ISO 8601 with an offset; read for `structured-data` only.
 * @attr messages - Overrides of built-in labels (`live`, `ended`, `close`, `pauseAnimation`, `playAnimation`, `newUpdates`), as a property or JSON in the `messages` attribute. `newUpdates` takes plural forms keyed by `Intl.PluralRules` category (`{"one": "1 nueva", "other": "{count} nuevas"}`), merged with the built-in ones; an override of the wrong shape is ignored with a warning.
 * @prop messages - Overrides of built-in labels (`live`, `ended`, `close`, `pauseAnimation`, `playAnimation`, `newUpdates`), as a property or JSON in the `messages` attribute. `newUpdates` takes plural forms keyed by `Intl.PluralRules` category (`{"one": "1 nueva", "other": "{count} nuevas"}`), merged with the built-in ones; an override of the wrong shape is ignored with a warning.
 *
 * @slot - The message, e.g. "Follow our live coverage for the latest updates". Wins over the `message` attribute.
 *
 * @csspart base - The banner's box.
 * @csspart dot - The live dot (pulses when the reader allows motion).
 * @csspart link - The link to the live coverage around label, topic and message.
 * @csspart label - "Live" (or "Ended").
 * @csspart topic - The topic, e.g. "War in Ukraine".
 * @csspart message - The message.
 * @csspart update - The line with the newest update (reserved as soon as `src` is set).
 * @csspart update-link - The newest update's title, linked to it.
 * @csspart age - The newest update's age, e.g. "2 minutes ago".
 * @csspart pause - The button that stops (and restarts) the live dot's motion.
 * @csspart dismiss - The close button of a `dismissible` banner.
 *
 * @cssprop --lede-accent-color - Label, dot and rule colour.
 * @cssprop --lede-muted-color - Colour of the age and of an ended banner's label.
 * @cssprop --lede-text-color - Text colour (default: inherited).
 * @cssprop --lede-font-family - Font (default: inherited).
 * @cssprop --lede-surface-color - Background (default: transparent).
 * @cssprop --lede-focus-color - Focus ring colour.
 * @cssprop --lede-live-rule-width - Width of the accent rule at the start edge (default `0.25rem`).
 * @cssprop --lede-live-dot-size - Diameter of the live dot (default `0.625em`).
 * @cssprop --lede-block-margin - Space above and below the element.
 *
 * @fires {LedeLiveUpdateEvent} lede-live-update - New updates arrived in the feed: `event.updates` lists them (`{ id, title, url?, date? }`, feed order). Never for the first load.
 * @fires {LedeLiveEndEvent} lede-live-end - The feed ended the coverage: `state` is now `ended` and polling stopped.
 * @fires {LedeDismissEvent} lede-dismiss - The reader pressed the close button; `event.key` is the storage key. Cancelable: `preventDefault()` keeps the banner.
 */
export class LedeLiveBanner extends LedeElement {
  // The feed reader loads on demand; its Trusted Types policy name is claimed now, before any page script can.
  static {
    claimFeedPolicy();
  }

  static override styles = [hostStyles, visuallyHidden, liveBannerStyles];

  /* Lit's reactive properties, declared statically (lighter in the bundle than decorators). */
  static override properties: PropertyDeclarations = {
    topic: {},
    label: {},
    href: {},
    message: {},
    state: { reflect: true },
    hideWhenEnded: { type: Boolean, attribute: 'hide-when-ended', reflect: true },
    dismissible: { type: Boolean, reflect: true },
    dismissKey: { attribute: 'dismiss-key' },
    dismissed: { type: Boolean, reflect: true },
    src: {},
    interval: { type: Number },
    timeout: { type: Number },
    latest: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    motionPaused: { state: true, attribute: false },
  };

  /** What the coverage is about, e.g. "War in Ukraine". */
  topic = '';

  /** Overrides the localised "Live" label while coverage runs. */
  label = '';

  /** URL of the live coverage page (http, https or relative). */
  href = '';

  /** The message, for script-driven use; slotted text wins. */
  message = '';

  /** `live` (default) or `ended`: no live dot, the label says "Ended", no polling. Set by the feed too. */
  state: LiveState = 'live';

  /** Hide the whole banner once coverage has ended. */
  hideWhenEnded = false;

  /** Adds a close button; the dismissal is remembered in `localStorage` under `dismiss-key`. */
  dismissible = false;

  /**
   * Names the dismissal, so banners with the same key are dismissed
   * together. It is stored in `localStorage` as `lede-live-banner:` + the
   * key; by default the key is made of `href`, `src` and `topic` together
   * (`lede-live-banner:["/live","","War in Ukraine"]`).
   */
  dismissKey = '';

  /** True once the reader has dismissed the banner (reflected; nothing is rendered then). */
  dismissed = false;

  /** URL of a live feed to poll (JSON Feed, RSS or Atom; http, https or relative). */
  src = '';

  /** Seconds between polls (±20% jitter): 15 (the default) to 3600. */
  interval: number = INTERVAL.fallback;

  /** Seconds before a feed request is abandoned: 1 to 60, default 10. */
  timeout: number = TIMEOUT.fallback;

  private latest?: LiveUpdate;
  private announcement = '';
  private motionPaused = false;

  private readonly language = new LocaleController(this);
  private readonly slots = new SlotController(this);
  /* What the checked properties give, set in willUpdate (which warns); render only reads them. */
  private shownState: LiveState = 'live';
  private linkUrl?: string;
  /** Ids of updates already shown; `undefined` until the first load of the current feed. */
  private seen?: Set<string>;
  /** A failure streak is under way (and was reported). */
  private failing = false;
  private announcementTimer?: ReturnType<typeof setTimeout>;
  /** What had focus inside the banner when a render began. */
  private focusedBeforeRender?: Element;

  constructor() {
    super();
    // The age re-renders as it changes, while the banner is on screen and the page visible.
    new RelativeTimeController(this, () => this.nextAgeChange());
    // Follows the feed (one poller shared with other banners that poll the same one) while the banner is live.
    new FeedController(this, {
      request: () => this.feedRequest(),
      work: async (request, { signal }) => {
        const live = await import('./live-feed-follow.js');
        if (signal.aborted) return;
        const unfollow = live.followFeed<LiveFeed>(
          { url: request.url, interval: request.interval!, timeout: request.timeout, parse: live.parseLiveFeed },
          { onData: (feed) => this.onFeed(feed, live.newestUpdate(feed.updates)), onError: (failure, first) => this.onFeedError(failure, first) },
        );
        signal.addEventListener('abort', unfollow, { once: true });
      },
    });
    new ContentCheckController(this, () => {
      requireContent(this, 'topic', this.topic !== '' || this.message !== '' || this.slots.has(), 'the banner has neither a topic nor a message.', 'Set topic="…" and put the message inside the element.');
      requestStructuredData(this, 'LiveBlogPosting');
    });
    // Another tab's dismissal hides this banner too.
    this.addController({
      hostConnected: () => {
        window.addEventListener('storage', this.onStorage);
        this.readDismissal();
      },
      hostDisconnected: () => {
        window.removeEventListener('storage', this.onStorage);
        clearTimeout(this.announcementTimer);
        this.announcementTimer = undefined;
        this.announcement = '';
      },
    });
  }

  /** Where the dismissal is stored: always under our prefix, never longer than `MAX_KEY_LENGTH`. */
  private get storageKey(): string {
    const name = this.dismissKey || JSON.stringify([this.href, this.src, this.topic]);
    const key = `${STORAGE_PREFIX}${name}`;
    return key.length <= MAX_KEY_LENGTH ? key : `${key.slice(0, MAX_KEY_LENGTH - 10)}#${hashOf(key)}`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.focusedBeforeRender = this.focusInside();
    this.shownState = oneOf(this, 'state', this.state, STATES);
    this.linkUrl = safeUrl(this, this.href, 'href');
    if (changed.has('src')) {
      // Another feed: its first load is silent again.
      this.seen = undefined;
      this.latest = undefined;
      this.failing = false;
    }
    if (['dismissible', 'dismissKey', 'href', 'src', 'topic'].some((key) => changed.has(key as keyof LedeLiveBanner))) {
      this.readDismissal();
    }
  }

  protected override updated(): void {
    hideEdgeBreaks(this);
    this.keepFocus();
  }

  /**
   * The render removed (or hid) the control that had focus: the banner was
   * dismissed or hidden, or the pause button went when coverage ended. Focus
   * goes to the banner's first control (the link), else to what follows the
   * banner, so it never drops to the top of the page.
   */
  /** The element inside the banner (shadow or slotted) that has focus; none on the server. */
  private focusInside(): Element | undefined {
    const root = this.shadowRoot;
    if (!root) return undefined;
    const active = root.ownerDocument.activeElement;
    return root.activeElement ?? (active && this.contains(active) ? active : undefined);
  }

  private keepFocus(): void {
    const focused = this.focusedBeforeRender;
    this.focusedBeforeRender = undefined;
    if (!focused || !this.isConnected) return;
    if (focused.isConnected && (focused as HTMLElement).checkVisibility?.() !== false) return;
    (firstFocusable(this.shadowRoot!) ?? nextFocusable(this))?.focus();
  }

  private readDismissal(): void {
    if (!this.dismissible) {
      this.dismissed = false;
      return;
    }
    const stored = readStorage(this.storageKey);
    // Storage that throws leaves the in-memory answer as it is.
    if (stored !== undefined) this.dismissed = stored !== null;
  }

  private readonly onStorage = (event: StorageEvent): void => {
    // Dismissed in another tab of the same site.
    if (event.key === this.storageKey) this.readDismissal();
  };

  /** The feed to follow now: none unless the banner is live, shown and has a usable `src`. */
  private feedRequest(): FeedRequest | undefined {
    const url = feedUrl(this, this.src);
    const interval = secondsBetween(this, 'interval', this.interval, INTERVAL);
    const timeout = secondsBetween(this, 'timeout', this.timeout, TIMEOUT);
    if (url === undefined || this.shownState !== 'live' || this.dismissed) return undefined;
    return { url, interval: interval * 1000, timeout: timeout * 1000 };
  }

  private onFeed(feed: LiveFeed, newest: LiveUpdate | undefined): void {
    if (this.failing) {
      // The streak is over: a later one is reported again.
      this.failing = false;
      this.clearWarning('src');
    }
    const ids = feed.updates.map((update) => update.id);
    if (this.seen) {
      const fresh = feed.updates.filter((update) => !this.seen!.has(update.id));
      if (fresh.length > 0) {
        this.announce(formatCount(this.language.locale, this.language.labels.newUpdates, fresh.length));
        this.emit(new LedeLiveUpdateEvent(fresh));
      }
    }
    const seen = (this.seen ??= new Set());
    for (const id of ids) {
      seen.delete(id);
      seen.add(id);
    }
    // Memory stays bounded: the ids seen longest ago go first, never one still in the feed
    // (those were just re-added at the end), so a feed longer than MAX_SEEN is not re-announced.
    const keep = Math.max(MAX_SEEN, new Set(ids).size);
    for (const id of seen) {
      if (seen.size <= keep) break;
      seen.delete(id);
    }
    this.latest = newest;
    if (feed.ended && this.state !== 'ended') {
      // The update this causes stops the polling.
      this.state = 'ended';
      this.emit(new LedeLiveEndEvent());
    }
  }

  /** Dispatches one of the typed events documented with `@fires`; false when it was cancelled. */
  private emit(event: LedeLiveUpdateEvent | LedeLiveEndEvent | LedeDismissEvent): boolean {
    return this.dispatchEvent(event);
  }

  private onFeedError(failure: PollFailure, first: boolean): void {
    if (!first) return;
    this.failing = true;
    this.warn(
      'src',
      `the feed "${this.src}" ${failure.problem}; the banner keeps its last update and tries again, waiting longer after each failure.`,
      failure.kind === 'reader'
        ? FEED_READER_FIX
        : 'Check that the URL serves a JSON Feed (https://jsonfeed.org/version/1.1) with an "items" array, an RSS or an Atom feed.',
    );
  }

  private announce(text: string): void {
    clearTimeout(this.announcementTimer);
    this.announcement = '';
    // Emptied first, then filled in a later render, so that the same words are read again.
    void this.updateComplete.then(() => {
      if (!this.isConnected) return;
      this.announcement = text;
      this.announcementTimer = setBoundedTimeout(() => (this.announcement = ''), ANNOUNCEMENT_MS);
    });
  }

  /** Milliseconds until the age text changes ("1 minute ago" → "2 minutes ago"), at most an hour. */
  private nextAgeChange(): number | undefined {
    const date = this.latest?.date;
    if (!date || this.dismissed) return undefined;
    const now = Date.now();
    return Math.min(msUntilRelativeChange(notAfter(date, now), now), HOUR);
  }

  private onDismiss(): void {
    if (!this.emit(new LedeDismissEvent(this.storageKey))) return;
    writeStorage(this.storageKey, new Date().toISOString());
    this.dismissed = true;
  }

  private onTogglePause(): void {
    this.motionPaused = !this.motionPaused;
  }

  private renderUpdate() {
    const update = this.latest;
    if (!update) return nothing;
    let href: string | undefined;
    const checked = safeUrl(this, update.url, 'src');
    if (checked) {
      try {
        href = new URL(checked, new URL(this.src, document.baseURI)).href;
      } catch {
        href = undefined;
      }
    }
    const title = href
      ? html`<a part="update-link" class="update-title" href=${href}>${update.title}</a>`
      : html`<span part="update-link" class="update-title">${update.title}</span>`;
    const age = update.date
      ? html`<time part="age" datetime=${update.date.toISOString()}>${ageOf(update.date, this.language.locale)}</time>`
      : nothing;
    return html`${title}${age}`;
  }

  protected override render() {
    const state = this.shownState;
    const ended = state === 'ended';
    if (this.dismissed || (ended && this.hideWhenEnded)) return nothing;
    const labels = this.language.labels;
    const href = this.linkUrl;
    const heading = html`
      <span part="label" class="label">${ended ? labels.ended : this.label || labels.live}</span>
      ${this.topic ? html`<span part="topic" class="topic">${this.topic}</span>` : nothing}
      <span part="message" class="message"><slot>${this.message}</slot></span>
    `;
    return html`
      <div part="base" class="banner ${state} ${this.motionPaused ? 'paused' : ''}">
        ${ended ? nothing : html`<span part="dot" class="dot" aria-hidden="true"></span>`}
        <div class="text">
          <p class="heading">${href ? html`<a part="link" href=${href}>${heading}</a>` : heading}</p>
          ${this.src ? html`<p part="update" class="update">${this.renderUpdate()}</p>` : nothing}
        </div>
        ${ended
          ? nothing
          : html`<button part="pause" class="control pause" type="button" title=${this.motionPaused ? labels.playAnimation : labels.pauseAnimation} @click=${this.onTogglePause}>
              <span class="icon" aria-hidden="true"></span>
              <span class="visually-hidden">${this.motionPaused ? labels.playAnimation : labels.pauseAnimation}</span>
            </button>`}
        ${this.dismissible
          ? html`<button part="dismiss" class="control dismiss" type="button" title=${labels.close} @click=${this.onDismiss}>
              <span class="icon" aria-hidden="true"></span>
              <span class="visually-hidden">${labels.close}</span>
            </button>`
          : nothing}
        <span class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</span>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lede-live-banner': LedeLiveBanner;
  }
  interface GlobalEventHandlersEventMap {
    'lede-live-update': LedeLiveUpdateEvent;
    'lede-live-end': LedeLiveEndEvent;
    'lede-dismiss': LedeDismissEvent;
  }
}
