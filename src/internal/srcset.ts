import { checkUrl, type UrlCheckOptions } from './url.js';

/**
 * Splits a `srcset` the way the HTML standard's parser does, so what we
 * check is exactly what the browser will fetch: skip whitespace and commas,
 * take the URL as the run of non-whitespace (trailing commas end it), then
 * the descriptors up to the next comma outside parentheses.
 */
function candidates(value: string): Array<{ url: string; descriptors: string }> {
  const found: Array<{ url: string; descriptors: string }> = [];
  let position = 0;
  while (position < value.length) {
    while (position < value.length && /[\s,]/.test(value[position]!)) position += 1;
    if (position >= value.length) break;
    const start = position;
    while (position < value.length && !/\s/.test(value[position]!)) position += 1;
    const url = value.slice(start, position);
    if (url.endsWith(',')) {
      let end = url.length;
      while (end > 0 && url[end - 1] === ',') end -= 1;
      found.push({ url: url.slice(0, end), descriptors: '' });
      continue;
    }
    let depth = 0;
    const descriptorStart = position;
    while (position < value.length) {
      const char = value[position]!;
      if (char === '(') depth += 1;
      else if (char === ')') depth = Math.max(0, depth - 1);
      else if (char === ',' && depth === 0) break;
      position += 1;
    }
    found.push({ url, descriptors: value.slice(descriptorStart, position).trim().replace(/\s+/g, ' ') });
    position += 1;
  }
  return found;
}

/**
 * Checks every candidate URL of a `srcset` value ("a.jpg 1x, b.jpg 2x" or
 * "s.jpg 480w, l.jpg 1200w") with the same rules as `checkUrl`: unsafe
 * candidates are dropped and reported, the safe ones are kept in order.
 * Returns `undefined` when no candidate is left.
 */
export function checkSrcset(value: string | null | undefined, options: Omit<UrlCheckOptions, 'allowMailto'> = {}): string | undefined {
  if (value == null || value.trim() === '') return undefined;
  const kept: string[] = [];
  for (const { url, descriptors } of candidates(value)) {
    const safe = checkUrl(url, options);
    if (safe !== undefined) kept.push(descriptors ? `${safe} ${descriptors}` : safe);
  }
  return kept.length ? kept.join(', ') : undefined;
}
