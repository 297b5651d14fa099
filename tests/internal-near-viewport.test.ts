import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import sinon from 'sinon';
import { NearViewportController } from '../src/internal/near-viewport.js';
import { nextFrames, until } from './helpers.js';

class NearProbe extends LitElement {
  changes: boolean[] = [];
  readonly viewport = new NearViewportController(this, { rootMargin: '50px 0px', farUntilSeen: true, onChange: (near) => this.changes.push(near) });
}
customElements.define('test-viewport-probe', NearProbe);

/** The probe 3000 px down the page (the margin extends the viewport, not a scrolling box). */
async function farDown() {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <div style="height: 3000px"></div>
    <test-viewport-probe style="display: block; height: 10px"></test-viewport-probe>
    <div style="height: 3000px"></div>
  </div>`);
  return { wrapper, el: wrapper.querySelector<NearProbe>('test-viewport-probe')! };
}

/** Scrolls the page so that the probe's top is `below` px under the viewport's bottom edge. */
function scrollToBelow(el: Element, below: number): void {
  window.scrollBy(0, el.getBoundingClientRect().top - innerHeight - below);
}

describe('NearViewportController', () => {
  it('says far until the element comes within the margin, then near, then far again when it scrolls away', async () => {
    const { el } = await farDown();
    await nextFrames();
    expect(el.viewport.near).to.equal(false);
    scrollToBelow(el, 100);
    await nextFrames();
    await nextFrames();
    expect(el.viewport.near, '100 px below: outside the 50 px margin').to.equal(false);
    scrollToBelow(el, 30);
    await until(() => el.viewport.near, 'near');
    window.scrollTo(0, 0);
    await until(() => !el.viewport.near, 'far again');
    expect(el.changes).to.deep.equal([true, false]);
    window.scrollTo(0, 0);
  });

  it('stops observing when the element leaves the page', async () => {
    const { wrapper, el } = await farDown();
    await nextFrames();
    const stayed = wrapper.lastElementChild!;
    const disconnect = sinon.spy(IntersectionObserver.prototype, 'disconnect');
    el.remove();
    disconnect.restore();
    expect(disconnect.callCount, 'its observer is disconnected').to.equal(1);
    scrollToBelow(stayed, -10);
    await nextFrames();
    await nextFrames();
    window.scrollTo(0, 0);
    expect(el.changes, 'a removed element hears nothing').to.deep.equal([]);
  });
});
