/** Shared test utilities. */
import { emulateMedia, sendKeys } from '@web/test-runner-commands';

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

/**
 * Waits, frame by frame (up to ~10 s), until `check` holds. Frames, not
 * timers: a test's fake clock cannot hold it up.
 */
export async function until(check: () => boolean | Promise<boolean>, what: string, frames = 600): Promise<void> {
  for (let i = 0; i < frames; i += 1) {
    if (await check()) return;
    await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Lets real time pass. */
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Makes the page report itself hidden (or visible again) and tells listeners, as a tab switch would. */
export function setHidden(hidden: boolean): void {
  if (hidden) {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
  } else {
    delete (document as { visibilityState?: string }).visibilityState;
  }
  document.dispatchEvent(new Event('visibilitychange'));
}

/** Waits for the next two animation frames, so styles and layout have settled. */
export function nextFrames(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

type Media = Parameters<typeof emulateMedia>[0];

/** The engine running this test file (the suite runs in each: see tests/engines.mjs). */
export type Engine = 'chromium' | 'firefox' | 'webkit';
export const engine: Engine = / Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : / (Chrome|HeadlessChrome)\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

const ENGINE_NAMES: Record<Engine, string> = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

/**
 * Tests that only some engines can run, registered with the reason. In the
 * other engines they are reported as skipped, with "[Chromium only: reason]"
 * in the title, so the run's report shows every test an engine did not run
 * and why. Use it for engine limits of the test set-up (DevTools-only
 * commands), never to hide a bug in an engine.
 *
 *   onlyIn(['chromium'], 'reads the accessibility tree through DevTools').it('…', async () => { … });
 */
export function onlyIn(engines: Engine[], reason: string) {
  const runs = engines.includes(engine);
  const tag = `[${engines.map((name) => ENGINE_NAMES[name]).join(' and ')} only: ${reason}]`;
  return {
    it(title: string, fn: Mocha.Func | Mocha.AsyncFunc) {
      return runs ? it(title, fn) : it.skip(`${title} ${tag}`, fn);
    },
    describe(title: string, fn: (this: Mocha.Suite) => void) {
      return runs ? describe(title, fn) : describe.skip(`${title} ${tag}`, fn);
    },
  };
}

/** Tests that need Chromium's DevTools protocol (tests/plugins/chromium.mjs, emulateMedia): see onlyIn. */
export const chromiumOnly = (reason: string) => onlyIn(['chromium'], reason);

/**
 * Media (colour scheme, reduced motion, forced colours, print).
 *
 * Chromium emulates them per test through DevTools. Firefox and WebKit cannot:
 * there, each set of media is a separate launch of the browser configured at
 * start (Firefox preferences, WebKit's --dark-mode and GTK settings; see
 * tests/engines.mjs), which runs only the tests declared with `inMedia`.
 */
type Launch = { colorScheme: 'light' | 'dark'; reducedMotion: 'no-preference' | 'reduce'; forcedColors: 'none' | 'active' };

/** The launches each engine has, besides its default (light, no reduced motion, no forced colours). Keep in step with tests/engines.mjs. */
const MEDIA_LAUNCHES: Record<Engine, Launch[]> = {
  chromium: [],
  firefox: [
    { colorScheme: 'dark', reducedMotion: 'reduce', forcedColors: 'none' },
    { colorScheme: 'light', reducedMotion: 'no-preference', forcedColors: 'active' },
  ],
  webkit: [{ colorScheme: 'dark', reducedMotion: 'reduce', forcedColors: 'none' }],
};
const DEFAULT_LAUNCH: Launch = { colorScheme: 'light', reducedMotion: 'no-preference', forcedColors: 'none' };

/** The media this browser was started in. */
const launch: Launch = {
  colorScheme: matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light',
  reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'reduce' : 'no-preference',
  forcedColors: matchMedia('(forced-colors: active)').matches ? 'active' : 'none',
};
const sameLaunch = (a: Launch, b: Launch) =>
  a.colorScheme === b.colorScheme && a.reducedMotion === b.reducedMotion && a.forcedColors === b.forcedColors;
const isMediaLaunch = engine !== 'chromium' && !sameLaunch(launch, DEFAULT_LAUNCH);
const MEDIA_TAG = '[media launch]';
/** Mocha's own `it`: a media launch replaces the global one below. */
const mochaIt = it;
// A media launch runs only the tests written for its media (inMedia): every
// other test was already run by the engine's default launch.
if (isMediaLaunch) {
  const leaveOut = (() => undefined) as unknown as Mocha.TestFunction;
  Object.assign(leaveOut, { skip: leaveOut, only: leaveOut, retries: () => undefined });
  (globalThis as unknown as { it: Mocha.TestFunction }).it = leaveOut;
}

/** Whether a launch in `state` shows `media` (features `media` leaves out may be anything, but forced colours are off). */
function fits(media: Media, state: Launch): boolean {
  return (
    (media.media ?? 'screen') === 'screen' &&
    (media.colorScheme === undefined || media.colorScheme === state.colorScheme) &&
    (media.reducedMotion === undefined || media.reducedMotion === state.reducedMotion) &&
    // Forced colours override every colour: a test that does not ask for them needs them off.
    (media.forcedColors ?? 'none') === state.forcedColors
  );
}

const describeMedia = (media: Media) =>
  Object.entries(media)
    .map(([name, value]) => `${name} ${value}`)
    .join(', ');

/**
 * A test that runs with the page in `media`: emulated before it in Chromium;
 * in Firefox and WebKit run in the launch started in those media (and skipped,
 * with the reason in the title, where the engine has no such launch: print,
 * or forced colours in WebKitGTK).
 */
export function inMedia(media: Media) {
  const emulate = engine === 'chromium';
  const register = (title: string, fn: Mocha.Func | Mocha.AsyncFunc): Mocha.Test | undefined => {
    const body = async function (this: Mocha.Context) {
      if (emulate) await emulateMedia(media);
      return (fn as Mocha.AsyncFunc).call(this);
    };
    if (emulate) return mochaIt(title, body);
    if (fits(media, launch)) return mochaIt(isMediaLaunch ? `${title} ${MEDIA_TAG}` : title, body);
    // Another launch of this engine runs it; this one leaves it out.
    if ([DEFAULT_LAUNCH, ...MEDIA_LAUNCHES[engine]].some((state) => fits(media, state))) return undefined;
    if (isMediaLaunch) return undefined;
    return mochaIt.skip(`${title} [${ENGINE_NAMES[engine]} cannot start in ${describeMedia(media)}: Chromium only]`, body);
  };
  return { it: register };
}

/** The media every test starts from; a test that emulates other media gets this back afterwards. */
export const DEFAULT_MEDIA: Media = { colorScheme: 'light', forcedColors: 'none', media: 'screen' };

/** Chromium: back to `media`. Other engines cannot emulate, so stay in the media they were launched in. */
export async function resetMedia(media: Media = DEFAULT_MEDIA): Promise<void> {
  if (engine === 'chromium') await emulateMedia(media);
}

/**
 * For a describe block: captures console.warn during each test and, after
 * it, restores console.warn and the emulated media. Read `.messages` in a test.
 */
export function warningsPerTest(media: Media = DEFAULT_MEDIA): { readonly messages: string[] } {
  let current: WarningCapture | undefined;
  beforeEach(() => (current = captureWarnings()));
  afterEach(async () => {
    current?.restore();
    await resetMedia(media);
  });
  return {
    get messages() {
      return current!.messages;
    },
  };
}

/**
 * Presses a key, or a combination such as 'Shift+Tab', in every engine
 * (Playwright takes combinations; puppeteer over BiDi and WebDriver get them
 * as modifiers held down around the key).
 */
export async function press(key: string): Promise<void> {
  if (engine !== 'firefox') {
    await sendKeys({ press: key });
    return;
  }
  const keys = key.length > 1 && key.includes('+') ? key.split('+') : [key];
  const main = keys.pop()!;
  for (const modifier of keys) await sendKeys({ down: modifier });
  await sendKeys({ press: main === 'Space' ? ' ' : main });
  for (const modifier of keys.reverse()) await sendKeys({ up: modifier });
}
