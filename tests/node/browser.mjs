/** Headless Chromium for the Node-side tests (bundle pages, demo, stories, SSR). */
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../demo/serve.mjs';
import { chromeArgs, chromePath } from '../chrome.mjs';

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));

export function launchBrowser() {
  return chromium.launch({ executablePath: chromePath, headless: true, args: chromeArgs });
}

/**
 * Opens `url` and collects what a reader's console would show: page errors,
 * console errors and warnings.
 */
export async function openPage(browser, url, { javaScriptEnabled = true } = {}) {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  const problems = { errors: [], warnings: [] };
  page.on('pageerror', (error) => problems.errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.errors.push(message.text());
    if (message.type() === 'warning') problems.warnings.push(message.text());
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, context, problems };
}

/**
 * Starts a static server (demo/serve.mjs) and Chromium before a test file's
 * tests and stops both after them. `options` (or a function that resolves
 * them, for generated pages) go to startServer; the root defaults to the
 * repository. Returns an object whose `origin` and `browser` are set once
 * the `before` hook has run.
 */
export function withServerAndBrowser(options = {}) {
  const env = { origin: '', browser: undefined };
  let server;
  before(async () => {
    const resolved = typeof options === 'function' ? await options() : options;
    ({ server, origin: env.origin } = await startServer({ root: repositoryRoot, ...resolved }));
    env.browser = await launchBrowser();
  });
  after(async () => {
    await env.browser?.close();
    server?.close();
  });
  return env;
}
