import { css } from 'lit';

export const articleHeaderStyles = css`
  header {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_lede-space) * 0.5);
  }

  /* Kicker, standfirst and byline wrappers lend their type to what they hold but take
     no box, so an empty one takes no room; their content lines up as the header's rows. */
  .kicker,
  .standfirst,
  .byline {
    display: contents;
  }

  .kicker {
    font-size: var(--lede-kicker-font-size, 0.8em);
    line-height: 1.5;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: var(--lede-kicker-transform, uppercase);
    color: var(--lede-kicker-color, var(--_lede-accent));
  }

  .kicker > slot > *,
  .kicker ::slotted(*) {
    align-self: flex-start;
  }

  .kicker a,
  .kicker ::slotted(a) {
    color: inherit;
    text-decoration: none;
  }

  .kicker a:hover,
  .kicker ::slotted(a:hover) {
    text-decoration: underline;
  }

  .headline {
    font-family: var(--lede-headline-font-family, inherit);
  }

  /* The light-DOM heading keeps the host page's own rules (they win over ::slotted). */
  .heading,
  ::slotted(:is(h1, h2, h3, h4, h5, h6)) {
    margin: 0;
    font-family: inherit;
    font-size: var(--lede-headline-font-size, 2em);
    font-weight: var(--lede-headline-font-weight, 700);
    line-height: var(--lede-headline-line-height, 1.15);
  }

  .standfirst {
    font-size: var(--lede-standfirst-font-size, 1.2em);
    line-height: 1.45;
  }

  .standfirst p,
  ::slotted([slot='standfirst']) {
    margin: 0;
    line-height: 1.45;
  }

  .meta {
    display: flex;
    flex-direction: column;
    margin-block-start: calc(var(--_lede-space) * 0.25);
    padding-block-start: calc(var(--_lede-space) * 0.5);
    border-block-start: 1px solid var(--_lede-rule);
    font-size: var(--lede-meta-font-size, 0.875em);
    line-height: 1.5;
  }

  .dateline,
  ::slotted([slot='byline']) {
    margin: 0;
  }

  [part~='author'] {
    font-weight: 600;
  }

  /* Publication and update on lines of their own: the height is known before upgrade (lede.css). */
  .dateline {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    color: var(--_lede-muted);
  }

  /* Byline and update take at least the lines that lede.css reserved for them before upgrade: an
     invisible float as wide as the line, holding the same 38ch of figure spaces (0 wide for the text). */
  .authors::before,
  .updated::before {
    content: '\\a0\\20\\2007\\2007\\2007\\2007\\2007\\2007\\2007\\2007\\2007\\2007\\2007\\2007\\2007\\2007\\2007\\2007\\2007\\2007\\2007\\2007\\2007\\2007\\2007\\2007\\2007\\2007\\2007\\2007\\2007\\2007\\2007\\2007\\2007\\2007\\2007\\2007\\2007\\2007';
    float: left;
    width: 100%;
    margin-right: -100%;
    visibility: hidden;
  }

  /* A relative time: the exact one appears under it on hover and keyboard focus. */
  .stamp {
    position: relative;
    display: inline-block;
  }

  time.relative {
    border-radius: 2px;
    text-decoration: underline dotted;
    text-underline-offset: 0.2em;
    cursor: help;
  }

  .tooltip {
    display: none;
    position: absolute;
    inset-block-start: 100%;
    inset-inline-start: 0;
    z-index: 1;
    inline-size: max-content;
    max-inline-size: 20em;
    padding: 0.25em 0.5em;
    border: 1px solid var(--_lede-rule);
    border-radius: var(--_lede-radius);
    background: var(--lede-tooltip-background, Canvas);
    color: var(--lede-tooltip-color, CanvasText);
    box-shadow: 0 0.125em 0.5em color-mix(in srgb, currentColor 20%, transparent);
  }

  .stamp:is(:hover, :focus-within):not(.dismissed) .tooltip {
    display: block;
  }

  @media (forced-colors: active) {
    .tooltip {
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }
    .kicker {
      color: CanvasText;
    }
    .kicker a {
      color: LinkText;
    }
  }

  /* On paper "5 minutes ago" means nothing: print the exact time instead. */
  @media print {
    .kicker {
      color: #000;
    }
    time.relative {
      display: none;
    }
    .tooltip,
    .stamp.dismissed .tooltip {
      display: inline;
      position: static;
      padding: 0;
      border: 0;
      box-shadow: none;
      background: none;
      color: inherit;
    }
  }
`;
