/** The Trusted Types policy of Lede's feed reader (see claimFeedPolicy). */
interface TextPolicy {
  createHTML(input: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createHTML(input: string): string }): TextPolicy;
}

/** The one text the policy will pass: set just before our own parse, cleared by the pass. */
let expectedText: string | undefined;

let policy: TextPolicy | null | undefined;

/**
 * Under an enforced Trusted Types CSP, `DOMParser.parseFromString` and
 * `innerHTML` want a TrustedHTML value, even in an inert document. The
 * feed elements claim the policy when their classes are defined (the feed
 * reader itself loads later, on demand), so that no page script can claim
 * its name first; it passes only the one text the feed reader is about to
 * hand to an inert parser: anyone else calling it gets an error, so it is
 * no general way around the page's Trusted Types. A page that forbids the
 * name gets a clear error instead.
 */
export function claimFeedPolicy(): void {
  if (policy !== undefined) return;
  policy = makePolicy();
}

function makePolicy(): TextPolicy | null {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  try {
    return (
      factory?.createPolicy('lede-feed', {
        createHTML(input) {
          if (input !== expectedText) throw new TypeError('lede-feed: not a feed Lede is parsing');
          expectedText = undefined;
          return input;
        },
      }) ?? null
    );
  } catch {
    // The page's CSP does not allow the policy; parsing RSS and Atom reports it.
    return null;
  }
}

/** `text` as the inert parsers accept it under Trusted Types (a TrustedHTML that is exactly `text`). */
export function trusted(text: string): string {
  claimFeedPolicy();
  if (!policy) return text;
  expectedText = text;
  try {
    return policy.createHTML(text) as string;
  } finally {
    expectedText = undefined;
  }
}
