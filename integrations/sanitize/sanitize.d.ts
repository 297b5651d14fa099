/** How a sanitizer must treat one attribute of Lede's markup. */
export type AttributeKind =
  | { type: 'url' | 'json' | 'boolean' | 'text' }
  | { type: 'enumeration'; values: string[] };

/** dist/allowlist.json: generated from custom-elements.json. */
export interface LedeAllowlist {
  version: string;
  /** Each Lede tag's attributes. */
  elements: Record<string, Record<string, AttributeKind>>;
  /** Attributes of the light-DOM children the documented markup uses; `*` is any element. */
  children: Record<string, Record<string, AttributeKind>>;
}

export declare const allowlist: LedeAllowlist;

/** For `DOMPurify.sanitize(html, dompurifyConfig)`. */
export declare const dompurifyConfig: Readonly<{
  CUSTOM_ELEMENT_HANDLING: Readonly<{
    tagNameCheck: (tagName: string) => boolean;
    attributeNameCheck: (attributeName: string, tagName?: string) => boolean;
    allowCustomizedBuiltInElements: false;
  }>;
  /** URL attributes of Lede's tags and the child attributes: DOMPurify checks their values. */
  ADD_ATTR: string[];
}>;

/** An attribute entry in sanitize-html's `allowedAttributes`. */
export type SanitizeHtmlAttribute = string | { name: string; multiple?: boolean; values: string[] };

/** The sanitize-html options Lede extends; others pass through unchanged. */
export interface SanitizeHtmlOptionsLike {
  allowedTags?: string[] | false | undefined;
  allowedAttributes?: Record<string, SanitizeHtmlAttribute[]> | false | undefined;
  allowedSchemesAppliedToAttributes?: string[] | undefined;
  [option: string]: unknown;
}

/** `sanitizeHtml(html, sanitizeHtmlOptions(sanitizeHtml.defaults))`: `base` plus Lede's tags and attributes. */
export declare function sanitizeHtmlOptions<Options extends SanitizeHtmlOptionsLike>(
  base?: Options,
): Options & {
  allowedTags: string[];
  allowedAttributes: Record<string, SanitizeHtmlAttribute[]>;
  allowedSchemesAppliedToAttributes: string[];
};

/** Something with DOMPurify's `addHook` (the default export, or an instance from `DOMPurify(window)`). */
export interface DOMPurifyLike {
  addHook(entryPoint: 'uponSanitizeAttribute', hook: (node: Element, data: { attrName: string; attrValue: string; keepAttr: boolean }) => void): void;
}

/** Makes DOMPurify check every `srcset` candidate's URL, not only the first. Returns `purify`. */
export declare function guardSrcset<Purify extends DOMPurifyLike>(purify: Purify): Purify;
