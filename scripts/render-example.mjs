#!/usr/bin/env node
/**
 * Renders examples/article.json with lede-elements/ssr into
 * demo/rendered/article.html, which `npm start` serves beside the
 * script-tag demo. Scripts and images load from this repository's server.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const EXAMPLE_PATH = '/demo/rendered/article.html';

export async function renderExample() {
  const { renderArticle } = await import('../dist/ssr/index.js');
  const article = JSON.parse(readFileSync(new URL('../examples/article.json', import.meta.url), 'utf8'));
  return renderArticle(article, { cdn: '/dist/cdn/lede.js' });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const target = new URL(`..${EXAMPLE_PATH}`, import.meta.url);
  mkdirSync(new URL('.', target), { recursive: true });
  writeFileSync(target, await renderExample());
}
