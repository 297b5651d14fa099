import { css } from 'lit';

export const captionedImageStyles = css`
  :host {
    --_lede-image-background: var(--lede-image-background, color-mix(in srgb, currentColor 8%, transparent));
  }

  figure {
    margin: 0;
  }

  /* The box: its shape comes from aspect-ratio (set inline from the attributes), so it
     is reserved before the image arrives and kept when the image fails. */
  .frame {
    position: relative;
    display: block;
    inline-size: 100%;
    overflow: hidden;
    background: var(--_lede-image-background);
  }

  ::slotted(img),
  .frame img {
    display: block;
    inline-size: 100%;
    block-size: auto;
    max-inline-size: none;
  }

  .sized ::slotted(img),
  .sized img {
    position: absolute;
    inset: 0;
    block-size: 100%;
    object-fit: var(--lede-image-fit, cover);
  }

  /* A broken image: no broken-image icon; the alt text in the reserved box instead. */
  .broken ::slotted(img),
  .broken img {
    opacity: 0;
  }

  .alt {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    padding: var(--_lede-space);
    color: var(--_lede-muted);
    font-size: var(--lede-caption-font-size, 0.875em);
    text-align: center;
    overflow: hidden;
  }

  .broken:not(.sized) {
    min-block-size: 6em;
  }

  figcaption {
    margin-block-start: 0.5em;
    font-size: var(--lede-caption-font-size, 0.875em);
    line-height: 1.4;
    color: var(--lede-caption-color, var(--_lede-text));
  }

  ::slotted(p) {
    margin-block: 0;
  }

  /* Server-rendered, before hydration or without JavaScript: the <img> is still in the default slot,
     with the caption; it takes the place and the gap it takes after hydration. */
  :host(:is(:not(:defined), :state(pending))) figcaption {
    margin: 0;
  }

  :host(:is(:not(:defined), :state(pending))) ::slotted(img) {
    margin-block-end: 0.5em;
  }

  [part~='credit'] {
    display: block;
    color: var(--lede-credit-color, var(--_lede-muted));
  }

  [hidden] {
    display: none !important;
  }

  /* Zoomable: the whole image is one button. */
  .zoom {
    position: relative;
    display: block;
    inline-size: 100%;
    padding: 0;
    border: 0;
    margin: 0;
    background: none;
    color: inherit;
    font: inherit;
    cursor: zoom-in;
  }

  .zoom:focus-visible {
    outline-offset: 3px;
  }

  /* Round icons at the inline end: the zoom affordance and the lightbox's close button. */
  .zoom-icon,
  .close {
    position: absolute;
    inset-inline-end: 0.5rem;
    display: grid;
    place-items: center;
    border-radius: 50%;
  }

  .zoom-icon {
    inset-block-end: 0.5rem;
    inline-size: 2.25rem;
    block-size: 2.25rem;
    background: rgb(0 0 0 / 0.65);
    color: #fff;
  }

  dialog {
    max-inline-size: min(100rem, calc(100vw - 2rem));
    max-block-size: calc(100vh - 2rem);
    padding: var(--_lede-space);
    padding-block-start: 3.25rem;
    border: 0;
    background: Canvas;
    color: CanvasText;
    font-family: var(--_lede-font);
    overflow: auto;
  }

  dialog::backdrop {
    background: var(--lede-lightbox-backdrop, rgb(0 0 0 / 0.85));
  }

  .lightbox-image {
    display: block;
    max-inline-size: 100%;
    max-block-size: calc(100vh - 10rem);
    margin-inline: auto;
    object-fit: contain;
  }

  .lightbox-caption {
    max-inline-size: 60rem;
    margin-block: 0.75em 0;
    margin-inline: auto;
    font-size: var(--lede-caption-font-size, 0.875em);
    line-height: 1.4;
  }

  .lightbox-caption .credit {
    display: block;
    color: var(--lede-credit-color, var(--_lede-muted));
  }

  .close {
    inset-block-start: 0.5rem;
    inline-size: 2.5rem;
    block-size: 2.5rem;
    padding: 0;
    border: 1px solid currentColor;
    background: Canvas;
    color: CanvasText;
    cursor: pointer;
  }

  @media (prefers-reduced-motion: no-preference) {
    dialog[open] {
      animation: lede-lightbox-in 150ms ease-out;
    }
    @keyframes lede-lightbox-in {
      from {
        opacity: 0;
        transform: scale(0.97);
      }
    }
  }

  @media (forced-colors: active) {
    .frame {
      background: Canvas;
    }
    .zoom-icon {
      background: ButtonFace;
      color: ButtonText;
      border: 1px solid ButtonText;
    }
    dialog {
      border: 1px solid CanvasText;
    }
  }

  @media print {
    .zoom {
      cursor: auto;
    }
    .zoom-icon,
    dialog {
      display: none !important;
    }
    .frame {
      background: none;
    }
  }
`;
