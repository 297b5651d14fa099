import { expect } from '@open-wc/testing';
import { warn } from '../src/internal/warn.js';
import { captureWarnings } from './helpers.js';

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
