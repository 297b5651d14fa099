/**
 * Schema.org JSON-LD for an article: `NewsArticle` (with `ImageObject`s that
 * credit their photographers), `LiveBlogPosting` for live coverage and
 * `ItemList` for related items, as Google's article and live-blog
 * documentation asks for them.
 *
 * One module for both sides: `renderArticle` (Node) writes it into the page,
 * and the elements' opt-in `structured-data` attribute loads it with a
 * dynamic `import()` in the browser. So it stays small and DOM-free.
 */
import type { Article, ArticleAuthor, ArticleImage, ArticleLive, ArticleRelated } from './article.js';

const CONTEXT = 'https://schema.org';
type Context = { '@context': typeof CONTEXT };

/*
 * The shapes written, as types: tests/types/json-ld.ts checks each against
 * Schema.org's own types (schema-dts), property by property.
 */
export interface PersonNode { '@type': 'Person'; name: string; url?: string }
export interface OrganizationNode { '@type': 'Organization'; name: string }
/** Pixels, the way Schema.org writes a measured width or height (UN/CEFACT unit E37). */
export interface PixelsNode { '@type': 'QuantitativeValue'; value: number; unitCode: 'E37' }
export interface ImageObjectNode {
  '@type': 'ImageObject';
  url: string;
  contentUrl: string;
  width?: PixelsNode;
  height?: PixelsNode;
  caption?: string;
  description?: string;
  creditText?: string;
  creator?: PersonNode | OrganizationNode | (PersonNode | OrganizationNode)[];
  copyrightNotice?: string;
}
export interface NewsArticleNode extends Context {
  '@type': 'NewsArticle';
  '@id'?: string;
  url?: string;
  mainEntityOfPage?: { '@type': 'WebPage'; '@id': string };
  headline: string;
  description?: string;
  articleSection?: string;
  inLanguage: string;
  image?: ImageObjectNode[];
  datePublished: string;
  dateModified: string;
  author: PersonNode[];
  publisher?: { '@type': 'NewsMediaOrganization'; name: string; url?: string; logo?: ImageObjectNode };
}
export interface BlogPostingNode { '@type': 'BlogPosting'; headline: string; articleBody?: string; datePublished: string; url?: string }
export interface LiveBlogPostingNode extends Context {
  '@type': 'LiveBlogPosting';
  '@id'?: string;
  url?: string;
  mainEntityOfPage?: string;
  headline: string;
  description?: string;
  inLanguage?: string;
  about: { '@type': 'Thing'; name: string };
  coverageStartTime?: string;
  coverageEndTime?: string;
  datePublished?: string;
  dateModified?: string;
  liveBlogUpdate?: BlogPostingNode[];
}
export interface ListItemNode { '@type': 'ListItem'; position: number; name: string; url: string; image?: string }
export interface ItemListNode extends Context { '@type': 'ItemList'; name: string; itemListElement: ListItemNode[] }
export type JsonLdNode = NewsArticleNode | LiveBlogPostingNode | ItemListNode;

export { STRUCTURED_DATA_ATTRIBUTE } from './json-ld-marker.js';

/** An absolute http(s) URL for `value` against `base`, or undefined: search engines read only absolute URLs. */
export function absoluteUrl(value: string | undefined, base?: string): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Drops undefined and empty values, so absent data is absent rather than `null`. */
function compact<T extends object>(node: T): T {
  const record = node as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const value = record[key];
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) delete record[key];
  }
  return node;
}

function person(author: ArticleAuthor, base?: string): PersonNode {
  return compact<PersonNode>({ '@type': 'Person', name: author.name, url: absoluteUrl(author.url, base) });
}

/** The credit line an element shows: "Agency | Photographer". */
export function creditText(credit: ArticleImage['credit']): string | undefined {
  const parts = [credit?.agency, credit?.photographer].filter((part) => part);
  return parts.length ? parts.join(' | ') : undefined;
}

const pixels = (value: number | undefined): PixelsNode | undefined =>
  value === undefined ? undefined : { '@type': 'QuantitativeValue', value, unitCode: 'E37' };

export function imageObject(image: Pick<ArticleImage, 'src' | 'alt' | 'caption' | 'credit'> & { width?: number; height?: number }, base?: string): ImageObjectNode | undefined {
  const url = absoluteUrl(image.src, base);
  if (!url) return undefined;
  const { credit } = image;
  const creators: (PersonNode | OrganizationNode)[] = [];
  if (credit?.photographer) creators.push({ '@type': 'Person', name: credit.photographer });
  if (credit?.agency) creators.push({ '@type': 'Organization', name: credit.agency });
  return compact<ImageObjectNode>({
    '@type': 'ImageObject',
    url,
    contentUrl: url,
    width: pixels(image.width),
    height: pixels(image.height),
    caption: image.caption,
    description: image.alt,
    creditText: creditText(credit),
    creator: creators.length > 1 ? creators : creators[0],
    copyrightNotice: credit?.copyright,
  });
}

export function liveBlogPosting(live: ArticleLive, lang?: string, base?: string): LiveBlogPostingNode {
  const url = absoluteUrl(live.url, base);
  return compact<LiveBlogPostingNode>({
    '@context': CONTEXT,
    '@type': 'LiveBlogPosting',
    '@id': url,
    url,
    mainEntityOfPage: url,
    headline: live.topic,
    description: live.message,
    inLanguage: lang,
    about: { '@type': 'Thing', name: live.topic },
    coverageStartTime: live.start,
    coverageEndTime: live.end,
    datePublished: live.start,
    dateModified: live.updates?.map((update) => update.published).sort().at(-1),
    liveBlogUpdate: (live.updates ?? []).map((update) =>
      compact<BlogPostingNode>({
        '@type': 'BlogPosting',
        headline: update.headline,
        articleBody: update.text,
        datePublished: update.published,
        url: absoluteUrl(update.url, base),
      }),
    ),
  });
}

export function itemList(related: ArticleRelated, base?: string): ItemListNode | undefined {
  const items = (related.items ?? []).flatMap((item) => {
    const url = absoluteUrl(item.url, base);
    return url ? [{ name: item.title, url, image: absoluteUrl(item.image, base) }] : [];
  });
  if (!items.length) return undefined;
  return {
    '@context': CONTEXT,
    '@type': 'ItemList',
    name: related.heading ?? 'Related content',
    itemListElement: items.map((item, index) => compact<ListItemNode>({ '@type': 'ListItem', position: index + 1, ...item })),
  };
}

export interface JsonLdOptions {
  /** Resolves relative URLs of the article (defaults to the article's own `url`). */
  baseUrl?: string;
}

export function newsArticle(article: Article, base?: string): NewsArticleNode {
  const { header } = article;
  const url = absoluteUrl(article.url, base);
  const images = [article.leadImage, ...article.body.map((block) => (block.type === 'image' ? block : undefined))].flatMap((image) => {
    const node = image && imageObject(image, base);
    return node ? [node] : [];
  });
  const publisher = article.publisher;
  return compact<NewsArticleNode>({
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    '@id': url,
    url,
    mainEntityOfPage: url ? { '@type': 'WebPage', '@id': url } : undefined,
    headline: header.headline,
    description: header.standfirst,
    articleSection: header.kicker,
    inLanguage: article.lang,
    image: images,
    datePublished: header.published,
    dateModified: header.updated ?? header.published,
    author: header.authors.map((author) => person(author, base)),
    publisher:
      publisher &&
      compact<NonNullable<NewsArticleNode['publisher']>>({
        '@type': 'NewsMediaOrganization',
        name: publisher.name,
        url: absoluteUrl(publisher.url, base),
        logo: publisher.logo && imageObject({ src: publisher.logo.url, alt: '', width: publisher.logo.width, height: publisher.logo.height }, base),
      }),
  });
}

/**
 * The article's JSON-LD nodes: `NewsArticle`, then `LiveBlogPosting` when
 * live coverage is part of it, then `ItemList` when it lists related items.
 */
export function toJsonLd(article: Article, options: JsonLdOptions = {}): JsonLdNode[] {
  const base = absoluteUrl(article.url, options.baseUrl) ?? options.baseUrl;
  const nodes: JsonLdNode[] = [newsArticle(article, base)];
  if (article.live) nodes.push(liveBlogPosting(article.live, article.lang, base));
  const list = article.related && itemList(article.related, base);
  if (list) nodes.push(list);
  return nodes;
}

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` (and the
 * two line separators JavaScript once rejected) are written as `\u` escapes,
 * so no string can close the script (`</script>`) or open a comment (`<!--`).
 */
export function serializeJsonLd(node: unknown): string {
  return JSON.stringify(node).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
