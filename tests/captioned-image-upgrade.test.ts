/**
 * The pre-upgrade stylesheet (src/styles/lede.css) gives an undefined
 * <lede-captioned-image> the space it will take once upgraded. This file
 * imports the class without registering it, so the element starts undefined.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LedeCaptionedImage } from '../src/components/captioned-image/captioned-image.js';
import { nextFrames } from './helpers.js';

const CREDIT = 'East News | Alexander Zemlianichenko';
const CAPTION = 'Most of the cargo now goes by rail rather than by sea, according to Seoul.';

describe('<lede-captioned-image> before and after upgrade', () => {
  let sheet: HTMLLinkElement;
  before(async () => {
    sheet = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/src/styles/lede.css' });
    const loaded = new Promise((resolve) => sheet.addEventListener('load', resolve, { once: true }));
    document.head.append(sheet);
    await loaded;
  });
  after(() => sheet.remove());

  it('does not move the text after it when the element upgrades (image, caption and credit)', async () => {
    const article = await fixture(html`
      <article style="inline-size: 640px; font: 18px/1.6 Georgia, serif">
        <lede-captioned-image credit=${CREDIT}>
          <img src="/test-server/captioned-image/slow.svg?ms=0&key=upgrade" alt="Containers" width="1200" height="800" />
          ${CAPTION}
        </lede-captioned-image>
        <p id="after">The article goes on.</p>
      </article>
    `);
    const el = article.querySelector('lede-captioned-image')!;
    const next = article.querySelector('#after')!;
    expect(el.matches(':defined')).to.equal(false);
    // The 1200×800 image takes the column's width and its 3:2 height before any script runs.
    expect(el.querySelector('img')!.getBoundingClientRect().height).to.be.closeTo(640 / 1.5, 1);
    const before = next.getBoundingClientRect().top;

    customElements.define('lede-captioned-image', LedeCaptionedImage);
    await (el as LedeCaptionedImage).updateComplete;
    await nextFrames();

    expect(el.shadowRoot!.querySelector('figure')).to.exist;
    expect(Math.abs(next.getBoundingClientRect().top - before)).to.be.at.most(1);
  });
});
