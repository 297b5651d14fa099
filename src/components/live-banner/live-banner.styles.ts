import { css } from 'lit';

export const liveBannerStyles = css`
  :host {
    --_lede-live-dot: var(--lede-live-dot-size, 0.625em);
  }

  :host([dismissed]),
  :host([state=ended][hide-when-ended]) {
    display: none;
  }

  .banner {
    position: relative;
    display: flex;
    align-items: flex-start;
    gap: 0.75em;
    padding-block: 0.5em;
    padding-inline: 0.75em 0.5em;
    border-inline-start: var(--lede-live-rule-width, 0.25rem) solid var(--_lede-accent);
    background: var(--_lede-surface);
    line-height: 1.4;
  }

  .ended {
    border-inline-start-color: var(--_lede-rule);
  }

  p {
    margin: 0;
  }

  .text {
    flex: 1;
    min-inline-size: 0;
  }

  /*
   * Both links are targets of at least 24 px high (WCAG 2.2, 2.5.8) at any
   * font size, with no layout change: the headline link grows into the
   * banner's top padding, the update's link into its bottom padding, each by
   * padding that a negative margin of the same size takes back.
   */
  .heading a {
    display: block;
    padding-top: calc(25px - 1lh);
    margin-top: min(0px, 1lh - 25px);
    text-decoration: none;
  }

  .heading a:is(:hover, :focus-visible) .message {
    text-decoration: underline;
  }

  /*
   * Label, topic and the dash before the message are bold, with no spacing of
   * their own: lede.css writes the same text before upgrade, so the message
   * wraps at the same place at every width.
   */
  .heading {
    font-weight: 700;
  }

  .message {
    font-weight: 400;
  }

  .label {
    color: var(--_lede-accent);
    text-transform: uppercase;
  }

  .ended .label {
    color: var(--_lede-muted);
  }

  .topic+.message::before {
    content: '\\2014\\00A0' / '';
    font-weight: 700;
  }

  /* One line, always the same height: a new update never moves the page. */
  .update {
    display: flex;
    gap: 0.5em;
    block-size: 1.4em;
    white-space: nowrap;
    font-size: 0.9em;
  }

  .update-title {
    padding-bottom: calc(25px - 1lh);
    margin-bottom: min(0px, 1lh - 25px);
    overflow: hidden;
    text-overflow: ellipsis;
  }

  time {
    flex: none;
    color: var(--_lede-muted);
  }

  .dot {
    position: relative;
    flex: none;
    inline-size: var(--_lede-live-dot);
    block-size: var(--_lede-live-dot);
    margin-block-start: calc((1.4em - var(--_lede-live-dot)) / 2);
  }

  .dot,
  .dot::after {
    border-radius: 50%;
    background: var(--_lede-accent);
  }

  .dot::after {
    content: '';
    position: absolute;
    inset: 0;
    opacity: 0;
  }

  .control {
    display: grid;
    place-items: center;
    flex: none;
    inline-size: 1.75rem;
    block-size: 1.75rem;
    margin-block: calc((1.4em - 1.75rem) / 2);
    padding: 0;
    border: 1px solid #0000;
    border-radius: var(--_lede-radius);
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }

  .control:hover {
    border-color: var(--_lede-rule);
  }

  .icon {
    position: relative;
    inline-size: 0.75rem;
    block-size: 0.75rem;
  }

  /* Pause: two bars; play: a triangle pointing in the reading direction. */
  .pause .icon {
    border-inline: 0.25rem solid;
  }

  .paused .pause .icon {
    border: 0;
    background: currentColor;
    clip-path: polygon(0 0, 100% 50%, 0 100%);
  }

  /* Right to left, the icons mirror (the pause bars and the cross are symmetric). */
  :host(:dir(rtl)) .icon {
    scale: -1 1;
  }

  .dismiss .icon::before,
  .dismiss .icon::after {
    content: '';
    position: absolute;
    inset-block-start: calc(50% - 1px);
    inset-inline: -.05rem;
    block-size: 2px;
    background: currentColor;
    transform: rotate(45deg);
  }

  .dismiss .icon::after {
    transform: rotate(-45deg);
  }

  /* No motion, so nothing to stop, unless the reader allows motion. */
  .pause {
    display: none;
  }

  @media (prefers-reduced-motion: no-preference) {
    .pause {
      display: grid;
    }

    .dot::after {
      animation: lede-live-pulse 2s ease-out infinite;
    }

    .paused .dot::after {
      animation: none;
    }
  }

  @keyframes lede-live-pulse {
    from {
      opacity: 0.6;
    }
    to {
      opacity: 0;
      scale: 2.6;
    }
  }

  @media (forced-colors: active) {
    .dot,
    .dot::after,
    .paused .pause .icon,
    .dismiss .icon::before,
    .dismiss .icon::after {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .control {
      border-color: ButtonText;
    }
  }

  @media print {
    .control,
    .update {
      display: none;
    }
  }
`;
