import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { setBoundedTimeout } from './limits.js';

/**
 * Re-renders its element when a relative time on it ("5 minutes ago") is
 * due to change, and only while someone can read it: the element is on
 * screen and the page is visible. Off screen or hidden, no timer runs;
 * back on screen or visible, the element renders at once (with fresh text)
 * and the next change is scheduled again. Everything stops on disconnect.
 */
export class RelativeTimeController implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;
  private intersection?: IntersectionObserver;
  /** Taken as on screen until the observer's first answer, so a render schedules at once. */
  private onScreen = true;

  /**
   * @param nextChange Milliseconds until what the element shows changes,
   *   or `undefined` when nothing on it is relative.
   */
  constructor(
    private readonly host: ReactiveControllerHost & Element & { readonly hasUpdated: boolean },
    private readonly nextChange: () => number | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    if (!this.host.hasUpdated) return;
    // Back on the page: render fresh text at once and schedule from it, taken as on screen
    // until the observer's first answer (as on the first connection).
    this.onScreen = true;
    this.host.requestUpdate();
    this.watch();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.intersection?.disconnect();
    this.intersection = undefined;
    this.onScreen = false;
    this.stop();
  }

  /** After each render: watch the element's visibility (once), then schedule the next change. */
  hostUpdated(): void {
    // An update that lands after the element left the page starts nothing.
    if (!this.host.isConnected) return;
    this.watch();
    this.schedule();
  }

  private watch(): void {
    // Without the observer the element counts as visible: it refreshes rather than never.
    if (this.intersection || typeof IntersectionObserver === 'undefined') return;
    this.intersection = new IntersectionObserver((entries) => {
      const wasOnScreen = this.onScreen;
      this.onScreen = entries[entries.length - 1]!.isIntersecting;
      if (this.onScreen && !wasOnScreen) this.host.requestUpdate();
      else if (!this.onScreen) this.stop();
    });
    this.intersection.observe(this.host);
  }

  private readonly onVisibilityChange = (): void => {
    if (document.visibilityState === 'visible') this.host.requestUpdate();
    else this.stop();
  };

  private schedule(): void {
    this.stop();
    if (!this.onScreen || document.visibilityState !== 'visible') return;
    const delay = this.nextChange();
    if (delay === undefined) return;
    this.timer = setBoundedTimeout(() => {
      this.timer = undefined;
      this.host.requestUpdate();
    }, delay);
  }

  private stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
