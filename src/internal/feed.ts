/**
 * Reads the three feed formats newsrooms publish (JSON Feed 1.1, RSS 2.0 and
 * Atom 1.0) into plain entries. Everything comes out as text: titles are
 * never parsed as HTML, and URLs are returned as written, for the caller to
 * check and resolve against the feed's own URL.
 */

import { clip } from './limits.js';

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
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createHTML(input: string): string }): TextPolicy;
}

/** The one text the policy will pass: set just before our own parse, cleared by the pass. */
let expectedXml: string | undefined;

/**
 * Under an enforced Trusted Types CSP, `DOMParser.parseFromString` wants a
 * TrustedHTML value whatever the type. The policy is made when this module
 * loads, so that no page script can claim its name first, and it passes
 * only the one text that `readXmlFeed` is about to hand to the XML parser:
 * anyone else calling it gets an error, so it is no general way around
 * the page's Trusted Types. A DOMParser document is inert (no script runs,
 * nothing loads). A page that forbids the name gets a clear error instead.
 */
const xmlPolicy: TextPolicy | null = (() => {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  try {
    return (
      factory?.createPolicy('lede-feed', {
        createHTML(input) {
          if (input !== expectedXml) throw new TypeError('lede-feed: not a feed Lede is parsing');
          expectedXml = undefined;
          return input;
        },
      }) ?? null
    );
  } catch {
    // The page's CSP does not allow the policy; parsing RSS and Atom reports it.
    return null;
  }
})();

function forXmlParser(text: string): string {
  if (!xmlPolicy) return text;
  expectedXml = text;
  try {
    return xmlPolicy.createHTML(text) as string;
  } finally {
    expectedXml = undefined;
  }
}

/** Collapses runs of whitespace (feeds indent their text) and trims. */
export function cleanText(value: unknown): string {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
}

/** `cleanText`, cut to `MAX_TEXT_LENGTH`: what any title, kicker or alt from a feed may be. */
export function feedText(value: unknown): string {
  return clip(cleanText(value));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

/** Removes `<…>` tags in one pass (a regular expression would rescan from every unclosed `<`). */
function stripTags(value: string): string {
  let text = '';
  let position = 0;
  while (position < value.length) {
    const open = value.indexOf('<', position);
    if (open === -1) break;
    const close = value.indexOf('>', open + 1);
    // No `>` after this `<`: none after any later `<` either, so the rest is text.
    if (close === -1) break;
    text += value.slice(position, open);
    position = close + 1;
  }
  return text + value.slice(position);
}

/**
 * Text of a value that its feed marks as HTML (Atom `type="html"`): tags
 * are removed and character references decoded, without any HTML parser.
 * The result is still only ever rendered as text.
 */
function htmlToText(value: string): string {
  return stripTags(value).replace(/&(#x[0-9a-f]{1,8}|#\d{1,8}|[a-z]{1,32});/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
    const point = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : '';
  });
}

const VAGUE_TYPES = new Set(['', 'text/plain', 'application/octet-stream']);

/**
 * Reads a feed response body, lazily: the body is parsed at once (a
 * malformed one throws a `FeedError` naming the cause), and its entries are
 * turned into `FeedEntry`s only as the caller takes them, so a caller that
 * needs five items does not pay for a hundred thousand. `contentType` picks
 * the format; when it is vague (`text/plain`, missing), the first
 * character decides.
 */
export function readFeed(body: string, contentType = ''): Iterable<FeedEntry> {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (type.includes('json')) return readJsonFeed(body);
  if (type.includes('xml')) return readXmlFeed(body);
  // A server that does not say (or says text/plain): the first character decides.
  if (VAGUE_TYPES.has(type)) {
    const start = body.trimStart()[0];
    if (start === '{') return readJsonFeed(body);
    if (start === '<') return readXmlFeed(body);
  }
  throw new FeedError(`the response is ${type ? `"${clip(type, 60)}"` : 'of no known type'}, not JSON Feed, RSS or Atom`);
}

function readJsonFeed(body: string): Iterable<FeedEntry> {
  let feed: unknown;
  try {
    feed = JSON.parse(body);
  } catch (error) {
    throw new FeedError(`the JSON is malformed (${clip((error as Error).message, 120)})`);
  }
  const items = (feed as { items?: unknown } | null)?.items;
  if (typeof feed !== 'object' || feed === null || !Array.isArray(items)) {
    throw new FeedError('it is not a JSON Feed (no "items" array)');
  }
  return mapLazily(items, (raw): FeedEntry => {
    const item = (raw !== null && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
    const lede = (item['_lede'] !== null && typeof item['_lede'] === 'object' ? item['_lede'] : {}) as Record<string, unknown>;
    const tags = Array.isArray(item['tags']) ? item['tags'] : [];
    return {
      title: feedText(item['title']),
      url: cleanText(item['url']) || cleanText(item['external_url']),
      image: cleanText(item['image']) || cleanText(item['banner_image']) || undefined,
      imageAlt: feedText(lede['image_alt']) || undefined,
      kicker: feedText(lede['kicker']) || feedText(tags[0]) || undefined,
      published: feedText(item['date_published']) || undefined,
    };
  });
}

/** `list` mapped through `convert`, one element at a time as it is iterated. */
function* mapLazily<T, U>(list: ArrayLike<T>, convert: (value: T) => U): Generator<U> {
  for (let index = 0; index < list.length; index += 1) yield convert(list[index]!);
}

/** The first child element of `parent` whose local name is one of `names` (any namespace). */
function child(parent: Element, ...names: string[]): Element | undefined {
  return Array.from(parent.children).find((el) => names.includes(el.localName));
}

/** The first non-empty text among `parent`'s children named `names` (skips e.g. an empty `atom:link` in RSS). */
function childText(parent: Element, ...names: string[]): string {
  for (const el of Array.from(parent.children)) {
    if (!names.includes(el.localName)) continue;
    const text = feedText(el.textContent);
    if (text) return text;
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
  return feedText(el.getAttribute('type') === 'html' ? htmlToText(text) : text);
}

function atomLink(entry: Element): string {
  const links = Array.from(entry.children).filter((el) => el.localName === 'link');
  const alternate = links.find((el) => (el.getAttribute('rel') ?? 'alternate') === 'alternate');
  return cleanText((alternate ?? links[0])?.getAttribute('href') ?? '');
}

/**
 * Namespaces whose elements the XML parser would make into live HTML, SVG
 * or MathML elements, whose `on*` attributes a browser may check against
 * the page's CSP (and report, blaming Lede). Feeds are only read as text,
 * so their elements are renamed into an inert namespace before parsing.
 */
const ACTIVE_NAMESPACES = /http:\/\/www\.w3\.org\/(?:1999\/xhtml|2000\/svg|1998\/Math\/MathML)/g;

/**
 * A DTD can declare entities that expand a 40 KB feed into 100 M characters
 * (the "billion laughs"), which crashes the reader's tab. No feed needs
 * one: a feed that declares entities, or has a DOCTYPE with an internal
 * subset (`[…]`), is refused before parsing. A plain external DOCTYPE (old
 * RSS 0.91 feeds) declares nothing a browser reads, and is removed.
 */
function withoutDoctype(body: string): string {
  const refused = () =>
    new FeedError('it declares a DOCTYPE with entities, which Lede refuses to parse (they can expand a small feed into gigabytes)');
  if (/<!ENTITY/i.test(body)) throw refused();
  const doctype = /<!DOCTYPE/i.exec(body);
  if (!doctype) return body;
  const end = body.indexOf('>', doctype.index);
  const subset = body.indexOf('[', doctype.index);
  if (end === -1 || (subset !== -1 && subset < end)) throw refused();
  return body.slice(0, doctype.index) + body.slice(end + 1);
}

function readXmlFeed(body: string): Iterable<FeedEntry> {
  let doc: Document;
  try {
    // XML, never HTML: nothing in the feed can become markup or script.
    doc = new DOMParser().parseFromString(forXmlParser(withoutDoctype(body).replace(ACTIVE_NAMESPACES, 'urn:lede:inert')), 'application/xml');
  } catch (error) {
    throw new FeedError(`the XML could not be parsed (${clip((error as Error).message, 120)}); under Trusted Types, allow the policy "lede-feed"`);
  }
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new FeedError(`the XML is malformed (${clip(cleanText(error.textContent), 120)})`);
  const root = doc.documentElement;
  if (root.localName === 'rss' || root.localName === 'RDF') {
    const channel = child(root, 'channel') ?? root;
    const items = Array.from((root.localName === 'RDF' ? root : channel).children).filter((el) => el.localName === 'item');
    return mapLazily(items, (item) => ({
      title: childText(item, 'title'),
      url: childText(item, 'link') || (child(item, 'guid')?.getAttribute('isPermaLink') !== 'false' ? childText(item, 'guid') : ''),
      image: rssImage(item),
      kicker: childText(item, 'category') || undefined,
      published: childText(item, 'pubDate', 'date') || undefined,
    }));
  }
  if (root.localName === 'feed') {
    const entries = Array.from(root.children).filter((el) => el.localName === 'entry');
    return mapLazily(entries, (entry) => {
      const category = child(entry, 'category');
      return {
        title: atomText(child(entry, 'title')),
        url: atomLink(entry),
        image: rssImage(entry),
        kicker: feedText(category?.getAttribute('label') || category?.getAttribute('term') || '') || undefined,
        published: childText(entry, 'published', 'updated') || undefined,
      };
    });
  }
  throw new FeedError(`it is XML but neither RSS nor Atom (root element <${root.localName}>)`);
}
