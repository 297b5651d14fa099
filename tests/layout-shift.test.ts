/**
 * No layout shift at any width 320–1000 px, in every engine (see tests/layout-shift.ts): on upgrade of
 * a page with lede.css, in English and in German (another language's labels and dates), and on hydration
 * of server-rendered markup.
 */
import { hydrationShiftSuite, layoutShiftSuite } from './layout-shift.js';

layoutShiftSuite(() => true);
layoutShiftSuite(() => true, 'de');
hydrationShiftSuite(() => true);
