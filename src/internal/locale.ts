import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { loadLanguage, messagesFor, type MessageOverrides, type Messages } from './i18n.js';
import { MalformedJson } from './json.js';
import type { Reporter } from './checks.js';

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
function canonicalLocale(tag: string): string | undefined {
  // Real language tags are short; a megabyte of "lang" is not one, and Intl need not read it.
  if (tag.length > MAX_LANG_LENGTH || tag.trim() === '') return undefined;
  try {
    return Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return undefined;
  }
}

/** The controllers of every connected element, told when any `lang` on the page changes. */
const followers = new Set<LocaleController>();
let langObserver: MutationObserver | undefined;

/**
 * Keeps an element speaking the page's language: one MutationObserver for
 * the whole page watches every `lang` attribute (the element's own, an
 * ancestor's, `<html lang>`), and an element whose resolved locale is no
 * longer the one it rendered with renders again, so labels and dates
 * follow a translation tool or an app that switches language. (An ancestor
 * inside another component's shadow root is read, but not watched.)
 */
export class LocaleController implements ReactiveController {
  /** The locale resolved for the current render (the ancestors are walked once per update, not per read). */
  private resolved?: string;
  /** The labels last built, and what from: rebuilt only when the locale or `messages` changes. */
  private built?: { locale: string; overrides: unknown; labels: Messages };

  constructor(private readonly host: ReactiveControllerHost & Element & Reporter & { messages?: MessageOverrides }) {
    host.addController(this);
  }

  /** The locale the element speaks. */
  get locale(): string {
    return this.resolved ?? resolveLocale(this.host);
  }

  /** Built-in labels for the current locale, with the element's `messages` on top (bad overrides reported once). */
  get labels(): Messages {
    const locale = this.locale;
    const overrides: unknown = this.host.messages;
    if (this.built?.locale !== locale || this.built.overrides !== overrides) {
      const report = (problem: string, fix: string) => this.host.warn('messages', problem, fix);
      if (overrides instanceof MalformedJson) report(overrides.problem, overrides.fix);
      const labels = messagesFor(locale, overrides instanceof MalformedJson ? undefined : (overrides as MessageOverrides | undefined), report);
      this.built = { locale, overrides, labels };
      // A language whose labels load on demand (script-tag builds) and came after registration: English until they arrive.
      void loadLanguage(locale)?.then((loaded) => {
        if (!loaded) return;
        this.built = undefined;
        this.host.requestUpdate();
      });
    }
    return this.built.labels;
  }

  hostConnected(): void {
    if (isServer) return;
    followers.add(this);
    // The language may have changed while the element was away.
    this.follow();
    if (!langObserver) {
      langObserver = new MutationObserver(() => followers.forEach((follower) => follower.follow()));
      langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
  }

  hostDisconnected(): void {
    followers.delete(this);
    if (followers.size === 0) {
      langObserver?.disconnect();
      langObserver = undefined;
    }
  }

  hostUpdate(): void {
    this.resolved = resolveLocale(this.host);
  }

  /** A `lang` changed somewhere: render again if this element's locale is not the one it rendered with. */
  private follow(): void {
    if (this.resolved !== undefined && resolveLocale(this.host) !== this.resolved) this.host.requestUpdate();
  }
}
