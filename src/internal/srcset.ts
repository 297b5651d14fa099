import { checkUrl, type UrlCheckOptions } from './url.js';

/**
 * Checks every candidate URL of a `srcset` value ("a.jpg 1x, b.jpg 2x" or
 * "s.jpg 480w, l.jpg 1200w") with the same rules as `checkUrl`: unsafe
 * candidates are dropped and reported, the safe ones are kept in order.
 * Returns `undefined` when no candidate is left.
 */
export function checkSrcset(value: string | null | undefined, options: Omit<UrlCheckOptions, 'allowMailto'> = {}): string | undefined {
  if (value == null || value.trim() === '') return undefined;
  const kept: string[] = [];
  // A candidate is a URL, optional whitespace and a descriptor, ended by a comma.
  // URLs may themselves contain commas (not at their start or end), so split on
  // commas that follow a descriptor or precede whitespace.
  for (const candidate of value.split(/,(?=\s)|,$|(?<=\s\d+(?:\.\d+)?[wx]),/)) {
    const trimmed = candidate.trim();
    if (trimmed === '') continue;
    const [url, ...descriptor] = trimmed.split(/\s+/);
    const safe = checkUrl(url, options);
    if (safe !== undefined) kept.push([safe, ...descriptor].join(' '));
  }
  return kept.length ? kept.join(', ') : undefined;
}
