#!/usr/bin/env node
/**
 * Lede's benchmark: what the script costs a reader, side by side with the
 * same page without it (the zero-JavaScript limit, lede.css kept).
 *
 * Every page pair is loaded alternately (without, with, without, with …),
 * never all of one then all of the other, so a machine that slows down
 * mid-run slows both. Each load is a fresh browser context with the cache
 * disabled, a 412×915 viewport and 4× CPU slowdown (DevTools protocol):
 * roughly a mid-range phone. Rows are medians, with the ratio with/without.
 * Byte figures are exact; timings depend on the machine: compare rows of
 * one run with each other, not across machines.
 *
 *   npm run build && npm run bench            everything: 49 pairs of the demo article, 25 of the related
 *                                             list, 9 of the 2,100-element page (about 5 minutes: single
 *                                             samples scatter widely on a busy machine)
 *   npm run bench -- --runs 3 --article-runs 5 --related-runs 5   quicker, noisier
 *   npm run bench -- --only article,bytes     some sections: article, huge, related, bytes (with
 *                                             bench/byte-floor.mjs: the demo's scripts rebuilt without
 *                                             component CSS and long texts, what packaging alone could reach)
 *   npm run bench -- --port 8600              serve on a fixed port (default: any free one)
 *
 * Writes bench/results.json (every sample, medians and ratios; with --only,
 * the other sections are kept from the last run, and `measured` says when each was).
 *
 * "All elements rendered/ready" is the first frame at which the page has
 * loaded and every <lede-*> element is defined and rendered (one more than
 * two viewports below the top may still wait for the reader to come near).
 * Long tasks are counted from navigation to that frame, and during the
 * upgrade: from lede.js's request for its registration chunk (made once
 * the article and its lead image have painted) to that frame.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { startServer } from '../demo/serve.mjs';
import { launchBrowser } from '../tests/node/browser.mjs';
import { DEMO_FIRST_ELEMENT, firstRenderGraph, staticGraph } from '../tests/node/cdn-graph.mjs';
import { byteFloor } from './byte-floor.mjs';
import { renderExample } from '../scripts/render-example.mjs';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const root = new URL('../', import.meta.url);
// rollup.config.mjs (imported by bench/byte-floor.mjs) reads src/ and tsconfig.build.json from the working directory.
process.chdir(fileURLToPath(root));
const flag = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : fallback;
};
const RUNS = Number(flag('runs', 9));
// Paint times of the demo article vary by ±40% from load to load on a shared 2-core machine, and a
// pair costs about 3 s: its median gets more pairs than the heavy pages' (about 20 s a pair).
const ARTICLE_RUNS = Number(flag('article-runs', 49));
// The 1,000-item list is as quick a pair, and its single samples scatter as widely.
const RELATED_RUNS = Number(flag('related-runs', 25));
const SECTIONS = new Set(flag('only', 'article,huge,related,bytes').split(','));
const PORT = Number(flag('port', 0));
const CPU_SLOWDOWN = 4;
const VIEWPORT = { width: 412, height: 915 };
const READY_TIMEOUT = 120_000;

for (const [name, value] of [['runs', RUNS], ['article-runs', ARTICLE_RUNS], ['related-runs', RELATED_RUNS]]) {
  if (!Number.isInteger(value) || value < 1) {
    console.error(`--${name} takes a whole number, at least 1.`);
    process.exit(1);
  }
}
if (!existsSync(new URL('dist/cdn/lede.js', root))) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}

const read = (path) => readFileSync(new URL(path, root));
const median = (values) => {
  const sorted = values.filter((value) => value != null).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (value) => (value == null ? 'n/a' : `${Math.round(value).toLocaleString('en-US')} ms`);
const ratio = (without, withLede) => (without > 0 && withLede != null ? withLede / without : null);
const times = (value) => (value == null ? '—' : `×${value.toFixed(2)}`);

/** A small seeded generator (mulberry32): the same samples give the same interval on every run. */
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The 95% bootstrap interval of the ratio of medians (with / without): how far
 * the ratio could be from the one printed by chance alone, given how widely
 * single loads scatter. Each variant's samples are resampled on their own.
 */
function ratioInterval(without, withLede, rounds = 4000) {
  const a = without.filter((value) => value != null);
  const b = withLede.filter((value) => value != null);
  if (a.length < 2 || b.length < 2) return null;
  const random = seededRandom(0x1ede);
  const resample = (values) => median(Array.from(values, () => values[Math.floor(random() * values.length)]));
  const ratios = [];
  for (let round = 0; round < rounds; round += 1) {
    const r = ratio(resample(a), resample(b));
    if (r != null) ratios.push(r);
  }
  // A baseline that is often 0 (layout shift) has no ratio to speak of.
  if (ratios.length < rounds * 0.95) return null;
  ratios.sort((x, y) => x - y);
  return [ratios[Math.floor(ratios.length * 0.025)], ratios[Math.ceil(ratios.length * 0.975) - 1]];
}
const interval = (range) => (range ? ` (95%: ×${range[0].toFixed(2)}–×${range[1].toFixed(2)})` : '');

function table(title, header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
  console.log(`\n${title}\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows) console.log(line(row));
}

const results = {
  date: new Date().toISOString(),
  settings: { runs: RUNS, articleRuns: ARTICLE_RUNS, relatedRuns: RELATED_RUNS, cpuSlowdown: CPU_SLOWDOWN, viewport: VIEWPORT, cache: 'disabled, new context per load', order: 'alternating pairs' },
  article: null,
  huge: null,
  related: null,
  bytes: null,
};

// ---------------------------------------------------------------- pages
const demoHtml = read('demo/index.html').toString();
const LEDE_SCRIPT = /\s*<script type="module"[^>]*src="\.\.\/dist\/cdn\/lede\.js"[^>]*><\/script>/;
if (!LEDE_SCRIPT.test(demoHtml)) throw new Error('demo/index.html has no <script src="../dist/cdn/lede.js">: update bench/run.mjs');

/** The 2,100-element page: 1,000 quotes, 1,000 images and 100 headers, in article order. */
function hugePage(withScript) {
  const blocks = [];
  for (let i = 0; i < 1000; i += 1) {
    if (i % 10 === 0) {
      blocks.push(`<lede-article-header kicker="Section ${i / 10 + 1}" published="2024-03-19T17:17:00Z" time-zone="America/New_York">
  <h1>Headline number ${i / 10 + 1} of a very long page</h1><p slot="standfirst">A standfirst for block ${i / 10 + 1}.</p>
</lede-article-header>`);
    }
    blocks.push(`<lede-quote-block speaker="Speaker ${i + 1}" speaker-title="Title ${i + 1}"><p>Quotation number ${i + 1}, long enough to wrap onto a second line on a phone.</p></lede-quote-block>
<lede-captioned-image credit="Agency ${i + 1}"><img src="assets/freight-yard.svg" alt="Freight yard ${i + 1}" width="1200" height="800" loading="lazy">Caption ${i + 1}.</lede-captioned-image>`);
  }
  return `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>2,100 Lede elements</title><link rel="icon" href="data:,"><link rel="stylesheet" href="../dist/styles/lede.css">
${withScript ? '<script type="module" async src="../dist/cdn/lede.js"></script>' : ''}
<style>body { margin: 0; font: 18px/1.6 Georgia, serif; } main { max-inline-size: 42rem; margin-inline: auto; padding: 1rem; } img { max-inline-size: 100%; block-size: auto; }</style>
</head><body><main>${blocks.join('\n')}</main></body></html>`;
}

const pages = {
  '/demo/bench-without-script.html': demoHtml.replace(LEDE_SCRIPT, ''),
  '/demo/bench-huge-without-script.html': hugePage(false),
  '/demo/bench-huge.html': hugePage(true),
};

// ---------------------------------------------------------------- page loads
/**
 * In the page from its first byte: LCP (time and element), FCP, CLS, long
 * tasks, and the first frame at which the page is "ready": loaded and,
 * when Lede is on the page, every <lede-*> element defined and rendered.
 */
function observe({ expectUpgrade }) {
  const bench = (window.__bench = { lcp: null, lcpCandidates: [], cls: 0, longTasks: [], ready: null });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const element = entry.element;
      const host = element?.getRootNode() instanceof ShadowRoot ? element.getRootNode().host : element?.parentElement;
      // Every candidate, not only the last: shows whether the photo had an entry before the upgrade.
      // Slot and parent are read when the observer reports, which may be just after the entry.
      bench.lcpCandidates.push(bench.lcp = {
        time: entry.startTime,
        tag: element?.localName ?? null,
        src: entry.url ? new URL(entry.url).pathname.split('/').pop() : null,
        slot: element?.assignedSlot ? element.assignedSlot.name || '(default)' : null,
        inShadowRoot: element ? element.getRootNode() instanceof ShadowRoot : null,
        parent: host?.localName ?? null,
        size: entry.size,
      });
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) bench.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });

  // Walks the elements once, in order, so a frame's check costs almost nothing on a page of thousands.
  let elements = null;
  let next = 0;
  const isReady = () => {
    if (document.readyState !== 'complete') return false;
    if (!expectUpgrade) return true;
    elements ??= [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('lede-'));
    while (next < elements.length) {
      const element = elements[next];
      if (!element.matches(':defined')) return false;
      // An element far below the viewport may wait to render until the reader comes near it.
      const waitsForReader = !element.hasUpdated && element.getBoundingClientRect().top > innerHeight * 2;
      if (!waitsForReader && (!element.hasUpdated || element.isUpdatePending)) return false;
      next += 1;
    }
    return true;
  };
  const frame = () => {
    if (isReady()) bench.ready = performance.now();
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

async function loadPage(browser, url, { expectUpgrade, settleMs = 1000 }) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.addInitScript(observe, { expectUpgrade });
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(url, { waitUntil: 'load', timeout: READY_TIMEOUT });
  await page.waitForFunction(() => window.__bench.ready != null, null, { timeout: READY_TIMEOUT, polling: 250 });
  await page.waitForTimeout(settleMs);
  const sample = await page.evaluate(() => {
    const { lcp, lcpCandidates, cls, longTasks, ready } = window.__bench;
    const during = longTasks.filter((task) => task.start <= ready);
    // The upgrade starts when lede.js, after the lead paint, requests the shared chunk (Lit, the shared code and the registration).
    const upgradeStart = performance.getEntriesByType('resource').find((entry) => /\/chunks\/core-[^/]*\.js$/.test(entry.name))?.startTime;
    const upgrade = upgradeStart == null ? [] : during.filter((task) => task.start + task.duration > upgradeStart);
    const before = upgradeStart == null ? during : during.filter((task) => task.start + task.duration <= upgradeStart);
    return {
      // Before Lede's code starts: the browser's parse, style and layout of the page as written (the whole load without the script).
      longestTaskBeforeUpgrade: before.reduce((max, task) => Math.max(max, task.duration), 0),
      upgradeLongTasksTotal: upgradeStart == null ? null : upgrade.reduce((sum, task) => sum + task.duration, 0),
      upgradeLongestTask: upgradeStart == null ? null : upgrade.reduce((max, task) => Math.max(max, task.duration), 0),
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      lcp: lcp?.time ?? null,
      lcpElement: lcp,
      lcpCandidates,
      cls,
      ready,
      longTasksTotal: during.reduce((sum, task) => sum + task.duration, 0),
      longestTask: during.reduce((max, task) => Math.max(max, task.duration), 0),
      blockingTime: during.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
    };
  });
  await context.close();
  if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
  return sample;
}

/** Runs `measure(variant)` for each variant in turn, `runs` times: without, with, without, with … */
async function alternate(variants, measure, label, runs = RUNS) {
  const samples = Object.fromEntries(variants.map((variant) => [variant, []]));
  for (let run = 0; run < runs; run += 1) {
    for (const variant of variants) {
      samples[variant].push(await measure(variant));
      process.stderr.write(`\r${label}: run ${run + 1}/${runs}   `);
    }
  }
  process.stderr.write('\n');
  return samples;
}

const lcpIdentity = (lcp) =>
  lcp
    ? `<${lcp.tag ?? '?'}>${lcp.src ? ` ${lcp.src}` : ''} in <${lcp.parent}>${lcp.slot ? ` slot ${lcp.slot}` : ''}${lcp.inShadowRoot ? ' (shadow root)' : ''}`
    : 'none';

function compare(samples, keys) {
  return Object.fromEntries(
    keys.map((key) => {
      const without = median(samples.without.map((s) => s[key]));
      const withLede = median(samples.with.map((s) => s[key]));
      const range = (values) => [Math.min(...values), Math.max(...values)];
      const interval95 = ratioInterval(samples.without.map((s) => s[key]), samples.with.map((s) => s[key]));
      return [key, { without, with: withLede, ratio: ratio(without, withLede), interval95, range: { without: range(samples.without.map((s) => s[key] ?? 0)), with: range(samples.with.map((s) => s[key] ?? 0)) } }];
    }),
  );
}

/** The most common LCP element across runs, and how many runs had it. */
function usualLcp(samples) {
  const counts = new Map();
  for (const sample of samples) counts.set(lcpIdentity(sample.lcpElement), (counts.get(lcpIdentity(sample.lcpElement)) ?? 0) + 1);
  const [identity, count] = [...counts].sort((a, b) => b[1] - a[1])[0];
  return `${identity}${count < samples.length ? ` (${count}/${samples.length} runs)` : ''}`;
}

async function article(browser, origin) {
  const urls = { without: `${origin}/demo/bench-without-script.html`, with: `${origin}/demo/` };
  const samples = await alternate(['without', 'with'], (variant) => loadPage(browser, urls[variant], { expectUpgrade: variant === 'with' }), 'demo article', ARTICLE_RUNS);
  const medians = compare(samples, ['fcp', 'lcp', 'cls', 'ready', 'longTasksTotal', 'longestTask', 'blockingTime', 'upgradeLongTasksTotal', 'upgradeLongestTask']);
  const lcpElement = { without: usualLcp(samples.without), with: usualLcp(samples.with) };
  results.article = { urls, medians, lcpElement, samples };
  const row = (name, key, format = ms) => [name, format(medians[key].without), format(medians[key].with), times(medians[key].ratio)];
  const paintRow = (name, key) => [...row(name, key).slice(0, 3), `${times(medians[key].ratio)}${interval(medians[key].interval95)}`];
  table(`Demo article (median of ${ARTICLE_RUNS} alternating pairs, ${CPU_SLOWDOWN}× CPU slowdown, cold cache, 412×915)`, ['measure', 'without the script', 'with Lede', 'ratio'], [
    paintRow('First Contentful Paint', 'fcp'),
    paintRow('Largest Contentful Paint', 'lcp'),
    ['LCP element', lcpElement.without, lcpElement.with, ''],
    row('Cumulative Layout Shift', 'cls', (value) => value.toFixed(3)),
    row('all elements rendered', 'ready'),
    [...row('long tasks, total from navigation', 'longTasksTotal').slice(0, 3), ''],
    [...row('longest task from navigation', 'longestTask').slice(0, 3), ''],
    ['long tasks, total during the upgrade', '—', ms(medians.upgradeLongTasksTotal.with), ''],
    ['longest task during the upgrade', '—', ms(medians.upgradeLongestTask.with), ''],
  ]);
}

async function huge(browser, origin) {
  const urls = { without: `${origin}/demo/bench-huge-without-script.html`, with: `${origin}/demo/bench-huge.html` };
  const samples = await alternate(['without', 'with'], (variant) => loadPage(browser, urls[variant], { expectUpgrade: variant === 'with', settleMs: 200 }), '2,100 elements');
  const medians = compare(samples, ['ready', 'longestTask', 'longestTaskBeforeUpgrade', 'longTasksTotal', 'lcp', 'cls', 'upgradeLongestTask']);
  results.huge = { urls, elements: { quotes: 1000, images: 1000, headers: 100 }, medians, samples };
  const row = (name, key, withRatio = true, format = ms) => [name, format(medians[key].without), format(medians[key].with), withRatio ? times(medians[key].ratio) : ''];
  table(`2,100 elements: 1,000 quotes, 1,000 images, 100 headers (median of ${RUNS} alternating pairs)`, ['measure', 'without the script', 'with Lede', 'ratio'], [
    row('all elements ready', 'ready'),
    row('longest task', 'longestTask', false),
    // The longest task of the page is usually the parser's, with or without Lede: before Lede's code starts, and its own from then on.
    row('  of which before the upgrade (the page as written)', 'longestTaskBeforeUpgrade', false),
    ['  of which during the upgrade (Lede\'s own)', '—', ms(medians.upgradeLongestTask.with), ''],
    row('long tasks, total', 'longTasksTotal', false),
    row('Largest Contentful Paint', 'lcp'),
    row('Cumulative Layout Shift', 'cls', false, (value) => value.toFixed(3)),
  ]);
}

// ---------------------------------------------------------------- related list of 1,000 items
async function related(browser, origin) {
  const tag = 'lede-related-content';
  const measure = async (variant) => {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(`${origin}/bench/pages/blank.html`);
    await page.waitForFunction((name) => customElements.get(name), tag);
    const time = await page.evaluate(
      async ({ variant, tag }) => {
        const items = Array.from({ length: 1000 }, (_, i) => ({ title: `Related article ${i + 1}`, url: `/news/article-${i + 1}` }));
        const start = performance.now();
        if (variant === 'without') {
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
          const element = document.createElement(tag);
          element.items = items;
          document.body.append(element);
          await element.updateComplete;
        }
        // To the next painted frame.
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        return performance.now() - start;
      },
      { variant, tag },
    );
    await context.close();
    return { time };
  };
  const samples = await alternate(['without', 'with'], measure, '1,000 related items', RELATED_RUNS);
  const medians = compare(samples, ['time']);
  results.related = { medians, samples };
  table(`1,000 related items to the next frame (median of ${RELATED_RUNS} alternating pairs, ${CPU_SLOWDOWN}× CPU slowdown)`, ['list', 'time', 'ratio'], [
    ['plain <ul> of the same links', ms(medians.time.without), ''],
    [`<${tag}> with .items`, ms(medians.time.with), `${times(medians.time.ratio)}${interval(medians.time.interval95)}`],
  ]);
}

// ---------------------------------------------------------------- bytes
const sizeOf = (files) => {
  const list = [...files];
  return { files: list, raw: list.reduce((sum, f) => sum + read(f).length, 0), gzip: list.reduce((sum, f) => sum + gzip(read(f)), 0), brotli: list.reduce((sum, f) => sum + brotli(read(f)), 0) };
};

/** The scripts and styles the demo requests once both feeds have rendered (the related list loads near the viewport). */
async function demoDownloads(browser, origin) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const files = new Set();
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (/\.(js|css)$/.test(pathname)) files.add(pathname.slice(1));
  });
  await page.goto(`${origin}/demo/`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('lede-live-banner')?.shadowRoot?.querySelector('[part~="update"]'));
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForFunction(() => document.querySelector('lede-related-content')?.shadowRoot?.querySelector('img'));
  await page.waitForLoadState('networkidle');
  await context.close();
  return files;
}

/** What an app's bundler makes of `import 'lede-elements/define.js'`: the npm modules and Lit in one file, minified by Terser. */
async function npmAppBundle() {
  const bundle = await rollup({ input: fileURLToPath(new URL('dist/define.js', root)), plugins: [nodeResolve({ exportConditions: ['production', 'browser', 'default'] })], onwarn: () => {} });
  try {
    const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true, plugins: [terser({ module: true })] });
    return output[0].code;
  } finally {
    await bundle.close();
  }
}

const textSize = (text) => ({ files: [], raw: Buffer.byteLength(text), gzip: gzip(text), brotli: brotli(text) });

async function bytes(browser, origin) {
  const elements = ['article-header', 'captioned-image', 'quote-block', 'related-content', 'live-banner'].map((name) => `dist/cdn/lede-${name}.js`);
  const graphs = Object.fromEntries(elements.map((entry) => [entry, staticGraph(entry)]));
  const perElement = elements.map((entry) => {
    const others = new Set(elements.filter((other) => other !== entry).flatMap((other) => [...graphs[other]]));
    return { entry, alone: sizeOf(graphs[entry]), marginal: sizeOf([...graphs[entry]].filter((file) => !others.has(file))) };
  });
  const loaded = [...(await demoDownloads(browser, origin))];
  const scripts = (files) => files.filter((file) => file.endsWith('.js'));
  // lede.js registers the page's elements in page order: the first one's chunks are what the first render waits for.
  const firstScripts = sizeOf([...firstRenderGraph()]);
  const firstLoad = sizeOf([...firstRenderGraph(), 'dist/styles/lede.css']);
  const totalScripts = sizeOf(scripts(loaded));
  const total = sizeOf(loaded);
  const files = {
    // lede.js is a small file that imports the elements' chunks after the first paints: it counts with what it loads to render.
    [`dist/cdn/lede.js and the chunks <lede-${DEMO_FIRST_ELEMENT}> needs to render`]: firstScripts,
    ...(DEMO_FIRST_ELEMENT === 'article-header' ? {} : { 'dist/cdn/lede.js and the chunks <lede-article-header> needs to render': sizeOf([...firstRenderGraph('article-header')]) }),
    ...Object.fromEntries(['dist/cdn/lede.iife.js', 'dist/cdn/autoloader.js', 'dist/styles/lede.css'].map((file) => [file, sizeOf([file])])),
    // The npm build's users: an app's bundle, and the HTML of a server-rendered page (examples/article.json, as npm start serves it).
    "an app's bundle of lede-elements/define.js (Rollup, Terser; every language)": textSize(await npmAppBundle()),
    'the server-rendered example page (HTML, each element\'s styles in its shadow root)': textSize(await renderExample()),
  };
  // What packaging alone could reach: the same files rebuilt without component CSS, then without long texts too (bench/byte-floor.mjs).
  const floor = await byteFloor({ first: firstScripts.files, all: totalScripts.files });
  // The rebuild must be the build measured above, or its other rows measure something else.
  if (floor[0].first.separately !== firstScripts.gzip || floor[0].all.separately !== totalScripts.gzip) {
    throw new Error(`bench/byte-floor.mjs rebuilt other bytes than dist/cdn/ holds (${floor[0].first.separately} and ${floor[0].all.separately}, not ${firstScripts.gzip} and ${totalScripts.gzip}): run \`npm run build\` first`);
  }
  results.bytes = { files, perElement, demo: { firstElement: DEMO_FIRST_ELEMENT, firstScripts, firstLoad, totalScripts, total }, floor };
  table('Files', ['file', 'raw', 'gzip', 'brotli'], Object.entries(files).map(([file, s]) => [file, kib(s.raw), kib(s.gzip), kib(s.brotli)]));
  table(
    'Per element, from its own module dist/cdn/lede-<name>.js (alone: with Lit and all it imports; marginal: what only it needs)',
    ['element', 'alone gzip', 'alone brotli', 'marginal gzip', 'marginal brotli'],
    perElement.map(({ entry, alone, marginal }) => [posix.basename(entry, '.js'), kib(alone.gzip), kib(alone.brotli), kib(marginal.gzip), kib(marginal.brotli)]),
  );
  table('What the demo article downloads', ['', 'files', 'gzip', 'brotli'], [
    [`scripts before the first element (<lede-${DEMO_FIRST_ELEMENT}>) renders`, firstScripts.files.length, kib(firstScripts.gzip), kib(firstScripts.brotli)],
    ['  the same and lede.css', firstLoad.files.length, kib(firstLoad.gzip), kib(firstLoad.brotli)],
    ['scripts in all, both feeds rendered', totalScripts.files.length, kib(totalScripts.gzip), kib(totalScripts.brotli)],
    ['  the same and lede.css', total.files.length, kib(total.gzip), kib(total.brotli)],
  ]);
  table(
    'The demo\'s scripts rebuilt with parts emptied, gzip (bench/byte-floor.mjs): separately as loaded / concatenated into one file',
    ['build', `before <lede-${DEMO_FIRST_ELEMENT}> renders`, 'all, both feeds'],
    floor.map((row) => [row.variant, `${kib(row.first.separately)} / ${kib(row.first.oneFile)}`, `${kib(row.all.separately)} / ${kib(row.all.oneFile)}`]),
  );
}

// ---------------------------------------------------------------- run
const { server, origin } = await startServer({ root: fileURLToPath(root), port: PORT, pages });
const browser = await launchBrowser();
try {
  if (SECTIONS.has('bytes')) await bytes(browser, origin);
  if (SECTIONS.has('article')) await article(browser, origin);
  if (SECTIONS.has('huge')) await huge(browser, origin);
  if (SECTIONS.has('related')) await related(browser, origin);
  // A run of some sections (--only) keeps the other sections of the last results, each with the date it was measured.
  const resultsFile = new URL('bench/results.json', root);
  const previous = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : {};
  results.measured = {};
  for (const section of ['article', 'huge', 'related', 'bytes']) {
    if (SECTIONS.has(section)) results.measured[section] = results.date;
    else if (previous[section]) {
      results[section] = previous[section];
      results.measured[section] = previous.measured?.[section] ?? previous.date;
    }
  }
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nWrote bench/results.json');
} finally {
  await browser.close();
  server.close();
}
