import { parseFeedDate } from '../../internal/feed-dates.js';
import { FeedError, readFeedDocument, type FeedDocument } from '../../internal/feed.js';

/** One update of a live feed, as the banner shows it. */
export interface LiveUpdate {
  /** The item's `id` (or its URL): what makes an update "new". */
  id: string;
  /** Plain text: the item's title, else its summary or content. */
  title: string;
  /** The item's URL, unchecked (the banner checks it before linking). */
  url?: string;
  /** When it was published, else last updated. */
  date?: Date;
}

export interface LiveFeed {
  /** The feed's items in feed order. */
  updates: LiveUpdate[];
  /** True when the feed says coverage is over: `_lede.ended` or JSON Feed's `expired`. */
  ended: boolean;
}

/**
 * Reads a live feed body through the same reader and date parser as the
 * related list: JSON Feed 1.0/1.1, RSS or Atom (`contentType` picks, the
 * first character decides when it is vague). Items without an id (or URL)
 * or any text are skipped. Coverage has ended when a JSON Feed says
 * `"_lede": { "ended": true }` or `"expired": true`. Rejects with a
 * `FeedError` naming the cause when the body is not a feed.
 */
export async function parseLiveFeed(body: string, contentType = ''): Promise<LiveFeed> {
  let feed: FeedDocument;
  try {
    // The banner shows no thumbnail: an item's HTML is not searched for one on every poll.
    feed = await readFeedDocument(body, contentType, { images: false });
  } catch (error) {
    // The banner's warning reads "the feed "…" could not be read: the JSON is malformed (…)".
    throw error instanceof FeedError ? new FeedError(`could not be read: ${error.message}`) : error;
  }
  const { entries, ended } = feed;
  const updates: LiveUpdate[] = [];
  for (const entry of entries) {
    const id = entry.id || entry.url;
    const title = entry.title || entry.summary;
    if (id && title) updates.push({ id, title, url: entry.url || undefined, date: parseFeedDate(entry.published) });
  }
  return { updates, ended };
}

/** The newest update: latest date first; undated feeds are taken as newest first. */
export function newestUpdate(updates: readonly LiveUpdate[]): LiveUpdate | undefined {
  let newest = updates[0];
  for (const update of updates) {
    if (update.date && (!newest?.date || update.date > newest.date)) newest = update;
  }
  return newest;
}
