/**
 * The opt-in autoloader, as built (dist/cdn/autoloader.js, after `npm run
 * build`): it downloads the modules of the elements on the page and of
 * those added later, and nothing else.
 */
import { expect } from '@open-wc/testing';
import { captureWarnings } from './helpers.js';

const CDN = '/dist/cdn/';
const TAGS = ['lede-article-header', 'lede-captioned-image', 'lede-quote-block', 'lede-related-content', 'lede-live-banner'];

/** Paths (relative to dist/cdn/) of the CDN files this page has requested so far. */
const requestedCdnFiles = () =>
  new Set(
    performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.startsWith(CDN))
      .map((path) => path.slice(CDN.length)),
  );

/** The files a CDN module statically imports, transitively, itself included (read after the requests are counted). */
async function staticGraph(file: string, seen = new Set<string>()): Promise<Set<string>> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = await (await fetch(CDN + file)).text();
  const base = new URL(file, `http://x${CDN}`);
  for (const [, specifier] of code.matchAll(/(?:from|import)\s*"(\.[^"]+)"/g)) {
    await staticGraph(new URL(specifier!, base).pathname.slice(CDN.length), seen);
  }
  return seen;
}

/** Resolves once `tag` is defined, or rejects after `ms`. */
const defined = (tag: string, ms = 5000) =>
  Promise.race([
    customElements.whenDefined(tag),
    new Promise((_, reject) => setTimeout(() => reject(new Error(`<${tag}> was not defined within ${ms} ms`)), ms)),
  ]);

async function until(condition: () => boolean, ms = 5000): Promise<void> {
  const end = performance.now() + ms;
  while (!condition()) {
    if (performance.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('dist/cdn/autoloader.js', () => {
  before(async () => {
    for (const tag of TAGS) expect(customElements.get(tag), `${tag} defined before the autoloader ran`).to.equal(undefined);
    document.body.insertAdjacentHTML(
      'beforeend',
      `<lede-quote-block speaker="Shin Won-sik"><p>The launches look like final checks.</p></lede-quote-block>
       <lede-captioned-image priority><img src="/test-server/captioned-image/slow.svg?ms=800&key=autoloader" alt="A freight yard" width="1200" height="800">A caption.</lede-captioned-image>`,
    );
    const leadImage = document.querySelector('lede-captioned-image img') as HTMLImageElement;
    leadImage.addEventListener('load', () => (leadImageLoadedAt = performance.now()), { once: true });
    const autoloader = `${CDN}autoloader.js`;
    await import(autoloader);
    await Promise.all([defined('lede-quote-block'), defined('lede-captioned-image')]);
    definedAt = performance.now();
  });

  let leadImageLoadedAt = Infinity;
  let definedAt = 0;

  it('registers the elements only once the lead image has loaded, as lede.js does (the photo paints first)', () => {
    expect(leadImageLoadedAt).to.be.below(Infinity);
    expect(definedAt).to.be.at.least(leadImageLoadedAt);
  });

  it('downloads only the modules of the elements on the page (and what they import)', async () => {
    const requested = requestedCdnFiles();
    const expected = new Set(['autoloader.js']);
    for (const file of ['lede-quote-block.js', 'lede-captioned-image.js']) for (const needed of await staticGraph(file)) expected.add(needed);
    expect([...requested].sort()).to.deep.equal([...expected].sort());
    for (const file of ['lede.js', 'lede-article-header.js', 'lede-related-content.js', 'lede-live-banner.js']) {
      expect(requested.has(file), file).to.equal(false);
    }
    expect(customElements.get('lede-live-banner')).to.equal(undefined);
  });

  it('renders the elements it loaded', async () => {
    const quote = document.querySelector('lede-quote-block')!;
    await until(() => Boolean(quote.shadowRoot?.querySelector('blockquote')));
    expect(quote.shadowRoot!.querySelector('[part~="speaker"]')!.textContent).to.equal('Shin Won-sik');
  });

  it('defines an element added later, also deep inside added markup', async () => {
    const wrapper = document.createElement('section');
    wrapper.innerHTML = `<div><lede-article-header headline="Added later"></lede-article-header></div>`;
    document.body.append(wrapper);
    await defined('lede-article-header');
    expect(requestedCdnFiles().has('lede-article-header.js')).to.equal(true);
    const header = wrapper.querySelector('lede-article-header')!;
    await until(() => Boolean(header.shadowRoot?.textContent?.includes('Added later')));
    wrapper.remove();
  });

  it('leaves no <lede-*> element undefined', async () => {
    document.body.insertAdjacentHTML('beforeend', '<lede-live-banner topic="Late" href="/live">Live</lede-live-banner>');
    await defined('lede-live-banner');
    const undefinedLede = [...document.querySelectorAll(':not(:defined)')].filter((element) => element.localName.startsWith('lede-'));
    expect(undefinedLede.map((element) => element.localName)).to.deep.equal([]);
    document.querySelector('lede-live-banner')!.remove();
  });

  it('warns once, naming the tag, about a lede-* tag it has no module for', async () => {
    const warnings = captureWarnings();
    try {
      document.body.insertAdjacentHTML('beforeend', '<lede-qoute-block></lede-qoute-block><lede-qoute-block></lede-qoute-block>');
      await until(() => warnings.messages.length > 0);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.match(/^<lede-qoute-block> tag name: .*Check the spelling/);
    } finally {
      warnings.restore();
      for (const element of document.querySelectorAll('lede-qoute-block')) element.remove();
    }
  });
});
