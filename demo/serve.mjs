#!/usr/bin/env node
/**
 * A tiny static file server for the demo page and the bundle tests: no
 * dependencies, so `npm start` works on a bare machine after `npm install`.
 *
 *   node demo/serve.mjs [--port 8000]     serves the repository, prints the demo URL
 */
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.xml': 'application/xml; charset=utf-8',
  '.ico': 'image/x-icon',
};

/**
 * Serves `root` on `port` (0 picks a free one), plus any generated `pages`
 * (pathname → HTML, or `{ parts, pauseMs }`: the HTML in parts, with a pause
 * after each but the last, as a streaming server sends it). Resolves to the
 * server and its origin. Paths outside `root` are refused.
 */
export function startServer({ root = process.cwd(), port = 0, host = '127.0.0.1', headers = {}, pages = {} } = {}) {
  const base = resolve(root);
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (Object.hasOwn(pages, pathname)) {
      const page = pages[pathname];
      response.writeHead(200, { 'content-type': TYPES['.html'], ...headers });
      if (typeof page === 'string') response.end(page);
      else sendInParts(response, page).catch((error) => response.destroy(error));
      return;
    }
    let file = normalize(join(base, decodeURIComponent(pathname)));
    if (file !== base && !file.startsWith(base + sep)) {
      response.writeHead(403).end('Forbidden');
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const { size } = statSync(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': size,
        'cache-control': 'no-cache',
        ...headers,
      });
      if (request.method === 'HEAD') response.end();
      else createReadStream(file).pipe(response);
    } catch {
      // Browsers ask for /favicon.ico on every page; "none" is not an error.
      if (pathname === '/favicon.ico') return void response.writeHead(204).end();
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolveServer({ server, origin: `http://${host === '0.0.0.0' ? 'localhost' : host}:${address.port}` });
    });
  });
}

async function sendInParts(response, { parts, pauseMs }) {
  for (const [index, part] of parts.entries()) {
    if (index > 0) await new Promise((resolvePause) => setTimeout(resolvePause, pauseMs));
    if (response.destroyed) return;
    response.write(part);
  }
  response.end();
}

/** Starts on `port`, or, when the port was not chosen by the user, on the next free one. */
async function startOnFreePort(options, tries) {
  try {
    return await startServer(options);
  } catch (error) {
    if (error.code !== 'EADDRINUSE' || tries <= 1) throw error;
    return startOnFreePort({ ...options, port: options.port + 1 }, tries - 1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const portFlag = process.argv.indexOf('--port');
  const chosen = portFlag > 0 ? process.argv[portFlag + 1] : process.env.PORT;
  const port = Number(chosen ?? 8000);
  const root = fileURLToPath(new URL('..', import.meta.url));
  startOnFreePort({ root, port, host: 'localhost' }, chosen ? 1 : 20)
    .then(({ origin }) => {
      console.log(`Lede demo article: ${origin}/demo/`);
      console.log(`Server-rendered from examples/article.json (lede render): ${origin}/demo/rendered/article.html`);
      console.log('Press Ctrl+C to stop.');
    })
    .catch((error) => {
      console.error(
        error.code === 'EADDRINUSE'
          ? `Port ${port} is in use. Try: npm start -- --port 8080`
          : `Could not start the demo server: ${error.message}`,
      );
      process.exit(1);
    });
}
