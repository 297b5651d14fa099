/**
 * Reads the three feed formats newsrooms publish (JSON Feed 1.1, RSS 2.0 and
 * Atom 1.0) into plain entries. Everything comes out as text: titles are
 * never parsed as HTML, and URLs are returned as written, for the caller to
 * check and resolve against the feed's own URL.
 */

/** One entry of a feed, as text. As parsed, URLs are unchecked and may be relative to the feed. */
export interface FeedEntry {
  /** The article's title, as text. */
  title: string;
  /** Where the link goes. */
  url: string;
  /** Thumbnail URL. */
  image?: string;
  /** The thumbnail's alternative text. */
  imageAlt?: string;
  /** A short label above the title ("Analysis"). */
  kicker?: string;
  /** The date as the feed wrote it (ISO 8601, RFC 822, …). */
  published?: string;
}

/** Why a response could not be read as a feed; the message names the cause. */
export class FeedError extends Error {
  override name = 'FeedError';
}

/** The `Accept` header for a feed request (CORS-safelisted: short, no unsafe bytes). */
export const FEED_ACCEPT =
  'application/feed+json, application/json, application/atom+xml, application/rss+xml, application/xml, text/xml';

interface TextPolicy {
  createHTML(input: string): unknown;
}
let xmlPolicy: TextPolicy | null | undefined;

/**
 * Under an enforced Trusted Types CSP, `DOMParser.parseFromString` wants a
 * TrustedHTML value whatever the type. The policy never leaves this module
 * and only feeds an XML parse: a DOMParser document is inert (no script
 * runs, nothing loads), so passing the text through unchanged is safe. A
 * page that forbids the policy name gets a clear error instead of a throw.
 */
function forXmlParser(text: string): string {
  if (xmlPolicy === undefined) {
    xmlPolicy = null;
    const factory = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: { createHTML(s: string): string }): TextPolicy } })
      .trustedTypes;
    try {
      xmlPolicy = factory?.createPolicy('lede-feed', { createHTML: (input) => input }) ?? null;
    } catch {
      // The page's CSP does not allow the policy; parsing below reports it.
    }
  }
  return (xmlPolicy ? xmlPolicy.createHTML(text) : text) as string;
}

/** Collapses runs of whitespace (feeds indent their text) and trims. */
export function cleanText(value: unknown): string {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

/**
 * Text of a value that its feed marks as HTML (Atom `type="html"`): tags
 * are removed and character references decoded, without any HTML parser.
 * The result is still only ever rendered as text.
 */
function htmlToText(value: string): string {
  return value
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
      const point = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : '';
    });
}

const VAGUE_TYPES = new Set(['', 'text/plain', 'application/octet-stream']);

/**
 * Parses a feed response body. `contentType` picks the format; when it is
 * vague (`text/plain`, missing), the first character decides. Throws a
 * `FeedError` naming the cause when the body is not a feed.
 */
export function parseFeed(body: string, contentType = ''): FeedEntry[] {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (type.includes('json')) return parseJsonFeed(body);
  if (type.includes('xml')) return parseXmlFeed(body);
  // A server that does not say (or says text/plain): the first character decides.
  if (VAGUE_TYPES.has(type)) {
    const start = body.trimStart()[0];
    if (start === '{') return parseJsonFeed(body);
    if (start === '<') return parseXmlFeed(body);
  }
  throw new FeedError(`the response is ${type ? `"${type}"` : 'of no known type'}, not JSON Feed, RSS or Atom`);
}

function parseJsonFeed(body: string): FeedEntry[] {
  let feed: unknown;
  try {
    feed = JSON.parse(body);
  } catch (error) {
    throw new FeedError(`the JSON is malformed (${(error as Error).message})`);
  }
  const items = (feed as { items?: unknown } | null)?.items;
  if (typeof feed !== 'object' || feed === null || !Array.isArray(items)) {
    throw new FeedError('it is not a JSON Feed (no "items" array)');
  }
  return items.map((raw): FeedEntry => {
    const item = (raw ?? {}) as Record<string, unknown>;
    const lede = (item['_lede'] ?? {}) as Record<string, unknown>;
    const tags = Array.isArray(item['tags']) ? item['tags'] : [];
    return {
      title: cleanText(item['title']),
      url: cleanText(item['url']) || cleanText(item['external_url']),
      image: cleanText(item['image']) || cleanText(item['banner_image']) || undefined,
      imageAlt: cleanText(lede['image_alt']) || undefined,
      kicker: cleanText(lede['kicker']) || cleanText(tags[0]) || undefined,
      published: cleanText(item['date_published']) || undefined,
    };
  });
}

/** The first child element of `parent` whose local name is one of `names` (any namespace). */
function child(parent: Element, ...names: string[]): Element | undefined {
  return Array.from(parent.children).find((el) => names.includes(el.localName));
}

/** The first non-empty text among `parent`'s children named `names` (skips e.g. an empty `atom:link` in RSS). */
function childText(parent: Element, ...names: string[]): string {
  for (const el of Array.from(parent.children)) {
    if (names.includes(el.localName) && cleanText(el.textContent)) return cleanText(el.textContent);
  }
  return '';
}

/** An image URL from Media RSS (`media:thumbnail`, `media:content`) or an image enclosure. */
function rssImage(item: Element): string | undefined {
  for (const el of Array.from(item.getElementsByTagName('*'))) {
    const url = el.getAttribute('url') ?? '';
    if (el.localName === 'thumbnail' && url) return url;
    if (el.localName === 'content' && url && (el.getAttribute('medium') === 'image' || /^image\//.test(el.getAttribute('type') ?? ''))) return url;
    if (el.localName === 'enclosure' && url && /^image\//.test(el.getAttribute('type') ?? '')) return url;
  }
  return undefined;
}

function atomText(el: Element | undefined): string {
  if (!el) return '';
  const text = el.textContent ?? '';
  return cleanText(el.getAttribute('type') === 'html' ? htmlToText(text) : text);
}

function atomLink(entry: Element): string {
  const links = Array.from(entry.children).filter((el) => el.localName === 'link');
  const alternate = links.find((el) => (el.getAttribute('rel') ?? 'alternate') === 'alternate');
  return cleanText((alternate ?? links[0])?.getAttribute('href') ?? '');
}

function parseXmlFeed(body: string): FeedEntry[] {
  let doc: Document;
  try {
    // XML, never HTML: nothing in the feed can become markup or script.
    doc = new DOMParser().parseFromString(forXmlParser(body), 'application/xml');
  } catch (error) {
    throw new FeedError(`the XML could not be parsed (${(error as Error).message}); under Trusted Types, allow the policy "lede-feed"`);
  }
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new FeedError(`the XML is malformed (${cleanText(error.textContent).slice(0, 120)})`);
  const root = doc.documentElement;
  if (root.localName === 'rss' || root.localName === 'RDF') {
    const channel = child(root, 'channel') ?? root;
    const items = Array.from((root.localName === 'RDF' ? root : channel).children).filter((el) => el.localName === 'item');
    return items.map((item) => ({
      title: childText(item, 'title'),
      url: childText(item, 'link') || (child(item, 'guid')?.getAttribute('isPermaLink') !== 'false' ? childText(item, 'guid') : ''),
      image: rssImage(item),
      kicker: childText(item, 'category') || undefined,
      published: childText(item, 'pubDate', 'date') || undefined,
    }));
  }
  if (root.localName === 'feed') {
    const entries = Array.from(root.children).filter((el) => el.localName === 'entry');
    return entries.map((entry) => {
      const category = child(entry, 'category');
      return {
        title: atomText(child(entry, 'title')),
        url: atomLink(entry),
        image: rssImage(entry),
        kicker: cleanText(category?.getAttribute('label') || category?.getAttribute('term') || '') || undefined,
        published: childText(entry, 'published', 'updated') || undefined,
      };
    });
  }
  throw new FeedError(`it is XML but neither RSS nor Atom (root element <${root.localName}>)`);
}
