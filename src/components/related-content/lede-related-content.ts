import { defineElement } from '../../internal/define.js';
import { LedeRelatedContent } from './related-content.js';

defineElement('lede-related-content', LedeRelatedContent);

export { LedeRelatedContent };
