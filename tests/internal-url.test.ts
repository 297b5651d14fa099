import { expect } from '@open-wc/testing';
import { checkUrl } from '../src/internal/url.js';
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
