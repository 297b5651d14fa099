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

/**
 * What `dist/cdn/lede.js` runs before the first element renders: itself, the elements' chunk it
 * imports once the article has painted (src/cdn-elements.ts), and their static imports.
 */
export function firstRenderGraph() {
  const files = staticGraph('dist/cdn/lede.js');
  const elements = read('dist/cdn/lede.js').match(/import\(\s*["'](\.\/chunks\/cdn-elements-[^"']+)["']\s*\)/);
  if (!elements) throw new Error('dist/cdn/lede.js does not import the elements chunk');
  return staticGraph(posix.join('dist/cdn', elements[1]), files);
}
