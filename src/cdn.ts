/**
 * The script-tag entry (`dist/cdn/lede.js`): a few hundred bytes that wait
 * until the browser has painted the article as the CMS wrote it, lead image
 * included (lede.css reserves each element's space, so upgrading moves
 * nothing), and only then load and run the elements. Neither the first nor
 * the largest paint waits for Lede: the reader's first frame never pays for
 * parsing and running the library. (First renders are not sliced further:
 * an element that is defined but not yet rendered has lost lede.css's
 * `:not(:defined)` layout and would collapse, moving the page.)
 */
import { afterLeadPaint } from './internal/schedule.js';

if (typeof customElements !== 'undefined') {
  void afterLeadPaint(async () => {
    const { defineAll } = await import('./cdn-elements.js');
    await defineAll();
  });
}
