/**
 * POST /test-server/ssr with HTML in the body: the same HTML rendered by
 * @lit-labs/ssr from the current sources (declarative shadow DOM), for tests
 * that compare a server-rendered page before and after hydration. The render
 * runs in a worker (tests/ssr/render-worker.mjs), started on the first request.
 */
import { Worker } from 'node:worker_threads';

let worker;
let nextId = 0;
const pending = new Map();

function renderer() {
  if (!worker) {
    worker = new Worker(new URL('../ssr/render-worker.mjs', import.meta.url));
    worker.unref();
    worker.on('message', ({ id, markup, error }) => {
      const { resolve, reject } = pending.get(id);
      pending.delete(id);
      if (error) reject(new Error(error));
      else resolve(markup);
    });
    worker.on('error', (error) => {
      for (const { reject } of pending.values()) reject(error);
      pending.clear();
      worker = undefined;
    });
  }
  return worker;
}

const readBody = async (request) => {
  let body = '';
  for await (const chunk of request) body += chunk;
  return body;
};

export default async function ssr(context, next) {
  if (context.path !== '/test-server/ssr' || context.method !== 'POST') return next();
  const html = await readBody(context.req);
  const id = (nextId += 1);
  try {
    const markup = await new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      renderer().postMessage({ id, html });
    });
    context.type = 'text/html';
    context.body = markup;
  } catch (error) {
    context.status = 500;
    context.type = 'text/plain';
    context.body = String(error.message);
  }
}
