/**
 * The three engines the browser suite runs in, one at a time (see
 * web-test-runner.config.mjs and `npm run test:browser`):
 *
 * - chromium: Debian's Chromium (CHROME_PATH) through Playwright; coverage and
 *   DevTools-only commands (media and time-zone emulation, accessibility tree).
 * - firefox: Debian's Firefox ESR (FIREFOX_PATH) through puppeteer-core over
 *   WebDriver BiDi.
 * - webkit: Debian's WebKitGTK MiniBrowser through WebKitWebDriver under Xvfb
 *   (tests/webkit.mjs; WEBKIT_PATH, WEBKIT_DRIVER_PATH).
 *
 * Firefox and WebKit cannot emulate media per page, so dark mode, reduced motion
 * and forced colours are whole launches configured at start: `media` below.
 */
import { chromeLauncher } from '@web/test-runner-chrome';
import { playwrightLauncher } from '@web/test-runner-playwright';
import puppeteer from 'puppeteer-core';
import { chromeArgs, chromePath } from './chrome.mjs';
import { webkitLauncher } from './webkit.mjs';

export const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

/** Firefox preferences for the media a launch starts in. */
function firefoxPrefs({ dark = false, reducedMotion = false, forcedColors = false } = {}) {
  return {
    // No updates, telemetry or remote settings on a machine without internet.
    'app.update.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    'ui.systemUsesDarkTheme': dark ? 1 : 0,
    'layout.css.prefers-color-scheme.content-override': dark ? 0 : 1,
    'ui.prefersReducedMotion': reducedMotion ? 1 : 0,
    // "Override the colours specified by the page: always" is Firefox's forced-colours mode.
    'browser.display.document_color_use': forcedColors ? 2 : 0,
  };
}

export function chromium() {
  return playwrightLauncher({
    product: 'chromium',
    launchOptions: { executablePath: chromePath, headless: true, args: chromeArgs },
  });
}

export function firefox(media = {}) {
  const launcher = chromeLauncher({
    puppeteer,
    launchOptions: {
      browser: 'firefox',
      executablePath: firefoxPath,
      headless: true,
      extraPrefsFirefox: firefoxPrefs(media),
    },
  });
  const names = Object.keys(media).filter((name) => media[name]);
  if (names.length) launcher.name = `Firefox (${names.join(', ')})`;
  return launcher;
}

export function webkit(media = {}) {
  return webkitLauncher(media);
}
