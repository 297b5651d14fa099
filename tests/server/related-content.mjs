/**
 * Feeds for <lede-related-content>'s tests, over real HTTP:
 *
 *   /test-server/related-content/feed.json       JSON Feed 1.1
 *   /test-server/related-content/rss.xml         RSS 2.0 (Media RSS thumbnails, an atom:link)
 *   /test-server/related-content/atom.xml        Atom 1.0 (one title type="html")
 *   /test-server/related-content/empty.json      a JSON Feed without items
 *   /test-server/related-content/broken.json     malformed JSON
 *   /test-server/related-content/broken.xml      malformed XML
 *   /test-server/related-content/page.html       an HTML page, not a feed
 *   /test-server/related-content/hostile.json    HTML and script in titles, javascript: links
 *   /test-server/related-content/hostile.xml     the same as RSS
 *   /test-server/related-content/slow.json?ms=N  feed.json after N ms (or when the client gives up);
 *                                                &items=N: N numbered items instead
 *   /test-server/related-content/status/404      and /status/500
 *   /test-server/related-content/thumb.svg       a thumbnail
 *   /test-server/related-content/requests?key=K  what the server saw for key K (JSON)
 *   /test-server/related-content/csp.html?tt=…   a page under a strict CSP with Trusted Types
 *                                                enforced, allowing the policies named in tt;
 *                                                feed= a name here or a path; squat=1 adds
 *                                                /test-server/hostile/squat.js after Lede
 *
 * Every feed takes ?key=K: the server counts the requests for K, keeps the
 * Cookie and Accept headers and notes whether the client aborted.
 */
const BASE = '/test-server/related-content/';

const jsonFeed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'The Daily Example: related',
  home_page_url: 'https://news.example/',
  items: [
    {
      id: '1',
      url: '/news/seoul-sanctions-shipping-firms',
      title: 'Seoul adds shipping firms to its sanctions list',
      image: '/test-server/related-content/thumb.svg',
      tags: ['Sanctions', 'Korea'],
      date_published: '2024-03-18T12:00:00Z',
    },
    {
      id: '2',
      url: '/news/rail-link-khasan/',
      title: '  Freight traffic rises on the\n   Khasan–Rajin rail link ',
      _lede: { kicker: 'Logistics', image_alt: 'A freight train' },
      image: '/test-server/related-content/thumb.svg',
      date_published: '2024-03-17T12:00:00+00:00',
    },
    { id: '3', url: 'https://news.example/analysis/artillery-stockpiles', title: 'Analysis: how long can Russia’s artillery stockpiles last?' },
    // The same article again, written differently: left out as a duplicate.
    { id: '4', url: '/news/rail-link-khasan#comments', title: 'Freight traffic rises (again)' },
  ],
};

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>The Daily Example</title>
    <link>https://news.example/</link>
    <atom:link href="https://news.example/rss.xml" rel="self" type="application/rss+xml"/>
    <description>Related</description>
    <item>
      <title>Seoul adds shipping firms to its sanctions list</title>
      <link>https://news.example/news/seoul-sanctions-shipping-firms</link>
      <category>Sanctions</category>
      <pubDate>Mon, 18 Mar 2024 12:00:00 GMT</pubDate>
      <media:thumbnail url="/test-server/related-content/thumb.svg" width="320" height="180"/>
    </item>
    <item>
      <title>Freight traffic rises on the Khasan&#8211;Rajin rail link</title>
      <guid isPermaLink="true">https://news.example/news/rail-link-khasan</guid>
      <pubDate>Sun, 17 Mar 2024 12:00:00 +0000</pubDate>
      <enclosure url="https://news.example/audio.mp3" type="audio/mpeg" length="1"/>
    </item>
    <item>
      <title><![CDATA[Analysis: how long can Russia's artillery stockpiles last?]]></title>
      <link>https://news.example/analysis/artillery-stockpiles</link>
    </item>
  </channel>
</rss>`;

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>The Daily Example</title>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
  <updated>2024-03-19T12:00:00Z</updated>
  <entry>
    <title type="html">Seoul adds &lt;em&gt;shipping firms&lt;/em&gt; to its sanctions list</title>
    <link rel="alternate" type="text/html" href="https://news.example/news/seoul-sanctions-shipping-firms"/>
    <id>urn:1</id>
    <category term="sanctions" label="Sanctions"/>
    <published>2024-03-18T12:00:00Z</published>
    <updated>2024-03-18T13:00:00Z</updated>
  </entry>
  <entry>
    <title>Freight traffic rises on the Khasan–Rajin rail link</title>
    <link rel="edit" href="https://news.example/edit/2"/>
    <link href="/news/rail-link-khasan"/>
    <id>urn:2</id>
    <updated>2024-03-17T12:00:00Z</updated>
  </entry>
  <entry>
    <title>Analysis: how long can Russia’s artillery stockpiles last?</title>
    <link href="https://news.example/analysis/artillery-stockpiles"/>
    <id>urn:3</id>
    <updated>2024-03-16T12:00:00Z</updated>
  </entry>
</feed>`;

const hostileJson = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Hostile',
  items: [
    { id: '1', url: '/news/one', title: '<img src=x onerror="window.pwned=1">Title with markup', tags: ['<script>window.pwned=1</script>'] },
    { id: '2', url: 'javascript:window.pwned=1', title: 'A javascript: link' },
    { id: '3', url: ' JaVa\tScRiPt:window.pwned=1', title: 'A disguised javascript: link' },
    { id: '4', url: '/news/four', title: 'Safe item, unsafe image', image: 'javascript:window.pwned=1' },
    { id: '5', url: '/news/five', title: '<script>window.pwned=1</script>' },
  ],
};

const hostileRss = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Hostile</title>
  <item><title><![CDATA[<img src=x onerror="window.pwned=1">Markup in CDATA]]></title><link>/news/one</link>
    <category><![CDATA[<b>bold</b>]]></category></item>
  <item><title>&lt;script&gt;window.pwned=1&lt;/script&gt;</title><link>/news/two</link></item>
  <item><title>Bad link</title><link>javascript:window.pwned=1</link></item>
</channel></rss>`;

/** key → what the server saw. */
const seen = new Map();

function record(context, key) {
  const entry = seen.get(key) ?? { count: 0, aborted: 0, cookie: null, accept: null };
  entry.count += 1;
  entry.cookie = context.get('cookie') || null;
  entry.accept = context.get('accept') || null;
  seen.set(key, entry);
  return entry;
}

function send(context, type, body) {
  context.set('cache-control', 'no-store');
  context.type = type;
  context.body = typeof body === 'string' ? body : JSON.stringify(body);
}

export default async function relatedContentFeeds(context, next) {
  if (!context.path.startsWith(BASE)) return next();
  const name = context.path.slice(BASE.length);
  const key = context.query.key ?? '';
  if (name === 'requests') {
    send(context, 'application/json', seen.get(key) ?? { count: 0, aborted: 0, cookie: null, accept: null });
    return;
  }
  if (name === 'thumb.svg') {
    send(context, 'image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg" width="320" height="180"><rect width="320" height="180" fill="#789"/></svg>');
    return;
  }
  if (name === 'csp.html') {
    const policies = String(context.query.tt ?? 'lit-html');
    context.set(
      'content-security-policy',
      `default-src 'none'; script-src 'self'; connect-src 'self'; img-src 'self'; require-trusted-types-for 'script'; trusted-types ${policies}`,
    );
    send(
      context,
      'text/html',
      `<!doctype html><html lang="en"><meta charset="utf-8"><title>CSP</title>
<script type="module" src="${BASE}csp-probe.js"></script>
<script type="module" src="/src/components/related-content/lede-related-content.ts"></script>
${context.query.squat ? '<script type="module" src="/test-server/hostile/squat.js"></script>' : ''}
<lede-related-content src="${String(context.query.feed ?? 'rss.xml').startsWith('/') ? context.query.feed : `${BASE}${context.query.feed ?? 'rss.xml'}`}"></lede-related-content>`,
    );
    return;
  }
  if (name === 'csp-probe.js') {
    send(
      context,
      'text/javascript',
      `window.problems = [];
console.warn = (...args) => {
  if (!String(args[0]).startsWith('Lit is in dev mode')) window.problems.push('warning: ' + args.join(' '));
};
document.addEventListener('securitypolicyviolation', (e) => window.problems.push('violation: ' + e.violatedDirective));
window.addEventListener('error', (e) => window.problems.push('error: ' + e.message));`,
    );
    return;
  }
  const entry = key ? record(context, key) : undefined;
  switch (name) {
    case 'feed.json':
      return send(context, 'application/feed+json', jsonFeed);
    case 'rss.xml':
      return send(context, 'application/rss+xml', rss);
    case 'atom.xml':
      return send(context, 'application/atom+xml', atom);
    case 'empty.json':
      return send(context, 'application/feed+json', { version: 'https://jsonfeed.org/version/1.1', title: 'Empty', items: [] });
    case 'broken.json':
      return send(context, 'application/json', '{"version": "https://jsonfeed.org/version/1.1", "items": [');
    case 'broken.xml':
      return send(context, 'application/rss+xml', '<rss><channel><item><title>Unclosed</channel></rss>');
    case 'page.html':
      return send(context, 'text/html', '<!doctype html><title>Not a feed</title><p>Hello</p>');
    case 'hostile.json':
      return send(context, 'application/feed+json', hostileJson);
    case 'hostile.xml':
      return send(context, 'application/rss+xml', hostileRss);
    case 'slow.json': {
      const ms = Math.min(Number(context.query.ms) || 1000, 20000);
      const finished = await new Promise((resolve) => {
        const timer = setTimeout(() => resolve(true), ms);
        context.res.once('close', () => {
          clearTimeout(timer);
          resolve(false);
        });
      });
      if (!finished) {
        if (entry) entry.aborted += 1;
        context.status = 204;
        return;
      }
      const count = Math.min(Number(context.query.items) || 0, 100);
      return send(
        context,
        'application/feed+json',
        count ? { ...jsonFeed, items: Array.from({ length: count }, (_, i) => ({ id: `${i + 1}`, url: `/news/numbered-${i + 1}`, title: `Story ${i + 1}` })) } : jsonFeed,
      );
    }
    case 'status/404':
      context.status = 404;
      return send(context, 'text/plain', 'Not found');
    case 'status/500':
      context.status = 500;
      return send(context, 'text/plain', 'Internal server error');
    default:
      return next();
  }
}
