/**
 * Dates as feeds write them (RSS's RFC 822 variants, Atom's and JSON Feed's
 * ISO 8601): only the feed readers and items with dates need this, so it
 * is a module of its own, out of the first render's code.
 */
import { daysInMonth, MINUTE } from './dates.js';

/**
 * Zone abbreviations feeds write in RFC 822 dates, with their offset in
 * hours. Where one abbreviation means several zones, the one newsrooms
 * publish in most wins: IST is India (+5:30), not Ireland or Israel; CST
 * is US Central, not China; BST is British Summer Time.
 */
const ZONES = new Map<string, number>(
  (
    'UT0 UTC0 GMT0 Z0 WET0 EST-5 EDT-4 CST-6 CDT-5 MST-7 MDT-6 PST-8 PDT-7 AKST-9 AKDT-8 HST-10 AST-4 ADT-3 ' +
    'NST-3.5 NDT-2.5 BRT-3 ART-3 CLT-4 BST1 IST5.5 WEST1 CET1 CEST2 MET1 MEST2 MEZ1 MESZ2 EET2 EEST3 MSK3 SAST2 CAT2 ' +
    'EAT3 WAT1 PKT5 ICT7 WIB7 HKT8 SGT8 PHT8 AWST8 JST9 KST9 ACST9.5 ACDT10.5 AEST10 AEDT11 NZST12 NZDT13'
  )
    .split(' ')
    .map((entry): [string, number] => [entry.replace(/[-\d.]+$/, ''), Number(/[-\d.]+$/.exec(entry)![0])]),
);

const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';

/** ISO 8601 as feeds write it: a date, optionally a time, optionally `Z` or an offset (`+01:00`, `+0100`, `+01`). */
const FEED_ISO = /^(\d{4})-?(\d\d)-?(\d\d)(?:[Tt ](\d\d):?(\d\d)(?::?(\d\d)(?:[.,](\d+))?)?)?\s*(?:([Zz])|([+-])(\d\d):?(\d\d)?)?$/;

/** The instant, checked field by field; `offset` in minutes east of UTC. */
function instant(year: number, month: number, day: number, hour: number, minute: number, second: number, offset: number): Date | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 60) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59)) - offset * MINUTE);
  if (year < 100) date.setUTCFullYear(date.getUTCFullYear() - 1900);
  return date;
}

/**
 * A feed's date: ISO 8601 / RFC 3339 (JSON Feed, Atom, `dc:date`) or RFC
 * 822 / 2822 and the variants feeds really write (`pubDate`): with or
 * without the day name, seconds or comma, two-digit years, full month
 * names, `+0100`, `+01:00`, `GMT+0100` or a zone abbreviation (`BST`,
 * `CEST`, `JST`, `AEST`, … from a table), a trailing `(comment)`, AM/PM.
 *
 * One rule for a date without an offset: it is read as UTC, so every
 * reader sees the same instant (as established feed readers do), never
 * the reader's own zone. `undefined` when the value names no date.
 */
export function parseFeedDate(value: string | null | undefined): Date | undefined {
  const text = (value ?? '').trim();
  const iso = FEED_ISO.exec(text);
  if (iso) {
    const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '0', , sign, oh = '0', om = '0'] = iso;
    const offset = sign ? (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om)) : 0;
    const date = instant(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s), offset);
    date?.setUTCMilliseconds(Math.floor(Number(`0.${fraction}`) * 1000));
    return date;
  }
  let day: number | undefined;
  let month: number | undefined;
  let year: number | undefined;
  let time: number[] | undefined;
  let offset: number | undefined;
  // Tokens in any order: "Mon, 18 Mar 2024 12:00:00 +0000", "Mon Mar 18 2024 12:00:00 GMT+0100 (CET)".
  for (const token of text.replace(/\(.*?\)/g, ' ').split(/[\s,]+/)) {
    if (token === '') continue;
    let match: RegExpExecArray | null;
    if ((match = /^(\d\d?):(\d\d)(?::(\d\d)(?:\.\d+)?)?$/.exec(token))) time = [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
    else if (/^[ap]\.?m\.?$/i.test(token) && time && time[0]! <= 12) time[0] = (time[0]! % 12) + (/^p/i.test(token) ? 12 : 0);
    else if ((match = /^(?:(?:GMT|UTC?)?([+-])(\d\d):?(\d\d)?)$/i.exec(token)) && offset === undefined) {
      offset = (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3] ?? 0));
    } else if (/^\d{1,4}$/.test(token)) {
      const number = Number(token);
      if (day === undefined && token.length <= 2) day = number;
      else if (year === undefined) year = token.length <= 2 ? number + (number < 50 ? 2000 : 1900) : number;
      else return undefined;
    } else if (/^[a-z]+\.?$/i.test(token)) {
      const word = token.replace('.', '').toUpperCase();
      const monthIndex = MONTHS.indexOf(word.slice(0, 3).toLowerCase());
      if (word.length >= 3 && monthIndex % 3 === 0 && month === undefined && !ZONES.has(word)) month = monthIndex / 3 + 1;
      // A zone name after a numeric offset ("+0000 GMT") repeats it: the first one counts.
      else if (ZONES.has(word)) offset ??= ZONES.get(word)! * 60;
      // Day names ("Mon", "Monday") carry nothing the date does not.
      else if (!/^(mon|tue|wed|thu|fri|sat|sun)/i.test(word)) return undefined;
    } else return undefined;
  }
  if (day === undefined || month === undefined || year === undefined) return undefined;
  const [hour, minute, second] = time ?? [0, 0, 0];
  return instant(year, month, day, hour!, minute!, second!, offset ?? 0);
}
