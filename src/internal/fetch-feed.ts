import { FeedError } from './feed-common.js';
import { decodeFeed } from './feed-decode.js';
import { MAX_FEED_BYTES, setBoundedTimeout } from './limits.js';

/** Why a feed request failed (`invalid`: an answer that is not an acceptable feed): the element turns it into one warning. */
export type FetchFailureKind = 'network' | 'http' | 'timeout' | 'too-large' | 'invalid';

/** A feed request that failed; `message` is a sentence fragment ("answered HTTP 500"). */
export class FeedFetchError extends FeedError {
  constructor(
    readonly kind: FetchFailureKind,
    message: string,
    /** For a network failure, what the browser said ("Failed to fetch"). */
    readonly detail = '',
  ) {
    super(message);
  }
}

export interface FetchFeedOptions {
  /** Aborts the request silently (the element left the page, the src changed). */
  signal?: AbortSignal;
  /** Milliseconds before the request is abandoned as failed. */
  timeout: number;
  headers?: Record<string, string>;
  cache?: RequestCache;
  /** `omit` (the default: feeds are public) or `same-origin`. */
  credentials?: 'omit' | 'same-origin';
  /** The most bytes read of the body (default `MAX_FEED_BYTES`). */
  maxBytes?: number;
}

export interface FeedResponse {
  status: number;
  headers: Headers;
  /** The URL after redirects. */
  url: string;
  /** The body as text, decoded by its byte order mark, charset or XML declaration; empty for 304 Not Modified. */
  text: string;
}

/**
 * Fetches a feed the one way both feed elements do: never with credentials
 * for another site (`credentials` is `omit` or `same-origin`), with a time-out of our own (checked by its own flag, not by
 * the error's name, which differs between engines), and reading at most
 * `maxBytes` of the body, so a 20 MB feed is refused before it can freeze
 * the page. Throws a `FeedFetchError` for a failure, or the caller's abort
 * reason when the caller aborted.
 */
export async function fetchFeed(url: string, options: FetchFeedOptions): Promise<FeedResponse> {
  const { signal, timeout, maxBytes = MAX_FEED_BYTES } = options;
  signal?.throwIfAborted();
  const request = new AbortController();
  let timedOut = false;
  const timer = setBoundedTimeout(() => {
    timedOut = true;
    request.abort();
  }, timeout);
  // The caller's abort clears the timer at once (not later, in this function's continuation).
  const onAbort = () => {
    clearTimeout(timer);
    request.abort();
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const response = await fetch(url, { signal: request.signal, credentials: options.credentials ?? 'omit', headers: options.headers, cache: options.cache });
    if (response.status === 304) return { status: 304, headers: response.headers, url: response.url || url, text: '' };
    if (!response.ok) {
      void response.body?.cancel().catch(() => undefined);
      throw new FeedFetchError('http', `answered HTTP ${response.status}`);
    }
    const text = decodeFeed(await readBounded(response, maxBytes), response.headers.get('content-type') ?? '');
    return { status: response.status, headers: response.headers, url: response.url || url, text };
  } catch (error) {
    // Whatever went wrong, the connection goes too (a refused 20 MB body must not keep downloading).
    request.abort();
    if (signal?.aborted) throw signal.reason;
    if (error instanceof FeedFetchError) throw error;
    if (timedOut) throw new FeedFetchError('timeout', `did not answer within ${formatSeconds(timeout)}`);
    const detail = String((error as Error)?.message || 'network error').slice(0, 120);
    throw new FeedFetchError('network', `could not be reached (${detail})`, detail);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

const formatSeconds = (ms: number): string => `${Math.round(ms / 100) / 10} s`;

/** The body's bytes, refused with a `too-large` error past `maxBytes` (announced or streamed). */
async function readBounded(response: Response, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = () => new FeedFetchError('too-large', `is larger than ${maxBytes >> 10} KB, the most Lede reads of a feed`);
  if (Number(response.headers.get('content-length')) > maxBytes) {
    void response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  const reader = response.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let read; reader && !(read = await reader.read()).done; ) {
    size += read.value.byteLength;
    if (size > maxBytes) {
      void reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(read.value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
