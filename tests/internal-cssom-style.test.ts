import { expect } from '@open-wc/testing';

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
