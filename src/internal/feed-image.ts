/**
 * Picks an entry's thumbnail from what feeds really carry: Media RSS
 * (`media:thumbnail`, `media:content`, inside `media:group` too), image
 * enclosures (RSS `enclosure`, Atom `link rel="enclosure"`), `itunes:image`,
 * and as a last resort the first `<img>` of the entry's HTML content,
 * whose `src` is read from an inert document (never rendered).
 */
import { parseInertHtml } from './feed-inert.js';

/** An image found in an entry; `width` 0 when the feed does not say. */
export interface ImageCandidate {
  url: string;
  width: number;
  height: number;
}

/** A URL whose path ends like an image file (`.jpg`, `.webp`, …), before any query. */
const IMAGE_PATH = /\.(?:jpe?g|png|gif|webp|avif|svg)(?:$|[?#])/i;
/** Wider than this is a print-resolution original, not a thumbnail: used only when nothing smaller is given. */
const HUGE_IMAGE_WIDTH = 2000;
/** Smaller than this (either side) is a tracking pixel or a spacer, never a thumbnail. */
const TINY_IMAGE = 16;

const size = (value: string | null): number => Math.max(0, parseInt(value ?? '', 10) || 0);

const isTiny = ({ width, height }: ImageCandidate): boolean => (width > 0 && width < TINY_IMAGE) || (height > 0 && height < TINY_IMAGE);

/**
 * Is this element an image by its attributes? `medium` or `type` decide
 * when given; without either (the Guardian's and many WordPress feeds), an
 * image-like file name or a `width` says so.
 */
function looksLikeImage(el: Element, url: string): boolean {
  const medium = el.getAttribute('medium');
  const type = el.getAttribute('type') ?? '';
  if (medium) return medium === 'image';
  if (type.startsWith('image/')) return true;
  if (type && type !== 'application/octet-stream') return false;
  return IMAGE_PATH.test(url) || (el.localName === 'content' && el.hasAttribute('width'));
}

/** Image candidates written as elements anywhere inside `entry`, in document order. */
export function imageElements(entry: Element): Array<ImageCandidate & { el: Element }> {
  const found: Array<ImageCandidate & { el: Element }> = [];
  for (const el of Array.from(entry.getElementsByTagName('*'))) {
    const name = el.localName;
    let url = '';
    if (name === 'thumbnail') url = el.getAttribute('url') ?? '';
    else if (name === 'content' || name === 'enclosure') url = el.getAttribute('url') ?? '';
    else if (name === 'link' && el.getAttribute('rel') === 'enclosure') url = el.getAttribute('href') ?? '';
    // itunes:image (podcast hosts); Atom's <link> and RSS's <image> have no href.
    else if (name === 'image') url = el.getAttribute('href') ?? '';
    url = url.trim();
    if (!url) continue;
    if (name !== 'thumbnail' && name !== 'image' && !looksLikeImage(el, url)) continue;
    found.push({ el, url, width: size(el.getAttribute('width')), height: size(el.getAttribute('height')) });
  }
  return found;
}

/**
 * The best thumbnail: the widest that is not huge; when no candidate says
 * its size, the first one; when all are huge, the smallest. Tracking pixels
 * never count.
 */
export function pickImage<T extends ImageCandidate>(candidates: T[]): T | undefined {
  const usable = candidates.filter((candidate) => !isTiny(candidate));
  const fitting = usable.filter(({ width }) => width > 0 && width <= HUGE_IMAGE_WIDTH);
  if (fitting.length) return fitting.reduce((best, candidate) => (candidate.width > best.width ? candidate : best));
  return usable.find(({ width }) => width === 0) ?? usable.reduce<T | undefined>((best, candidate) => (!best || candidate.width < best.width ? candidate : best), undefined);
}

/** The first `<img src>` of an HTML fragment that is not a tracking pixel, read from an inert document. */
export function firstHtmlImage(html: string): string | undefined {
  if (!/<img\b/i.test(html)) return undefined;
  try {
    for (const img of Array.from(parseInertHtml(html).querySelectorAll('img'))) {
      // Lazy-loading plugins put the real image in data-src and a data: placeholder in src.
      const url = (img.getAttribute('data-src') || img.getAttribute('src') || '').trim();
      const candidate = { url, width: size(img.getAttribute('width')), height: size(img.getAttribute('height')) };
      if (url && !/^data:/i.test(url) && !isTiny(candidate)) return url;
    }
  } catch {
    // Trusted Types without the policy: no image from the content.
  }
  return undefined;
}
