/** JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1). */
import { cleanText, feedText, FeedError, mapLazily, type FeedEntry } from './feed-common.js';
import { htmlToText } from './feed-inert.js';
import { clip } from './limits.js';

const record = (value: unknown): Record<string, unknown> => (value !== null && typeof value === 'object' ? value : {}) as Record<string, unknown>;

/** The first image attachment's URL (JSON Feed lets a podcast or a photo post carry its picture there). */
function attachmentImage(item: Record<string, unknown>): string {
  const attachments = Array.isArray(item['attachments']) ? item['attachments'] : [];
  const image = attachments.map(record).find((attachment) => /^image\//.test(cleanText(attachment['mime_type'])));
  return image ? cleanText(image['url']) : '';
}

function readItem(raw: unknown): FeedEntry {
  const item = record(raw);
  const lede = record(item['_lede']);
  const tags = Array.isArray(item['tags']) ? item['tags'] : [];
  // JSON Feed titles are plain text by the specification: never read as HTML.
  const title = feedText(item['title']);
  const image = cleanText(item['image']) || cleanText(item['banner_image']) || attachmentImage(item);
  const entry: FeedEntry = {
    title,
    url: cleanText(item['url']) || cleanText(item['external_url']),
    image: image || undefined,
    imageAlt: feedText(lede['image_alt']) || undefined,
    kicker: feedText(lede['kicker']) || feedText(tags[0]) || undefined,
    published: feedText(item['date_published']) || feedText(item['date_modified']) || undefined,
  };
  const id = typeof item['id'] === 'number' ? String(item['id']) : cleanText(item['id']);
  if (id) entry.id = id;
  if (!title) {
    const html = typeof item['content_html'] === 'string' ? clip(item['content_html'], 10_000) : '';
    entry.summary = feedText(item['summary']) || feedText(item['content_text']) || feedText(html && htmlToText(html));
  }
  return entry;
}

/** Reads a JSON Feed body, lazily; throws a `FeedError` when it is not JSON or has no `items`. */
export function readJsonFeed(body: string): { entries: Iterable<FeedEntry>; ended: boolean } {
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
  const extension = record((feed as Record<string, unknown>)['_lede']);
  return {
    entries: mapLazily(items, readItem),
    // Coverage is over: Lede's `_lede.ended`, or JSON Feed's own `expired`.
    ended: (feed as Record<string, unknown>)['expired'] === true || extension['ended'] === true,
  };
}
