import { css } from 'lit';

/**
 * Shared by every Lede element. Public tokens (`--lede-*`) are only read,
 * never declared on `:host`, so a newsroom can set them on `:root` or any
 * ancestor. Each is mapped once to a private `--_lede-*` with its default.
 *
 * Defaults inherit the host page's font and colours; Lede's own accents use
 * `light-dark()`, which follows the page's `color-scheme` and, when the page
 * allows both (`color-scheme: light dark`), the reader's
 * `prefers-color-scheme`.
 */
export const hostStyles = css`
  :host {
    --_lede-font: var(--lede-font-family, inherit);
    --_lede-text: var(--lede-text-color, currentColor);
    --_lede-muted: var(--lede-muted-color, color-mix(in srgb, currentColor 72%, transparent));
    --_lede-accent: var(--lede-accent-color, light-dark(#b3141b, #ff8f8f));
    --_lede-rule: var(--lede-rule-color, color-mix(in srgb, currentColor 22%, transparent));
    --_lede-surface: var(--lede-surface-color, transparent);
    --_lede-focus: var(--lede-focus-color, light-dark(#1a5fb4, #99c1f1));
    --_lede-space: var(--lede-space, 1rem);
    --_lede-radius: var(--lede-radius, 0.25rem);

    display: block;
    box-sizing: border-box;
    font-family: var(--_lede-font);
    color: var(--_lede-text);
    margin-block: var(--lede-block-margin, var(--_lede-space));
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  a {
    color: inherit;
  }

  :focus-visible {
    outline: 2px solid var(--_lede-focus);
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    :host {
      --_lede-accent: CanvasText;
      --_lede-muted: CanvasText;
      --_lede-rule: CanvasText;
      --_lede-focus: Highlight;
    }
    a {
      color: LinkText;
    }
  }

  @media print {
    :host {
      --_lede-accent: #000;
      --_lede-muted: #000;
      --_lede-text: #000;
      break-inside: avoid;
    }
  }
`;

/** Visually hidden but read by screen readers (live regions, extra context). */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
