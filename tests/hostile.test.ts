/**
 * Hostile and oversized input, one test per way a reader's page was found
 * to be crashed, frozen or flooded (issue "Hardening"). Each reproduces the
 * input an attacker or a careless CMS author would give and asserts what the
 * reader gets: a responsive page, bounded requests, the article's words on
 * screen, one clear warning.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/define.js';
import type { LedeCaptionedImage } from '../src/components/captioned-image/captioned-image.js';
import { LedeLiveUpdateEvent, type LedeLiveBanner } from '../src/components/live-banner/live-banner.js';
import type { LedeQuoteBlock } from '../src/components/quote-block/quote-block.js';
import type { LedeRelatedContent, LedeRelatedSelectEvent } from '../src/components/related-content/related-content.js';
import { captureWarnings, sleep, until, type WarningCapture } from './helpers.js';
import { hostileFeed, measured, STALL_LIMIT_MS, unsafeUrls } from './hostile-helpers.js';
import { TestFeed } from './live-banner-server.js';

/** A real image from the test server. */
const IMAGE = '/test-server/captioned-image/slow.svg?ms=0&w=300&h=200';

const items = (el: Element) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="item"]'));
const links = (el: Element) => Array.from(el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="link"]'));
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

describe('hostile input', () => {
  let warnings: WarningCapture;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  /** One warning, from `tag`, about `attribute`, mentioning each of `words`. */
  function expectOneWarning(tag: string, attribute: string, ...words: string[]) {
    expect(warnings.messages, warnings.messages.join('\n')).to.have.length(1);
    const [message] = warnings.messages as [string];
    expect(message).to.contain(`<${tag}> ${attribute}:`);
    for (const word of words) expect(message).to.contain(word);
    expect(message.length, 'a warning stays short').to.be.below(1500);
  }

  describe('XML entity expansion', () => {
    for (const format of ['rss', 'atom']) {
      it(`refuses a ${format} feed that declares entities, keeps the fallback list, warns once and stays responsive`, async () => {
        const bomb = hostileFeed('entities.xml', `&format=${format}`);
        const { result: el, stall } = await measured(async () => {
          const el = await fixture<LedeRelatedContent>(
            html`<lede-related-content src=${bomb.url}><ul><li><a href="/news/fallback">The CMS’s own link</a></li></ul></lede-related-content>`,
          );
          await until(() => warnings.messages.length > 0, 'the warning');
          return el;
        });
        expect(stall).to.be.below(STALL_LIMIT_MS);
        expectOneWarning('lede-related-content', 'src', 'entities', bomb.url);
        expect(links(el).map((a) => a.textContent)).to.deep.equal(['The CMS’s own link']);
      });
    }

    it('still reads an old RSS 0.91 feed whose DOCTYPE only names an external DTD', async () => {
      const old = hostileFeed('doctype.xml');
      const el = await fixture<LedeRelatedContent>(html`<lede-related-content src=${old.url}></lede-related-content>`);
      await until(() => items(el).length === 1, 'the item');
      expect(links(el)[0]!.textContent).to.equal('An old-style item');
      expect(warnings.messages).to.deep.equal([]);
    });

    it('cuts every text taken from a feed (title, kicker, alt) to 300 characters', async () => {
      const long = hostileFeed('long-text.json');
      const { result: el, stall } = await measured(async () => {
        const el = await fixture<LedeRelatedContent>(html`<lede-related-content src=${long.url}></lede-related-content>`);
        await until(() => items(el).length === 1, 'the item');
        return el;
      });
      expect(stall).to.be.below(STALL_LIMIT_MS);
      expect(links(el)[0]!.textContent!.length).to.be.at.most(300);
      expect(links(el)[0]!.textContent).to.match(/^Long x+…$/);
      expect(part(el, 'kicker')!.textContent!.length).to.be.at.most(300);
      expect(part(el, 'image')!.getAttribute('alt')!.length).to.be.at.most(300);
    });
  });

  describe('timer overflow', () => {
    for (const interval of ['1e308', '2592000']) {
      it(`clamps interval="${interval}" to an hour, with one warning, instead of polling without pause`, async () => {
        const feed = await new TestFeed().set({ add: 1 });
        const el = await fixture<LedeLiveBanner>(html`<lede-live-banner topic="War in Ukraine" interval=${interval} src=${feed.url}></lede-live-banner>`);
        await until(() => Boolean(part(el, 'update-link')?.textContent), 'the first update');
        // Two seconds of real time: a wrapped timer would poll hundreds of times.
        await sleep(2000);
        expect((await feed.stats()).received).to.equal(1);
        expectOneWarning('lede-live-banner', 'interval', '3600');
        el.remove();
      });
    }

    it('clamps the banner’s timeout="3000000" to 60 s, so requests are not aborted at once', async () => {
      const feed = await new TestFeed().set({ add: 1 });
      const el = await fixture<LedeLiveBanner>(html`<lede-live-banner topic="War in Ukraine" timeout="3000000" src=${feed.url}></lede-live-banner>`);
      await until(() => part(el, 'update-link')?.textContent === 'Update number 1', 'the first update');
      expectOneWarning('lede-live-banner', 'timeout', '60');
      el.remove();
    });

    it('clamps the related list’s timeout="1e308" to 60 s, and the feed loads', async () => {
      const many = hostileFeed('many.json', '&n=3');
      const el = await fixture<LedeRelatedContent>(html`<lede-related-content timeout="1e308" src=${many.url}></lede-related-content>`);
      await until(() => items(el).length === 3, 'three items');
      expectOneWarning('lede-related-content', 'timeout', '60');
    });

    it('takes a timeout below a second as one second, with a warning', async () => {
      const many = hostileFeed('many.json', '&n=2');
      const el = await fixture<LedeRelatedContent>(html`<lede-related-content timeout="0.000001" src=${many.url}></lede-related-content>`);
      await until(() => items(el).length === 2, 'two items');
      expectOneWarning('lede-related-content', 'timeout', '1 seconds');
    });
  });

  describe('oversized feeds', () => {
    it('stops reading a 20 MB feed past 2 MB, warns naming the limit, and keeps the page responsive', async () => {
      const big = hostileFeed('big.json', '&mb=20');
      const { result: el, stall } = await measured(async () => {
        const el = await fixture<LedeRelatedContent>(html`<lede-related-content src=${big.url}><p>Fallback</p></lede-related-content>`);
        await until(() => warnings.messages.length > 0, 'the warning');
        return el;
      });
      expect(stall).to.be.below(STALL_LIMIT_MS);
      expectOneWarning('lede-related-content', 'src', '2048 KB');
      expect(items(el)).to.have.length(0);
      // The client gave up soon after 2 MB (the server paces like a real network; buffers allow a few MB more).
      await until(async () => (await big.stats()).closedEarly === 1, 'the server to see the client give up');
      expect((await big.stats()).bytesSent).to.be.below(8 * 1024 * 1024);
    });

    it('refuses an oversized live feed too, and keeps the banner’s words', async () => {
      const big = hostileFeed('big.json', '&mb=5');
      const el = await fixture<LedeLiveBanner>(html`<lede-live-banner topic="War in Ukraine" src=${big.url}>Follow our coverage</lede-live-banner>`);
      await until(() => warnings.messages.length > 0, 'the warning');
      expectOneWarning('lede-live-banner', 'src', '2048 KB');
      expect(el.shadowRoot!.textContent).to.contain('War in Ukraine');
      expect(el.textContent).to.contain('Follow our coverage');
      el.remove();
    });

    for (const [format, count] of [['json', 60_000], ['xml', 30_000]] as const) {
      it(`reads only what max needs from a ${format} feed of ${count.toLocaleString('en')} entries (just under 2 MB)`, async () => {
        // The last entry is broken: reading it would give a warning, so none shows it was never read.
        const many = hostileFeed(`many.${format}`, `&n=${count}&bad=1`);
        const { result: el, stall } = await measured(async () => {
          const el = await fixture<LedeRelatedContent>(html`<lede-related-content max="5" src=${many.url}></lede-related-content>`);
          await until(() => items(el).length === 5, 'five items');
          return el;
        });
        expect(stall).to.be.below(STALL_LIMIT_MS);
        expect(links(el).map((a) => a.textContent)).to.deep.equal(['T0', 'T1', 'T2', 'T3', 'T4']);
        // A larger max later reads the feed again for the rest.
        el.max = 8;
        await until(() => items(el).length === 8, 'eight items');
        expect(warnings.messages).to.deep.equal([]);
      });
    }

    it('shows at most 1,000 items from a feed of 60,000 without max', async () => {
      const many = hostileFeed('many.json', '&n=60000');
      const { result: el, stall } = await measured(async () => {
        const el = await fixture<LedeRelatedContent>(html`<lede-related-content layout="compact" src=${many.url}></lede-related-content>`);
        await until(() => items(el).length > 0, 'the items');
        return el;
      });
      expect(stall).to.be.below(STALL_LIMIT_MS);
      expect(items(el)).to.have.length(1000);
    });
  });

  describe('regular expressions that backtrack', () => {
    it('ignores aspect-ratio of 30,000 digits and an "x" at once, with one short warning', async () => {
      const value = `${'1'.repeat(30_000)}x`;
      const { result: el, stall } = await measured(() =>
        fixture<LedeCaptionedImage>(
          html`<lede-captioned-image aspect-ratio=${value} src=${IMAGE} width="1200" height="800" alt="A photo">Caption</lede-captioned-image>`,
        ),
      );
      expect(stall).to.be.below(STALL_LIMIT_MS);
      expectOneWarning('lede-captioned-image', 'aspect-ratio', 'not a ratio');
      expect(el.textContent).to.contain('Caption');
    });

    it('strips tags from an Atom type="html" title with 100,000 unclosed "<" in linear time', async () => {
      const tags = hostileFeed('tags.xml', '&n=100000');
      const { result: el, stall } = await measured(async () => {
        const el = await fixture<LedeRelatedContent>(html`<lede-related-content src=${tags.url}></lede-related-content>`);
        await until(() => items(el).length === 1, 'the item');
        return el;
      });
      expect(stall).to.be.below(STALL_LIMIT_MS);
      expect(links(el)[0]!.textContent!.length).to.be.at.most(300);
    });

    // Quadratic in Node rather than in browsers: tests/node/ssr-hostile.test.mjs times them in a server render.
    it('handles a link with 200,000 trailing slashes and a srcset with 200,000 trailing commas at once', async () => {
      const { result, stall } = await measured(async () => {
        const list = await fixture<LedeRelatedContent>(
          html`<lede-related-content .items=${[{ title: 'Slashes', url: `/news/a${'/'.repeat(200_000)}` }, { title: 'Same', url: '/news/a' }]}></lede-related-content>`,
        );
        const image = await fixture<LedeCaptionedImage>(html`<lede-captioned-image srcset=${`${IMAGE}${','.repeat(200_000)}`} alt="A" aspect-ratio="3/2"></lede-captioned-image>`);
        return { list, image };
      });
      expect(stall).to.be.below(STALL_LIMIT_MS);
      // The two links are the same page: one is left out as a duplicate.
      expect(links(result.list)).to.have.length(1);
      expect(result.image.shadowRoot!.querySelector('img')?.getAttribute('srcset')).to.equal(IMAGE);
    });
  });

  describe('items rewritten after checking', () => {
    it('hands lede-related-select listeners a frozen copy, so a listener cannot plant a javascript: link', async () => {
      const el = await fixture<LedeRelatedContent>(html`<lede-related-content .items=${[{ title: 'One', url: '/news/one' }]}></lede-related-content>`);
      el.addEventListener('lede-related-select', (event: LedeRelatedSelectEvent) => {
        try {
          (event.item as { url: string }).url = 'javascript:window.pwned=1';
        } catch {
          // Frozen: strict-mode code throws, which is the point.
        }
      });
      const selected = oneEvent(el, 'lede-related-select');
      // Analytics listeners see the click; the navigation itself is not under test.
      links(el)[0]!.addEventListener('click', (e) => e.preventDefault());
      links(el)[0]!.click();
      const event = (await selected) as unknown as LedeRelatedSelectEvent;
      expect(Object.isFrozen(event.item)).to.equal(true);
      el.requestUpdate();
      await el.updateComplete;
      expect(links(el)[0]!.getAttribute('href')).to.equal('/news/one');
      expect(unsafeUrls(el)).to.deep.equal([]);
    });

    it('hands lede-live-update listeners frozen copies of the updates', () => {
      const update = { id: '1', title: 'T', url: '/live#1', date: new Date(0) };
      const fired = new LedeLiveUpdateEvent([update]);
      expect(Object.isFrozen(fired.updates)).to.equal(true);
      expect(Object.isFrozen(fired.updates[0])).to.equal(true);
      expect(() => ((fired.updates[0] as { url?: string }).url = 'javascript:x')).to.throw(TypeError);
      fired.updates[0]!.date!.setTime(1e12);
      expect(update.date.getTime(), 'the banner’s own date is untouched').to.equal(0);
      expect(update.url).to.equal('/live#1');
    });
  });

  describe('small ones', () => {
    it('ignores inherited keys in messages (toString, __proto__, constructor) with one warning naming them, and keeps every label', async () => {
      const el = await fixture<LedeLiveBanner>(
        html`<lede-live-banner topic="T" messages='{"toString": "x", "__proto__": {"live": "Hacked"}, "constructor": "y"}'></lede-live-banner>`,
      );
      expect(part(el, 'label')!.textContent).to.equal('Live');
      expectOneWarning('lede-live-banner', 'messages', '"toString"', '"__proto__"', '"constructor"');
      expect(({} as Record<string, unknown>)['live']).to.equal(undefined);
    });

    it('gives one warning, not one per key, for messages that are a long text, an array or an object of 10,000 keys', async () => {
      const many = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`key${i}`, 'x']));
      for (const messages of ['x'.repeat(800_000), Array.from({ length: 10_000 }, () => 'x'), many]) {
        const { result: el, stall } = await measured(() => fixture<LedeLiveBanner>(html`<lede-live-banner topic="T" .messages=${messages}></lede-live-banner>`));
        expect(stall).to.be.below(STALL_LIMIT_MS);
        expect(part(el, 'label')!.textContent).to.equal('Live');
        expectOneWarning('lede-live-banner', 'messages');
        warnings.messages.length = 0;
      }
    });

    it('treats a 1 MB lang as no language (the page’s is used) without stalling, though it is read on every render', async () => {
      const { result: el, stall } = await measured(async () => {
        const el = await fixture<LedeQuoteBlock>(html`<lede-quote-block lang=${'1'.repeat(1024 * 1024)} speaker="S" quote="Words"></lede-quote-block>`);
        for (let i = 0; i < 20; i += 1) {
          el.speaker = `S${i}`;
          await el.updateComplete;
        }
        return el;
      });
      expect(stall).to.be.below(STALL_LIMIT_MS);
      expect(getComputedStyle(part(el, 'quote')!).quotes).to.contain('\u201C');
    });

    it('echoes at most about 100 characters of a 10 MB bad value in its warning', async () => {
      const huge = 'v'.repeat(10 * 1024 * 1024);
      await fixture<LedeQuoteBlock>(html`<lede-quote-block variant=${huge} speaker="S"><p>Words</p></lede-quote-block>`);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]!.length).to.be.below(400);
      expect(warnings.messages[0]).to.contain('<lede-quote-block> variant:');
    });

    it('clamps aspect-ratio="0.000001" to a sane shape, with one warning', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="inline-size: 300px"><lede-captioned-image aspect-ratio="0.000001" src=${IMAGE} alt="A photo"></lede-captioned-image></div>`,
      );
      const el = wrapper.firstElementChild as LedeCaptionedImage;
      await el.updateComplete;
      expect(el.getBoundingClientRect().height).to.be.at.most(300 * 20 + 200);
      expectOneWarning('lede-captioned-image', 'aspect-ratio', '1/20');
    });

    it('keeps the quotation marks when a quotes override holds a carriage return or form feed', async () => {
      const el = await fixture<LedeQuoteBlock>(
        html`<lede-quote-block .messages=${{ quotes: ['«\r', '»\f', '‹', '›'] }} quote="Words"></lede-quote-block>`,
      );
      const quote = part(el, 'quote')!;
      const quotes = getComputedStyle(quote).quotes;
      expect(quotes).to.not.equal('none');
      expect(quotes).to.contain('«').and.contain('»');
    });

    it('drops a URL longer than 8,192 characters with one warning', async () => {
      const el = await fixture<LedeQuoteBlock>(html`<lede-quote-block cite=${`https://news.example/${'a'.repeat(20_000)}`} speaker="S"><p>Words</p></lede-quote-block>`);
      expect(el.shadowRoot!.querySelector('blockquote')!.hasAttribute('cite')).to.equal(false);
      expectOneWarning('lede-quote-block', 'cite', '8192');
    });
  });

  describe('polling extras', () => {
    it('does not poll on every visibilitychange: 50 of them bring no request sooner than the interval', async () => {
      const feed = await new TestFeed().set({ add: 1 });
      const el = await fixture<LedeLiveBanner>(html`<lede-live-banner topic="T" src=${feed.url}></lede-live-banner>`);
      await until(() => Boolean(part(el, 'update-link')?.textContent), 'the first update');
      for (let i = 0; i < 50; i += 1) document.dispatchEvent(new Event('visibilitychange'));
      await sleep(3000);
      expect((await feed.stats()).received).to.equal(1);
      el.remove();
    });

    it('shares one request among banners with the same src', async () => {
      const feed = await new TestFeed().set({ add: 1 });
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <lede-live-banner topic="A" src=${feed.url}></lede-live-banner>
        <lede-live-banner topic="B" src=${feed.url}></lede-live-banner>
        <lede-live-banner topic="C" src=${feed.url}></lede-live-banner>
      </div>`);
      const banners = Array.from(wrapper.querySelectorAll('lede-live-banner'));
      await until(() => banners.every((el) => part(el, 'update-link')?.textContent === 'Update number 1'), 'every banner’s update');
      expect((await feed.stats()).received).to.equal(1);
      // One leaves; the others keep the feed. A banner that joins later shows the last update at once.
      banners[0]!.remove();
      const late = document.createElement('lede-live-banner');
      late.topic = 'D';
      late.src = feed.url;
      wrapper.append(late);
      await until(() => part(late, 'update-link')?.textContent === 'Update number 1', 'the late banner’s update');
      expect((await feed.stats()).received).to.equal(1);
      wrapper.remove();
    });
  });

  describe('Trusted Types and CSP', () => {
    async function cspPage(query: string) {
      const frame = await fixture<HTMLIFrameElement>(html`<iframe title="CSP test page" src=${`/test-server/related-content/csp.html?${query}`}></iframe>`);
      await until(() => Boolean(frame.contentDocument?.querySelector('lede-related-content')?.shadowRoot), 'the element in the frame');
      const el = frame.contentDocument!.querySelector('lede-related-content')!;
      const problems = () => (frame.contentWindow as unknown as { problems: string[] }).problems;
      return { frame, el, problems };
    }

    it('keeps reading RSS when a later script claims the "lede-feed" policy name', async () => {
      const { el, problems } = await cspPage(`tt=lit-html%20lede-feed&squat=1&feed=${encodeURIComponent('/test-server/hostile/many.xml?n=2')}`);
      await until(() => el.shadowRoot!.querySelectorAll('[part~="item"]').length === 2, 'the RSS items');
      expect(problems()).to.include('squat refused');
      expect(problems().filter((p) => p.startsWith('warning') || p.startsWith('error'))).to.deep.equal([]);
    });

    it('raises no CSP report and runs nothing for on* handlers inside a feed', async () => {
      const { el, frame, problems } = await cspPage(`tt=lit-html%20lede-feed&feed=${encodeURIComponent('/test-server/hostile/on-attributes.xml')}`);
      await until(() => el.shadowRoot!.querySelectorAll('[part~="item"]').length === 1, 'the item');
      await sleep(100);
      expect(el.shadowRoot!.querySelector('[part~="link"]')!.textContent).to.equal('Safe title');
      expect(problems()).to.deep.equal([]);
      expect((frame.contentWindow as unknown as { pwned?: number }).pwned).to.equal(undefined);
    });
  });
});
