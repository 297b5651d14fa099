/**
 * The two inert parsers a feed is read with (the XML parser for RSS and
 * Atom, the HTML parser for titles and summaries written as HTML), through
 * the Trusted Types policy of feed-policy.ts. Nothing parsed here is ever
 * put into the page: both parsers work on documents without a browsing
 * context, where no script runs and no image or other resource loads, and
 * only their text is read.
 */
import { trusted } from './feed-policy.js';

/** Parses XML, never HTML: nothing in a feed can become markup or script. Throws under Trusted Types without the policy. */
export function parseXmlDocument(text: string): Document {
  return new DOMParser().parseFromString(trusted(text), 'application/xml');
}

let inertDocument: Document | undefined;

/**
 * Parses `html` into a detached element of a document that has no window:
 * its scripts never run, its images and styles never load. The caller only
 * reads text and attribute values from it.
 */
export function parseInertHtml(html: string): Element {
  inertDocument ??= document.implementation.createHTMLDocument('');
  const holder = inertDocument.createElement('div');
  holder.innerHTML = trusted(html);
  return holder;
}

/** A tag or a character reference: only then does a value need the HTML parser. */
const LOOKS_LIKE_HTML = /<\/?[a-z][^<>]*>|&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i;
/** Elements a browser shows on a line of their own: their text is kept apart from the next. */
const BLOCKS = 'br, p, div, li, h1, h2, h3, h4, h5, h6, tr, td, th, blockquote, figcaption';

/**
 * A value written as HTML (escaped markup in an RSS title, Atom
 * `type="html"`, double-escaped `&amp;#8217;`) reduced to the text a reader
 * would see if it were rendered: tags gone, every HTML character reference
 * decoded by the browser's own table, script and style contents dropped.
 * The result is still only ever rendered as text.
 */
export function htmlToText(value: string): string {
  if (!LOOKS_LIKE_HTML.test(value)) return value;
  try {
    const holder = parseInertHtml(value);
    holder.querySelectorAll('script, style').forEach((el) => el.remove());
    holder.querySelectorAll(BLOCKS).forEach((el) => el.after(' '));
    return holder.textContent ?? '';
  } catch {
    // Trusted Types without the policy: the value stays as written (still text).
    return value;
  }
}
