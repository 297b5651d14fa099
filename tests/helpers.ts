/** Shared test utilities. */

export interface WarningCapture {
  /** Every console.warn since capture began, as one string per call. */
  readonly messages: string[];
  restore(): void;
}

/** Records console.warn calls (and keeps them out of the test output). */
export function captureWarnings(): WarningCapture {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return {
    messages,
    restore() {
      console.warn = original;
    },
  };
}

/** The elements assigned to the first slot named `name` in `host`'s shadow root. */
export function assigned(host: Element, name = ''): Element[] {
  const selector = name ? `slot[name="${name}"]` : 'slot:not([name])';
  const slot = host.shadowRoot!.querySelector<HTMLSlotElement>(selector);
  return slot ? slot.assignedElements({ flatten: true }) : [];
}

/** The part named `name` in `host`'s shadow root. */
export function part<T extends Element = HTMLElement>(host: Element, name: string): T | null {
  return host.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

/** Waits for the next two animation frames, so styles and layout have settled. */
export function nextFrames(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}
