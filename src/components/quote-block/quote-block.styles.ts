import { css } from 'lit';

export const quoteBlockStyles = css`
  figure {
    margin: 0;
  }

  blockquote {
    position: relative;
    margin: 0;
    quotes: var(--lede-quotes, var(--_lede-quotes));
    font-size: var(--lede-quote-font-size, 1.125em);
    font-style: var(--lede-quote-font-style, normal);
    line-height: var(--lede-quote-line-height, 1.5);
  }

  /* The opening mark is drawn by CSS so it follows the language; the
     empty alternative text keeps screen readers from reading it out. */
  blockquote::before {
    content: open-quote / '';
    color: var(--_lede-accent);
    font-size: 2.5em;
    line-height: 1;
    font-family: Georgia, 'Times New Roman', serif;
  }

  blockquote::after {
    content: no-close-quote;
  }

  .block blockquote {
    padding-inline-start: 1.75em;
    border-inline-start: var(--lede-quote-rule-width, 0.25rem) solid var(--_lede-accent);
  }

  .block blockquote::before {
    position: absolute;
    inset-inline-start: 0.2em;
    inset-block-start: -0.1em;
  }

  .pull {
    padding-block: calc(var(--_lede-space) * 0.75);
    border-block: 1px solid var(--_lede-rule);
    text-align: center;
  }

  .pull blockquote {
    font-size: var(--lede-pull-quote-font-size, 1.5em);
    font-weight: var(--lede-pull-quote-font-weight, 600);
    line-height: 1.3;
  }

  .pull blockquote::before {
    display: block;
    block-size: 0.6em;
  }

  ::slotted(p),
  .text {
    margin-block: 0 0.5em;
  }

  ::slotted(p:last-child),
  .text:last-child {
    margin-block-end: 0;
  }

  figcaption {
    margin-block-start: 0.5em;
    font-size: 0.9em;
  }

  .block figcaption {
    padding-inline-start: calc(1.75em + var(--lede-quote-rule-width, 0.25rem));
  }

  /* On the slot (display: contents), not the figcaption: the template's whitespace
     before the slot then starts the line and collapses, as in lede.css's one run. */
  figcaption > slot::before {
    content: '\\2014\\00A0' / '';
    color: var(--_lede-muted);
  }

  /* The speaker stands out by colour, not weight: the attribution keeps one weight, so
     lede.css can lay out the same line before upgrade (no layout shift). */
  [part~='speaker'] {
    color: inherit;
  }

  [part~='speaker-title'] {
    color: var(--_lede-muted);
  }

  [part~='speaker'] + [part~='speaker-title']::before {
    content: ', ';
  }

  [part~='link'] {
    margin-inline-start: 0.5em;
  }

  @media print {
    [part~='link']::after {
      content: ' (' attr(href) ')';
    }
  }
`;
