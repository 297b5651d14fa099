/** Headless Chromium for the Node-side tests (bundle pages, demo, stories, SSR). */
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from '../chrome.mjs';

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
