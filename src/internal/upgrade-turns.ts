import { nextTask } from './schedule.js';

/**
 * Upgrading the page's own HTML without blocking the reader.
 *
 * `customElements.define()` upgrades every element of its tag that the page
 * already holds, in one task: on a long page, thousands of renders at once.
 * Instead, elements upgraded by a define wait for their turn. An
 * IntersectionObserver says which are within two screens of the viewport
 * (with the next frame's layout: reading positions during the define would
 * force a layout of the whole page in its task); those render first, in
 * document order, in slices of about `SLICE_MS` with a yield to the main
 * thread between slices. The rest render when the reader comes within two
 * screens of them, when a keyboard reader tabs into one, and all before the
 * page is printed. Until then an element keeps the custom state `pending`,
 * which lede.css lays out exactly as an element not yet defined, so nothing
 * moves when it renders (a server-rendered element's own styles do the same
 * for its shadow root until it hydrates). Elements created later (by a
 * framework, a CMS script, a test) connect as usual, at once.
 *
 * Where the browser lacks custom states (`:state()`), or
 * IntersectionObserver, everything renders at once as before: a pending
 * element without its lede.css layout would move when it rendered.
 */

/** How near the viewport, above and below, an element renders: the screens a reader reaches by flicking. */
const NEAR_SCREENS = 2;
/**
 * Longest stretch of rendering before the main thread gets a turn: a long task starts at 50 ms,
 * and the element that crosses this line finishes its render first.
 */
const SLICE_MS = 25;
/** The custom state lede.css lays out as "not yet upgraded". */
export const PENDING_STATE = 'pending';

/** What an element hands over when its connection waits. */
export interface Turn {
  /** Connects it for real (Lit's connectedCallback: shadow root, controllers, first render). */
  connect(): void;
  /** Sets or clears the pending custom state. */
  setPending(pending: boolean): void;
  /** Settles once its render is done. */
  rendered(): Promise<unknown>;
  /** Renders now, in this task (a connected element's first update runs in a microtask otherwise). */
  renderNow(): void;
}

let supported: boolean | undefined;
const isSupported = (): boolean =>
  (supported ??=
    typeof IntersectionObserver === 'function' &&
    typeof CSS !== 'undefined' &&
    typeof CSS.supports === 'function' &&
    CSS.supports(`selector(:state(${PENDING_STATE}))`));

/** Elements upgraded by the define that is running, in document order. */
let upgrading: Array<[Element, Turn]> | undefined;
/** Elements waiting for their turn. */
const waiting = new Map<Element, Turn>();
/** Waiting elements whose turn has come, in order. */
const due: Element[] = [];
let observer: IntersectionObserver | undefined;
let slicing = false;

/**
 * Runs `define` (a `customElements.define()`) so that the elements it
 * upgrades take turns: they render from the next frame on, the near ones
 * first, in document order.
 */
export function defineInTurns(define: () => void): void {
  if (upgrading || !isSupported()) {
    define();
    return;
  }
  upgrading = [];
  let upgraded: Array<[Element, Turn]>;
  try {
    define();
  } finally {
    upgraded = upgrading;
    upgrading = undefined;
  }
  // Where each element is comes from the observer's first report, computed with the next frame's
  // layout: reading positions here would force a layout of the whole page in this task.
  observer ??= makeObserver();
  for (const [element, turn] of upgraded) {
    waiting.set(element, turn);
    observer.observe(element);
  }
}

/**
 * Called by an element's connectedCallback: `true` when the connection waits
 * for its turn (the element was upgraded by a define in turns); `makeTurn`
 * is only called then, so an ordinary connection builds nothing.
 */
export function waitForTurn(element: Element, makeTurn: () => Turn): boolean {
  if (!upgrading) return false;
  const turn = makeTurn();
  // Server-rendered elements too: their styles keep the pre-hydration layout while pending.
  turn.setPending(true);
  upgrading.push([element, turn]);
  return true;
}

/**
 * Called by an element's disconnectedCallback: `true` when it was still
 * waiting (it never connected, so there is nothing to disconnect).
 */
export function leaveTurn(element: Element): boolean {
  const turn = waiting.get(element);
  if (!turn) return false;
  waiting.delete(element);
  observer?.unobserve(element);
  turn.setPending(false);
  return true;
}

function makeObserver(): IntersectionObserver {
  addEventListener('beforeprint', renderAllWaiting);
  document.addEventListener('focusin', renderFocused, true);
  return new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer!.unobserve(entry.target);
        due.push(entry.target);
      }
      void takeTurns();
    },
    { rootMargin: `${NEAR_SCREENS * 100}% 0px` },
  );
}

/**
 * Connects one waiting element: the state goes in the same task as the render, so no frame shows
 * neither. An element that fails to connect is reported, and the others still take their turns.
 */
function connect(element: Element): Turn | undefined {
  const turn = waiting.get(element);
  if (!turn) return undefined;
  waiting.delete(element);
  turn.setPending(false);
  try {
    turn.connect();
  } catch (error) {
    report(error);
  }
  return turn;
}

const report = (error: unknown): void => (typeof reportError === 'function' ? reportError(error) : console.error(error));

/** Connects and renders `element` in this task, when it is still waiting. */
function renderNow(element: Element): boolean {
  observer?.unobserve(element);
  const turn = connect(element);
  if (!turn) return false;
  try {
    turn.renderNow();
  } catch (error) {
    report(error);
  }
  return true;
}

/** Renders the due elements in order, yielding between slices. */
async function takeTurns(): Promise<void> {
  if (slicing) return;
  slicing = true;
  try {
    let sliceStart = performance.now();
    while (due.length > 0) {
      const turn = connect(due.shift()!);
      if (!turn) continue;
      await turn.rendered().catch(() => undefined);
      if (performance.now() - sliceStart > SLICE_MS) {
        await nextTask();
        sliceStart = performance.now();
      }
    }
  } finally {
    slicing = false;
  }
}

/**
 * A printed page has no scrolling: everything renders first, in this task (`print()` called from a
 * click handler prints before any microtask runs).
 */
function renderAllWaiting(): void {
  for (const element of [...waiting.keys()]) renderNow(element);
  due.length = 0;
}

/**
 * A keyboard reader can tab into a waiting element's links before it comes near: it renders at
 * once, and focus moves to the rendered link to the same address when the one it was on is no
 * longer shown (a related list renders its own links in place of the CMS's).
 */
function renderFocused(event: FocusEvent): void {
  const target = event.target as Element | null;
  if (!target || waiting.size === 0) return;
  for (let host = target.parentElement; host; host = host.parentElement) {
    if (!waiting.has(host)) continue;
    if (!renderNow(host)) return;
    if (target.assignedSlot) return;
    const href = (target as HTMLAnchorElement).href;
    const match = href ? [...(host.shadowRoot?.querySelectorAll<HTMLAnchorElement>('a[href]') ?? [])].find((link) => link.href === href) : undefined;
    match?.focus();
    return;
  }
}
