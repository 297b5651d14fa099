/**
 * A live JSON Feed for <lede-live-banner>'s tests, one independent feed per
 * `key` query parameter so tests never share state.
 *
 *   GET  /test-server/live-banner/feed?key=K     the feed, answering as the key's state says
 *   POST /test-server/live-banner/state?key=K    merges a JSON body into the state:
 *        { mode: 'ok' | 'error' | 'hang' | 'broken' | 'not-feed',
 *          add: n (adds n fresh items), ended: true, etag: bool, lastModified: bool }
 *   GET  /test-server/live-banner/stats?key=K    what the server saw: requests received,
 *        in flight (`answering`: in flight and not hanging) and completed, and per
 *        request its conditional headers and status.
 *
 * `ok` answers 200 with the feed, or 304 when the request's If-None-Match /
 * If-Modified-Since still matches; `error` answers 500; `hang` never answers
 * (until the client gives up); `broken` answers truncated JSON; `not-feed`
 * answers JSON that is not a JSON Feed.
 */
const feeds = new Map();
const BASE = '/test-server/live-banner/';

function feedFor(key) {
  let feed = feeds.get(key);
  if (!feed) {
    feed = {
      mode: 'ok',
      items: [],
      version: 0,
      ended: false,
      etag: true,
      lastModified: true,
      // Whole seconds: Last-Modified has no finer resolution.
      modifiedAt: Date.UTC(2024, 2, 19, 17, 0, 0),
      received: 0,
      inFlight: 0,
      answering: 0,
      completed: 0,
      requests: [],
    };
    feeds.set(key, feed);
  }
  return feed;
}

function addItems(feed, count) {
  for (let i = 0; i < count; i += 1) {
    const n = feed.items.length + 1;
    feed.items.unshift({
      id: `update-${n}`,
      url: `/live/test#update-${n}`,
      title: `Update number ${n}`,
      date_published: new Date(Date.UTC(2024, 2, 19, 17, n, 0)).toISOString(),
    });
  }
  feed.version += 1;
  feed.modifiedAt += 60_000;
}

async function readJson(request) {
  let text = '';
  for await (const chunk of request) text += chunk;
  return text ? JSON.parse(text) : {};
}

function serveFeed(context, feed) {
  const etag = `"v${feed.version}${feed.ended ? '-ended' : ''}"`;
  const lastModified = new Date(feed.modifiedAt).toUTCString();
  const ifNoneMatch = context.get('if-none-match');
  const ifModifiedSince = context.get('if-modified-since');
  const record = { ifNoneMatch: ifNoneMatch || null, ifModifiedSince: ifModifiedSince || null, status: 0 };
  feed.requests.push(record);
  context.set('cache-control', 'no-cache');

  if (feed.mode === 'error') {
    context.status = 500;
    context.body = 'Internal Server Error';
  } else if (feed.mode === 'broken') {
    context.type = 'application/feed+json';
    context.body = '{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": ';
  } else if (feed.mode === 'not-feed') {
    context.type = 'application/json';
    context.body = JSON.stringify({ hello: 'world' });
  } else {
    if (feed.etag) context.set('etag', etag);
    if (feed.lastModified) context.set('last-modified', lastModified);
    const notModified =
      (feed.etag && ifNoneMatch === etag) ||
      (!ifNoneMatch && feed.lastModified && ifModifiedSince && Date.parse(ifModifiedSince) >= feed.modifiedAt);
    if (notModified) {
      context.status = 304;
    } else {
      context.type = 'application/feed+json';
      context.body = JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: `Test feed ${context.query.key}`,
        items: feed.items,
        ...(feed.ended ? { _lede: { about: 'https://lede.example/feed', ended: true } } : {}),
      });
    }
  }
  record.status = context.status;
}

export default async function liveBannerFeed(context, next) {
  if (!context.path.startsWith(BASE)) return next();
  const action = context.path.slice(BASE.length);
  const key = String(context.query.key ?? '');
  if (!key) {
    context.status = 400;
    context.body = 'key is required';
    return;
  }
  const feed = feedFor(key);

  if (action === 'state' && context.method === 'POST') {
    const { add = 0, ...changes } = await readJson(context.req);
    Object.assign(feed, changes);
    if (add) addItems(feed, add);
    if (changes.ended || changes.items) {
      feed.version += 1;
      feed.modifiedAt += 60_000;
    }
    context.body = { ok: true };
    return;
  }
  if (action === 'stats') {
    const { received, inFlight, answering, completed, requests } = feed;
    context.set('cache-control', 'no-store');
    context.body = { received, inFlight, answering, completed, requests };
    return;
  }
  if (action !== 'feed') return next();

  feed.received += 1;
  feed.inFlight += 1;
  // The response's close fires once it is sent or when the client aborts.
  context.res.once('close', () => {
    feed.inFlight -= 1;
    feed.completed += 1;
  });
  if (feed.mode === 'hang') {
    const { requests } = feed;
    requests.push({ ifNoneMatch: context.get('if-none-match') || null, ifModifiedSince: null, status: 'hang' });
    // Never answers; the client's time-out (or a minute, as a safety net) ends it.
    await new Promise((resolve) => {
      const safety = setTimeout(resolve, 60_000);
      context.res.once('close', () => {
        clearTimeout(safety);
        resolve();
      });
    });
    context.status = 504;
    context.body = 'Gave up';
    return;
  }
  feed.answering += 1;
  context.res.once('close', () => (feed.answering -= 1));
  serveFeed(context, feed);
}
