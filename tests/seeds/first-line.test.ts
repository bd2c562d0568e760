// The date line of a text seed, whatever characters its headline holds.
import { describe, expect, it } from 'vitest';
import { readSeed } from '../../src/seeds/read.ts';
import { expectRecord } from './helpers.ts';

describe('the first line of a text seed', () => {
  it('keeps a headline holding a line or paragraph separator (U+2028, U+2029), as spaces', () => {
    for (const sep of ['\u2028', '\u2029']) {
      const record = expectRecord(readSeed('u.txt', Buffer.from(` date 2017-11-14 Line${sep}Separated Headline\nBody text here.\n`)));
      expect(record.title).toBe('Line Separated Headline');
      expect(record.date).toBe('2017-11-14');
    }
  });
});
