import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ContentCheckController } from '../src/internal/content-check.js';
import { until } from './helpers.js';

/** Counts the checks its controller runs: the "missing content" warnings hang on them. */
class CheckProbe extends LitElement {
  checks = 0;
  constructor() {
    super();
    new ContentCheckController(this, () => (this.checks += 1));
  }
}
customElements.define('test-check-probe', CheckProbe);

describe('ContentCheckController', () => {
  it('does not check on the first update, so properties set right after it (a framework wrapper) count', async () => {
    const el = await fixture<CheckProbe>(html`<test-check-probe></test-check-probe>`);
    expect(el.checks).to.equal(0);
    el.requestUpdate();
    await el.updateComplete;
    expect(el.checks, 'the next update checks').to.equal(1);
  });

  it('checks once the page has settled when no other update comes', async () => {
    const el = await fixture<CheckProbe>(html`<test-check-probe></test-check-probe>`);
    await until(() => el.checks === 1, 'the settled check');
  });

  it('checks nothing for an element that left the page before it settled', async () => {
    const el = await fixture<CheckProbe>(html`<test-check-probe></test-check-probe>`);
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(el.checks).to.equal(0);
  });
});
