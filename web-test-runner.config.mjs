import { readFileSync, readdirSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromium, firefox, webkit } from './tests/engines.mjs';
import { chromiumCommandsPlugin } from './tests/plugins/chromium.mjs';

/**
 * Test-only HTTP endpoints (feeds, slow or broken images): every module in
 * tests/server/ default-exports one Koa middleware, so a component's tests
 * talk to a real server rather than a stubbed fetch.
 */
const serverDir = new URL('./tests/server/', import.meta.url);
const middleware = await Promise.all(
  readdirSync(serverDir)
    .filter((file) => file.endsWith('.mjs'))
    .sort()
    .map(async (file) => (await import(new URL(file, serverDir).href)).default),
);

/**
 * One engine per run: LEDE_ENGINE=chromium (the default), firefox or webkit.
 * `npm run test:browser` runs all three in turn; coverage comes from Chromium.
 */
const engine = process.env.LEDE_ENGINE || 'chromium';
const launchers = { chromium, firefox, webkit };
if (!launchers[engine]) throw new Error(`LEDE_ENGINE must be one of ${Object.keys(launchers).join(', ')}, not "${engine}"`);

/**
 * Firefox and WebKit cannot emulate media per page: each set of media is one more
 * launch of the engine, configured at start, that runs the tests declared with
 * inMedia() (tests/helpers.ts keeps the same list).
 */
const mediaLaunches = {
  chromium: [],
  firefox: [
    { name: 'firefox-dark', media: { dark: true, reducedMotion: true } },
    { name: 'firefox-forced-colors', media: { forcedColors: true } },
  ],
  webkit: [{ name: 'webkit-dark', media: { dark: true, reducedMotion: true } }],
};
const mediaTestFiles = readdirSync(new URL('./tests/', import.meta.url))
  .filter((file) => file.endsWith('.test.ts'))
  .filter((file) => readFileSync(new URL(`./tests/${file}`, import.meta.url), 'utf8').includes('inMedia('))
  .map((file) => `tests/${file}`);

export default {
  files: ['tests/**/*.test.ts', '!tests/node/**'],
  nodeResolve: { exportConditions: ['development'] },
  middleware,
  // Lit's development build says so once per file; everything else the browser logs is shown.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), chromiumCommandsPlugin()],
  browsers: [launchers[engine]()],
  groups: mediaLaunches[engine].map(({ name, media }) => ({
    name,
    files: mediaTestFiles,
    browsers: [launchers[engine](media)],
  })),
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 240000,
  coverageConfig: {
    include: ['src/**/*.ts'],
    report: true,
    reportDir: 'coverage',
    threshold: { statements: 80, branches: 70, functions: 80, lines: 80 },
  },
};
