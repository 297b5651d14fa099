#!/usr/bin/env node
/**
 * Lede's benchmarks, side by side with plain static HTML (the physical
 * limit): bytes every reader downloads, and what the demo article costs a
 * browser to load. Figures are medians of several runs in headless Chromium
 * with 4x CPU throttling (a mid-range phone); compare them with each other,
 * not across machines.
 *
 *   npm run bench                 all benchmarks
 *   npm run bench -- --runs 9     more runs for steadier medians
 *
 * Needs a build first (npm run build).
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { startServer } from '../demo/serve.mjs';
import { launchBrowser } from '../tests/node/browser.mjs';

const root = new URL('../', import.meta.url);
const runsFlag = process.argv.indexOf('--runs');
const RUNS = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 5;
const CPU_SLOWDOWN = 4;

if (!existsSync(new URL('dist/cdn/lede.js', root))) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => (value == null ? 'n/a' : `${value.toFixed(0)} ms`);

function table(title, header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
  console.log(`\n${title}\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows) console.log(line(row));
}

// ---------------------------------------------------------------- sizes
function sizes() {
  const files = [
    ['plain HTML article (baseline)', 'bench/pages/static.html'],
    ['demo article HTML', 'demo/index.html'],
    ['dist/cdn/lede.js (ES module)', 'dist/cdn/lede.js'],
    ['dist/cdn/lede.iife.js (classic)', 'dist/cdn/lede.iife.js'],
    ['dist/styles/lede.css', 'dist/styles/lede.css'],
  ];
  const rows = files.map(([name, path]) => {
    const bytes = readFileSync(new URL(path, root));
    return [name, kb(bytes.length), kb(gzipSync(bytes, { level: 9 }).length), kb(brotliCompressSync(bytes).length)];
  });
  table('Bytes a reader downloads', ['file', 'raw', 'gzip', 'brotli'], rows);
}

// ---------------------------------------------------------------- page load
/** Loads `url` with a cold cache and reports paint, layout-shift and script figures. */
async function measurePage(browser, url) {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.addInitScript(() => {
    window.__lede = { cls: 0, lcp: 0 };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__lede.cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__lede.lcp = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  // Wait until every Lede element on the page has upgraded and rendered.
  const upgraded = await page.evaluate(async () => {
    // The bundle defines all its tags at once; tags it does not (yet) include are left out.
    if (document.querySelector('lede-quote-block')) await customElements.whenDefined('lede-quote-block');
    await Promise.all([...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('lede-') && e.updateComplete).map((e) => e.updateComplete));
    return performance.now();
  });
  await page.waitForTimeout(500);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
  const figures = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    lcp: window.__lede.lcp || null,
    cls: window.__lede.cls,
    domContentLoaded: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
    transferred: performance.getEntriesByType('resource').reduce((sum, r) => sum + r.encodedBodySize, 0),
  }));
  await context.close();
  return {
    ...figures,
    upgraded,
    scriptMs: metric('ScriptDuration') * 1000,
    layoutMs: metric('LayoutDuration') * 1000 + metric('RecalcStyleDuration') * 1000,
    heapKb: metric('JSHeapUsedSize') / 1024,
  };
}

async function pageLoad(browser, origin) {
  const pages = [
    ['plain HTML (baseline)', `${origin}/bench/pages/static.html`],
    ['Lede demo article', `${origin}/demo/`],
  ];
  const results = [];
  for (const [name, url] of pages) {
    const samples = [];
    for (let i = 0; i < RUNS; i += 1) samples.push(await measurePage(browser, url));
    const pick = (key) => median(samples.map((s) => s[key] ?? 0));
    results.push([
      name,
      ms(pick('fcp')),
      ms(pick('lcp')),
      pick('cls').toFixed(3),
      ms(pick('domContentLoaded')),
      ms(pick('upgraded')),
      ms(pick('scriptMs')),
      ms(pick('layoutMs')),
      `${pick('heapKb').toFixed(0)} KB`,
      kb(pick('transferred')),
    ]);
  }
  table(
    `Article page load (median of ${RUNS}, ${CPU_SLOWDOWN}x CPU slowdown, 412x915 viewport)`,
    ['page', 'FCP', 'LCP', 'CLS', 'DOMContentLoaded', 'all upgraded', 'script', 'style+layout', 'JS heap', 'subresources'],
    results,
  );
}

// ---------------------------------------------------------------- related list of 1,000 items
async function relatedThousand(browser, origin) {
  const tag = 'lede-related-content';
  const measure = async (mode) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(`${origin}/bench/pages/blank.html`);
    const result = await page.evaluate(
      async ({ mode, tag }) => {
        const items = Array.from({ length: 1000 }, (_, i) => ({ title: `Related article ${i + 1}`, url: `/news/article-${i + 1}` }));
        const start = performance.now();
        if (mode === 'plain') {
          const list = document.createElement('ul');
          for (const item of items) {
            const li = document.createElement('li');
            const a = document.createElement('a');
            a.href = item.url;
            a.textContent = item.title;
            li.append(a);
            list.append(li);
          }
          document.body.append(list);
        } else {
          if (!customElements.get(tag)) return null;
          const el = document.createElement(tag);
          el.items = items;
          document.body.append(el);
          await el.updateComplete;
        }
        document.body.getBoundingClientRect();
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        return performance.now() - start;
      },
      { mode, tag },
    );
    await context.close();
    return result;
  };
  const rows = [];
  for (const mode of ['plain', 'lede']) {
    const samples = [];
    for (let i = 0; i < RUNS; i += 1) samples.push(await measure(mode));
    rows.push([
      mode === 'plain' ? 'plain <ul> of links (baseline)' : `<${tag}> with .items`,
      samples.includes(null) ? 'not built yet' : ms(median(samples)),
    ]);
  }
  table(`Rendering 1,000 related items to first paint (median of ${RUNS}, ${CPU_SLOWDOWN}x CPU slowdown)`, ['list', 'time'], rows);
}

const { server, origin } = await startServer({ root: new URL('.', root).pathname });
const browser = await launchBrowser();
try {
  sizes();
  await pageLoad(browser, origin);
  await relatedThousand(browser, origin);
} finally {
  await browser.close();
  server.close();
}
