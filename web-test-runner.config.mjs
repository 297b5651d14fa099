import { readdirSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromeArgs, chromePath } from './tests/chrome.mjs';
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

export default {
  files: ['tests/**/*.test.ts', '!tests/node/**'],
  nodeResolve: { exportConditions: ['development'] },
  middleware,
  // Lit's development build says so once per file; everything else the browser logs is shown.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), chromiumCommandsPlugin()],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: chromePath, headless: true, args: chromeArgs },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 240000,
  coverageConfig: {
    include: ['src/**/*.ts'],
    report: true,
    reportDir: 'coverage',
    threshold: { statements: 80, branches: 70, functions: 80, lines: 80 },
  },
};
