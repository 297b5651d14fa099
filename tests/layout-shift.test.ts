/**
 * No layout shift at any width 320–1000 px, in every engine (see tests/layout-shift.ts): on upgrade of
 * a page with lede.css, and on hydration of server-rendered markup.
 */
import { hydrationShiftSuite, layoutShiftSuite } from './layout-shift.js';

layoutShiftSuite(() => true);
hydrationShiftSuite(() => true);
