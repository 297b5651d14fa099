import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/components/live-banner/lede-live-banner.js';
import {
  LedeDismissEvent,
  LedeLiveEndEvent,
  LedeLiveUpdateEvent,
  type LedeLiveBanner,
} from '../src/components/live-banner/live-banner.js';
import { captureWarnings, inMedia, part, press, resetMedia, until, type WarningCapture } from './helpers.js';
import { pause, TestFeed } from './live-banner-server.js';

const NOW = Date.parse('2024-03-19T17:10:00Z');
const statusOf = (el: LedeLiveBanner) => el.shadowRoot!.querySelector('[role="status"]')!;
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();
const titleOf = (el: LedeLiveBanner) => text(part(el, 'update-link'));
/** The element that has keyboard focus, through shadow roots, as a short string (a failure message stays small). */
function focusedElement(): string {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active ? describeElement(active) : 'nothing';
}
const describeElement = (element: Element) =>
  `${element.localName}${['id', 'part', 'href'].map((name) => (element.hasAttribute(name) ? `[${name}="${element.getAttribute(name)}"]` : '')).join('')}`;

let clock: sinon.SinonFakeTimers | undefined;
function fakeTimers(): sinon.SinonFakeTimers {
  clock = sinon.useFakeTimers({ now: NOW, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  return clock;
}

/**
 * Advances fake time a second at a time until `condition`. Time stands still
 * while a request is on its way to the server or being answered, so that a
 * slow machine never turns a quick answer into a time-out.
 */
async function tickUntil(feed: TestFeed, condition: () => boolean | Promise<boolean>, what: string, maxSeconds = 900): Promise<void> {
  for (let second = 0; second <= maxSeconds; second += 1) {
    if (await condition()) return;
    const stats = await feed.stats();
    if (stats.answering > 0 || stats.received < feed.started) {
      await until(async () => {
        const now = await feed.stats();
        return now.answering === 0 && now.received >= feed.started;
      }, 'the server to receive and answer');
      // The answer has left the server; let the page read it.
      await pause(10);
      continue;
    }
    clock!.tick(1000);
    await pause(1);
  }
  throw new Error(`${what} did not happen within ${maxSeconds} s of fake time`);
}

function setHidden(hidden: boolean): void {
  if (hidden) Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
  else delete (document as { visibilityState?: string }).visibilityState;
  document.dispatchEvent(new Event('visibilitychange'));
}

async function banner(feed: TestFeed, attributes = ''): Promise<LedeLiveBanner> {
  const wrapper = document.createElement('div');
  // Attributes as a CMS writes them; the feed URL is the only dynamic part.
  wrapper.innerHTML = `<lede-live-banner topic="War in Ukraine" href="/live/war-in-ukraine" ${attributes}>Follow our live coverage</lede-live-banner>`;
  const el = wrapper.firstElementChild as LedeLiveBanner;
  el.src = feed.url;
  return fixture<LedeLiveBanner>(el);
}

describe('<lede-live-banner>', () => {
  let warnings: WarningCapture;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(async () => {
    warnings.restore();
    clock?.restore();
    clock = undefined;
    setHidden(false);
    await resetMedia({ reducedMotion: 'no-preference', colorScheme: 'light', forcedColors: 'none', media: 'screen' });
  });

  describe('static banner', () => {
    it('shows the label, topic and slotted message inside one link to the live page', async () => {
      const el = await fixture<LedeLiveBanner>(html`
        <lede-live-banner topic="War in Ukraine" href="/live/war-in-ukraine">Follow our live coverage for the latest updates</lede-live-banner>
      `);
      const link = part<HTMLAnchorElement>(el, 'link')!;
      expect(link.getAttribute('href')).to.equal('/live/war-in-ukraine');
      expect(text(link.querySelector('[part~="label"]'))).to.equal('Live');
      expect(text(link.querySelector('[part~="topic"]'))).to.equal('War in Ukraine');
      expect(link.querySelector('[part~="message"] slot')).to.exist;
      expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Live War in Ukraine');
      expect(el.textContent!.trim()).to.equal('Follow our live coverage for the latest updates');
      expect(part(el, 'dot')).to.exist;
      expect(part(el, 'update')).to.equal(null);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('uses the message attribute when nothing is slotted, as text', async () => {
      const el = await fixture<LedeLiveBanner>(html`<lede-live-banner topic="T" message="<b>Latest</b> news"></lede-live-banner>`);
      expect(text(part(el, 'message'))).to.equal('<b>Latest</b> news');
      expect(el.shadowRoot!.querySelector('b')).to.equal(null);
      // No href: no link, the words are still there.
      expect(part(el, 'link')).to.equal(null);
      expect(text(part(el, 'topic'))).to.equal('T');
    });

    it('lets slotted content win over the message attribute', async () => {
      const el = await fixture<LedeLiveBanner>(html`<lede-live-banner topic="T" message="From the attribute">From the CMS</lede-live-banner>`);
      const slot = part(el, 'message')!.querySelector('slot')!;
      expect(slot.assignedNodes().map((n) => n.textContent!.trim()).join('')).to.equal('From the CMS');
    });

    it('takes a custom label, and localised labels from lang', async () => {
      const custom = await fixture<LedeLiveBanner>(html`<lede-live-banner topic="T" label="Breaking"></lede-live-banner>`);
      expect(text(part(custom, 'label'))).to.equal('Breaking');
      const wrapper = await fixture(html`<div lang="fr"><lede-live-banner topic="Guerre en Ukraine"></lede-live-banner></div>`);
      const french = wrapper.querySelector('lede-live-banner')!;
      await french.updateComplete;
      expect(text(part(french, 'label'))).to.equal('En direct');
      expect(text(part(french, 'pause'))).to.equal('Mettre l’animation en pause');
    });

    for (const href of ['javascript:alert(1)', 'java&#x09;script:alert(1)', 'data:text/html,x']) {
      it(`drops the href ${JSON.stringify(href)} with one warning and keeps the words`, async () => {
        const el = await fixture<LedeLiveBanner>(html`<lede-live-banner topic="T" href=${href}>Message</lede-live-banner>`);
        el.requestUpdate();
        await el.updateComplete;
        expect(part(el, 'link')).to.equal(null);
        expect(text(part(el, 'topic'))).to.equal('T');
        expect(warnings.messages, warnings.messages.join('\n')).to.have.length(1);
        expect(warnings.messages[0]).to.contain('<lede-live-banner> href:').and.contain('https:');
      });
    }

    it('warns once when there is neither a topic nor a message', async () => {
      const el = await fixture<LedeLiveBanner>(html`<lede-live-banner></lede-live-banner>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.messages, warnings.messages.join('\n')).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<lede-live-banner> topic:');
      expect(text(part(el, 'label'))).to.equal('Live');
    });

    it('shows an ended banner without the dot or pause control, labelled "Ended" in its language', async () => {
      const el = await fixture<LedeLiveBanner>(html`<lede-live-banner state="ended" label="Breaking" topic="T">M</lede-live-banner>`);
      expect(text(part(el, 'label'))).to.equal('Ended');
      expect(part(el, 'dot')).to.equal(null);
      expect(part(el, 'pause')).to.equal(null);
      el.setAttribute('lang', 'de');
      await el.updateComplete;
      expect(text(part(el, 'label'))).to.equal('Beendet');
    });

    it('hides entirely once ended with hide-when-ended', async () => {
      const el = await fixture<LedeLiveBanner>(html`<lede-live-banner state="ended" hide-when-ended topic="T">M</lede-live-banner>`);
      expect(getComputedStyle(el).display).to.equal('none');
      expect(part(el, 'base')).to.equal(null);
      el.state = 'live';
      await el.updateComplete;
      expect(getComputedStyle(el).display).to.equal('block');
    });

    it('falls back to live with a warning for an unknown state', async () => {
      const el = await fixture<LedeLiveBanner>(html`<lede-live-banner state="paused" topic="T"></lede-live-banner>`);
      expect(text(part(el, 'label'))).to.equal('Live');
      expect(warnings.messages, warnings.messages.join('\n')).to.have.length(1);
      expect(warnings.messages[0]).to.contain('state').and.contain('state="ended"');
    });
  });

  describe('motion', () => {
    const animationOf = (el: LedeLiveBanner) => getComputedStyle(part(el, 'dot')!, '::after').animationName;

    inMedia({ reducedMotion: 'no-preference' }).it('pulses the dot only when the reader allows motion, with a visible control that stops it', async () => {
      const el = await fixture<LedeLiveBanner>(html`<lede-live-banner topic="T"></lede-live-banner>`);
      expect(animationOf(el)).to.equal('lede-live-pulse');
      const button = part<HTMLButtonElement>(el, 'pause')!;
      expect(button.localName).to.equal('button');
      expect(getComputedStyle(button).display).to.not.equal('none');
      expect(button.getBoundingClientRect().width).to.be.at.least(24);
      expect(text(button)).to.equal('Pause animation');
      button.click();
      await el.updateComplete;
      expect(animationOf(el)).to.equal('none');
      expect(text(part(el, 'pause'))).to.equal('Play animation');
      part<HTMLButtonElement>(el, 'pause')!.click();
      await el.updateComplete;
      expect(animationOf(el)).to.equal('lede-live-pulse');
    });

    inMedia({ reducedMotion: 'reduce' }).it('does not move at all, and shows no pause control, under prefers-reduced-motion: reduce', async () => {
      const el = await fixture<LedeLiveBanner>(html`<lede-live-banner topic="T"></lede-live-banner>`);
      expect(animationOf(el)).to.equal('none');
      expect(getComputedStyle(part(el, 'pause')!).display).to.equal('none');
    });
  });

  describe('dismissible', () => {
    const key = () => `lede-test-dismiss-${Math.random().toString(36).slice(2)}`;

    it('closes on the reader’s click, fires lede-dismiss, and stays closed after a reload', async () => {
      const dismissKey = key();
      const el = await fixture<LedeLiveBanner>(html`<lede-live-banner dismissible dismiss-key=${dismissKey} topic="T">M</lede-live-banner>`);
      const button = part<HTMLButtonElement>(el, 'dismiss')!;
      expect(text(button)).to.equal('Close');
      const dismissed = oneEvent(el, 'lede-dismiss');
      button.click();
      const event = (await dismissed) as unknown as LedeDismissEvent;
      expect(event).to.be.instanceOf(LedeDismissEvent);
      expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
      // Stored under Lede's prefix: the author's key names no other key of the site.
      expect(event.key).to.equal(`lede-live-banner:${dismissKey}`);
      await el.updateComplete;
      expect(getComputedStyle(el).display).to.equal('none');
      expect(el.shadowRoot!.querySelector('*')).to.equal(null);
      expect(localStorage.getItem(`lede-live-banner:${dismissKey}`)).to.not.equal(null);
      expect(localStorage.getItem(dismissKey)).to.equal(null);

      // "Reload": a new element with the same key renders nothing and fires nothing.
      let fired = 0;
      const again = document.createElement('lede-live-banner');
      again.addEventListener('lede-dismiss', () => (fired += 1));
      again.setAttribute('dismissible', '');
      again.setAttribute('dismiss-key', dismissKey);
      again.setAttribute('topic', 'T');
      await fixture(again);
      expect(again.dismissed).to.equal(true);
      expect(getComputedStyle(again).display).to.equal('none');
      expect(fired).to.equal(0);
      localStorage.removeItem(`lede-live-banner:${dismissKey}`);
    });

    it('moves keyboard focus to what follows the banner when the reader closes it, not to the top of the page', async () => {
      const dismissKey = key();
      const wrapper = await fixture(html`
        <div>
          <a href="#before">Before</a>
          <lede-live-banner dismissible dismiss-key=${dismissKey} topic="T" href="/live">M</lede-live-banner>
          <p>Not focusable</p>
          <a href="#hidden" hidden>Hidden</a>
          <a href="#after">After</a>
        </div>
      `);
      const el = wrapper.querySelector('lede-live-banner')!;
      wrapper.querySelector<HTMLElement>('a[href="#before"]')!.focus();
      // Link, pause, close.
      await press('Tab');
      await press('Tab');
      await press('Tab');
      expect(focusedElement()).to.equal('button[part="dismiss"]');
      await press('Enter');
      await el.updateComplete;
      expect(el.dismissed).to.equal(true);
      expect(focusedElement()).to.equal('a[href="#after"]');
      localStorage.removeItem(`lede-live-banner:${dismissKey}`);
    });

    it('leaves focus alone when a banner the reader is not in is dismissed elsewhere', async () => {
      const dismissKey = key();
      const wrapper = await fixture(html`<div><button>Elsewhere</button><lede-live-banner dismissible dismiss-key=${dismissKey} topic="T"></lede-live-banner><a href="#after">After</a></div>`);
      const el = wrapper.querySelector('lede-live-banner')!;
      const elsewhere = wrapper.querySelector('button')!;
      elsewhere.focus();
      localStorage.setItem(`lede-live-banner:${dismissKey}`, 'x');
      window.dispatchEvent(new StorageEvent('storage', { key: `lede-live-banner:${dismissKey}`, newValue: 'x' }));
      await el.updateComplete;
      expect(el.dismissed).to.equal(true);
      expect(focusedElement()).to.equal(describeElement(elsewhere));
      localStorage.removeItem(`lede-live-banner:${dismissKey}`);
    });

    it('keeps the banner when lede-dismiss is cancelled', async () => {
      const dismissKey = key();
      const el = await fixture<LedeLiveBanner>(html`<lede-live-banner dismissible dismiss-key=${dismissKey} topic="T" @lede-dismiss=${(e: Event) => e.preventDefault()}></lede-live-banner>`);
      part<HTMLButtonElement>(el, 'dismiss')!.click();
      await el.updateComplete;
      expect(getComputedStyle(el).display).to.equal('block');
      expect(localStorage.getItem(`lede-live-banner:${dismissKey}`)).to.equal(null);
    });

    it('ignores a stored dismissal unless dismissible, and derives its key from href, src and topic together', async () => {
      const stored = 'lede-live-banner:["/live/dismiss-test","","T"]';
      localStorage.setItem(stored, 'x');
      const plain = await fixture<LedeLiveBanner>(html`<lede-live-banner href="/live/dismiss-test" topic="T"></lede-live-banner>`);
      expect(getComputedStyle(plain).display).to.equal('block');
      plain.dismissible = true;
      await plain.updateComplete;
      expect(getComputedStyle(plain).display).to.equal('none');
      // Another topic on the same page is another banner: not dismissed with it.
      const other = await fixture<LedeLiveBanner>(html`<lede-live-banner dismissible href="/live/dismiss-test" topic="Other"></lede-live-banner>`);
      expect(getComputedStyle(other).display).to.equal('block');
      localStorage.removeItem(stored);
    });

    it('never reads or writes a key of the site outside its prefix, whatever dismiss-key says', async () => {
      localStorage.setItem('cookie-consent', 'granted');
      const el = await fixture<LedeLiveBanner>(html`<lede-live-banner dismissible dismiss-key="cookie-consent" topic="T"></lede-live-banner>`);
      // An existing key of the site does not hide the banner…
      expect(getComputedStyle(el).display).to.equal('block');
      part<HTMLButtonElement>(el, 'dismiss')!.click();
      await el.updateComplete;
      // …and the reader's click does not overwrite it.
      expect(localStorage.getItem('cookie-consent')).to.equal('granted');
      expect(localStorage.getItem('lede-live-banner:cookie-consent')).to.not.equal(null);
      localStorage.removeItem('cookie-consent');
      localStorage.removeItem('lede-live-banner:cookie-consent');
    });

    it('stores a short key for a huge dismiss-key, and still tells two huge keys apart', async () => {
      const long = 'k'.repeat(100_000);
      const first = await fixture<LedeLiveBanner>(html`<lede-live-banner dismissible dismiss-key=${`${long}a`} topic="T"></lede-live-banner>`);
      const dismissed = oneEvent(first, 'lede-dismiss');
      part<HTMLButtonElement>(first, 'dismiss')!.click();
      const { key: stored } = (await dismissed) as unknown as LedeDismissEvent;
      expect(stored.length).to.be.at.most(200);
      expect(stored.startsWith('lede-live-banner:')).to.equal(true);
      const second = await fixture<LedeLiveBanner>(html`<lede-live-banner dismissible dismiss-key=${`${long}b`} topic="T"></lede-live-banner>`);
      expect(getComputedStyle(second).display).to.equal('block');
      localStorage.removeItem(stored);
    });

    it('follows a dismissal in another tab', async () => {
      const dismissKey = key();
      const el = await fixture<LedeLiveBanner>(html`<lede-live-banner dismissible dismiss-key=${dismissKey} topic="T"></lede-live-banner>`);
      localStorage.setItem(`lede-live-banner:${dismissKey}`, 'x');
      window.dispatchEvent(new StorageEvent('storage', { key: `lede-live-banner:${dismissKey}`, newValue: 'x' }));
      await el.updateComplete;
      expect(getComputedStyle(el).display).to.equal('none');
      localStorage.removeItem(`lede-live-banner:${dismissKey}`);
    });

    it('still closes, without an error, when storage throws (private mode, quota)', async () => {
      const getItem = sinon.stub(Storage.prototype, 'getItem').throws(new DOMException('denied', 'SecurityError'));
      const setItem = sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('full', 'QuotaExceededError'));
      try {
        const el = await fixture<LedeLiveBanner>(html`<lede-live-banner dismissible dismiss-key="k" topic="T"></lede-live-banner>`);
        expect(getComputedStyle(el).display).to.equal('block');
        part<HTMLButtonElement>(el, 'dismiss')!.click();
        await el.updateComplete;
        expect(getComputedStyle(el).display).to.equal('none');
        expect(setItem.called).to.equal(true);
        el.topic = 'Changed';
        await el.updateComplete;
        expect(el.dismissed, 'remembered for this page').to.equal(true);
      } finally {
        getItem.restore();
        setItem.restore();
      }
      expect(warnings.messages).to.deep.equal([]);
    });
  });

  describe('live feed', () => {
    it('shows the newest update’s title and age, linked to its checked URL, and refreshes the age', async () => {
      fakeTimers();
      const feed = await new TestFeed().set({ add: 3 });
      // A long interval: no poll in flight while a whole minute passes at once.
      const el = await banner(feed, 'interval="600"');
      await until(() => titleOf(el) === 'Update number 3', 'the first update');
      const link = part<HTMLAnchorElement>(el, 'update-link')!;
      expect(link.href).to.equal(new URL('/live/test#update-3', location.href).href);
      const age = part(el, 'age')!;
      expect(age.localName).to.equal('time');
      expect(age.getAttribute('datetime')).to.equal('2024-03-19T17:03:00.000Z');
      expect(text(age)).to.equal('7 minutes ago');
      clock!.tick(60_000);
      await el.updateComplete;
      expect(text(part(el, 'age'))).to.equal('8 minutes ago');
      expect(statusOf(el).textContent).to.equal('');
      expect(warnings.messages).to.deep.equal([]);
    });

    it('shows an update stamped ahead of the reader’s clock as “now”, never “in 2 minutes”', async () => {
      fakeTimers();
      const ahead = new Date(NOW + 2 * 60_000).toISOString();
      const feed = await new TestFeed().set({ items: [{ id: 'ahead', url: '/live/test#ahead', title: 'From a fast clock', date_published: ahead }] });
      const el = await banner(feed, 'interval="600"');
      await until(() => titleOf(el) === 'From a fast clock', 'the update');
      expect(text(part(el, 'age'))).to.equal('now');
    });

    it('drops an unsafe update URL with a warning and shows the title as text', async () => {
      fakeTimers();
      const feed = await new TestFeed().set({
        items: [{ id: 'x', url: 'javascript:alert(1)', title: '<img src=x onerror=alert(1)>Click me' }],
        etag: false,
        lastModified: false,
      });
      const el = await banner(feed);
      await until(() => titleOf(el) === '<img src=x onerror=alert(1)>Click me', 'the update');
      expect(part(el, 'update-link')!.localName).to.equal('span');
      expect(el.shadowRoot!.querySelector('a[href^="javascript"], img')).to.equal(null);
      expect(part(el, 'age')).to.equal(null);
      // Polled again (full answers): still one warning.
      await tickUntil(feed, async () => (await feed.stats()).received >= 3, 'two more polls');
      await el.updateComplete;
      expect(warnings.messages, warnings.messages.join('\n')).to.have.length(1);
      expect(warnings.messages[0]).to.match(/^<lede-live-banner> src: .*javascript:/);
    });

    it('announces new updates briefly and politely, never on first load and never twice', async () => {
      fakeTimers();
      const feed = await new TestFeed().set({ add: 1, etag: false, lastModified: false });
      const el = await banner(feed);
      const status = statusOf(el);
      expect(status.getAttribute('aria-live')).to.equal('polite');
      await until(() => titleOf(el) === 'Update number 1', 'the first load');
      expect(status.textContent).to.equal('');

      const events: LedeLiveUpdateEvent[] = [];
      el.addEventListener('lede-live-update', (event) => events.push(event));
      await feed.set({ add: 2 });
      await tickUntil(feed, () => status.textContent === '2 new updates', 'the announcement');
      expect(statusOf(el)).to.equal(status, 'one persistent live region');
      expect(titleOf(el)).to.equal('Update number 3');
      expect(events).to.have.length(1);
      expect(events[0]!.updates.map((u) => u.id)).to.deep.equal(['update-3', 'update-2']);
      expect(events[0]).to.be.instanceOf(LedeLiveUpdateEvent);
      expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);

      // The same items again (a full 200, no validators): nothing new, nothing said.
      const { received } = await feed.stats();
      await tickUntil(feed, async () => (await feed.stats()).received >= received + 2, 'two more polls');
      expect(events).to.have.length(1);
      // Cleared after a few seconds, so it is brief and a later "1 new update" is read again.
      expect(status.textContent).to.equal('');

      await feed.set({ add: 1 });
      await tickUntil(feed, () => status.textContent === '1 new update', 'a singular announcement');
      expect(events).to.have.length(2);
    });

    it('forgets ids beyond the last 1000 seen, so memory stays bounded: a long-gone update that comes back is new again', async function () {
      this.timeout(20_000);
      fakeTimers();
      const item = (id: string) => ({ id, url: `/live/test#${id}`, title: `Update ${id}` });
      const many = Array.from({ length: 1000 }, (_, i) => item(`b${1000 - i}`));
      const feed = await new TestFeed().set({ items: [item('a')], etag: false, lastModified: false });
      const el = await banner(feed);
      await until(() => titleOf(el) === 'Update a', 'the first load');
      const events: LedeLiveUpdateEvent[] = [];
      el.addEventListener('lede-live-update', (event) => events.push(event));
      await feed.set({ items: many });
      await tickUntil(feed, () => events.length === 1, '1000 new updates');
      expect(events[0]!.updates).to.have.length(1000);
      await feed.set({ items: [item('a')] });
      await tickUntil(feed, () => events.length === 2, '"a" again, as new');
      expect(events[1]!.updates.map((u) => u.id)).to.deep.equal(['a']);
    });

    it('never re-announces the items of a feed longer than the 1000 ids it remembers', async function () {
      this.timeout(20_000);
      fakeTimers();
      const feed = await new TestFeed().set({ add: 1001, etag: false, lastModified: false });
      const el = await banner(feed);
      await until(() => titleOf(el) === 'Update number 1001', 'the first load');
      let events = 0;
      el.addEventListener('lede-live-update', () => (events += 1));
      await tickUntil(feed, async () => (await feed.stats()).received >= 3, 'two more polls');
      await el.updateComplete;
      expect(events).to.equal(0);
      expect(statusOf(el).textContent).to.equal('');
    });

    it('announces nothing, and leaves no timer, when it leaves the page as new updates arrive', async () => {
      fakeTimers();
      const feed = await new TestFeed().set({ add: 1 });
      const el = await banner(feed);
      await until(() => titleOf(el) === 'Update number 1', 'the first load');
      // Removed by the page in the same task as the update arrives, before the announcement is made.
      el.addEventListener('lede-live-update', () => el.remove());
      await feed.set({ add: 1 });
      await tickUntil(feed, () => !el.isConnected, 'the update');
      await pause(20);
      await el.updateComplete;
      expect(statusOf(el).textContent).to.equal('');
      expect(clock!.countTimers()).to.equal(0);
    });

    it('pluralises announcements in the element’s language', async () => {
      fakeTimers();
      const feed = await new TestFeed().set({ add: 1 });
      const el = await banner(feed, 'lang="pl"');
      await until(() => titleOf(el) === 'Update number 1', 'the first load');
      await feed.set({ add: 3 });
      await tickUntil(feed, () => statusOf(el).textContent === '3 nowe aktualizacje', 'the Polish announcement');
    });

    it('changes nothing on a 304, and still sends the validators afterwards', async () => {
      fakeTimers();
      const feed = await new TestFeed().set({ add: 2 });
      const el = await banner(feed);
      await until(() => titleOf(el) === 'Update number 2', 'the first load');
      const before = el.shadowRoot!.innerHTML;
      let events = 0;
      el.addEventListener('lede-live-update', () => (events += 1));
      await tickUntil(feed, async () => (await feed.stats()).requests.filter((r) => r.status === 304).length >= 2, 'two 304s');
      await el.updateComplete;
      expect(el.shadowRoot!.innerHTML).to.equal(before);
      expect(events).to.equal(0);
      const { requests } = await feed.stats();
      expect(requests.slice(1).every((r) => r.ifNoneMatch === '"v1"')).to.equal(true);
      expect(warnings.messages).to.deep.equal([]);
    });

    for (const [mode, problem] of [
      ['error', 'answered HTTP 500'],
      ['broken', 'could not be read: the JSON is malformed'],
      // The default time-out, 10 s.
      ['hang', 'did not answer within 10 s'],
    ] as const) {
      it(`keeps its last update through a streak of failures (${mode}) with one warning, and recovers`, async function () {
        this.timeout(20_000);
        fakeTimers();
        const feed = await new TestFeed().set({ add: 1 });
        const el = await banner(feed);
        await until(() => titleOf(el) === 'Update number 1', 'the first load');
        await feed.set({ mode });
        await tickUntil(feed, async () => (await feed.stats()).received >= 4, 'three failing polls');
        expect(titleOf(el)).to.equal('Update number 1');
        expect(warnings.messages, warnings.messages.join('\n')).to.have.length(1);
        expect(warnings.messages[0]).to.contain('<lede-live-banner> src:').and.contain(problem);
        // Backoff: the three failures (15 s + 30 s + 60 s) took longer than four intervals.
        expect(Date.now() - NOW).to.be.greaterThan(4 * 18_000);

        await feed.set({ mode: 'ok', add: 1 });
        await tickUntil(feed, () => titleOf(el) === 'Update number 2', 'recovery', 200);
        expect(warnings.messages, warnings.messages.join('\n')).to.have.length(1);
        // A new streak is reported again.
        await feed.set({ mode });
        await tickUntil(feed, () => warnings.messages.length === 2, 'a second warning', 60);
      });
    }

    it('rests while the page is hidden and refreshes at once when it is shown', async () => {
      fakeTimers();
      const feed = await new TestFeed().set({ add: 1 });
      const el = await banner(feed);
      await until(() => titleOf(el) === 'Update number 1', 'the first load');
      setHidden(true);
      const { received } = await feed.stats();
      clock!.tick(10 * 60_000);
      await pause(20);
      expect((await feed.stats()).received).to.equal(received);
      await feed.set({ add: 1 });
      setHidden(false);
      await until(() => titleOf(el) === 'Update number 2', 'the refresh on return');
    });

    it('ends by itself when the feed says coverage has ended, and stops polling', async () => {
      fakeTimers();
      const feed = await new TestFeed().set({ add: 1 });
      const el = await banner(feed);
      await until(() => titleOf(el) === 'Update number 1', 'the first load');
      await feed.set({ ended: true });
      const ended = oneEvent(el, 'lede-live-end');
      await tickUntil(feed, () => el.state === 'ended', 'the end');
      expect(await ended).to.be.instanceOf(LedeLiveEndEvent);
      await el.updateComplete;
      expect(el.getAttribute('state')).to.equal('ended');
      expect(text(part(el, 'label'))).to.equal('Ended');
      expect(part(el, 'dot')).to.equal(null);
      expect(titleOf(el)).to.equal('Update number 1');
      const { received } = await feed.stats();
      clock!.tick(30 * 60_000);
      await pause(20);
      expect((await feed.stats()).received).to.equal(received);
      // The age display is the only timer left.
      expect(clock!.countTimers()).to.equal(1);
    });

    for (const [attributes, where, expected] of [
      ['', 'to the banner’s link', 'a[part="link"][href="/live/war-in-ukraine"]'],
      ['hide-when-ended', 'past a banner that hides itself', 'button[id="after"]'],
    ] as const) {
      it(`moves keyboard focus from the pause button ${where} when coverage ends`, async () => {
        fakeTimers();
        const feed = await new TestFeed().set({ add: 1 });
        const el = await banner(feed, attributes);
        const after = Object.assign(document.createElement('button'), { id: 'after', textContent: 'After' });
        el.after(after);
        await until(() => titleOf(el) === 'Update number 1', 'the first load');
        part(el, 'update-link')!.focus();
        await press('Tab');
        expect(focusedElement()).to.equal('button[part="pause"]');
        await feed.set({ ended: true });
        await tickUntil(feed, () => el.state === 'ended', 'the end');
        await el.updateComplete;
        expect(part(el, 'pause')).to.equal(null);
        expect(focusedElement()).to.equal(expected);
      });
    }

    it('takes an interval of at least 15 s, warning about a shorter one, and a time-out', async () => {
      fakeTimers();
      const feed = await new TestFeed().set({ add: 1 });
      const el = await banner(feed, 'interval="5" timeout="nope"');
      await until(() => titleOf(el) === 'Update number 1', 'the first load');
      expect(warnings.messages, warnings.messages.join('\n')).to.have.length(2);
      expect(warnings.messages[0]).to.contain('<lede-live-banner> interval:').and.contain('15');
      expect(warnings.messages[1]).to.contain('<lede-live-banner> timeout: "nope"').and.contain('10');
      clock!.tick(11_999);
      await pause(20);
      expect((await feed.stats()).received).to.equal(1);
      await tickUntil(feed, async () => (await feed.stats()).received === 2, 'the second poll', 7);
    });

    it('polls a longer interval when asked', async () => {
      fakeTimers();
      const feed = await new TestFeed().set({ add: 1 });
      const el = await banner(feed, 'interval="60"');
      await until(() => titleOf(el) === 'Update number 1', 'the first load');
      clock!.tick(47_999);
      await pause(20);
      expect((await feed.stats()).received).to.equal(1);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('does not poll an unsafe src', async () => {
      const el = await fixture<LedeLiveBanner>(html`<lede-live-banner topic="T" src="javascript:alert(1)"></lede-live-banner>`);
      expect(warnings.messages, warnings.messages.join('\n')).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<lede-live-banner> src:');
      expect(part(el, 'update')).to.exist;
    });

    it('never shifts layout when updates arrive', async () => {
      fakeTimers();
      const feed = await new TestFeed().set({ add: 0 });
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 20rem"></div>`);
      const el = document.createElement('lede-live-banner');
      el.topic = 'War in Ukraine';
      el.src = feed.url;
      el.textContent = 'Follow our live coverage';
      wrapper.append(el);
      await el.updateComplete;
      const empty = el.getBoundingClientRect().height;
      await feed.set({ add: 1 });
      await tickUntil(feed, () => titleOf(el) === 'Update number 1', 'the first update');
      expect(el.getBoundingClientRect().height).to.equal(empty);
      // A very long title stays on its one line.
      const long = 'A very long update title that would need several lines in a banner this narrow '.repeat(3).trim();
      await feed.set({ items: [{ id: 'long', url: '/live/long', title: long, date_published: '2024-03-19T17:09:00Z' }] });
      await tickUntil(feed, () => titleOf(el) === long, 'the long update');
      expect(el.getBoundingClientRect().height).to.equal(empty);
    });
  });

  describe('before upgrade (lede.css)', () => {
    /** The banner's height in a page that has lede.css but no script. */
    async function heightBeforeUpgrade(markup: string, width: string): Promise<number> {
      const frame = document.createElement('iframe');
      frame.style.cssText = 'inline-size: 40rem; block-size: 20rem; border: 0';
      frame.srcdoc = `<link rel="stylesheet" href="/src/styles/lede.css"><body style="margin:0"><div style="inline-size:${width}">${markup}</div>`;
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      document.body.append(frame);
      await loaded;
      const height = frame.contentDocument!.querySelector('lede-live-banner')!.getBoundingClientRect().height;
      frame.remove();
      return height;
    }

    for (const width of ['40rem', '20rem']) {
      it(`reserves the upgraded height at ${width}, with and without a feed`, async () => {
        for (const src of ['', 'src="/test-server/live-banner/feed?key=pre-upgrade"']) {
          const markup = `<lede-live-banner topic="War in Ukraine" href="/live" ${src}>Follow our live coverage for the latest updates</lede-live-banner>`;
          const before = await heightBeforeUpgrade(markup, width);
          const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: ${width}"></div>`);
          wrapper.innerHTML = markup;
          const el = wrapper.firstElementChild as LedeLiveBanner;
          await el.updateComplete;
          expect(Math.abs(el.getBoundingClientRect().height - before), `${width} ${src}`).to.be.below(1);
          el.remove();
        }
      });
    }
  });

  describe('lifecycle', () => {
    it('aborts its request and clears every timer when removed, and resumes cleanly when put back, never sooner than the interval', async () => {
      fakeTimers();
      const feed = await new TestFeed().set({ add: 1 });
      const el = await banner(feed);
      await until(() => titleOf(el) === 'Update number 1', 'the first load');
      const firstAnswerAt = Date.now();
      await feed.set({ mode: 'hang' });
      await tickUntil(feed, async () => (await feed.stats()).inFlight === 1, 'a hanging request');
      const parent = el.parentElement!;
      el.remove();
      await until(async () => (await feed.stats()).inFlight === 0, 'the abort');
      await el.updateComplete;
      expect(clock!.countTimers()).to.equal(0);

      let events = 0;
      el.addEventListener('lede-live-update', () => (events += 1));
      await feed.set({ mode: 'ok', add: 1 });
      const { received } = await feed.stats();
      parent.append(el);
      // Put back, it shows what it had at once and asks again once 15 s have passed since the last answer.
      expect(titleOf(el)).to.equal('Update number 1');
      await tickUntil(feed, async () => (await feed.stats()).received === received + 1, 'the resumed poll', 20);
      expect(Date.now() - firstAnswerAt).to.be.at.least(15_000);
      await until(() => titleOf(el) === 'Update number 2', 'the resumed poll to render');
      expect((await feed.stats()).received).to.equal(received + 1);
      expect(events, 'update 2 is new to this element').to.equal(1);
      // One poll, one age and one announcement timer: nothing doubled by the reconnection.
      await until(() => text(statusOf(el)) === '1 new update', 'the announcement');
      expect(clock!.countTimers()).to.equal(3);
      el.remove();
      await el.updateComplete;
      expect(clock!.countTimers()).to.equal(0);
    });

    it('leaves no request or timer running after 1,000 connections and disconnections', async () => {
      fakeTimers();
      const feed = await new TestFeed().set({ add: 1 });
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('lede-live-banner');
      el.topic = 'War in Ukraine';
      el.src = feed.url;
      for (let i = 0; i < 1000; i += 1) {
        host.append(el);
        // Every tenth time, let the request start and render before leaving;
        // once, wait until it has reached the server.
        if (i % 10 === 0) {
          await el.updateComplete;
          await pause(0);
        }
        if (i === 500) await feed.received(1);
        el.remove();
      }
      await el.updateComplete;
      await until(async () => (await feed.stats()).inFlight === 0, 'every request to end');
      const { received } = await feed.stats();
      expect(received).to.be.greaterThan(0).and.at.most(1000);
      expect(clock!.countTimers()).to.equal(0);
      // Time passes, the page is hidden and shown again: nothing wakes up.
      clock!.tick(60 * 60_000);
      setHidden(true);
      setHidden(false);
      await pause(50);
      expect((await feed.stats()).received).to.equal(received);
      expect((await feed.stats()).inFlight).to.equal(0);
      expect(clock!.countTimers()).to.equal(0);
    });
  });

  describe('accessibility', () => {
    it('has no axe violations while live', async () => {
      const el = await fixture(html`<lede-live-banner topic="War in Ukraine" href="/live">Follow our live coverage</lede-live-banner>`);
      await expect(el).to.be.accessible();
    });

    it('has no axe violations once ended', async () => {
      const el = await fixture(html`<lede-live-banner state="ended" topic="War in Ukraine" href="/live">Coverage has ended</lede-live-banner>`);
      await expect(el).to.be.accessible();
    });

    it('has no axe violations with an update and an announcement', async () => {
      fakeTimers();
      const feed = await new TestFeed().set({ add: 1 });
      const el = await banner(feed);
      await until(() => titleOf(el) === 'Update number 1', 'the first load');
      await feed.set({ add: 2 });
      await tickUntil(feed, () => statusOf(el).textContent === '2 new updates', 'the announcement');
      // axe needs real timers.
      clock!.restore();
      clock = undefined;
      await expect(el).to.be.accessible();
    });

    inMedia({ colorScheme: 'dark' }).it('has no axe violations when dismissible, paused, in dark mode', async () => {
      const wrapper = await fixture(html`
        <div style="color-scheme: light dark; background: Canvas; color: CanvasText">
          <lede-live-banner dismissible dismiss-key="a11y-test" topic="War in Ukraine" href="/live">Follow our live coverage</lede-live-banner>
        </div>
      `);
      const el = wrapper.querySelector('lede-live-banner')!;
      part<HTMLButtonElement>(el, 'pause')!.click();
      await el.updateComplete;
      await expect(wrapper).to.be.accessible();
    });

    it('has no axe violations right to left', async () => {
      const wrapper = await fixture(html`<div dir="rtl" lang="ar"><lede-live-banner topic="الحرب في أوكرانيا" href="/live" dismissible dismiss-key="a11y-rtl">تابعوا تغطيتنا المباشرة</lede-live-banner></div>`);
      const el = wrapper.querySelector('lede-live-banner')!;
      await el.updateComplete;
      expect(text(part(el, 'label'))).to.equal('مباشر');
      const style = getComputedStyle(part(el, 'base')!);
      expect(style.borderRightWidth).to.not.equal('0px');
      expect(style.borderLeftWidth).to.equal('0px');
      await expect(wrapper).to.be.accessible();
    });
  });
});
