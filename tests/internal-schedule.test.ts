import { expect, fixture, html } from '@open-wc/testing';
import { afterLeadPaint } from '../src/internal/lead-paint.js';
import { setHidden, until } from './helpers.js';

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
