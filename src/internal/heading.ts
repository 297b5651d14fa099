import { html, type TemplateResult } from 'lit';
import { ifDefined as maybe } from 'lit/directives/if-defined.js';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

interface HeadingAttributes {
  id?: string;
  part?: string;
  className?: string;
}

/* One plain template per level: lighter in the bundle than lit/static-html for six tags. */
const LEVELS: ReadonlyArray<(text: string, a: HeadingAttributes) => TemplateResult> = [
  (text, a) => html`<h1 id=${maybe(a.id)} part=${maybe(a.part)} class=${maybe(a.className)}>${text}</h1>`,
  (text, a) => html`<h2 id=${maybe(a.id)} part=${maybe(a.part)} class=${maybe(a.className)}>${text}</h2>`,
  (text, a) => html`<h3 id=${maybe(a.id)} part=${maybe(a.part)} class=${maybe(a.className)}>${text}</h3>`,
  (text, a) => html`<h4 id=${maybe(a.id)} part=${maybe(a.part)} class=${maybe(a.className)}>${text}</h4>`,
  (text, a) => html`<h5 id=${maybe(a.id)} part=${maybe(a.part)} class=${maybe(a.className)}>${text}</h5>`,
  (text, a) => html`<h6 id=${maybe(a.id)} part=${maybe(a.part)} class=${maybe(a.className)}>${text}</h6>`,
];

/** A real `<h1>`…`<h6>` (not `role="heading"`), so search engines and every screen reader see a heading. */
export function renderHeading(level: HeadingLevel, text: string, attributes: HeadingAttributes = {}): TemplateResult {
  return LEVELS[level - 1]!(text, attributes);
}

/** True when `value` is a heading level from `min` to 6. */
export const isHeadingLevel = (value: number, min: HeadingLevel = 1): value is HeadingLevel =>
  Number.isInteger(value) && value >= min && value <= 6;
