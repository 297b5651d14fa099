/**
 * No layout shift at any width 320–1000 px, in every engine (see tests/layout-shift.ts): on upgrade of
 * a page with lede.css, in English, in German (labels lede.css writes itself) and in Polish (labels the
 * page sets, as the README shows), and on hydration of server-rendered markup.
 */
import { hydrationShiftSuite, layoutShiftSuite } from './layout-shift.js';

layoutShiftSuite(() => true);
layoutShiftSuite(() => true, 'de');
layoutShiftSuite(() => true, 'pl', `<style>:root:lang(pl) { --lede-live-label: 'NA ŻYWO'; --lede-source-label: 'Źródło: ' }</style>`);
hydrationShiftSuite(() => true);
