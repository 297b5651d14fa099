import { defineElement } from '../../internal/define.js';
import { LedeLiveBanner } from './live-banner.js';

defineElement('lede-live-banner', LedeLiveBanner);

export { LedeLiveBanner };
