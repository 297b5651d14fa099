import { expect } from '@open-wc/testing';

describe('a render that fails', () => {
  it('keeps the CMS’s words visible, reports once to the console, and recovers on the next good render', async () => {
    const { html } = await import('lit');
    const { LedeElement } = await import('../src/internal/lede-element.js');
    class Fragile extends LedeElement {
      static broken = true;
      protected override render() {
        if (Fragile.broken) throw new Error('bug');
        return html`<div part="ok"><slot></slot></div>`;
      }
    }
    customElements.define('lede-test-fragile', Fragile);
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args[0]);
    const el = document.createElement('lede-test-fragile') as InstanceType<typeof Fragile>;
    el.innerHTML = '<p>The article’s words</p><span slot="credit">Credit</span>';
    try {
      document.body.append(el);
      await new Promise((resolve) => setTimeout(resolve));
    } finally {
      console.error = original;
    }
    expect(errors).to.have.length(1);
    expect(el.querySelector('p')!.offsetHeight).to.be.greaterThan(0);
    expect(el.querySelector('span')!.offsetHeight).to.be.greaterThan(0);
    Fragile.broken = false;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('slot')).to.have.length(1);
    expect(el.shadowRoot!.querySelector('[part="ok"]')).to.exist;
    el.remove();
  });
});
