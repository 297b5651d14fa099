import { expect } from '@open-wc/testing';
import { relativeTime } from '../src/internal/relative-time.js';

const at = Date.parse('2024-03-19T17:17:00Z');
const ago = (ms: number) => new Date(at - ms);
const MINUTE = 60_000;

describe('relativeTime', () => {
  it('says "now" under a minute, and for a date in the future', () => {
    expect(relativeTime(ago(0), at, 'en')).to.deep.equal({ text: 'now', nextChange: MINUTE });
    expect(relativeTime(ago(59_000), at, 'en')).to.deep.equal({ text: 'now', nextChange: 1000 });
    expect(relativeTime(ago(-5 * MINUTE), at, 'en').text).to.equal('now');
  });

  it('counts whole minutes, hours, days, weeks, months and years', () => {
    expect(relativeTime(ago(MINUTE), at, 'en').text).to.equal('1 minute ago');
    expect(relativeTime(ago(2 * MINUTE + 30_000), at, 'en')).to.deep.equal({ text: '2 minutes ago', nextChange: 30_000 });
    expect(relativeTime(ago(59 * MINUTE), at, 'en').text).to.equal('59 minutes ago');
    expect(relativeTime(ago(3 * 60 * MINUTE), at, 'en')).to.deep.equal({ text: '3 hours ago', nextChange: 60 * MINUTE });
    expect(relativeTime(ago(24 * 60 * MINUTE), at, 'en').text).to.equal('yesterday');
    expect(relativeTime(ago(3 * 24 * 60 * MINUTE), at, 'en').text).to.equal('3 days ago');
    expect(relativeTime(ago(14 * 24 * 60 * MINUTE), at, 'en').text).to.equal('2 weeks ago');
    expect(relativeTime(ago(65 * 24 * 60 * MINUTE), at, 'en').text).to.equal('2 months ago');
    expect(relativeTime(ago(800 * 24 * 60 * MINUTE), at, 'en').text).to.equal('2 years ago');
  });

  it('speaks the locale’s language and plural forms', () => {
    expect(relativeTime(ago(2 * MINUTE), at, 'de').text).to.equal('vor 2 Minuten');
    expect(relativeTime(ago(5 * MINUTE), at, 'pl').text).to.equal('5 minut temu');
    expect(relativeTime(ago(2 * MINUTE), at, 'fr').text).to.equal('il y a 2 minutes');
    expect(relativeTime(ago(0), at, 'uk').text).to.equal('зараз');
  });
});
