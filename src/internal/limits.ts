/**
 * The bounds Lede puts on what a CMS, a page script or a feed can hand it,
 * so that no input can freeze, crash or flood a reader's page. The README's
 * "Errors and safety" section lists them; change both together.
 */

/** The longest delay a browser timer takes: 2^31−1 ms (24.8 days). Longer ones wrap to 0 and fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** The most bytes of a feed response read; past it the feed is refused. */
export const MAX_FEED_BYTES = 2 * 1024 * 1024;

/** The most characters kept of any text taken from a feed or an item (title, kicker, alt). */
export const MAX_TEXT_LENGTH = 300;

/** The longest URL Lede will check and use; longer ones are dropped. */
export const MAX_URL_LENGTH = 8192;

/** The most authors a byline names from `authors`. */
export const MAX_AUTHORS = 100;

/** The most related items read from any source (after leaving out bad ones and duplicates). */
export const MAX_ITEMS = 1000;

/** The most characters of a bad value echoed in a warning. */
const MAX_ECHO_LENGTH = 100;

/**
 * A delay that a timer takes as written: not negative, at most
 * `MAX_TIMER_MS`. `NaN` (a bug upstream) waits the longest, never 0: a
 * timer that fires at once and re-arms itself would spin.
 */
function timerDelay(ms: number): number {
  if (Number.isNaN(ms)) return MAX_TIMER_MS;
  return Math.min(Math.max(0, ms), MAX_TIMER_MS);
}

/** `setTimeout` that never wraps an overlong delay to 0. */
export function setBoundedTimeout(callback: () => void, ms: number): ReturnType<typeof setTimeout> {
  return setTimeout(callback, timerDelay(ms));
}

/**
 * `text` cut to at most `max` characters (an ellipsis marks the cut), never
 * splitting a surrogate pair.
 */
export function clip(text: string, max = MAX_TEXT_LENGTH): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/** A value as a warning quotes it: in quotes, at most `MAX_ECHO_LENGTH` characters. */
export const echo = (value: string | number): string => `"${clip(String(value), MAX_ECHO_LENGTH)}"`;
