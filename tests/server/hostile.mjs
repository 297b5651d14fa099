/**
 * Hostile and oversized feeds for tests/hostile.test.ts, over real HTTP, as
 * an attacker's or a careless partner's server would send them:
 *
 *   /test-server/hostile/entities.xml?format=rss|atom   a ~40 KB "billion laughs" feed: one internal
 *                                                      entity of 10,000 characters used 10,000 times
 *   /test-server/hostile/doctype.xml                   an RSS 0.91 feed with a plain external DOCTYPE
 *   /test-server/hostile/big.json?mb=N                 a valid JSON Feed of N MB (streamed at ~13 MB/s, N ≤ 50)
 *   /test-server/hostile/many.json?n=N&bad=1           a JSON Feed of N tiny items (bad=1: the last
 *                                                      one has a javascript: link)
 *   /test-server/hostile/many.xml?n=N&bad=1            the same as RSS
 *   /test-server/hostile/tags.xml?n=N                  Atom, a type="html" title with N unclosed "<"
 *   /test-server/hostile/long-text.json                a title, kicker and alt of 400 KB each
 *   /test-server/hostile/on-attributes.xml             Atom whose XHTML and SVG content carry on* handlers
 *   /test-server/hostile/squat.js                      a script that claims the "lede-feed" policy name
 *                                                      (for /test-server/related-content/csp.html?squat=1)
 *   /test-server/hostile/stored?key=K                  POST: keeps the body (and ?type= as its Content-Type);
 *                                                      GET: serves it, counting requests (the fuzz suite's feeds)
 *   /test-server/hostile/stats?key=K                   what the server saw for K: requests, bytes
 *                                                      sent, and whether the client gave up early
 *
 * Every feed takes ?key=K for the stats.
 */
const BASE = '/test-server/hostile/';

/** key → { requests, bytesSent, closedEarly } */
const seen = new Map();
/** key → { type, body } posted by the fuzz suite. */
const stored = new Map();

async function readBody(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function statsFor(key) {
  let entry = seen.get(key);
  if (!entry) seen.set(key, (entry = { requests: 0, bytesSent: 0, closedEarly: 0 }));
  return entry;
}

function entityBomb(format) {
  const definition = `<!DOCTYPE ${format === 'atom' ? 'feed' : 'rss'} [<!ENTITY a "${'a'.repeat(10_000)}">]>`;
  const uses = '&a;'.repeat(10_000);
  return format === 'atom'
    ? `<?xml version="1.0"?>\n${definition}\n<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>${uses}</title><link href="/news/bomb"/></entry></feed>`
    : `<?xml version="1.0"?>\n${definition}\n<rss version="2.0"><channel><item><title>${uses}</title><link>/news/bomb</link></item></channel></rss>`;
}

const doctypeRss = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91"><channel><title>Old feed</title><link>https://news.example/</link><description>x</description>
  <item><title>An old-style item</title><link>https://news.example/news/old-style</link></item>
</channel></rss>`;

const onAttributes = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Handlers</title>
  <entry>
    <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="window.pwned=1"/><b onclick="window.pwned=1">Safe title</b></div></title>
    <link href="/news/handlers"/>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml" onload="window.pwned=1"><svg xmlns="http://www.w3.org/2000/svg" onload="window.pwned=1"/></div></content>
  </entry>
</feed>`;

function longText() {
  // 400 KB each: long, but the whole feed stays under the 2 MB limit.
  const mb = 'x'.repeat(400 * 1024);
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    items: [{ id: '1', url: '/news/long', title: `Long ${mb}`, image: '/test-server/related-content/thumb.svg', tags: [mb], _lede: { image_alt: mb, kicker: mb } }],
  });
}

/** Streams a JSON Feed of about `mb` megabytes in 64 KB chunks, noting how much went out. */
async function streamBig(context, stats, mb) {
  const item = JSON.stringify({ id: 'x', url: '/news/big', title: 'A big feed item '.padEnd(200, '.') });
  const chunk = `${`${item},`.repeat(Math.floor(65_536 / (item.length + 1)))}`;
  const total = mb * 1024 * 1024;
  const { res } = context;
  context.respond = false;
  res.writeHead(200, { 'content-type': 'application/feed+json', 'cache-control': 'no-store' });
  res.on('close', () => {
    if (!res.writableFinished) stats.closedEarly += 1;
  });
  const write = (text) =>
    new Promise((resolve) => {
      if (res.destroyed) return resolve(false);
      stats.bytesSent += text.length;
      if (res.write(text)) return resolve(true);
      const done = (more) => () => {
        res.off('drain', onDrain).off('close', onClose);
        resolve(more);
      };
      const onDrain = done(true);
      const onClose = done(false);
      res.on('drain', onDrain).on('close', onClose);
    });
  if (!(await write('{"version":"https://jsonfeed.org/version/1.1","items":['))) return;
  while (stats.bytesSent < total) {
    if (!(await write(chunk))) return;
    // Paced like a fast real network (~13 MB/s), not loopback: some engines read a whole
    // loopback response ahead of the page, before any script could stop it.
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  res.end(`${item}]}`);
}

/** N tiny items; with `bad`, the last one has a javascript: link (reading it gives a warning). */
function many(n, format, bad) {
  const count = Math.min(Number(n) || 1000, 200_000);
  const link = (i) => (bad && i === count - 1 ? 'javascript:window.pwned=1' : `/${i}`);
  if (format === 'xml') {
    let items = '';
    for (let i = 0; i < count; i += 1) items += `<item><title>T${i}</title><link>${link(i)}</link></item>`;
    return `<?xml version="1.0"?><rss version="2.0"><channel><title>Many</title>${items}</channel></rss>`;
  }
  const items = [];
  for (let i = 0; i < count; i += 1) items.push(`{"title":"T${i}","url":"${link(i)}"}`);
  return `{"items":[${items.join(',')}]}`;
}

export default async function hostile(context, next) {
  if (!context.path.startsWith(BASE)) return next();
  const name = context.path.slice(BASE.length);
  const key = String(context.query.key ?? '');
  if (name === 'stats') {
    context.set('cache-control', 'no-store');
    context.body = seen.get(key) ?? { requests: 0, bytesSent: 0, closedEarly: 0 };
    return;
  }
  if (name === 'stored' && context.method === 'POST') {
    stored.set(key, { type: String(context.query.type ?? 'application/feed+json'), body: await readBody(context.req) });
    context.body = { ok: true };
    return;
  }
  if (name === 'squat.js') {
    context.type = 'text/javascript';
    // A third-party script that takes the policy name for itself, as the first one to ask would get it.
    context.body = `try { window.trustedTypes.createPolicy('lede-feed', { createHTML: (s) => s }); window.problems.push('squatted'); } catch (e) { window.problems.push('squat refused'); }`;
    return;
  }
  const stats = key ? statsFor(key) : { requests: 0, bytesSent: 0, closedEarly: 0 };
  stats.requests += 1;
  context.set('cache-control', 'no-store');
  switch (name) {
    case 'entities.xml':
      context.type = 'application/rss+xml';
      context.body = entityBomb(context.query.format);
      return;
    case 'doctype.xml':
      context.type = 'application/rss+xml';
      context.body = doctypeRss;
      return;
    case 'big.json':
      return streamBig(context, stats, Math.min(Number(context.query.mb) || 20, 50));
    case 'many.json':
      context.type = 'application/feed+json';
      context.body = many(context.query.n, 'json', context.query.bad);
      return;
    case 'many.xml':
      context.type = 'application/rss+xml';
      context.body = many(context.query.n, 'xml', context.query.bad);
      return;
    case 'tags.xml':
      context.type = 'application/atom+xml';
      context.body = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry><title type="html">${'&lt;'.repeat(Math.min(Number(context.query.n) || 100_000, 500_000))}Tagged</title><link href="/news/tags"/></entry></feed>`;
      return;
    case 'long-text.json':
      context.type = 'application/feed+json';
      context.body = longText();
      return;
    case 'stored': {
      const feed = stored.get(key);
      if (!feed) return next();
      context.type = feed.type;
      context.body = feed.body;
      return;
    }
    case 'on-attributes.xml':
      context.type = 'application/atom+xml';
      context.body = onAttributes;
      return;
    default:
      return next();
  }
}
