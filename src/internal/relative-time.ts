/**
 * "2 minutes ago" in the reader's language, for timestamps that refresh
 * while the page is open (live updates, recently updated articles).
 */
export interface RelativeTime {
  /** The age as the locale says it: "now", "2 minutes ago", "yesterday". */
  text: string;
  /** Milliseconds until the text can change; refresh the display then. */
  nextChange: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Largest unit first; the first one that fits the age is used. */
const UNITS: ReadonlyArray<readonly [Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * DAY],
  ['month', 30 * DAY],
  ['week', 7 * DAY],
  ['day', DAY],
  ['hour', HOUR],
  ['minute', MINUTE],
];

const formatters = new Map<string, Intl.RelativeTimeFormat>();

function formatter(locale: string): Intl.RelativeTimeFormat {
  let rtf = formatters.get(locale);
  if (!rtf) {
    rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    formatters.set(locale, rtf);
  }
  return rtf;
}

/**
 * How long ago `date` was at `now`, in whole minutes, hours, days, weeks,
 * months or years; under a minute (or a date in the future, from a clock
 * that runs ahead) is "now". Returns the text and when it next changes.
 */
export function relativeTime(date: Date, now: number, locale: string): RelativeTime {
  const rtf = formatter(locale);
  const age = Math.max(0, now - date.getTime());
  for (const [unit, size] of UNITS) {
    if (age >= size) {
      const count = Math.floor(age / size);
      return { text: rtf.format(-count, unit), nextChange: (count + 1) * size - age };
    }
  }
  return { text: rtf.format(0, 'second'), nextChange: MINUTE - age };
}
