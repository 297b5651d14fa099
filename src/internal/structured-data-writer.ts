/**
 * Loaded on demand by `requestStructuredData` (structured-data.ts): reads a
 * header's or a banner's data from its properties and light DOM, builds the
 * node with the same code as `lede-elements/ssr`, and appends it as
 * `<script type="application/ld+json">` to the element. Text only: the JSON
 * is escaped so no value can end the script.
 */
import type { ArticleImage, ArticleLive } from '../ssr/article.js';
import { liveBlogPosting, newsArticle, serializeJsonLd, STRUCTURED_DATA_ATTRIBUTE } from '../ssr/json-ld.js';
import { hasStructuredData, type StructuredDataType } from '../ssr/json-ld-marker.js';
import { warn } from './warn.js';

interface HeaderData {
  localName: string;
  headline: string;
  standfirst: string;
  kicker: string;
  authors: { name: string; url?: string }[];
  published: string;
  updatedAt: string;
}

interface BannerData {
  localName: string;
  topic: string;
  href: string;
  message: string;
  state: string;
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The page's address as search engines know it: its canonical link, else its URL without the fragment. */
const pageUrl = () => document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href || location.href.split('#')[0]!;

const languageOf = (element: Element) => element.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || undefined;

/** The page's first captioned image, with its credit ("Agency | Photographer") split back into its parts. */
function leadImage(): ArticleImage | undefined {
  const figure = document.querySelector('lede-captioned-image');
  const img = figure?.querySelector<HTMLImageElement>(':scope > img') ?? figure?.shadowRoot?.querySelector('img');
  const src = img?.currentSrc || img?.getAttribute('src') || figure?.getAttribute('src');
  if (!figure || !src) return undefined;
  const [agency, photographer] = (figure.getAttribute('credit') ?? '').split(' | ').map((part) => part.trim());
  const caption = figure.getAttribute('caption') || [...figure.childNodes].filter((node) => node !== img && !(node as Element).slot).map((node) => node.textContent).join(' ').replace(/\s+/g, ' ').trim();
  const size = (name: 'width' | 'height') => Number(img?.getAttribute(name) ?? figure.getAttribute(name)) || undefined;
  return {
    src,
    alt: img?.getAttribute('alt') ?? '',
    width: size('width')!,
    height: size('height')!,
    ...(caption ? { caption } : {}),
    ...(agency || photographer ? { credit: { ...(agency ? { agency } : {}), ...(photographer ? { photographer } : {}) } } : {}),
  };
}

function headerNode(header: HeaderData & Element) {
  const headline = text(header.querySelector(':scope > :is(h1, h2, h3, h4, h5, h6)')) || header.headline;
  if (!headline || !header.published) {
    warn(header.localName, 'structured-data', 'needs a headline and a published date for search engines, so no JSON-LD was written.', 'Give the header its <h1> (or headline) and published.');
    return undefined;
  }
  const image = leadImage();
  const site = document.querySelector('meta[property="og:site_name"]')?.getAttribute('content');
  return newsArticle(
    {
      lang: languageOf(header) ?? '',
      url: pageUrl(),
      header: {
        headline,
        standfirst: text(header.querySelector(':scope > [slot="standfirst"]')) || header.standfirst,
        kicker: text(header.querySelector(':scope > [slot="kicker"]')) || header.kicker,
        // As set (the element checks its own copy): only entries with a name; absoluteUrl drops unsafe links.
        authors: (Array.isArray(header.authors) ? header.authors : []).filter((author) => typeof author?.name === 'string' && author.name.trim()),
        published: header.published,
        ...(header.updatedAt ? { updated: header.updatedAt } : {}),
      },
      ...(image ? { leadImage: image } : {}),
      ...(site ? { publisher: { name: site } } : {}),
      body: [],
    },
    location.href,
  );
}

function bannerNode(banner: BannerData & Element) {
  const start = banner.getAttribute('coverage-start') ?? '';
  if (!banner.topic || !banner.href || !start) {
    warn(banner.localName, 'structured-data', 'needs topic, href and coverage-start for search engines, so no JSON-LD was written.', 'Add them, e.g. coverage-start="2024-03-19T06:00:00-04:00".');
    return undefined;
  }
  const end = banner.getAttribute('coverage-end');
  const live: ArticleLive = {
    topic: banner.topic,
    url: banner.href,
    state: banner.state === 'ended' ? 'ended' : 'live',
    start,
    ...(end ? { end } : {}),
    message: text(banner) || banner.message,
  };
  return liveBlogPosting(live, languageOf(banner), location.href);
}

/** The JSON the writer is about to put in a script: the only text the policy below passes. */
let pendingJson: string | undefined;
let jsonLdPolicy: { createScript(text: string): unknown } | null | undefined;

/**
 * Under Trusted Types a script's text must come from a policy, even for JSON-LD (Chromium reports
 * and blocks any other write). `lede-json-ld` passes only the JSON being written now; a page that
 * enforces Trusted Types lists it in its `trusted-types` directive (docs/ssr.md).
 */
function scriptText(json: string): unknown {
  if (jsonLdPolicy === undefined) {
    try {
      const factory = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: { createScript(text: string): string }): { createScript(text: string): unknown } } }).trustedTypes;
      jsonLdPolicy =
        factory?.createPolicy('lede-json-ld', {
          createScript: (text) => {
            if (text !== pendingJson) throw new TypeError('The lede-json-ld policy only passes the JSON-LD Lede is writing.');
            return text;
          },
        }) ?? null;
    } catch {
      // The page's policy list leaves the name out: write plain text (a page enforcing Trusted Types reports it).
      jsonLdPolicy = null;
    }
  }
  pendingJson = json;
  try {
    return jsonLdPolicy ? jsonLdPolicy.createScript(json) : json;
  } finally {
    pendingJson = undefined;
  }
}

export function writeStructuredData(host: Element, type: StructuredDataType): void {
  // Checked again: another element may have written it while this module loaded.
  if (hasStructuredData(type) || !host.isConnected) return;
  // The page's first such element describes it, whichever finished loading first.
  const first = document.querySelector(`${host.localName}[structured-data]`) ?? host;
  let node;
  try {
    node = type === 'NewsArticle' ? headerNode(first as HeaderData & Element) : bannerNode(first as BannerData & Element);
  } catch (error) {
    // Nothing escapes into the page: search engines lose this node, the reader loses nothing.
    warn(first.localName, 'structured-data', `could not be built (${String(error)}), so no JSON-LD was written.`, 'Check the element\'s attributes.');
    return;
  }
  if (!node) return;
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.setAttribute(STRUCTURED_DATA_ATTRIBUTE, type);
  script.text = scriptText(serializeJsonLd(node)) as string;
  // In the head, not inside the element (its slots would take it for content) nor beside it (CMS selectors).
  document.head.append(script);
}
