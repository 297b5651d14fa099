import { expect } from '@open-wc/testing';
import {
  formatAbsolute,
  formatRelative,
  isValidTimeZone,
  msUntilRelativeChange,
  parseDuration,
  parseIsoDate,
  toDatetimeAttribute,
} from '../src/internal/dates.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const instant = (value: string): number => {
  const parsed = parseIsoDate(value);
  if (!('date' in parsed)) throw new Error(`${value}: ${parsed.problem}`);
  return parsed.date.getTime();
};

describe('parseIsoDate', () => {
  it('reads date-times with Z or a numeric offset, with or without seconds and fractions', () => {
    const utc = Date.UTC(2024, 2, 19, 17, 17);
    expect(instant('2024-03-19T17:17:00Z')).to.equal(utc);
    expect(instant('2024-03-19T17:17Z')).to.equal(utc);
    expect(instant('2024-03-19t17:17:00z')).to.equal(utc);
    expect(instant('2024-03-19 17:17:00Z')).to.equal(utc);
    expect(instant('2024-03-19T13:17:00-04:00')).to.equal(utc);
    expect(instant('2024-03-19T18:17:00+0100')).to.equal(utc);
    expect(instant('2024-03-19T22:47:00+05:30')).to.equal(utc);
    expect(instant('2024-03-19T19:17+02')).to.equal(utc);
    expect(instant('  2024-03-19T17:17:00Z  ')).to.equal(utc);
    expect(instant('2024-03-19T17:17:00.250Z')).to.equal(utc + 250);
    expect(instant('2024-03-19T17:17:00,5Z')).to.equal(utc + 500);
    expect(instant('2024-03-19T17:17:00.123456789Z')).to.equal(utc + 123);
  });

  it('handles leap days and years before 100', () => {
    expect(instant('2024-02-29T00:00:00Z')).to.equal(Date.UTC(2024, 1, 29));
    const ancient = new Date(instant('0079-08-24T13:00:00Z'));
    expect(ancient.getUTCFullYear()).to.equal(79);
  });

  it('says which values have no offset', () => {
    for (const value of ['2024-03-19T17:17:00', '2024-03-19T17:17', '2024-03-19', '2024-03-19 17:17:00.5']) {
      expect(parseIsoDate(value), value).to.deep.equal({ problem: 'no-offset' });
    }
  });

  it('rejects what is not an ISO 8601 date-time, including impossible dates', () => {
    for (const value of [
      'yesterday',
      'March 19, 2024',
      '19/03/2024 17:17',
      '2024-3-19T17:17Z',
      '2024-02-30T10:00:00Z',
      '2023-02-29T10:00:00Z',
      '2024-13-01T10:00:00Z',
      '2024-00-10T10:00:00Z',
      '2024-03-19T24:00:00Z',
      '2024-03-19T17:60:00Z',
      '2024-03-19T17:17:60Z',
      '2024-03-19T17:17:00+24:00',
      '2024-03-19T17:17:00+01:60',
      '٢٠٢٤-٠٣-١٩T17:17:00Z',
      '1710868620000',
    ]) {
      expect(parseIsoDate(value), value).to.deep.equal({ problem: 'invalid' });
    }
  });

  it('calls an empty or absent value empty', () => {
    expect(parseIsoDate('')).to.deep.equal({ problem: 'empty' });
    expect(parseIsoDate('   ')).to.deep.equal({ problem: 'empty' });
    expect(parseIsoDate(null)).to.deep.equal({ problem: 'empty' });
    expect(parseIsoDate(undefined)).to.deep.equal({ problem: 'empty' });
  });
});

describe('toDatetimeAttribute', () => {
  it('writes UTC with Latin digits, milliseconds only when present', () => {
    expect(toDatetimeAttribute(new Date(instant('2024-03-19T13:17:00-04:00')))).to.equal('2024-03-19T17:17:00Z');
    expect(toDatetimeAttribute(new Date(instant('2024-03-19T17:17:00.25Z')))).to.equal('2024-03-19T17:17:00.250Z');
  });
});

describe('isValidTimeZone', () => {
  it('knows IANA zones and rejects made-up ones', () => {
    expect(isValidTimeZone('America/New_York')).to.equal(true);
    expect(isValidTimeZone('Europe/Warsaw')).to.equal(true);
    expect(isValidTimeZone('UTC')).to.equal(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).to.equal(false);
    expect(isValidTimeZone('EDT!')).to.equal(false);
  });
});

describe('formatAbsolute', () => {
  const date = new Date(Date.UTC(2024, 2, 19, 17, 17));

  it('writes the issue’s example in the newsroom’s zone with its abbreviation', () => {
    expect(formatAbsolute(date, 'en-US', 'America/New_York')).to.equal('March 19, 2024 at 1:17 PM EDT');
  });

  it('writes each locale’s own form, as Intl gives it', () => {
    for (const locale of ['pl', 'de', 'ar-EG', 'fr', 'ko', 'uk']) {
      const expected = new Intl.DateTimeFormat(locale, {
        year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit',
        timeZoneName: 'short', timeZone: 'America/New_York',
      }).format(date);
      expect(formatAbsolute(date, locale, 'America/New_York'), locale).to.equal(expected);
    }
    expect(formatAbsolute(date, 'pl', 'America/New_York')).to.match(/19 marca 2024.*13:17/);
    expect(formatAbsolute(date, 'de', 'America/New_York')).to.match(/19\. März 2024.*13:17/);
    // Arabic-Indic digits in Egyptian Arabic, not Latin ones.
    const arabic = formatAbsolute(date, 'ar-EG', 'America/New_York');
    expect(arabic).to.contain('١٩').and.contain('٢٠٢٤').and.contain('١:١٧');
    expect(arabic).to.not.match(/[0-9]/);
  });

  it('follows the zone: the same instant is 6:17 PM in Warsaw', () => {
    expect(formatAbsolute(date, 'en-US', 'Europe/Warsaw')).to.match(/6:17 PM GMT\+1/);
    expect(formatAbsolute(date, 'en-US', 'UTC')).to.equal('March 19, 2024 at 5:17 PM UTC');
  });
});

describe('formatRelative', () => {
  const date = new Date(Date.UTC(2024, 2, 19, 17, 17));
  const at = (offset: number, locale = 'en') => formatRelative(date, date.getTime() + offset, locale);

  it('says "now" under a minute, either side', () => {
    expect(at(0)).to.equal('now');
    expect(at(59_999)).to.equal('now');
    expect(at(-30_000)).to.equal('now');
  });

  it('counts whole units towards the date, in the largest unit that fits', () => {
    expect(at(MINUTE)).to.equal('1 minute ago');
    expect(at(5 * MINUTE + 59_000)).to.equal('5 minutes ago');
    expect(at(59 * MINUTE + 59_000)).to.equal('59 minutes ago');
    expect(at(HOUR)).to.equal('1 hour ago');
    expect(at(23 * HOUR + 59 * MINUTE)).to.equal('23 hours ago');
    expect(at(DAY)).to.equal('yesterday');
    expect(at(3 * DAY)).to.equal('3 days ago');
    expect(at(14 * DAY)).to.equal('2 weeks ago');
    expect(at(65 * DAY)).to.equal('2 months ago');
    expect(at(800 * DAY)).to.equal('2 years ago');
  });

  it('writes future times (an embargo, a wrong clock) as "in …"', () => {
    expect(at(-5 * MINUTE - 30_000)).to.equal('in 5 minutes');
    expect(at(-2 * HOUR)).to.equal('in 2 hours');
  });

  it('speaks the locale, with its digits', () => {
    expect(at(5 * MINUTE, 'pl')).to.equal('5 minut temu');
    expect(at(5 * MINUTE, 'de')).to.equal('vor 5 Minuten');
    expect(at(5 * MINUTE, 'ar-EG')).to.equal(new Intl.RelativeTimeFormat('ar-EG', { numeric: 'auto' }).format(-5, 'minute'));
    expect(at(5 * MINUTE, 'ar-EG')).to.contain('٥');
  });
});

describe('msUntilRelativeChange', () => {
  const date = new Date(Date.UTC(2024, 2, 19, 17, 17));
  const after = (elapsed: number) => msUntilRelativeChange(date, date.getTime() + elapsed);

  it('waits exactly until the text changes', () => {
    expect(after(0)).to.equal(MINUTE);
    expect(after(20_000)).to.equal(40_000);
    expect(after(5 * MINUTE + 15_000)).to.equal(45_000);
    expect(after(59 * MINUTE + 30_000)).to.equal(30_000);
    expect(after(3 * HOUR + 10 * MINUTE)).to.equal(50 * MINUTE);
    expect(after(2 * DAY)).to.equal(DAY);
  });

  it('agrees with formatRelative: the text is the same just before the delay and different at it', () => {
    for (const elapsed of [0, 20_000, 5 * MINUTE + 15_000, 59 * MINUTE + 30_000, 3 * HOUR + 10 * MINUTE, -5 * MINUTE - 30_000, -2 * HOUR - 5000]) {
      const now = date.getTime() + elapsed;
      const delay = msUntilRelativeChange(date, now);
      const before = formatRelative(date, now, 'en');
      expect(formatRelative(date, now + delay - 1, 'en'), `${elapsed}`).to.equal(before);
      expect(formatRelative(date, now + delay, 'en'), `${elapsed}`).to.not.equal(before);
    }
  });

  it('never asks for less than a second', () => {
    expect(after(MINUTE - 10)).to.equal(1000);
  });
});

describe('parseDuration', () => {
  it('reads a number and a unit', () => {
    expect(parseDuration('24h')).to.equal(DAY);
    expect(parseDuration('90min')).to.equal(90 * MINUTE);
    expect(parseDuration('90m')).to.equal(90 * MINUTE);
    expect(parseDuration('2d')).to.equal(2 * DAY);
    expect(parseDuration('1w')).to.equal(7 * DAY);
    expect(parseDuration('30s')).to.equal(30_000);
    expect(parseDuration(' 1.5 H ')).to.equal(1.5 * HOUR);
  });

  it('rejects anything else', () => {
    for (const value of ['', '24', 'h', 'tomorrow', '-1h', '1y', '1h30m']) expect(parseDuration(value), value).to.equal(undefined);
  });
});
