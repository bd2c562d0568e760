// Counts read as English on every page that states one: "1 article", never "1 articles".
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../src/archive/build.ts';
import { EMPTY_VOCABULARY } from '../../src/enrich/vocabulary.ts';
import { readSeed } from '../../src/seeds/read.ts';
import { SiteBuilder } from '../../src/site/pages.ts';
import type { HomePage, MonthPage, YearPage } from '../../src/site/types.ts';
import type { SeedRecord } from '../../src/types.ts';

function record(file: string, text: string): SeedRecord {
  const result = readSeed(file, new TextEncoder().encode(text));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.record;
}

describe('count labels', () => {
  // One article in March 2017; two in 2018, both in May.
  const { archive } = buildArchive(
    [
      record('a.txt', ' date 2017-03-09 Harbour reopens\nThe harbour reopened on Thursday after repairs.\n'),
      record('b.txt', ' date 2018-05-01 Bridge closes\nThe bridge closed for repairs on Tuesday.\n'),
      record('c.txt', ' date 2018-05-02 Ferry resumes\nThe ferry resumed service on Wednesday.\n'),
    ],
    { keepDuplicates: false, vocabulary: EMPTY_VOCABULARY },
  );
  const builder = new SiteBuilder(archive, { base: { pathPrefix: '/', origin: null }, title: 'Test', lang: 'en' });
  const pages = [...builder.pages()].map((item) => ({ list: item.list, page: item.make().page }));
  const find = <P>(list: string, url: string): P => pages.find((p) => p.list === list && p.page.url === url)!.page as P;

  it('says "1 article" for one and "N articles" for more, on year, month and home pages', () => {
    expect(find<YearPage>('years', '/2017/').countLabel).toBe('1 article');
    expect(find<YearPage>('years', '/2018/').countLabel).toBe('2 articles');
    expect(find<MonthPage>('months', '/2017/03/').countLabel).toBe('1 article');
    expect(find<MonthPage>('months', '/2018/05/').countLabel).toBe('2 articles');
    const home = find<HomePage>('home', '/');
    expect(home.countLabel).toBe('3 articles');
    expect(home.years.flatMap((y) => y.months.map((m) => m.ariaLabel))).toEqual(['May 2018, 2 articles', 'Mar 2017, 1 article']);
  });

  it('describes a year or month of one article in the singular', () => {
    expect(find<YearPage>('years', '/2017/').description).toBe('1 article from 2017, by month.');
    expect(find<MonthPage>('months', '/2017/03/').description).toBe('1 article from March 2017.');
  });
});

describe('a listing of several pages', () => {
  it('says which of its articles each page lists (QA 25)', () => {
    const records = Array.from({ length: 101 }, (_, i) => record(`d${i}.txt`, ` date 2018-05-01 Harbour report ${i}\nThe harbour authority published report number ${i} on Tuesday.\n`));
    const { archive } = buildArchive(records, { keepDuplicates: true, vocabulary: EMPTY_VOCABULARY });
    const builder = new SiteBuilder(archive, { base: { pathPrefix: '/', origin: null }, title: 'Test', lang: 'en' });
    const labels = [...builder.pages()].filter((item) => item.list === 'days').map((item) => {
      const page = item.make().page as MonthPage;
      return [page.url, page.countLabel];
    });
    expect(labels).toEqual([
      ['/2018/05/01/', '101 articles; 1 to 50 on this page'],
      ['/2018/05/01/page/2/', '101 articles; 51 to 100 on this page'],
      ['/2018/05/01/page/3/', '101 articles; 101 on this page'],
    ]);
  });
});
