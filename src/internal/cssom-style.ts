import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

export type CssomStyles = Readonly<Record<string, string | undefined>>;

const toCss = (name: string): string => (name.startsWith('--') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));

/**
 * Like Lit's `styleMap`, but in the browser it always writes through the
 * CSSOM (`style.setProperty`), never the `style` attribute: a page with a
 * strict `style-src` Content-Security-Policy blocks inline style attributes,
 * which would lose an image's reserved box or a quote's marks. A server
 * render still emits the attribute (there is no CSSOM there).
 *
 *   <div style=${cssomStyle({ aspectRatio: '3 / 2', '--_lede-x': value })}>
 */
class CssomStyleDirective extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style') {
      throw new Error('cssomStyle() belongs in a style attribute.');
    }
  }

  render(styles: CssomStyles): string {
    return Object.entries(styles)
      .filter(([, value]) => value != null && value !== '')
      .map(([name, value]) => `${toCss(name)}:${value}`)
      .join(';');
  }

  override update(part: AttributePart, [styles]: [CssomStyles]): typeof noChange {
    const { style } = part.element as HTMLElement;
    const next = new Set<string>();
    for (const [name, value] of Object.entries(styles)) {
      if (value == null || value === '') continue;
      const property = toCss(name);
      next.add(property);
      if (style.getPropertyValue(property) !== value) style.setProperty(property, value);
    }
    for (const property of this.previous) if (!next.has(property)) style.removeProperty(property);
    this.previous = next;
    return noChange;
  }
}

export const cssomStyle = directive(CssomStyleDirective);
