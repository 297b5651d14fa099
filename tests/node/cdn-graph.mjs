/** Which built script-tag files a page runs: shared by the bundle tests and the benchmark. */
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';

const root = new URL('../../', import.meta.url);
const read = (file) => readFileSync(new URL(file, root), 'utf8');

/** `file` (a path from the repository root) and every module it imports statically, transitively. */
export function staticGraph(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, specifier] of read(file).matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
    staticGraph(posix.join(posix.dirname(file), specifier), seen);
  }
  return seen;
}

/** lede.js, the registration chunk it imports once the article has painted (src/cdn-elements.ts), and their static imports. */
function loaderGraph(seen = new Set()) {
  const files = staticGraph('dist/cdn/lede.js', seen);
  // The registration code (src/cdn-elements.ts) is in the shared core chunk: lede.js's one import().
  const elements = read('dist/cdn/lede.js').match(/import\(\s*["'](\.\/chunks\/core-[^"']+)["']\s*\)/);
  if (!elements) throw new Error('dist/cdn/lede.js does not import the registration chunk');
  const registration = posix.join('dist/cdn', elements[1]);
  return { files: staticGraph(registration, files), registration };
}

/** The chunk the registration chunk imports for `name`'s class (`article-header` for <lede-article-header>). */
function elementChunk(registration, name) {
  const match = read(registration).match(new RegExp(`import\\(\\s*["'](\\./${name}-[^"']+\\.js)["']\\s*\\)`));
  if (!match) throw new Error(`${registration} does not import the chunk of <lede-${name}>`);
  return posix.join(posix.dirname(registration), match[1]);
}

export const ELEMENT_NAMES = ['article-header', 'captioned-image', 'quote-block', 'related-content', 'live-banner'];

/**
 * The demo article's first element: lede.js registers the page's elements in page order, so this
 * one renders first (the live banner, above the header).
 */
export const DEMO_FIRST_ELEMENT = read('demo/index.html').match(/<lede-([a-z-]+)/)[1];

/**
 * What `dist/cdn/lede.js` runs before the element `name` renders, when it is the page's first:
 * the loader, the shared chunk (Lit, the shared code, the registration), and the element's chunk
 * with everything it imports statically. By default the demo article's first element.
 */
export function firstRenderGraph(name = DEMO_FIRST_ELEMENT) {
  const { files, registration } = loaderGraph();
  return staticGraph(elementChunk(registration, name), files);
}

/** What `dist/cdn/lede.js` runs to render all five elements (feeds and other lazy chunks aside). */
export function allElementsGraph() {
  const { files, registration } = loaderGraph();
  for (const name of ELEMENT_NAMES) staticGraph(elementChunk(registration, name), files);
  return files;
}
