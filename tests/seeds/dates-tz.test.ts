// Calendar dates do not move with the time zone the build runs under.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatCalendarDate, parseCalendarDate, weekdayIndex } from '../../src/seeds/dates.ts';
import { readSeed } from '../../src/seeds/read.ts';
import { expectRecord, recordOf, REAL_SEEDS } from './helpers.ts';

// Offsets from UTC, in minutes, on 14 November 2017 (getTimezoneOffset is UTC minus local).
const ZONES: [string, number][] = [
  ['Pacific/Kiritimati', -840], // UTC+14
  ['America/Adak', 600], // UTC-10, after the end of daylight time on 5 November
  ['UTC', 0],
  ['Asia/Kathmandu', -345], // UTC+5:45
];

describe.each(ZONES)('under TZ=%s', (zone, offset) => {
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env.TZ;
    process.env.TZ = zone;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  it('the zone is in effect', () => {
    expect(new Date(2017, 10, 14, 12).getTimezoneOffset()).toBe(offset);
  });

  it('the real seed is dated 2017-11-14', () => {
    const file = '000_ca04473b45ea682b.txt';
    const r = expectRecord(readSeed(file, readFileSync(path.join(REAL_SEEDS, file))));
    expect(r.date).toBe('2017-11-14');
  });

  it('a Markdown seed keeps its date, even a timestamp late in the day', () => {
    expect(recordOf('md-full/full.md').date).toBe('2017-11-14');
    expect(recordOf('md-dates/late-evening.md').date).toBe('2017-11-14');
  });

  it('formats and checks calendar dates without shifting them', () => {
    expect(formatCalendarDate('2017-11-14', 'd MMMM yyyy')).toBe('14 November 2017');
    expect(formatCalendarDate('2017-01-01', 'yyyy-MM-dd')).toBe('2017-01-01');
    expect(formatCalendarDate('2017-12-31', 'EEEE')).toBe('Sunday');
    expect(weekdayIndex('2017-11-14')).toBe(1); // a Tuesday
    expect(parseCalendarDate('2017-11-14')).toBe('2017-11-14');
    expect(parseCalendarDate('2016-02-29')).toBe('2016-02-29');
    expect(parseCalendarDate('2017-02-29')).toBeNull();
  });
});

describe('parseCalendarDate', () => {
  it.each(['0001-01-01', '0004-02-29', '0050-03-01', '0099-12-31', '0999-12-31', '1600-02-29', '2000-02-29', '9999-12-31'])('accepts %j, early years too', (text) => {
    expect(parseCalendarDate(text)).toBe(text);
  });

  it('formats an early year as written, not as 19xx', () => {
    expect(formatCalendarDate('0050-03-01', 'd MMMM yyyy')).toBe('1 March 0050');
    expect(formatCalendarDate('0050-03-01', 'EEEE')).toBe('Tuesday');
  });

  it('dates text and Markdown seeds of early years as written, a YAML timestamp too', () => {
    const read = (name: string, text: string): string => expectRecord(readSeed(name, new TextEncoder().encode(text))).date;
    expect(read('a.txt', ' date 0050-03-01 Old news\nBody.\n')).toBe('0050-03-01');
    expect(read('a.md', '---\ntitle: Old\ndate: 0050-03-01\n---\nBody.\n')).toBe('0050-03-01');
    expect(read('a.md', '---\ntitle: Old\ndate: !!timestamp 0050-03-01\n---\nBody.\n')).toBe('0050-03-01');
  });

  it.each(['0000-01-01', '0005-02-29', '1900-02-29', '2017-02-30', '2017-04-31', '2017-13-01', '17-11-14', '2017-11-1', '2017/11/14', '2017-00-10', '2017-11-00', ' 2017-11-14'])(
    'refuses %j',
    (text) => {
      expect(parseCalendarDate(text)).toBeNull();
    },
  );
});
