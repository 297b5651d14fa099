import { cleanText, feedText } from '../../internal/feed.js';

/** One update of a live feed, as the banner shows it. */
export interface LiveUpdate {
  /** The item's `id` (or its URL): what makes an update "new". */
  id: string;
  /** Plain text: the item's `title`, else its `summary` or `content_text`. */
  title: string;
  /** The item's `url`, unchecked (the banner checks it before linking). */
  url?: string;
  /** `date_published`, else `date_modified`. */
  date?: Date;
}

export interface LiveFeed {
  /** The feed's items in feed order. */
  updates: LiveUpdate[];
  /** True when the feed says coverage is over: `_lede.ended` or JSON Feed's `expired`. */
  ended: boolean;
}



function toDate(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function toUpdate(item: unknown): LiveUpdate | undefined {
  if (!item || typeof item !== 'object') return undefined;
  const record = item as Record<string, unknown>;
  const url = cleanText(record['url']) || undefined;
  const id = cleanText(typeof record['id'] === 'number' ? String(record['id']) : record['id']) || url;
  const title = feedText(record['title']) || feedText(record['summary']) || feedText(record['content_text']);
  if (!id || !title) return undefined;
  return { id, title, url, date: toDate(record['date_published']) ?? toDate(record['date_modified']) };
}

/**
 * Reads a JSON Feed (https://jsonfeed.org/version/1.1). Items without an id
 * (or URL) or any text are skipped. Coverage has ended when the feed says
 * `"_lede": { "ended": true }` or, in plain JSON Feed, `"expired": true`.
 * Throws when `json` is not a JSON Feed at all.
 */
export function parseLiveFeed(json: unknown): LiveFeed {
  const feed = json && typeof json === 'object' ? (json as Record<string, unknown>) : undefined;
  if (!feed || !Array.isArray(feed['items'])) throw new Error('is not a JSON Feed (it has no "items" array)');
  const extension = feed['_lede'] as Record<string, unknown> | undefined;
  return {
    updates: feed['items'].map(toUpdate).filter((update): update is LiveUpdate => update !== undefined),
    ended: feed['expired'] === true || (typeof extension === 'object' && extension?.['ended'] === true),
  };
}

/** The newest update: latest date first; undated feeds are taken as newest first. */
export function newestUpdate(updates: readonly LiveUpdate[]): LiveUpdate | undefined {
  let newest = updates[0];
  for (const update of updates) {
    if (update.date && (!newest?.date || update.date > newest.date)) newest = update;
  }
  return newest;
}
