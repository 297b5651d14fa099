import { isServer } from 'lit';

/** Longer than any real BCP 47 tag (with extensions) a page would use. */
const MAX_LANG_LENGTH = 100;

/**
 * The locale an element speaks: the `lang` of its closest ancestor (crossing
 * shadow roots, so an element inside another component follows the page),
 * then the document's, then English. Invalid tags fall back the same way.
 * A server render sees only the element's own `lang`.
 */
export function resolveLocale(element: Element): string {
  if (isServer) return canonicalLocale(element.getAttribute('lang') ?? '') ?? 'en';
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) {
        const valid = canonicalLocale(lang);
        if (valid) return valid;
      }
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  const documentLang = document.documentElement?.getAttribute('lang');
  return (documentLang && canonicalLocale(documentLang)) || 'en';
}

/** Returns the canonical BCP 47 form of `tag`, or `undefined` if Intl rejects it. */
export function canonicalLocale(tag: string): string | undefined {
  // Real language tags are short; a megabyte of "lang" is not one, and Intl need not read it.
  if (tag.length > MAX_LANG_LENGTH || tag.trim() === '') return undefined;
  try {
    return Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return undefined;
  }
}
