/**
 * How the script-tag modules of single elements (`dist/cdn/lede-<name>.js`,
 * which the autoloader imports) register their tag: as `dist/cdn/lede.js`
 * does (src/cdn.ts), only once the browser has painted the article as the
 * CMS wrote it, lead image included.
 */
import { defineElement } from './internal/define.js';
import { loadPageLanguages } from './internal/page-languages.js';
import { afterLeadPaint } from './internal/lead-paint.js';

export function defineAfterLeadPaint(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  void afterLeadPaint(async () => {
    // The labels of the page's languages first, so that the element never renders in English first.
    await loadPageLanguages();
    defineElement(tag, element);
  });
}
