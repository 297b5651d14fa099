/**
 * Worker for ssr-hostile.test.mjs: renders one element with @lit-labs/ssr
 * from dist/ and reports how long it took, what came out and what was
 * warned. In a worker so that a render that hangs can be stopped.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';

const warnings = [];
console.warn = (...args) => warnings.push(args.join(' '));
// LEDE_SSR_DIST points at another build (e.g. an older commit's) to compare.
await import(process.env.LEDE_SSR_DIST ? new URL('define.js', `file://${process.env.LEDE_SSR_DIST.replace(/\/?$/, '/')}`).href : '../../dist/define.js');

const { tag, attributes } = workerData;
// One binding per attribute, as a CMS's template would pass its values.
const names = Object.keys(attributes);
const strings = [`<${tag} ${names[0]}="`, ...names.slice(1).map((name) => `" ${name}="`), `"></${tag}>`];
let markup = '';
let error;
const start = performance.now();
try {
  markup = await collectResult(render(html(Object.assign(strings, { raw: strings }), ...names.map((name) => attributes[name]))));
} catch (thrown) {
  error = String(thrown?.stack ?? thrown);
}
const ms = performance.now() - start;
parentPort.postMessage({
  ms,
  error,
  markup,
  longestWarning: Math.max(0, ...warnings.map((warning) => warning.length)),
});
