/**
 * The `structured-data` attribute, in the browser: writes the JSON-LD of a
 * page assembled by hand (the header's `NewsArticle`, the banner's
 * `LiveBlogPosting`) into the element's light DOM, once per page.
 *
 * Only this function is in the script-tag bundle; what it loads (this file's
 * sibling `structured-data-writer.ts` and the JSON-LD builders shared with
 * `lede-elements/ssr`) is fetched with `import()` the first time an element
 * carries the attribute, so pages without it pay nothing for it.
 */
import { isServer } from 'lit';
import { hasStructuredData, type StructuredDataType } from '../ssr/json-ld-marker.js';

export function requestStructuredData(host: HTMLElement, type: StructuredDataType): void {
  if (isServer || !host.hasAttribute('structured-data') || hasStructuredData(type)) return;
  // The script-tag bundle is a single file, so the writer is its own file beside it (dist/cdn/); the npm build
  // turns this into import('./structured-data-writer.js') for apps' bundlers (ssr/rollup.ssr.mjs).
  import(/* lede-lazy */ /* @vite-ignore */ new URL('./structured-data-writer.js', import.meta.url).href).then(
    (writer: typeof import('./structured-data-writer.js')) => writer.writeStructuredData(host, type),
    () => {
      // Offline or blocked: the page works without its JSON-LD, which only search engines read.
    },
  );
}
