import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/components/captioned-image/lede-captioned-image.js';
import { LedeImageErrorEvent, type LedeCaptionedImage } from '../src/components/captioned-image/captioned-image.js';
import { assigned, inMedia, nextFrames, part, press, warningsPerTest } from './helpers.js';

const SERVER = '/test-server/captioned-image';
let counter = 0;
/** A unique URL per call, so no test sees another's cached image. */
const slow = (ms: number, w = 1200, h = 800) => `${SERVER}/slow.svg?ms=${ms}&w=${w}&h=${h}&key=${Date.now()}-${counter++}`;
const missing = () => `${SERVER}/missing.svg?key=${Date.now()}-${counter++}`;
const undecodable = () => `${SERVER}/broken.svg?key=${Date.now()}-${counter++}`;

const ALT = 'Shipping containers stacked several high in a freight yard';
const CAPTION = 'Most of the cargo now goes by rail rather than by sea.';
const CREDIT = 'East News | Alexander Zemlianichenko';

const shadowImage = (el: LedeCaptionedImage) => el.shadowRoot!.querySelector<HTMLImageElement>('img')!;
const lightImage = (el: LedeCaptionedImage) => el.querySelector('img')!;
const height = (el: Element) => el.getBoundingClientRect().height;
const dialogOf = (el: LedeCaptionedImage) => el.shadowRoot!.querySelector('dialog')!;

/** Waits for the image to load (or fail), whichever it does. */
function settled(image: HTMLImageElement): Promise<Event> {
  return new Promise((resolve) => {
    image.addEventListener('load', resolve, { once: true });
    image.addEventListener('error', resolve, { once: true });
  });
}

/** The image box has its final height before the (slow) image arrives, and the figure does not change when it does. */
async function expectStableWhileLoading(el: LedeCaptionedImage, image: HTMLImageElement, boxHeight: number) {
  expect(image.complete, 'the image is still loading').to.equal(false);
  const before = height(el);
  expect(height(part(el, 'image')!)).to.be.closeTo(boxHeight, 1);
  await oneEvent(image, 'load');
  await nextFrames();
  expect(image.naturalWidth).to.be.greaterThan(0);
  expect(height(el)).to.equal(before);
}

async function cmsFigure(src = slow(0), extra = html``) {
  return fixture<LedeCaptionedImage>(html`
    <lede-captioned-image credit=${CREDIT} style="inline-size: 600px">
      <img src=${src} alt=${ALT} width="1200" height="800" />
      ${CAPTION} ${extra}
    </lede-captioned-image>
  `);
}

describe('<lede-captioned-image>', () => {
  const warnings = warningsPerTest({ colorScheme: 'light', forcedColors: 'none', media: 'screen', reducedMotion: 'reduce' });

  describe('structure', () => {
    it('wraps the CMS’s light-DOM <img> and caption text in figure and figcaption, leaving them in the light DOM', async () => {
      const el = await cmsFigure();
      const figure = part(el, 'figure')!;
      expect(figure.localName).to.equal('figure');
      const [image] = assigned(el, 'image');
      expect(image).to.equal(lightImage(el));
      expect(image!.parentElement).to.equal(el);
      expect(part(el, 'image')!.contains(el.shadowRoot!.querySelector('slot[name="image"]'))).to.equal(true);
      const captionSlot = part(el, 'caption')!.querySelector('slot')!;
      expect(captionSlot.closest('figcaption')!.parentElement).to.equal(figure);
      const captionText = captionSlot.assignedNodes().map((n) => n.textContent).join('').trim();
      expect(captionText).to.equal(CAPTION);
      expect(captionSlot.assignedElements()).to.deep.equal([]);
      expect(shadowImage(el)).to.equal(null);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('shows the credit apart from the caption, with a localised "Source" label', async () => {
      const el = await cmsFigure();
      expect(part(el, 'credit')!.textContent!.trim()).to.equal(`Source: ${CREDIT}`);
      expect(part(el, 'caption')!.contains(part(el, 'credit'))).to.equal(false);
      expect(part(el, 'credit')!.getBoundingClientRect().top).to.be.at.least(part(el, 'caption')!.getBoundingClientRect().bottom - 1);
      const pl = await fixture(html`<div lang="pl"><lede-captioned-image credit="PAP"><img src=${slow(0)} alt="x" width="3" height="2" />Podpis</lede-captioned-image></div>`);
      const plEl = pl.querySelector('lede-captioned-image')!;
      await plEl.updateComplete;
      expect(part(plEl, 'credit')!.textContent!.trim()).to.equal('Źródło: PAP');
    });

    it('takes a slotted credit and caption paragraphs over the attributes', async () => {
      const el = await fixture<LedeCaptionedImage>(html`
        <lede-captioned-image credit="Attribute credit" caption="Attribute caption">
          <img src=${slow(0)} alt=${ALT} width="3" height="2" />
          <p>Slotted caption</p>
          <span slot="credit">Slotted credit</span>
        </lede-captioned-image>
      `);
      expect(assigned(el)[0]!.textContent).to.equal('Slotted caption');
      expect(part(el, 'caption')!.textContent!.trim()).to.equal('');
      expect(assigned(el, 'credit')[0]!.textContent).to.equal('Slotted credit');
      expect(part(el, 'credit')!.textContent).to.not.contain('Attribute credit');
    });

    it('renders src, srcset, sizes, alt and caption from attributes, as text', async () => {
      const src = slow(0);
      const el = await fixture<LedeCaptionedImage>(html`
        <lede-captioned-image src=${src} srcset="${src} 1x, ${src}&x=2 2x" sizes="(min-width: 40rem) 40rem, 100vw"
          alt=${ALT} width="1200" height="800" caption="<b>Not bold</b>" credit="AP"></lede-captioned-image>
      `);
      const image = shadowImage(el);
      expect(image.getAttribute('src')).to.equal(src);
      expect(image.getAttribute('srcset')).to.equal(`${src} 1x, ${src}&x=2 2x`);
      expect(image.getAttribute('sizes')).to.equal('(min-width: 40rem) 40rem, 100vw');
      expect(image.alt).to.equal(ALT);
      expect(part(el, 'caption')!.textContent!.trim()).to.equal('<b>Not bold</b>');
      expect(el.shadowRoot!.querySelector('b')).to.equal(null);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('drops unsafe src and srcset URLs with one warning each', async () => {
      const el = await fixture<LedeCaptionedImage>(html`
        <lede-captioned-image src="javascript:alert(1)" srcset="data:image/svg+xml,x 1x, ${slow(0)} 2x" alt="A" aspect-ratio="1"></lede-captioned-image>
      `);
      el.requestUpdate();
      await el.updateComplete;
      const image = shadowImage(el);
      expect(image.hasAttribute('src')).to.equal(false);
      expect(image.getAttribute('srcset')).to.match(/^\/test-server\/captioned-image\/slow\.svg\?.* 2x$/);
      expect(warnings.messages, warnings.messages.join('\n')).to.have.length(2);
      expect(warnings.messages[0]).to.contain('<lede-captioned-image> src:').and.contain('javascript:');
      expect(warnings.messages[1]).to.contain('<lede-captioned-image> srcset:').and.contain('data:');
    });

    it('omits the figcaption when there is neither caption nor credit', async () => {
      const el = await fixture<LedeCaptionedImage>(html`<lede-captioned-image><img src=${slow(0)} alt="" width="3" height="2" /></lede-captioned-image>`);
      expect(el.shadowRoot!.querySelector('figcaption')!.hidden).to.equal(true);
      expect(height(el.shadowRoot!.querySelector('figcaption')!)).to.equal(0);
    });

    it('warns once when there is no image at all, and still shows the caption', async () => {
      const el = await fixture<LedeCaptionedImage>(html`<lede-captioned-image caption="Only words"></lede-captioned-image>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<lede-captioned-image> src:').and.contain('<img');
      expect(part(el, 'caption')!.textContent!.trim()).to.equal('Only words');
    });
  });

  describe('alt text', () => {
    it('warns once when the light-DOM <img> has no alt, naming the fix, and keeps the file name from being read', async () => {
      const el = await fixture<LedeCaptionedImage>(html`<lede-captioned-image><img src=${slow(0)} width="3" height="2" />Caption</lede-captioned-image>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<lede-captioned-image> alt:').and.contain('alt=""');
      expect(lightImage(el).getAttribute('alt')).to.equal('');
    });

    it('warns when the src-driven image has no alt attribute', async () => {
      const el = await fixture<LedeCaptionedImage>(html`<lede-captioned-image src=${slow(0)} width="3" height="2"></lede-captioned-image>`);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('alt:');
      expect(shadowImage(el).getAttribute('alt')).to.equal('');
    });

    it('accepts an explicit alt="" as a decorative image, without a warning', async () => {
      const light = await fixture<LedeCaptionedImage>(html`<lede-captioned-image><img src=${slow(0)} alt="" width="3" height="2" /></lede-captioned-image>`);
      const attr = await fixture<LedeCaptionedImage>(html`<lede-captioned-image src=${slow(0)} alt="" width="3" height="2"></lede-captioned-image>`);
      light.requestUpdate();
      attr.requestUpdate();
      await Promise.all([light.updateComplete, attr.updateComplete]);
      expect(warnings.messages).to.deep.equal([]);
    });
  });

  describe('no layout shift', () => {
    it('keeps the figure’s height when a slow light-DOM image arrives (width/height on the <img>)', async () => {
      const el = await cmsFigure(slow(800));
      await expectStableWhileLoading(el, lightImage(el), 400);
    });

    it('reserves the box from the element’s aspect-ratio when the <img> has no size', async () => {
      const el = await fixture<LedeCaptionedImage>(html`
        <lede-captioned-image aspect-ratio="3/2" style="inline-size: 600px"><img src=${slow(800, 900, 600)} alt=${ALT} />Caption</lede-captioned-image>
      `);
      await expectStableWhileLoading(el, lightImage(el), 400);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('reserves the box from width and height attributes for a src-driven image', async () => {
      const el = await fixture<LedeCaptionedImage>(html`
        <lede-captioned-image src=${slow(800, 400, 300)} alt=${ALT} width="400" height="300" caption="Caption" style="inline-size: 600px"></lede-captioned-image>
      `);
      await expectStableWhileLoading(el, shadowImage(el), 450);
    });

    it('crops an image of another shape to the aspect-ratio, which wins over width/height', async () => {
      const el = await fixture<LedeCaptionedImage>(html`
        <lede-captioned-image aspect-ratio="16:9" style="inline-size: 640px"><img src=${slow(0)} alt=${ALT} width="1200" height="800" /></lede-captioned-image>
      `);
      await settled(lightImage(el));
      expect(height(part(el, 'image')!)).to.be.closeTo(360, 1);
      expect(getComputedStyle(lightImage(el)).objectFit).to.equal('cover');
      el.style.setProperty('--lede-image-fit', 'contain');
      expect(getComputedStyle(lightImage(el)).objectFit).to.equal('contain');
    });

    it('warns when nothing gives the image a size, and about an unreadable aspect-ratio', async () => {
      await fixture(html`<lede-captioned-image><img src=${slow(0)} alt="A" />C</lede-captioned-image>`);
      await fixture(html`<lede-captioned-image aspect-ratio="wide"><img src=${slow(0)} alt="A" width="3" height="2" />C</lede-captioned-image>`);
      expect(warnings.messages).to.have.length(2);
      expect(warnings.messages[0]).to.contain('<lede-captioned-image> width:').and.contain('aspect-ratio');
      expect(warnings.messages[1]).to.contain('<lede-captioned-image> aspect-ratio: "wide"');
    });
  });

  describe('loading', () => {
    it('loads lazily by default: the light-DOM <img> and the rendered one', async () => {
      const light = await cmsFigure();
      expect(lightImage(light).getAttribute('loading')).to.equal('lazy');
      expect(lightImage(light).hasAttribute('fetchpriority')).to.equal(false);
      const attr = await fixture<LedeCaptionedImage>(html`<lede-captioned-image src=${slow(0)} alt="A" width="3" height="2"></lede-captioned-image>`);
      expect(shadowImage(attr).getAttribute('loading')).to.equal('lazy');
    });

    it('does not fetch a lazy image far below the fold, and fetches it when the reader scrolls to it', async () => {
      // The test server counts the requests it gets for this image (WebKit used to fetch
      // it at once, because src was set before loading="lazy").
      const key = `lazy-${Date.now()}-${Math.random()}`;
      const src = `/test-server/captioned-image/counted.svg?key=${key}`;
      const requests = async () => (await (await fetch(`/test-server/captioned-image/requests?key=${key}`)).json()) as number;
      const wrapper = await fixture(html`<div><div style="block-size: 5000px"></div><lede-captioned-image src=${src} srcset=${`${src}&w=600 600w, ${src}&w=1200 1200w`} sizes="50vw" alt="A" width="3" height="2"></lede-captioned-image></div>`);
      const el = wrapper.querySelector('lede-captioned-image')!;
      await el.updateComplete;
      await nextFrames();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await requests()).to.equal(0);
      expect(shadowImage(el).complete).to.equal(false);
      const loaded = new Promise((resolve) => shadowImage(el).addEventListener('load', resolve, { once: true }));
      el.scrollIntoView();
      await loaded;
      expect(await requests()).to.equal(1);
      window.scrollTo(0, 0);
    });

    it('gives the lead image (priority) eager loading and a high fetch priority', async () => {
      const el = await fixture<LedeCaptionedImage>(html`
        <lede-captioned-image priority><img src=${slow(0)} alt="A" width="3" height="2" />C</lede-captioned-image>
      `);
      expect(lightImage(el).getAttribute('loading')).to.equal('eager');
      expect(lightImage(el).getAttribute('fetchpriority')).to.equal('high');
      el.priority = false;
      await el.updateComplete;
      expect(lightImage(el).getAttribute('loading')).to.equal('lazy');
      expect(lightImage(el).hasAttribute('fetchpriority')).to.equal(false);
      const attr = await fixture<LedeCaptionedImage>(html`<lede-captioned-image priority src=${slow(0)} alt="A" width="3" height="2"></lede-captioned-image>`);
      expect(shadowImage(attr).getAttribute('loading')).to.equal('eager');
      expect(shadowImage(attr).getAttribute('fetchpriority')).to.equal('high');
    });

    it('leaves loading and fetchpriority alone when the author set them on the <img>', async () => {
      const el = await fixture<LedeCaptionedImage>(html`
        <lede-captioned-image priority><img src=${slow(0)} alt="A" width="3" height="2" loading="lazy" fetchpriority="low" />C</lede-captioned-image>
      `);
      expect(lightImage(el).getAttribute('loading')).to.equal('lazy');
      expect(lightImage(el).getAttribute('fetchpriority')).to.equal('low');
    });

    it('accepts loading="eager" and warns about an unknown loading mode', async () => {
      const eager = await fixture<LedeCaptionedImage>(html`<lede-captioned-image loading="eager" src=${slow(0)} alt="A" width="3" height="2"></lede-captioned-image>`);
      expect(shadowImage(eager).getAttribute('loading')).to.equal('eager');
      const odd = await fixture<LedeCaptionedImage>(html`<lede-captioned-image loading="soon" src=${slow(0)} alt="A" width="3" height="2"></lede-captioned-image>`);
      expect(shadowImage(odd).getAttribute('loading')).to.equal('lazy');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<lede-captioned-image> loading: "soon"');
    });
  });

  describe('a broken image', () => {
    const mounted: Element[] = [];
    afterEach(() => mounted.splice(0).forEach((node) => node.remove()));
    /** Puts `node` in the page (the error may come before any fixture resolves) and waits for its lede-image-error. */
    const mountUntilError = (node: Element) => {
      const error = oneEvent(node, 'lede-image-error') as unknown as Promise<LedeImageErrorEvent>;
      document.body.append(node);
      mounted.push(node);
      return error;
    };
    const imageOf = (src: string, alt: string, width = 4, height = 3) =>
      Object.assign(document.createElement('img'), { src, alt, width, height });

    for (const [what, url] of [
      ['a 404', missing],
      ['an undecodable file', undecodable],
    ] as const) {
      it(`(${what}) keeps its box, shows the alt text and caption, warns once and fires lede-image-error`, async () => {
        const src = url();
        const el = document.createElement('lede-captioned-image');
        el.setAttribute('credit', CREDIT);
        el.style.inlineSize = '600px';
        const image = imageOf(src, ALT, 1200, 800);
        el.append(image, CAPTION);
        const event = await mountUntilError(el);
        expect(event).to.be.instanceOf(LedeImageErrorEvent);
        expect(event.src).to.contain(src);
        await el.updateComplete;
        expect(height(part(el, 'image')!)).to.be.closeTo(400, 1);
        const alt = el.shadowRoot!.querySelector<HTMLElement>('.alt')!;
        expect(alt.textContent).to.equal(ALT);
        expect(alt.getBoundingClientRect().height).to.be.greaterThan(0);
        expect(getComputedStyle(image).opacity).to.equal('0');
        expect(part(el, 'caption')!.getBoundingClientRect().height).to.be.greaterThan(0);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('<lede-captioned-image> src:').and.contain('could not be loaded');
        await expect(el).to.be.accessible();
      });
    }

    it('reports a src-driven image that fails, and recovers when src changes', async () => {
      const el = document.createElement('lede-captioned-image');
      Object.assign(el, { src: missing(), alt: ALT, width: '4', height: '3', caption: CAPTION });
      await mountUntilError(el);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.alt')!.textContent).to.equal(ALT);
      el.src = slow(0);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.alt')).to.equal(null);
    });

    for (const [where, slot] of [
      ['', null],
      [' (the CMS put it in slot="image")', 'image'],
    ] as const) {
      it(`notices an image that failed before the element upgraded${where}`, async () => {
        const image = imageOf(missing(), ALT);
        if (slot) image.slot = slot;
        document.body.append(image);
        await settled(image);
        const el = document.createElement('lede-captioned-image');
        el.append(image);
        const holder = document.createElement('div');
        holder.append(el);
        await mountUntilError(holder);
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('.alt')!.textContent).to.equal(ALT);
      });
    }

    it('shows no alt text for a broken decorative image', async () => {
      const el = document.createElement('lede-captioned-image');
      el.append(imageOf(missing(), ''));
      await mountUntilError(el);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.alt')).to.equal(null);
      expect(height(part(el, 'image')!)).to.be.greaterThan(0);
    });
  });

  describe('zoomable lightbox', () => {
    const zoomable = () =>
      fixture<LedeCaptionedImage>(html`
        <lede-captioned-image zoomable credit=${CREDIT}><img src=${slow(0)} alt=${ALT} width="1200" height="800" /> ${CAPTION} </lede-captioned-image>
      `);

    it('has nothing focusable when not zoomable', async () => {
      const el = await cmsFigure();
      expect(el.shadowRoot!.querySelectorAll('button, a[href], [tabindex], dialog')).to.have.length(0);
      expect(part(el, 'zoom')).to.equal(null);
    });

    it('is a button named "Enlarge image" with the alt text', async () => {
      const el = await zoomable();
      const button = part<HTMLButtonElement>(el, 'zoom')!;
      expect(button.localName).to.equal('button');
      expect(button.getAttribute('aria-label')).to.equal(`Enlarge image: ${ALT}`);
      expect(button.getAttribute('aria-haspopup')).to.equal('dialog');
      expect(button.contains(part(el, 'image'))).to.equal(true);
      expect(getComputedStyle(button).cursor).to.equal('zoom-in');
    });

    it('opens on click, showing the image, caption and credit in a modal <dialog>', async () => {
      const el = await zoomable();
      part(el, 'zoom')!.click();
      await el.updateComplete;
      const dialog = dialogOf(el);
      expect(dialog.open).to.equal(true);
      expect(dialog.matches(':modal')).to.equal(true);
      const big = dialog.querySelector<HTMLImageElement>('img')!;
      expect(big.src).to.equal(lightImage(el).src);
      expect(big.alt).to.equal(ALT);
      expect(dialog.textContent).to.contain(CAPTION).and.contain(`Source: ${CREDIT}`);
      expect(dialog.getAttribute('aria-label')).to.equal(ALT);
      await expect(el).to.be.accessible();
      dialog.close();
    });

    for (const key of ['Enter', 'Space']) {
      it(`opens with ${key}, closes with Escape and returns focus to the image`, async () => {
        const el = await zoomable();
        const button = part<HTMLButtonElement>(el, 'zoom')!;
        button.focus();
        await press(key);
        await el.updateComplete;
        const dialog = dialogOf(el);
        expect(dialog.open).to.equal(true);
        expect(el.shadowRoot!.activeElement).to.equal(part(el, 'close'));
        await press('Escape');
        await el.updateComplete;
        expect(dialog.open).to.equal(false);
        expect(el.shadowRoot!.activeElement).to.equal(button);
        expect(dialog.querySelector('img')).to.equal(null);
      });
    }

    it('closes with the close button ("Close") and on a click on the backdrop', async () => {
      const el = await zoomable();
      const button = part<HTMLButtonElement>(el, 'zoom')!;
      button.click();
      await el.updateComplete;
      const close = part<HTMLButtonElement>(el, 'close')!;
      expect(close.getAttribute('aria-label')).to.equal('Close');
      close.click();
      await el.updateComplete;
      expect(dialogOf(el).open).to.equal(false);
      expect(el.shadowRoot!.activeElement).to.equal(button);
      button.click();
      await el.updateComplete;
      dialogOf(el).dispatchEvent(new MouseEvent('click', { bubbles: true }));
      expect(dialogOf(el).open).to.equal(false);
    });

    it('uses the srcset at full width and the attribute caption for a src-driven image', async () => {
      const src = slow(0);
      const el = await fixture<LedeCaptionedImage>(html`
        <lede-captioned-image zoomable src=${src} srcset="${src} 1200w" alt="" width="3" height="2" caption="From the attribute" credit="AP"></lede-captioned-image>
      `);
      part(el, 'zoom')!.click();
      await el.updateComplete;
      const big = dialogOf(el).querySelector('img')!;
      expect(big.getAttribute('srcset')).to.equal(`${src} 1200w`);
      expect(big.getAttribute('sizes')).to.equal('100vw');
      expect(dialogOf(el).getAttribute('aria-label')).to.equal('From the attribute');
      expect(part(el, 'zoom')!.getAttribute('aria-label')).to.equal('Enlarge image');
      dialogOf(el).close();
    });

    inMedia({ reducedMotion: 'no-preference' }).it('animates the lightbox when the reader allows motion', async () => {
      const el = await zoomable();
      part(el, 'zoom')!.click();
      await el.updateComplete;
      expect(getComputedStyle(dialogOf(el)).animationName).to.equal('lede-lightbox-in');
      dialogOf(el).close();
    });

    inMedia({ reducedMotion: 'reduce' }).it('does not animate the lightbox under prefers-reduced-motion: reduce', async () => {
      const el = await zoomable();
      part(el, 'zoom')!.click();
      await el.updateComplete;
      expect(getComputedStyle(dialogOf(el)).animationName).to.equal('none');
      dialogOf(el).close();
    });

    it('closes the lightbox when zoomable is turned off', async () => {
      const el = await zoomable();
      part(el, 'zoom')!.click();
      await el.updateComplete;
      el.zoomable = false;
      await el.updateComplete;
      expect(dialogOf(el)).to.equal(null);
      expect(part(el, 'zoom')).to.equal(null);
      el.zoomable = true;
      await el.updateComplete;
      expect(dialogOf(el).open).to.equal(false);
      expect(dialogOf(el).querySelector('img')).to.equal(null);
    });

    it('speaks the reader’s language', async () => {
      const wrapper = await fixture(html`<div lang="de"><lede-captioned-image zoomable><img src=${slow(0)} alt="Hafen" width="3" height="2" /></lede-captioned-image></div>`);
      const el = wrapper.querySelector('lede-captioned-image')!;
      await el.updateComplete;
      expect(part(el, 'zoom')!.getAttribute('aria-label')).to.equal('Bild vergrößern: Hafen');
      expect(part(el, 'close')!.getAttribute('aria-label')).to.equal('Schließen');
    });
  });

  describe('look', () => {
    it('inherits the page’s font and colour and themes through --lede-* tokens on an ancestor', async () => {
      const wrapper = await fixture(html`
        <div style="font-family: Georgia; color: rgb(10, 20, 30); --lede-credit-color: rgb(0, 128, 0); --lede-caption-font-size: 20px; --lede-image-background: rgb(1, 2, 3)">
          <lede-captioned-image credit="AP" aspect-ratio="2"><img src=${slow(0)} alt="" />Caption</lede-captioned-image>
        </div>
      `);
      const el = wrapper.querySelector('lede-captioned-image')!;
      await el.updateComplete;
      expect(getComputedStyle(el).fontFamily).to.equal('Georgia');
      expect(getComputedStyle(part(el, 'caption')!).color).to.equal('rgb(10, 20, 30)');
      expect(getComputedStyle(part(el, 'caption')!).fontSize).to.equal('20px');
      expect(getComputedStyle(part(el, 'credit')!).color).to.equal('rgb(0, 128, 0)');
      expect(getComputedStyle(part(el, 'image')!).backgroundColor).to.equal('rgb(1, 2, 3)');
    });

    const themed = async () => {
      const wrapper = await fixture(html`
        <div style="color-scheme: light dark; background: Canvas; color: CanvasText">
          <lede-captioned-image zoomable credit="AP"><img src=${slow(0)} alt="A" width="3" height="2" />Caption</lede-captioned-image>
        </div>
      `);
      const el = wrapper.querySelector('lede-captioned-image')!;
      await el.updateComplete;
      return { wrapper, el };
    };

    inMedia({ colorScheme: 'light' }).it('is dark on light in light mode (caption and lightbox)', async () => {
      const { el } = await themed();
      expect(getComputedStyle(part(el, 'caption')!).color).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(dialogOf(el)).backgroundColor).to.equal('rgb(255, 255, 255)');
    });

    inMedia({ colorScheme: 'dark' }).it('follows dark mode when the page allows it (caption and lightbox)', async () => {
      const { wrapper, el } = await themed();
      // The dark CanvasText: white in Chromium and WebKit, rgb(251, 251, 254) in Firefox.
      const darkText = getComputedStyle(wrapper).color;
      expect(['rgb(255, 255, 255)', 'rgb(251, 251, 254)']).to.include(darkText);
      expect(getComputedStyle(part(el, 'caption')!).color).to.equal(darkText);
      expect(getComputedStyle(dialogOf(el)).backgroundColor).to.not.equal('rgb(255, 255, 255)');
      await expect(wrapper).to.be.accessible();
    });

    inMedia({ forcedColors: 'none' }).it('draws the zoom icon on a translucent dark chip', async () => {
      const el = await fixture<LedeCaptionedImage>(html`<lede-captioned-image zoomable credit="AP"><img src=${slow(0)} alt="A" width="3" height="2" />C</lede-captioned-image>`);
      const icon = el.shadowRoot!.querySelector('.zoom-icon')!;
      expect(getComputedStyle(icon).backgroundColor).to.equal('rgba(0, 0, 0, 0.65)');
    });

    inMedia({ forcedColors: 'active' }).it('uses system colours in forced-colours mode', async () => {
      const el = await fixture<LedeCaptionedImage>(html`<lede-captioned-image zoomable credit="AP"><img src=${slow(0)} alt="A" width="3" height="2" />C</lede-captioned-image>`);
      const icon = el.shadowRoot!.querySelector('.zoom-icon')!;
      const probe = document.createElement('span');
      probe.style.cssText = 'background-color: ButtonFace; color: CanvasText';
      document.body.append(probe);
      expect(getComputedStyle(icon).backgroundColor).to.equal(getComputedStyle(probe).backgroundColor);
      expect(getComputedStyle(part(el, 'credit')!).color).to.equal(getComputedStyle(probe).color);
      probe.remove();
    });

    inMedia({ media: 'print' }).it('hides the zoom affordance and lightbox in print, keeping image, caption and credit', async () => {
      const el = await fixture<LedeCaptionedImage>(html`<lede-captioned-image zoomable credit="AP"><img src=${slow(0)} alt="A" width="3" height="2" />C</lede-captioned-image>`);
      expect(getComputedStyle(el.shadowRoot!.querySelector('.zoom-icon')!).display).to.equal('none');
      expect(getComputedStyle(dialogOf(el)).display).to.equal('none');
      expect(getComputedStyle(part(el, 'credit')!).display).to.equal('block');
      expect(height(part(el, 'image')!)).to.be.greaterThan(0);
    });

    it('lays out right to left: the zoom affordance sits at the inline end', async () => {
      const wrapper = await fixture(html`
        <div dir="rtl" lang="ar" style="inline-size: 600px">
          <lede-captioned-image zoomable credit="وكالة"><img src=${slow(0)} alt="حاويات" width="3" height="2" />تعليق</lede-captioned-image>
        </div>
      `);
      const el = wrapper.querySelector('lede-captioned-image')!;
      await el.updateComplete;
      const frame = part(el, 'image')!.getBoundingClientRect();
      const icon = el.shadowRoot!.querySelector('.zoom-icon')!.getBoundingClientRect();
      expect(icon.left - frame.left).to.be.lessThan(20);
      expect(part(el, 'credit')!.textContent!.trim()).to.equal('المصدر: وكالة');
      await expect(wrapper).to.be.accessible();
    });
  });

  describe('accessibility', () => {
    it('has no axe violations for the CMS markup', async () => {
      await expect(await cmsFigure()).to.be.accessible();
    });
    it('has no axe violations for the lead image from attributes', async () => {
      const el = await fixture(html`<lede-captioned-image priority src=${slow(0)} alt=${ALT} width="3" height="2" caption=${CAPTION} credit=${CREDIT}></lede-captioned-image>`);
      await expect(el).to.be.accessible();
    });
    it('has no axe violations for a decorative image without caption', async () => {
      const el = await fixture(html`<lede-captioned-image><img src=${slow(0)} alt="" width="3" height="2" /></lede-captioned-image>`);
      await expect(el).to.be.accessible();
    });
    it('has no axe violations when the alt text is missing (light DOM and attribute)', async () => {
      const light = await fixture(html`<lede-captioned-image><img src=${slow(0)} width="3" height="2" />C</lede-captioned-image>`);
      await expect(light).to.be.accessible();
      const attr = await fixture(html`<lede-captioned-image src=${slow(0)} width="3" height="2" caption="C"></lede-captioned-image>`);
      await expect(attr).to.be.accessible();
    });
    it('has no axe violations when zoomable and closed', async () => {
      const el = await fixture(html`<lede-captioned-image zoomable credit="AP"><img src=${slow(0)} alt=${ALT} width="3" height="2" />${CAPTION}</lede-captioned-image>`);
      await expect(el).to.be.accessible();
    });
  });
});
