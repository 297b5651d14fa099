import { html, nothing, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { oneOf, requireContent, safeUrl } from '../../internal/checks.js';
import { ContentCheckController } from '../../internal/content-check.js';
import { cssomStyle } from '../../internal/cssom-style.js';
import { splitFromContent } from '../../internal/cms-hints.js';
import { LedeElement } from '../../internal/lede-element.js';
import { LocaleController } from '../../internal/locale.js';
import { SlotController } from '../../internal/slots.js';
import { hostStyles } from '../../styles/host.js';
import { quoteBlockStyles } from './quote-block.styles.js';

export type QuoteVariant = 'block' | 'pull';
const VARIANTS: readonly QuoteVariant[] = ['block', 'pull'];

/**
 * Wraps a quotation mark as a CSS string, so a `messages` override cannot
 * break out of it: quotes, backslashes and every control character (a
 * carriage return or form feed ends a CSS string as a newline does) are
 * escaped as code points.
 */
// eslint-disable-next-line no-control-regex
const cssString = (mark: string): string => `"${mark.replace(/["\\\u0000-\u001f\u007f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;

/**
 * @summary A quotation with its speaker, their role and an optional source link.
 *
 * @description The quotation is ordinary HTML inside the element (`<p>…</p>`),
 * so it is in the page before any script runs; the element wraps it in
 * `<figure><blockquote>` with a `<figcaption>` attribution. Quotation marks
 * follow the language (`lang` on the element or an ancestor).
 *
 * @attr lang - Language of the quotation marks and labels; otherwise the closest ancestor's `lang`, then the document's.
 * @attr messages - Overrides of built-in labels (`quotes`: four marks, `quoteSource`), as a property or JSON in the `messages` attribute.
 * @prop messages - Overrides of built-in labels (`quotes`: four marks, `quoteSource`), as a property or JSON in the `messages` attribute.
 *
 * @slot - The quotation, as one or more paragraphs. Wins over the `quote` attribute.
 * @slot attribution - Replaces the attribution built from `speaker`, `speaker-title` and `cite`.
 *
 * @csspart figure - The `<figure>` around quotation and attribution.
 * @csspart quote - The `<blockquote>`.
 * @csspart text - The paragraph rendered from the `quote` attribute.
 * @csspart attribution - The `<figcaption>`.
 * @csspart speaker - The speaker's name.
 * @csspart speaker-title - The speaker's role.
 * @csspart link - The link to the quotation's source.
 *
 * @cssprop --lede-accent-color - Rule and quotation-mark colour.
 * @cssprop --lede-muted-color - Attribution colour.
 * @cssprop --lede-text-color - Text colour (default: inherited).
 * @cssprop --lede-font-family - Font (default: inherited).
 * @cssprop --lede-quotes - Overrides the language's quotation marks (a CSS `quotes` value).
 * @cssprop --lede-quote-font-size - Size of a block quotation (default `1.125em`).
 * @cssprop --lede-quote-font-style - Style of the quotation, e.g. `italic` (default `normal`).
 * @cssprop --lede-quote-line-height - Line height of the quotation (default `1.5`).
 * @cssprop --lede-quote-rule-width - Width of the block variant's side rule (default `0.25rem`).
 * @cssprop --lede-pull-quote-font-size - Size of a pull quote (default `1.5em`).
 * @cssprop --lede-pull-quote-font-weight - Weight of a pull quote (default `600`).
 * @cssprop --lede-block-margin - Space above and below the element.
 */
export class LedeQuoteBlock extends LedeElement {
  static override styles = [hostStyles, quoteBlockStyles];

  /* Lit's reactive properties, declared statically (lighter in the bundle than decorators). */
  static override properties: PropertyDeclarations = {
    quote: {},
    speaker: {},
    speakerTitle: { attribute: 'speaker-title' },
    cite: {},
    variant: { reflect: true },
  };

  /** The quotation, for script-driven use; slotted paragraphs win. */
  quote = '';

  /** Who said it, e.g. "Shin Won-sik". */
  speaker = '';

  /** The speaker's role, e.g. "South Korea's defence minister". */
  speakerTitle = '';

  /** URL of the quotation's source (http, https or relative); set as the blockquote's `cite` and linked. */
  cite = '';

  /** `block` (default): set into the text with a side rule. `pull`: a large, centred pull quote. */
  variant: QuoteVariant = 'block';

  private readonly language = new LocaleController(this);
  private readonly slots = new SlotController(this);

  /* What the checked properties give, set in willUpdate (which warns); render only reads them. */
  private shownVariant: QuoteVariant = 'block';
  private citeUrl?: string;

  constructor() {
    super();
    new ContentCheckController(this, () =>
      requireContent(
        this,
        'quote',
        this.slots.has() || this.quote !== '',
        ...(splitFromContent(this) ?? (['there is no quotation to show.', 'Put the quotation inside the element as <p>…</p>, or set the quote attribute.'] as const)),
      ),
    );
  }

  protected override willUpdate(): void {
    this.shownVariant = oneOf(this, 'variant', this.variant, VARIANTS);
    this.citeUrl = safeUrl(this, this.cite, 'cite');
  }

  protected override render() {
    const variant = this.shownVariant;
    const cite = this.citeUrl;
    const hasSlottedQuote = this.slots.has();
    const hasAttribution = this.speaker || this.speakerTitle || cite || this.slots.has('attribution');

    return html`
      <figure part="figure" class=${variant}>
        <blockquote
          part="quote"
          cite=${ifDefined(cite)}
          style=${cssomStyle({ '--_lede-quotes': this.language.labels.quotes.map(cssString).join(' ') })}
        >
          <slot></slot>
          ${hasSlottedQuote || !this.quote ? nothing : html`<p part="text" class="text">${this.quote}</p>`}
        </blockquote>
        ${hasAttribution
          ? html`<figcaption part="attribution">
              <slot name="attribution"
                >${this.speaker ? html`<span part="speaker">${this.speaker}</span>` : nothing}${this.speakerTitle
                  ? html`<span part="speaker-title">${this.speakerTitle}</span>`
                  : nothing}${cite ? html`<a part="link" href=${cite}>${this.language.labels.quoteSource}</a>` : nothing}</slot
              >
            </figcaption>`
          : nothing}
      </figure>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lede-quote-block': LedeQuoteBlock;
  }
}
