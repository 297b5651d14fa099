/**
 * The feed reader's parts that the fixture corpus does not show one by one:
 * the date parser's rules, byte decoding, the one-time repair, the reader
 * under enforced Trusted Types, and the live banner reading RSS and Atom.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/live-banner/lede-live-banner.js';
import type { LedeLiveBanner } from '../src/components/live-banner/live-banner.js';
import type { LedeRelatedContent } from '../src/components/related-content/related-content.js';
import { parseFeedDate } from '../src/internal/feed-dates.js';
import { decodeFeed } from '../src/internal/feed-decode.js';
import { FeedError, readFeed } from '../src/internal/feed.js';
import { nextFrames, part, until, warningsPerTest } from './helpers.js';

const iso = (value: string) => parseFeedDate(value)?.toISOString();


describe('parseFeedDate', () => {
  it('reads ISO 8601 and RFC 822 to the same instant, offsets and zone names included', () => {
    const noon = '2024-03-18T12:00:00.000Z';
    for (const written of [
      '2024-03-18T12:00:00Z',
      '2024-03-18T13:00:00+01:00',
      '2024-03-18T07:00:00-0500',
      '2024-03-18T21:00+09',
      '20240318T120000Z',
      'Mon, 18 Mar 2024 12:00:00 GMT',
      'Mon, 18 Mar 2024 12:00:00 +0000',
      '18 Mar 2024 13:00:00 CET',
      'Mon, 18 Mar 2024 08:00:00 EDT',
      'Mon, 18 Mar 2024 17:30:00 IST',
      'Monday, 18 March 2024 21:00:00 JST',
      'Mon, 18 Mar 24 23:00:00 AEDT',
      'Mon, 18 Mar 2024 01:00:00 PM GMT+0100',
      'Mon Mar 18 2024 13:00:00 GMT+0100 (Central European Standard Time)',
    ]) {
      expect(iso(written), written).to.equal(noon);
    }
  });

  it('reads a date without an offset as UTC, never in the reader’s zone', () => {
    expect(iso('2024-03-18T12:00:00')).to.equal('2024-03-18T12:00:00.000Z');
    expect(iso('2024-03-18 12:00')).to.equal('2024-03-18T12:00:00.000Z');
    expect(iso('2024-03-18')).to.equal('2024-03-18T00:00:00.000Z');
    expect(iso('Mon, 18 Mar 2024 12:00:00')).to.equal('2024-03-18T12:00:00.000Z');
  });

  it('names no date for text that is not one, or a day that does not exist', () => {
    for (const written of ['', 'yesterday', 'soon 2024', '2024-02-30T12:00:00Z', 'Mon, 32 Mar 2024 12:00:00 GMT', 'Mon, 18 Foo 2024', '18 Mar 2024 25:00:00 GMT', 'toString 18 Mar 2024']) {
      expect(parseFeedDate(written), written).to.equal(undefined);
    }
    expect(parseFeedDate(undefined)).to.equal(undefined);
  });
});

describe('decodeFeed', () => {
  const bytes = (...values: number[]) => new Uint8Array(values);
  const ascii = (text: string) => Array.from(text, (char) => char.charCodeAt(0));

  it('takes the byte order mark first, then the Content-Type charset, then the XML declaration, else UTF-8', () => {
    // "é" as UTF-16LE with a BOM, whatever the header says.
    expect(decodeFeed(bytes(0xff, 0xfe, 0xe9, 0x00), 'text/xml; charset=koi8-r')).to.equal('é');
    // KOI8-R "Да" by the header, beating the declaration.
    expect(decodeFeed(bytes(...ascii('<?xml version="1.0" encoding="windows-1251"?>'), 0xe4, 0xc1), 'text/xml; charset="KOI8-R"')).to.match(/Да$/);
    // windows-1251 "Да" by the declaration alone.
    expect(decodeFeed(bytes(...ascii('<?xml version="1.0" encoding="windows-1251"?>'), 0xc4, 0xe0), 'application/rss+xml')).to.match(/Да$/);
    expect(decodeFeed(bytes(0xc3, 0xa9), '')).to.equal('é');
  });

  it('reads bytes that are not UTF-8 as windows-1252 rather than U+FFFD, and ignores an unknown charset', () => {
    expect(decodeFeed(bytes(0x93, 0x41, 0x94), 'text/xml; charset=utf-8')).to.equal('“A”');
    expect(decodeFeed(bytes(0xc3, 0xa9), 'text/xml; charset=x-made-up')).to.equal('é');
  });
});

describe('readFeed repairs', () => {
  const titles = async (body: string) => Array.from(await readFeed(body, 'application/rss+xml'), (entry) => entry.title);

  it('repairs a bare &, undeclared HTML entities and control characters once, leaving CDATA as written', async () => {
    expect(await titles('<rss><channel><item><title>Q&A: caf&eacute;\u0001 &amp; more <![CDATA[&nbsp;R&D]]></title></item></channel></rss>')).to.deep.equal([
      'Q&A: café & more R&D',
    ]);
  });

  it('still refuses a feed the repair cannot fix, naming the first error', async () => {
    const error = await (async () => {
      try {
        await readFeed('<rss><channel><item><title>x</item></channel>', 'application/rss+xml');
      } catch (caught) {
        return caught as Error;
      }
      return undefined;
    })();
    expect(error).to.be.instanceOf(FeedError);
    expect(error!.message).to.contain('XML is malformed');
  });

  it('resolves xml:base against the feed URL it is given, and leaves URLs without one as written', async () => {
    const body = `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="/blog/"><entry><title>A</title><link href="a"/></entry></feed>
    `;
    expect(Array.from(await readFeed(body, 'application/atom+xml', 'https://site.example/feeds/atom.xml'))[0]!.url).to.equal('https://site.example/blog/a');
    const plain = '<rss><channel><item><title>A</title><link>/a</link></item></channel></rss>';
    expect(Array.from(await readFeed(plain, 'application/rss+xml', 'https://site.example/feed'))[0]!.url).to.equal('/a');
  });
});

describe('feeds under a strict CSP with Trusted Types enforced', () => {
  for (const [feed, title, image] of [
    ['drupal-escaped-html-title.xml', 'City approves new budget', null],
    // Its second item's HTML holds a data: placeholder image, which img-src 'self' would report if the inert document loaded it.
    ['drupal-description-img.xml', 'Old bridge reopens after repairs', new URL('/test-server/feeds/sites/default/files/styles/thumbnail/public/2024-03/bridge.jpg?itok=x1Yz', location.href).href],
  ] as const) {
    it(`reads HTML inside ${feed} through the "lede-feed" policy, loading nothing from it, with no violation`, async () => {
      const frame = await fixture<HTMLIFrameElement>(
        html`<iframe title="CSP test page" src=${`/test-server/related-content/csp.html?tt=lit-html%20lede-feed&feed=/test-server/feeds/${feed}`}></iframe>`,
      );
      const el = () => frame.contentDocument?.querySelector<LedeRelatedContent>('lede-related-content');
      await until(() => Boolean(el()?.shadowRoot?.querySelector('[part~="link"]')), 'the feed in the frame');
      await nextFrames();
      expect(el()!.shadowRoot!.querySelector('[part~="link"]')!.textContent).to.equal(title);
      expect(el()!.shadowRoot!.querySelector('img')?.getAttribute('src') ?? null).to.equal(image);
      expect((frame.contentWindow as unknown as { problems: string[] }).problems).to.deep.equal([]);
    });
  }
});

describe('<lede-live-banner src> reads RSS and Atom', () => {
  const warnings = warningsPerTest();

  for (const [feed, title] of [
    ['bbc-media-thumbnail.xml', 'Storm warning issued for the north'],
    ['zone-cet-cest.xml', 'Story 2'],
    ['wordpress-atom-updated-first.xml', 'Library opens on Sundays'],
  ] as const) {
    it(`shows the newest update of ${feed}`, async () => {
      const el = await fixture<LedeLiveBanner>(html`<lede-live-banner topic="Live" src=${`/test-server/feeds/${feed}`}></lede-live-banner>`);
      await until(() => part(el, 'update-link')?.textContent?.trim() === title, `the update "${title}"`);
      expect(part(el, 'update-link')!.getAttribute('href')).to.match(/^https:\/\//);
      expect(warnings.messages).to.deep.equal([]);
    });
  }
});
