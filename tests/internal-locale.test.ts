import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/define.js';
import type { LedeLiveBanner } from '../src/components/live-banner/live-banner.js';
import { resolveLocale } from '../src/internal/locale.js';

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

describe('the language follows the page', () => {
  let pageLang: string | null;
  beforeEach(() => {
    pageLang = document.documentElement.getAttribute('lang');
    document.documentElement.setAttribute('lang', 'en');
  });
  afterEach(() => {
    if (pageLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', pageLang);
  });

  async function article() {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <lede-article-header published="2024-03-19T17:17:00Z" time-zone="Europe/Warsaw"><h1>Headline</h1></lede-article-header>
      <lede-captioned-image credit="East News" src="/test-server/captioned-image/slow.svg?ms=0&w=300&h=200" alt="A photo" width="300" height="200">Caption</lede-captioned-image>
      <lede-quote-block speaker="Shin Won-sik"><p>Words</p></lede-quote-block>
      <lede-related-content .items=${[{ title: 'One', url: '/news/one' }]}></lede-related-content>
      <lede-live-banner topic="War in Ukraine">Follow</lede-live-banner>
    </div>`);
    const get = (tag: string) => wrapper.querySelector(tag)!;
    const read = () => ({
      date: text(get('lede-article-header').shadowRoot!.querySelector('time')),
      credit: text(part(get('lede-captioned-image'), 'credit')),
      quotes: getComputedStyle(part(get('lede-quote-block'), 'quote')).quotes,
      heading: text(part(get('lede-related-content'), 'heading')),
      live: text(part(get('lede-live-banner'), 'label')),
    });
    return { wrapper, read, get };
  }

  it('re-renders labels and dates within a frame when <html lang> changes, then when an ancestor’s lang does', async () => {
    const { wrapper, read } = await article();
    const english = read();
    expect(english.heading).to.equal('Related content');
    expect(english.live).to.equal('Live');
    expect(english.date).to.contain('March 19, 2024');
    expect(english.credit).to.contain('Source');

    document.documentElement.setAttribute('lang', 'pl');
    await nextFrame();
    const polish = read();
    expect(polish.heading).to.equal('Powiązane treści');
    expect(polish.live).to.equal('Na żywo');
    expect(polish.date).to.contain('19 marca 2024');
    expect(polish.credit).to.contain('Źródło');
    expect(polish.quotes).to.contain('„');

    wrapper.setAttribute('lang', 'de');
    await nextFrame();
    const german = read();
    expect(german.heading).to.equal('Verwandte Inhalte');
    expect(german.date).to.contain('19. März 2024');
    expect(german.credit).to.contain('Quelle');
    expect(german.quotes).to.contain('„');
  });

  it('stops following once the element leaves the page, and follows again when it comes back', async () => {
    const { wrapper, get } = await article();
    const banner = get('lede-live-banner') as LedeLiveBanner;
    banner.remove();
    const requests = sinon.spy(banner, 'requestUpdate');
    document.documentElement.setAttribute('lang', 'pl');
    await nextFrame();
    expect(requests.called, 'a removed element is not told').to.equal(false);
    requests.restore();
    wrapper.append(banner);
    await banner.updateComplete;
    expect(text(part(banner, 'label'))).to.equal('Na żywo');
    document.documentElement.setAttribute('lang', 'en');
    await nextFrame();
    expect(text(part(banner, 'label'))).to.equal('Live');
  });
});

describe('resolveLocale', () => {
  it('uses the closest lang, then the document, then en', () => {
    const outer = document.createElement('div');
    outer.lang = 'pl';
    const inner = document.createElement('span');
    outer.append(inner);
    document.body.append(outer);
    expect(resolveLocale(inner)).to.equal('pl');
    inner.lang = 'de-AT';
    expect(resolveLocale(inner)).to.equal('de-AT');
    outer.remove();

    const loose = document.createElement('span');
    const previous = document.documentElement.getAttribute('lang');
    document.documentElement.lang = 'fr';
    expect(resolveLocale(loose)).to.equal('fr');
    document.documentElement.removeAttribute('lang');
    expect(resolveLocale(loose)).to.equal('en');
    if (previous !== null) document.documentElement.setAttribute('lang', previous);
  });

  it('crosses shadow roots and skips invalid tags', () => {
    const host = document.createElement('div');
    host.lang = 'uk';
    const root = host.attachShadow({ mode: 'open' });
    const inside = document.createElement('span');
    inside.setAttribute('lang', 'not a locale!');
    root.append(inside);
    document.body.append(host);
    expect(resolveLocale(inside)).to.equal('uk');
    host.remove();
  });
});
