import { html, isServer, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { requireContent, safeUrl } from '../../internal/checks.js';
import { ContentCheckController } from '../../internal/content-check.js';
import { LedeElement } from '../../internal/lede-element.js';
import { LocaleController } from '../../internal/locale.js';
import { SlotController } from '../../internal/slots.js';
import { cssomStyle } from '../../internal/cssom-style.js';
import { hideEdgeBreaks } from '../../internal/cms-hints.js';
import { echo } from '../../internal/limits.js';
import { checkSrcset } from '../../internal/srcset.js';
import { hostStyles, visuallyHidden } from '../../styles/host.js';
import { captionedImageStyles } from './captioned-image.styles.js';

export type ImageLoading = 'lazy' | 'eager';

/** Fired when the image fails to load; the figure keeps its box and shows the alt text and caption. */
export class LedeImageErrorEvent extends Event {
  static readonly eventName = 'lede-image-error' as const;

  /** The URL that failed (the image's `currentSrc`, or its `src`). */
  readonly src: string;

  constructor(src: string) {
    super(LedeImageErrorEvent.eventName, { bubbles: true, composed: true });
    this.src = src;
  }
}

/** The narrowest and widest shapes a box may take; a ratio outside is clamped (a 1:1,000,000 box is 33 M pixels tall). */
const RATIO_RANGE = { min: 1 / 20, max: 20 } as const;

/** A ratio is short: anything longer is not one (and is not handed to a regular expression). */
const MAX_RATIO_LENGTH = 40;

/**
 * "3/2", "3:2", "16 / 9" or "1.5" → width ÷ height, or `undefined`. The
 * pattern has one way to match each digit (no `\d*\.?\d+`), so it is linear.
 */
function parseRatio(value: string): number | undefined {
  if (value.length > MAX_RATIO_LENGTH) return undefined;
  const match = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(?:[/:]\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(value);
  if (!match) return undefined;
  const ratio = Number(match[1]) / Number(match[2] ?? 1);
  return Number.isFinite(ratio) && ratio > 0 ? ratio : undefined;
}

/** A positive pixel size from an attribute value, or `undefined`. */
function pixels(value: string | number | null | undefined): number | undefined {
  const number = typeof value === 'number' ? value : value ? Number(value) : NaN;
  return Number.isFinite(number) && number > 0 ? number : undefined;
}

/** Whitespace-collapsed text of nodes, for the lightbox's copy of the caption. */
const textOf = (nodes: Node[]): string =>
  nodes.map((node) => node.textContent ?? '').join(' ').replace(/\s+/g, ' ').trim();

const zoomIcon = html`<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
  <path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" d="M10.5 17a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13zM15.5 15.5 20 20M10.5 7.5v6M7.5 10.5h6" />
</svg>`;

const closeIcon = html`<svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
  <path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" d="M6 6l12 12M18 6 6 18" />
</svg>`;

/**
 * @summary A news photo in a `<figure>` with its caption and a separate credit, no layout shift, and an optional lightbox.
 *
 * @description The CMS writes the image as an ordinary light-DOM `<img>` followed by the caption text, so the
 * browser's preload scanner finds the image before any script runs:
 *
 * ```html
 * <lede-captioned-image credit="East News | Alexander Zemlianichenko">
 *   <img src="yard.jpg" alt="Containers in a freight yard" width="1200" height="800">
 *   Most of the cargo now goes by rail.
 * </lede-captioned-image>
 * ```
 *
 * The element takes the first direct-child `<img>` as the image (it gives it `slot="image"`; a CMS may write that
 * itself) and everything else as the caption. Without an `<img>`, it renders one from `src`, `srcset` and `sizes`.
 * The box is reserved from `aspect-ratio`, from `width`/`height` (on the element or the `<img>`), so nothing moves
 * when the image arrives. Images load lazily; `priority` marks the lead image (eager, `fetchpriority="high"`). For a
 * server-written lead image, also write `fetchpriority="high"` on the `<img>` itself: the browser starts fetching it
 * before the element upgrades. The element sets `loading`, `fetchpriority` and a missing `alt` on the `<img>` only
 * when the author did not.
 *
 * @attr lang - Language of the labels ("Source", "Enlarge image", "Close"); otherwise the closest ancestor's `lang`, then the document's.
 * @attr messages - Overrides of built-in labels (`source`, `enlargeImage`, `close`), e.g. `{ source: 'Photo' }`; `{ source: '' }` drops the credit's label. A property or JSON in the `messages` attribute.
 * @prop messages - Overrides of built-in labels (`source`, `enlargeImage`, `close`), e.g. `{ source: 'Photo' }`; `{ source: '' }` drops the credit's label. A property or JSON in the `messages` attribute.
 *
 * @slot - The caption: text or paragraphs. Wins over the `caption` attribute.
 * @slot image - The `<img>`. A direct-child `<img>` is put here automatically.
 * @slot credit - The credit ("Agency | Photographer"). Wins over the `credit` attribute.
 *
 * @csspart figure - The `<figure>`.
 * @csspart image - The box that holds the image and keeps its space while it loads or when it fails.
 * @csspart caption - The caption text.
 * @csspart credit - The credit, with its "Source" label.
 * @csspart zoom - The button around the image that opens the lightbox (only when `zoomable`).
 * @csspart lightbox - The `<dialog>` showing the enlarged image.
 * @csspart close - The lightbox's close button.
 *
 * @cssprop --lede-caption-font-size - Size of caption and credit (default `0.875em`).
 * @cssprop --lede-caption-color - Caption colour (default: the text colour).
 * @cssprop --lede-credit-color - Credit colour (default: `--lede-muted-color`).
 * @cssprop --lede-image-fit - `object-fit` of an image whose box has another shape (default `cover`).
 * @cssprop --lede-image-background - Fills the reserved box while the image loads or when it fails (default: the text colour at 8%).
 * @cssprop --lede-lightbox-backdrop - Colour behind the lightbox (default: black at 85%).
 * @cssprop --lede-muted-color - Credit and alt-text colour.
 * @cssprop --lede-text-color - Text colour (default: inherited).
 * @cssprop --lede-font-family - Font (default: inherited).
 * @cssprop --lede-focus-color - Focus ring of the zoom and close buttons.
 * @cssprop --lede-block-margin - Space above and below the element.
 *
 * @fires {LedeImageErrorEvent} lede-image-error - The image failed to load, also before the element upgraded (bubbles, composed). `event.src` is its URL.
 */
export class LedeCaptionedImage extends LedeElement {
  static override styles = [hostStyles, visuallyHidden, captionedImageStyles];

  /* Lit's reactive properties, declared statically (lighter in the bundle than decorators). */
  static override properties: PropertyDeclarations = {
    src: {},
    srcset: {},
    sizes: {},
    alt: {},
    caption: {},
    credit: {},
    width: {},
    height: {},
    aspectRatio: { attribute: 'aspect-ratio' },
    loading: {},
    priority: { type: Boolean, reflect: true },
    zoomable: { type: Boolean, reflect: true },
    broken: { state: true, attribute: false },
    lightboxOpen: { state: true, attribute: false },
  };

  /** Image URL when there is no light-DOM `<img>` (http, https or relative). */
  src = '';

  /** Responsive candidates when there is no light-DOM `<img>`; every URL is checked. */
  srcset = '';

  /** The `sizes` of the rendered image (with `srcset`). */
  sizes = '';

  /** Text alternative of the rendered image. Required: `alt=""` marks a decorative image; absent gives a warning. */
  alt?: string;

  /** The caption, for script-driven use; slotted content wins. */
  caption = '';

  /** The credit, e.g. "East News | Alexander Zemlianichenko", shown apart from the caption. */
  credit = '';

  /** Intrinsic width in pixels; with `height`, reserves the box. */
  width?: string;

  /** Intrinsic height in pixels; with `width`, reserves the box. */
  height?: string;

  /** Shape of the box, e.g. `3/2` or `16:9`; wins over `width`/`height` (the image is cropped to it). */
  aspectRatio = '';

  /** `lazy` (default) or `eager`. */
  loading: ImageLoading = 'lazy';

  /** The lead image: loads eagerly with `fetchpriority="high"`. */
  priority = false;

  /** Clicking the image (or Enter/Space on it) opens it enlarged in a lightbox. */
  zoomable = false;

  private broken = false;

  private readonly language = new LocaleController(this);
  private readonly slots = new SlotController(this);

  /* What the checked properties give, set in willUpdate (which warns); render only reads them. */
  private loadingMode: ImageLoading = 'lazy';
  private ratio?: number;
  private imageUrl?: string;
  private imageSrcset?: string;

  private lightboxOpen = false;

  private get dialog(): HTMLDialogElement | undefined {
    return this.renderRoot?.querySelector<HTMLDialogElement>('dialog') ?? undefined;
  }

  private get zoomButton(): HTMLButtonElement | undefined {
    return this.renderRoot?.querySelector<HTMLButtonElement>('[part~="zoom"]') ?? undefined;
  }

  /**
   * Server-rendered (declarative shadow DOM) and not yet hydrated. A server cannot see the light DOM: it leaves
   * the `<img>` with the caption in the default slot and shows that. Hydration commits no attribute, so the first
   * render in the browser repeats the server's, and the real one follows.
   */
  private hydrating = !isServer && !!this.shadowRoot;

  /** Attributes (and their values) this element, not the author, put on each light-DOM `<img>`. */
  private readonly managed = new WeakMap<HTMLImageElement, Map<string, string>>();

  constructor() {
    super();
    // load and error do not bubble; capturing on the host sees the light-DOM <img>'s.
    this.addEventListener('error', this.onLightImageEvent, true);
    this.addEventListener('load', this.onLightImageEvent, true);
    new ContentCheckController(this, () =>
      requireContent(this, 'src', this.hasImage, 'there is no image to show.', 'Put an <img src alt width height> inside the element, or set src.'),
    );
    new ContentCheckController(this, () => this.checkImage(), true);
    this.addController({ hostConnected: () => this.adoptImage() });
  }

  /** The light-DOM `<img>` shown as the image, if any. */
  private get lightImage(): HTMLImageElement | null {
    if (isServer || this.hydrating) return null;
    return this.querySelector<HTMLImageElement>(':scope > img[slot="image"]');
  }

  /** The light-DOM `<img>` last taken as the image: each is checked for an early failure once. */
  private adopted?: HTMLImageElement;

  /**
   * Takes the CMS's image: the `<img slot="image">`, or else the first direct-child `<img>`, which is moved into
   * the image slot so it is not read as caption. Also while hydrating a server render.
   */
  private adoptImage(): void {
    if (isServer) return;
    let image = this.querySelector<HTMLImageElement>(':scope > img[slot="image"]');
    if (image && image === this.adopted) return;
    image ??= this.querySelector<HTMLImageElement>(':scope > img:not([slot])');
    if (!image) return;
    this.adopted = image;
    image.setAttribute('slot', 'image');
    // An image that failed before the element upgraded (or hydrated) fired its error event already.
    if (image.complete && image.getAttribute('src') && image.naturalWidth === 0) this.fail(image.currentSrc || image.src);
  }

  /** Sets an attribute on the light-DOM image unless the author set it; `null` removes one we set. */
  private manage(image: HTMLImageElement, name: string, value: string | null): void {
    let mine = this.managed.get(image);
    if (!mine) this.managed.set(image, (mine = new Map()));
    if (image.hasAttribute(name) && !this.isManaged(image, name)) {
      mine.delete(name);
      return;
    }
    if (value === null) {
      image.removeAttribute(name);
      mine.delete(name);
    } else {
      if (image.getAttribute(name) !== value) image.setAttribute(name, value);
      mine.set(name, value);
    }
  }

  /** True when `name` on the image still holds the value this element set. */
  private isManaged(image: HTMLImageElement, name: string): boolean {
    const value = this.managed.get(image)?.get(name);
    return value !== undefined && image.getAttribute(name) === value;
  }

  private readonly onLightImageEvent = (event: Event): void => {
    const image = this.lightImage;
    if (event.target !== image || !image) return;
    if (event.type === 'error') this.fail(image.currentSrc || image.src);
    else this.recover();
  };

  private fail(src: string): void {
    if (!this.broken) {
      this.broken = true;
      this.warn('src', `the image "${src.slice(0, 120)}" could not be loaded; its box, alt text and caption are shown instead.`, 'Check that the URL exists and is an image.');
      const event = new LedeImageErrorEvent(src);
      this.dispatchEvent(event);
    }
  }

  private recover(): void {
    if (this.broken) {
      this.broken = false;
      this.clearWarning('src');
    }
  }

  private checkLoading(): ImageLoading {
    if (this.priority || this.loading === 'eager') return 'eager';
    if (this.loading !== 'lazy') {
      this.warn('loading', `"${this.loading}" is not a loading mode, so "lazy" is used.`, 'Use loading="lazy" or loading="eager" (or priority for the lead image).');
    } else {
      this.clearWarning('loading');
    }
    return 'lazy';
  }

  /** Width ÷ height of the box, from `aspect-ratio`, then `width`/`height`, then the `<img>`'s own. */
  private checkRatio(): number | undefined {
    if (this.aspectRatio) {
      const ratio = parseRatio(this.aspectRatio);
      if (ratio) return this.withinRange(ratio, 'aspect-ratio');
      this.warn('aspect-ratio', `${echo(this.aspectRatio)} is not a ratio, so it was ignored.`, 'Write it as width/height, e.g. aspect-ratio="3/2".');
    }
    const image = this.lightImage;
    const width = pixels(this.width) ?? pixels(image?.getAttribute('width'));
    const height = pixels(this.height) ?? pixels(image?.getAttribute('height'));
    return width && height ? this.withinRange(width / height, 'width/height') : undefined;
  }

  /** A ratio clamped to `RATIO_RANGE`, with one warning when it was outside. */
  private withinRange(ratio: number, attribute: string): number {
    const { min, max } = RATIO_RANGE;
    const clamped = Math.min(max, Math.max(min, ratio));
    if (clamped !== ratio) {
      this.warn(attribute, `the shape ${ratio.toPrecision(3)}:1 is outside 1/20 to 20, so ${ratio < min ? '1/20' : '20'} is used.`, 'Give the image’s real size.');
    }
    return clamped;
  }

  /** The image's text alternative: the light-DOM `<img>`'s (unless we filled it in) or the `alt` attribute. */
  private get altText(): string | undefined {
    const image = this.lightImage;
    if (image) return image.hasAttribute('alt') && !this.isManaged(image, 'alt') ? image.alt : undefined;
    return this.alt ?? undefined;
  }

  private get captionNodes(): Node[] {
    if (isServer || this.hydrating) return [];
    return Array.from(this.childNodes).filter((node) => !(node instanceof Element && node.hasAttribute('slot')));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.loadingMode = this.checkLoading();
    if (!isServer) this.adoptImage();
    const image = this.lightImage;
    if (!image) {
      this.imageUrl = safeUrl(this, this.src, 'src');
      this.imageSrcset = checkSrcset(this.srcset, { report: (problem, fix) => this.warn('srcset', problem, fix) });
    }
    // A server render reserves a box only for an image of its own (src), not an empty one above a light-DOM <img>.
    this.ratio = (isServer || this.hydrating) && !this.src && !this.srcset ? undefined : this.checkRatio();
    if (isServer) return;
    if (image) {
      const loading = this.loadingMode;
      this.manage(image, 'loading', loading);
      this.manage(image, 'fetchpriority', this.priority ? 'high' : null);
      // Without alt a screen reader reads the file name; the warning asks for a real one.
      this.manage(image, 'alt', image.hasAttribute('alt') && !this.isManaged(image, 'alt') ? null : '');
    }
    // Removing zoomable removes the dialog, which closes it.
    if (changed.has('zoomable') && !this.zoomable) this.lightboxOpen = false;
    // A new URL for the rendered image gets a fresh chance.
    if (this.hasUpdated && !image && (changed.has('src') || changed.has('srcset'))) this.recover();
  }

  protected override updated(): void {
    if (this.hydrating) {
      this.hydrating = false;
      this.requestUpdate();
    }
    hideEdgeBreaks(this);
  }

  private get hasImage(): boolean {
    return this.lightImage !== null || this.src !== '' || this.srcset !== '';
  }

  /** Warnings about what the image lacks, once the children have been parsed. */
  private checkImage(): void {
    if (!this.hasImage) return;
    requireContent(this, 'alt', this.altText !== undefined, 'the image has no alt text, so readers who cannot see it miss it.', 'Describe the image in alt="…" (on the <img>, or the element when it uses src); use alt="" only for a decorative image.');
    requireContent(this, 'width', this.ratio !== undefined, 'the image has no width and height or aspect-ratio, so the page moves when it loads.', 'Set width and height (the image’s pixel size) on the <img>, or aspect-ratio on the element.');
  }

  private openLightbox(): void {
    const dialog = this.dialog;
    if (!dialog || dialog.open) return;
    this.lightboxOpen = true;
    dialog.showModal();
  }

  private closeLightbox(): void {
    this.dialog?.close();
    this.zoomButton?.focus();
  }

  private readonly onDialogClose = (): void => {
    this.lightboxOpen = false;
    this.zoomButton?.focus();
  };

  /** A click on the backdrop (the dialog itself, outside its content) closes the lightbox. */
  private readonly onDialogClick = (event: MouseEvent): void => {
    if (event.target === this.dialog) this.closeLightbox();
  };

  private renderedImage() {
    const src = this.imageUrl;
    const srcset = this.imageSrcset;
    if (!src && !srcset) return nothing;
    // Lit sets attributes in this order: loading (and what picks the candidate) before
    // src, or WebKit starts fetching a lazy image the moment src is set.
    return html`<img
      loading=${this.loadingMode}
      fetchpriority=${this.priority ? 'high' : 'auto'}
      decoding="async"
      alt=${this.alt ?? ''}
      width=${ifDefined(pixels(this.width))}
      height=${ifDefined(pixels(this.height))}
      sizes=${ifDefined(this.sizes || undefined)}
      srcset=${ifDefined(srcset)}
      src=${ifDefined(src)}
      @error=${() => this.fail(src ?? srcset ?? '')}
      @load=${() => this.recover()}
    />`;
  }

  private renderLightbox(alt: string | undefined, captionText: string, creditText: string) {
    const image = this.lightImage;
    const src = safeUrl(this, image ? image.currentSrc || image.getAttribute('src') : this.src, 'src');
    const srcset = checkSrcset(image ? image.getAttribute('srcset') : this.srcset, { report: (problem, fix) => this.warn('srcset', problem, fix) });
    const name = alt || captionText || this.language.labels.enlargeImage;
    return html`<dialog part="lightbox" aria-label=${name} @close=${this.onDialogClose} @click=${this.onDialogClick}>
      <button part="close" class="close" type="button" aria-label=${this.language.labels.close} @click=${this.closeLightbox}>${closeIcon}</button>
      ${this.lightboxOpen && (src || srcset)
        ? html`<img class="lightbox-image" src=${ifDefined(src)} srcset=${ifDefined(srcset)} sizes="100vw" alt=${alt ?? ''} />`
        : nothing}
      ${captionText || creditText
        ? html`<p class="lightbox-caption">
            ${captionText ? html`<span>${captionText}</span>` : nothing}
            ${creditText ? html`<span class="credit">${this.creditLabel}${creditText}</span>` : nothing}
          </p>`
        : nothing}
    </dialog>`;
  }

  /** "Source: " before the credit, in the reader's language (French spaces its colon). */
  private get creditLabel(): string {
    const label = this.language.labels.source;
    if (!label) return '';
    return this.language.locale.startsWith('fr') ? `${label}\u00A0: ` : `${label}: `;
  }

  protected override render() {
    // What a server renders: it cannot see the light DOM, so it shows the default slot, where a light-DOM <img>
    // then is, and reserves a box only for an image of its own (src), not an empty one above that <img>.
    const server = isServer || this.hydrating;
    const ratio = this.ratio;
    const hasLightImage = this.lightImage !== null;
    const alt = this.altText;
    const hasSlottedCaption = !server && this.slots.has('');
    const hasCaption = server || hasSlottedCaption || this.caption !== '';
    const creditNodes = server ? [] : Array.from(this.querySelectorAll(':scope > [slot="credit"]'));
    const hasCredit = creditNodes.length > 0 || this.credit !== '';
    const frame = html`<div
      part="image"
      class="frame ${ratio !== undefined ? 'sized' : ''} ${this.broken ? 'broken' : ''}"
      style=${cssomStyle({ aspectRatio: ratio ? String(ratio) : undefined })}
    >
      <slot name="image">${hasLightImage ? nothing : this.renderedImage()}</slot>
      ${this.broken && alt ? html`<span class="alt" aria-hidden="true">${alt}</span>` : nothing}
    </div>`;

    return html`
      <figure part="figure">
        ${this.zoomable
          ? html`<button part="zoom" class="zoom" type="button" aria-haspopup="dialog"
              aria-label=${alt ? `${this.language.labels.enlargeImage}: ${alt}` : this.language.labels.enlargeImage}
              @click=${this.openLightbox}>
              ${frame}<span class="zoom-icon">${zoomIcon}</span>
            </button>`
          : frame}
        <figcaption ?hidden=${!hasCaption && !hasCredit}>
          <span part="caption" ?hidden=${!hasCaption}><slot></slot>${hasSlottedCaption ? nothing : this.caption}</span>
          <span part="credit" ?hidden=${!hasCredit}>${this.creditLabel}<slot name="credit"></slot>${creditNodes.length ? nothing : this.credit}</span>
        </figcaption>
      </figure>
      ${this.zoomable
        ? this.renderLightbox(alt, textOf(this.captionNodes) || this.caption, textOf(creditNodes) || this.credit)
        : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lede-captioned-image': LedeCaptionedImage;
  }
  interface GlobalEventHandlersEventMap {
    'lede-image-error': LedeImageErrorEvent;
  }
}
