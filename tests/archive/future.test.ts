// Articles dated after the day of the build are published, and said.
import { describe, expect, it } from 'vitest';
import { futureWarnings, latestDate } from '../../src/archive/future.ts';

describe('articles dated after the day of the build', () => {
  it('are warned about, each with its file, and past a few in one warning', () => {
    const articles = [{ file: 'a.md', date: '2099-07-01' }, { file: 'b.md', date: '2026-12-05' }, { file: 'c.txt', date: '2026-12-07' }];
    expect(futureWarnings(articles, '2026-12-06').map((w) => [w.file, w.line, w.message])).toEqual([
      ['a.md', 1, 'the article is dated 2099-07-01, after the day of the build: it is published, at the top of the listings and feeds'],
      ['c.txt', 1, 'the article is dated 2026-12-07, after the day of the build: it is published, at the top of the listings and feeds'],
    ]);
    // Dated in another order than their files': the first 20 by file are listed, the rest said after them.
    const many = Array.from({ length: 25 }, (_, i) => ({ file: `f${String(i + 1).padStart(2, '0')}.md`, date: `2100-01-${String(25 - i).padStart(2, '0')}` }));
    const warnings = futureWarnings(many, '2026-12-06');
    expect(warnings).toHaveLength(21);
    expect(warnings.map((w) => w.file)).toEqual([...warnings.map((w) => w.file)].sort());
    expect(warnings.at(-1)).toMatchObject({ file: 'f21.md', message: 'this article and 4 more articles after it (by file name) are dated after the day of the build, as the 20 before them are' });
    expect(futureWarnings(many.slice(0, 21), '2026-12-06').at(-1)!.message).toBe('this article (by file name) is dated after the day of the build, as the 20 before it are');
    expect(futureWarnings(articles, '2099-12-31')).toEqual([]);
  });

  it('count from tomorrow in UTC, so that no time zone\'s today is in the future', () => {
    expect(latestDate(new Date('2026-12-05T23:30:00Z'))).toBe('2026-12-06');
    expect(latestDate(new Date('2026-12-31T00:00:00Z'))).toBe('2027-01-01');
  });
});
