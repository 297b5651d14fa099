/**
 * The real-world feed corpus: every fixture in tests/fixtures/feeds/ (one
 * shape a real CMS publishes, served with its real Content-Type by
 * tests/server/feed-fixtures.mjs) is read through the parser and through
 * <lede-related-content src>, and both must show exactly the items its
 * .expected.json lists: title, absolute link, date (as an instant), image,
 * and the kicker where one is listed.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/components/related-content/lede-related-content.js';
import type { LedeRelatedContent } from '../src/components/related-content/related-content.js';
import { parseFeedDate } from '../src/internal/feed-dates.js';
import { readFeed } from '../src/internal/feed.js';
import { fetchFeed } from '../src/internal/fetch-feed.js';
import { engine, until, warningsPerTest } from './helpers.js';

interface ExpectedItem {
  title: string;
  /** Absolute, or relative to the feed's URL. */
  url: string;
  /** ISO 8601, or null for an undated item. */
  date: string | null;
  image: string | null;
  kicker?: string;
}
interface FeedFixture {
  name: string;
  feed: string;
  contentType: string;
  about: string;
  items: ExpectedItem[];
}
interface ShownItem extends Omit<ExpectedItem, 'kicker'> {
  kicker?: string | null;
}

const BASE = '/test-server/feeds/';
const fixtures: FeedFixture[] = await (await fetch(`${BASE}index.json`)).json();

const absolute = (url: string | null | undefined, base: string): string | null => (url ? new URL(url, base).href : null);
/** Dates compared as instants: "2024-03-18T12:00:00Z" and "…12:00:00.000Z" are the same. */
const instant = (iso: string | null | undefined): string | null => (iso ? new Date(iso).toISOString() : null);

function expectedFor(fixture: FeedFixture, feedUrl: string): ShownItem[] {
  return fixture.items.map((item) => ({
    title: item.title,
    url: absolute(item.url, feedUrl)!,
    date: instant(item.date),
    image: absolute(item.image, feedUrl),
    ...('kicker' in item ? { kicker: item.kicker } : {}),
  }));
}

/** Only the fields the fixture lists a kicker for are compared on kicker. */
function comparable(shown: ShownItem[], expected: ShownItem[]): ShownItem[] {
  return shown.map((item, index) => {
    const { kicker, ...rest } = item;
    return expected[index] && 'kicker' in expected[index]! ? { ...rest, kicker } : rest;
  });
}


describe('real-world feed fixtures', () => {
  const warnings = warningsPerTest();

  // Dates without an offset must not depend on the reader's zone: read them far from UTC
  // (where the engine's driver can emulate a zone: not WebKit's).
  const emulateTimeZone = (timeZone: string) => (engine === 'webkit' ? undefined : executeServerCommand('emulate-time-zone', { timeZone }));
  before(() => emulateTimeZone('Asia/Tokyo'));
  after(() => emulateTimeZone(''));

  it('the corpus has at least 60 fixtures, each expecting at least one item', () => {
    expect(fixtures.length).to.be.at.least(60);
    for (const { name, items } of fixtures) expect(items.length, name).to.be.at.least(1);
  });

  for (const feedFixture of fixtures) {
    describe(`${feedFixture.name}: ${feedFixture.about}`, () => {
      const feedUrl = new URL(`${BASE}${feedFixture.feed}`, location.href).href;
      const expected = expectedFor(feedFixture, feedUrl);

      it('the parser reads the expected items', async () => {
        const response = await fetchFeed(feedUrl, { timeout: 5000 });
        const shown: ShownItem[] = [];
        for (const entry of await readFeed(response.text, response.headers.get('content-type') ?? '', response.url)) {
          // What the list shows: entries with a title and a link.
          if (!entry.title || !entry.url) continue;
          shown.push({
            title: entry.title,
            url: absolute(entry.url, response.url)!,
            date: parseFeedDate(entry.published)?.toISOString() ?? null,
            image: absolute(entry.image, response.url),
            kicker: entry.kicker ?? null,
          });
        }
        expect(comparable(shown, expected)).to.deep.equal(expected);
      });

      it('<lede-related-content src> shows the expected items', async () => {
        const el = await fixture<LedeRelatedContent>(html`<lede-related-content src=${feedUrl} include-current></lede-related-content>`);
        const rendered = () => el.shadowRoot!.querySelectorAll('[part~="item"]').length;
        await until(() => rendered() >= expected.length || warnings.messages.some((message) => message.includes('could not be read')), 'the feed');
        await el.updateComplete;
        expect(warnings.messages.filter((message) => message.includes('could not be read'))).to.deep.equal([]);
        const shown = Array.from(el.shadowRoot!.querySelectorAll('[part~="item"]')).map((li): ShownItem => ({
          title: li.querySelector('[part~="link"]')!.textContent!,
          url: (li.querySelector('[part~="link"]') as HTMLAnchorElement).href,
          date: li.querySelector('time')?.getAttribute('datetime') ?? null,
          image: li.querySelector('img')?.src ?? null,
          kicker: li.querySelector('[part~="kicker"]')?.textContent ?? null,
        }));
        expect(comparable(shown, expected)).to.deep.equal(expected);
      });
    });
  }
});
