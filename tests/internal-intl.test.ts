import { expect } from '@open-wc/testing';
import { formatter, MAX_FORMATTERS } from '../src/internal/intl.js';

describe('formatter (the Intl cache)', () => {
  it('builds each kind, locale and options once and reuses it', () => {
    const first = formatter('DateTimeFormat', 'pl', { dateStyle: 'medium' });
    expect(formatter('DateTimeFormat', 'pl', { dateStyle: 'medium' })).to.equal(first);
    expect(formatter('DateTimeFormat', 'pl', { dateStyle: 'long' })).to.not.equal(first);
    expect(formatter('DateTimeFormat', 'de', { dateStyle: 'medium' })).to.not.equal(first);
    expect(formatter('NumberFormat', 'ar-EG').format(3)).to.equal('٣');
    expect(formatter('PluralRules', 'pl').select(3)).to.equal('few');
    expect(formatter('ListFormat', 'en', { type: 'conjunction' }).format(['A', 'B', 'C'])).to.equal('A, B, and C');
  });

  it('stays bounded: the least recently used formatter goes first', () => {
    const kept = formatter('NumberFormat', 'en-GB');
    const dropped = formatter('NumberFormat', 'en-AU');
    for (let i = 0; i < MAX_FORMATTERS - 1; i += 1) {
      formatter('NumberFormat', 'en', { minimumIntegerDigits: (i % 21) + 1, maximumFractionDigits: Math.floor(i / 21) });
      // Used again and again: never the oldest.
      formatter('NumberFormat', 'en-GB');
    }
    expect(formatter('NumberFormat', 'en-GB')).to.equal(kept);
    expect(formatter('NumberFormat', 'en-AU'), 'rebuilt after it was dropped').to.not.equal(dropped);
  });

  it('throws as Intl does for an unknown time zone, and caches nothing then', () => {
    expect(() => formatter('DateTimeFormat', 'en', { timeZone: 'Mars/Olympus' })).to.throw(RangeError);
    expect(() => formatter('DateTimeFormat', 'en', { timeZone: 'Mars/Olympus' })).to.throw(RangeError);
  });
});
