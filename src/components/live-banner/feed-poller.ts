/** Why a poll failed; the banner turns it into one warning per failure streak. */
export type PollFailureKind = 'network' | 'http' | 'timeout' | 'invalid';

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
  /** Turns the response body's JSON into data; throws when it is not acceptable. */
  parse: (json: unknown) => T;
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

class PollError extends Error {
  constructor(
    readonly kind: PollFailureKind,
    problem: string,
  ) {
    super(problem);
  }
}

/**
 * Polls a JSON feed: conditional requests (ETag / Last-Modified), a
 * time-out per request, exponential backoff with jitter on failure, and
 * rest while the page is hidden (one poll at once when it is shown again).
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
  /** The time-out of the request in flight; cleared with it, synchronously, when the request is abandoned. */
  private requestTimer?: ReturnType<typeof setTimeout>;

  constructor(private readonly options: FeedPollerOptions<T>) {}

  /** Polls now (unless the page is hidden), then on schedule. */
  start(): void {
    if (this.running) return;
    this.running = true;
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    void this.poll();
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
    clearTimeout(this.requestTimer);
    this.requestTimer = undefined;
    this.request?.abort();
    this.request = undefined;
  }

  private readonly onVisibilityChange = (): void => {
    // Hidden: nobody is reading, so nothing is fetched. Shown: fetch at once.
    this.rest();
    if (!this.hidden) void this.poll();
  };

  private schedule(): void {
    if (!this.running || this.hidden) return;
    const { interval, maxBackoff, random = Math.random } = this.options;
    this.timer = setTimeout(() => void this.poll(), pollDelay(interval, this.failures, random, maxBackoff));
  }

  private async poll(): Promise<void> {
    this.timer = undefined;
    if (!this.running || this.hidden) return;
    const request = new AbortController();
    this.request = request;
    let timedOut = false;
    this.requestTimer = setTimeout(() => {
      timedOut = true;
      request.abort();
    }, this.options.timeout);

    let data: T | undefined;
    let failure: PollFailure | undefined;
    try {
      data = await this.fetchFeed(request.signal);
    } catch (error) {
      failure =
        error instanceof PollError
          ? { kind: error.kind, problem: error.message }
          : timedOut
            ? { kind: 'timeout', problem: `did not answer within ${this.options.timeout / 1000} s` }
            : { kind: 'network', problem: 'could not be reached (network error)' };
    }
    // Stopped or hidden meanwhile: this request was abandoned on purpose, and its
    // time-out was cleared then (not here, later, when the page's timers may have changed hands).
    if (this.request !== request) return;
    clearTimeout(this.requestTimer);
    this.requestTimer = undefined;
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
    const response = await fetch(this.options.url, { signal, headers, cache: 'no-store', credentials: 'same-origin' });
    if (response.status === 304) return undefined;
    if (!response.ok) throw new PollError('http', `answered HTTP ${response.status}`);
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new PollError('invalid', 'did not answer valid JSON');
    }
    let data: T;
    try {
      data = this.options.parse(json);
    } catch (error) {
      throw new PollError('invalid', (error as Error).message);
    }
    // Validators only from a response that was accepted, so a broken body is fetched again in full.
    this.etag = response.headers.get('ETag') ?? undefined;
    this.lastModified = response.headers.get('Last-Modified') ?? undefined;
    return data;
  }
}
