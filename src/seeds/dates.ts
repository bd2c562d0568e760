import { format } from 'date-fns';
import type { CalendarDate } from '../types.ts';

// Dates are parsed and formatted at local noon: every zone has a noon on every day,
// so the calendar date never shifts, whatever TZ the build runs under.
const NOON = new Date(2000, 0, 1, 12, 0, 0, 0);

/**
 * `2017-11-14` -> the same string if it names a real day (of the proleptic Gregorian calendar,
 * years 0001 to 9999), else null. By arithmetic: Date (and date-fns' isExists) reads years 0 to
 * 99 as 1900 to 1999, which refused `0050-03-01`.
 */
export function parseCalendarDate(text: string): CalendarDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) ? text : null;
}

/** Local noon of a calendar date; setFullYear, unlike Date's constructor, reads years 0 to 99 as themselves. */
function toLocalNoon(date: CalendarDate): Date {
  const noon = new Date(NOON);
  noon.setFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return noon;
}

// An archive formats the same few thousand dates over and over: remember them.
const formatted = new Map<string, string>();

/** Formats a calendar date with a date-fns pattern, e.g. `d MMMM yyyy`. */
export function formatCalendarDate(date: CalendarDate, pattern: string): string {
  const key = `${date}|${pattern}`;
  let text = formatted.get(key);
  if (text === undefined) {
    text = format(toLocalNoon(date), pattern);
    formatted.set(key, text);
  }
  return text;
}

/**
 * A time of day as a date's text writes it after the date: `T10:30:00Z`, ` 10:30:00 -0700 MST`,
 * `, 3:30 p.m. EST`. Not after another digit or colon, so no part of a date or zone is read as one.
 */
const CLOCK = /(?<![\d:])([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d|60))?([.,]\d{1,9})?(?:\s{0,3}([ap])\.?m\b\.?)?(?![\d:])/i;

/**
 * The time of day in a written date, 24-hour, as exact as it is written: `10:30`, `10:30:00`
 * or `10:30:15` (seconds when the date has them), `10:30:15.25` (a fraction of a second, to the
 * millisecond, the most HTML's `datetime` holds; a fraction of nothing but zeros, as exports
 * and Hugo's numbers of seconds write it, says no more than the seconds); or null: for none,
 * and for midnight, which Hugo's and WordPress's exports write for a date alone. And the offset
 * from UTC it is written in (see writtenZone), or null.
 */
export function writtenClock(text: string): { time: string | null; zone: string | null } {
  const m = CLOCK.exec(text);
  if (!m) return { time: null, zone: null };
  let hour = Number(m[1]);
  const half = m[5]?.toLowerCase();
  if (half && hour <= 12) hour = (hour % 12) + (half === 'p' ? 12 : 0);
  // A leap second is none a clock of HTML's (or Date's) can show: the second before it.
  const seconds = m[3] === undefined ? '' : `:${m[3] === '60' ? '59' : m[3]}`;
  const digits = m[3] === undefined ? '' : (m[4] ?? '').slice(1, 4);
  const time = `${pad2(hour)}:${m[2]}${seconds}${/[1-9]/.test(digits) ? `.${digits}` : ''}`;
  return /^00:00(?::00)?$/.test(time) ? { time: null, zone: null } : { time, zone: writtenZone(text.slice(m.index + m[0].length)) };
}

/**
 * A time of day (see writtenClock) as the archive orders by it, compared as text: with its
 * seconds, so that `10:30` and `10:30:00`, one time, are one, and settle by file as before;
 * '' for none, before every time.
 */
export function clockOrder(time: string | null): string {
  return time === null ? '' : time.length === 5 ? `${time}:00` : time;
}

/**
 * Zones named by their abbreviation that mean one offset wherever English is written: not `CST`
 * (China's or the United States' Central), `IST` (India's, Ireland's or Israel's) or `BST`.
 */
const ZONE_OFFSETS: Record<string, string> = {
  UTC: '+00:00', GMT: '+00:00', UT: '+00:00', Z: '+00:00',
  EST: '-05:00', EDT: '-04:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00', AKST: '-09:00', AKDT: '-08:00', HST: '-10:00',
  WET: '+00:00', WEST: '+01:00', CET: '+01:00', CEST: '+02:00', EET: '+02:00', EEST: '+03:00', MSK: '+03:00', JST: '+09:00', KST: '+09:00', AEST: '+10:00', AEDT: '+11:00',
};

/** What may follow a time of day: an offset (`Z`, `+01:00`, `-0500`, `+01`), and a zone's name, each optional. */
const ZONE_AFTER = /^\s{0,3}(?:(Z|[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?)(?![\d:]))?\s{0,3}\(?([A-Z]{1,5})?\)?/;

/**
 * The offset from UTC written after a time of day, as `+01:00`: an offset (`+01:00`, ` -0700 MST`,
 * `Z`), else a zone's name that means one offset (` EST`: see ZONE_OFFSETS); null for none.
 */
function writtenZone(after: string): string | null {
  const zone = ZONE_AFTER.exec(after);
  const offset = zone?.[1]?.toUpperCase();
  if (offset === 'Z') return '+00:00';
  if (offset !== undefined) {
    const digits = offset.slice(1).replace(':', '');
    return `${offset[0]}${digits.slice(0, 2)}:${digits.slice(2) || '00'}`;
  }
  return (zone?.[2] !== undefined ? ZONE_OFFSETS[zone[2]] : undefined) ?? null;
}

/**
 * The instant of a date, a time of day and a zone, in RFC 3339, as `2017-11-14T09:30:00.000Z`;
 * null without a time or a zone, which a calendar date alone does not pin to an instant. In UTC
 * when that falls in the years 0000-9999, else as the seed writes it, with its own offset
 * (`9999-12-31T23:30:00-05:00`): toISOString wrote the year 10000 `+010000-01-01T04:30:00.000Z`,
 * which RFC 3339 does not allow and which, by its `+`, came before every date as text.
 * Compare two of them with Date.parse, as instants, not as text.
 */
export function writtenInstant(date: CalendarDate, time: string | null, zone: string | null): string | null {
  if (time === null || zone === null) return null;
  const local = `${date}T${time.length === 5 ? `${time}:00` : time}${zone}`;
  const instant = new Date(local);
  if (Number.isNaN(instant.getTime())) return null;
  const year = instant.getUTCFullYear();
  return year >= 0 && year <= 9999 ? instant.toISOString() : local;
}

/** Day of the week, Monday = 0 … Sunday = 6. */
export function weekdayIndex(date: CalendarDate): number {
  return (toLocalNoon(date).getDay() + 6) % 7;
}

/** Days in a month (1-12) of a year, by the Gregorian rules, whatever the year. */
export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * The problem with a date that is not one: `invalid date "2017-02-30"`, and, when it holds
 * characters that look like a date's but are not (a Unicode hyphen or dash, full-width digits),
 * which, since the message would otherwise show a date that looks right.
 */
const MAX_SHOWN_DATE = 60;

export function invalidDate(raw: string): string {
  const strange = [...new Set(raw.match(/[^\x20-\x7e]/gu) ?? [])].slice(0, 3);
  const codes = strange.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
  // As much of it as a message can show: a date is a few characters, a mistake may be a page.
  const shown = raw.length > MAX_SHOWN_DATE ? `${raw.slice(0, MAX_SHOWN_DATE)}…` : raw;
  return `invalid date "${shown}"${codes.length ? ` (it holds ${codes.join(', ')}: write the date with the digits 0-9 and "-")` : ''}`;
}

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * Months in French, Spanish, German, Italian, Portuguese and Dutch, in order, as their dates
 * write them (`14 novembre 2017`, `14 de noviembre de 2017`, `14. November 2017`).
 */
const OTHER_MONTH_NAMES = [
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
  'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
  'januar februar märz april mai juni juli august september oktober november dezember',
  'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
  'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
  'januari februari maart april mei juni juli augustus september oktober november december',
].map((months) => months.split(' '));

/** Every month's name (and its spellings of old: `jänner`, `setiembre`), by its number. */
const MONTH_NUMBERS = new Map<string, number>([
  ...[MONTH_NAMES, ...OTHER_MONTH_NAMES].flatMap((names) => names.map((name, i) => [name, i + 1] as const)),
  ['jänner', 1],
  ['setiembre', 9],
]);

/**
 * A month's number (1-12) from its name in English or another language of MONTH_NUMBERS, or
 * an abbreviation of one to three or four letters (`Nov`, `Nov.`, `Sept`, `févr.`, `NOVEMBER`), or 0.
 */
function monthNumber(word: string): number {
  const w = word.replace(/\.$/, '').toLowerCase();
  if (w.length < 3) return 0;
  const whole = MONTH_NUMBERS.get(w);
  if (whole !== undefined) return whole;
  if (w.length > 4) return 0;
  const months = new Set([...MONTH_NUMBERS].filter(([name]) => name.startsWith(w)).map(([, n]) => n));
  // One month only: `mar` is March in every language, `ju` no month.
  return months.size === 1 ? [...months][0]! : 0;
}

/**
 * A time of day after a written date, and its zone: `, 10:00 AM`, ` at 3:30 p.m. EST`,
 * ` 10:00:00 +0000`, ` 15:04:05 -0700 (MST)`. Each part once, and spaces bounded: a part that
 * could repeat, or spaces unbounded between optional parts, took seconds over a line of letters.
 */
const WRITTEN_TIME = String.raw`(?:,?\s{1,3}(?:at\s{1,3})?(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:[.,]\d{1,9})?)?(?:\s{0,3}[ap]\.?m\.?)?(?:\s{0,3}(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d))?(?:\s{1,3}\(?[A-Z]{2,5}\)?)?)?$`;
/** A weekday before a written date: `Tuesday, `, `Tue, `. */
const WEEKDAY = String.raw`(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s{1,3})?`;
const MONTH_FIRST = new RegExp(String.raw`^${WEEKDAY}(\p{L}{3,10}\.?)\s{1,3}(\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}(\d{4})${WRITTEN_TIME}`, 'iu');
/** `14 November 2017`, `14th of November 2017`, `1er mai 2017`, `14 de noviembre de 2017`, `14. November 2017`. */
const DAY_FIRST = new RegExp(String.raw`^${WEEKDAY}(\d{1,2})(?:st|nd|rd|th|er|º|°)?\.?\s{1,3}(?:(?:of|de)\s{1,3})?(\p{L}{3,10}\.?),?\s{1,3}(?:de\s{1,3})?(\d{4})${WRITTEN_TIME}`, 'iu');
/** `2017/11/14`: the year first, as in ISO, whatever the separator. */
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})[/.](\d{1,2})[/.](\d{1,2})${WRITTEN_TIME}`, 'i');
/** `14.11.2017`: the day first, as the dotted dates of Europe are written. */
const DOTTED = new RegExp(String.raw`^(\d{1,2})\.(\d{1,2})\.(\d{4})${WRITTEN_TIME}`, 'i');
/** `11/14/2017` or `14/11/2017`: the day or the month first, depending on the country. */
export const SLASHED = /^\d{1,2}\/\d{1,2}\/\d{4}\b/;

/** A calendar date from its parts, if they name a real day. */
function calendarDate(year: number, month: number, day: number): CalendarDate | null {
  const date = `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
  return parseCalendarDate(date);
}

/**
 * A date as other tools and people write one in front matter, as the calendar date written
 * (a time of day and zone after it are ignored, as after `YYYY-MM-DD`): `November 14, 2017`,
 * `Nov. 14th, 2017`, `14 November 2017`, `14 novembre 2017`, `14 de noviembre de 2017`, `Tue, 14 Nov 2017 10:00:00 +0000` (the RFC 2822 dates
 * of RSS and WordPress exports), `2017/11/14`, `14.11.2017`. Null for anything else, and for
 * `11/14/2017`, which is one day in the United States and another elsewhere (see SLASHED).
 */
export function parseWrittenDate(text: string): CalendarDate | null {
  const s = text.trim();
  let m = MONTH_FIRST.exec(s);
  if (m) return calendarDate(Number(m[3]), monthNumber(m[1]!), Number(m[2]));
  m = DAY_FIRST.exec(s);
  if (m) return calendarDate(Number(m[3]), monthNumber(m[2]!), Number(m[1]));
  m = YEAR_FIRST.exec(s);
  if (m) return calendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DOTTED.exec(s);
  if (m) return calendarDate(Number(m[3]), Number(m[2]), Number(m[1]));
  return null;
}
