import { defineElement } from '../../internal/define.js';
import { LedeQuoteBlock } from './quote-block.js';

defineElement('lede-quote-block', LedeQuoteBlock);

export { LedeQuoteBlock };
