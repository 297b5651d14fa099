import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/components/related-content/lede-related-content.js';
import type { LedeRelatedContent, LedeRelatedSelectEvent, RelatedItem } from '../src/components/related-content/related-content.js';
import { inMedia, nextFrames, onlyIn, part, press, until, warningsPerTest } from './helpers.js';

const FEEDS = '/test-server/related-content/';
let keyCount = 0;
/** A feed URL with a key of its own, so the server's request log is per test. */
const feed = (name: string, extra = '') => {
  const key = `k${Date.now()}-${(keyCount += 1)}`;
  return { url: `${FEEDS}${name}?key=${key}${extra}`, key };
};
interface Seen {
  count: number;
  aborted: number;
  cookie: string | null;
  accept: string | null;
}
const seenBy = async (key: string): Promise<Seen> => (await fetch(`${FEEDS}requests?key=${key}`)).json();

/** Waits (frame by frame, up to ~8 s) until `check` is true. */
const items = (el: Element) => Array.from(el.shadowRoot!.querySelectorAll<HTMLLIElement>('[part~="item"]'));
const links = (el: Element) => Array.from(el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="link"]'));
const titles = (el: Element) => links(el).map((a) => a.textContent);
const rendered = async (el: LedeRelatedContent, count = 1) => {
  await until(() => items(el).length >= count, `${count} rendered items`);
  await el.updateComplete;
};

const sample: RelatedItem[] = [
  { title: 'Seoul adds shipping firms to its sanctions list', url: '/news/seoul-sanctions-shipping-firms' },
  { title: 'Freight traffic rises on the Khasan–Rajin rail link', url: '/news/rail-link-khasan' },
  { title: 'Analysis: how long can Russia’s artillery stockpiles last?', url: '/analysis/artillery-stockpiles' },
];
const withImages: RelatedItem[] = sample.map((item, i) => ({
  ...item,
  image: `${FEEDS}thumb.svg`,
  kicker: ['News', 'Logistics', 'Analysis'][i],
  published: `2024-03-1${8 - i}T12:00:00Z`,
}));

describe('<lede-related-content>', () => {
  const warnings = warningsPerTest();

  describe('from the CMS’s light-DOM list', () => {
    it('renders the links through its own template, in a section named by a real heading', async () => {
      const el = await fixture<LedeRelatedContent>(html`
        <lede-related-content>
          <ul>
            <li><a href="/news/seoul-sanctions-shipping-firms">Seoul adds shipping firms to its sanctions list</a></li>
            <li><a href="/news/rail-link-khasan">Freight traffic rises on the Khasan–Rajin rail link</a></li>
          </ul>
        </lede-related-content>
      `);
      const section = part(el, 'section')!;
      const heading = part(el, 'heading')!;
      const list = part(el, 'list')!;
      expect(section.localName).to.equal('section');
      expect(heading.localName).to.equal('h2');
      expect(heading.textContent).to.equal('Related content');
      expect(section.getAttribute('aria-labelledby')).to.equal(heading.id);
      expect(list.localName).to.equal('ul');
      expect(list.getAttribute('aria-labelledby')).to.equal(heading.id);
      expect(titles(el)).to.deep.equal(['Seoul adds shipping firms to its sanctions list', 'Freight traffic rises on the Khasan–Rajin rail link']);
      expect(links(el)[1]!.getAttribute('href')).to.equal('/news/rail-link-khasan');
      // The CMS's list stays in the page (crawlers, no-JS readers) but is not shown twice.
      const original = el.querySelector('ul')!;
      expect(original.parentElement).to.equal(el);
      expect(original.getClientRects().length).to.equal(0);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('reads an image, a kicker and a time from each item', async () => {
      const el = await fixture<LedeRelatedContent>(html`
        <lede-related-content lang="en">
          <ul>
            <li>
              <a href="/news/one"><img src="${FEEDS}thumb.svg" alt="" width="320" height="180" /> First</a>
              <span data-kicker>Analysis</span>
              <time datetime="2024-03-18T12:00:00Z">18 March</time>
            </li>
          </ul>
        </lede-related-content>
      `);
      expect(titles(el)).to.deep.equal(['First']);
      expect(part(el, 'kicker')!.textContent).to.equal('Analysis');
      expect(part(el, 'date')!.textContent).to.equal('Mar 18, 2024');
      expect(part<HTMLImageElement>(el, 'image')!.getAttribute('src')).to.equal(`${FEEDS}thumb.svg`);
    });

    it('follows changes the page makes to the list', async () => {
      const el = await fixture<LedeRelatedContent>(html`<lede-related-content><ul><li><a href="/a">A</a></li></ul></lede-related-content>`);
      const li = document.createElement('li');
      const a = Object.assign(document.createElement('a'), { href: '/b', textContent: 'B' });
      li.append(a);
      el.querySelector('ul')!.append(li);
      await rendered(el, 2);
      expect(titles(el)).to.deep.equal(['A', 'B']);
    });

    it('wins over the items attribute', async () => {
      const el = await fixture<LedeRelatedContent>(html`
        <lede-related-content items='[{"title":"From JSON","url":"/json"}]'><ul><li><a href="/cms">From the CMS</a></li></ul></lede-related-content>
      `);
      expect(titles(el)).to.deep.equal(['From the CMS']);
    });

    it('is readable before upgrade, and lede.css gives it the upgraded size (no layout shift)', async () => {
      const markup = `<lede-related-content><ul><li><a href="/a">Seoul adds shipping firms</a></li><li><a href="/b">Freight traffic rises</a></li></ul></lede-related-content>`;
      const frame = await fixture<HTMLIFrameElement>(html`<iframe style="inline-size: 600px; block-size: 400px; border: 0"></iframe>`);
      frame.srcdoc = `<!doctype html><link rel="stylesheet" href="/src/styles/lede.css"><body style="margin:0;font:16px/1.5 sans-serif">${markup}</body>`;
      await oneEvent(frame, 'load');
      const before = frame.contentDocument!.querySelector('lede-related-content')!;
      expect(before.matches(':not(:defined)')).to.equal(true);
      expect((before as HTMLElement).innerText).to.contain('Seoul adds shipping firms');
      const wrapper = await fixture(html`<div style="inline-size: 600px; font: 16px/1.5 sans-serif">
        <lede-related-content><ul><li><a href="/a">Seoul adds shipping firms</a></li><li><a href="/b">Freight traffic rises</a></li></ul></lede-related-content>
      </div>`);
      const after = wrapper.querySelector('lede-related-content')!;
      await (after as LedeRelatedContent).updateComplete;
      expect(after.getBoundingClientRect().height).to.be.closeTo(before.getBoundingClientRect().height, 0.5);
      const [first] = items(after);
      expect(first!.getBoundingClientRect().top - after.getBoundingClientRect().top).to.be.closeTo(
        before.querySelector('li')!.getBoundingClientRect().top - before.getBoundingClientRect().top,
        0.5,
      );
    });

    it('drops unsafe links from the CMS list with one warning', async () => {
      const el = await fixture<LedeRelatedContent>(html`
        <lede-related-content><ul><li><a href="javascript:alert(1)">Bad</a></li><li><a href="/good">Good</a></li><li>No link</li></ul></lede-related-content>
      `);
      expect(titles(el)).to.deep.equal(['Good']);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<lede-related-content> content: 1 of 2 entries').and.contain('javascript:');
    });

    it('renders nothing (and does not fall back to the raw list) when every link is left out', async () => {
      const el = await fixture<LedeRelatedContent>(html`<lede-related-content><ul><li><a href=${location.href}>This page</a></li></ul></lede-related-content>`);
      expect(el.shadowRoot!.childElementCount).to.equal(0);
      expect(el.querySelector('a')!.getClientRects().length).to.equal(0);
      expect(el.getBoundingClientRect().height).to.equal(0);
    });

    it('shows fallback content that is not a list when there is nothing to list', async () => {
      const el = await fixture<LedeRelatedContent>(html`<lede-related-content><p>More in <a href="/news/">News</a></p></lede-related-content>`);
      expect(part(el, 'heading')).to.equal(null);
      const slot = el.shadowRoot!.querySelector('slot')!;
      expect(slot.assignedElements()[0]!.textContent).to.equal('More in News');
      expect(el.querySelector('p')!.getClientRects().length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('from items', () => {
    it('renders the items property', async () => {
      const el = await fixture<LedeRelatedContent>(html`<lede-related-content .items=${sample}></lede-related-content>`);
      expect(titles(el)).to.deep.equal(sample.map((i) => i.title));
    });

    it('renders the items JSON attribute', async () => {
      const el = await fixture<LedeRelatedContent>(html`<lede-related-content items=${JSON.stringify(sample)}></lede-related-content>`);
      expect(titles(el)).to.deep.equal(sample.map((i) => i.title));
    });

    it('warns once about malformed JSON and renders nothing, without throwing', async () => {
      const el = await fixture<LedeRelatedContent>(html`<lede-related-content items='[{"title": "x",'></lede-related-content>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(part(el, 'heading')).to.equal(null);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<lede-related-content> items:').and.contain('not valid JSON');
    });

    it('treats items set to null as no items, silently', async () => {
      const el = await fixture<LedeRelatedContent>(html`<lede-related-content .items=${sample}></lede-related-content>`);
      (el as unknown as { items: null }).items = null;
      await el.updateComplete;
      expect(items(el)).to.have.length(0);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('warns when items is not an array', async () => {
      const el = await fixture<LedeRelatedContent>(html`<lede-related-content items='{"title":"x","url":"/x"}'></lede-related-content>`);
      expect(items(el)).to.have.length(0);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('items:').and.contain('not an array');
    });

    it('renders titles and kickers as text, never HTML, and drops unsafe URLs with one warning', async () => {
      const el = await fixture<LedeRelatedContent>(html`
        <lede-related-content
          .items=${[
            { title: '<img src=x onerror="window.pwned=1">Markup', url: '/one', kicker: '<b>bold</b>' },
            { title: 'Script link', url: 'javascript:window.pwned=1' },
            { title: 'Data link', url: 'data:text/html,<script>1</script>' },
            { title: 'Unsafe image', url: '/four', image: 'javascript:alert(1)' },
            { title: '', url: '/untitled' },
            'not an object',
          ]}
        ></lede-related-content>
      `);
      expect(titles(el)).to.deep.equal(['<img src=x onerror="window.pwned=1">Markup', 'Unsafe image']);
      expect(part(el, 'kicker')!.textContent).to.equal('<b>bold</b>');
      expect(el.shadowRoot!.querySelector('img, b, script')).to.equal(null);
      expect((window as { pwned?: number }).pwned).to.equal(undefined);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<lede-related-content> items: 5 of 6 entries').and.contain('javascript:');
    });
  });

  describe('heading', () => {
    it('takes the heading attribute and a level from 2 to 6', async () => {
      for (const level of [2, 3, 4, 5, 6]) {
        const el = await fixture<LedeRelatedContent>(html`<lede-related-content heading="More on North Korea" heading-level=${level} .items=${sample}></lede-related-content>`);
        const heading = part(el, 'heading')!;
        expect(heading.localName).to.equal(`h${level}`);
        expect(heading.textContent).to.equal('More on North Korea');
      }
      expect(warnings.messages).to.deep.equal([]);
    });

    it('falls back to h2 with a warning for a level out of range', async () => {
      const el = await fixture<LedeRelatedContent>(html`<lede-related-content heading-level="1" .items=${sample}></lede-related-content>`);
      expect(part(el, 'heading')!.localName).to.equal('h2');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('heading-level').and.contain('2');
    });

    it('is localised by default', async () => {
      const cases: Array<[string, string]> = [
        ['de', 'Verwandte Inhalte'],
        ['pl', 'Powiązane treści'],
        ['ar', 'محتوى ذو صلة'],
      ];
      for (const [lang, text] of cases) {
        const wrapper = await fixture(html`<div lang=${lang}><lede-related-content .items=${sample}></lede-related-content></div>`);
        const el = wrapper.querySelector('lede-related-content')!;
        await el.updateComplete;
        expect(part(el, 'heading')!.textContent).to.equal(text);
      }
    });
  });

  describe('items shown', () => {
    it('leaves out the current page (hash, trailing slash and default port ignored) and the canonical URL', async () => {
      const here = new URL(location.href);
      here.hash = 'comments';
      const canonical = document.createElement('link');
      canonical.rel = 'canonical';
      canonical.href = '/news/canonical-article/';
      document.head.append(canonical);
      try {
        const el = await fixture<LedeRelatedContent>(html`
          <lede-related-content
            .items=${[
              { title: 'This page', url: here.href },
              { title: 'This page, canonical', url: `${location.origin}/news/canonical-article` },
              { title: 'Other', url: '/news/other' },
            ]}
          ></lede-related-content>
        `);
        expect(titles(el)).to.deep.equal(['Other']);
        el.includeCurrent = true;
        await el.updateComplete;
        expect(titles(el)).to.deep.equal(['This page', 'This page, canonical', 'Other']);
      } finally {
        canonical.remove();
      }
    });

    it('leaves out duplicate URLs after normalising them', async () => {
      const el = await fixture<LedeRelatedContent>(html`
        <lede-related-content
          .items=${[
            { title: 'One', url: 'http://news.example/a' },
            { title: 'One, default port', url: 'http://news.example:80/a' },
            { title: 'One, slash and hash', url: 'http://NEWS.example/a/#top' },
            { title: 'Two', url: 'http://news.example/a?page=2' },
          ]}
        ></lede-related-content>
      `);
      expect(titles(el)).to.deep.equal(['One', 'Two']);
    });

    it('shows at most max items, counted after leaving some out', async () => {
      const el = await fixture<LedeRelatedContent>(html`<lede-related-content max="2" .items=${[{ title: 'Here', url: location.href }, ...sample]}></lede-related-content>`);
      expect(titles(el)).to.deep.equal([sample[0]!.title, sample[1]!.title]);
    });

    it('ignores an invalid max with a warning', async () => {
      const el = await fixture<LedeRelatedContent>(html`<lede-related-content max="none" .items=${sample}></lede-related-content>`);
      expect(items(el)).to.have.length(3);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('max:');
    });

    it('renders 1,000 items, and stays within max when set', async () => {
      const thousand = Array.from({ length: 1000 }, (_, i) => ({ title: `Related article ${i + 1}`, url: `/news/article-${i + 1}` }));
      const el = await fixture<LedeRelatedContent>(html`<lede-related-content .items=${thousand}></lede-related-content>`);
      expect(items(el)).to.have.length(1000);
      expect(links(el)[999]!.textContent).to.equal('Related article 1000');
      // Still usable: the last link can be reached and activated.
      links(el)[999]!.focus();
      expect(el.shadowRoot!.activeElement).to.equal(links(el)[999]);
      el.max = 10;
      await el.updateComplete;
      expect(items(el)).to.have.length(10);
    });

    it('shows the date in the element’s locale inside <time datetime>', async () => {
      const el = await fixture<LedeRelatedContent>(html`<lede-related-content lang="de" .items=${withImages}></lede-related-content>`);
      const time = part(el, 'date')!;
      expect(time.localName).to.equal('time');
      expect(time.getAttribute('datetime')).to.equal('2024-03-18T12:00:00.000Z');
      expect(time.textContent).to.equal('18.03.2024');
      el.lang = 'fr';
      await el.updateComplete;
      expect(part(el, 'date')!.textContent).to.equal('18 mars 2024');
    });

    it('leaves out an invalid date without a time element', async () => {
      const el = await fixture<LedeRelatedContent>(html`<lede-related-content .items=${[{ title: 'A', url: '/a', published: 'yesterday' }]}></lede-related-content>`);
      expect(part(el, 'date')).to.equal(null);
      expect(titles(el)).to.deep.equal(['A']);
    });

    it('reserves each thumbnail’s box before it loads, and loads it lazily', async () => {
      const el = await fixture<LedeRelatedContent>(html`<lede-related-content .items=${[{ title: 'A', url: '/a', image: `${FEEDS}status/404` }]}></lede-related-content>`);
      const img = part<HTMLImageElement>(el, 'image')!;
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('alt')).to.equal('');
      expect(img.getAttribute('width')).to.equal('320');
      expect(img.getAttribute('height')).to.equal('180');
      const box = img.getBoundingClientRect();
      expect(box.width).to.be.greaterThan(0);
      expect(box.height).to.be.closeTo((box.width * 9) / 16, 0.5);
    });
  });

  describe('layouts', () => {
    const columns = (el: Element) => new Set(items(el).map((li) => Math.round(li.getBoundingClientRect().left))).size;

    it('lays the grid out in columns when wide and one column when narrow (container queries)', async () => {
      const wrapper = await fixture(html`<div style="inline-size: 900px"><lede-related-content layout="grid" .items=${withImages}></lede-related-content></div>`);
      const el = wrapper.querySelector('lede-related-content')!;
      await el.updateComplete;
      expect(columns(el)).to.equal(3);
      (wrapper as HTMLElement).style.inlineSize = '320px';
      await nextFrames();
      expect(columns(el)).to.equal(1);
      // Narrow, each card puts its thumbnail beside the text, like the list.
      const img = part(el, 'image')!;
      expect(img.getBoundingClientRect().width).to.be.lessThan(200);
    });

    it('shrinks list thumbnails in a narrow sidebar', async () => {
      const wrapper = await fixture(html`<div style="inline-size: 600px"><lede-related-content .items=${withImages}></lede-related-content></div>`);
      const el = wrapper.querySelector('lede-related-content')!;
      await el.updateComplete;
      const wide = part(el, 'image')!.getBoundingClientRect().width;
      (wrapper as HTMLElement).style.inlineSize = '240px';
      await nextFrames();
      expect(part(el, 'image')!.getBoundingClientRect().width).to.be.lessThan(wide);
    });

    it('shows no thumbnails in the compact layout', async () => {
      const el = await fixture<LedeRelatedContent>(html`<lede-related-content layout="compact" .items=${withImages}></lede-related-content>`);
      expect(part(el, 'image')).to.equal(null);
      expect(part(el, 'kicker')).to.exist;
      expect(items(el)).to.have.length(3);
    });

    it('falls back to the list layout with a warning for an unknown layout', async () => {
      const el = await fixture<LedeRelatedContent>(html`<lede-related-content layout="carousel" .items=${sample}></lede-related-content>`);
      expect(part(el, 'section')!.className).to.equal('list');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('layout:').and.contain('layout="list"');
    });

    for (const [layout, width, dir] of [
      ['list', 600, 'ltr'],
      ['grid', 900, 'ltr'],
      ['grid', 900, 'rtl'],
      ['grid', 320, 'ltr'],
      ['compact', 300, 'ltr'],
    ] as const) {
      it(`keeps keyboard order equal to visual order: ${layout}, ${width}px, ${dir}`, async () => {
        const wrapper = await fixture(html`
          <div dir=${dir} style="inline-size: ${width}px">
            <button>before</button>
            <lede-related-content layout=${layout} .items=${[...withImages, ...sample.map((s) => ({ ...s, url: `${s.url}-2` }))]}></lede-related-content>
          </div>
        `);
        const el = wrapper.querySelector('lede-related-content')!;
        await el.updateComplete;
        wrapper.querySelector('button')!.focus();
        const visited: HTMLAnchorElement[] = [];
        for (let i = 0; i < 6; i += 1) {
          await press('Tab');
          visited.push(el.shadowRoot!.activeElement as HTMLAnchorElement);
        }
        expect(visited).to.deep.equal(links(el));
        const boxes = visited.map((a) => a.closest('li')!.getBoundingClientRect());
        for (let i = 1; i < boxes.length; i += 1) {
          const [a, b] = [boxes[i - 1]!, boxes[i]!];
          const sameRow = Math.abs(a.top - b.top) < 1;
          if (sameRow) expect(dir === 'rtl' ? b.right < a.right : b.left > a.left, `item ${i + 1} follows item ${i} on its row`).to.equal(true);
          else expect(b.top, `item ${i + 1} is below item ${i}`).to.be.greaterThan(a.top);
        }
      });
    }
  });

  describe('lede-related-select', () => {
    /** Records the click's defaultPrevented as the page sees it, then stops the test page from navigating. */
    function watchNavigation() {
      const seen: boolean[] = [];
      const listener = (event: Event) => {
        seen.push(event.defaultPrevented);
        event.preventDefault();
      };
      document.addEventListener('click', listener);
      document.addEventListener('auxclick', listener);
      return {
        seen,
        stop: () => {
          document.removeEventListener('click', listener);
          document.removeEventListener('auxclick', listener);
        },
      };
    }

    it('fires with the item and its position when a link is clicked, without blocking navigation', async () => {
      const el = await fixture<LedeRelatedContent>(html`<lede-related-content .items=${withImages}></lede-related-content>`);
      const navigation = watchNavigation();
      try {
        setTimeout(() => links(el)[1]!.click());
        const event = (await oneEvent(el, 'lede-related-select')) as unknown as LedeRelatedSelectEvent;
        expect(event).to.be.instanceOf(Event);
        expect(event.item.title).to.equal(withImages[1]!.title);
        expect(event.item.url).to.equal(withImages[1]!.url);
        expect(event.position).to.equal(2);
        expect(event.source).to.equal('items');
        expect(event.bubbles && event.composed).to.equal(true);
        expect(event.cancelable).to.equal(false);
        expect(navigation.seen).to.deep.equal([false]);
      } finally {
        navigation.stop();
      }
    });

    it('fires on Enter, on a click anywhere on a card, and on a middle click; reaches document listeners', async () => {
      const el = await fixture<LedeRelatedContent>(html`<lede-related-content layout="grid" .items=${withImages}></lede-related-content>`);
      const navigation = watchNavigation();
      const events: LedeRelatedSelectEvent[] = [];
      const record = (event: LedeRelatedSelectEvent) => events.push(event);
      document.addEventListener('lede-related-select', record);
      try {
        links(el)[0]!.focus();
        await press('Enter');
        // A click on the card's thumbnail lands on the link stretched over the card.
        const img = part(el, 'image')!.getBoundingClientRect();
        const target = el.shadowRoot!.elementFromPoint(img.left + img.width / 2, img.top + img.height / 2);
        expect(target).to.equal(links(el)[0]);
        links(el)[2]!.dispatchEvent(new MouseEvent('auxclick', { button: 1, bubbles: true, composed: true, cancelable: true }));
        links(el)[2]!.dispatchEvent(new MouseEvent('auxclick', { button: 2, bubbles: true, composed: true, cancelable: true }));
        expect(events.map((e) => e.position)).to.deep.equal([1, 3]);
        expect(navigation.seen).to.deep.equal([false, false, false]);
      } finally {
        navigation.stop();
        document.removeEventListener('lede-related-select', record);
      }
    });
  });

  describe('from a feed (real HTTP)', () => {
    it('reads a JSON Feed 1.1: relative URLs against the feed, kicker, image, date, duplicates left out', async () => {
      const { url } = feed('feed.json');
      const el = await fixture<LedeRelatedContent>(html`<lede-related-content src=${url} lang="en"></lede-related-content>`);
      await rendered(el, 3);
      expect(titles(el)).to.deep.equal([
        'Seoul adds shipping firms to its sanctions list',
        'Freight traffic rises on the Khasan–Rajin rail link',
        'Analysis: how long can Russia’s artillery stockpiles last?',
      ]);
      expect(links(el)[0]!.getAttribute('href')).to.equal(`${location.origin}/news/seoul-sanctions-shipping-firms`);
      expect(links(el)[2]!.getAttribute('href')).to.equal('https://news.example/analysis/artillery-stockpiles');
      expect(el.shadowRoot!.querySelectorAll('[part~="kicker"]')[1]!.textContent).to.equal('Logistics');
      expect(part(el, 'kicker')!.textContent).to.equal('Sanctions');
      expect(el.shadowRoot!.querySelectorAll('img')[1]!.getAttribute('alt')).to.equal('A freight train');
      expect(part(el, 'date')!.textContent).to.equal('Mar 18, 2024');
      expect(warnings.messages).to.deep.equal([]);
    });

    it('reads RSS 2.0 (Media RSS thumbnail, guid permalink, category, pubDate)', async () => {
      const el = await fixture<LedeRelatedContent>(html`<lede-related-content src=${feed('rss.xml').url} lang="en"></lede-related-content>`);
      await rendered(el, 3);
      expect(titles(el)).to.deep.equal([
        'Seoul adds shipping firms to its sanctions list',
        'Freight traffic rises on the Khasan–Rajin rail link',
        'Analysis: how long can Russia\'s artillery stockpiles last?',
      ]);
      expect(links(el).map((a) => a.getAttribute('href'))).to.deep.equal([
        'https://news.example/news/seoul-sanctions-shipping-firms',
        'https://news.example/news/rail-link-khasan',
        'https://news.example/analysis/artillery-stockpiles',
      ]);
      expect(el.shadowRoot!.querySelectorAll('img')).to.have.length(1);
      expect(part(el, 'kicker')!.textContent).to.equal('Sanctions');
      expect(Array.from(el.shadowRoot!.querySelectorAll('time'), (t) => t.textContent)).to.deep.equal(['Mar 18, 2024', 'Mar 17, 2024']);
    });

    it('reads Atom 1.0 (alternate links, an html title as text, category label)', async () => {
      const el = await fixture<LedeRelatedContent>(html`<lede-related-content src=${feed('atom.xml').url} lang="en"></lede-related-content>`);
      await rendered(el, 3);
      expect(titles(el)[0]).to.equal('Seoul adds shipping firms to its sanctions list');
      expect(el.shadowRoot!.querySelector('em')).to.equal(null);
      expect(links(el)[1]!.getAttribute('href')).to.equal(`${location.origin}/news/rail-link-khasan`);
      expect(part(el, 'kicker')!.textContent).to.equal('Sanctions');
      expect(part(el, 'date')!.getAttribute('datetime')).to.equal('2024-03-18T12:00:00.000Z');
    });

    it('fetches only when the element comes near the viewport', async () => {
      const { url, key } = feed('feed.json');
      const wrapper = await fixture(html`<div><div style="block-size: 4000px"></div><lede-related-content src=${url}></lede-related-content></div>`);
      const el = wrapper.querySelector('lede-related-content')!;
      await el.updateComplete;
      await nextFrames();
      await nextFrames();
      expect((await seenBy(key)).count).to.equal(0);
      el.scrollIntoView();
      await rendered(el, 3);
      expect((await seenBy(key)).count).to.equal(1);
      window.scrollTo(0, 0);
    });

    it('sends no cookies and asks for feed types', async () => {
      document.cookie = 'lede-test=secret; path=/';
      try {
        const { url, key } = feed('feed.json');
        const el = await fixture<LedeRelatedContent>(html`<lede-related-content src=${url}></lede-related-content>`);
        await rendered(el, 3);
        const seen = await seenBy(key);
        expect(seen.cookie).to.equal(null);
        expect(seen.accept).to.contain('application/feed+json').and.contain('application/rss+xml').and.contain('application/atom+xml');
      } finally {
        document.cookie = 'lede-test=; path=/; max-age=0';
      }
    });

    it('aborts the request when the element is disconnected, silently', async () => {
      const { url, key } = feed('slow.json', '&ms=10000');
      const el = await fixture<LedeRelatedContent>(html`<lede-related-content src=${url}></lede-related-content>`);
      await until(async () => (await seenBy(key)).count === 1, 'the request to reach the server');
      el.remove();
      await until(async () => (await seenBy(key)).aborted === 1, 'the server to see the abort');
      expect(warnings.messages).to.deep.equal([]);
      expect(items(el)).to.have.length(0);
    });

    it('gives up on a feed that does not answer within timeout seconds, with one warning', async () => {
      const { url, key } = feed('slow.json', '&ms=3000');
      const el = await fixture<LedeRelatedContent>(html`<lede-related-content timeout="1" src=${url}><p>Fallback</p></lede-related-content>`);
      await until(() => warnings.messages.length > 0, 'the time-out warning');
      await until(async () => (await seenBy(key)).aborted === 1, 'the server to see the request abandoned');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<lede-related-content> src:').and.contain(url).and.contain('timed out');
      await el.updateComplete;
      expect(items(el)).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('warns about a timeout that is not a number of seconds and uses 10', async () => {
      const { url } = feed('feed.json');
      const el = await fixture<LedeRelatedContent>(html`<lede-related-content timeout="soon" src=${url}></lede-related-content>`);
      await rendered(el, 3);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<lede-related-content> timeout: "soon"').and.contain('10');
    });

    it('reads the feed again for a larger max set while the first read was still under way', async () => {
      const { url } = feed('slow.json', '&ms=1500&items=10');
      const el = await fixture<LedeRelatedContent>(html`<lede-related-content max="2" src=${url}></lede-related-content>`);
      await nextFrames();
      el.max = 6;
      await until(() => titles(el).length === 6, 'six items');
      expect(titles(el)).to.deep.equal(['Story 1', 'Story 2', 'Story 3', 'Story 4', 'Story 5', 'Story 6']);
    });

    it('aborts the old request when src changes, and shows the new feed', async () => {
      const slow = feed('slow.json', '&ms=10000');
      const el = await fixture<LedeRelatedContent>(html`<lede-related-content src=${slow.url}></lede-related-content>`);
      await until(async () => (await seenBy(slow.key)).count === 1, 'the first request');
      el.src = feed('rss.xml').url;
      await rendered(el, 3);
      await until(async () => (await seenBy(slow.key)).aborted === 1, 'the first request to be aborted');
      expect(links(el)[0]!.getAttribute('href')).to.equal('https://news.example/news/seoul-sanctions-shipping-firms');
    });

    it('does not fetch again when moved in the page', async () => {
      const { url, key } = feed('feed.json');
      const el = await fixture<LedeRelatedContent>(html`<lede-related-content src=${url}></lede-related-content>`);
      await rendered(el, 3);
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await el.updateComplete;
      await nextFrames();
      expect((await seenBy(key)).count).to.equal(1);
      expect(items(el)).to.have.length(3);
    });

    it('replaces the light-DOM list once the feed has entries, reporting source "feed"', async () => {
      const el = await fixture<LedeRelatedContent>(html`
        <lede-related-content src=${feed('rss.xml').url}><ul><li><a href="/cms">From the CMS</a></li></ul></lede-related-content>
      `);
      expect(titles(el)).to.deep.equal(['From the CMS']);
      await rendered(el, 3);
      expect(titles(el)).to.not.include('From the CMS');
      const navigation = (event: Event) => event.preventDefault();
      document.addEventListener('click', navigation);
      try {
        setTimeout(() => links(el)[0]!.click());
        const event = (await oneEvent(el, 'lede-related-select')) as unknown as LedeRelatedSelectEvent;
        expect(event.source).to.equal('feed');
      } finally {
        document.removeEventListener('click', navigation);
      }
    });

    it('keeps the light-DOM list when the feed is empty, without a warning', async () => {
      const { url, key } = feed('empty.json');
      const el = await fixture<LedeRelatedContent>(html`<lede-related-content src=${url}><ul><li><a href="/cms">From the CMS</a></li></ul></lede-related-content>`);
      await until(async () => (await seenBy(key)).count === 1, 'the request');
      await nextFrames();
      expect(titles(el)).to.deep.equal(['From the CMS']);
      expect(warnings.messages).to.deep.equal([]);
    });

    const failures: Array<[string, string]> = [
      ['status/404', 'HTTP 404'],
      ['status/500', 'HTTP 500'],
      ['broken.json', 'JSON is malformed'],
      ['broken.xml', 'XML is malformed'],
      ['page.html', '"text/html"'],
    ];
    for (const [name, cause] of failures) {
      it(`gives one warning naming the URL and the cause for ${name}, and keeps the light-DOM fallback`, async () => {
        const { url } = feed(name);
        const el = await fixture<LedeRelatedContent>(html`<lede-related-content src=${url}><ul><li><a href="/cms">From the CMS</a></li></ul></lede-related-content>`);
        await until(() => warnings.messages.length > 0, 'a warning');
        el.requestUpdate();
        await el.updateComplete;
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('<lede-related-content> src:').and.contain(url).and.contain(cause);
        expect(titles(el)).to.deep.equal(['From the CMS']);
      });
    }

    it('names a network failure (nothing listening, or CORS) as the cause', async () => {
      const url = 'http://127.0.0.1:9/feed.json';
      const el = await fixture<LedeRelatedContent>(html`<lede-related-content src=${url}><ul><li><a href="/cms">From the CMS</a></li></ul></lede-related-content>`);
      await until(() => warnings.messages.length > 0, 'a warning');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain(url).and.contain('the request failed').and.contain('CORS');
      expect(titles(el)).to.deep.equal(['From the CMS']);
    });

    it('renders nothing visible when a feed fails and there is no fallback', async () => {
      const el = await fixture<LedeRelatedContent>(html`<lede-related-content src=${feed('status/500').url}></lede-related-content>`);
      await until(() => warnings.messages.length > 0, 'a warning');
      await el.updateComplete;
      expect(el.shadowRoot!.childElementCount).to.equal(0);
      expect(el.getBoundingClientRect().height).to.equal(0);
      const style = getComputedStyle(el);
      expect([style.marginBlockStart, style.marginBlockEnd]).to.deep.equal(['0px', '0px']);
      await expect(el).to.be.accessible();
    });

    it('drops an unsafe src with a warning and fetches nothing', async () => {
      const el = await fixture<LedeRelatedContent>(html`<lede-related-content src="javascript:alert(1)"></lede-related-content>`);
      await nextFrames();
      expect(items(el)).to.have.length(0);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('src:').and.contain('javascript:');
    });

    for (const name of ['hostile.json', 'hostile.xml']) {
      it(`renders HTML and script in ${name} as text and drops its javascript: links with one warning`, async () => {
        const el = await fixture<LedeRelatedContent>(html`<lede-related-content src=${feed(name).url}></lede-related-content>`);
        const json = name.endsWith('json');
        await rendered(el, json ? 2 : 1);
        await nextFrames();
        for (const title of titles(el)) expect(title).to.not.match(/^(Bad link|A (disguised )?javascript)/);
        if (json) {
          // JSON Feed titles are plain text by the specification: shown exactly as written.
          expect(titles(el)).to.include('<img src=x onerror="window.pwned=1">Title with markup');
          expect(titles(el)).to.include('<script>window.pwned=1</script>');
        } else {
          // RSS titles may be escaped HTML: shown as the text a reader would see (read in an inert
          // document, where the onerror never runs); a title that is only a script is left out.
          expect(titles(el)).to.deep.equal(['Markup in CDATA']);
        }
        for (const href of links(el).map((a) => a.getAttribute('href')!)) expect(href).to.match(/^http:\/\/localhost/);
        expect(el.shadowRoot!.querySelector('script, b, [onerror]')).to.equal(null);
        expect((window as { pwned?: number }).pwned).to.equal(undefined);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('<lede-related-content> src:').and.contain('javascript:');
      });
    }
  });

  describe('under a strict CSP with Trusted Types enforced', () => {
    async function cspPage(query: string) {
      const frame = await fixture<HTMLIFrameElement>(html`<iframe title="CSP test page" src=${`${FEEDS}csp.html?${query}`}></iframe>`);
      await until(() => Boolean(frame.contentDocument?.querySelector('lede-related-content')?.shadowRoot), 'the element in the frame');
      return { frame, el: frame.contentDocument!.querySelector('lede-related-content')!, problems: () => (frame.contentWindow as unknown as { problems: string[] }).problems };
    }

    it('reads an RSS feed with DOMParser through the "lede-feed" policy', async () => {
      const { el, problems } = await cspPage('tt=lit-html%20lede-feed');
      await rendered(el as LedeRelatedContent, 3);
      expect(titles(el)[0]).to.equal('Seoul adds shipping firms to its sanctions list');
      expect(problems()).to.deep.equal([]);
    });

    it('reads a JSON Feed on a page that does not allow the policy: the only report is the policy refused once, at load', async () => {
      // The policy is made when the module loads, so no later script can take its name (see README, "Errors and safety").
      const { el, problems } = await cspPage('tt=lit-html&feed=feed.json');
      await rendered(el as LedeRelatedContent, 3);
      expect(problems()).to.deep.equal(['violation: trusted-types']);
    });

    it('explains how to allow XML feeds when the page forbids the policy', async () => {
      const { problems } = await cspPage('tt=lit-html');
      await until(() => problems().some((p) => p.startsWith('warning')), 'a warning');
      const warningsGiven = problems().filter((p) => p.startsWith('warning'));
      expect(warningsGiven).to.have.length(1);
      expect(warningsGiven[0]).to.contain('src:').and.contain('rss.xml').and.contain('lede-feed');
      expect(problems().filter((p) => p.startsWith('error'))).to.deep.equal([]);
    });
  });

  describe('style', () => {
    it('puts the thumbnail at the inline start, right to left too', async () => {
      const wrapper = await fixture(html`<div dir="rtl" lang="ar" style="inline-size: 600px"><lede-related-content .items=${withImages}></lede-related-content></div>`);
      const el = wrapper.querySelector('lede-related-content')!;
      await el.updateComplete;
      const img = part(el, 'image')!.getBoundingClientRect();
      const link = part(el, 'link')!.getBoundingClientRect();
      expect(img.left).to.be.greaterThan(link.right);
    });

    it('themes through --lede-* tokens on an ancestor', async () => {
      const wrapper = await fixture(html`
        <div style="--lede-accent-color: rgb(0, 128, 0); --lede-related-heading-font-size: 30px; --lede-rule-color: rgb(1, 2, 3)">
          <lede-related-content .items=${withImages}></lede-related-content>
        </div>
      `);
      const el = wrapper.querySelector('lede-related-content')!;
      await el.updateComplete;
      expect(getComputedStyle(part(el, 'kicker')!).color).to.equal('rgb(0, 128, 0)');
      expect(getComputedStyle(part(el, 'heading')!).fontSize).to.equal('30px');
      expect(getComputedStyle(part(el, 'item')!).borderBlockStartColor).to.equal('rgb(1, 2, 3)');
    });

    inMedia({ forcedColors: 'active' }).it('uses system colours in forced-colours mode', async () => {
      const el = await fixture<LedeRelatedContent>(html`<lede-related-content .items=${withImages}></lede-related-content>`);
      expect(getComputedStyle(part(el, 'kicker')!).color).to.equal(getComputedStyle(document.body).color);
    });

    inMedia({ forcedColors: 'none', media: 'print' }).it('prints link targets without thumbnails', async () => {
      const el = await fixture<LedeRelatedContent>(html`<lede-related-content .items=${withImages}></lede-related-content>`);
      expect(getComputedStyle(part(el, 'image')!).display).to.equal('none');
      expect(getComputedStyle(part(el, 'link')!, '::after').content).to.equal(`" (${withImages[0]!.url})"`);
    });

    it('shows a visible focus ring around the item', async () => {
      const wrapper = await fixture(html`<div><button>before</button><lede-related-content .items=${sample}></lede-related-content></div>`);
      const related = wrapper.querySelector('lede-related-content')!;
      await related.updateComplete;
      wrapper.querySelector('button')!.focus();
      await press('Tab');
      const link = links(related)[0]!;
      expect(related.shadowRoot!.activeElement).to.equal(link);
      expect(getComputedStyle(link, '::after').outlineStyle).to.equal('solid');
    });
  });

  describe('a long list', () => {
    const many: RelatedItem[] = Array.from({ length: 300 }, (_, i) => ({ title: `Archive article ${i + 1}`, url: `/archive/${i + 1}#top` }));

    it('lays out only the items near the viewport after the 24th, keeping every item in the document and the accessibility tree', async () => {
      const el = await fixture<LedeRelatedContent>(html`<lede-related-content .items=${many}></lede-related-content>`);
      await el.updateComplete;
      const all = items(el);
      expect(all).to.have.length(300);
      expect(getComputedStyle(all[23]!).contentVisibility).to.equal('visible');
      expect(getComputedStyle(all[24]!).contentVisibility).to.equal('auto');
      expect(getComputedStyle(all[299]!).contentVisibility).to.equal('auto');
      expect(links(el)[299]!.textContent).to.equal('Archive article 300');
      // Repeated links differ only by the fragment: one key each, so all 300 stay.
      expect(titles(el)[150]).to.equal('Archive article 151');
    });

    it('draws the focus ring of a far item inside the item, where its paint containment does not clip it', async () => {
      const el = await fixture<LedeRelatedContent>(html`<lede-related-content .items=${many}></lede-related-content>`);
      await el.updateComplete;
      const far = links(el)[280]!;
      far.focus();
      const ring = getComputedStyle(far, '::after');
      expect(ring.outlineStyle).to.equal('solid');
      expect(ring.outlineOffset).to.equal('-2px');
      const near = links(el)[0]!;
      near.focus();
      expect(getComputedStyle(near, '::after').outlineOffset).to.equal('2px');
    });

    it('keeps one of two links that differ only by a fragment or a bare "#"', async () => {
      const el = await fixture<LedeRelatedContent>(
        html`<lede-related-content
          .items=${[
            { title: 'First', url: 'https://news.example/a/b#' },
            { title: 'Again', url: 'https://news.example/a/b#section' },
            { title: 'Slash', url: 'https://news.example/a/b/' },
            { title: 'Other', url: 'https://news.example/a/c' },
          ]}
        ></lede-related-content>`,
      );
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['First', 'Other']);
    });
  });

  describe('accessibility', () => {
    for (const layout of ['list', 'grid', 'compact']) {
      it(`has no axe violations in the ${layout} layout`, async () => {
        const el = await fixture(html`<lede-related-content layout=${layout} .items=${withImages}></lede-related-content>`);
        await expect(el).to.be.accessible();
      });
    }

    inMedia({ colorScheme: 'dark' }).it('has no axe violations from a feed, in dark mode, right to left', async () => {
      const wrapper = await fixture(html`
        <div dir="rtl" lang="ar" style="color-scheme: light dark; background: Canvas; color: CanvasText">
          <lede-related-content layout="grid" src=${feed('feed.json').url}></lede-related-content>
        </div>
      `);
      const el = wrapper.querySelector('lede-related-content')!;
      await rendered(el, 3);
      await expect(wrapper).to.be.accessible();
    });

    onlyIn(['chromium', 'firefox'], 'the WebKitGTK window cannot be narrower than about 450 px').it('has no axe violations on a narrow viewport', async () => {
      await setViewport({ width: 360, height: 640 });
      try {
        const el = await fixture(html`<lede-related-content layout="grid" heading="More" heading-level="3" .items=${withImages}></lede-related-content>`);
        await expect(el).to.be.accessible();
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });
});
