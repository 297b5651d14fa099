/**
 * Dates for news: strict ISO 8601 parsing, the machine-readable `datetime`
 * value, the reader-facing absolute and relative forms (always from `Intl`,
 * never a hand-made pattern) and when a relative form next changes.
 *
 * Everything here is pure: the current time is always passed in, so
 * callers decide where "now" comes from and tests need no clock.
 */
import { formatter } from './intl.js';

export const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
/** Average lengths; relative forms such as "3 months ago" are approximate by nature. */
const MONTH = 30.436875 * DAY;
const YEAR = 365.2425 * DAY;

/**
 * A date-time with a UTC offset, as HTML's "global date and time string"
 * and RFC 3339 write it: `2024-03-19T17:17:00Z`, `2024-03-19T13:17-04:00`,
 * `2024-03-19 17:17:00.5+0100`. Seconds and fractions are optional.
 */
const ISO_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)$/;

export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Why a value could not be read as a date, for the warning. */
export type DateProblem = 'empty' | 'no-offset' | 'invalid';

/** The instant `value` names, or why it names none. Never throws. */
export function parseIsoDate(value: string | null | undefined): { date: Date } | { problem: DateProblem } {
  const text = (value ?? '').trim();
  if (text === '') return { problem: 'empty' };
  const match = ISO_WITH_OFFSET.exec(text);
  if (!match) {
    // A date-time without an offset means a different instant in every time zone.
    return { problem: /^\d{4}-\d{2}-\d{2}([Tt ]\d{2}:\d{2}(:\d{2}([.,]\d+)?)?)?$/.test(text) ? 'no-offset' : 'invalid' };
  }
  const [, y, mo, d, h, mi, s = '0', fraction = '0', zulu, sign, oh = '0', om = '0'] = match;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as [number, number, number, number, number, number];
  const [offsetHours, offsetMinutes] = [Number(oh), Number(om)];
  if (
    month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) ||
    hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMinutes > 59
  ) {
    return { problem: 'invalid' };
  }
  const offset = zulu ? 0 : (sign === '-' ? -1 : 1) * (offsetHours * HOUR + offsetMinutes * MINUTE);
  const milliseconds = Math.floor(Number(`0.${fraction}`) * 1000);
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, milliseconds) - offset;
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  const date = new Date(utc);
  if (year < 100) date.setUTCFullYear(date.getUTCFullYear() - 1900);
  return { date };
}

/**
 * The `datetime` attribute for `date`: UTC, Latin digits whatever the page's
 * locale, milliseconds only when there are some (`2024-03-19T17:17:00Z`).
 */
export function toDatetimeAttribute(date: Date): string {
  return date.toISOString().replace('.000Z', 'Z');
}

/** True when `timeZone` is an IANA zone (or alias) this browser knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The date and time as the locale writes it, in `timeZone` (the reader's
 * when absent), with the zone's abbreviation: "March 19, 2024 at 1:17 PM EDT"
 * in en-US, "19 marca 2024 13:17 GMT-4" in pl, Arabic-Indic digits in ar-EG.
 */
export function formatAbsolute(date: Date, locale: string, timeZone?: string): string {
  const options: Intl.DateTimeFormatOptions = {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  };
  // The reader's zone can change under a running page (travel, settings): only named zones are cached.
  if (!timeZone) return new Intl.DateTimeFormat(locale, options).format(date);
  return formatter('DateTimeFormat', locale, { ...options, timeZone }).format(date);
}

const UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', YEAR],
  ['month', MONTH],
  ['week', WEEK],
  ['day', DAY],
  ['hour', HOUR],
  ['minute', MINUTE],
];

/** The unit a relative form uses for a distance of `elapsed` milliseconds. */
function unitFor(elapsed: number): [Intl.RelativeTimeFormatUnit, number] {
  const distance = Math.abs(elapsed);
  return UNITS.find(([, size]) => distance >= size) ?? ['minute', MINUTE];
}

/**
 * "5 minutes ago", "in 2 hours", "yesterday" in the locale's words: whole
 * units, rounded towards the date (a story 59 minutes old is "59 minutes
 * ago", not "1 hour ago"); under a minute either way is "now".
 */
export function formatRelative(date: Date, now: number, locale: string): string {
  const format = formatter('RelativeTimeFormat', locale, { numeric: 'auto' });
  const elapsed = date.getTime() - now;
  if (Math.abs(elapsed) < MINUTE) return format.format(0, 'second');
  const [unit, size] = unitFor(elapsed);
  // `+ 0` turns -0 into 0, which Intl would otherwise write as "-0".
  return format.format(Math.trunc(elapsed / size) + 0, unit);
}

/**
 * Milliseconds from `now` until `formatRelative(date, …)` reads differently
 * (at least one second, so a caller's timer never spins).
 */
export function msUntilRelativeChange(date: Date, now: number): number {
  const elapsed = now - date.getTime();
  if (Math.abs(elapsed) < MINUTE) {
    // "now" until the date is a minute old (a date just ahead reads "now" too).
    return Math.max(1000, MINUTE - elapsed);
  }
  const [, size] = unitFor(elapsed);
  const distance = Math.abs(elapsed);
  const remainder = distance % size;
  // In the past the count grows at the next whole unit; in the future it shrinks just after one.
  const delay = elapsed > 0 ? size - remainder : remainder + 1;
  return Math.max(1000, Math.ceil(delay));
}

const DURATION = /^(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|d|w)$/i;
const DURATION_UNITS: Record<string, number> = { s: 1000, sec: 1000, m: MINUTE, min: MINUTE, h: HOUR, d: DAY, w: WEEK };

/** `"24h"`, `"90min"`, `"2d"`, `"1w"`, `"30s"` in milliseconds, or `undefined`. */
export function parseDuration(value: string): number | undefined {
  const match = DURATION.exec(value.trim());
  if (!match) return undefined;
  return Number(match[1]) * DURATION_UNITS[match[2]!.toLowerCase()]!;
}
