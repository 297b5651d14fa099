/**
 * Built-in labels in the languages newsrooms asked for first. Each element
 * takes overrides through its `messages` property, so a newsroom can rename
 * a label or add a language without waiting for a release.
 */

import * as languages from './i18n/catalogue.js';
import { en } from './i18n/en.js';
import { formatter } from './intl.js';
import { echo } from './limits.js';

export interface Messages {
  /** Heading of the related-content list. */
  relatedContent: string;
  /** Label of a live banner while coverage runs. */
  live: string;
  /** Label of a live banner once coverage has ended. */
  ended: string;
  /** Prefix for an update time in the article header ("Updated 2:05 PM"). */
  updated: string;
  /** Prefix for the author list ("By Jane Doe"). */
  by: string;
  /** Accessible name of a close button (banner dismiss, lightbox close). */
  close: string;
  /** Accessible name of the control that enlarges an image. */
  enlargeImage: string;
  /** Control that stops the live dot's motion. */
  pauseAnimation: string;
  /** Control that restarts the live dot's motion. */
  playAnimation: string;
  /** Announcement of new live updates; `{count}` is replaced. Plural forms keyed by Intl.PluralRules category. */
  newUpdates: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
  /** Label before an image credit ("Source: …"). */
  source: string;
  /** Link text to a quotation's source. */
  quoteSource: string;
  /** Quotation marks: primary open, primary close, secondary open, secondary close. */
  quotes: readonly [string, string, string, string];
}

export type MessageOverrides = Partial<Messages>;

/** Languages with built-in labels. */
export const SUPPORTED_LANGUAGES = Object.freeze([...((languages as { LANGUAGES?: readonly string[] }).LANGUAGES ?? Object.keys(languages.catalogue))]);

/** The language of a locale, as the catalogue keys its labels (`pt-BR` → `pt`). */
export const languageOf = (locale: string): string => locale.split('-')[0]!.toLowerCase();

/**
 * Loads the labels of `locale`'s language where the build loads them on demand (the script-tag
 * builds): `true` once loaded, `false` if they could not be; `undefined` when there is nothing to
 * load. A catalogue module swapped in by a build alias need only export `catalogue`.
 */
export function loadLanguage(locale: string): Promise<boolean> | undefined {
  return (languages as { loadLanguage?: (language: string) => Promise<boolean> | undefined }).loadLanguage?.(languageOf(locale));
}

const isText = (value: unknown): value is string => typeof value === 'string';

/**
 * Whether an override has the shape of the label it replaces: text for
 * text, four marks for `quotes`, plural forms (text) for `newUpdates`.
 */
function fits(key: keyof Messages, value: unknown): boolean {
  if (key === 'quotes') return Array.isArray(value) && value.length === 4 && value.every(isText);
  if (key === 'newUpdates') return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every(isText);
  return isText(value);
}

/**
 * The labels for `locale`: its language's built-ins (English when Lede has
 * none), with `overrides` on top. An override that is not a known label, or
 * not of its shape, is left out and reported; plural forms are merged with
 * the built-in ones, so overriding only `one` keeps `other`.
 */
export function messagesFor(
  locale: string,
  overrides?: MessageOverrides,
  report?: (problem: string, fix: string) => void,
): Messages {
  const base = languages.catalogue[languageOf(locale)] ?? en;
  if (overrides === undefined || overrides === null) return base;
  if (typeof overrides !== 'object' || Array.isArray(overrides)) {
    report?.(
      `is ${Array.isArray(overrides) ? 'an array' : `a ${typeof overrides}`}, not an object of labels, so it was ignored.`,
      'Give an object such as {"live": "En vivo"}.',
    );
    return base;
  }
  const merged: Record<string, unknown> = { ...base };
  const ignored: string[] = [];
  for (const [key, value] of Object.entries(overrides)) {
    // Own keys only: `toString` or `__proto__` are not labels.
    if (!Object.prototype.hasOwnProperty.call(en, key) || !fits(key as keyof Messages, value)) {
      ignored.push(key);
      continue;
    }
    merged[key] = key === 'newUpdates' ? { ...base.newUpdates, ...(value as object) } : value;
  }
  if (ignored.length > 0) {
    // One warning for all of them, naming a few: an object of 10,000 keys is not 10,000 warnings.
    const named = ignored.slice(0, 5).map(echo).join(', ') + (ignored.length > 5 ? ` and ${ignored.length - 5} more` : '');
    report?.(
      `${named} ${ignored.length === 1 ? 'is not a label' : 'are not labels'} Lede knows, or not of ${ignored.length === 1 ? 'its' : 'their'} shape, so ${ignored.length === 1 ? 'it was' : 'they were'} ignored.`,
      `Give text for a label (e.g. {"live": "En vivo"}), four marks for "quotes", and plural forms for "newUpdates" (e.g. {"other": "{count} nuevas"}).`,
    );
  }
  return merged as unknown as Messages;
}

/**
 * "3 new updates" in the locale's plural form, counting in the locale's digits.
 */
export function formatCount(
  locale: string,
  forms: Messages['newUpdates'],
  count: number,
): string {
  const category = formatter('PluralRules', locale).select(count);
  const template = forms[category] ?? forms.other ?? en.newUpdates.other;
  return template.replace('{count}', formatter('NumberFormat', locale).format(count));
}
