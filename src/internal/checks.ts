import { isHeadingLevel, type HeadingLevel } from './heading.js';
import { echo } from './limits.js';
import { checkUrl, type UrlCheckOptions } from './url.js';

/**
 * Where a check reports bad input: the element, which gives one warning per
 * attribute and problem (naming itself) and forgets it once the input is fixed.
 */
export interface Reporter {
  warn(attribute: string, problem: string, fix: string): void;
  clearWarning(attribute: string): void;
  getAttribute(name: string): string | null;
}

/**
 * `value` when it is one of `allowed`; otherwise the first allowed value,
 * with one warning that lists the choices.
 */
export function oneOf<T extends string>(reporter: Reporter, attribute: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) {
    reporter.clearWarning(attribute);
    return value as T;
  }
  const choices = allowed.map((choice) => `${attribute}="${choice}"`);
  reporter.warn(
    attribute,
    `${echo(value)} is not one of its values, so "${allowed[0]}" is used.`,
    `Use ${choices.slice(0, -1).join(', ')} or ${choices[choices.length - 1]}.`,
  );
  return allowed[0]!;
}

/** A range of seconds a delay attribute may take, and what a non-number gives. */
export interface SecondsRange {
  min: number;
  max: number;
  fallback: number;
}

/**
 * A delay in seconds from a number attribute, kept within `range`: a value
 * outside it is clamped to the nearest end, one that is not a number gives
 * `range.fallback`, each with one warning. Every delay a timer gets passes
 * through here, so none can wrap around.
 */
export function secondsBetween(reporter: Reporter, attribute: string, value: number, range: SecondsRange): number {
  const { min, max, fallback } = range;
  const given = echo(reporter.getAttribute(attribute) ?? value);
  const fix = `Set ${attribute} to a number of seconds from ${min} to ${max}.`;
  if (typeof value !== 'number' || Number.isNaN(value)) {
    reporter.warn(attribute, `${given} is not a number of seconds, so ${fallback} is used.`, fix);
    return fallback;
  }
  if (value < min || value > max) {
    const used = value < min ? min : max;
    reporter.warn(attribute, `${given} is ${value < min ? 'less' : 'more'} than ${used} seconds, so ${used} is used.`, fix);
    return used;
  }
  reporter.clearWarning(attribute);
  return value;
}

/** `value` when it is a heading level from `min` to 6; otherwise `min`, with one warning. */
export function checkHeadingLevel(reporter: Reporter, attribute: string, value: number, min: HeadingLevel): HeadingLevel {
  if (isHeadingLevel(value, min)) {
    reporter.clearWarning(attribute);
    return value;
  }
  reporter.warn(attribute, `${echo(value)} is not a heading level from ${min} to 6, so ${min} is used.`, `Use ${attribute}="${min}" to "6".`);
  return min;
}

/** A URL fit for `href`/`src`/`cite`, or `undefined` with a warning naming `attribute`. */
export function safeUrl(
  reporter: Reporter,
  value: string | null | undefined,
  attribute: string,
  options: Omit<UrlCheckOptions, 'report'> = {},
): string | undefined {
  return checkUrl(value, { ...options, report: (problem, fix) => reporter.warn(attribute, problem, fix) });
}

/**
 * The "missing content" check every element makes: clears the warning when
 * `present`, else gives it once.
 */
export function requireContent(reporter: Reporter, attribute: string, present: boolean, problem: string, fix: string): void {
  if (present) reporter.clearWarning(attribute);
  else reporter.warn(attribute, problem, fix);
}
