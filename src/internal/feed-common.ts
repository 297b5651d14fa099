/** What every feed format is read into, and the small text helpers all readers share. */
import { clip } from './limits.js';

/** One entry of a feed, as text. URLs are unchecked, and relative ones are relative to the feed's URL (`xml:base` applied). */
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
  /** The date as the feed wrote it (ISO 8601, RFC 822, …): read it with `parseFeedDate`. */
  published?: string;
  /** The entry's identity (JSON Feed `id`, RSS `guid`, Atom `id`), when it has one. */
  id?: string;
  /** For an entry without a title only: its summary or content, as text. */
  summary?: string;
}

/** Why a response could not be read as a feed; the message names the cause. */
export class FeedError extends Error {
  override name = 'FeedError';
}

/** Collapses runs of whitespace (feeds indent their text) and trims. */
export function cleanText(value: unknown): string {
  if (typeof value !== 'string') return '';
  // Most titles have single spaces only: a test is cheaper than a replace that changes nothing.
  return (/\s\s|[^\S ]/.test(value) ? value.replace(/\s+/g, ' ') : value).trim();
}

/** `cleanText`, cut to `MAX_TEXT_LENGTH`: what any title, kicker or alt from a feed may be. */
export function feedText(value: unknown): string {
  return clip(cleanText(value));
}

/** `list` mapped through `convert`, one element at a time as it is iterated. */
export function* mapLazily<T, U>(list: ArrayLike<T>, convert: (value: T) => U): Generator<U> {
  for (let index = 0; index < list.length; index += 1) yield convert(list[index]!);
}
