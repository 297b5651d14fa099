/**
 * The script-tag entry (`dist/cdn/lede.js`): a few hundred bytes that wait
 * until the browser has painted the article as the CMS wrote it, lead image
 * included (lede.css reserves each element's space, so upgrading moves
 * nothing), and only then load and run the elements. Neither the first nor
 * the largest paint waits for Lede: the reader's first frame never pays for
 * parsing and running the library. Each element's code then loads as a
 * chunk of its own (src/cdn-elements.ts), and the page's elements render in
 * slices, those far below the viewport when the reader comes near them
 * (src/internal/upgrade-turns.ts).
 */
import { afterLeadPaint } from './internal/lead-paint.js';

if (typeof customElements !== 'undefined') {
  void afterLeadPaint(async () => {
    const { defineAll } = await import('./cdn-elements.js');
    await defineAll();
  });
}
