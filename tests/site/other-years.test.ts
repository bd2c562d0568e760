// A day's page links the same day of the other years that have articles: "14 November in other years".
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../src/archive/build.ts';
import { EMPTY_VOCABULARY } from '../../src/enrich/vocabulary.ts';
import { readSeed } from '../../src/seeds/read.ts';
import { SiteBuilder } from '../../src/site/pages.ts';
import type { DayPage } from '../../src/site/types.ts';
import type { SeedRecord } from '../../src/types.ts';

function record(date: string, n: number): SeedRecord {
  const result = readSeed(`${date}-${n}.txt`, new TextEncoder().encode(` date ${date} Harbour report ${n}\nThe harbour authority published report number ${n} on that day.\n`));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.record;
}

function dayPages(dates: string[]): { page: DayPage; inputs: string | null }[] {
  const { archive } = buildArchive(dates.map(record), { keepDuplicates: true, vocabulary: EMPTY_VOCABULARY });
  const builder = new SiteBuilder(archive, { base: { pathPrefix: '/', origin: null }, title: 'Test', lang: 'en' });
  return [...builder.pages()].filter((item) => item.list === 'days').map((item) => ({ page: item.make().page as DayPage, inputs: item.inputs }));
}

describe('the same day in other years', () => {
  const dates = ['2016-11-14', '2017-11-14', '2017-11-15', '2019-11-14', '2020-02-29'];

  it('links, oldest first, the same day of every other year that has articles, and none where none has', () => {
    const pages = dayPages(dates);
    const of = (url: string): DayPage => pages.find((p) => p.page.url === url)!.page;
    expect(of('/2017/11/14/').otherYears).toEqual([
      { url: '/2016/11/14/', label: '2016' },
      { url: '/2019/11/14/', label: '2019' },
    ]);
    expect(of('/2017/11/14/').otherYearsHeading).toBe('14 November in other years');
    expect(of('/2017/11/15/').otherYears).toEqual([]);
    expect(of('/2020/02/29/').otherYears).toEqual([]);
  });

  it("changes a day's inputs when another year's same day gets its first article, and only that day's", () => {
    const base = ['2016-11-14', '2017-11-14', '2017-11-15', '2018-03-01', '2019-11-14', '2020-02-29'];
    const before = dayPages(base);
    const after = dayPages([...base, '2018-11-14']);
    const inputs = (pages: typeof before, url: string): string | null => pages.find((p) => p.page.url === url)!.inputs;
    // Its neighbours are the same days as before: only the other years changed.
    expect(inputs(after, '/2017/11/14/')).not.toBe(inputs(before, '/2017/11/14/'));
    expect(inputs(after, '/2017/11/15/')).toBe(inputs(before, '/2017/11/15/'));
    expect(inputs(after, '/2020/02/29/')).toBe(inputs(before, '/2020/02/29/'));
  });
});
