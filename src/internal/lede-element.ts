import { defaultConverter, isServer, LitElement, type PropertyDeclaration, type PropertyDeclarations } from 'lit';
import { messagesFor, type MessageOverrides, type Messages } from './i18n.js';
import { isHeadingLevel, type HeadingLevel } from './heading.js';
import { JsonAttributeConverter, jsonAttributeConverter, MalformedJson, parseJsonAttribute } from './json.js';
import { LocaleController } from './locale.js';
import { echo } from './limits.js';
import { checkUrl, type UrlCheckOptions } from './url.js';
import { WarningLog } from './warn.js';
import { VERSION } from './version.js';

/**
 * What every Lede element shares: its version (for the define guard), the
 * locale and labels it speaks, one warning per bad input, checked URLs, and
 * a last line of defence so that no exception escapes into the CMS page.
 */
export class LedeElement extends LitElement {
  /* Lit's reactive properties, declared statically (lighter in the bundle than decorators). */
  static override properties: PropertyDeclarations = {
    messages: { converter: jsonAttributeConverter('{"live": "En vivo"}', undefined) },
  };

  /** The Lede version this class belongs to; the define guard compares it. */
  static readonly ledeVersion = VERSION;

  /**
   * Overrides for built-in labels, e.g. `{ live: 'En vivo' }`. Set it as a
   * property, or as JSON in the `messages` attribute (malformed JSON is
   * reported and ignored).
   */
  messages?: MessageOverrides;

  private warningLog?: WarningLog;

  /** Set while a pristine instance is made to read the class's defaults. */
  private static readingDefaults = false;
  private static defaultsByClass = new WeakMap<object, Record<PropertyKey, unknown>>();

  /** The values a fresh element of this class starts with: what a missing or unusable property falls back to. */
  private get defaults(): Record<PropertyKey, unknown> {
    const ctor = this.constructor as typeof LedeElement;
    let defaults = LedeElement.defaultsByClass.get(ctor);
    if (!defaults) {
      LedeElement.readingDefaults = true;
      try {
        defaults = document.createElement(this.localName) as unknown as Record<PropertyKey, unknown>;
      } finally {
        LedeElement.readingDefaults = false;
      }
      LedeElement.defaultsByClass.set(ctor, defaults);
    }
    return defaults;
  }

  /**
   * Every property a page script sets gets the type it is declared with, so
   * that `el.topic = {}` or `el.interval = '60'` cannot break a render:
   * numbers and booleans become text for text properties, text becomes a
   * number for number properties, `null` and `undefined` (a removed
   * attribute) mean the default, and a value of no usable type (an object
   * for text) is replaced by the default with one warning. Properties with
   * a converter of their own (JSON) or no attribute are checked by their
   * element.
   */
  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration, ...rest: unknown[]): void {
    (super.requestUpdate as (...args: unknown[]) => void)(name, oldValue, options, ...rest);
    if (name === undefined || LedeElement.readingDefaults) return;
    const declaration = (this.constructor as typeof LitElement).getPropertyOptions(name);
    const record = this as unknown as Record<PropertyKey, unknown>;
    const value = record[name];
    if (declaration.converter instanceof JsonAttributeConverter) {
      const attribute = typeof declaration.attribute === 'string' ? declaration.attribute : String(name).toLowerCase();
      // JSON text set as an object property (by a framework that only sets strings) is read as the attribute
      // would be; a string that is the attribute's own JSON (`authors='"Jane"'`) stays, for the element to report.
      if (typeof value === 'string') {
        if (value !== parseJsonAttribute(this.getAttribute(attribute), () => {}, '')) record[name] = declaration.converter.fromAttribute(value);
      } else if (isServer) {
        // A server render writes an object set as a property (`.items=${…}`) into its attribute: the element
        // that hydrates the server's HTML then has the same data for its first render as the server had.
        const text = declaration.converter.toAttribute(value);
        if (text !== null) this.setAttribute(attribute, text);
      }
      return;
    }
    if (isServer || declaration.attribute === false || declaration.state || (declaration.converter && declaration.converter !== defaultConverter)) return;
    const fixed = this.typed(name, value, declaration.type);
    if (!Object.is(fixed, value)) record[name] = fixed;
  }

  private typed(name: PropertyKey, value: unknown, type: unknown): unknown {
    if (type === Boolean) return typeof value === 'boolean' ? value : Boolean(value);
    const wanted = type === Number ? 'number' : 'string';
    if (typeof value === wanted) return value;
    if (value === null || value === undefined) return this.defaults[name];
    const kind = typeof value;
    if (kind === 'number' || kind === 'boolean' || kind === 'bigint' || kind === 'string') {
      return wanted === 'number' ? Number(kind === 'string' ? (value as string).trim() || NaN : value) : String(value);
    }
    this.warn(String(name), `was set to a ${kind}, not ${wanted === 'number' ? 'a number' : 'text'}, so the default is used.`, `Set it to a ${wanted}.`);
    return this.defaults[name];
  }

  /** Follows `lang` on the element, its ancestors and the document. */
  private readonly localeController = new LocaleController(this);

  /** The locale resolved from the closest `lang`, then the document, then `en`. */
  protected get locale(): string {
    return this.localeController.locale;
  }

  /** Built-in labels for the current locale, with `messages` on top. */
  protected get labels(): Messages {
    const overrides: unknown = this.messages;
    if (overrides instanceof MalformedJson) {
      this.warn('messages', overrides.problem, overrides.fix);
      return messagesFor(this.locale);
    }
    return messagesFor(this.locale, overrides as MessageOverrides | undefined, (problem, fix) => this.warn('messages', problem, fix));
  }

  /** Warn once per attribute and problem, naming this element. */
  protected warn(attribute: string, problem: string, fix: string): void {
    (this.warningLog ??= new WarningLog(this.localName)).warn(attribute, problem, fix);
  }

  /** Forget a warning once its input is valid again. */
  protected clearWarning(attribute: string): void {
    this.warningLog?.clear(attribute);
  }

  /**
   * `value` when it is one of `allowed`; otherwise the first allowed value,
   * with one warning that lists the choices.
   */
  protected oneOf<T extends string>(attribute: string, value: string, allowed: readonly T[]): T {
    if ((allowed as readonly string[]).includes(value)) {
      this.clearWarning(attribute);
      return value as T;
    }
    const choices = allowed.map((choice) => `${attribute}="${choice}"`);
    this.warn(
      attribute,
      `${echo(value)} is not one of its values, so "${allowed[0]}" is used.`,
      `Use ${choices.slice(0, -1).join(', ')} or ${choices[choices.length - 1]}.`,
    );
    return allowed[0]!;
  }

  /**
   * A delay in seconds from a number attribute, kept within `range`: a
   * value outside it is clamped to the nearest end, one that is not a
   * number gives `range.fallback`, each with one warning. Every delay a
   * timer gets passes through here, so none can wrap around.
   */
  protected secondsBetween(attribute: string, value: number, range: { min: number; max: number; fallback: number }): number {
    const { min, max, fallback } = range;
    const given = echo(this.getAttribute(attribute) ?? value);
    const fix = `Set ${attribute} to a number of seconds from ${min} to ${max}.`;
    if (typeof value !== 'number' || Number.isNaN(value)) {
      this.warn(attribute, `${given} is not a number of seconds, so ${fallback} is used.`, fix);
      return fallback;
    }
    if (value < min || value > max) {
      const used = value < min ? min : max;
      this.warn(attribute, `${given} is ${value < min ? 'less' : 'more'} than ${used} seconds, so ${used} is used.`, fix);
      return used;
    }
    this.clearWarning(attribute);
    return value;
  }

  /** `value` when it is a heading level from `min` to 6; otherwise `min`, with one warning. */
  protected checkHeadingLevel(attribute: string, value: number, min: HeadingLevel): HeadingLevel {
    if (isHeadingLevel(value, min)) {
      this.clearWarning(attribute);
      return value;
    }
    this.warn(attribute, `${echo(value)} is not a heading level from ${min} to 6, so ${min} is used.`, `Use ${attribute}="${min}" to "6".`);
    return min;
  }

  /** A URL fit for `href`/`src`/`cite`, or `undefined` with a warning naming `attribute`. */
  protected safeUrl(value: string | null | undefined, attribute: string, options: Omit<UrlCheckOptions, 'report'> = {}): string | undefined {
    return checkUrl(value, { ...options, report: (problem, fix) => this.warn(attribute, problem, fix) });
  }

  /**
   * True when light-DOM content (not whitespace) is assigned to the slot
   * named `name` (`''` for the default slot). Slotted content wins over the
   * matching attribute, so this decides which one to render. A server
   * render cannot see the light DOM: there, nothing counts as slotted.
   */
  protected hasSlotted(name = ''): boolean {
    if (isServer) return false;
    for (const node of Array.from(this.childNodes)) {
      if (node.nodeType === Node.TEXT_NODE) {
        if (name === '' && node.textContent!.trim() !== '') return true;
      } else if (node instanceof Element) {
        if ((node.getAttribute('slot') ?? '') === name) return true;
      }
    }
    return false;
  }

  /**
   * Runs `check` once the document has been parsed. An element that is
   * defined before the parser reaches its children (a classic script in
   * <head>) first renders empty; warnings about missing content wait for
   * the rest of the page so they are never false alarms.
   */
  protected whenParsed(check: () => void): void {
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => check(), { once: true });
    } else {
      check();
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Slotted content decides what the element renders; follow its changes.
    this.shadowRoot?.addEventListener('slotchange', this.onSlotChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.shadowRoot?.removeEventListener('slotchange', this.onSlotChange);
  }

  /**
   * The element's own `lang` is observed too: the page-wide observer cannot
   * see an element inside another component's shadow root.
   */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  private readonly onSlotChange = (): void => {
    this.requestUpdate();
  };

  /**
   * A bug of ours must not blank the article or break the CMS's own
   * scripts: report it and keep what is already on screen.
   */
  protected override performUpdate(): void {
    try {
      super.performUpdate();
      this.fallbackSlots?.forEach((slot) => slot.remove());
      this.fallbackSlots = undefined;
    } catch (error) {
      if (!this.renderErrorReported) {
        this.renderErrorReported = true;
        console.error(`<${this.localName}> failed to render; the article text is shown as written.`, error);
      }
      this.showLightDom();
    }
  }

  private renderErrorReported = false;
  private fallbackSlots?: HTMLSlotElement[];

  /**
   * When a first render fails, the shadow root is empty and would hide the
   * CMS's words: put in plain slots for every child so they still show.
   */
  private showLightDom(): void {
    const root = this.shadowRoot;
    if (!root || this.fallbackSlots || root.querySelector('slot')) return;
    const names = new Set(Array.from(this.children, (child) => child.getAttribute('slot') ?? ''));
    names.add('');
    this.fallbackSlots = [...names].map((name) => {
      const slot = document.createElement('slot');
      if (name) slot.name = name;
      return slot;
    });
    root.append(...this.fallbackSlots);
  }
}
