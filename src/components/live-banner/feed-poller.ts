import { errorMessage, FeedReaderLoadError } from '../../internal/feed.js';
import { fetchFeed, FeedFetchError, type FetchFailureKind } from '../../internal/fetch-feed.js';
import { setBoundedTimeout } from '../../internal/limits.js';

/** Why a poll failed; the banner turns it into one warning per failure streak. */
/** `reader`: the code that reads the feed could not be loaded (not the feed's fault). */
export type PollFailureKind = FetchFailureKind | 'reader';

export interface PollFailure {
  kind: PollFailureKind;
  /** What went wrong, as a sentence fragment: "answered HTTP 500". */
  problem: string;
}

export interface FeedPollerOptions<T> {
  /** The feed's URL (already checked). */
  url: string;
  /** Milliseconds between polls while all is well, before jitter. */
  interval: number;
  /** Milliseconds before a request is abandoned. */
  timeout: number;
  /** Turns the response body (decoded text) into data; throws (or rejects) when it is not acceptable. */
  parse: (body: string, contentType: string) => T | Promise<T>;
  /** A new version of the feed arrived (not called for a 304). */
  onData: (data: T) => void;
  /** The server answered 304 Not Modified: nothing changed. */
  onNotModified?: () => void;
  /** A poll failed; `first` is true for the first failure after a success (or the start). */
  onError?: (failure: PollFailure, first: boolean) => void;
  /** Longest wait between two tries, however many failures in a row. Default 5 minutes. */
  maxBackoff?: number;
  /** A number in [0, 1): injectable so tests get a deterministic jitter. */
  random?: () => number;
  /** When the feed was last fetched (`Date.now()`), by this page: the first poll waits until `interval` has passed since. */
  lastFetchedAt?: number;
}

/** The jitter: ±20% around the nominal delay, so a million readers do not poll in step. */
const JITTER = 0.2;

/**
 * Milliseconds to wait before the next poll: `interval` after a success,
 * doubling with each failure in a row, always with ±20% jitter; after a
 * failure never more than `maxBackoff`.
 */
export function pollDelay(interval: number, failures: number, random: () => number, maxBackoff = 300_000): number {
  const jitter = 1 - JITTER + 2 * JITTER * random();
  if (failures === 0) return Math.round(interval * jitter);
  // Jitter on the capped wait, so readers stuck at the cap still spread out.
  return Math.round(Math.min(maxBackoff, Math.min(maxBackoff, interval * 2 ** failures) * jitter));
}

/**
 * Polls a JSON feed: conditional requests (ETag / Last-Modified), a
 * time-out per request, exponential backoff with jitter on failure, and
 * rest while the page is hidden (one poll when it is shown again, but never
 * sooner than `interval` after the last request, however often the page
 * flips between hidden and shown).
 * `stop()` aborts the request in flight and clears every timer; a stopped
 * poller can be started again.
 */
export class FeedPoller<T> {
  private running = false;
  private failures = 0;
  private etag?: string;
  private lastModified?: string;
  private timer?: ReturnType<typeof setTimeout>;
  private request?: AbortController;
  /** When the last request started (`Date.now()`). */
  private lastRequestAt = -Infinity;

  constructor(private readonly options: FeedPollerOptions<T>) {}

  /** Polls now (unless the page is hidden, or the feed was fetched less than `interval` ago), then on schedule. */
  start(): void {
    if (this.running) return;
    this.running = true;
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    this.lastRequestAt = this.options.lastFetchedAt ?? -Infinity;
    const wait = this.lastRequestAt + this.options.interval - Date.now();
    if (wait > 0) this.timer = setBoundedTimeout(() => void this.poll(), wait);
    else void this.poll();
  }

  /** Aborts the request in flight, clears the timer and stops listening. */
  stop(): void {
    this.running = false;
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.rest();
  }

  private get hidden(): boolean {
    return document.visibilityState === 'hidden';
  }

  private rest(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.abandonRequest();
  }

  private abandonRequest(): void {
    // Aborting also clears the request's time-out, synchronously (see fetchFeed).
    this.request?.abort();
    this.request = undefined;
  }

  private readonly onVisibilityChange = (): void => {
    // Hidden: nobody is reading, so nothing is fetched.
    if (this.hidden) {
      this.rest();
      return;
    }
    // Shown: fetch soon, but not sooner than the interval since the last request.
    if (this.timer !== undefined || this.request) return;
    const wait = this.lastRequestAt + this.options.interval - Date.now();
    if (wait <= 0) void this.poll();
    else this.timer = setBoundedTimeout(() => void this.poll(), wait);
  };

  private schedule(): void {
    if (!this.running || this.hidden) return;
    const { interval, maxBackoff, random = Math.random } = this.options;
    this.timer = setBoundedTimeout(() => void this.poll(), pollDelay(interval, this.failures, random, maxBackoff));
  }

  private async poll(): Promise<void> {
    this.timer = undefined;
    if (!this.running || this.hidden) return;
    const request = new AbortController();
    this.request = request;
    this.lastRequestAt = Date.now();

    let data: T | undefined;
    let failure: PollFailure | undefined;
    try {
      data = await this.fetchFeed(request.signal);
    } catch (error) {
      failure =
        error instanceof FeedFetchError
          ? { kind: error.kind, problem: error.message }
          : error instanceof FeedReaderLoadError
            ? { kind: 'reader', problem: `could not be read: ${error.message}` }
            : { kind: 'invalid', problem: errorMessage(error).slice(0, 200) };
    }
    // Stopped or hidden meanwhile: this request was abandoned on purpose.
    if (this.request !== request) return;
    this.request = undefined;

    const first = this.failures === 0;
    this.failures = failure ? this.failures + 1 : 0;
    this.schedule();
    try {
      if (failure) this.options.onError?.(failure, first);
      else if (data === undefined) this.options.onNotModified?.();
      else this.options.onData(data);
    } catch (error) {
      // A bug in a handler must not become an unhandled rejection or stop the polling.
      console.error(`Lede could not apply the feed ${this.options.url}:`, error);
    }
  }

  /** The parsed feed, `undefined` for 304 Not Modified; throws on any failure. */
  private async fetchFeed(signal: AbortSignal): Promise<T | undefined> {
    const headers: Record<string, string> = {};
    if (this.etag) headers['If-None-Match'] = this.etag;
    if (this.lastModified) headers['If-Modified-Since'] = this.lastModified;
    // The browser's cache would answer 304s itself and hide them; the poller keeps its own validators.
    const response = await fetchFeed(this.options.url, { signal, timeout: this.options.timeout, headers, cache: 'no-store', credentials: 'same-origin' });
    if (response.status === 304) return undefined;
    let data: T;
    try {
      data = await this.options.parse(response.text, response.headers.get('content-type') ?? '');
    } catch (error) {
      if (signal.aborted || error instanceof FeedReaderLoadError) throw error;
      throw new FeedFetchError('invalid', errorMessage(error).slice(0, 200));
    }
    // Parsing may wait for the RSS and Atom reader to load: a request abandoned meanwhile (the page hidden,
    // the poller stopped) must not keep validators for data nobody saw, or every later poll would be a 304.
    signal.throwIfAborted();
    // Validators only from a response that was accepted, so a broken body is fetched again in full.
    this.etag = response.headers.get('ETag') ?? undefined;
    this.lastModified = response.headers.get('Last-Modified') ?? undefined;
    return data;
  }
}

/** What a shared feed tells each banner that follows it. */
export interface FeedListener<T> {
  onData(data: T): void;
  onError?(failure: PollFailure, first: boolean): void;
}

interface SharedFeed<T> {
  poller: FeedPoller<T>;
  listeners: Set<FeedListener<T>>;
  /** The last version of the feed, handed at once to a listener that joins later. */
  last?: T;
}

const sharedFeeds = new Map<string, SharedFeed<unknown>>();

/**
 * Per feed URL, when this page last had an answer and what it was. A
 * banner that restarts its polling (a new interval or timeout, a
 * reconnection) shows the last version at once and waits out the interval
 * before asking again, so no page script can turn changes into requests.
 */
const lastAnswers = new Map<string, { at: number; data?: unknown }>();

/** One listener's bug must not keep the feed from the others. */
function tell(call: () => void): void {
  try {
    call();
  } catch (error) {
    console.error('Lede could not apply a live feed update:', error);
  }
}

/**
 * Follows a feed together with every other element on the page that polls
 * the same URL at the same interval: one poller, one request per poll,
 * whatever the number of banners. A listener that joins later gets the last
 * version at once. Returns the function that stops following; the last one
 * to stop stops the poller.
 */
export function followFeed<T>(options: Omit<FeedPollerOptions<T>, 'onData' | 'onError' | 'onNotModified'>, listener: FeedListener<T>): () => void {
  const key = `${options.url}\u0000${options.interval}\u0000${options.timeout}`;
  let shared = sharedFeeds.get(key) as SharedFeed<T> | undefined;
  if (!shared) {
    const answered = lastAnswers.get(options.url);
    const created: SharedFeed<T> = {
      listeners: new Set(),
      last: answered?.data as T | undefined,
      poller: new FeedPoller<T>({
        ...options,
        lastFetchedAt: answered?.at,
        onData: (data) => {
          created.last = data;
          lastAnswers.set(options.url, { at: Date.now(), data });
          for (const each of [...created.listeners]) tell(() => each.onData(data));
        },
        onNotModified: () => lastAnswers.set(options.url, { at: Date.now(), data: created.last }),
        onError: (failure, first) => {
          lastAnswers.set(options.url, { at: Date.now(), data: created.last });
          for (const each of [...created.listeners]) tell(() => each.onError?.(failure, first));
        },
      }),
    };
    shared = created;
    sharedFeeds.set(key, shared as SharedFeed<unknown>);
    shared.listeners.add(listener);
    shared.poller.start();
  } else {
    shared.listeners.add(listener);
  }
  const joined = shared;
  // What the page already has, at once, after the caller's own update (as a fetched feed would arrive).
  if (joined.last !== undefined) {
    queueMicrotask(() => {
      if (joined.listeners.has(listener)) tell(() => listener.onData(joined.last as T));
    });
  }
  const feed = shared;
  return () => {
    if (!feed.listeners.delete(listener) || feed.listeners.size > 0) return;
    feed.poller.stop();
    sharedFeeds.delete(key);
  };
}
