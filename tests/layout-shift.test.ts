/** No layout shift on upgrade at any width 320–1000 px, in every engine (see tests/layout-shift.ts). */
import { layoutShiftSuite } from './layout-shift.js';

layoutShiftSuite(() => true);
