/**
 * The one cache of Intl formatters. Building a formatter costs far more than
 * using one, and every render formats dates, lists and counts: each kind,
 * locale and set of options is built once and reused. The cache is bounded
 * (least recently used go first), so a page that sees many locales or time
 * zones does not grow without end.
 */
interface Formatters {
  DateTimeFormat: Intl.DateTimeFormat;
  RelativeTimeFormat: Intl.RelativeTimeFormat;
  ListFormat: Intl.ListFormat;
  PluralRules: Intl.PluralRules;
  NumberFormat: Intl.NumberFormat;
}

/** The most formatters kept at once. */
export const MAX_FORMATTERS = 64;

const formatters = new Map<string, unknown>();

/**
 * A formatter of `kind` for `locale` and `options`, from the cache when one
 * was built before. Throws as the Intl constructor does (an unknown time
 * zone, say); nothing is cached then.
 */
export function formatter<K extends keyof Formatters>(kind: K, locale: string, options: object = {}): Formatters[K] {
  const key = `${kind}\u0000${locale}\u0000${JSON.stringify(options)}`;
  let cached = formatters.get(key) as Formatters[K] | undefined;
  if (cached) {
    // Most recently used last, so the oldest is first to go.
    formatters.delete(key);
  } else {
    const Constructor = Intl[kind] as unknown as new (locale: string, options: object) => Formatters[K];
    cached = new Constructor(locale, options);
    if (formatters.size >= MAX_FORMATTERS) formatters.delete(formatters.keys().next().value!);
  }
  formatters.set(key, cached);
  return cached;
}
