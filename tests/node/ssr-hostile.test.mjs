/**
 * Oversized and hostile input through the server-render path
 * (@lit-labs/ssr in Node), as a Node CMS would pass it: every render must
 * finish well under a second, throw nothing, render no unsafe URL and keep
 * its warnings short. Each render runs in a worker thread, so a render that
 * hangs (a regular expression that backtracks) fails the test instead of
 * freezing the run.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Worker } from 'node:worker_threads';

/** The most one server render of hostile input may take. */
const RENDER_LIMIT_MS = 1000;
/** How long the worker may take in all (start-up and import included) before the render counts as hung. */
const HANG_LIMIT_MS = 20_000;

const MB = 1024 * 1024;
const big = (piece, length) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length);

/** Cases: an element, its attributes (rendered as bound values), and text that must appear. */
const cases = [
  {
    name: 'related list: 10,000 items, links with 8,000 and 200,000 trailing slashes, 1 MB titles',
    tag: 'lede-related-content',
    attributes: {
      items: JSON.stringify([
        // Over the 8,192-character URL limit: left out (and never handed to a regular expression).
        { title: 'Too long', url: `/news/a${'/'.repeat(200_000)}` },
        { title: 'Slashes', url: `/news/c${'/'.repeat(8_000)}` },
        // A long run of slashes before the last one: what made /\/+$/ quadratic.
        { title: 'Slash run', url: `/news/${'/'.repeat(100_000)}a/` },
        { title: big('T', MB), url: '/news/b', kicker: big('K', MB) },
        { title: 'Unsafe', url: 'javascript:alert(1)' },
        ...Array.from({ length: 10_000 }, (_, i) => ({ title: `Item ${i}`, url: `/news/${i}` })),
      ]),
      timeout: '1e308',
      max: '1e308',
    },
    expect: ['Slashes', 'Item 0'],
  },
  {
    name: 'captioned image: a 30,000-digit aspect-ratio, a srcset with runs of 100,000 and 200,000 commas, 1 MB caption and credit',
    tag: 'lede-captioned-image',
    attributes: {
      'aspect-ratio': `${'1'.repeat(30_000)}x`,
      srcset: `/a.jpg${','.repeat(100_000)}x, /b.jpg${','.repeat(200_000)}`,
      src: 'javascript:alert(1)',
      alt: big('A', MB),
      caption: big('Caption ', MB),
      credit: big('Credit ', MB),
    },
    expect: ['Caption Caption'],
  },
  {
    name: 'quote block: a 10 MB quote, a 100,000-character cite, a 1 MB speaker',
    tag: 'lede-quote-block',
    attributes: {
      quote: big('Words ', 10 * MB),
      cite: `https://news.example/${big('a', 100_000)}`,
      speaker: big('S', MB),
      'speaker-title': '<script>alert(1)</script>',
      variant: big('v', 10 * MB),
    },
    expect: ['Words Words', '&lt;script&gt;'],
  },
  {
    name: 'article header: 10,000 authors, a 1 MB date and time zone, a 1 MB headline',
    tag: 'lede-article-header',
    attributes: {
      authors: JSON.stringify(Array.from({ length: 10_000 }, (_, i) => ({ name: `Author ${i}`, url: i % 2 ? `/a/${i}` : 'javascript:alert(1)' }))),
      published: big('2024-03-19T17:17:00Z', MB),
      updated: '9999999-01-01T00:00:00Z',
      'time-zone': big('Europe/Warsaw', MB),
      headline: big('Headline ', MB),
      kicker: 'News',
      'kicker-href': `/news/${'/'.repeat(100_000)}a/`,
      'relative-until': `${'9'.repeat(30_000)}x`,
    },
    expect: ['Author 1', 'Headline Headline'],
  },
  {
    name: 'live banner: a 10 MB topic, interval 1e308, 10,000 message overrides',
    tag: 'lede-live-banner',
    attributes: {
      topic: big('War in Ukraine ', 10 * MB),
      href: `https://news.example/live${'/'.repeat(200_000)}`,
      interval: '1e308',
      timeout: '3000000',
      'dismiss-key': big('k', MB),
      messages: JSON.stringify(Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`key${i}`, 'x']))),
    },
    expect: ['War in Ukraine War in Ukraine'],
  },
];

/** Renders one case in a worker; resolves with what the worker measured, or rejects when it hangs. */
function renderInWorker(testCase) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./ssr-render-worker.mjs', import.meta.url), {
      workerData: { tag: testCase.tag, attributes: testCase.attributes },
      resourceLimits: { maxOldGenerationSizeMb: 2048 },
    });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`the render did not finish within ${HANG_LIMIT_MS / 1000} s (a hang)`));
    }, HANG_LIMIT_MS);
    worker.once('message', (message) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(message);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

describe('server rendering of hostile and oversized input', () => {
  for (const testCase of cases) {
    it(testCase.name, async () => {
      const result = await renderInWorker(testCase);
      assert.equal(result.error, undefined, result.error);
      assert.ok(result.ms < RENDER_LIMIT_MS, `the render took ${Math.round(result.ms)} ms; the limit is ${RENDER_LIMIT_MS} ms`);
      // What the element rendered: its declarative shadow root (the host's own attributes are the CMS's).
      const start = result.markup.indexOf('<template shadowroot');
      assert.ok(start >= 0, 'a declarative shadow root was rendered');
      const shadow = result.markup.slice(start, result.markup.lastIndexOf('</template>'));
      for (const text of testCase.expect) assert.ok(shadow.includes(text), `the rendered element shows "${text}"`);
      assert.doesNotMatch(shadow, /(?:href|src|srcset|cite)="\s*(?:javascript|data|vbscript):/i, 'no unsafe URL is rendered');
      assert.doesNotMatch(shadow, /<script>alert/, 'text is never markup');
      assert.ok(result.longestWarning < 2000, `warnings stay short (the longest is ${result.longestWarning} characters)`);
    });
  }
});
