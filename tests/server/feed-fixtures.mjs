/**
 * The real-world feed corpus (tests/fixtures/feeds/) over real HTTP, each
 * feed with the Content-Type its kind of site sends (charset included, or
 * deliberately missing or wrong), its bytes exactly as written:
 *
 *   GET /test-server/feeds/index.json        the fixtures: [{ name, feed, contentType, about, items }]
 *   GET /test-server/feeds/<feed file>       the feed, with its fixture's Content-Type
 *   GET /test-server/feeds/…/<name>.jpg      (or .png, .webp, …) a placeholder thumbnail, for the
 *                                            fixtures' relative images
 */
import { readdirSync, readFileSync } from 'node:fs';

const BASE = '/test-server/feeds/';
const THUMBNAIL = '<svg xmlns="http://www.w3.org/2000/svg" width="32" height="18"><rect width="32" height="18" fill="#8a8"/></svg>';
const folder = new URL('../fixtures/feeds/', import.meta.url);

function fixtures() {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.expected.json'))
    .sort()
    .map((file) => ({ name: file.replace(/\.expected\.json$/, ''), ...JSON.parse(readFileSync(new URL(file, folder), 'utf8')) }));
}

export default async function feedFixtures(context, next) {
  if (!context.path.startsWith(BASE)) return next();
  const name = context.path.slice(BASE.length);
  context.set('Cache-Control', 'no-store');
  if (name === 'index.json') {
    context.body = JSON.stringify(fixtures());
    context.set('Content-Type', 'application/json');
    return;
  }
  const fixture = fixtures().find((candidate) => candidate.feed === name);
  if (!fixture && /\.(?:jpe?g|png|gif|webp)$/.test(name)) {
    context.body = THUMBNAIL;
    context.set('Content-Type', 'image/svg+xml');
    return;
  }
  if (!fixture) return next();
  context.body = readFileSync(new URL(fixture.feed, folder));
  // Exactly as a publisher's server sends it: not normalised by Koa.
  context.set('Content-Type', fixture.contentType);
}
