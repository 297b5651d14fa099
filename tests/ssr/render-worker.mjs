/**
 * Renders HTML with @lit-labs/ssr in a worker thread, from the current
 * sources: esbuild compiles src/define.ts for Node (Lit stays external, so the
 * server uses the same Lit as @lit-labs/ssr), and the worker's own globals
 * hold Lit's server DOM shim, away from the test runner's. Used by
 * tests/server/ssr.mjs; messages are { id, html } → { id, markup | error }.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = new URL('../../', import.meta.url);
const { render } = await import('@lit-labs/ssr');
const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
const { html } = await import('lit');

const output = await build({
  entryPoints: [fileURLToPath(new URL('src/define.ts', root))],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  tsconfig: fileURLToPath(new URL('tsconfig.json', root)),
  write: false,
});
// Inside the repository, so that Node resolves `lit` from its node_modules.
const cache = new URL('node_modules/.cache/lede-ssr/', root);
mkdirSync(cache, { recursive: true });
const file = new URL('define.mjs', cache);
writeFileSync(file, output.outputFiles[0].text);
await import(`${pathToFileURL(fileURLToPath(file)).href}?${Date.now()}`);

/** Markup as a template without bindings: the elements in it render as they would in a CMS's template. */
const template = (markup) => html(Object.assign([markup], { raw: [markup] }));

parentPort.on('message', async ({ id, html: markup }) => {
  try {
    parentPort.postMessage({ id, markup: await collectResult(render(template(markup))) });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error?.stack ?? error) });
  }
});
