import { expect, fixture, html } from '@open-wc/testing';
import { LedeElement } from '../src/internal/lede-element.js';
import { afterLeadPaint, nextTask, sliceSpent, upgradeInSlices } from '../src/internal/schedule.js';
import { setHidden, until } from './helpers.js';

/** An element whose first render holds the main thread for 5 ms, and which counts renders per task. */
let task = 0;
const rendersInTask = new Map<number, number>();
class SlowProbe extends LedeElement {
  protected override render() {
    const start = performance.now();
    while (performance.now() - start < 5) {
      // Busy, like a heavy first render on a slow phone.
    }
    rendersInTask.set(task, (rendersInTask.get(task) ?? 0) + 1);
    return html`<span>ready</span>`;
  }
}
customElements.define('test-slow-probe', SlowProbe);

describe('upgrading in slices', () => {
  it('is off until turned on: every first render runs in the task that asked for it', async () => {
    expect(sliceSpent()).to.equal(false);
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    rendersInTask.clear();
    task = 1;
    wrapper.innerHTML = '<test-slow-probe></test-slow-probe>'.repeat(20);
    await Promise.all(Array.from(wrapper.children, (el) => (el as SlowProbe).updateComplete));
    expect(rendersInTask.get(1)).to.equal(20);
  });

  it('turned on, renders a long run of elements over several tasks, each holding the thread for about a slice', async () => {
    upgradeInSlices();
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    await nextTask();
    rendersInTask.clear();
    task = 1;
    // A new task number as soon as the browser runs anything else.
    let counting = true;
    const tick = async () => {
      while (counting) {
        await nextTask();
        task += 1;
      }
    };
    void tick();
    wrapper.innerHTML = '<test-slow-probe></test-slow-probe>'.repeat(40);
    await Promise.all(Array.from(wrapper.children, (el) => (el as SlowProbe).updateComplete));
    counting = false;
    const perTask = [...rendersInTask.values()];
    expect(perTask.reduce((sum, count) => sum + count, 0), 'every element rendered').to.equal(40);
    expect(perTask.length, 'more than one task').to.be.greaterThan(2);
    // A slice is 30 ms, about seven of these elements (without slicing all 40 render in one task).
    expect(Math.max(...perTask), 'elements rendered in the busiest task').to.be.at.most(20);
    for (const el of wrapper.children) expect(el.shadowRoot!.textContent).to.equal('ready');
  });
});

describe('afterLeadPaint', () => {
  it('waits for the lead image to load and paint before it calls back', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <img fetchpriority="high" alt="" width="30" height="20" src=${`/test-server/captioned-image/slow.svg?ms=700&w=30&h=20&key=${Math.random()}`} />
    </div>`);
    const image = wrapper.querySelector('img')!;
    let called = false;
    void afterLeadPaint(() => (called = true));
    await until(() => image.complete, 'the image to load');
    expect(called, 'not before the image').to.equal(false);
    await until(() => called, 'the call once the image has painted');
  });

  it('calls back at once in a hidden page, which paints nothing', async () => {
    setHidden(true);
    let called = false;
    try {
      await afterLeadPaint(() => (called = true));
      expect(called).to.equal(true);
    } finally {
      setHidden(false);
    }
  });
});
