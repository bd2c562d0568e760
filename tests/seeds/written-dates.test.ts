// Front matter dates as other tools and people write them: read as the calendar date written.
import { describe, expect, it } from 'vitest';
import { parseWrittenDate } from '../../src/seeds/dates.ts';
import { readSeed } from '../../src/seeds/read.ts';
import { expectProblems, expectRecord } from './helpers.ts';

const seed = (date: string): Uint8Array => new TextEncoder().encode(`---\ntitle: Talks\ndate: ${date}\n---\nThe talks resumed.\n`);

describe('a front matter date written out', () => {
  it.each([
    ['November 14, 2017', '2017-11-14'],
    ['Nov 14, 2017', '2017-11-14'],
    ['Nov. 14th, 2017', '2017-11-14'],
    ['NOVEMBER 1 2017', '2017-11-01'],
    ['Sept 3, 2017', '2017-09-03'],
    ['14 November 2017', '2017-11-14'],
    ['3rd of March 2020', '2020-03-03'],
    ['Tuesday, November 14, 2017 at 3:30 p.m. EST', '2017-11-14'],
    ['Tue, 14 Nov 2017 23:30:00 -0500', '2017-11-14'],
    ['2017/11/14', '2017-11-14'],
    ['2017.11.14 10:00', '2017-11-14'],
    ['14.11.2017', '2017-11-14'],
    ['29 February 2024', '2024-02-29'],
    // In French, Spanish, German, Italian, Portuguese and Dutch.
    ['14 novembre 2017', '2017-11-14'],
    ['1er mai 2017', '2017-05-01'],
    ['14 févr. 2017', '2017-02-14'],
    ['14 de noviembre de 2017', '2017-11-14'],
    ['14. November 2017', '2017-11-14'],
    ['3 März 2020', '2020-03-03'],
    ['5 agosto 2019', '2019-08-05'],
    ['9 de setembro de 2021', '2021-09-09'],
    ['1 mei 2022', '2022-05-01'],
  ])('reads %s as %s', (written, date) => {
    expect(parseWrittenDate(written)).toBe(date);
    expect(expectRecord(readSeed('talks.md', seed(written))).date).toBe(date);
  });

  it('reads the calendar date of Go\'s and Hugo\'s exports, ignoring their time and zone', () => {
    for (const written of ['2017-11-14 15:04:05 -0700 MST', '2017-11-14 15:04:05.123456789 +0000 UTC']) {
      expect(expectRecord(readSeed('talks.md', seed(written))).date).toBe('2017-11-14');
    }
  });

  it.each(['February 30, 2017', '29 February 2023', 'Smarch 14, 2017', '31 juin 2017', '3 Ju 2020', 'May 2017', '14 Nov 2017 99:99', '2017-11-14 junk', '2017-11-14T10:30 junk', '2017-11-14 10:30 lol', '2017/13/01', '32.01.2017', 'Nov 14, 17'])(
    'refuses %s, on its line, with the form to use',
    (written) => {
      expect(parseWrittenDate(written)).toBeNull();
      const [problem] = expectProblems(readSeed('talks.md', seed(written)));
      expect(problem).toMatchObject({ file: 'talks.md', line: 3, message: `invalid date "${written}"`, hint: expect.stringContaining('YYYY-MM-DD') });
    },
  );

  it('reads a number of 9 to 13 digits as Hugo does, seconds or milliseconds since 1970, that instant in UTC; refuses any other number, saying so', () => {
    for (const written of ['1510662600', '1510662600000', "'1510662600'"]) {
      const r = expectRecord(readSeed('talks.md', seed(written)));
      expect([r.date, r.time, r.zone], written).toEqual(['2017-11-14', '12:30:00', '+00:00']);
    }
    expect(expectRecord(readSeed('talks.md', seed('1700000000'))).date).toBe('2023-11-14');
    for (const written of ['20171114', '12345', '99999999999999']) {
      const [problem] = expectProblems(readSeed('talks.md', seed(written)));
      expect(problem, written).toMatchObject({ line: 3, message: `invalid date "${written}"`, hint: expect.stringContaining('seconds or milliseconds since 1970') });
    }
  });

  it('refuses a date with slashes and the year last, which countries read differently, and says why', () => {
    for (const written of ['11/12/2017', '14/11/2017', '11/14/2017']) {
      expect(parseWrittenDate(written)).toBeNull();
      const [problem] = expectProblems(readSeed('talks.md', seed(written)));
      expect(problem!.hint).toMatch(/month first in the United States and day first/);
    }
  });
});

describe('the time of day written with a date', () => {
  const toml = (date: string): Uint8Array => new TextEncoder().encode(`+++\ntitle = "Talks"\ndate = ${date}\n+++\nThe talks resumed.\n`);
  it.each([
    // As exact as written: its seconds when it has them, and their fraction, to the millisecond (QA 39).
    ['2017-11-14T10:30:00+01:00', '10:30:00'],
    ['2017-11-14T10:30:15.250+01:00', '10:30:15.250'],
    ['"2017-11-14 15:04:05.123456789 -0700 MST"', '15:04:05.123'],
    ['2017-11-14T10:30:15.000Z', '10:30:15'],
    ['2017-11-14 10:30', '10:30'],
    ['2017-11-14T9:30', '09:30'],
    ['"2017-11-14T08:05:09Z"', '08:05:09'],
    ['2017-11-14 15:04:05 -0700 MST', '15:04:05'],
    ['Tue, 14 Nov 2017 23:30:00 -0500', '23:30:00'],
    ['Tuesday, November 14, 2017 at 3:30 p.m. EST', '15:30'],
    ['November 14, 2017, 12:15 AM', '00:15'],
    ['November 14, 2017 12:15 pm', '12:15'],
    ['2017-11-14', null],
    // Midnight is what exports write for a date alone.
    ['2017-11-14T00:00:00+00:00', null],
    ['14.11.2017', null],
  ])('reads %s as %s', (written, time) => {
    const record = expectRecord(readSeed('talks.md', seed(written)));
    expect(record.date).toBe('2017-11-14');
    expect(record.time).toBe(time);
  });

  it.each([
    ['2017-11-14T10:30:00+01:00', '+01:00'],
    ['2017-11-14T10:30:00.250-0530', '-05:30'],
    ['"2017-11-14T08:05:09Z"', '+00:00'],
    ['2017-11-14 15:04:05 -0700 MST', '-07:00'],
    ['Tue, 14 Nov 2017 23:30:00 -0500', '-05:00'],
    ['Tuesday, November 14, 2017 at 3:30 p.m. EST', '-05:00'],
    ['November 14, 2017 10:00 (CET)', '+01:00'],
    ['2017-11-14 10:30 UTC', '+00:00'],
    ['2017-11-14 10:30+03', '+03:00'],
    // A name of several zones, or of none, is no zone; nor is an offset without a time.
    ['2017-11-14 10:30 CST', null],
    ['2017-11-14 10:30 IST', null],
    ['2017-11-14 10:30', null],
    ['2017-11-14', null],
    ['2017-11-14T00:00:00+01:00', null],
  ])('reads the zone of %s as %s', (written, zone) => {
    expect(expectRecord(readSeed('talks.md', seed(written))).zone).toBe(zone);
  });

  it('reads a TOML timestamp\'s time as its line writes it, in its own zone', () => {
    expect(expectRecord(readSeed('talks.md', toml('2017-11-14T23:30:00-05:00')))).toMatchObject({ date: '2017-11-14', time: '23:30:00', zone: '-05:00' });
    expect(expectRecord(readSeed('talks.md', toml('2017-11-14')))).toMatchObject({ date: '2017-11-14', time: null });
    // A comment on its line is no time of it.
    expect(expectRecord(readSeed('talks.md', toml('2017-11-14 # 13:13')))).toMatchObject({ date: '2017-11-14', time: null });
    expect(expectRecord(readSeed('talks.md', toml('2017-11-14T08:00:00Z # was 13:13')))).toMatchObject({ date: '2017-11-14', time: '08:00:00' });
  });

  it('shows no more of a long invalid date than a message can', () => {
    const [problem] = expectProblems(readSeed('talks.md', seed(`2017-11-14 ${'x'.repeat(50_000)}`)));
    expect(problem!.message.length).toBeLessThan(100);
    expect(problem!.message).toMatch(/^invalid date "2017-11-14 x+…"$/);
  });

  it('gives a text seed, whose first line has a date alone, no time', () => {
    expect(expectRecord(readSeed('talks.txt', new TextEncoder().encode(' date 2017-11-14 Talks at 10:30 UTC\nThe talks resumed.\n')))).toMatchObject({ time: null, zone: null });
  });
});
