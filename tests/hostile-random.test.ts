/**
 * Randomised hostile input into every attribute, property, slot and feed
 * field of every element. Each round builds one element from random values
 * (odd Unicode, markup, unsafe URLs, huge numbers, broken JSON, wrong
 * types, 1 MB texts, a 10 MB attribute, 10,000 items, random feeds) and
 * fails on what would hurt a reader: an uncaught exception, a main-thread
 * stall over the limit, a rendered javascript:/data:/vbscript: URL, a
 * request storm on the test server, or the CMS's words lost.
 *
 * The generator is seeded: a failure names its seed and round, and
 * `?seed=N` in the test URL (or LEDE_FUZZ_SEED) replays it.
 */
import { expect, fixture } from '@open-wc/testing';
import '../src/define.js';
import { captureWarnings, sleep, type WarningCapture } from './helpers.js';
import { hostileFeed, measured, STALL_LIMIT_MS, unsafeUrls } from './hostile-helpers.js';

const SEED = Number(new URLSearchParams(location.search).get('seed')) || 20261129;
const ROUNDS_PER_ELEMENT = 14;

/** mulberry32: a small, fast, seedable generator. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  return { next, int, pick, chance: (p: number) => next() < p };
}
type Random = ReturnType<typeof generator>;

const ODD_CHARACTERS = [
  '\u0000', '\u0007', '\r', '\n', '\t', '\f', '\u200b', '\u200e', '\u200f', '\u202e', '\u2066', '\ufeff', '\ufffd',
  '\ud800', '\udfff', '\ud83d\ude00', '\u0301', '\u0338', '"', "'", '<', '>', '&', '\\', '/', ':', '{', '}', '[', ']',
  'ø', 'ß', 'Ж', 'ع', '한', '漢', '\u{1F1FA}\u{1F1E6}', '%', '#', '?', '=', ';', '`', '$', '*',
];

const HOSTILE_STRINGS = [
  '', ' ', 'javascript:window.pwned=1', ' JaVa\tScRiPt:window.pwned=1', 'java&#x09;script:window.pwned=1',
  '%6Aavascript:window.pwned=1', '&#106;avascript:window.pwned=1', 'data:text/html,<script>window.pwned=1</script>',
  'vbscript:msgbox(1)', 'file:///etc/passwd', '//evil.example/x', 'http://[', 'https://news.example/a b',
  '<img src=x onerror="window.pwned=1">', '<script>window.pwned=1</script>', '"><svg onload=window.pwned=1>',
  '{{constructor.constructor("window.pwned=1")()}}', '${window.pwned=1}', 'NaN', 'Infinity', '-Infinity', '1e308',
  '-1', '0', '0.000001', '99999999999999999999999', '3/0', '0/0', '16 / 9', '1:0', 'x', 'true', 'null', 'undefined',
  '{', '[', '[{"title": ', '{"__proto__": {"polluted": 1}}', '{"toString": 1}', '[null, 1, "a", {}]', '{"items": 5}',
  '2024-13-45T99:99:99Z', '9999999-01-01T00:00:00Z', '2024-03-19T13:17:00-04:00', '2024-03-19', 'Mars/Olympus',
  'America/New_York', 'Etc/GMT+99', 'block', 'pull', 'list', 'grid', 'compact', 'lazy', 'eager', 'live', 'ended',
  '2', '7', '-3', '1.5', '1000000', '5min', '1e308d', '24h',
];

function randomText(random: Random, length: number): string {
  let text = '';
  for (let i = 0; i < length; i += 1) text += random.chance(0.3) ? random.pick(ODD_CHARACTERS) : String.fromCharCode(32 + random.int(95));
  return text;
}

/** Many items of random shape, as JSON text or as objects. */
function randomItems(random: Random, count: number): unknown[] {
  const items: unknown[] = [];
  for (let i = 0; i < count; i += 1) {
    items.push(
      random.chance(0.1)
        ? random.pick([null, 5, 'item', [], true])
        : {
            title: random.chance(0.8) ? randomText(random, random.int(40)) : random.pick([null, 42, {}, ['a']]),
            url: random.chance(0.7) ? `/news/${i}` : random.pick(HOSTILE_STRINGS),
            image: random.chance(0.3) ? random.pick(['/test-server/related-content/thumb.svg', ...HOSTILE_STRINGS]) : undefined,
            imageAlt: random.chance(0.3) ? randomText(random, 20) : undefined,
            kicker: random.chance(0.3) ? randomText(random, 20) : undefined,
            published: random.chance(0.3) ? random.pick(HOSTILE_STRINGS) : undefined,
          },
    );
  }
  return items;
}

/** A random value for an attribute; `huge` allows one very large value per round. */
function attributeValue(random: Random, huge: { left: number }): string {
  const roll = random.next();
  if (roll < 0.04 && huge.left > 0) {
    huge.left -= 1;
    const piece = random.pick(['x', 'javascript:', '1', '<', '{']);
    const length = random.chance(0.5) ? 10 * 1024 * 1024 : 1024 * 1024;
    return piece.repeat(Math.ceil(length / piece.length)).slice(0, length);
  }
  if (roll < 0.5) return random.pick(HOSTILE_STRINGS);
  if (roll < 0.6) return JSON.stringify(randomItems(random, random.int(30)));
  if (roll < 0.63) return JSON.stringify(randomItems(random, 10_000));
  return randomText(random, random.int(80));
}

/** A random value for a property: wrong types included. */
function propertyValue(random: Random, huge: { left: number }): unknown {
  const roll = random.next();
  if (roll < 0.4) return attributeValue(random, huge);
  if (roll < 0.55) return random.pick([0, -1, 1e308, -1e308, NaN, Infinity, 0.5, 2 ** 31, 7]);
  if (roll < 0.7) return random.pick([null, undefined, true, false, {}, [], [1, 2], { length: 5 }, new Date(NaN), () => 1]);
  if (roll < 0.85) return randomItems(random, random.int(20));
  return Object.create(null);
}

interface ElementSpec {
  tag: string;
  attributes: string[];
  properties: string[];
  /** The CMS's light DOM, carrying `marker`; each element's own shape. */
  content(random: Random, marker: string, huge: { left: number }): string;
  /** Whether the element, as configured, is expected to show its slotted words. */
  showsContent(el: HTMLElement): boolean;
  /** Feed attributes, filled with a stored random feed. */
  feed?: 'json' | 'any';
}

const LONG_CAPTION = () => 'A caption that goes on. '.repeat(44_000);

const SPECS: ElementSpec[] = [
  {
    tag: 'lede-article-header',
    attributes: ['kicker', 'kicker-href', 'headline', 'headline-level', 'standfirst', 'authors', 'published', 'updated', 'time-zone', 'relative', 'relative-until', 'lang', 'messages'],
    properties: ['kicker', 'kickerHref', 'headline', 'headlineLevel', 'standfirst', 'authors', 'published', 'updatedAt', 'timeZone', 'relative', 'relativeUntil', 'messages'],
    content: (random, marker) =>
      `<h1>${marker}</h1><p slot="standfirst">${randomText(random, 30).replace(/[<&]/g, '')}</p><span slot="byline"><a href="${random.pick(['/a', 'javascript:window.pwned=1'])}">A</a></span>`,
    showsContent: () => true,
  },
  {
    tag: 'lede-captioned-image',
    attributes: ['src', 'srcset', 'sizes', 'alt', 'caption', 'credit', 'width', 'height', 'aspect-ratio', 'loading', 'priority', 'zoomable', 'lang', 'messages'],
    properties: ['src', 'srcset', 'sizes', 'alt', 'caption', 'credit', 'width', 'height', 'aspectRatio', 'loading', 'priority', 'zoomable', 'messages'],
    content: (random, marker, huge) => {
      const caption = huge.left > 0 && random.chance(0.15) ? ((huge.left -= 1), LONG_CAPTION()) : '';
      const src = random.pick(['/test-server/related-content/thumb.svg', 'javascript:window.pwned=1', 'data:image/png,x', '']);
      return `${random.chance(0.7) ? `<img src="${src}" alt="Photo" width="320" height="180">` : ''}${marker} ${caption}`;
    },
    showsContent: () => true,
  },
  {
    tag: 'lede-quote-block',
    attributes: ['quote', 'speaker', 'speaker-title', 'cite', 'variant', 'lang', 'messages'],
    properties: ['quote', 'speaker', 'speakerTitle', 'cite', 'variant', 'messages'],
    content: (random, marker) => `<p>${marker}</p>${random.chance(0.3) ? `<span slot="attribution">${randomText(random, 20).replace(/[<&]/g, '')}</span>` : ''}`,
    showsContent: () => true,
  },
  {
    tag: 'lede-related-content',
    attributes: ['heading', 'heading-level', 'items', 'src', 'timeout', 'max', 'layout', 'include-current', 'lang', 'messages'],
    properties: ['heading', 'headingLevel', 'items', 'src', 'timeout', 'max', 'layout', 'includeCurrent', 'messages'],
    content: (random, marker) => {
      const links = Array.from({ length: random.int(4) }, (_, i) => `<li><a href="${random.pick(['/news/' + i, 'javascript:window.pwned=1', '#', ''])}">${i} ${randomText(random, 10).replace(/[<&]/g, '')}</a></li>`);
      return `${links.length ? `<ul>${links.join('')}</ul>` : ''}<p>${marker}</p>`;
    },
    // The fallback paragraph shows when the list is empty.
    showsContent: (el) => el.shadowRoot!.querySelectorAll('[part~="item"]').length === 0,
    feed: 'any',
  },
  {
    tag: 'lede-live-banner',
    attributes: ['topic', 'label', 'href', 'message', 'state', 'hide-when-ended', 'dismissible', 'dismiss-key', 'src', 'interval', 'timeout', 'lang', 'messages'],
    properties: ['topic', 'label', 'href', 'message', 'state', 'hideWhenEnded', 'dismissible', 'dismissKey', 'src', 'interval', 'timeout', 'messages'],
    content: (_random, marker) => marker,
    showsContent: (el) => !el.hasAttribute('dismissed') && getComputedStyle(el).display !== 'none',
    feed: 'json',
  },
];

/** A random feed body: JSON Feed, RSS or Atom, well formed or not, with random fields. */
function randomFeed(random: Random, jsonOnly: boolean): { type: string; body: string } {
  const items = randomItems(random, random.chance(0.1) ? 3000 : random.int(15));
  const format = jsonOnly ? 'json' : random.pick(['json', 'rss', 'atom', 'broken'] as const);
  const escape = (value: unknown) => String(value ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const field = (item: unknown, name: string) => (item && typeof item === 'object' ? (item as Record<string, unknown>)[name] : undefined);
  if (format === 'json') {
    const jsonItems = items.map((item, i) => ({
      id: random.chance(0.9) ? String(i) : random.pick([null, 5, {}]),
      url: field(item, 'url'),
      title: field(item, 'title'),
      image: field(item, 'image'),
      date_published: field(item, 'published'),
      tags: random.chance(0.3) ? [field(item, 'kicker')] : random.pick([undefined, 'tag', [null]]),
      _lede: random.chance(0.2) ? { kicker: field(item, 'kicker'), image_alt: field(item, 'imageAlt'), ended: random.chance(0.2) } : random.pick([undefined, null, 'x']),
    }));
    return { type: random.pick(['application/feed+json', 'application/json', 'text/plain', '']), body: JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', expired: random.chance(0.1), items: jsonItems }) };
  }
  if (format === 'rss') {
    const body = items
      .map((item) => `<item><title>${escape(field(item, 'title'))}</title><link>${escape(field(item, 'url'))}</link><category>${escape(field(item, 'kicker'))}</category><pubDate>${escape(field(item, 'published'))}</pubDate><media:thumbnail xmlns:media="http://search.yahoo.com/mrss/" url="${escape(field(item, 'image'))}"/></item>`)
      .join('');
    return { type: 'application/rss+xml', body: `<?xml version="1.0"?><rss version="2.0"><channel><title>R</title>${body}</channel></rss>` };
  }
  if (format === 'atom') {
    const body = items
      .map((item) => `<entry><title type="${random.pick(['text', 'html'])}">${escape(field(item, 'title'))}</title><link href="${escape(field(item, 'url'))}"/><category term="${escape(field(item, 'kicker'))}"/></entry>`)
      .join('');
    return { type: 'application/atom+xml', body: `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">${body}</feed>` };
  }
  return { type: random.pick(['application/rss+xml', 'application/json', 'text/html']), body: randomText(random, 200) };
}

describe(`randomised hostile input (seed ${SEED})`, () => {
  let warnings: WarningCapture;
  let errors: string[];
  let consoleErrors: string[];
  const originalError = console.error;
  const onError = (event: ErrorEvent) => errors.push(`uncaught: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(event.reason)}`);

  beforeEach(() => {
    warnings = captureWarnings();
    errors = [];
    consoleErrors = [];
    console.error = (...args: unknown[]) => consoleErrors.push(args.map(String).join(' ').slice(0, 300));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    warnings.restore();
    console.error = originalError;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    delete (window as { pwned?: unknown }).pwned;
  });

  SPECS.forEach((spec, specIndex) => {
    it(`${spec.tag}: ${ROUNDS_PER_ELEMENT} rounds of random attributes, properties, slots and feeds`, async function () {
      this.timeout(120_000);
      for (let round = 0; round < ROUNDS_PER_ELEMENT; round += 1) {
        const where = `${spec.tag}, seed ${SEED}, round ${round}`;
        const random = generator(SEED * 31 + specIndex * 1000 + round);
        const huge = { left: 1 };
        const marker = `Marker-${round}-words`;
        const host = document.createElement('div');
        host.innerHTML = `<${spec.tag}>${spec.content(random, marker, huge)}</${spec.tag}>`;
        const el = host.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };

        let feed: ReturnType<typeof hostileFeed> | undefined;
        if (spec.feed && random.chance(0.6)) {
          feed = hostileFeed('stored');
          const { type, body } = randomFeed(random, spec.feed === 'json');
          await fetch(`/test-server/hostile/stored?key=${feed.key}&type=${encodeURIComponent(type)}`, { method: 'POST', body });
        }

        const { stall } = await measured(async () => {
          for (const name of spec.attributes) {
            // A megabyte of `lang` costs Firefox's own text layout seconds, with or without Lede
            // (its bidi runs each look the language up): Lede's side of it is tests/hostile.test.ts's.
            if (random.chance(0.45)) el.setAttribute(name, attributeValue(random, name === 'lang' ? { left: 0 } : huge));
          }
          for (const name of spec.properties) {
            if (random.chance(0.25)) (el as unknown as Record<string, unknown>)[name] = propertyValue(random, huge);
          }
          if (feed) el.setAttribute('src', feed.url);
          await fixture(host);
          await el.updateComplete;
          // Feeds load when near the viewport; let them arrive and render.
          if (feed) await sleep(250);
          await el.updateComplete;
          // Change a few things after the first render, as a page script would.
          for (const name of spec.properties) {
            if (random.chance(0.1)) (el as unknown as Record<string, unknown>)[name] = propertyValue(random, huge);
          }
          await el.updateComplete;
        });

        expect(errors, where).to.deep.equal([]);
        expect(stall, `${where}: the main thread stalled`).to.be.below(STALL_LIMIT_MS);
        expect(unsafeUrls(el), where).to.deep.equal([]);
        expect((window as { pwned?: unknown }).pwned, where).to.equal(undefined);
        expect(el.textContent, `${where}: the CMS's words are still in the page`).to.contain(marker);
        if (spec.showsContent(el)) {
          const carrier = Array.from(el.childNodes).find((node) => node.textContent?.includes(marker)) as (Element | Text) | undefined;
          expect(carrier?.assignedSlot ?? null, `${where}: the CMS's words are in a slot`).to.not.equal(null);
        }
        // Warnings stay short, whatever the value.
        for (const message of warnings.messages) expect(message.length, where).to.be.below(2000);
        // Our error boundary may report a bug of ours with console.error; none is expected.
        expect(consoleErrors, where).to.deep.equal([]);
        if (feed) {
          // One request per element at most while the round lasts: no storm.
          await sleep(300);
          expect((await feed.stats()).requests, `${where}: feed requests`).to.be.at.most(1);
        }
        el.remove();
        warnings.messages.length = 0;
      }
    });
  });
});
