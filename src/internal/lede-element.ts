import { defaultConverter, isServer, LitElement, type PropertyDeclaration, type PropertyDeclarations } from 'lit';
import type { MessageOverrides } from './i18n.js';
import { JsonAttributeConverter, jsonAttributeConverter, jsonAttributeText, parseJsonAttribute } from './json.js';
import type { Reporter } from './checks.js';
import { leaveTurn, PENDING_STATE, waitForTurn } from './upgrade-turns.js';
import { WarningLog } from './warn.js';
import { VERSION } from './version.js';

/**
 * What every Lede element shares: its version (for the define guard), one
 * warning per bad input (and properties kept to their declared types), the
 * `messages` property, and a last line of defence so that no exception
 * escapes into the CMS page. Locale, slots, feeds and timers are reactive
 * controllers in `src/internal/`; input checks are functions in `checks.ts`.
 */
export class LedeElement extends LitElement implements Reporter {
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
        const text = jsonAttributeText(value, declaration.converter.empty);
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

  /** @internal Warn once per attribute and problem, naming this element (see `Reporter`). */
  warn(attribute: string, problem: string, fix: string): void {
    (this.warningLog ??= new WarningLog(this.localName)).warn(attribute, problem, fix);
  }

  /** @internal Forget a warning once its input is valid again. */
  clearWarning(attribute: string): void {
    this.warningLog?.clear(attribute);
  }

  /**
   * The element's own `lang` is observed too (the locale controller's
   * page-wide observer cannot see an element inside another component's
   * shadow root).
   */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /**
   * An element upgraded from the page's HTML may wait for its turn to render
   * (see upgrade-turns.ts); its connection work, shadow root and controllers
   * included, waits with it. Subclasses do connection work in controllers.
   */
  override connectedCallback(): void {
    const waits = waitForTurn(this, () => ({
      connect: () => super.connectedCallback(),
      setPending: (pending: boolean) => this.setState(PENDING_STATE, pending),
      rendered: () => this.updateComplete,
      renderNow: () => this.performUpdate(),
    }));
    if (!waits) super.connectedCallback();
  }

  override disconnectedCallback(): void {
    if (!leaveTurn(this)) super.disconnectedCallback();
  }

  private attachedInternals?: ElementInternals | null;

  /** The element's ElementInternals, attached on first use; `null` where the browser has none. */
  protected get internals(): ElementInternals | null {
    if (this.attachedInternals === undefined) {
      try {
        this.attachedInternals = this.attachInternals();
      } catch {
        this.attachedInternals = null;
      }
    }
    return this.attachedInternals;
  }

  /** Adds or removes a custom state (`:state(name)` in CSS); nothing where the browser has none. */
  protected setState(name: string, on: boolean): void {
    const states = this.internals?.states;
    if (!states) return;
    try {
      if (on) states.add(name);
      else states.delete(name);
    } catch {
      // Browsers of the dashed-ident era (`:--name`) reject plain names: the state is only styling.
    }
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

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
