/**
 * The layout-shift sweep (tests/layout-shift.test.ts).
 *
 * No layout shift on upgrade, at every width, in every engine: a page with
 * only src/styles/lede.css is measured across viewport widths 320–1000 px
 * (an iframe, so phone widths work where the browser window cannot be that
 * narrow), then the elements are defined and the same widths are measured
 * again. Every element must keep its height at every width.
 */
import { expect } from '@open-wc/testing';

const WIDTHS: number[] = [];
for (let width = 320; width <= 1000; width += 3) WIDTHS.push(width);

/** At most this far off (CSS px): sub-pixel rounding, never a line. */
const TOLERANCE = 0.5;

const ARTICLE = `
<p>Paragraph before the elements.</p>
<lede-article-header id="header" kicker="News" kicker-href="/news/" published="2024-03-19T17:17:00Z" updated="2024-03-19T20:05:00Z" time-zone="America/New_York"
  authors='[{"name":"Newsroom staff","url":"/authors/newsroom"},{"name":"Kim Min-jun"}]'>
  <h1>North Korea has sent Russia thousands of containers of munitions, Seoul says</h1>
  <p slot="standfirst">South Korea counts some 7,000 shipping containers of shells and military equipment since last summer.</p>
</lede-article-header>
<lede-article-header id="header-plain" published="2024-03-19T17:17:00Z"><h1>Only a headline and a date</h1></lede-article-header>
<lede-live-banner id="banner-feed" topic="War in Ukraine" href="/live/war-in-ukraine" src="/demo/feeds/live.json">Follow our live coverage for the latest updates</lede-live-banner>
<lede-live-banner id="banner" topic="War in Ukraine" href="/live/war-in-ukraine">Follow our live coverage</lede-live-banner>
<lede-captioned-image id="image" credit="East News | Alexander Zemlianichenko">
  <img src="/test-server/captioned-image/slow.svg?ms=0&amp;key=shift" alt="Containers" width="1200" height="800">
  Most of the cargo now goes by rail rather than by sea, according to Seoul.
</lede-captioned-image>
<lede-captioned-image id="image-short" credit="AP"><img src="/test-server/captioned-image/slow.svg?ms=0&amp;key=shift" alt="" width="1200" height="800">Seoul.</lede-captioned-image>
<lede-quote-block id="quote" speaker="Shin Won-sik" speaker-title="South Korean Minister of National Defence">
  <p>Whether these missiles were meant for front-line units or for export is not yet clear, but it is very likely they were being given a last test before being sent to Russia.</p>
</lede-quote-block>
<lede-quote-block id="quote-short" speaker="Shin Won-sik" speaker-title="South Korean Minister of National Defence"><p>Yes.</p></lede-quote-block>
<lede-quote-block id="quote-pull" variant="pull" speaker="Shin Won-sik"><p>It is very likely they were being given a last test.</p></lede-quote-block>
<div style="--lede-block-margin: 0"><lede-quote-block id="quote-plain"><p>No attribution, no page styles for its paragraphs.</p></lede-quote-block></div>
<lede-related-content id="related">
  <ul>
    <li><a href="/news/seoul-sanctions-shipping-firms">Seoul adds shipping firms to its sanctions list</a></li>
    <li><a href="/news/rail-link-khasan">Freight traffic rises on the Khasan–Rajin rail link, and the line now carries most of the cargo</a></li>
  </ul>
</lede-related-content>
<p>Paragraph after the elements.</p>`;

/** The article with lede.css, in a language (the elements' labels and dates follow it). */
const page = (lang: string, head = '') => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8">
<link rel="stylesheet" href="/src/styles/lede.css">${head}
<style>body { margin: 0 1rem; font: 18px/1.6 Georgia, serif } p { margin: 1rem 0 }</style>
</head><body>${ARTICLE}</body></html>`;

type Heights = Record<string, number>;

const ALL = ['header', 'header-plain', 'banner-feed', 'banner', 'image', 'image-short', 'quote', 'quote-short', 'quote-pull', 'quote-plain', 'related'];

async function frame(html: string): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'border: 0; height: 600px; width: 800px';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.srcdoc = html;
  document.body.append(iframe);
  await loaded;
  const doc = iframe.contentDocument!;
  // The stylesheet (and fonts) before the first measurement.
  await Promise.all([...doc.querySelectorAll('link')].map((link) => (link.sheet ? undefined : new Promise((resolve) => link.addEventListener('load', resolve, { once: true })))));
  await doc.fonts.ready;
  return iframe;
}

/** Each element's height at each width. */
function sweep(iframe: HTMLIFrameElement): Map<number, Heights> {
  const result = new Map<number, Heights>();
  const elements = [...iframe.contentDocument!.querySelectorAll<HTMLElement>('[id]')].filter((el) => el.localName.startsWith('lede-'));
  for (const width of WIDTHS) {
    iframe.style.width = `${width}px`;
    result.set(width, Object.fromEntries(elements.map((el) => [el.id, el.getBoundingClientRect().height])));
  }
  iframe.style.width = '800px';
  return result;
}

/**
 * The narrowest width (to 1/64 px) at which `el` keeps its widest height's line count: where
 * its longest line starts to wrap. The sweep's 3 px steps can miss a band narrower than that.
 */
function wrapWidth(el: HTMLElement): number {
  el.style.width = '1000px';
  const oneLine = el.getBoundingClientRect().height;
  let [narrow, wide] = [100, 1000];
  while (wide - narrow > 1 / 64) {
    const mid = (narrow + wide) / 2;
    el.style.width = `${mid}px`;
    if (el.getBoundingClientRect().height > oneLine + TOLERANCE) narrow = mid;
    else wide = mid;
  }
  el.style.width = '';
  return wide;
}

const frames = (win: Window) => new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));

/** The ids of the elements still waiting for their turn to render. */
const pendingElements = (iframe: HTMLIFrameElement): string[] =>
  [...iframe.contentDocument!.querySelectorAll('[id]')].filter((el) => el.localName.startsWith('lede-') && el.matches(':state(pending)')).map((el) => el.id);

/** Each pending element's height at every width is its height before the define. */
function expectPendingKeepHeights(pre: Map<number, Heights>, pending: Map<number, Heights>, ids: string[]): void {
  expect(ids.length, 'elements waiting right after the define').to.be.above(2);
  const shifts: string[] = [];
  for (const id of ids) {
    for (const width of WIDTHS) {
      const height = pre.get(width)![id]!;
      const now = pending.get(width)![id]!;
      if (Math.abs(now - height) > TOLERANCE) shifts.push(`#${id} at ${width}px: ${height.toFixed(2)} → ${now.toFixed(2)}`);
    }
  }
  expect(shifts).to.deep.equal([]);
}

/**
 * Defines the elements; `whilePending` runs once they are defined, while those far below the
 * iframe's viewport still wait for their turn (src/internal/upgrade-turns.ts). Then the reader
 * scrolls through the article, a screen at a time, so that every element renders.
 */
async function upgrade(iframe: HTMLIFrameElement, module = '/src/define.ts', whilePending?: () => void): Promise<void> {
  const win = iframe.contentWindow as Window & typeof globalThis;
  const doc = iframe.contentDocument!;
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = module;
  doc.head.append(script);
  const tags = ['lede-article-header', 'lede-captioned-image', 'lede-quote-block', 'lede-related-content', 'lede-live-banner'];
  await Promise.all(tags.map((tag) => win.customElements.whenDefined(tag)));
  await frames(win);
  whilePending?.();
  for (let top = 0; top < doc.documentElement.scrollHeight; top += win.innerHeight) {
    win.scrollTo(0, top);
    await frames(win);
  }
  win.scrollTo(0, 0);
  const all = [...doc.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>(tags.join(','))];
  await Promise.all(all.map((el) => el.updateComplete));
  // The feed's latest update is part of the banner's final state.
  const banner = doc.querySelector('#banner-feed')!;
  for (let tries = 0; tries < 100 && !banner.shadowRoot?.textContent?.includes('Seoul briefs allies'); tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect(banner.shadowRoot!.textContent).to.contain('Seoul briefs allies');
  await frames(win);
}

export function layoutShiftSuite(ids: (id: string) => boolean, lang = 'en-US', head = '') {
  describe(`no layout shift on upgrade, at every width from 320 to 1000 px (lang="${lang}"${head ? ', with the page\'s labels' : ''})`, () => {
    let pre: Map<number, Heights>;
    let pending: Map<number, Heights>;
    let pendingIds: string[] = [];
    let upgraded: Map<number, Heights>;
    let iframe: HTMLIFrameElement | undefined;
    const wraps: number[] = [];
    before(async function () {
      this.timeout(30000);
      iframe = await frame(page(lang, head));
      const attributed = iframe.contentDocument!.querySelector<HTMLElement>('#quote-short')!;
      pre = sweep(iframe);
      wraps.push(wrapWidth(attributed));
      await upgrade(iframe, undefined, () => {
        pendingIds = pendingElements(iframe!);
        pending = sweep(iframe!);
      });
      upgraded = sweep(iframe);
      wraps.push(wrapWidth(attributed));
    });
    after(() => iframe?.remove());

    for (const id of ALL.filter(ids)) {
      it(`keeps the height of #${id} when it upgrades`, () => {
        const shifts: string[] = [];
        for (const width of WIDTHS) {
          const height = pre.get(width)![id]!;
          const now = upgraded.get(width)![id]!;
          if (Math.abs(now - height) > TOLERANCE) shifts.push(`at ${width}px: ${height.toFixed(2)} → ${now.toFixed(2)}`);
        }
        expect(shifts).to.deep.equal([]);
      });
    }

    // Elements far below the viewport are defined but wait to render: lede.css must lay them out as before.
    it('keeps the height of every element still waiting for its turn (far below the viewport)', () => {
      expectPendingKeepHeights(pre, pending, pendingIds);
    });

    // Speaker and role are one run of text before upgrade and three boxes after: they must still wrap at
    // the same width (the upgraded shadow root once had a space more, 4–5 px, between dash and name).
    it('wraps the quote attribution at the same width before and after upgrade', () => {
      const [before, after] = wraps;
      expect(Math.abs(after! - before!), `${before} → ${after} px`).to.be.below(0.1);
    });
  });
}

/**
 * The same article rendered by a Node server with @lit-labs/ssr (declarative shadow DOM, from the current
 * sources: tests/server/ssr.mjs), as a server-rendering CMS sends it: no lede.css, which it does not need.
 */
async function serverRenderedPage(): Promise<string> {
  const response = await fetch('/test-server/ssr', { method: 'POST', body: ARTICLE });
  const markup = await response.text();
  if (!response.ok) throw new Error(`the server render failed: ${markup}`);
  return `<!doctype html>
<html lang="en-US"><head><meta charset="utf-8">
<style>body { margin: 0 1rem; font: 18px/1.6 Georgia, serif } p { margin: 1rem 0 }</style>
</head><body>${markup}</body></html>`;
}

/** No layout shift on hydration: each element's server-rendered height, before any script, is its height once hydrated. */
export function hydrationShiftSuite(ids: (id: string) => boolean) {
  describe('no layout shift on hydration of server-rendered markup, at every width from 320 to 1000 px', () => {
    let pre: Map<number, Heights>;
    let pending: Map<number, Heights>;
    let pendingIds: string[] = [];
    let hydrated: Map<number, Heights>;
    let iframe: HTMLIFrameElement | undefined;
    before(async function () {
      this.timeout(30000);
      iframe = await frame(await serverRenderedPage());
      const doc = iframe.contentDocument!;
      // Declarative shadow roots, attached by the parser before any script runs.
      expect([...doc.querySelectorAll('[id]')].filter((el) => el.localName.startsWith('lede-') && !el.shadowRoot)).to.deep.equal([]);
      pre = sweep(iframe);
      const errors: string[] = [];
      iframe.contentWindow!.addEventListener('error', (event) => errors.push(String(event.message)));
      await upgrade(iframe, '/tests/ssr/hydrate.ts', () => {
        pendingIds = pendingElements(iframe!);
        pending = sweep(iframe!);
      });
      expect(errors).to.deep.equal([]);
      hydrated = sweep(iframe);
    });
    after(() => iframe?.remove());

    // Far server-rendered elements wait to hydrate: their own styles keep the server's layout meanwhile.
    it('keeps the height of every server-rendered element still waiting to hydrate (far below the viewport)', () => {
      expectPendingKeepHeights(pre, pending, pendingIds);
    });

    for (const id of ALL.filter(ids)) {
      it(`keeps the height of server-rendered #${id} when it hydrates`, () => {
        const shifts: string[] = [];
        for (const width of WIDTHS) {
          const height = pre.get(width)![id]!;
          const now = hydrated.get(width)![id]!;
          if (Math.abs(now - height) > TOLERANCE) shifts.push(`at ${width}px: ${height.toFixed(2)} → ${now.toFixed(2)}`);
        }
        expect(shifts).to.deep.equal([]);
      });
    }
  });
}
