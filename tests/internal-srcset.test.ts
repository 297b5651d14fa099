import { expect } from '@open-wc/testing';
import { checkSrcset } from '../src/internal/srcset.js';

describe('checkSrcset', () => {
  const check = (value: string | null | undefined) => {
    const problems: string[] = [];
    const result = checkSrcset(value, { report: (problem) => problems.push(problem) });
    return { result, problems };
  };

  it('keeps safe candidates with their descriptors', () => {
    expect(check('small.jpg 480w, https://cdn.example/large.jpg 1200w').result).to.equal('small.jpg 480w, https://cdn.example/large.jpg 1200w');
    expect(check('a.jpg 1x,b.jpg 2x').result).to.equal('a.jpg 1x, b.jpg 2x');
    expect(check('/img/only.jpg').result).to.equal('/img/only.jpg');
  });

  it('keeps commas inside a URL', () => {
    expect(check('/img/w_400,h_300/photo.jpg 400w, /img/w_800,h_600/photo.jpg 800w').result).to.equal(
      '/img/w_400,h_300/photo.jpg 400w, /img/w_800,h_600/photo.jpg 800w',
    );
  });

  it('drops unsafe candidates, reporting each, and keeps the rest', () => {
    const { result, problems } = check('javascript:alert(1) 1x, ok.jpg 2x, DATA:image/png;base64,AAAA 3x');
    expect(result).to.equal('ok.jpg 2x');
    expect(problems).to.have.length(2);
    expect(problems[0]).to.contain('javascript:');
    expect(problems[1]).to.contain('data:');
  });

  it('returns undefined for nothing, or nothing safe', () => {
    expect(check(undefined).result).to.equal(undefined);
    expect(check(null).result).to.equal(undefined);
    expect(check('  ').result).to.equal(undefined);
    expect(check('vbscript:x 1x').result).to.equal(undefined);
  });

  it('splits exactly as the browser does, so no candidate hides behind a comma', () => {
    // A space before the comma: the browser fetches the data: candidate.
    const spaced = check('a.jpg 1x ,data:image/svg+xml,x 2x');
    expect(spaced.result).to.equal('a.jpg 1x');
    expect(spaced.problems).to.have.length(1);
    // A URL that ends in a comma ends the candidate; the next one is checked.
    expect(check('a.jpg, javascript:alert(1) 2x').result).to.equal('a.jpg');
    // Without whitespace it is one relative URL (a path), as the browser reads it.
    expect(check('a.jpg,javascript:alert(1) 2x').result).to.equal('a.jpg,javascript:alert(1) 2x');
    // Commas inside a descriptor's parentheses do not split.
    expect(check('a.jpg 1x, b.jpg (2x, 3x)').result).to.equal('a.jpg 1x, b.jpg (2x, 3x)');
  });
});
