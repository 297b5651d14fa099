/**
 * RSS (0.9x, 1.0, 2.0) and Atom (0.3, 1.0) as feeds are really written:
 * a BOM or blank lines before `<?xml`, `xml:base`, links only in
 * `atom:link` or in an http(s) `id`, dates under six names, titles holding
 * escaped HTML, thumbnails in a dozen places, and the three faults that
 * make a feed malformed most often (a bare `&`, an undeclared `&nbsp;`, an
 * unclosed CDATA section), repaired once when the strict parse fails.
 */
import { cleanText, feedText, FeedError, mapLazily, type FeedEntry } from './feed-common.js';
import { firstHtmlImage, imageElements, pickImage } from './feed-image.js';
import { htmlToText, parseXmlDocument } from './feed-inert.js';
import { clip } from './limits.js';

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

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

const CDATA_OPEN = '<![CDATA[';

/** Ends each CDATA section a CMS left open just before the end tag of the element it opened in. */
function closeCdata(text: string): string {
  let repaired = '';
  let position = 0;
  // The first `]]>` after the current section's start (-1: none left, -2: not looked for yet),
  // kept while it lies ahead, so that a feed of many open sections is not searched to its end each time.
  let close = -2;
  for (;;) {
    const open = text.indexOf(CDATA_OPEN, position);
    if (open === -1) return repaired + text.slice(position);
    if (close === -2 || (close !== -1 && close < open)) close = text.indexOf(']]>', open);
    const next = text.indexOf(CDATA_OPEN, open + CDATA_OPEN.length);
    if (close !== -1 && (next === -1 || close < next)) {
      repaired += text.slice(position, close + 3);
      position = close + 3;
      continue;
    }
    const name = /<([\w:.-]+)[^<>]*>\s*$/.exec(text.slice(Math.max(0, open - 200), open))?.[1];
    const end = name ? text.indexOf(`</${name}>`, open) : -1;
    if (end === -1) return repaired + text.slice(position);
    repaired += `${text.slice(position, end)}]]>`;
    position = end;
  }
}

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
const entityTexts = new Map<string, string>();
/** `&name;` decoded by the browser's HTML table, once per name (a feed may repeat `&nbsp;` thousands of times). */
function entityText(reference: string): string {
  let text = entityTexts.get(reference);
  if (text === undefined) entityTexts.set(reference, (text = htmlToText(reference)));
  return text;
}

/**
 * The repairs for the faults real feeds have most: characters XML forbids
 * (control codes pasted from word processors), unclosed CDATA, and outside
 * CDATA a bare `&` (→ `&amp;`), an HTML entity XML does not declare
 * (`&nbsp;` → `&#160;`, decoded by the browser's own HTML table) or a `<`
 * that opens no tag (→ `&lt;`).
 */
function repairXml(text: string): string {
  // eslint-disable-next-line no-control-regex
  const parts = closeCdata(text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')).split(/(<!\[CDATA\[[\s\S]*?\]\]>)/);
  // Odd parts are CDATA sections, kept as written.
  return parts.map((part, index) => (index % 2 ? part : repairMarkup(part))).join('');
}

function repairMarkup(markup: string): string {
  return (
    markup
      // A `<` that opens no tag ("rates < 5%"): text.
      .replace(/<(?=[\s\d=<])/g, '&lt;')
      .replace(/&(?:([a-z][a-z\d]*);|#\d+;|#x[\da-f]+;)?/gi, (whole, name?: string) => {
        if (whole === '&') return '&amp;';
        if (!name || XML_ENTITIES.has(name)) return whole;
        const decoded = entityText(whole);
        return decoded === whole ? `&amp;${name};` : Array.from(decoded, (char) => `&#${char.codePointAt(0)};`).join('');
      })
  );
}

const parserError = (doc: Document): Element | undefined => doc.getElementsByTagName('parsererror')[0];

/** The feed as an XML document: strict first, then once more after `repairXml`. */
function parseFeedXml(body: string): Document {
  // A BOM or blank lines before `<?xml` (a common PHP fault) make the declaration illegal.
  const text = withoutDoctype(body.replace(/^[\s\uFEFF]+/, '')).replace(ACTIVE_NAMESPACES, 'urn:lede:inert');
  const parse = (xml: string): Document => {
    try {
      return parseXmlDocument(xml);
    } catch (error) {
      throw new FeedError(`the XML could not be parsed (${clip((error as Error).message, 120)}); under Trusted Types, allow the policy "lede-feed"`);
    }
  };
  const doc = parse(text);
  const error = parserError(doc);
  if (!error) return doc;
  const repaired = repairXml(text);
  if (repaired !== text) {
    const second = parse(repaired);
    if (!parserError(second)) return second;
  }
  throw new FeedError(`the XML is malformed (${clip(cleanText(error.textContent), 120)})`);
}

/** Child elements of `parent` named `name` (local name, any namespace). */
const children = (parent: Element, name: string): Element[] => Array.from(parent.children).filter((el) => el.localName === name);

/** The text of the first child named one of `names` that has any, trying the names in the order given. */
function childText(parent: Element, ...names: string[]): string {
  for (const name of names) {
    for (const el of children(parent, name)) {
      const text = feedText(el.textContent);
      if (text) return text;
    }
  }
  return '';
}

/**
 * `url` resolved against the `xml:base` of `el` and its ancestors (a
 * relative one against the feed's own URL). Without `xml:base`, or when
 * that fails, the URL stays as written, for the caller to check first.
 */
function resolve(url: string, el: Element, feedUrl?: string): string {
  const bases: string[] = [];
  for (let node: Element | null = el; node; node = node.parentElement) {
    const base = node.getAttributeNS(XML_NAMESPACE, 'base');
    if (base) bases.unshift(base.trim());
  }
  if (!url || !bases.length) return url;
  try {
    let base = feedUrl;
    for (const next of bases) base = new URL(next, base).href;
    return base ? new URL(url, base).href : url;
  } catch {
    return url;
  }
}

/** Dates by the names RSS, Dublin Core and Atom 0.3/1.0 give them; a first publication beats a last change, whatever the order. */
const DATE_NAMES = ['pubDate', 'published', 'issued', 'date', 'created', 'updated', 'modified'];

/** Text of an Atom text construct (1.0 `type`, 0.3 `type` and `mode`); RSS text may hold escaped HTML. */
function contentText(el: Element | undefined, rss: boolean): string {
  if (!el) return '';
  const text = contentHtml(el);
  const type = el.getAttribute('type') ?? '';
  return feedText(rss || type === 'html' || type === 'text/html' ? htmlToText(text) : text);
}

/** HTML that holds the entry's body, where a last-resort image may be found. */
function htmlBodies(entry: Element): Element[] {
  return ['encoded', 'description', 'content', 'summary'].flatMap((name) => children(entry, name));
}

function entryImage(entry: Element, feedUrl?: string): string | undefined {
  const best = pickImage(imageElements(entry));
  if (best) return resolve(best.url, best.el, feedUrl);
  for (const body of htmlBodies(entry)) {
    // Atom xhtml content is elements already; everything else is HTML as text.
    const xhtmlImage = Array.from(body.getElementsByTagName('img'))[0]?.getAttribute('src');
    const url = xhtmlImage || firstHtmlImage(contentHtml(body));
    if (url) return resolve(url, body, feedUrl);
  }
  return undefined;
}

/** The text of `el`, decoded from base64 when Atom 0.3's `mode` says so. */
function contentHtml(el: Element): string {
  const text = el.textContent ?? '';
  if (el.getAttribute('mode') !== 'base64') return text;
  try {
    return new TextDecoder().decode(Uint8Array.from(atob(text.trim()), (char) => char.charCodeAt(0)));
  } catch {
    return '';
  }
}

/** An RSS item's link: `<link>`, else `<atom:link href>` (what .NET writes), else a permalink `guid`. */
function rssLink(item: Element, feedUrl?: string): string {
  const link = children(item, 'link').find((el) => cleanText(el.textContent));
  if (link) return resolve(cleanText(link.textContent), link, feedUrl);
  const href = children(item, 'link').find((el) => el.getAttribute('href') && (el.getAttribute('rel') ?? 'alternate') === 'alternate');
  if (href) return resolve(cleanText(href.getAttribute('href')), href, feedUrl);
  const guid = children(item, 'guid').find((el) => el.getAttribute('isPermaLink') !== 'false' && /^https?:\/\//i.test(cleanText(el.textContent)));
  return guid ? cleanText(guid.textContent) : '';
}

/** An Atom entry's link: the alternate (HTML first), else an http(s) `id`, else its first link. */
function atomLink(entry: Element, feedUrl?: string): string {
  const links = children(entry, 'link').filter((el) => el.getAttribute('href'));
  const alternates = links.filter((el) => (el.getAttribute('rel') ?? 'alternate') === 'alternate');
  const id = childText(entry, 'id');
  const link = alternates.find((el) => /html/.test(el.getAttribute('type') ?? 'html')) ?? alternates[0];
  if (!link && /^https?:\/\//i.test(id)) return id;
  const chosen = link ?? links.find((el) => !/^(edit|replies|enclosure)/.test(el.getAttribute('rel') ?? ''));
  return chosen ? resolve(cleanText(chosen.getAttribute('href')), chosen, feedUrl) : '';
}

/** Only for an entry without a title: the live banner shows its summary instead. */
function summaryFor(entry: Element, rss: boolean): string {
  for (const el of htmlBodies(entry)) {
    if (el.localName === 'encoded') continue;
    const text = contentText(el, rss || el.localName === 'description');
    if (text) return text;
  }
  return '';
}

/** What an XML reader is told: the feed's URL (for a relative `xml:base`) and whether thumbnails are wanted. */
export interface XmlReadOptions {
  feedUrl?: string;
  /** Look for a thumbnail (default true): the live banner shows none, and an entry's HTML is costly to search. */
  images?: boolean;
}

function readEntry(entry: Element, rss: boolean, { feedUrl, images = true }: XmlReadOptions): FeedEntry {
  const title = contentText(children(entry, 'title')[0], rss);
  const category = children(entry, 'category')[0];
  const kicker = rss ? childText(entry, 'category', 'subject') : feedText(category?.getAttribute('label') || category?.getAttribute('term') || '') || childText(entry, 'subject');
  const parsed: FeedEntry = {
    title,
    url: rss ? rssLink(entry, feedUrl) : atomLink(entry, feedUrl),
    image: images ? entryImage(entry, feedUrl) : undefined,
    kicker: kicker || undefined,
    published: childText(entry, ...DATE_NAMES) || undefined,
  };
  const id = childText(entry, rss ? 'guid' : 'id');
  if (id) parsed.id = id;
  if (!title) parsed.summary = summaryFor(entry, rss);
  return parsed;
}

/** Reads an RSS or Atom body; throws a `FeedError` naming the cause when it is neither. */
export function readXmlFeed(body: string, options: XmlReadOptions = {}): Iterable<FeedEntry> {
  const root = parseFeedXml(body).documentElement;
  // RSS 0.9x and 2.0 (<rss>), RSS 0.90 and 1.0 (<rdf:RDF>, items beside the channel).
  if (root.localName === 'rss' || root.localName === 'RDF') {
    const channel = children(root, 'channel')[0] ?? root;
    const items = children(root.localName === 'RDF' ? root : channel, 'item');
    return mapLazily(items, (item) => readEntry(item, true, options));
  }
  // Atom 1.0 and 0.3 (same element names; 0.3's issued and modified are among DATE_NAMES).
  if (root.localName === 'feed') return mapLazily(children(root, 'entry'), (entry) => readEntry(entry, false, options));
  throw new FeedError(`it is XML but neither RSS nor Atom (root element <${root.localName}>)`);
}
