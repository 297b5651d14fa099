import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { setBoundedTimeout } from './limits.js';
import { NearViewportController } from './near-viewport.js';

/**
 * Re-renders its element when a relative time on it ("5 minutes ago") is
 * due to change, and only while someone can read it: the element is on
 * screen and the page is visible. Off screen or hidden, no timer runs;
 * back on screen or visible, the element renders at once (with fresh text)
 * and the next change is scheduled again. Everything stops on disconnect.
 */
export class RelativeTimeController implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;
  private readonly screen: NearViewportController;

  /**
   * @param nextChange Milliseconds until what the element shows changes,
   *   or `undefined` when nothing on it is relative.
   */
  constructor(
    private readonly host: ReactiveControllerHost & Element & { readonly hasUpdated: boolean },
    private readonly nextChange: () => number | undefined,
  ) {
    // Taken as on screen until the observer's first answer, so a render schedules at once.
    this.screen = new NearViewportController(host, {
      onChange: (onScreen) => (onScreen ? this.host.requestUpdate() : this.stop()),
    });
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    // Back on the page: render fresh text at once and schedule from it.
    if (this.host.hasUpdated) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.stop();
  }

  /** After each render, schedule the next change. */
  hostUpdated(): void {
    // An update that lands after the element left the page starts nothing.
    if (this.host.isConnected) this.schedule();
  }

  private readonly onVisibilityChange = (): void => {
    if (document.visibilityState === 'visible') this.host.requestUpdate();
    else this.stop();
  };

  private schedule(): void {
    this.stop();
    if (!this.screen.near || document.visibilityState !== 'visible') return;
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
