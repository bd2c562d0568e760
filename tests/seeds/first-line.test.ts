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

  it('takes the date alone on line 1 and a headline on line 2 as the headline, not the lede too; a sentence there is the lede', () => {
    const read = (text: string) => expectRecord(readSeed('a.txt', Buffer.from(text)));
    for (const text of [' date 2017-11-18\nCouncil Approves Budget\n\nThe city council approved the budget on Tuesday.\n', ' date 2017-11-18\nCouncil Approves Budget\nThe city council approved the budget on Tuesday.\n']) {
      const r = read(text);
      expect([r.title, r.titleDerived, r.lede, r.summary]).toEqual(['Council Approves Budget', false, 'The city council approved the budget on Tuesday.', 'The city council approved the budget on Tuesday.']);
      expect(JSON.parse(r.body as string)).toEqual([{ type: 'paragraph', text: 'The city council approved the budget on Tuesday.' }]);
    }
    // A sentence, a dateline, a byline: the story's own first line.
    expect(read(' date 2017-11-18\nThe council met today.\n\nMore text here.\n').lede).toBe('The council met today.');
    expect(read(' date 2017-11-14\nGENEVA, November 14. /TASS/. Russian Deputy Foreign Minister Gennady Gatilov will hold talks.\n\nMore.\n')).toMatchObject({ dateline: 'Geneva', titleDerived: true });
    expect(read(' date 2017-11-18\nBy JOHN SMITH\n\nThe council met today and approved it.\n')).toMatchObject({ title: 'The council met today and approved it', titleDerived: true });
  });

  it("takes a short line under the date that ends in another script's full stop, colon, semicolon or comma for the lede, as one ending in `.` (QA 42)", () => {
    const read = (text: string) => expectRecord(readSeed('a.txt', Buffer.from(text)));
    for (const [line, title] of [
      ['सूत्रों ने बताया कि बैठक कल होगी।', 'सूत्रों ने बताया कि बैठक कल होगी'],
      ['पुलिस ने कहा कि संदिग्ध पकड़ा गया॥', 'पुलिस ने कहा कि संदिग्ध पकड़ा गया'],
      ['پولیس نے کہا کہ ملزم گرفتار ہو گیا ہے۔', 'پولیس نے کہا کہ ملزم گرفتار ہو گیا ہے'],
      ['他已被捕。', '他已被捕'],
      ['警方表示，', '警方表示，'],
      ['قالت الشرطة إن المتهم اعتقل الليلة الماضية،', 'قالت الشرطة إن المتهم اعتقل الليلة الماضية،'],
      ['他说：', '他说：'],
    ]) {
      const r = read(` date 2023-05-04\n${line}\n\nThe second paragraph follows.\n`);
      expect([r.title, r.titleDerived, r.lede]).toEqual([title, true, line]);
    }
    // A headline of those scripts, no stop after it, is one still.
    expect(read(' date 2023-05-04\nबैठक कल होगी\n\nसूत्रों ने बताया कि बैठक कल होगी।\n')).toMatchObject({ title: 'बैठक कल होगी', titleDerived: false });
  });
});
