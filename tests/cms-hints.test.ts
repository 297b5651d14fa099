/**
 * Markup as a CMS rewrites it: the elements point at the cause. The HTML
 * strings are what WordPress's paragraph filter (wpautop) and sanitizer
 * (kses) make of the documented markup in classic content.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { LitElement } from 'lit';
import { part, warningsPerTest } from './helpers.js';

/** Puts `markup` on the page as a CMS would serve it, and waits for every Lede element in it to render. */
async function page(markup: string): Promise<HTMLElement> {
  const container = await fixture<HTMLElement>(html`<div></div>`);
  container.innerHTML = markup;
  const elements = [...container.querySelectorAll<LitElement>('*')].filter((el) => el.localName.startsWith('lede-'));
  await Promise.all(elements.map((el) => el.updateComplete));
  // Missing-content checks wait for the page to settle: a later update (here, one more render) runs them.
  elements.forEach((el) => el.requestUpdate());
  await Promise.all(elements.map((el) => el.updateComplete));
  await new Promise((resolve) => setTimeout(resolve));
  return container;
}

const visibleBreaks = (el: Element) => [...el.querySelectorAll('br')].filter((br) => getComputedStyle(br).display !== 'none').length;

describe('CMS hints', () => {
  const warnings = warningsPerTest();

  describe('an element split from its content by a paragraph filter', () => {
    it('<lede-article-header> says so instead of only "no headline"', async () => {
      await page(`<p><lede-article-header kicker="News"></p>
<h1>North Korea has sent Russia thousands of containers, Seoul says</h1>
<p slot="standfirst">South Korea counts some 7,000 containers.</p>
<p></lede-article-header></p>`);
      const messages = warnings.messages.filter((m) => m.startsWith('<lede-article-header> headline:'));
      expect(messages).to.have.length(1);
      expect(messages[0]).to.contain('is empty but the next element has content');
      expect(messages[0]).to.contain('wpautop');
      expect(messages[0]).to.contain('Lede WordPress plugin or a Custom HTML block');
    });

    it('<lede-quote-block> says so instead of only "no quotation"', async () => {
      await page(`<p><lede-quote-block speaker="Shin Won-sik"></p>
<p>It is very likely the missiles were being given a last test.</p>
<p></lede-quote-block></p>`);
      const messages = warnings.messages.filter((m) => m.startsWith('<lede-quote-block> quote:'));
      expect(messages).to.have.length(1);
      expect(messages[0]).to.contain('paragraph filter');
    });

    it('an element that is simply empty still gets the plain message', async () => {
      await page(`<lede-quote-block speaker="Shin Won-sik"></lede-quote-block><lede-article-header kicker="News"></lede-article-header>`);
      expect(warnings.messages.join('\n')).not.to.contain('paragraph filter');
      expect(warnings.messages.some((m) => m.includes('<lede-quote-block> quote: there is no quotation to show.'))).to.equal(true);
      expect(warnings.messages.some((m) => m.includes('<lede-article-header> headline: there is no headline to show.'))).to.equal(true);
    });
  });

  describe('JSON whose backslashes a sanitizer removed', () => {
    it('says the backslashes were removed and how to write the quotation mark instead', async () => {
      const root = await page(`<lede-article-header authors='[{"name":"Kim "KJ" Min-jun","url":"/authors/kim"}]'><h1>Headline</h1></lede-article-header>`);
      const message = warnings.messages.find((m) => m.startsWith('<lede-article-header> authors:'));
      expect(message).to.contain('is not valid JSON');
      expect(message).to.contain('lost their backslashes');
      expect(message).to.contain('\\u0022');
      expect(part(root.querySelector('lede-article-header')!, 'author')).to.equal(null);
    });

    it('other invalid JSON gets the usual advice', async () => {
      await page(`<lede-related-content items='[{title: "Seoul", url: "/news/seoul"}]'></lede-related-content>`);
      const message = warnings.messages.find((m) => m.startsWith('<lede-related-content> items:'));
      expect(message).to.contain('Write JSON with double-quoted keys and strings');
      expect(message).not.to.contain('backslashes');
    });
  });

  describe('line breaks a paragraph filter added', () => {
    it('<lede-live-banner> ignores a <br> before and after its message, and keeps one inside it', async () => {
      const root = await page(`<p><lede-live-banner topic="War in Ukraine"><br>
Follow our live coverage<br>
for the latest updates<br>
</lede-live-banner></p>
<lede-live-banner topic="War in Ukraine">Follow our live coverage<br>for the latest updates</lede-live-banner>`);
      const [filtered, clean] = [...root.querySelectorAll('lede-live-banner')];
      expect(filtered!.querySelectorAll('br')).to.have.length(3);
      expect(visibleBreaks(filtered!)).to.equal(1);
      expect(visibleBreaks(clean!)).to.equal(1);
      // Same height as the message written without them (within a sub-pixel: engines round differently).
      expect(part(filtered!, 'message')!.getBoundingClientRect().height).to.be.closeTo(part(clean!, 'message')!.getBoundingClientRect().height, 0.5);
    });

    it('<lede-captioned-image> ignores a <br> around the image and at the end of its caption', async () => {
      const image = '<img src="/test-server/captioned-image/slow.svg?ms=0&w=300&h=200" alt="Containers" width="300" height="200">';
      const root = await page(`<lede-captioned-image credit="East News"><br>
${image}<br>
Most of the cargo now goes by rail.<br>
</lede-captioned-image>
<lede-captioned-image credit="East News">${image}Most of the cargo now goes by rail.</lede-captioned-image>`);
      const [filtered, clean] = [...root.querySelectorAll('lede-captioned-image')];
      expect(filtered!.querySelectorAll('br')).to.have.length(3);
      expect(visibleBreaks(filtered!)).to.equal(0);
      expect(part(filtered!, 'caption')!.getBoundingClientRect().height).to.be.closeTo(part(clean!, 'caption')!.getBoundingClientRect().height, 0.5);
    });
  });
});
