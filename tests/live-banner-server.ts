/**
 * Talks to tests/server/live-banner.mjs, the real HTTP feed the live banner's
 * tests poll. Waits use the browser's own setTimeout, captured before any
 * test installs fake timers.
 */
import { until } from './helpers.js';

const realSetTimeout = window.setTimeout.bind(window);

/**
 * Feed requests the page has started, per feed key, so that a test can tell a
 * request still on its way to the server (under load that can take a while)
 * from one the server holds. Counted only; every request goes out unchanged.
 */
const started = new Map<string, number>();
const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const key = /\/test-server\/live-banner\/feed\?key=([^&]+)/.exec(url)?.[1];
  if (key) started.set(key, (started.get(key) ?? 0) + 1);
  return realFetch(input, init);
};

export interface FeedRequest {
  ifNoneMatch: string | null;
  ifModifiedSince: string | null;
  status: number | 'hang';
}

export interface FeedStats {
  received: number;
  inFlight: number;
  /** In flight and about to be answered (not hanging). */
  answering: number;
  completed: number;
  requests: FeedRequest[];
}

export interface FeedChanges {
  mode?: 'ok' | 'error' | 'hang' | 'broken' | 'not-feed';
  /** Adds this many fresh items at the top. */
  add?: number;
  ended?: boolean;
  /** Replaces the items (JSON Feed items). */
  items?: Array<Record<string, unknown>>;
  etag?: boolean;
  lastModified?: boolean;
}

let counter = 0;

/** A feed of its own for one test. */
export class TestFeed {
  readonly key = `${Date.now().toString(36)}-${(counter += 1)}-${Math.random().toString(36).slice(2)}`;
  readonly url = `/test-server/live-banner/feed?key=${this.key}`;

  /** Requests for this feed the page has started (the server may not have them yet). */
  get started(): number {
    return started.get(this.key) ?? 0;
  }

  async set(changes: FeedChanges): Promise<this> {
    const response = await fetch(`/test-server/live-banner/state?key=${this.key}`, {
      method: 'POST',
      body: JSON.stringify(changes),
    });
    if (!response.ok) throw new Error(`could not set the test feed: ${response.status}`);
    return this;
  }

  async stats(): Promise<FeedStats> {
    const response = await fetch(`/test-server/live-banner/stats?key=${this.key}`, { cache: 'no-store' });
    return (await response.json()) as FeedStats;
  }

  /** Waits (in real time) until the server has received `count` requests. */
  async received(count: number): Promise<FeedStats> {
    let stats = await this.stats();
    await until(async () => (stats = await this.stats()).received >= count, `${count} requests to the feed`);
    return stats;
  }
}

/** Lets real time pass: network responses and rendering happen meanwhile. */
export function pause(ms = 5): Promise<void> {
  return new Promise((resolve) => realSetTimeout(resolve, ms));
}

