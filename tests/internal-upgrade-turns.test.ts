import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { html } from 'lit';
import { defineElement } from '../src/internal/define.js';
import { LedeElement } from '../src/internal/lede-element.js';
import { nextFrames, until } from './helpers.js';

/**
 * Upgrade in turns (src/internal/upgrade-turns.ts): the elements a define upgrades from the page's
 * HTML render at once when within two screens of the viewport, the others when the reader comes near
 * them, and each keeps the custom state `pending` (laid out by lede.css as "not yet defined") until then.
 */
let tagCount = 0;
/** A new tag for each test (a tag can be defined once), rendering one paragraph, counting connections. */
function probeTag() {
  const tag = `test-turn-probe-${(tagCount += 1)}`;
  class Probe extends LedeElement {
    connections = 0;
    constructor() {
      super();
      this.addController({ hostConnected: () => (this.connections += 1) });
    }
    override render() {
      return html`<p>rendered</p>`;
    }
  }
  return { tag, Probe };
}
type Probe = LedeElement & { connections: number };

const rendered = (el: Element) => el.shadowRoot?.querySelector('p')?.textContent === 'rendered';
const pending = (el: Element) => el.matches(':state(pending)');

/** A near and a far element of `tag` in the page (the far one five screens down), not yet defined. */
async function nearAndFar(tag: string) {
  const wrapper = await fixture<HTMLDivElement>(fixtureHtml`<div></div>`);
  wrapper.innerHTML = `<${tag} id="near"><span>near text</span></${tag}><div style="height: ${innerHeight * 5}px"></div><${tag} id="far"><span>far text</span></${tag}><div style="height: ${innerHeight}px"></div>`;
  return { wrapper, near: wrapper.querySelector<Probe>('#near')!, far: wrapper.querySelector<Probe>('#far')! };
}

describe('upgrade in turns', () => {
  afterEach(() => window.scrollTo(0, 0));

  it('renders the element near the viewport at once, and keeps the far one pending, unconnected, its text in the page', async () => {
    const { tag, Probe } = probeTag();
    const { near, far } = await nearAndFar(tag);
    defineElement(tag, Probe);
    await until(() => rendered(near), 'the near element rendered');
    expect(pending(near)).to.equal(false);
    expect(far.matches(':defined')).to.equal(true);
    expect(pending(far), 'the far element is pending').to.equal(true);
    expect(far.shadowRoot, 'no shadow root yet: its light DOM shows').to.equal(null);
    expect(far.connections).to.equal(0);
    expect(far.textContent).to.equal('far text');
    await nextFrames();
    expect(rendered(far)).to.equal(false);
  });

  it('renders the far element when the reader scrolls within two screens of it, once', async () => {
    const { tag, Probe } = probeTag();
    const { far } = await nearAndFar(tag);
    defineElement(tag, Probe);
    await nextFrames();
    window.scrollBy(0, far.getBoundingClientRect().top - innerHeight * 1.5);
    await until(() => rendered(far), 'the far element rendered');
    expect(pending(far)).to.equal(false);
    expect(far.connections).to.equal(1);
    window.scrollTo(0, 0);
    await nextFrames();
    expect(far.connections, 'scrolling away does not connect it again').to.equal(1);
  });

  it('renders everything still waiting before the page is printed, in that same task', async () => {
    const { tag, Probe } = probeTag();
    const { far } = await nearAndFar(tag);
    defineElement(tag, Probe);
    await nextFrames();
    expect(rendered(far)).to.equal(false);
    // print() from a click handler lays the page out before any microtask runs.
    window.dispatchEvent(new Event('beforeprint'));
    expect(rendered(far)).to.equal(true);
    expect(pending(far)).to.equal(false);
  });

  it('keeps taking turns after an element that fails to connect', async () => {
    const { tag, Probe } = probeTag();
    // A page's own subclass whose controller throws on one element.
    class Breaking extends Probe {
      constructor() {
        super();
        this.addController({
          hostConnected: () => {
            if (this.id === 'broken') throw new Error('a broken controller');
          },
        });
      }
    }
    const wrapper = await fixture<HTMLDivElement>(fixtureHtml`<div></div>`);
    wrapper.innerHTML = `<${tag} id="broken"></${tag}><${tag} id="fine"></${tag}>`;
    const fine = wrapper.querySelector<Probe>('#fine')!;
    // Reported as the browser reports an exception in a custom element callback (here collected, not thrown at mocha).
    const reported: string[] = [];
    const original = window.reportError;
    window.reportError = (error: unknown) => reported.push((error as Error).message);
    try {
      defineElement(tag, Breaking);
      await until(() => rendered(fine), 'the element after the broken one rendered');
      expect(reported).to.deep.equal(['a broken controller']);
    } finally {
      window.reportError = original;
    }
  });

  it('renders a waiting related list that a keyboard reader tabs into, keeping focus on the same link', async () => {
    await import('../src/components/related-content/lede-related-content.js');
    // The tag is defined already (by the import): a fresh tag of the same class stands in for a page whose script defines it now.
    const RelatedContent = customElements.get('lede-related-content')!;
    const tag = `test-turn-related-${(tagCount += 1)}`;
    const wrapper = await fixture<HTMLDivElement>(fixtureHtml`<div></div>`);
    wrapper.innerHTML = `<button id="before">before</button><div style="height: ${innerHeight * 5}px"></div><${tag}><ul><li><a href="/news/far-link">A far story</a></li></ul></${tag}>`;
    defineElement(tag, class extends (RelatedContent as typeof LedeElement) {});
    await nextFrames();
    const list = wrapper.querySelector(tag)!;
    expect(pending(list)).to.equal(true);
    wrapper.querySelector<HTMLAnchorElement>('a[href="/news/far-link"]')!.focus();
    expect(pending(list)).to.equal(false);
    const focused = list.shadowRoot!.activeElement as HTMLAnchorElement | null;
    expect(focused?.getAttribute('href')).to.equal('/news/far-link');
    expect(focused?.textContent?.trim()).to.equal('A far story');
  });

  it('forgets a pending element that leaves the page; put back, it renders at once', async () => {
    const { tag, Probe } = probeTag();
    const { wrapper, far } = await nearAndFar(tag);
    defineElement(tag, Probe);
    await nextFrames();
    far.remove();
    expect(pending(far), 'no longer pending once out of the page').to.equal(false);
    expect(far.connections).to.equal(0);
    wrapper.append(far);
    await far.updateComplete;
    expect(rendered(far), 'an element connected after the define renders at once, wherever it is').to.equal(true);
    expect(far.connections).to.equal(1);
  });

  it('renders an element created after the define at once, even far below the viewport', async () => {
    const { tag, Probe } = probeTag();
    defineElement(tag, Probe);
    const { far } = await nearAndFar(tag);
    await far.updateComplete;
    expect(rendered(far)).to.equal(true);
    expect(pending(far)).to.equal(false);
  });

  it('leaves a server-rendered far element as it is, pending, until it comes near (then hydrates it)', async () => {
    const { tag, Probe } = probeTag();
    const { far } = await nearAndFar(tag);
    const root = far.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>from the server</p>';
    defineElement(tag, Probe);
    await nextFrames();
    expect(pending(far), 'its styles keep the pre-hydration layout while pending').to.equal(true);
    expect(root.textContent).to.equal('from the server');
    window.scrollBy(0, far.getBoundingClientRect().top - innerHeight);
    await until(() => far.connections === 1, 'connected when near');
    await far.updateComplete;
    expect([...root.querySelectorAll('p')].map((p) => p.textContent)).to.include('rendered');
  });
});
