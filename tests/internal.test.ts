import { expect } from '@open-wc/testing';
import { checkUrl } from '../src/internal/url.js';
import { defineElement } from '../src/internal/define.js';
import { resolveLocale } from '../src/internal/locale.js';
import { formatCount, messagesFor, SUPPORTED_LANGUAGES, type MessageOverrides, type Messages } from '../src/internal/i18n.js';
import { warn } from '../src/internal/warn.js';
import { VERSION } from '../src/internal/version.js';
import { captureWarnings } from './helpers.js';

describe('checkUrl', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('keeps http, https and relative URLs', () => {
    for (const url of [
      'https://example.com/a?b=c#d',
      'http://example.com',
      '/news/2024/03/19',
      'article.html',
      '../up',
      '?page=2',
      '#comments',
      '//cdn.example.com/x.jpg',
      'news/2024:03',
    ]) {
      expect(checkUrl(url), url).to.equal(url);
    }
    expect(warnings.messages).to.deep.equal([]);
  });

  it('treats an empty or absent URL as no URL, silently', () => {
    expect(checkUrl('')).to.equal(undefined);
    expect(checkUrl('   ')).to.equal(undefined);
    expect(checkUrl(null)).to.equal(undefined);
    expect(checkUrl(undefined)).to.equal(undefined);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('drops dangerous schemes, however they are disguised, with a warning each', () => {
    const attacks = [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      '  javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'java&#x09;script:alert(1)',
      'java&#9;script:alert(1)',
      '&#106;avascript:alert(1)',
      '&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)',
      'javascript&colon;alert(1)',
      '%6Aavascript:alert(1)',
      '\u0000javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
    ];
    for (const url of attacks) {
      expect(checkUrl(url), JSON.stringify(url)).to.equal(undefined);
    }
    expect(warnings.messages).to.have.length(attacks.length);
    expect(warnings.messages[0]).to.contain('javascript:').and.contain('http');
  });

  it('allows mailto: only when asked', () => {
    expect(checkUrl('mailto:desk@example.com', { allowMailto: true })).to.equal('mailto:desk@example.com');
    expect(checkUrl('mailto:desk@example.com')).to.equal(undefined);
  });
});

describe('defineElement', () => {
  it('is a silent no-op for the same class or the same version', () => {
    class First extends HTMLElement {
      static ledeVersion = VERSION;
    }
    class SameVersion extends HTMLElement {
      static ledeVersion = VERSION;
    }
    const warnings = captureWarnings();
    try {
      defineElement('lede-test-same', First);
      defineElement('lede-test-same', First);
      defineElement('lede-test-same', SameVersion);
    } finally {
      warnings.restore();
    }
    expect(customElements.get('lede-test-same')).to.equal(First);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('warns exactly once for a different version and never throws', () => {
    class Mine extends HTMLElement {
      static ledeVersion = VERSION;
    }
    class Older extends HTMLElement {
      static ledeVersion = '0.0.1';
    }
    class Foreign extends HTMLElement {}
    const warnings = captureWarnings();
    try {
      defineElement('lede-test-versions', Mine);
      expect(() => defineElement('lede-test-versions', Older)).not.to.throw();
      expect(() => defineElement('lede-test-versions', Older)).not.to.throw();
      expect(() => defineElement('lede-test-versions', Foreign)).not.to.throw();
    } finally {
      warnings.restore();
    }
    expect(customElements.get('lede-test-versions')).to.equal(Mine);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('<lede-test-versions>').and.contain(VERSION);
  });
});

describe('resolveLocale', () => {
  it('uses the closest lang, then the document, then en', () => {
    const outer = document.createElement('div');
    outer.lang = 'pl';
    const inner = document.createElement('span');
    outer.append(inner);
    document.body.append(outer);
    expect(resolveLocale(inner)).to.equal('pl');
    inner.lang = 'de-AT';
    expect(resolveLocale(inner)).to.equal('de-AT');
    outer.remove();

    const loose = document.createElement('span');
    const previous = document.documentElement.getAttribute('lang');
    document.documentElement.lang = 'fr';
    expect(resolveLocale(loose)).to.equal('fr');
    document.documentElement.removeAttribute('lang');
    expect(resolveLocale(loose)).to.equal('en');
    if (previous !== null) document.documentElement.setAttribute('lang', previous);
  });

  it('crosses shadow roots and skips invalid tags', () => {
    const host = document.createElement('div');
    host.lang = 'uk';
    const root = host.attachShadow({ mode: 'open' });
    const inside = document.createElement('span');
    inside.setAttribute('lang', 'not a locale!');
    root.append(inside);
    document.body.append(host);
    expect(resolveLocale(inside)).to.equal('uk');
    host.remove();
  });
});

describe('messages', () => {
  it('has every label in every promised language', () => {
    expect(SUPPORTED_LANGUAGES).to.include.members(['en', 'pl', 'de', 'fr', 'es', 'uk', 'ko', 'ar']);
    const keys = Object.keys(messagesFor('en')).sort();
    for (const language of SUPPORTED_LANGUAGES) {
      expect(Object.keys(messagesFor(language)).sort(), language).to.deep.equal(keys);
    }
  });

  it('falls back to English by language and applies overrides', () => {
    expect(messagesFor('pt-BR').live).to.equal('Live');
    expect(messagesFor('pl-PL').live).to.equal('Na żywo');
    expect(messagesFor('de', { live: 'Jetzt live' }).live).to.equal('Jetzt live');
  });

  it('pluralises counts by the locale', () => {
    expect(formatCount('en', messagesFor('en').newUpdates, 1)).to.equal('1 new update');
    expect(formatCount('en', messagesFor('en').newUpdates, 3)).to.equal('3 new updates');
    expect(formatCount('pl', messagesFor('pl').newUpdates, 3)).to.equal('3 nowe aktualizacje');
    expect(formatCount('pl', messagesFor('pl').newUpdates, 5)).to.equal('5 nowych aktualizacji');
  });
});

describe('warn', () => {
  it('names the element, the attribute and the fix in one message', () => {
    const warnings = captureWarnings();
    try {
      warn('lede-quote-block', 'cite', 'is not a URL.', 'Use an https: URL.');
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.deep.equal(['<lede-quote-block> cite: is not a URL. Use an https: URL.']);
  });
});

describe('cssomStyle', () => {
  it('writes styles through the CSSOM and removes the ones that go away', async () => {
    const { html, render } = await import('lit');
    const { cssomStyle } = await import('../src/internal/cssom-style.js');
    const host = document.createElement('div');
    const paint = (styles: Record<string, string | undefined>) =>
      render(html`<p style=${cssomStyle(styles)}></p>`, host);
    paint({ aspectRatio: '3 / 2', '--_lede-x': '"a"' });
    const p = host.querySelector('p')!;
    expect(p.style.aspectRatio).to.equal('3 / 2');
    expect(p.style.getPropertyValue('--_lede-x')).to.equal('"a"');
    paint({ aspectRatio: undefined, '--_lede-x': '"b"' });
    expect(p.style.aspectRatio).to.equal('');
    expect(p.style.getPropertyValue('--_lede-x')).to.equal('"b"');
  });
});

describe('messages overrides of the wrong shape', () => {
  it('are left out with a report, and plural forms merge with the built-in ones', () => {
    const problems: string[] = [];
    const report = (problem: string) => problems.push(problem);
    const bad = messagesFor('en', { quotes: '«»' as unknown as Messages['quotes'], live: 42 as unknown as string, nonsense: 'x' } as MessageOverrides, report);
    expect(bad.quotes).to.deep.equal(messagesFor('en').quotes);
    expect(bad.live).to.equal('Live');
    // One report naming every key left out, never one per key (an object of 10,000 keys is one warning).
    expect(problems).to.have.length(1);
    expect(problems[0]).to.contain('"quotes"').and.contain('"live"').and.contain('"nonsense"');

    const partial = messagesFor('es', { newUpdates: { one: 'una novedad' } as Messages['newUpdates'] }, report);
    expect(formatCount('es', partial.newUpdates, 1)).to.equal('una novedad');
    expect(formatCount('es', partial.newUpdates, 3)).to.equal('3 nuevas actualizaciones');
    const text = messagesFor('en', { newUpdates: '{count} new' as unknown as Messages['newUpdates'] }, report);
    expect(formatCount('en', text.newUpdates, 2)).to.equal('2 new updates');
  });
});

describe('a render that fails', () => {
  it('keeps the CMS’s words visible, reports once to the console, and recovers on the next good render', async () => {
    const { html } = await import('lit');
    const { LedeElement } = await import('../src/internal/lede-element.js');
    class Fragile extends LedeElement {
      static broken = true;
      protected override render() {
        if (Fragile.broken) throw new Error('bug');
        return html`<div part="ok"><slot></slot></div>`;
      }
    }
    customElements.define('lede-test-fragile', Fragile);
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args[0]);
    const el = document.createElement('lede-test-fragile') as InstanceType<typeof Fragile>;
    el.innerHTML = '<p>The article’s words</p><span slot="credit">Credit</span>';
    try {
      document.body.append(el);
      await new Promise((resolve) => setTimeout(resolve));
    } finally {
      console.error = original;
    }
    expect(errors).to.have.length(1);
    expect(el.querySelector('p')!.offsetHeight).to.be.greaterThan(0);
    expect(el.querySelector('span')!.offsetHeight).to.be.greaterThan(0);
    Fragile.broken = false;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('slot')).to.have.length(1);
    expect(el.shadowRoot!.querySelector('[part="ok"]')).to.exist;
    el.remove();
  });
});
