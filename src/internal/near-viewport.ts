import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tells its element when it comes within `rootMargin` of the viewport and
 * when it leaves: one IntersectionObserver per element, made on connection
 * and dropped on disconnection. Until the observer's first answer the
 * element counts as near unless `farUntilSeen` is set; without the
 * observer (an old browser) it always counts as near, so nothing waits forever.
 */
export class NearViewportController implements ReactiveController {
  /** Whether the element is within the margin of the viewport. */
  near: boolean;
  private observer?: IntersectionObserver;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly options: {
      /** How far around the viewport counts as near, e.g. `'600px 0px'`. */
      rootMargin?: string;
      /** Called when `near` changes. */
      onChange?: (near: boolean) => void;
      /** Count as far until the observer's first answer (for work that must not start off screen). */
      farUntilSeen?: boolean;
    } = {},
  ) {
    this.near = !options.farUntilSeen;
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof IntersectionObserver === 'undefined') {
      this.near = true;
      return;
    }
    this.near = !this.options.farUntilSeen;
    this.observer = new IntersectionObserver(
      (entries) => {
        const near = entries[entries.length - 1]!.isIntersecting;
        if (near === this.near) return;
        this.near = near;
        this.options.onChange?.(near);
      },
      { rootMargin: this.options.rootMargin ?? '0px' },
    );
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
