/**
 * Pages in Chromium, Firefox and WebKit for the Node-side tests (stories, demo),
 * behind one small interface, so a check written once runs in every engine:
 *
 *   const engine = await launchEngine('firefox');
 *   const page = await engine.open(url);        // waits for load
 *   await page.evaluate(fn, ...args);           // fn runs in the page; may be async
 *   await page.problems();                      // console errors, page errors, failed loads
 *   await page.close(); await engine.close();
 *
 * - chromium: Debian's Chromium through playwright-core (tests/chrome.mjs).
 * - firefox: Debian's Firefox ESR through puppeteer-core over WebDriver BiDi,
 *   as the browser suite starts it (tests/engines.mjs).
 * - webkit: WebKitGTK's MiniBrowser through WebKitWebDriver under Xvfb
 *   (startWebKit in tests/webkit.mjs). Classic WebDriver has no console
 *   events: the pages under test carry RECORDER (below) as their first script,
 *   which records console errors, uncaught errors, unhandled rejections, failed
 *   loads and CSP violations in every engine; Chromium and Firefox add what
 *   their own consoles report.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { chromeArgs, chromePath } from '../chrome.mjs';
import { firefoxPath } from '../engines.mjs';
import { startWebKit } from '../webkit.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The axe tags every story and the demo are held to: WCAG 2.2 AA and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * The first script of a page under test (inline, before any other): records
 * what a reader's console would show as errors into `window.__ledeProblems`
 * (console.error calls, uncaught errors, unhandled rejections, CSP
 * violations), and counts requests in flight in `window.__ledePending`, so a
 * test can wait for feeds to arrive. An image that fails to decode is not an
 * error here (the broken-image story shows one on purpose); a failed request
 * is, where the engine's own console reports it (Chromium, Firefox).
 */
export const RECORDER = `<script>(() => {
  const problems = (window.__ledeProblems = []);
  window.__ledePending = 0;
  const text = (value) => {
    if (value instanceof Error) return value.name + ': ' + value.message;
    try { return typeof value === 'object' ? JSON.stringify(value) : String(value); } catch { return String(value); }
  };
  const consoleError = console.error;
  console.error = function (...args) {
    problems.push('console.error: ' + args.map(text).join(' '));
    return consoleError.apply(this, args);
  };
  addEventListener('error', (event) => problems.push('uncaught ' + (event.error ? text(event.error) : event.message)));
  addEventListener('unhandledrejection', (event) => problems.push('unhandled rejection: ' + text(event.reason)));
  document.addEventListener('securitypolicyviolation', (event) => problems.push('CSP violation: ' + event.violatedDirective + ' ' + event.blockedURI));
  const fetch = window.fetch;
  window.fetch = function (...args) {
    window.__ledePending += 1;
    const done = () => { window.__ledePending -= 1; };
    return fetch.apply(this, args).then(
      (response) => { done(); return response; },
      (error) => { done(); throw error; },
    );
  };
})();</script>`;

/** Puts RECORDER at the very start of an HTML document's <head>. */
export function withRecorder(html) {
  return html.replace(/<head[^>]*>/i, (head) => head + RECORDER);
}

/**
 * Runs in the page: loads axe (once) and resolves to its violations for
 * `context` (a selector; the whole document by default) with `tags`.
 */
function runAxe(source, tags, context) {
  if (!window.axe) {
    const script = document.createElement('script');
    script.textContent = source;
    document.head.append(script);
    script.remove();
  }
  return window.axe
    .run(context ? document.querySelector(context) : document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
    .then((results) =>
      results.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        nodes: violation.nodes.map((node) => ({ target: node.target.join(' '), summary: node.failureSummary })),
      })),
    );
}

/** axe violations (WCAG 2.2 AA tags unless told otherwise) of an open page. */
export function axeViolations(page, { context, tags = AXE_TAGS } = {}) {
  return page.evaluate(runAxe, axeSource, tags, context ?? null);
}

/** A readable list of violations for an assertion message. */
export function formatViolations(violations) {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target}\n    ${String(n.summary).replace(/\n/g, '\n    ')}`).join('\n')}`)
    .join('\n');
}

/**
 * Runs in the page (`page.evaluate(settled, root)`): resolves to 'ok' once
 * every Lede element under `root` is defined and rendered, requests in
 * flight (feeds) have answered, and the elements have rendered what they
 * brought; otherwise to what it still waits for after 10 s.
 */
export async function settled(root) {
  const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const lede = () => [...document.querySelectorAll(`${root} *`)].filter((el) => el.localName.startsWith('lede-'));
  const deadline = Date.now() + 10000;
  while (!(lede().length && lede().every((el) => customElements.get(el.localName) && el.shadowRoot))) {
    if (Date.now() > deadline) return `no rendered Lede elements in ${root} after 10 s`;
    await pause(50);
  }
  await document.fonts?.ready;
  for (let quiet = 0; quiet < 3; ) {
    await Promise.all(lede().map((el) => el.updateComplete));
    await frame();
    await pause(50);
    quiet = window.__ledePending ? 0 : quiet + 1;
    if (Date.now() > deadline) return 'requests still in flight after 10 s';
  }
  return 'ok';
}

const recorded = (page) => page.evaluate(() => window.__ledeProblems ?? []);

async function launchChromium() {
  const browser = await chromium.launch({ executablePath: chromePath, headless: true, args: chromeArgs });
  return {
    name: 'chromium',
    async open(url, { viewport = { width: 1000, height: 800 } } = {}) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      const native = [];
      page.on('pageerror', (error) => native.push(`page error: ${error}`));
      page.on('console', (message) => message.type() === 'error' && native.push(`console: ${message.text()}`));
      await page.goto(url, { waitUntil: 'load' });
      return {
        evaluate: (fn, ...args) => page.evaluate(([source, list]) => (0, eval)(`(${source})`)(...list), [fn.toString(), args]),
        problems: async () => [...native, ...(await recorded(page))],
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}

async function launchFirefox() {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    extraPrefsFirefox: {
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
    },
  });
  return {
    name: 'firefox',
    async open(url, { viewport = { width: 1000, height: 800 } } = {}) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport(viewport);
      const native = [];
      page.on('pageerror', (error) => native.push(`page error: ${error}`));
      page.on('console', (message) => message.type() === 'error' && native.push(`console: ${message.text()}`));
      await page.goto(url, { waitUntil: 'load' });
      return {
        evaluate: (fn, ...args) => page.evaluate(fn, ...args),
        problems: async () => [...native, ...(await recorded(page))],
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}

async function launchWebKit() {
  const webkit = await startWebKit({ width: 1000, height: 800 });
  // WebDriver's execute: the script is a function body; a returned promise is awaited.
  const evaluate = (fn, ...args) =>
    webkit.call('POST', '/execute/sync', { script: `return (${fn.toString()}).apply(null, arguments)`, args });
  return {
    name: 'webkit',
    async open(url, { viewport = { width: 1000, height: 800 } } = {}) {
      await webkit.resize(viewport.width, viewport.height);
      await webkit.goto(url); // returns once the page has loaded
      // Storage and state carry over in the one window: start each page clean.
      const page = {
        evaluate,
        problems: () => evaluate(() => window.__ledeProblems ?? ['the page has no recorder: cannot see its console in WebKit']),
        close: () => webkit.goto('about:blank'),
      };
      return page;
    },
    close: () => webkit.close(),
  };
}

/** Starts `name` (one of ENGINES). */
export function launchEngine(name) {
  const launch = { chromium: launchChromium, firefox: launchFirefox, webkit: launchWebKit }[name];
  if (!launch) throw new Error(`engine must be one of ${ENGINES.join(', ')}, not "${name}"`);
  return launch();
}
