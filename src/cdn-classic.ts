/**
 * The classic script (`dist/cdn/lede.iife.js`): one file, for pages without
 * module scripts. Everything the package exports is on `window.Lede`; the
 * elements register, as with lede.js, once the article and its lead image
 * have painted.
 */
import { defineAll } from './cdn-elements.js';
import { afterLeadPaint } from './internal/lead-paint.js';

export * from './index.js';

if (typeof customElements !== 'undefined') void afterLeadPaint(defineAll);
