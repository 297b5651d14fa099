import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import {
  formatAbsolute,
  formatRelative,
  isValidTimeZone,
  msUntilRelativeChange,
  parseDuration,
  parseIsoDate,
  toDatetimeAttribute,
} from '../../internal/dates.js';
import { checkHeadingLevel, requireContent, safeUrl, type Reporter } from '../../internal/checks.js';
import { splitFromContent } from '../../internal/cms-hints.js';
import { ContentCheckController } from '../../internal/content-check.js';
import { renderHeading, type HeadingLevel } from '../../internal/heading.js';
import { jsonAttributeConverter, MalformedJson } from '../../internal/json.js';
import { formatter } from '../../internal/intl.js';
import { LedeElement } from '../../internal/lede-element.js';
import { LocaleController } from '../../internal/locale.js';
import { SlotController } from '../../internal/slots.js';
import { clip, MAX_AUTHORS } from '../../internal/limits.js';
import { RelativeTimeController } from '../../internal/relative-time.js';
import { requestStructuredData } from '../../internal/structured-data.js';
import { hostStyles, visuallyHidden } from '../../styles/host.js';
import { articleHeaderStyles } from './article-header.styles.js';

/** One author of the byline. */
export interface LedeAuthor {
  /** The name as printed, e.g. "Jane Doe". */
  name: string;
  /** Their author page (http, https, relative or mailto:). */
  url?: string;
}

/**
 * The byline's authors from the `authors` property: each needs a name, links
 * are checked, at most `MAX_AUTHORS`; one warning for what is left out.
 */
function checkAuthors(reporter: Reporter, value: unknown): LedeAuthor[] {
  const fix = 'Set authors to a JSON array such as [{"name":"Jane Doe","url":"/authors/jane-doe"}].';
  if (value instanceof MalformedJson) {
    reporter.warn('authors', `${value.problem} No byline is shown.`, value.fix);
    return [];
  }
  const entries = Array.isArray(value) ? value : value && typeof value === 'object' ? [value] : [];
  if (!Array.isArray(value) && entries.length === 0 && value != null) {
    reporter.warn('authors', 'is not a list of authors, so no byline is shown.', fix);
    return [];
  }
  const authors: LedeAuthor[] = [];
  let clean = true;
  let nameless = 0;
  for (const entry of entries as unknown[]) {
    if (authors.length === MAX_AUTHORS) {
      clean = false;
      reporter.warn('authors', `has over ${MAX_AUTHORS} authors; the first ${MAX_AUTHORS} are shown.`, 'Use slot="byline" for more.');
      break;
    }
    const author = typeof entry === 'string' ? { name: entry } : (entry as Partial<LedeAuthor> | null);
    const name = typeof author?.name === 'string' ? clip(author.name.trim()) : '';
    if (!name) {
      nameless += 1;
      continue;
    }
    const url = typeof author!.url === 'string' ? safeUrl(reporter, author!.url, 'authors', { allowMailto: true }) : undefined;
    if (!url && typeof author!.url === 'string' && author!.url.trim()) clean = false;
    authors.push(url ? { name, url } : { name });
  }
  if (nameless > 0) {
    clean = false;
    reporter.warn('authors', `${nameless} of its entries ha${nameless === 1 ? 's' : 've'} no name and ${nameless === 1 ? 'is' : 'are'} left out.`, fix);
  }
  // Fixed input forgets its warnings, so a later relapse is reported again.
  if (clean) reporter.clearWarning('authors');
  return authors;
}

/** Reads the `authors` attribute as JSON; malformed text is reported by the element, never thrown. */
const authorsConverter = jsonAttributeConverter('[{"name": "Jane Doe", "url": "/authors/jane-doe"}]', []);


/**
 * @summary The top of an article: kicker, headline, standfirst, byline and dateline.
 *
 * @description The CMS writes the headline as a light-DOM `<h1>` (and the standfirst
 * as `<p slot="standfirst">`), so the words are in the page before any script runs and
 * stay in the light DOM for crawlers and reader modes; the element wraps them in a
 * `<header>` and adds the kicker, the byline (authors joined in the locale's list
 * style) and the publication and update times in `<time datetime>`, in the
 * newsroom's time zone with its abbreviation, or relative ("5 minutes ago") under
 * a threshold, with the exact time on hover and keyboard focus.
 *
 * @attr lang - Language of labels, dates and lists; otherwise the closest ancestor's `lang`, then the document's.
 * @attr {boolean} structured-data - Opt-in: writes the article's Schema.org `NewsArticle` JSON-LD (headline, standfirst, authors, dates, the page's first captioned image with its credit) into the document's head, once per page and not when the page already has it (`renderArticle` writes it on the server). Loaded on demand: pages without it download nothing more.
 * @attr messages - Overrides of built-in labels (`by`, `updated`), as a property or JSON in the `messages` attribute.
 * @prop messages - Overrides of built-in labels (`by`, `updated`), as a property or JSON in the `messages` attribute.
 *
 * @slot - The headline, as a light-DOM `<h1>` (or another heading). Wins over `headline`.
 * @slot kicker - The kicker or section, e.g. `<a href="/news/">News</a>`. Wins over `kicker`.
 * @slot standfirst - The standfirst (summary), e.g. `<p slot="standfirst">…</p>`. Wins over `standfirst`.
 * @slot byline - The byline, e.g. `<p slot="byline">By <a href="…">Jane Doe</a></p>`. Wins over `authors`.
 *
 * @csspart header - The `<header>` around everything.
 * @csspart kicker - The kicker line (`<p>`).
 * @csspart kicker-link - The kicker's link to its section.
 * @csspart headline - The box around the headline (the slotted heading or the one from `headline`).
 * @csspart standfirst - The box around the standfirst.
 * @csspart meta - The box around byline and dateline.
 * @csspart byline - The byline (`<p>`).
 * @csspart author - Each author's name (`<a>` when linked, `<span>` otherwise).
 * @csspart dateline - The line with the publication and update times.
 * @csspart timestamp - Each `<time>` (publication and update); invalid dates keep their raw text here.
 * @csspart published - The publication time.
 * @csspart updated - The update time, with its "Updated" label.
 * @csspart tooltip - The exact time shown over a relative time on hover and focus.
 *
 * @cssprop --lede-font-family - Font (default: inherited).
 * @cssprop --lede-text-color - Text colour (default: inherited).
 * @cssprop --lede-muted-color - Colour of byline and dateline.
 * @cssprop --lede-accent-color - Colour of the kicker.
 * @cssprop --lede-rule-color - Colour of the rule above byline and dateline.
 * @cssprop --lede-focus-color - Focus ring of links and of a relative time.
 * @cssprop --lede-space - Base spacing unit.
 * @cssprop --lede-block-margin - Space above and below the element.
 * @cssprop --lede-radius - Corner radius of the exact-time tooltip.
 * @cssprop --lede-kicker-color - Colour of the kicker (default: the accent colour).
 * @cssprop --lede-kicker-font-size - Size of the kicker (default `0.8em`).
 * @cssprop --lede-kicker-transform - Text transform of the kicker (default: `uppercase`).
 * @cssprop --lede-headline-font-family - Font of the headline (default: the element's).
 * @cssprop --lede-headline-font-size - Size of the headline (default `2em`).
 * @cssprop --lede-headline-font-weight - Weight of the headline (default `700`).
 * @cssprop --lede-headline-line-height - Line height of the headline (default `1.15`).
 * @cssprop --lede-standfirst-font-size - Size of the standfirst (default `1.2em`).
 * @cssprop --lede-meta-font-size - Size of byline and dateline (default `0.875em`).
 * @cssprop --lede-tooltip-background - Background of the exact-time tooltip (default: `Canvas`).
 * @cssprop --lede-tooltip-color - Text colour of the exact-time tooltip (default: `CanvasText`).
 */
export class LedeArticleHeader extends LedeElement {
  static override styles = [hostStyles, visuallyHidden, articleHeaderStyles];

  /* Lit's reactive properties, declared statically (lighter in the bundle than decorators). */
  static override properties: PropertyDeclarations = {
    kicker: {},
    kickerHref: { attribute: 'kicker-href' },
    headline: {},
    headlineLevel: { attribute: 'headline-level', type: Number },
    standfirst: {},
    authors: { converter: authorsConverter },
    published: {},
    updatedAt: { attribute: 'updated' },
    timeZone: { attribute: 'time-zone' },
    relative: { type: Boolean, reflect: true },
    relativeUntil: { attribute: 'relative-until' },
    dismissedTip: { state: true, attribute: false },
  };

  /** The kicker or section name, e.g. "News". A `slot="kicker"` child wins. */
  kicker = '';

  /** Link of the kicker to its section page (http, https or relative; anything else is dropped with a warning). */
  kickerHref = '';

  /** The headline, for script-driven use; a light-DOM heading wins. */
  headline = '';

  /** Level (1–6) of the heading rendered from `headline`; 1 by default. A light-DOM heading keeps its own. */
  headlineLevel = 1;

  /** The standfirst, for script-driven use; a `slot="standfirst"` child wins. */
  standfirst = '';

  /**
   * The authors, as an array of `{ name, url? }` (property) or the same as JSON
   * (attribute). Names are joined in the locale's list style; links are checked.
   * A `slot="byline"` child wins.
   */
  authors: LedeAuthor[] = [];

  /** Publication time, ISO 8601 with a UTC offset, e.g. `2024-03-19T17:17:00Z`. */
  published = '';

  /**
   * Last update (attribute `updated`), ISO 8601 with a UTC offset; shown as "Updated …" when it
   * differs from `published` by a minute or more. (The property cannot be called `updated`: that
   * name is Lit's lifecycle callback.)
   */
  updatedAt = '';

  /** IANA time zone of the newsroom, e.g. `America/New_York`; without it, the reader's own. */
  timeZone = '';

  /** Show times relative to now ("5 minutes ago"), always. */
  relative = false;

  /** Show times relative to now while they are younger than this duration (`90min`, `24h`, `2d`, `1w`; units `s`, `m`/`min`, `h`, `d`, `w`), then exact. */
  relativeUntil = '';

  /** The time whose exact form is hidden after Escape, until pointer and focus leave it. */
  private dismissedTip = '';

  private readonly language = new LocaleController(this);
  private readonly slots = new SlotController(this);

  /* What the checked properties give, set in willUpdate (which warns); render only reads them. */
  private authorList: LedeAuthor[] = [];
  private kickerUrl?: string;
  private shownLevel: HeadingLevel = 1;
  private zone?: string;
  /** Milliseconds younger than which a time is shown relative: `Infinity` for `relative`, 0 for exact times. */
  private relativeLimit = 0;
  private publishedDate?: Date;
  private updatedDate?: Date;

  constructor() {
    super();
    // Re-renders when a relative time changes, while the header is on screen and the page visible.
    new RelativeTimeController(this, () => this.nextRelativeChange());
    new ContentCheckController(this, () => {
      this.checkHeadline();
      requestStructuredData(this, 'NewsArticle');
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Up to 100 authors, each link checked: only when they change, not on every relative-time refresh.
    if (changed.has('authors')) this.authorList = checkAuthors(this, this.authors);
    this.kickerUrl = this.kicker ? safeUrl(this, this.kickerHref, 'kicker-href') : undefined;
    if (this.kickerUrl || !this.kickerHref.trim()) this.clearWarning('kicker-href');
    this.shownLevel = checkHeadingLevel(this, 'headline-level', this.headlineLevel, 1);
    this.zone = this.checkTimeZone();
    this.relativeLimit = this.checkRelativeLimit();
    this.publishedDate = this.published ? this.dateFrom('published', this.published) : undefined;
    this.updatedDate = this.updatedAt ? this.dateFrom('updated', this.updatedAt) : undefined;
  }

  protected override render() {
    const now = Date.now();
    const hasHeadline = this.slots.has();
    return html`
      <header part="header">
        ${this.renderKicker()}
        <div part="headline" class="headline">
          <slot></slot>
          ${hasHeadline || !this.headline ? nothing : renderHeading(this.shownLevel, this.headline, { className: 'heading' })}
        </div>
        ${this.renderStandfirst()}
        ${this.renderMeta(now)}
      </header>
    `;
  }

  /*
   * Kicker, standfirst and byline render the same template whether or not the CMS
   * slotted its own: the attribute's version is the slot's fallback. A server render,
   * which cannot see the light DOM, then hydrates without a mismatch. Their wrappers
   * are display: contents, so an empty one takes no room.
   */

  private renderStandfirst() {
    return html`<div part="standfirst" class="standfirst">
      <slot name="standfirst">${this.standfirst ? html`<p>${this.standfirst}</p>` : nothing}</slot>
    </div>`;
  }

  private renderKicker() {
    const href = this.kickerUrl;
    const fallback = !this.kicker
      ? nothing
      : href
        ? html`<a part="kicker-link" href=${href}>${this.kicker}</a>`
        : html`<span>${this.kicker}</span>`;
    return html`<p part="kicker" class="kicker"><slot name="kicker">${fallback}</slot></p>`;
  }

  private renderMeta(now: number) {
    const dateline = this.renderDateline(now);
    // A server render cannot see a slotted byline; with neither authors nor dates it leaves the box out.
    if (dateline === nothing && this.authorList.length === 0 && !this.slots.has('byline')) {
      return html`<slot name="byline" hidden></slot>`;
    }
    return html`<div part="meta" class="meta">${this.renderByline()}${dateline}</div>`;
  }

  private renderByline() {
    const authors = this.authorList;
    let names: unknown = nothing;
    if (authors.length > 0) {
      let index = 0;
      const pieces = formatter('ListFormat', this.language.locale, { type: 'conjunction' })
        .formatToParts(authors.map((author) => author.name))
        .map((piece) => {
          if (piece.type === 'literal') return piece.value;
          const author = authors[index++]!;
          return author.url
            ? html`<a part="author" href=${author.url}>${author.name}</a>`
            : html`<span part="author">${author.name}</span>`;
        });
      names = html`<span class="authors">${this.language.labels.by} ${pieces}</span>`;
    }
    return html`<div part="byline" class="byline"><slot name="byline">${names}</slot></div>`;
  }

  private renderDateline(now: number) {
    const published = this.published ? this.renderTime('published', this.published, this.publishedDate, now) : nothing;
    const showUpdated = this.updatedAt && !this.sameMinute(this.published, this.updatedAt);
    const updated = showUpdated
      ? html`<span part="updated" class="updated">${this.language.labels.updated} ${this.renderTime('updated', this.updatedAt, this.updatedDate, now)}</span>`
      : nothing;
    if (published === nothing && updated === nothing) return nothing;
    return html`<p part="dateline" class="dateline">${published}${updated}</p>`;
  }

  /** One `<time>`: exact, or relative with the exact time on hover and focus; raw text when the date is invalid. */
  private renderTime(which: 'published' | 'updated', value: string, date: Date | undefined, now: number) {
    const stampPart = which === 'published' ? 'timestamp published' : 'timestamp';
    if (!date) return html`<span part=${stampPart} class="raw">${value}</span>`;
    const exact = formatAbsolute(date, this.language.locale, this.zone);
    const datetime = toDatetimeAttribute(date);
    if (!this.isRelative(date, now)) {
      return html`<time part=${stampPart} datetime=${datetime}>${exact}</time>`;
    }
    const relative = formatRelative(date, now, this.language.locale);
    // The accessible name carries the exact time, so screen readers hear it once, in every
    // reading mode; the tip repeats it for the eyes only (no aria-describedby, no role).
    return html`<span class="stamp ${this.dismissedTip === which ? 'dismissed' : ''}" @mouseleave=${this.onLeave}
      ><time
        part=${stampPart}
        class="relative"
        datetime=${datetime}
        tabindex="0"
        aria-label=${`${relative} (${exact})`}
        data-which=${which}
        @keydown=${this.onTimeKeydown}
        @blur=${this.onLeave}
        >${relative}</time
      ><span part="tooltip" class="tooltip" aria-hidden="true">${exact}</span></span
    >`;
  }

  private dateFrom(attribute: 'published' | 'updated', value: string): Date | undefined {
    const parsed = parseIsoDate(value);
    if ('date' in parsed) {
      this.clearWarning(attribute);
      return parsed.date;
    }
    this.warn(
      attribute,
      parsed.problem === 'no-offset'
        ? `"${value}" has no UTC offset, so it names a different moment in every time zone; it is shown as written.`
        : `"${value}" is not an ISO 8601 date and time; it is shown as written.`,
      `Write it with an offset, e.g. ${attribute}="2024-03-19T17:17:00Z" or "2024-03-19T13:17:00-04:00".`,
    );
    return undefined;
  }

  /** True when both values are valid and fall in the same minute (what the reader sees). */
  private sameMinute(a: string, b: string): boolean {
    const [first, second] = [parseIsoDate(a), parseIsoDate(b)];
    if (!('date' in first) || !('date' in second)) return a.trim() === b.trim();
    return Math.floor(first.date.getTime() / 60_000) === Math.floor(second.date.getTime() / 60_000);
  }

  private checkTimeZone(): string | undefined {
    const zone = this.timeZone.trim();
    if (!zone) return undefined;
    if (isValidTimeZone(zone)) {
      this.clearWarning('time-zone');
      return zone;
    }
    this.warn('time-zone', `"${zone}" is not a time zone this browser knows, so the reader's own is used.`, 'Use an IANA name such as "America/New_York" or "Europe/Warsaw".');
    return undefined;
  }

  /** The threshold of `relative-until` in milliseconds: `Infinity` for `relative`, 0 for exact times. */
  private checkRelativeLimit(): number {
    const until = this.relativeUntil.trim();
    if (until) {
      const limit = parseDuration(until);
      if (limit !== undefined) {
        this.clearWarning('relative-until');
        return limit;
      }
      this.warn('relative-until', `"${until}" is not a duration, so times are shown ${this.relative ? 'relative' : 'exactly'}.`, 'Use a number and a unit: "90min", "24h", "2d" or "1w".');
    }
    return this.relative ? Infinity : 0;
  }

  private isRelative(date: Date, now: number): boolean {
    return Math.abs(now - date.getTime()) < this.relativeLimit;
  }

  private checkHeadline(): void {
    if (this.slots.has()) {
      const heading = this.querySelector(':scope > :is(h1, h2, h3, h4, h5, h6, [role="heading"]):not([slot])');
      requireContent(this, 'headline', heading !== null, 'the content has no heading element, so the headline is not a heading for screen readers and search engines.', 'Write the headline as <h1>…</h1> inside the element.');
    } else {
      requireContent(this, 'headline', this.headline !== '', ...(splitFromContent(this) ?? ['there is no headline to show.', 'Put the headline inside the element as <h1>…</h1>, or set the headline attribute.'] as const));
    }
  }

  /** Milliseconds until a relative time on the header changes (or turns exact), if one is shown. */
  private nextRelativeChange(): number | undefined {
    if (this.relativeLimit === 0) return undefined;
    const now = Date.now();
    const delays: number[] = [];
    for (const date of [this.publishedDate, this.updatedDate]) {
      if (!date || !this.isRelative(date, now)) continue;
      delays.push(msUntilRelativeChange(date, now));
      // Under a threshold: also re-render when the time turns exact.
      const age = Math.abs(now - date.getTime());
      if (Number.isFinite(this.relativeLimit)) delays.push(Math.max(1000, this.relativeLimit - age));
    }
    return delays.length > 0 ? Math.min(...delays) : undefined;
  }

  /* The exact-time tooltip: Escape hides it (WCAG 1.4.13) until pointer and focus leave. */

  private onTimeKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') this.dismissedTip = (event.currentTarget as HTMLElement).dataset.which ?? '';
  }

  private onLeave(event: Event): void {
    const stamp = (event.currentTarget as HTMLElement).closest('.stamp');
    if (stamp && !stamp.matches(':hover') && !stamp.contains(this.shadowRoot!.activeElement)) this.dismissedTip = '';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lede-article-header': LedeArticleHeader;
  }
}
