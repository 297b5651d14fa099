import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { safeUrl, type Reporter } from './checks.js';
import { NearViewportController } from './near-viewport.js';

/** The fix a feed element's warning gives when the code that reads feeds could not be loaded. */
export const FEED_READER_FIX =
  'The feed reader is a separate file: host the whole dist/cdn/ folder of lede-elements, chunks/ included (with a bundler, serve its code-split chunks).';

/** What to read, as the element's properties say now. */
export interface FeedRequest {
  /** The checked, absolute URL. */
  url: string;
  /** Milliseconds before a request is abandoned. */
  timeout: number;
  /** Milliseconds between polls, for a feed that is followed rather than read once. */
  interval?: number;
  /** What makes two requests the same (by default all of the above): a change of key restarts the work. */
  key?: string;
}

/**
 * Reads or follows a feed until `signal` aborts: the contract of Lit's
 * `Task` (`{ signal }`), so the work never outlives its element or its URL.
 */
export type FeedWork = (request: FeedRequest, context: { signal: AbortSignal }) => Promise<void> | void;

export interface FeedControllerOptions {
  /** The feed to read now, or `undefined` for none; read after every update. */
  request: () => FeedRequest | undefined;
  work: FeedWork;
  /**
   * Read once: a finished read of the same request is not repeated when the
   * element comes back to the page (`rerun()` forces one). Otherwise (a
   * followed feed) the work restarts on every connection.
   */
  once?: boolean;
  /** Wait until the element is within this margin of the viewport before the first request. */
  nearViewport?: string;
}

/** An element's `src`, checked (one warning naming `src` when unusable) and made absolute against the page. */
export function feedUrl(reporter: Reporter, src: string): string | undefined {
  const url = src ? safeUrl(reporter, src, 'src') : undefined;
  if (url === undefined) return undefined;
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    // The browser's fetch reports it as a failed request.
    return url;
  }
}

const keyOf = (request: FeedRequest | undefined): string =>
  request ? (request.key ?? `${request.url}\u0000${request.timeout}\u0000${request.interval ?? ''}`) : '';

/**
 * The one feed path of Lede's elements: starts the work when the element
 * is connected (and near the viewport, if asked) with a request; aborts it
 * when the element leaves the page or the request changes, and starts the
 * new one. Nothing runs on the server.
 */
export class FeedController implements ReactiveController {
  /** The request the running (or finished, for `once`) work was started for. */
  private startedKey = '';
  private finishedKey = '';
  private abort?: AbortController;
  private readonly viewport?: NearViewportController;

  constructor(
    private readonly host: ReactiveControllerHost & Element & { readonly hasUpdated: boolean },
    private readonly options: FeedControllerOptions,
  ) {
    // Made first, so that on connection it has looked before this controller asks.
    if (options.nearViewport) {
      this.viewport = new NearViewportController(host, { rootMargin: options.nearViewport, farUntilSeen: true, onChange: () => this.sync() });
    }
    host.addController(this);
  }

  /** True while a work started for the current request runs. */
  get running(): boolean {
    return this.abort !== undefined;
  }

  hostConnected(): void {
    // A first connection waits for the first update, which settles the properties.
    if (this.host.hasUpdated) this.sync();
  }

  hostDisconnected(): void {
    this.stop();
  }

  hostUpdated(): void {
    this.sync();
  }

  /** Runs the work again for the current request, even if it has finished. */
  rerun(): void {
    this.finishedKey = '';
    this.stop();
    this.sync();
  }

  private stop(): void {
    this.abort?.abort();
    this.abort = undefined;
    this.startedKey = '';
  }

  private sync(): void {
    if (!this.host.isConnected) return;
    const request = this.options.request();
    const key = keyOf(request);
    if (key === this.startedKey) return;
    this.stop();
    // Another request since the last finished one: coming back to that one reads it again.
    if (key !== this.finishedKey) this.finishedKey = '';
    if (!request || (this.options.once && key === this.finishedKey)) return;
    // Far from the viewport: the observer's first answer (or coming near) calls back.
    if (this.viewport && !this.viewport.near) return;
    const abort = (this.abort = new AbortController());
    this.startedKey = key;
    // A read (once) is over when its promise settles; a followed feed runs until aborted.
    const finish = () => {
      if (!this.options.once || this.abort !== abort) return;
      this.abort = undefined;
      this.finishedKey = key;
    };
    try {
      const done = this.options.work(request, { signal: abort.signal });
      if (done) void done.then(finish, finish);
      else finish();
    } catch {
      finish();
    }
  }
}
