/**
 * The opt-in `structured-data` attribute of the header and the banner, with
 * the script-tag bundle in Chromium: JSON-LD once per page, never a second
 * copy of what renderArticle wrote, and nothing downloaded without it.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { withServerAndBrowser } from './browser.mjs';
import { renderExample } from '../../scripts/render-example.mjs';
import { watch } from './render-helpers.mjs';

const payload = '</script><script>alert(1)</script><!--';
// The README's strict policy, with the JSON-LD writer's policy name added as docs/ssr.md says.
const TRUSTED_TYPES = "script-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html lede-feed lede-json-ld 'allow-duplicates'";
const handMade = (headline = 'North Korea has sent Russia munitions, Seoul says', head = '') => `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>Hand-made</title>${head}
<link rel="canonical" href="https://news.example.com/news/hand-made">
<meta property="og:site_name" content="The Daily Example">
<script type="module" src="/dist/cdn/lede.js"></script></head>
<body><main><article>
<lede-live-banner structured-data topic="War in Ukraine" href="/live/war-in-ukraine" coverage-start="2024-03-19T06:00:00-04:00" coverage-end="2024-03-20T06:00:00-04:00">Follow our live coverage</lede-live-banner>
<lede-article-header structured-data kicker="News" published="2024-03-19T13:17:00-04:00" updated="2024-03-19T16:05:00-04:00" authors='[{"name":"Kim Min-jun","url":"/authors/kim-min-jun"}]'>
  <h1>${headline.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</h1><p slot="standfirst">Some 7,000 containers since last summer.</p>
</lede-article-header>
<lede-article-header structured-data published="2024-03-19T13:17:00-04:00" authors='[{"name":"Second header"}]'><h2>A second header</h2></lede-article-header>
<lede-captioned-image credit="East News | Alexander Zemlianichenko"><img src="/demo/assets/freight-yard.svg" alt="Containers" width="1200" height="800">Most of the cargo now goes by rail.</lede-captioned-image>
</article></main>
</body></html>`;

const env = withServerAndBrowser(async () => {
  const rendered = await renderExample();
  return {
    pages: {
      '/sd/hand-made.html': handMade(),
      '/sd/hostile.html': handMade(payload),
      '/sd/trusted-types.html': handMade(undefined, `<meta http-equiv="Content-Security-Policy" content="${TRUSTED_TYPES}">`),
      // The server-rendered example, with the attribute added to both elements.
      '/sd/rendered.html': rendered.replace('<lede-article-header ', '<lede-article-header structured-data ').replace('<lede-live-banner ', '<lede-live-banner structured-data coverage-start="2024-03-19T06:00:00-04:00" '),
      '/sd/plain.html': rendered,
    },
  };
});

async function open(path) {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const problems = { ...watch(page), writerRequests: 0 };
  page.on('request', (request) => {
    if (request.url().includes('structured-data-writer')) problems.writerRequests += 1;
  });
  await page.goto(`${env.origin}${path}`, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => customElements.get('lede-article-header'));
  const scripts = await page.evaluate(async () => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    return [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => ({
      where: script.parentElement.localName,
      type: script.dataset.ledeStructuredData,
      node: JSON.parse(script.textContent),
    }));
  });
  await context.close();
  return { scripts, problems };
}

describe('structured-data attribute', () => {
  it('a hand-made page gets one NewsArticle and one LiveBlogPosting in its head, from the elements’ own data', async () => {
    const { scripts, problems } = await open('/sd/hand-made.html');
    assert.deepEqual(problems, { errors: [], warnings: [], dialogs: [], writerRequests: 1 });
    assert.deepEqual(scripts.map(({ where, type }) => [where, type]).sort(), [['head', 'LiveBlogPosting'], ['head', 'NewsArticle']]);
    const news = scripts.find(({ type }) => type === 'NewsArticle').node;
    assert.equal(news['@type'], 'NewsArticle');
    assert.equal(news.headline, 'North Korea has sent Russia munitions, Seoul says');
    assert.equal(news.description, 'Some 7,000 containers since last summer.');
    assert.equal(news.url, 'https://news.example.com/news/hand-made');
    assert.equal(news.datePublished, '2024-03-19T13:17:00-04:00');
    assert.equal(news.dateModified, '2024-03-19T16:05:00-04:00');
    assert.deepEqual(news.author, [{ '@type': 'Person', name: 'Kim Min-jun', url: `${env.origin}/authors/kim-min-jun` }]);
    assert.equal(news.publisher.name, 'The Daily Example');
    assert.equal(news.image[0].creditText, 'East News | Alexander Zemlianichenko');
    assert.deepEqual(news.image[0].width, { '@type': 'QuantitativeValue', value: 1200, unitCode: 'E37' });
    const live = scripts.find(({ type }) => type === 'LiveBlogPosting').node;
    assert.equal(live.headline, 'War in Ukraine');
    assert.equal(live.coverageStartTime, '2024-03-19T06:00:00-04:00');
    assert.equal(live.coverageEndTime, '2024-03-20T06:00:00-04:00');
    assert.equal(live.url, `${env.origin}/live/war-in-ukraine`);
  });

  it('writes nothing again where renderArticle already wrote the JSON-LD, and does not even load the writer', async () => {
    const { scripts, problems } = await open('/sd/rendered.html');
    assert.deepEqual(scripts.map(({ type }) => type), ['NewsArticle', 'LiveBlogPosting', 'ItemList']);
    assert.equal(problems.writerRequests, 0);
    assert.deepEqual(problems.errors, []);
  });

  it('a page without the attribute downloads nothing for it', async () => {
    const { problems } = await open('/sd/plain.html');
    assert.equal(problems.writerRequests, 0);
  });

  it('a headline of </script><script>alert(1)</script><!-- stays text in the JSON-LD', async () => {
    const { scripts, problems } = await open('/sd/hostile.html');
    assert.deepEqual(problems.dialogs, []);
    assert.deepEqual(problems.errors, []);
    assert.equal(scripts.find(({ type }) => type === 'NewsArticle').node.headline, payload);
  });

  it('works where Trusted Types are enforced: no report, the JSON-LD written through its lede-json-ld policy', async () => {
    const { scripts, problems } = await open('/sd/trusted-types.html');
    assert.deepEqual(problems.errors, []);
    assert.deepEqual(scripts.map(({ type }) => type).sort(), ['LiveBlogPosting', 'NewsArticle']);
  });
});
