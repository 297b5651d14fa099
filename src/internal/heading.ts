import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html, literal } from 'lit/static-html.js';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

const TAGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`] as const;

/** A real `<h1>`…`<h6>` (not `role="heading"`), so search engines and every screen reader see a heading. */
export function heading(level: HeadingLevel, text: string, attributes: { id?: string; part?: string; className?: string } = {}): TemplateResult {
  const tag = TAGS[level - 1]!;
  return html`<${tag} id=${ifDefined(attributes.id)} part=${ifDefined(attributes.part)} class=${ifDefined(attributes.className)}>${text}</${tag}>`;
}

/** True when `value` is a heading level from `min` to 6. */
export const isHeadingLevel = (value: number, min: HeadingLevel = 1): value is HeadingLevel =>
  Number.isInteger(value) && value >= min && value <= 6;
