import { echo, MAX_URL_LENGTH } from './limits.js';
import { warn } from './warn.js';

export interface UrlCheckOptions {
  /** Allow `mailto:` links (for author contact links, not for images or feeds). */
  allowMailto?: boolean;
  /** Reports a dropped URL; defaults to a plain console warning. */
  report?: (problem: string, fix: string) => void;
}

const SAFE_SCHEMES = new Set(['http:', 'https:']);

/**
 * Decodes the obfuscations a browser would undo before acting on a URL, so
 * that `java&#x09;script:` or `JaVa\tScRiPt:` cannot slip past the scheme
 * check: HTML character references, percent-encoding in the scheme, and the
 * ASCII whitespace and control characters the URL parser strips.
 */
function normaliseForSchemeCheck(raw: string): string {
  let value = raw.replace(/&#(x[0-9a-f]+|\d+);?/gi, (_, code: string) => {
    const point = code[0] === 'x' || code[0] === 'X' ? parseInt(code.slice(1), 16) : parseInt(code, 10);
    return Number.isFinite(point) && point <= 0x10ffff ? String.fromCodePoint(point) : '';
  });
  value = value.replace(/&(tab|newline|colon);/gi, (_, name: string) =>
    name.toLowerCase() === 'colon' ? ':' : ' ',
  );
  try {
    value = decodeURIComponent(value);
  } catch {
    // A stray % is not an attack; keep the text as it was.
  }
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
}

/**
 * Returns the URL when it is safe to put in `href`, `src` or `cite`:
 * http(s), relative (path, query, fragment or protocol-relative), and
 * `mailto:` when allowed. Anything else (`javascript:`, `data:`,
 * `vbscript:`, `file:`, …, however disguised) is dropped and reported.
 * An empty or absent value returns `undefined` silently.
 */
export function checkUrl(value: string | null | undefined, options: UrlCheckOptions = {}): string | undefined {
  if (value == null) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;

  const report =
    options.report ??
    ((problem: string, fix: string) => warn('lede', 'url', problem, fix));
  if (trimmed.length > MAX_URL_LENGTH) {
    report(`a URL of ${trimmed.length} characters (${echo(trimmed)}) is longer than ${MAX_URL_LENGTH}, so it was dropped.`, 'Use a shorter URL.');
    return undefined;
  }

  const flat = normaliseForSchemeCheck(trimmed);
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(flat)?.[1];
  if (scheme === undefined) {
    // No scheme: a relative URL, resolved against the page. Browsers treat a
    // backslash like a slash, so "\\evil.example" is protocol-relative: still http(s).
    return trimmed;
  }
  const protocol = `${scheme}:`;
  if (SAFE_SCHEMES.has(protocol) || (options.allowMailto && protocol === 'mailto:')) {
    return trimmed;
  }
  report(
    `"${trimmed.slice(0, 80)}" uses the ${protocol} scheme, which Lede never puts in a link, so it was dropped.`,
    `Use an http:, https:${options.allowMailto ? ', mailto:' : ''} or relative URL.`,
  );
  return undefined;
}
