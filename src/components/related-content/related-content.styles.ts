import { css } from 'lit';

/*
 * The element is its own size container: the same list sits in an article
 * column or a narrow sidebar, and adapts to the width it is given, not to
 * the viewport. Nothing is reordered visually (no `order`, no dense
 * packing, no reversed flex), so keyboard order is reading order.
 *
 * The list layout with title-only items matches lede.css's pre-upgrade
 * rules (heading line, item padding, 1px rule), so nothing moves on upgrade.
 */
export const relatedContentStyles = css`
  :host {
    container-type: inline-size;
    --_lede-rel-rule: 1px solid var(--_lede-rule);
  }

  /* Nothing to show and no fallback: no space either. */
  :host(:state(empty)) {
    margin-block: 0;
  }

  /* The fallback shows the CMS's other content, not its list, whose links were all left out. */
  .fallback::slotted(ul),
  .fallback::slotted(ol) {
    display: none;
  }

  /* Server-rendered, before hydration or without JavaScript: the server could not see the CMS's list and
     shows it as written; it takes the heading line and the items' spacing and rules of the hydrated list. */
  :host(:is(:not(:defined), :state(pending)))::before {
    content: attr(heading) '\\a0';
    display: block;
  }

  :host(:is(:not(:defined), :state(pending))) ::slotted(ul) {
    display: flex;
    flex-direction: column;
    gap: calc(1em + 1px);
    padding-block: calc(0.5em + 1px) 0.5em;
  }

  [part~='heading'],
  :host(:is(:not(:defined), :state(pending)))::before {
    margin-block: 0 0.5em;
    font-size: var(--lede-related-heading-font-size, 1.25em);
    font-weight: 700;
    line-height: 1.3;
  }

  ul,
  ::slotted(ul) {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  li {
    position: relative;
    display: flex;
    gap: 0.75em;
    align-items: flex-start;
    padding-block: 0.5em;
    border-block-start: var(--_lede-rel-rule);
  }

  /*
   * A long list (an archive, a feed of hundreds) lays out and paints only the items near the viewport,
   * with a remembered or estimated height for the rest. The usual few items are laid out as ever.
   */
  li:nth-child(n + 25) {
    content-visibility: auto;
    /* Estimates until an item has been laid out once (then its real height is remembered): a thumbnail row, a card, a line. */
    contain-intrinsic-size: auto 4.5em;
  }

  .grid li:nth-child(n + 25) {
    contain-intrinsic-size: auto 14em;
  }

  .compact li:nth-child(n + 25) {
    contain-intrinsic-size: auto 2em;
  }

  img {
    display: block;
    flex: none;
    inline-size: var(--lede-related-image-size, 6rem);
    block-size: auto;
    aspect-ratio: var(--lede-related-image-aspect-ratio, 16 / 9);
    object-fit: cover;
    background: var(--_lede-rule);
    border-radius: var(--_lede-radius);
  }

  .text {
    display: flex;
    flex-direction: column;
    flex: 1;
    min-inline-size: 0;
    gap: 0.125em;
  }

  [part~='kicker'] {
    color: var(--_lede-accent);
    font-size: 0.75em;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }

  [part~='link'] {
    text-decoration: none;
    overflow-wrap: anywhere;
  }

  [part~='link']:hover {
    text-decoration: underline;
  }

  /* The whole item is the link's target; the link's text stays its accessible name. */
  [part~='link']::after {
    content: '';
    position: absolute;
    inset: 0;
  }

  [part~='link']:focus-visible {
    outline: none;
  }

  [part~='link']:focus-visible::after {
    outline: 2px solid var(--_lede-focus);
    outline-offset: 2px;
  }

  /* Those items clip their painting to their box: the focus ring goes inside it. */
  li:nth-child(n + 25) [part~='link']:focus-visible::after {
    outline-offset: -2px;
  }

  [part~='date'] {
    color: var(--_lede-muted);
    font-size: 0.8em;
  }

  /* A sidebar-narrow list: smaller thumbnails. */
  @container (inline-size < 20rem) {
    img {
      inline-size: calc(var(--lede-related-image-size, 6rem) * 2 / 3);
    }
  }

  /* Grid: cards in as many columns as fit. */
  .grid ul {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--lede-related-column-min, 14rem)), 1fr));
    gap: var(--_lede-space);
  }

  .grid li {
    flex-direction: column;
    padding-block: 0;
    border-block-start: 0;
  }

  .grid img {
    inline-size: 100%;
  }

  /* Too narrow for two cards: the grid reads as the list. */
  @container (inline-size < 30rem) {
    .grid ul {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
    .grid li {
      flex-direction: row;
      padding-block: 0.5em;
      border-block-start: var(--_lede-rel-rule);
    }
    .grid img {
      inline-size: var(--lede-related-image-size, 6rem);
    }
  }

  /* Compact: kicker, title and date on tight lines, no thumbnails. */
  .compact li {
    padding-block: 0.25em;
    font-size: 0.9em;
  }

  .compact .text {
    display: block;
  }

  .compact [part~='kicker'] {
    margin-inline-end: 0.5em;
  }

  .compact [part~='date'] {
    margin-inline-start: 0.5em;
    white-space: nowrap;
  }

  @media (forced-colors: active) {
    img {
      background: Canvas;
    }
    [part~='link']:focus-visible::after {
      outline-color: Highlight;
    }
  }

  @media print {
    img {
      display: none;
    }
    [part~='link']::after {
      position: static;
      content: ' (' attr(href) ')';
    }
  }
`;
