import { expect } from '@open-wc/testing';
import { defineElement } from '../src/internal/define.js';
import { VERSION } from '../src/internal/version.js';
import { captureWarnings } from './helpers.js';

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
