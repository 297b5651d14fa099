import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { nextTask } from './schedule.js';

/** How long a settling element may wait for an idle moment before it checks anyway. */
const SETTLE_LIMIT_MS = 1000;

/**
 * Runs an element's "missing content" checks only when their answer is
 * final, so they are never false alarms:
 * - not before the document has been parsed (an element defined by a
 *   classic script in <head> first renders without its children);
 * - not on the first update after connection, which a framework wrapper or
 *   a hydrating app follows with the properties it sets; the check waits for
 *   the next update, or for the page to settle (an idle moment) if none comes.
 * Disconnection cancels a pending check. Checks of what is there (an
 * image's alt text) can ask to run on the first update too.
 */
export class ContentCheckController implements ReactiveController {
  private updatesSinceConnect = 0;
  /** Bumped to cancel a pending check. */
  private generation = 0;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly check: () => void,
    /** Also check on the first update (for checks of what is there, not of what is missing). */
    private readonly checkFirstUpdate = false,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.updatesSinceConnect = 0;
  }

  hostDisconnected(): void {
    this.generation += 1;
  }

  hostUpdated(): void {
    if (isServer || !this.host.isConnected) return;
    const generation = ++this.generation;
    const run = () => {
      if (generation === this.generation && this.host.isConnected) this.whenParsed(generation);
    };
    if (++this.updatesSinceConnect > 1 || this.checkFirstUpdate) run();
    else if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: SETTLE_LIMIT_MS });
    // No idle callbacks (Safari): a few tasks later, without a timer (nothing for a disconnect to leave behind).
    else void nextTask().then(nextTask).then(nextTask).then(run);
  }

  private whenParsed(generation: number): void {
    if (document.readyState !== 'loading') {
      this.check();
      return;
    }
    document.addEventListener(
      'DOMContentLoaded',
      () => {
        if (generation === this.generation && this.host.isConnected) this.check();
      },
      { once: true },
    );
  }
}
