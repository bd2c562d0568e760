// A year's page, and a month's first page, name their most covered topics, counted over their own articles.
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../src/archive/build.ts';
import { EMPTY_VOCABULARY } from '../../src/enrich/vocabulary.ts';
import { readSeed } from '../../src/seeds/read.ts';
import { SiteBuilder, YEAR_TOPICS } from '../../src/site/pages.ts';
import type { MonthPage, YearPage } from '../../src/site/types.ts';
import type { SeedRecord } from '../../src/types.ts';

function record(n: number, date: string, topics: string[]): SeedRecord {
  const text = `---\ntitle: Report ${n}\ndate: ${date}\ntopics: [${topics.join(', ')}]\n---\nThe council published report number ${n}.\n`;
  const result = readSeed(`r${n}.md`, new TextEncoder().encode(text));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.record;
}

function pagesOf<P>(records: SeedRecord[], list: 'years' | 'months'): P[] {
  const { archive } = buildArchive(records, { keepDuplicates: true, vocabulary: EMPTY_VOCABULARY });
  const builder = new SiteBuilder(archive, { base: { pathPrefix: '/', origin: null }, title: 'Test', lang: 'en' });
  return [...builder.pages()].filter((item) => item.list === list).map((item) => item.make().page as P);
}

const yearPages = (records: SeedRecord[]): YearPage[] => pagesOf<YearPage>(records, 'years');

describe("a year's most covered topics", () => {
  it("counts the year's articles only, most first, ties to the topic of more articles in the archive", () => {
    const [y2018, y2019] = yearPages([
      record(1, '2018-01-01', ['Harbour', 'Budget']),
      record(2, '2018-02-01', ['Harbour']),
      record(3, '2018-03-01', ['Ferries']),
      record(4, '2019-01-01', ['Ferries']),
    ]);
    expect(y2018!.topics.map((t) => [t.label, t.count])).toEqual([['Harbour', 2], ['Ferries', 1], ['Budget', 1]]);
    expect(y2018!.topicsHeading).toBe('Most covered in 2018');
    expect(y2019!.topics.map((t) => [t.label, t.count, t.url])).toEqual([['Ferries', 1, '/topics/ferries/']]);
  });

  it(`names at most ${YEAR_TOPICS}`, () => {
    const topics = Array.from({ length: YEAR_TOPICS + 5 }, (_, i) => `Topic ${String.fromCharCode(65 + i)}`);
    const [year] = yearPages([record(1, '2018-01-01', topics), record(2, '2018-01-02', topics.slice(0, 3))]);
    expect(year!.topics).toHaveLength(YEAR_TOPICS);
    expect(year!.topics.slice(0, 3).map((t) => t.count)).toEqual([2, 2, 2]);
  });
});

describe("a month's most covered topics", () => {
  it('are on its first page only, counted over the whole month', () => {
    const records = Array.from({ length: 51 }, (_, i) => record(i, `2018-05-${String((i % 28) + 1).padStart(2, '0')}`, i % 3 === 0 ? ['Harbour', 'Budget'] : ['Harbour']));
    const [first, second] = pagesOf<MonthPage>([...records, record(99, '2018-06-01', ['Ferries'])], 'months');
    expect(first!.url).toBe('/2018/05/');
    expect(first!.topics.map((t) => [t.label, t.count])).toEqual([['Harbour', 51], ['Budget', 17]]);
    expect(first!.topicsHeading).toBe('Most covered in May 2018');
    expect(second!.url).toBe('/2018/05/page/2/');
    expect(second!.topics).toEqual([]);
  });
});
