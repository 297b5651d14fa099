import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { FeedController, type FeedRequest } from '../src/internal/feed-controller.js';
import { nextFrames, until } from './helpers.js';

interface Run {
  request: FeedRequest;
  signal: AbortSignal;
  finish: () => void;
}

/** A minimal element with a feed controller whose work only records what it was asked, until finished by the test. */
class FeedProbe extends LitElement {
  static override properties = { url: {}, interval: { type: Number } };
  url = '';
  interval?: number;
  runs: Run[] = [];
  once = false;
  near?: string;
  readonly feed: FeedController;
  constructor() {
    super();
    this.feed = this.makeController();
  }
  protected makeController(): FeedController {
    return new FeedController(this, {
      request: () => (this.url ? { url: this.url, timeout: 1000, interval: this.interval } : undefined),
      work: (request, { signal }) =>
        new Promise<void>((resolve) => this.runs.push({ request, signal, finish: resolve })),
      once: (this.constructor as typeof FeedProbe).once,
      nearViewport: (this.constructor as typeof FeedProbe).near,
    });
  }
  static once = false;
  static near?: string;
}
class FollowProbe extends FeedProbe {}
class ReadOnceProbe extends FeedProbe {
  static override once = true;
}
class NearProbe extends FeedProbe {
  static override once = true;
  static override near = '100px 0px';
}
customElements.define('test-follow-probe', FollowProbe);
customElements.define('test-read-once-probe', ReadOnceProbe);
customElements.define('test-near-probe', NearProbe);

const live = (probe: FeedProbe) => probe.runs.filter((run) => !run.signal.aborted);

describe('FeedController', () => {
  it('starts the work after the first update, with the request the properties give', async () => {
    const el = await fixture<FeedProbe>(html`<test-follow-probe url="/a" interval="15000"></test-follow-probe>`);
    expect(el.runs).to.have.length(1);
    expect(el.runs[0]!.request).to.include({ url: '/a', timeout: 1000, interval: 15000 });
    expect(el.feed.running).to.equal(true);
  });

  it('starts nothing without a request, and stops the work when the request goes', async () => {
    const el = await fixture<FeedProbe>(html`<test-follow-probe></test-follow-probe>`);
    expect(el.runs).to.have.length(0);
    el.url = '/a';
    await el.updateComplete;
    expect(live(el)).to.have.length(1);
    el.url = '';
    await el.updateComplete;
    expect(live(el)).to.have.length(0);
    expect(el.feed.running).to.equal(false);
  });

  it('aborts the running work when the request changes, and starts the new one', async () => {
    const el = await fixture<FeedProbe>(html`<test-follow-probe url="/a"></test-follow-probe>`);
    el.url = '/b';
    await el.updateComplete;
    expect(el.runs).to.have.length(2);
    expect(el.runs[0]!.signal.aborted, 'the old work').to.equal(true);
    expect(live(el).map((run) => run.request.url)).to.deep.equal(['/b']);
    el.requestUpdate();
    await el.updateComplete;
    expect(el.runs, 'the same request is not started again').to.have.length(2);
  });

  it('leaves nothing running after disconnection, and restarts a followed feed on reconnection', async () => {
    const el = await fixture<FeedProbe>(html`<test-follow-probe url="/a"></test-follow-probe>`);
    const parent = el.parentNode!;
    el.remove();
    expect(el.runs[0]!.signal.aborted).to.equal(true);
    expect(el.feed.running).to.equal(false);
    el.url = '/b';
    await el.updateComplete;
    expect(el.runs, 'an update while away starts nothing').to.have.length(1);
    parent.appendChild(el);
    await el.updateComplete;
    expect(live(el).map((run) => run.request.url)).to.deep.equal(['/b']);
  });

  it('reads a feed once: a finished read is not repeated on reconnection, a new request or rerun() reads again', async () => {
    const el = await fixture<FeedProbe>(html`<test-read-once-probe url="/a"></test-read-once-probe>`);
    el.runs[0]!.finish();
    await new Promise((resolve) => setTimeout(resolve));
    expect(el.feed.running).to.equal(false);
    const parent = el.parentNode!;
    el.remove();
    parent.appendChild(el);
    await el.updateComplete;
    expect(el.runs, 'the same feed is not read again').to.have.length(1);
    el.feed.rerun();
    expect(el.runs).to.have.length(2);
    el.runs[1]!.finish();
    el.url = '/b';
    await el.updateComplete;
    el.url = '/a';
    await el.updateComplete;
    expect(el.runs.map((run) => run.request.url), 'back to a feed after another: read again').to.deep.equal(['/a', '/a', '/b', '/a']);
  });

  it('waits until the element comes near the viewport, and stops watching when it leaves the page', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <div style="height: 4000px"></div>
      <test-near-probe url="/a" style="display: block; height: 10px"></test-near-probe>
      <test-near-probe url="/b" style="display: block; height: 10px"></test-near-probe>
    </div>`);
    const [el, away] = Array.from(wrapper.querySelectorAll<FeedProbe>('test-near-probe'));
    await nextFrames();
    expect(el!.runs, 'far below: nothing read').to.have.length(0);
    away!.remove();
    wrapper.append(away!);
    away!.remove();
    el!.scrollIntoView();
    await until(() => el!.runs.length === 1, 'the read once the element is near');
    await nextFrames();
    expect(away!.runs, 'removed: coming to where it was reads nothing').to.have.length(0);
    window.scrollTo(0, 0);
  });
});
