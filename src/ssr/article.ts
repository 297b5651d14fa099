/**
 * The article format read by `renderArticle`, `toJsonLd` and `lede render`.
 * `article.schema.json` (shipped in the package) is the same contract as a
 * JSON Schema; the validator reads it, so the two cannot drift apart without
 * the tests noticing (tests/node/render-schema.test.mjs).
 */

/** A piece of running text: plain text, or a link. */
export type ArticleInline = string | { text: string; href: string };

export interface ArticleAuthor {
  name: string;
  url?: string;
}

export interface ArticleCredit {
  /** The agency or organisation that supplied the image, e.g. "East News". */
  agency?: string;
  /** The photographer, e.g. "Alexander Zemlianichenko". */
  photographer?: string;
  /** The copyright line, e.g. "© East News". */
  copyright?: string;
}

export interface ArticleImage {
  src: string;
  srcset?: string;
  sizes?: string;
  width: number;
  height: number;
  /** Alternative text; `""` for a decorative image. */
  alt: string;
  caption?: string;
  credit?: ArticleCredit;
}

export interface ArticleHeader {
  kicker?: string;
  kickerUrl?: string;
  headline: string;
  standfirst?: string;
  authors: ArticleAuthor[];
  /** ISO 8601 with an offset, e.g. `2024-03-19T13:17:00-04:00`. */
  published: string;
  updated?: string;
}

export interface ParagraphBlock {
  type: 'paragraph';
  text: ArticleInline[];
}

export interface ImageBlock extends ArticleImage {
  type: 'image';
}

export interface QuoteBlock {
  type: 'quote';
  text: string;
  speaker?: string;
  speakerTitle?: string;
  cite?: string;
}

export type ArticleBlock = ParagraphBlock | ImageBlock | QuoteBlock;

export interface RelatedItem {
  title: string;
  url: string;
  image?: string;
  kicker?: string;
  published?: string;
}

export interface ArticleRelated {
  heading?: string;
  items?: RelatedItem[];
  /** A JSON Feed (or RSS/Atom) URL the list reads when the reader gets near. */
  feed?: string;
  max?: number;
}

export interface LiveUpdate {
  headline: string;
  published: string;
  text?: string;
  url?: string;
}

export interface ArticleLive {
  topic: string;
  url: string;
  feed?: string;
  state: 'live' | 'ended';
  message?: string;
  start: string;
  end?: string;
  updates?: LiveUpdate[];
}

export interface ArticlePublisher {
  name: string;
  url?: string;
  logo?: { url: string; width?: number; height?: number };
}

export interface Article {
  /** BCP 47 language tag of the article, e.g. `en-US`. */
  lang: string;
  /** The article's canonical URL (absolute, or relative to `baseUrl`). */
  url: string;
  /** IANA time zone the dateline is shown in, e.g. `America/New_York`. */
  timeZone?: string;
  publisher?: ArticlePublisher;
  header: ArticleHeader;
  leadImage?: ArticleImage;
  body: ArticleBlock[];
  related?: ArticleRelated;
  live?: ArticleLive;
}
