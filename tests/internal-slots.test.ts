import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import sinon from 'sinon';
import { SlotController } from '../src/internal/slots.js';

/** Renders which slots have content, as the elements decide between slotted content and attributes. */
class SlotProbe extends LitElement {
  readonly slots = new SlotController(this);
  override render() {
    return html`<slot></slot><slot name="credit"></slot><output>${this.slots.has() ? 'text' : ''} ${this.slots.has('credit') ? 'credit' : ''}</output>`;
  }
}
customElements.define('test-slot-probe', SlotProbe);

const shown = (el: SlotProbe) => el.shadowRoot!.querySelector('output')!.textContent!.trim();

describe('SlotController', () => {
  it('tells which slots have content: text or elements for the default slot, elements for a named one, never whitespace', async () => {
    expect(shown(await fixture<SlotProbe>(html`<test-slot-probe> </test-slot-probe>`))).to.equal('');
    expect(shown(await fixture<SlotProbe>(html`<test-slot-probe>Words</test-slot-probe>`))).to.equal('text');
    expect(shown(await fixture<SlotProbe>(html`<test-slot-probe><span slot="credit">AP</span></test-slot-probe>`))).to.equal('credit');
    expect(shown(await fixture<SlotProbe>(html`<test-slot-probe><p>P</p><b slot="credit">AP</b></test-slot-probe>`))).to.equal('text credit');
  });

  it('renders again when slotted content comes or goes', async () => {
    const el = await fixture<SlotProbe>(html`<test-slot-probe></test-slot-probe>`);
    const credit = Object.assign(document.createElement('span'), { slot: 'credit', textContent: 'AP' });
    el.append(credit);
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(shown(el)).to.equal('credit');
    credit.remove();
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(shown(el)).to.equal('');
  });

  it('stops listening when the element leaves the page', async () => {
    const el = await fixture<SlotProbe>(html`<test-slot-probe></test-slot-probe>`);
    const listeners = sinon.spy(el.shadowRoot!, 'removeEventListener');
    el.remove();
    expect(listeners.calledWith('slotchange')).to.equal(true);
    const updates = sinon.spy(el, 'requestUpdate');
    el.shadowRoot!.querySelector('slot')!.dispatchEvent(new Event('slotchange', { bubbles: true }));
    expect(updates.called, 'a removed element is not updated by slot changes').to.equal(false);
  });
});
