import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import sinon from 'sinon';
import { RelativeTimeController } from '../src/internal/relative-time.js';
import { setHidden } from './helpers.js';

/** A minimal element whose "age" changes every `step` ms: the controller alone, without a Lede element. */
class AgeProbe extends LitElement {
  static step = 60_000;
  renders = 0;
  constructor() {
    super();
    new RelativeTimeController(this, () => AgeProbe.step);
  }
  override render() {
    this.renders += 1;
    return html`<span>${Math.floor(Date.now() / AgeProbe.step)}</span>`;
  }
}
customElements.define('test-age-probe', AgeProbe);

const frames = async (count = 3) => {
  for (let i = 0; i < count; i += 1) await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
};

describe('RelativeTimeController', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => (clock = sinon.useFakeTimers({ now: Date.UTC(2024, 2, 19, 17), toFake: ['setTimeout', 'clearTimeout', 'Date'] })));
  afterEach(() => clock.restore());

  it('re-renders when the text is due to change, while the element is on screen', async () => {
    const el = await fixture<AgeProbe>(html`<test-age-probe></test-age-probe>`);
    await frames();
    expect(clock.countTimers()).to.equal(1);
    const before = el.renders;
    clock.tick(60_000);
    await el.updateComplete;
    expect(el.renders).to.equal(before + 1);
    expect(clock.countTimers()).to.equal(1);
  });

  it('runs no timer while the element is off screen, and renders fresh text once it is scrolled to', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="height: 200px; overflow: auto">
      <div style="height: 5000px"></div>
      <test-age-probe></test-age-probe>
    </div>`);
    const el = wrapper.querySelector<AgeProbe>('test-age-probe')!;
    await frames(4);
    expect(clock.countTimers(), 'off screen: no timer').to.equal(0);
    clock.tick(10 * 60_000);
    const before = el.renders;
    el.scrollIntoView();
    await frames(4);
    await el.updateComplete;
    expect(el.renders, 'seen again: rendered once with fresh text').to.equal(before + 1);
    expect(clock.countTimers()).to.equal(1);
  });

  it('runs no timer while the page is hidden', async () => {
    const el = await fixture<AgeProbe>(html`<test-age-probe></test-age-probe>`);
    await frames();
    setHidden(true);
    try {
      expect(clock.countTimers()).to.equal(0);
      el.requestUpdate();
      await el.updateComplete;
      expect(clock.countTimers(), 'a render while hidden schedules nothing').to.equal(0);
    } finally {
      setHidden(false);
    }
    await el.updateComplete;
    expect(clock.countTimers()).to.equal(1);
  });

  it('leaves no timer and no listener after 200 connections and disconnections', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('test-age-probe') as AgeProbe;
    const listeners = sinon.spy(document, 'addEventListener');
    const removed = sinon.spy(document, 'removeEventListener');
    try {
      for (let i = 0; i < 200; i += 1) {
        host.append(el);
        if (i % 20 === 0) await el.updateComplete;
        el.remove();
      }
      await el.updateComplete;
      expect(clock.countTimers()).to.equal(0);
      const added = listeners.getCalls().filter((call) => call.args[0] === 'visibilitychange').length;
      const taken = removed.getCalls().filter((call) => call.args[0] === 'visibilitychange').length;
      expect(added).to.equal(taken);
      // Time passes and the page flips visibility: a removed element does not render
      // (beyond the update its last connection had already asked for).
      await el.updateComplete;
      const renders = el.renders;
      clock.tick(60 * 60_000);
      document.dispatchEvent(new Event('visibilitychange'));
      await frames();
      expect(el.renders).to.equal(renders);
    } finally {
      listeners.restore();
      removed.restore();
    }
  });
});
