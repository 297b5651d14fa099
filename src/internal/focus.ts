/**
 * Where keyboard focus goes when the control that held it disappears (the
 * banner is dismissed or hidden, or its pause button goes when coverage
 * ends): never to `<body>`, which would send a keyboard or screen-reader
 * user back to the top of the page.
 */
const FOCUSABLE =
  'a[href], area[href], button, input:not([type="hidden"]), select, textarea, iframe, summary, [contenteditable]:not([contenteditable="false"]), [tabindex]';

/** In the tab order, enabled, not inert and rendered. */
function canFocus(element: Element): element is HTMLElement {
  if (!(element instanceof HTMLElement) || !element.matches(FOCUSABLE) || element.tabIndex < 0) return false;
  if ((element as HTMLButtonElement).disabled || element.closest('[inert]')) return false;
  return element.checkVisibility?.({ visibilityProperty: true }) ?? true;
}

/** The first element that can take focus in `node` (itself, its open shadow tree, then its children), in tree order. */
export function firstFocusable(node: Node): HTMLElement | undefined {
  if (node instanceof Element) {
    if (canFocus(node)) return node;
    if (node.shadowRoot) {
      const inShadow = firstFocusable(node.shadowRoot);
      if (inShadow) return inShadow;
    }
  }
  for (let child = node.firstChild; child; child = child.nextSibling) {
    const found = firstFocusable(child);
    if (found) return found;
  }
  return undefined;
}

/** The first element after `element` (and outside it) in document order that can take focus, crossing shadow boundaries outwards. */
export function nextFocusable(element: Element): HTMLElement | undefined {
  for (let node: Node | null = element; node; node = node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode) {
    for (let sibling = node.nextSibling; sibling; sibling = sibling.nextSibling) {
      const found = firstFocusable(sibling);
      if (found) return found;
    }
  }
  return undefined;
}
