/**
 * The locale an element speaks: the `lang` of its closest ancestor (crossing
 * shadow roots, so an element inside another component follows the page),
 * then the document's, then English. Invalid tags fall back the same way.
 */
export function resolveLocale(element: Element): string {
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
  const documentLang = typeof document !== 'undefined' ? document.documentElement?.getAttribute('lang') : null;
  return (documentLang && canonicalLocale(documentLang)) || 'en';
}

/** Returns the canonical BCP 47 form of `tag`, or `undefined` if Intl rejects it. */
export function canonicalLocale(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return undefined;
  }
}

/** True when the locale is written right to left (for labels that need it). */
export function isRightToLeft(locale: string): boolean {
  return /^(ar|fa|he|iw|ps|ur|yi|dv|ckb|sd|ug)(-|$)/i.test(locale);
}
