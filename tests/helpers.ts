/** Shared test utilities. */
import { emulateMedia } from '@web/test-runner-commands';

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

type Media = Parameters<typeof emulateMedia>[0];

/** The media every test starts from; a test that emulates other media gets this back afterwards. */
export const DEFAULT_MEDIA: Media = { colorScheme: 'light', forcedColors: 'none', media: 'screen' };

/**
 * For a describe block: captures console.warn during each test and, after
 * it, restores console.warn and the emulated media. Read `.messages` in a test.
 */
export function warningsPerTest(media: Media = DEFAULT_MEDIA): { readonly messages: string[] } {
  let current: WarningCapture | undefined;
  beforeEach(() => (current = captureWarnings()));
  afterEach(async () => {
    current?.restore();
    await emulateMedia(media);
  });
  return {
    get messages() {
      return current!.messages;
    },
  };
}
