import { defineElement } from '../../internal/define.js';
import { LedeArticleHeader } from './article-header.js';

defineElement('lede-article-header', LedeArticleHeader);

export { LedeArticleHeader };
