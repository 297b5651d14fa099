/**
 * Reads the feed formats newsrooms publish (JSON Feed 1.0/1.1, RSS
 * 0.9x/1.0/2.0, Atom 0.3/1.0) into plain entries, for the related list and
 * the live banner alike. Everything comes out as text: titles are never
 * rendered as HTML, and URLs are returned unchecked, for the caller to check.
 */
import { FeedError, type FeedEntry } from './feed-common.js';
import { readJsonFeed } from './feed-json.js';
import type { XmlReadOptions } from './feed-xml.js';
import { clip } from './limits.js';

export { FeedError, type FeedEntry } from './feed-common.js';

/** What a caught value says, for a warning: its message, or the value itself when it is not an error. */
export const errorMessage = (error: unknown): string => String((error as Error)?.message ?? error);

/**
 * The RSS and Atom reader (a chunk of its own in the script-tag builds) could
 * not be loaded: the site hosts `lede.js` without its `chunks/` folder, or
 * the network failed. Not the feed's fault, so not a `FeedError`.
 */
export class FeedReaderLoadError extends Error {
  override name = 'FeedReaderLoadError';
}

/** The `Accept` header for a feed request (CORS-safelisted: short, no unsafe bytes). */
export const FEED_ACCEPT =
  'application/feed+json, application/json, application/atom+xml, application/rss+xml, application/xml, text/xml';

/** A feed as read: its entries (turned into `FeedEntry`s as they are taken) and whether it says it has ended. */
export interface FeedDocument {
  entries: Iterable<FeedEntry>;
  /** JSON Feed's `expired` or Lede's `_lede.ended`; RSS and Atom have no way to say it. */
  ended: boolean;
}

const VAGUE_TYPES = new Set(['', 'text/plain', 'application/octet-stream']);

/**
 * Reads a feed response body (already decoded, see `decodeFeed`): the
 * body is parsed at once (a malformed one rejects with a `FeedError` naming
 * the cause), and its entries are turned into `FeedEntry`s only as the
 * caller takes them, so a caller that needs five items does not pay for a
 * hundred thousand. `contentType` picks the format; when it is vague
 * (`text/plain`, missing), the first character decides. `options.feedUrl`
 * anchors a relative `xml:base`; `options.images: false` skips thumbnails.
 *
 * The RSS and Atom reader (with its search for thumbnails in item HTML) is
 * imported only for an XML body: a page whose feeds are JSON Feed never
 * downloads it in the script-tag builds.
 */
export async function readFeedDocument(body: string, contentType = '', options: XmlReadOptions = {}): Promise<FeedDocument> {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  const start = body.replace(/^[\s\uFEFF]+/, '')[0];
  if (type.includes('json') || (VAGUE_TYPES.has(type) && start === '{')) return readJsonFeed(body.replace(/^\uFEFF/, ''));
  if (type.includes('xml') || (VAGUE_TYPES.has(type) && start === '<')) {
    let reader: typeof import('./feed-xml.js');
    try {
      reader = await import('./feed-xml.js');
    } catch (error) {
      throw new FeedReaderLoadError(`the RSS and Atom reader could not be loaded (${clip(errorMessage(error), 160)})`);
    }
    return { entries: reader.readXmlFeed(body, options), ended: false };
  }
  throw new FeedError(`the response is ${type ? `"${clip(type, 60)}"` : 'of no known type'}, not JSON Feed, RSS or Atom`);
}

/** The entries of `readFeedDocument`. */
export async function readFeed(body: string, contentType = '', feedUrl?: string): Promise<Iterable<FeedEntry>> {
  return (await readFeedDocument(body, contentType, { feedUrl })).entries;
}
