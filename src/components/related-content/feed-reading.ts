/**
 * What a related list needs to read its `src` feed, loaded on demand (a
 * separate chunk in the script-tag build), so that a page whose lists have
 * no `src` never downloads the feed reader.
 */
import { errorMessage, FeedError, FeedReaderLoadError } from '../../internal/feed.js';
import { FeedFetchError } from '../../internal/fetch-feed.js';

export { fetchFeed } from '../../internal/fetch-feed.js';
export { FEED_ACCEPT, readFeed } from '../../internal/feed.js';

/** Whether the RSS and Atom reader could not be loaded (not the feed's fault: the warning's fix differs). */
export const isReaderLoadError = (error: unknown): boolean => error instanceof FeedReaderLoadError;

/** Why a feed could not be read, as the warning says it. */
export function feedProblem(error: unknown, seconds: number): string {
  if (error instanceof FeedReaderLoadError) return error.message;
  if (error instanceof FeedFetchError) {
    if (error.kind === 'timeout') return `the request timed out after ${seconds} s`;
    if (error.kind === 'network') return `the request failed (${error.detail})`;
    return error.kind === 'http' ? `the server ${error.message}` : `the response ${error.message}`;
  }
  if (error instanceof FeedError) return error.message;
  return `the request failed (${errorMessage(error).slice(0, 120)})`;
}
