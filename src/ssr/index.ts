/**
 * `lede-elements/ssr`: whole article pages from data, in Node.
 *
 *   renderArticle(article, options)   a complete HTML document (or a fragment)
 *   renderElement(tag, attributes, children)   one element, for CMS templates
 *   toJsonLd(article)                 the Schema.org nodes, for search engines
 *   validateArticle(value)            errors as JSON pointers, for bad input
 *
 * Every Lede element is rendered by @lit-labs/ssr as declarative shadow DOM;
 * every string is bound as text or as an attribute value (Lit escapes it),
 * never spliced in as HTML. Never part of the browser bundles.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, type TemplateResult } from 'lit';
import { readFileSync } from 'node:fs';
import '../define.js';
import { VERSION } from '../internal/version.js';
import type { Article, ArticleImage, ArticleInline } from './article.js';
import { creditText, serializeJsonLd, STRUCTURED_DATA_ATTRIBUTE, toJsonLd } from './json-ld.js';
import { validate, type Schema, type ValidationError } from './validate.js';

export type * from './article.js';
export { toJsonLd, serializeJsonLd, type JsonLdOptions } from './json-ld.js';
export type { ValidationError } from './validate.js';

/** A child of `renderElement`: text (always text, never HTML) or an element. */
export type Child = string | number | ElementSpec | TemplateResult | null | undefined | false;

/** An element as data: `['p', { class: 'note' }, ['Text ', ['a', { href: '/' }, ['link']]]]`. */
export type ElementSpec = [tag: string, attributes?: Attributes, children?: Child[]];

/** Attribute values: text and numbers are written escaped; `true` writes the bare attribute; `false`, null and undefined leave it out. */
export type Attributes = Record<string, string | number | boolean | null | undefined>;

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
// Names go into the markup itself, so only plain ones are accepted (no quotes, spaces or `>`).
const TAG_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const ATTRIBUTE_NAME = /^[a-z][a-z0-9]*([-:][a-z0-9]+)*$/;
// Elements whose content is not text: a child there would be read as script or style.
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'template', 'textarea', 'title', 'iframe', 'noscript', 'xmp', 'noembed', 'noframes', 'plaintext']);

/** A Lit template for one element: the tag and attribute names are checked and written, every value is a binding. */
function elementTemplate(tag: string, attributes: Attributes = {}, children: Child[] = []): TemplateResult {
  if (!TAG_NAME.test(tag) || RAW_TEXT_ELEMENTS.has(tag)) throw new TypeError(`renderElement: "${tag}" is not an element Lede renders (use a lowercase HTML or custom element name).`);
  const strings = [`<${tag}`];
  const values: unknown[] = [];
  for (const [name, value] of Object.entries(attributes)) {
    if (!ATTRIBUTE_NAME.test(name) || /^on/.test(name)) throw new TypeError(`renderElement: <${tag}> attribute "${name}" is not allowed (event handlers and unusual names are refused).`);
    if (value === false || value === null || value === undefined) continue;
    if (value === true) {
      strings[strings.length - 1] += ` ${name}`;
      continue;
    }
    strings[strings.length - 1] += ` ${name}="`;
    strings.push('"');
    values.push(String(value));
  }
  strings[strings.length - 1] += '>';
  if (VOID_ELEMENTS.has(tag)) {
    if (children.some((child) => child !== null && child !== undefined && child !== false)) throw new TypeError(`renderElement: <${tag}> cannot have children.`);
  } else {
    strings.push(`</${tag}>`);
    values.push(children.map(childTemplate));
  }
  return html(Object.assign(strings, { raw: strings }) as unknown as TemplateStringsArray, ...values);
}

function childTemplate(child: Child): unknown {
  if (child === null || child === undefined || child === false) return '';
  if (Array.isArray(child)) return elementTemplate(...child);
  // Strings and numbers are child-text bindings: Lit escapes them.
  return typeof child === 'object' ? child : String(child);
}

/**
 * One element, server-rendered (declarative shadow DOM for Lede's elements),
 * for CMSs that template their own pages. Text children are text, never HTML.
 *
 *   await renderElement('lede-quote-block', { speaker: 'Shin Won-sik', lang: 'en' }, [['p', {}, ['…']]])
 */
export async function renderElement(tag: string, attributes: Attributes = {}, children: Child[] = []): Promise<string> {
  return collectResult(render(elementTemplate(tag, attributes, children)));
}

let articleSchema: Schema | undefined;

/** The JSON Schema of the article format (the package's `article.schema.json`). */
export function schema(): Schema {
  articleSchema ??= JSON.parse(readFileSync(new URL('../../article.schema.json', import.meta.url), 'utf8')) as Schema;
  return articleSchema;
}

/** Thrown by `renderArticle` for input that is not a valid article; `errors` name each field as a JSON pointer. */
export class ArticleValidationError extends Error {
  constructor(readonly errors: ValidationError[]) {
    super(`Invalid article:\n${errors.map((error) => `  ${error.pointer || '(the document)'} ${error.message}`).join('\n')}`);
    this.name = 'ArticleValidationError';
  }
}

/** Every way `value` breaks the article format, as `{ pointer, message }`; empty when it is a valid article. */
export function validateArticle(value: unknown): ValidationError[] {
  return validate(schema(), value);
}

export interface RenderArticleOptions {
  /** A complete HTML document (default) or, with `false`, only the `<article>` and its JSON-LD. */
  document?: boolean;
  /** Resolves the article's relative URLs in the JSON-LD (search engines want absolute ones). */
  baseUrl?: string;
  /** URL of `lede.js` (default: this version on unpkg). Hydration support loads from `../ssr/hydrate-support.js` beside it. */
  cdn?: string;
  /** URL of the hydration support, when it is not beside `cdn` in a copy of the package's `dist/`. */
  hydrateSupport?: string;
}

const DEFAULT_CDN = `https://unpkg.com/lede-elements@${VERSION}/dist/cdn/lede.js`;

/** `../ssr/hydrate-support.js` beside `lede.js` in a copy of `dist/`, keeping a relative `cdn` relative. */
function hydrateSupportBeside(cdn: string): string {
  const probe = 'http://lede.invalid';
  const url = new URL('../ssr/hydrate-support.js', new URL(cdn, `${probe}/`));
  return url.origin === probe ? `${url.pathname}${url.search}` : url.href;
}

const paragraphChild = (inline: ArticleInline): Child => (typeof inline === 'string' ? inline : ['a', { href: inline.href }, [inline.text]]);

function imageElement(image: ArticleImage, lang: string, lead: boolean): ElementSpec {
  const img: ElementSpec = [
    'img',
    // slot="image" as the server writes it (docs/components/captioned-image.md): the image is in its box
    // before hydration, not in the caption's slot, so hydrating moves nothing.
    { slot: 'image', src: image.src, srcset: image.srcset, sizes: image.srcset ? image.sizes : undefined, alt: image.alt, width: image.width, height: image.height, fetchpriority: lead ? 'high' : undefined, loading: lead ? undefined : 'lazy' },
  ];
  return ['lede-captioned-image', { lang, priority: lead, credit: creditText(image.credit) }, [img, image.caption]];
}

/** The article's elements, in reading order, as data for `elementTemplate`. */
function articleElements(article: Article): ElementSpec {
  const { header, lang, live, related } = article;
  const children: Child[] = [];
  if (live) {
    children.push(['lede-live-banner', { lang, topic: live.topic, href: live.url, src: live.feed, state: live.state === 'ended' ? 'ended' : undefined }, [live.message]]);
  }
  children.push([
    'lede-article-header',
    {
      lang,
      kicker: header.kicker,
      'kicker-href': header.kickerUrl,
      published: header.published,
      updated: header.updated,
      'time-zone': article.timeZone,
      authors: JSON.stringify(header.authors),
    },
    [['h1', {}, [header.headline]], header.standfirst && ['p', { slot: 'standfirst' }, [header.standfirst]]],
  ]);
  if (article.leadImage) children.push(imageElement(article.leadImage, lang, true));
  for (const block of article.body) {
    if (block.type === 'paragraph') children.push(['p', {}, block.text.map(paragraphChild)]);
    else if (block.type === 'image') children.push(imageElement(block, lang, false));
    else children.push(['lede-quote-block', { lang, speaker: block.speaker, 'speaker-title': block.speakerTitle, cite: block.cite }, [['p', {}, [block.text]]]]);
  }
  if (related && (related.items?.length || related.feed)) {
    // The CMS's list as light-DOM links: readable without JavaScript and by any crawler. Before
    // hydration the element's own styles draw its heading and spacing around it (no layout shift).
    const links = (related.items ?? []).map((item): ElementSpec => ['li', {}, [['a', { href: item.url }, [item.title]]]]);
    children.push(['lede-related-content', { lang, heading: related.heading, src: related.feed, max: related.max }, links.length ? [['ul', {}, links]] : []]);
  }
  return ['article', {}, children];
}

/** `<script type="application/ld+json">` elements, one per node, marked so the elements' `structured-data` never writes them again. */
export function jsonLdScripts(article: Article, baseUrl?: string): string {
  // Raw text inside <script>: serializeJsonLd escapes every `<`, `>` and `&`, so no value can end the element.
  return toJsonLd(article, baseUrl === undefined ? {} : { baseUrl })
    .map((node) => `<script type="application/ld+json" ${STRUCTURED_DATA_ATTRIBUTE}="${String(node['@type'])}">${serializeJsonLd(node)}</script>`)
    .join('\n');
}

/**
 * The two `<script>` tags a server-rendered page needs in its head, for pages that use the fragment:
 * Lit's hydration support, then `lede.js`, as deferred modules (they run in this order after parsing).
 */
export function scriptTags(options: Pick<RenderArticleOptions, 'cdn' | 'hydrateSupport'> = {}): string {
  const cdn = options.cdn ?? DEFAULT_CDN;
  const hydrateSupport = options.hydrateSupport ?? hydrateSupportBeside(cdn);
  return `<script type="module" src="${escapeHtml(hydrateSupport)}"></script>\n<script type="module" src="${escapeHtml(cdn)}"></script>`;
}

/**
 * The article as server-rendered HTML: a complete document with the JSON-LD,
 * the hydration support and `lede.js` (default), or with `{ document: false }`
 * the `<article>` and its JSON-LD for a page of your own (which then loads
 * the two scripts itself, see docs/ssr.md). Throws `ArticleValidationError`
 * for input that is not a valid article.
 */
export async function renderArticle(input: unknown, options: RenderArticleOptions = {}): Promise<string> {
  const errors = validateArticle(input);
  if (errors.length) throw new ArticleValidationError(errors);
  const article = input as Article;
  const body = await collectResult(render(elementTemplate(...articleElements(article))));
  const jsonLd = jsonLdScripts(article, options.baseUrl);
  if (options.document === false) return `${jsonLd}\n${body}\n`;

  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(article.header.headline)}</title>`,
    article.header.standfirst ? `<meta name="description" content="${escapeHtml(article.header.standfirst)}">` : '',
    `<link rel="canonical" href="${escapeHtml(article.url)}">`,
    // The page's own few rules (the elements style themselves); a CMS template replaces them.
    '<style>body{margin:0;font:1.125rem/1.6 Georgia,serif}main{max-inline-size:42rem;margin-inline:auto;padding:1rem}img{max-inline-size:100%;block-size:auto}</style>',
    '<!-- Lede: hydration support first, then the elements; both are deferred modules and run in this order once the page is parsed. -->',
    scriptTags(options),
  ].filter(Boolean);
  return `<!DOCTYPE html>
<html lang="${escapeHtml(article.lang)}">
<head>
${head.join('\n')}
${jsonLd}
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

/** Text and attribute values of the document's own head (the article itself goes through Lit's bindings). */
function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
