import { cleanText, feedText, type FeedEntry } from '../../internal/feed-common.js';
import { clip, MAX_ITEMS } from '../../internal/limits.js';
import { checkUrl } from '../../internal/url.js';

/**
 * One related article, as the `items` property takes it and
 * `lede-related-select` reports it: `{title, url, image?, imageAlt?, kicker?,
 * published?}`, the shape a feed entry is read into (without the `id` and
 * `summary` only the live banner uses). Once checked, the URLs are safe (and
 * resolved against the feed for feed items) and the image's alt text is
 * empty by default (decorative: the title is beside it).
 */
export type RelatedItem = Omit<FeedEntry, 'id' | 'summary'>;

/** Where the rendered items came from. */
export type RelatedSource = 'content' | 'items' | 'feed';

/** The items that survived checking, and what was wrong with the others. */
export interface CheckedItems {
  items: RelatedItem[];
  /** How many entries were left out or lost their image. */
  problems: number;
  /** The first unsafe URL dropped, else the first problem found. */
  reason?: string;
  /** How many entries were read (all of them, unless reading stopped at `want`). */
  read: number;
  /** True when reading stopped at `want` items with entries left unread. */
  cut: boolean;
}

export interface CheckOptions {
  /** Relative URLs are resolved against it (a feed's own URL). */
  base?: string;
  /** What duplicate links are compared against (the page's base URL). */
  keyBase?: string;
  /** Stop once this many distinct items are kept (default `MAX_ITEMS`). */
  want?: number;
}

/**
 * Turns untrusted entries (a JSON attribute, a feed, the CMS's list) into
 * items: the title, kicker and alt as plain text of at most
 * `MAX_TEXT_LENGTH` characters, every URL checked, relative URLs resolved
 * against `base` when given. An entry without a title or a usable link is
 * left out, and so is a repeated link; a bad image only loses the image.
 * Entries are taken from `entries` only until `want` items are kept, so a
 * feed of 100,000 entries costs what the list shows.
 */
export function checkItems(entries: Iterable<unknown>, options: CheckOptions = {}): CheckedItems {
  const { base, keyBase = base ?? 'http://server.invalid/', want = MAX_ITEMS } = options;
  const items: RelatedItem[] = [];
  const seen = new Set<string>();
  let problems = 0;
  let reason: string | undefined;
  let read = 0;
  let unsafe = false;
  const leaveOut = (why: string) => {
    problems += 1;
    reason ??= why;
  };
  // A dropped javascript: link is what a newsroom most needs to hear about, whatever came before it.
  const dropUnsafe = (why: string) => {
    leaveOut(why);
    if (!unsafe) reason = why;
    unsafe = true;
  };
  for (const entry of entries) {
    if (items.length >= want) return { items, problems, reason, read, cut: true };
    read += 1;
    if (typeof entry !== 'object' || entry === null) {
      leaveOut(`an entry is ${entry === null ? 'null' : typeof entry}, not an object`);
      continue;
    }
    const raw = entry as Record<string, unknown>;
    const title = feedText(raw['title']);
    let problem: string | undefined;
    const url = checkUrl(cleanText(raw['url']), { report: (why) => (problem = why) });
    if (!title || !url) {
      if (problem) dropUnsafe(problem);
      else leaveOut(title ? `"${clip(title, 60)}" has no url` : 'an entry has no title');
      continue;
    }
    const item: RelatedItem = { title, url: resolve(url, base) };
    const key = urlKey(item.url, keyBase);
    if (seen.has(key)) continue;
    seen.add(key);
    const image = checkUrl(cleanText(raw['image']), { report: dropUnsafe });
    if (image) {
      item.image = resolve(image, base);
      item.imageAlt = feedText(raw['imageAlt']);
    }
    const kicker = feedText(raw['kicker']);
    if (kicker) item.kicker = kicker;
    const published = feedText(raw['published']);
    if (published) item.published = published;
    items.push(item);
  }
  return { items, problems, reason, read, cut: false };
}

function resolve(url: string, base: string | undefined): string {
  if (!base) return url;
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

/** `/a/b//` → `/a/b`, keeping `/`; a loop, as `/\/+$/` is quadratic on long runs of slashes. */
function withoutTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 1 && path.charCodeAt(end - 1) === 0x2f) end -= 1;
  return path.slice(0, end);
}

/**
 * The identity of a link for "is this the current page?" and duplicate
 * checks: absolute, without the fragment, the default port or a trailing
 * slash.
 */
export function urlKey(url: string, base: string): string {
  const cached = keys.get(url);
  if (cached?.base === base) return cached.key;
  // A root-relative path of plain segments (`/news/a-story`) resolves to the base's origin and itself,
  // with nothing to normalise: no URL parse for the usual CMS link.
  if (PLAIN_PATH.test(url)) {
    const origin = originOf(base);
    if (origin) return remember(url, base, origin + url);
  }
  let key = url;
  try {
    const parsed = new URL(url, base);
    const path = withoutTrailingSlashes(parsed.pathname);
    if (path !== parsed.pathname) {
      parsed.hash = '';
      parsed.pathname = path;
      key = parsed.href;
    } else {
      // Usually nothing to take off but the fragment: a slice, not a second parse by the URL setters.
      const fragment = parsed.href.indexOf('#');
      key = fragment < 0 ? parsed.href : parsed.href.slice(0, fragment);
    }
  } catch {
    // Not a URL: the text is its own identity.
  }
  return remember(url, base, key);
}

function remember(url: string, base: string, key: string): string {
  if (keys.size >= MAX_KEYS) keys.clear();
  keys.set(url, { base, key });
  return key;
}

/** `/` and segments of letters, digits, `-`, `_` and `~`, no trailing slash: nothing a URL parser would change. */
const PLAIN_PATH = /^(\/[A-Za-z0-9_~-]+)+$/;

let lastBase: { base: string; origin: string | undefined } | undefined;
/** The origin of an http(s) base (`https://news.example`), parsed once per base. */
function originOf(base: string): string | undefined {
  if (lastBase?.base !== base) {
    let origin: string | undefined;
    try {
      const parsed = new URL(base);
      if ((parsed.protocol === 'http:' || parsed.protocol === 'https:') && !parsed.username && !parsed.password) origin = parsed.origin;
    } catch {
      origin = undefined;
    }
    lastBase = { base, origin };
  }
  return lastBase.origin;
}

/**
 * The last keys made: a list's links are checked for duplicates and then for the current page,
 * and a feed re-read every few minutes brings the same links again. Bounded, so a long-lived page
 * does not grow without end.
 */
const keys = new Map<string, { base: string; key: string }>();
const MAX_KEYS = 2000;

/**
 * Reads the CMS's light-DOM list as entries:
 * `<ul><li><a href>Title</a></li></ul>`, where each item may also hold an
 * `<img>`, a kicker (`[data-kicker]` or `.kicker`) and a `<time datetime>`.
 * Only direct `<ul>`/`<ol>` children of the element count.
 */
export function readListEntries(host: Element): Record<string, string | undefined>[] {
  const entries: Record<string, string | undefined>[] = [];
  for (const li of Array.from(host.querySelectorAll(':scope > ul > li, :scope > ol > li'))) {
    const link = li.querySelector('a[href]');
    if (!link) continue;
    const kicker = li.querySelector('[data-kicker], .kicker');
    const time = li.querySelector('time');
    const img = li.querySelector('img');
    const title = link.cloneNode(true) as Element;
    title.querySelectorAll('img, time, [data-kicker], .kicker').forEach((el) => el.remove());
    entries.push({
      title: title.textContent ?? '',
      url: link.getAttribute('href') ?? '',
      image: img?.getAttribute('src') ?? undefined,
      imageAlt: img?.getAttribute('alt') ?? undefined,
      kicker: kicker?.textContent ?? undefined,
      published: time ? time.getAttribute('datetime') || time.textContent || undefined : undefined,
    });
  }
  return entries;
}
