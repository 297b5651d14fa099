import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * Which of its slots an element has content for, and a new render when that
 * changes: slotted content wins over the matching attribute, so it decides
 * what the element renders.
 */
export class SlotController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.shadowRoot?.addEventListener('slotchange', this.onSlotChange);
  }

  hostDisconnected(): void {
    this.host.shadowRoot?.removeEventListener('slotchange', this.onSlotChange);
  }

  /**
   * True when light-DOM content (not whitespace) is assigned to the slot
   * named `name` (`''` for the default slot). A server render cannot see
   * the light DOM: there, nothing counts as slotted.
   */
  has(name = ''): boolean {
    if (isServer) return false;
    for (const node of Array.from(this.host.childNodes)) {
      if (node.nodeType === Node.TEXT_NODE) {
        if (name === '' && node.textContent!.trim() !== '') return true;
      } else if (node instanceof Element) {
        if ((node.getAttribute('slot') ?? '') === name) return true;
      }
    }
    return false;
  }

  private readonly onSlotChange = (): void => {
    this.host.requestUpdate();
  };
}
