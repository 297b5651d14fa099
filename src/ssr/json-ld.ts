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

type Node = Record<string, unknown>;

const CONTEXT = 'https://schema.org';

/** Marks the `<script>`s Lede writes, one per node type, so nothing writes the same node twice. */
export const STRUCTURED_DATA_ATTRIBUTE = 'data-lede-structured-data';

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
function compact(node: Node): Node {
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) delete node[key];
  }
  return node;
}

function person(author: ArticleAuthor, base?: string): Node {
  return compact({ '@type': 'Person', name: author.name, url: absoluteUrl(author.url, base) });
}

/** The credit line an element shows: "Agency | Photographer". */
export function creditText(credit: ArticleImage['credit']): string | undefined {
  const parts = [credit?.agency, credit?.photographer].filter((part) => part);
  return parts.length ? parts.join(' | ') : undefined;
}

export function imageObject(image: ArticleImage, base?: string): Node | undefined {
  const url = absoluteUrl(image.src, base);
  if (!url) return undefined;
  const { credit } = image;
  const creators = [
    credit?.photographer && { '@type': 'Person', name: credit.photographer },
    credit?.agency && { '@type': 'Organization', name: credit.agency },
  ].filter(Boolean);
  return compact({
    '@type': 'ImageObject',
    url,
    contentUrl: url,
    width: image.width,
    height: image.height,
    caption: image.caption,
    description: image.alt,
    creditText: creditText(credit),
    creator: creators.length > 1 ? creators : creators[0],
    copyrightNotice: credit?.copyright,
  });
}

export function liveBlogPosting(live: ArticleLive, article: Pick<Article, 'lang' | 'header'>, base?: string): Node {
  const url = absoluteUrl(live.url, base);
  return compact({
    '@context': CONTEXT,
    '@type': 'LiveBlogPosting',
    '@id': url,
    url,
    mainEntityOfPage: url,
    headline: live.topic,
    description: live.message,
    inLanguage: article.lang,
    about: { '@type': 'Thing', name: live.topic },
    coverageStartTime: live.start,
    coverageEndTime: live.end,
    datePublished: live.start,
    dateModified: live.updates?.map((update) => update.published).sort().at(-1),
    liveBlogUpdate: (live.updates ?? []).map((update) =>
      compact({
        '@type': 'BlogPosting',
        headline: update.headline,
        articleBody: update.text,
        datePublished: update.published,
        url: absoluteUrl(update.url, base),
      }),
    ),
  });
}

export function itemList(related: ArticleRelated, base?: string): Node | undefined {
  const items = (related.items ?? []).flatMap((item) => {
    const url = absoluteUrl(item.url, base);
    return url ? [{ name: item.title, url, image: absoluteUrl(item.image, base) }] : [];
  });
  if (!items.length) return undefined;
  return {
    '@context': CONTEXT,
    '@type': 'ItemList',
    name: related.heading ?? 'Related content',
    itemListElement: items.map((item, index) => compact({ '@type': 'ListItem', position: index + 1, ...item })),
  };
}

export interface JsonLdOptions {
  /** Resolves relative URLs of the article (defaults to the article's own `url`). */
  baseUrl?: string;
}

export function newsArticle(article: Article, base?: string): Node {
  const { header } = article;
  const url = absoluteUrl(article.url, base);
  const images = [article.leadImage, ...article.body.map((block) => (block.type === 'image' ? block : undefined))]
    .flatMap((image) => (image ? [imageObject(image, base)] : []))
    .filter(Boolean);
  const publisher = article.publisher;
  return compact({
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    '@id': url,
    url,
    mainEntityOfPage: url && { '@type': 'WebPage', '@id': url },
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
      compact({
        '@type': 'NewsMediaOrganization',
        name: publisher.name,
        url: absoluteUrl(publisher.url, base),
        logo: publisher.logo && compact({ '@type': 'ImageObject', url: absoluteUrl(publisher.logo.url, base), width: publisher.logo.width, height: publisher.logo.height }),
      }),
  });
}

/**
 * The article's JSON-LD nodes: `NewsArticle`, then `LiveBlogPosting` when
 * live coverage is part of it, then `ItemList` when it lists related items.
 */
export function toJsonLd(article: Article, options: JsonLdOptions = {}): Node[] {
  const base = absoluteUrl(article.url, options.baseUrl) ?? options.baseUrl;
  const nodes = [newsArticle(article, base)];
  if (article.live) nodes.push(liveBlogPosting(article.live, article, base));
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
