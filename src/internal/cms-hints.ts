/**
 * Hints for markup a CMS has rewritten on its way to the page. WordPress is
 * the usual suspect: its paragraph filter (wpautop) wraps an element's start
 * tag in `<p>…</p>`, which closes the element before its content, and turns
 * line breaks into `<br>`; its sanitizer (kses) drops the backslash of `\"`.
 * Kept small: every reader downloads it.
 */

/**
 * `[problem, fix]` when `element` is empty but the element after it (or after
 * the `<p>` the filter put it in) holds content: the element was split off
 * from its content. Undefined when there is nothing to suggest that.
 */
export function splitFromContent(element: Element): [string, string] | undefined {
  if (element.innerHTML.trim()) return undefined;
  const host = element.parentElement?.localName === 'p' ? element.parentElement : element;
  if (!host.nextElementSibling?.textContent!.trim()) return undefined;
  return [
    'is empty but the next element has content: a paragraph filter (WordPress’s wpautop?) split them.',
    'Use the Lede WordPress plugin or a Custom HTML block.',
  ];
}

/**
 * True when invalid JSON becomes valid once the quotation marks inside its
 * strings get their backslash back: a sanitizer removed them (`\"` → `"`).
 */
export function lostBackslashes(json: string): boolean {
  try {
    JSON.parse(json.replace(/(?<![{[,:]\s*)"(?!\s*[,:}\]])/g, '\\"'));
    return true;
  } catch {
    return false;
  }
}

/**
 * Hides `<br>`s at the start and end of an element's own content (before
 * any text, after all of it): a filter's line breaks, not the author's.
 */
export function hideEdgeBreaks(element: Element): void {
  // Text and <br>s only: a slotted image has no text, so it is skipped like whitespace.
  const nodes = [...element.childNodes].filter((node) => node.nodeName === 'BR' || node.textContent!.trim());
  let i = 0;
  while (nodes[i]?.nodeName === 'BR') (nodes[i++] as HTMLElement).hidden = true;
  i = nodes.length;
  while (nodes[--i]?.nodeName === 'BR') (nodes[i] as HTMLElement).hidden = true;
}
