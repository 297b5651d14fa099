/** Shared by the render*.test.mjs files: the example article, the built Node entry, and ways to read what it wrote. */
import { readFileSync } from 'node:fs';

export const repositoryRoot = new URL('../../', import.meta.url);
export const exampleArticle = () => JSON.parse(readFileSync(new URL('examples/article.json', repositoryRoot), 'utf8'));
export const ssr = await import('../../dist/ssr/index.js');

/** The JSON-LD scripts of a page, parsed: `[{ type, node, raw }]`. */
export function jsonLdOf(html) {
  return [...html.matchAll(/<script type="application\/ld\+json" data-lede-structured-data="([^"]*)">([\s\S]*?)<\/script>/g)].map(([, type, raw]) => ({
    type,
    raw,
    node: JSON.parse(raw),
  }));
}

/** Every text field of an article (not URLs, dates, tags or enums), as [path, value]; `set` replaces them. */
const NOT_TEXT = new Set(['$schema', 'lang', 'url', 'href', 'src', 'kickerUrl', 'cite', 'feed', 'image', 'published', 'updated', 'start', 'end', 'type', 'state', 'timeZone']);
export function textFields(value, path = []) {
  if (typeof value === 'string') return NOT_TEXT.has(String(path.at(-1))) ? [] : [[path, value]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, child]) => textFields(child, [...path, Array.isArray(value) ? Number(key) : key]));
  return [];
}
export function withEveryText(article, replace) {
  const copy = structuredClone(article);
  for (const [path] of textFields(copy)) {
    const parent = path.slice(0, -1).reduce((node, key) => node[key], copy);
    parent[path.at(-1)] = replace(parent[path.at(-1)], path);
  }
  return copy;
}

/** What a reader's console would show, and any dialog a script opened (an `alert(1)` that got through). */
export function watch(page) {
  const problems = { errors: [], warnings: [], dialogs: [] };
  page.on('pageerror', (error) => problems.errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.errors.push(message.text());
    if (message.type() === 'warning') problems.warnings.push(message.text());
  });
  page.on('dialog', (dialog) => {
    problems.dialogs.push(dialog.message());
    dialog.dismiss();
  });
  return problems;
}
