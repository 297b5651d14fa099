import { defineInTurns } from './upgrade-turns.js';
import { VERSION } from './version.js';

/** Marks a class with the Lede version that built it. */
export interface VersionedElement extends CustomElementConstructor {
  readonly ledeVersion?: string;
}

const warnedTags = new Set<string>();

/**
 * Registers a tag without ever throwing. A CMS page may load Lede twice
 * (two widgets, a tag manager and a template): the same version again is a
 * silent no-op; another version keeps the first definition and warns once,
 * because the registry cannot hold two classes for one tag.
 */
export function defineElement(tag: string, element: VersionedElement): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as VersionedElement | undefined;
  if (existing) {
    if (existing === element || existing.ledeVersion === (element.ledeVersion ?? VERSION)) return;
    if (!warnedTags.has(tag)) {
      warnedTags.add(tag);
      console.warn(
        `<${tag}> is already defined by ${
          existing.ledeVersion ? `Lede ${existing.ledeVersion}` : 'another script'
        }; this copy (Lede ${element.ledeVersion ?? VERSION}) was not registered. ` +
          'Load one version of lede-elements per page.',
      );
    }
    return;
  }
  try {
    // The page's own elements of this tag take turns to render (upgrade-turns.ts).
    defineInTurns(() => customElements.define(tag, element));
  } catch (error) {
    // Another script may have raced us to the tag between get() and define().
    console.warn(`<${tag}> could not be registered: ${(error as Error).message}`);
  }
}
