import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/quote-block/lede-quote-block.js';
import type { LedeQuoteBlock } from '../src/components/quote-block/quote-block.js';
import { assigned, captureWarnings, inMedia, part, warningsPerTest } from './helpers.js';

const quoteOf = (el: LedeQuoteBlock) => el.shadowRoot!.querySelector('blockquote')!;

describe('<lede-quote-block>', () => {
  const warnings = warningsPerTest();

  it('wraps the light-DOM quotation in figure > blockquote, leaving it in the light DOM', async () => {
    const el = await fixture<LedeQuoteBlock>(html`
      <lede-quote-block speaker="Shin Won-sik"><p>The tests are most likely final checks.</p></lede-quote-block>
    `);
    const blockquote = quoteOf(el);
    expect(blockquote.parentElement!.localName).to.equal('figure');
    const [paragraph] = assigned(el);
    expect(paragraph!.localName).to.equal('p');
    expect(paragraph!.parentElement).to.equal(el);
    expect(blockquote.querySelector('slot:not([name])')).to.exist;
    expect(el.shadowRoot!.querySelector('figure > figcaption')).to.exist;
  });

  it('renders the quote attribute as text, never HTML', async () => {
    const el = await fixture<LedeQuoteBlock>(html`
      <lede-quote-block quote="<img src=x onerror=alert(1)> We will respond."></lede-quote-block>
    `);
    const text = part(el, 'text')!;
    expect(text.textContent).to.equal('<img src=x onerror=alert(1)> We will respond.');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it('lets slotted content win over the quote attribute', async () => {
    const el = await fixture<LedeQuoteBlock>(html`
      <lede-quote-block quote="From the attribute"><p>From the CMS</p></lede-quote-block>
    `);
    expect(part(el, 'text')).to.equal(null);
    expect(assigned(el)[0]!.textContent).to.equal('From the CMS');
  });

  it('switches to the attribute when the slotted quotation is removed', async () => {
    const el = await fixture<LedeQuoteBlock>(html`
      <lede-quote-block quote="Fallback"><p>Slotted</p></lede-quote-block>
    `);
    el.querySelector('p')!.remove();
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(part(el, 'text')?.textContent).to.equal('Fallback');
  });

  it('attributes the quotation to a speaker and role, without <cite> for a person', async () => {
    const el = await fixture<LedeQuoteBlock>(html`
      <lede-quote-block speaker="Shin Won-sik" speaker-title="Minister of Defence, South Korea"><p>Quote</p></lede-quote-block>
    `);
    expect(part(el, 'speaker')!.textContent).to.equal('Shin Won-sik');
    expect(part(el, 'speaker-title')!.textContent).to.equal('Minister of Defence, South Korea');
    expect(part(el, 'attribution')!.localName).to.equal('figcaption');
    expect(el.shadowRoot!.querySelector('cite')).to.equal(null);
    // Reads as "— Shin Won-sik, Minister of Defence, South Korea", with no space before the comma.
    const comma = getComputedStyle(part(el, 'speaker-title')!, '::before').content;
    expect(comma).to.equal('", "');
    // No whitespace text between the spans: it would render as a space before the comma.
    const between = part(el, 'speaker')!.nextSibling!;
    expect(between === part(el, 'speaker-title') || (between.nodeType === Node.COMMENT_NODE && between.nextSibling === part(el, 'speaker-title'))).to.equal(true);
  });

  it('omits the attribution when there is none', async () => {
    const el = await fixture<LedeQuoteBlock>(html`<lede-quote-block><p>Anonymous</p></lede-quote-block>`);
    expect(part(el, 'attribution')).to.equal(null);
  });

  it('accepts a slotted attribution instead of the attributes', async () => {
    const el = await fixture<LedeQuoteBlock>(html`
      <lede-quote-block speaker="Ignored"><p>Quote</p><span slot="attribution">A <b>custom</b> attribution</span></lede-quote-block>
    `);
    expect(assigned(el, 'attribution')[0]!.textContent).to.equal('A custom attribution');
    expect(part(el, 'attribution')).to.exist;
  });

  it('sets a checked cite URL on the blockquote and links to it', async () => {
    const el = await fixture<LedeQuoteBlock>(html`
      <lede-quote-block speaker="S" cite="https://example.com/press-conference"><p>Quote</p></lede-quote-block>
    `);
    expect(quoteOf(el).getAttribute('cite')).to.equal('https://example.com/press-conference');
    const link = part<HTMLAnchorElement>(el, 'link')!;
    expect(link.getAttribute('href')).to.equal('https://example.com/press-conference');
    expect(link.textContent).to.equal('Source');
    expect(warnings.messages).to.deep.equal([]);
  });

  for (const cite of ['javascript:alert(1)', 'java\tscript:alert(1)', 'java&#x09;script:alert(1)', 'data:text/html,x']) {
    it(`drops the cite ${JSON.stringify(cite)} with one warning`, async () => {
      const el = await fixture<LedeQuoteBlock>(html`<lede-quote-block speaker="S" cite=${cite}><p>Quote</p></lede-quote-block>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(quoteOf(el).hasAttribute('cite')).to.equal(false);
      expect(part(el, 'link')).to.equal(null);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<lede-quote-block>').and.contain('cite').and.contain('https:');
      expect(part(el, 'speaker')!.textContent).to.equal('S');
    });
  }

  it('warns once when there is no quotation at all, and still renders the attribution', async () => {
    const el = await fixture<LedeQuoteBlock>(html`<lede-quote-block speaker="S"></lede-quote-block>`);
    el.requestUpdate();
    await el.updateComplete;
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('<lede-quote-block> quote:');
    expect(part(el, 'speaker')!.textContent).to.equal('S');
  });

  it('styles the block variant with a side rule and the pull variant centred and larger', async () => {
    const block = await fixture<LedeQuoteBlock>(html`<lede-quote-block><p>Block</p></lede-quote-block>`);
    const pull = await fixture<LedeQuoteBlock>(html`<lede-quote-block variant="pull"><p>Pull</p></lede-quote-block>`);
    expect(block.variant).to.equal('block');
    expect(getComputedStyle(quoteOf(block)).borderInlineStartWidth).to.not.equal('0px');
    expect(getComputedStyle(part(pull, 'figure')!).textAlign).to.equal('center');
    expect(getComputedStyle(quoteOf(pull)).borderInlineStartWidth).to.equal('0px');
    expect(parseFloat(getComputedStyle(quoteOf(pull)).fontSize)).to.be.greaterThan(
      parseFloat(getComputedStyle(quoteOf(block)).fontSize),
    );
  });

  it('falls back to the block variant with a warning for an unknown variant', async () => {
    const el = await fixture<LedeQuoteBlock>(html`<lede-quote-block variant="huge"><p>Q</p></lede-quote-block>`);
    expect(getComputedStyle(quoteOf(el)).borderInlineStartWidth).to.not.equal('0px');
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('variant').and.contain('variant="pull"');
  });

  describe('quotation marks follow the language', () => {
    const cases: Array<[string, string]> = [
      ['en', '"\u201C" "\u201D" "\u2018" "\u2019"'],
      ['de', '"\u201E" "\u201C" "\u201A" "\u2018"'],
      ['pl', '"\u201E" "\u201D" "\u00AB" "\u00BB"'],
      ['fr', '"\u00AB\u202F" "\u202F\u00BB" "\u201C" "\u201D"'],
    ];
    for (const [lang, quotes] of cases) {
      it(`uses ${lang} marks from an ancestor's lang`, async () => {
        const wrapper = await fixture(html`<div lang=${lang}><lede-quote-block><p>Q</p></lede-quote-block></div>`);
        const el = wrapper.querySelector('lede-quote-block')!;
        await el.updateComplete;
        expect(getComputedStyle(quoteOf(el)).quotes).to.equal(quotes);
        expect(getComputedStyle(quoteOf(el), '::before').content).to.equal('open-quote / ""');
      });
    }

    it('follows a change of the element’s own lang', async () => {
      const el = await fixture<LedeQuoteBlock>(html`<lede-quote-block lang="en"><p>Q</p></lede-quote-block>`);
      el.setAttribute('lang', 'de');
      await el.updateComplete;
      expect(getComputedStyle(quoteOf(el)).quotes).to.match(/^"\u201E"/);
    });

    it('takes marks from the messages override or the --lede-quotes token', async () => {
      const el = await fixture<LedeQuoteBlock>(html`<lede-quote-block .messages=${{ quotes: ['»', '«', '›', '‹'] }}><p>Q</p></lede-quote-block>`);
      expect(getComputedStyle(quoteOf(el)).quotes).to.equal('"»" "«" "›" "‹"');
      el.style.setProperty('--lede-quotes', '"<" ">"');
      expect(getComputedStyle(quoteOf(el)).quotes).to.equal('"<" ">"');
    });

    it('keeps a hostile override inside its CSS string', async () => {
      const el = await fixture<LedeQuoteBlock>(html`<lede-quote-block .messages=${{ quotes: ['"; color: red; "', '"', "'", "'"] }}><p>Q</p></lede-quote-block>`);
      expect(getComputedStyle(quoteOf(el)).color).to.not.equal('rgb(255, 0, 0)');
      expect(getComputedStyle(quoteOf(el)).quotes).to.contain('color: red');
    });
  });

  it('lays out right to left with logical properties', async () => {
    const wrapper = await fixture(html`<div dir="rtl" lang="ar"><lede-quote-block speaker="متحدث"><p>اقتباس</p></lede-quote-block></div>`);
    const el = wrapper.querySelector('lede-quote-block')!;
    const style = getComputedStyle(quoteOf(el));
    expect(style.borderRightWidth).to.not.equal('0px');
    expect(style.borderLeftWidth).to.equal('0px');
    expect(parseFloat(style.paddingRight)).to.be.greaterThan(0);
    expect(style.paddingLeft).to.equal('0px');
  });

  it('inherits the host page font and colour, and themes through --lede-* tokens on an ancestor', async () => {
    const wrapper = await fixture(html`
      <div style="font-family: Georgia; color: rgb(10, 20, 30); --lede-accent-color: rgb(0, 128, 0)">
        <lede-quote-block speaker="S"><p>Q</p></lede-quote-block>
      </div>
    `);
    const el = wrapper.querySelector('lede-quote-block')!;
    await el.updateComplete;
    expect(getComputedStyle(el).fontFamily).to.equal('Georgia');
    expect(getComputedStyle(part(el, 'speaker')!).color).to.equal('rgb(10, 20, 30)');
    expect(getComputedStyle(quoteOf(el)).borderInlineStartColor).to.equal('rgb(0, 128, 0)');
  });

  const accent = async () => {
    const wrapper = await fixture(html`<div style="color-scheme: light dark"><lede-quote-block><p>Q</p></lede-quote-block></div>`);
    return getComputedStyle(quoteOf(wrapper.querySelector('lede-quote-block')!)).borderInlineStartColor;
  };

  inMedia({ colorScheme: 'light' }).it('has its light accent in light mode', async () => {
    expect(await accent()).to.equal('rgb(179, 20, 27)');
  });

  inMedia({ colorScheme: 'dark' }).it('switches its accent for dark mode when the page allows it', async () => {
    expect(await accent()).to.equal('rgb(255, 143, 143)');
  });

  inMedia({ forcedColors: 'active' }).it('uses system colours in forced-colours mode', async () => {
    const el = await fixture<LedeQuoteBlock>(html`<lede-quote-block><p>Q</p></lede-quote-block>`);
    const rule = getComputedStyle(quoteOf(el)).borderInlineStartColor;
    const text = getComputedStyle(document.body).color;
    expect(rule).to.equal(text);
  });

  inMedia({ media: 'print' }).it('prints the source URL after the link', async () => {
    const el = await fixture<LedeQuoteBlock>(html`<lede-quote-block cite="https://example.com/x"><p>Q</p></lede-quote-block>`);
    expect(getComputedStyle(part(el, 'link')!, '::after').content).to.equal('" (https://example.com/x)"');
  });

  describe('accessibility', () => {
    it('has no axe violations in the block variant', async () => {
      const el = await fixture(html`<lede-quote-block speaker="Shin Won-sik" speaker-title="Minister" cite="https://example.com"><p>Quote</p></lede-quote-block>`);
      await expect(el).to.be.accessible();
    });
    it('has no axe violations in the pull variant', async () => {
      const el = await fixture(html`<lede-quote-block variant="pull" speaker="Shin Won-sik"><p>Quote</p></lede-quote-block>`);
      await expect(el).to.be.accessible();
    });
    it('has no axe violations from the quote attribute, right to left', async () => {
      const el = await fixture(html`<div dir="rtl" lang="ar"><lede-quote-block quote="اقتباس" speaker="متحدث"></lede-quote-block></div>`);
      await expect(el).to.be.accessible();
    });
    inMedia({ colorScheme: 'dark' }).it('has no axe violations in dark mode', async () => {
      const el = await fixture(html`<div style="color-scheme: light dark; background: Canvas; color: CanvasText"><lede-quote-block speaker="S" speaker-title="T" cite="/x"><p>Q</p></lede-quote-block></div>`);
      await expect(el).to.be.accessible();
    });
  });
});

describe('<lede-quote-block> messages attribute', () => {
  it('takes label overrides as JSON', async () => {
    const el = await fixture<LedeQuoteBlock>(html`<lede-quote-block cite="/x" messages='{"quoteSource": "Read the briefing"}'><p>Q</p></lede-quote-block>`);
    expect(part(el, 'link')!.textContent).to.equal('Read the briefing');
  });

  it('ignores malformed JSON with one warning and renders the defaults', async () => {
    const warnings = captureWarnings();
    let el: LedeQuoteBlock;
    try {
      el = await fixture<LedeQuoteBlock>(html`<lede-quote-block cite="/x" messages="{quoteSource: oops}"><p>Q</p></lede-quote-block>`);
    } finally {
      warnings.restore();
    }
    expect(part(el!, 'link')!.textContent).to.equal('Source');
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('<lede-quote-block> messages:').and.contain('JSON');
  });
});

describe('<lede-quote-block> with a wrong-shaped messages override', () => {
  it('ignores it with one warning and still shows the quotation', async () => {
    const warnings = captureWarnings();
    let el: LedeQuoteBlock;
    try {
      el = await fixture<LedeQuoteBlock>(html`<lede-quote-block messages='{"quotes":"«»"}'><p>Still here</p></lede-quote-block>`);
    } finally {
      warnings.restore();
    }
    expect(el!.querySelector('p')!.offsetHeight).to.be.greaterThan(0);
    expect(getComputedStyle(quoteOf(el!)).quotes).to.match(/^"\u201C"/);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('<lede-quote-block> messages:').and.contain('"quotes"');
  });
});
