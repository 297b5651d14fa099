/** Marks the `<script>`s Lede writes, one per node type, so nothing writes the same node twice. */
export const STRUCTURED_DATA_ATTRIBUTE = 'data-lede-structured-data';

export type StructuredDataType = 'NewsArticle' | 'LiveBlogPosting';

/** Already on the page: written by `renderArticle`, the CMS's template or another element. */
export const hasStructuredData = (type: StructuredDataType) => document.querySelector(`script[${STRUCTURED_DATA_ATTRIBUTE}="${type}"]`) !== null;
