import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { FeedPoller, pollDelay, type FeedPollerOptions, type PollFailure } from '../src/components/live-banner/feed-poller.js';
import { newestUpdate, parseLiveFeed, type LiveFeed } from '../src/components/live-banner/live-feed.js';
import { setHidden, until } from './helpers.js';
import { TestFeed } from './live-banner-server.js';

const SECOND = 1000;

/** A poller on a real test feed, recording what it reports; `next()` waits for the next report. */
function pollerFor(feed: TestFeed | string, options: Partial<FeedPollerOptions<LiveFeed>> = {}) {
  const reports: Array<{ type: 'data' | 'not-modified' | 'error'; data?: LiveFeed; failure?: PollFailure; first?: boolean }> = [];
  let waiting: (() => void) | undefined;
  const record = (report: (typeof reports)[number]) => {
    reports.push(report);
    waiting?.();
  };
  const poller = new FeedPoller<LiveFeed>({
    url: typeof feed === 'string' ? feed : feed.url,
    interval: 15 * SECOND,
    timeout: 10 * SECOND,
    random: () => 0.5,
    parse: parseLiveFeed,
    onData: (data) => record({ type: 'data', data }),
    onNotModified: () => record({ type: 'not-modified' }),
    onError: (failure, first) => record({ type: 'error', failure, first }),
    ...options,
  });
  const next = async () => {
    const count = reports.length;
    await until(() => reports.length > count, 'the poller to report');
    return reports[reports.length - 1]!;
  };
  /** Waits for the report of the request already under way (or already reported). */
  const settled = async (count: number) => {
    await until(() => reports.length >= count, `report ${count}`);
    return reports[count - 1]!;
  };
  return { poller, reports, next, settled };
}

describe('pollDelay', () => {
  it('waits the interval ±20% while all is well', () => {
    expect(pollDelay(15_000, 0, () => 0)).to.equal(12_000);
    expect(pollDelay(15_000, 0, () => 0.5)).to.equal(15_000);
    expect(pollDelay(15_000, 0, () => 0.999_999)).to.equal(18_000);
  });

  it('doubles after each failure in a row, with jitter, capped at five minutes', () => {
    const middle = () => 0.5;
    expect([1, 2, 3, 4, 5, 6, 20].map((failures) => pollDelay(15_000, failures, middle))).to.deep.equal([
      30_000, 60_000, 120_000, 240_000, 300_000, 300_000, 300_000,
    ]);
    expect(pollDelay(15_000, 1, () => 0)).to.equal(24_000);
    expect(pollDelay(15_000, 1, () => 0.999_999)).to.equal(36_000);
    expect(pollDelay(15_000, 4, () => 0.999_999)).to.equal(288_000);
    // At the cap the jitter still spreads readers out, below the cap only.
    expect(pollDelay(15_000, 10, () => 0)).to.equal(240_000);
    expect(pollDelay(15_000, 10, () => 0.999_999)).to.equal(300_000);
  });
});

describe('FeedPoller against a real server', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  });
  afterEach(() => {
    clock.restore();
    setHidden(false);
  });

  it('polls at once, then every interval with jitter', async () => {
    const feed = await new TestFeed().set({ add: 1, etag: false, lastModified: false });
    let random = 0;
    const { poller, settled } = pollerFor(feed, { random: () => random });
    poller.start();
    expect((await settled(1)).data!.updates[0]!.title).to.equal('Update number 1');
    // random 0: the shortest interval, 12 s.
    clock.tick(11_999);
    expect((await feed.stats()).received).to.equal(1);
    random = 0.999_999;
    clock.tick(1);
    await feed.received(2);
    await settled(2);
    // random ~1: the longest, 18 s.
    clock.tick(17_999);
    expect((await feed.stats()).received).to.equal(2);
    clock.tick(1);
    await feed.received(3);
    await settled(3);
    poller.stop();
    expect(clock.countTimers()).to.equal(0);
  });

  it('sends If-None-Match and If-Modified-Since from ETag and Last-Modified; a 304 reports no data', async () => {
    const feed = await new TestFeed().set({ add: 2 });
    const { poller, reports, settled } = pollerFor(feed);
    poller.start();
    await settled(1);
    clock.tick(15_000);
    expect((await settled(2)).type).to.equal('not-modified');
    await feed.set({ add: 1 });
    clock.tick(15_000);
    const third = await settled(3);
    expect(third.type).to.equal('data');
    expect(third.data!.updates.map((u) => u.id)).to.deep.equal(['update-3', 'update-2', 'update-1']);
    poller.stop();

    const { requests } = await feed.stats();
    expect(requests.map((r) => r.status)).to.deep.equal([200, 304, 200]);
    expect(requests[0]!.ifNoneMatch).to.equal(null);
    expect(requests[0]!.ifModifiedSince).to.equal(null);
    expect(requests[1]!.ifNoneMatch).to.equal('"v1"');
    expect(requests[1]!.ifModifiedSince).to.equal('Tue, 19 Mar 2024 17:01:00 GMT');
    expect(requests[2]!.ifNoneMatch).to.equal('"v1"');
    expect(reports.filter((r) => r.type === 'data')).to.have.length(2);
  });

  it('keeps no validators from a response whose parsing outlived its request (the page hidden meanwhile)', async () => {
    const feed = await new TestFeed().set({ add: 2 });
    let release: (() => void) | undefined;
    let calls = 0;
    let parsed = 0;
    // The first parse waits, as it does for the RSS and Atom reader's first load.
    const slowParse = async (body: string, type: string) => {
      calls += 1;
      if (calls === 1) await new Promise<void>((resolve) => (release = resolve));
      const data = await parseLiveFeed(body, type);
      parsed += 1;
      return data;
    };
    const { poller, reports, settled } = pollerFor(feed, { parse: slowParse });
    poller.start();
    await until(() => release !== undefined, 'the first response to be parsed');
    setHidden(true);
    release!();
    await until(() => parsed === 1, 'the abandoned parse to finish');
    setHidden(false);
    clock.tick(15_000);
    // The next poll must not ask "not modified?" about data the banner never showed.
    const first = await settled(1);
    expect(first.type).to.equal('data');
    expect(first.data!.updates).to.have.length(2);
    poller.stop();
    const { requests } = await feed.stats();
    expect(requests.map((r) => [r.status, r.ifNoneMatch])).to.deep.equal([
      [200, null],
      [200, null],
    ]);
    expect(reports).to.have.length(1);
  });

  it('revalidates with If-Modified-Since alone when the server gives no ETag', async () => {
    const feed = await new TestFeed().set({ add: 1, etag: false });
    const { poller, settled } = pollerFor(feed);
    poller.start();
    await settled(1);
    clock.tick(15_000);
    expect((await settled(2)).type).to.equal('not-modified');
    poller.stop();
    const { requests } = await feed.stats();
    expect(requests[1]).to.deep.equal({ ifNoneMatch: null, ifModifiedSince: 'Tue, 19 Mar 2024 17:01:00 GMT', status: 304 });
  });

  it('backs off exponentially on 500s, up to five minutes, reports the streak once, and recovers', async () => {
    const feed = await new TestFeed().set({ mode: 'error' });
    const { poller, reports, settled } = pollerFor(feed);
    poller.start();
    const first = await settled(1);
    expect(first.failure).to.deep.equal({ kind: 'http', problem: 'answered HTTP 500' });
    expect(first.first).to.equal(true);
    const waits = [30, 60, 120, 240, 300, 300];
    for (const [index, seconds] of waits.entries()) {
      clock.tick(seconds * SECOND - 1);
      expect((await feed.stats()).received, `no retry before ${seconds} s`).to.equal(index + 1);
      clock.tick(1);
      const report = await settled(index + 2);
      expect(report.type).to.equal('error');
      expect(report.first).to.equal(false);
    }
    await feed.set({ mode: 'ok', add: 1 });
    clock.tick(300 * SECOND);
    expect((await settled(waits.length + 2)).type).to.equal('data');
    // Back to the normal interval after a success.
    clock.tick(15 * SECOND - 1);
    expect((await feed.stats()).received).to.equal(waits.length + 2);
    await feed.set({ mode: 'error' });
    clock.tick(1);
    const again = await settled(waits.length + 3);
    expect(again.first, 'a new streak').to.equal(true);
    expect(reports.filter((r) => r.first)).to.have.length(2);
    poller.stop();
  });

  it('abandons a request that hangs after the time-out, and retries with backoff', async () => {
    const feed = await new TestFeed().set({ mode: 'hang' });
    const { poller, settled } = pollerFor(feed, { timeout: 10 * SECOND });
    poller.start();
    await feed.received(1);
    expect((await feed.stats()).inFlight).to.equal(1);
    clock.tick(9_999);
    expect((await feed.stats()).inFlight).to.equal(1);
    clock.tick(1);
    expect((await settled(1)).failure).to.deep.equal({ kind: 'timeout', problem: 'did not answer within 10 s' });
    await until(async () => (await feed.stats()).inFlight === 0, 'the server to see the abort');
    clock.tick(30 * SECOND);
    await feed.received(2);
    poller.stop();
  });

  it('treats broken JSON and JSON that is not a feed as failures', async () => {
    const feed = await new TestFeed().set({ mode: 'broken' });
    const { poller, settled } = pollerFor(feed);
    poller.start();
    const first = (await settled(1)).failure!;
    expect(first.kind).to.equal('invalid');
    expect(first.problem).to.match(/^could not be read: the JSON is malformed \(.+\)$/);
    await feed.set({ mode: 'not-feed' });
    clock.tick(30 * SECOND);
    const second = await settled(2);
    expect(second.failure!.kind).to.equal('invalid');
    expect(second.failure!.problem).to.contain('not a JSON Feed');
    poller.stop();
  });

  it('reports a network error', async () => {
    const { poller, settled } = pollerFor('http://127.0.0.1:1/feed.json');
    poller.start();
    const report = await settled(1);
    expect(report.failure!.kind).to.equal('network');
    poller.stop();
    expect(clock.countTimers()).to.equal(0);
  });

  it('rests while the page is hidden and polls at once when it is shown', async () => {
    const feed = await new TestFeed().set({ mode: 'hang' });
    const { poller } = pollerFor(feed);
    poller.start();
    await feed.received(1);
    setHidden(true);
    await until(async () => (await feed.stats()).inFlight === 0, 'the hidden page to abort its request');
    expect(clock.countTimers()).to.equal(0);
    clock.tick(10 * 60 * SECOND);
    expect((await feed.stats()).received).to.equal(1);
    await feed.set({ mode: 'ok', add: 1 });
    setHidden(false);
    await feed.received(2);
    poller.stop();
  });

  it('does not poll when started on a hidden page', async () => {
    const feed = await new TestFeed().set({ add: 1 });
    const { poller, settled } = pollerFor(feed);
    setHidden(true);
    poller.start();
    clock.tick(60 * SECOND);
    expect(clock.countTimers()).to.equal(0);
    setHidden(false);
    await settled(1);
    poller.stop();
    expect((await feed.stats()).received).to.equal(1);
  });

  it('aborts the request in flight and clears its timers on stop, and starts again cleanly', async () => {
    const feed = await new TestFeed().set({ mode: 'hang' });
    const { poller, reports, settled } = pollerFor(feed);
    poller.start();
    poller.start();
    await feed.received(1);
    poller.stop();
    await until(async () => (await feed.stats()).inFlight === 0, 'the abort');
    expect(clock.countTimers()).to.equal(0);
    clock.tick(10 * 60 * SECOND);
    expect(reports).to.deep.equal([]);
    await feed.set({ mode: 'ok', add: 1 });
    poller.start();
    expect((await settled(1)).type).to.equal('data');
    expect(clock.countTimers()).to.equal(1);
    poller.stop();
    expect(clock.countTimers()).to.equal(0);
    expect((await feed.stats()).received).to.equal(2);
  });
});

describe('parseLiveFeed', () => {
  it('reads JSON Feed items as plain-text updates, skipping unusable ones', async () => {
    const feed = await parseLiveFeed(JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      items: [
        { id: 1, title: '  Spaced \n title ', url: '/a', date_published: '2024-03-19T17:00:00Z' },
        { url: '/b', summary: 'From the summary', date_modified: '2024-03-19T18:00:00Z' },
        { id: 'c', content_text: 'From the text', date_published: 'not a date' },
        { id: 'd' },
        { title: 'No id or URL' },
        'not an item',
        null,
      ],
    }), 'application/feed+json');
    expect(feed.ended).to.equal(false);
    expect(feed.updates.map(({ id, title, url }) => [id, title, url])).to.deep.equal([
      ['1', 'Spaced title', '/a'],
      ['/b', 'From the summary', '/b'],
      ['c', 'From the text', undefined],
    ]);
    expect(feed.updates[1]!.date!.toISOString()).to.equal('2024-03-19T18:00:00.000Z');
    expect(feed.updates[2]!.date).to.equal(undefined);
    expect(newestUpdate(feed.updates)!.id).to.equal('/b');
    expect(newestUpdate([])).to.equal(undefined);
  });

  it('knows coverage has ended from _lede.ended or JSON Feed’s expired', async () => {
    expect((await parseLiveFeed('{ "items": [], "_lede": { "ended": true } }', 'application/json')).ended).to.equal(true);
    expect((await parseLiveFeed('{ "items": [], "expired": true }', 'application/json')).ended).to.equal(true);
    expect((await parseLiveFeed('{ "items": [], "_lede": { "ended": "yes" } }', 'application/json')).ended).to.equal(false);
  });

  it('refuses JSON that is not a JSON Feed', async () => {
    for (const json of [null, 42, 'feed', [], { items: 'none' }]) {
      const refusal = await parseLiveFeed(JSON.stringify(json), 'application/json').then(
        () => undefined,
        (error: Error) => error,
      );
      expect(refusal?.message, JSON.stringify(json)).to.match(/not a JSON Feed/);
    }
  });

  it('reads RSS and Atom through the shared reader and date parser (guid or id, summary for an untitled item)', async () => {
    const rss = await parseLiveFeed(
      `<?xml version="1.0"?><rss version="2.0"><channel>
        <item><guid isPermaLink="false">u-2</guid><description>&lt;p&gt;Polls close in &lt;b&gt;Scotland&lt;/b&gt;&lt;/p&gt;</description><pubDate>Tue, 19 Mar 2024 18:05:00 CET</pubDate></item>
        <item><title>Earlier update</title><link>https://news.example/live#u-1</link><pubDate>Tue, 19 Mar 2024 16:00:00 GMT</pubDate></item>
      </channel></rss>`,
      'application/rss+xml',
    );
    expect(rss.updates.map(({ id, title, url }) => [id, title, url])).to.deep.equal([
      ['u-2', 'Polls close in Scotland', undefined],
      ['https://news.example/live#u-1', 'Earlier update', 'https://news.example/live#u-1'],
    ]);
    expect(rss.updates[0]!.date!.toISOString()).to.equal('2024-03-19T17:05:00.000Z');
    const atom = await parseLiveFeed(
      `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>tag:news.example,2024:u-9</id><title>Atom update</title>
        <updated>2024-03-19T19:00:00Z</updated><published>2024-03-19T18:00:00+01:00</published><link href="https://news.example/live#u-9"/></entry></feed>`,
      'application/atom+xml',
    );
    expect(atom.updates).to.have.length(1);
    expect(atom.updates[0]).to.include({ id: 'tag:news.example,2024:u-9', title: 'Atom update', url: 'https://news.example/live#u-9' });
    expect(atom.updates[0]!.date!.toISOString()).to.equal('2024-03-19T17:00:00.000Z');
  });
});
