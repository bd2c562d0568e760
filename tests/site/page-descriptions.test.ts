// A listing of several pages (a day's, a month's, a story's, a kind of topics', a topic's) gives
// each page a description of its own: search engines take pages that share one for copies.
import { describe, expect, it } from 'vitest';
import { buildArchive, indexArchive, placeArticles } from '../../src/archive/build.ts';
import { EMPTY_VOCABULARY } from '../../src/enrich/vocabulary.ts';
import { readSeed } from '../../src/seeds/read.ts';
import { SiteBuilder } from '../../src/site/pages.ts';
import type { PageBase } from '../../src/site/types.ts';
import type { SeedRecord } from '../../src/types.ts';

function record(file: string, text: string): SeedRecord {
  const result = readSeed(file, new TextEncoder().encode(text));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.record;
}

describe('the pages of a listing past its first (QA 39)', () => {
  // 101 reports on 20 May 2018, 19 more in the days before it (120 in May, 3 pages); 230 places,
  // each named by front matter (3 pages of /places/); one of them in 120 articles (a topic of pages).
  const records = [
    ...Array.from({ length: 101 }, (_, i) => record(`d${String(i).padStart(3, '0')}.txt`, ` date 2018-05-20 Harbour report ${i}\nThe harbour authority published report number ${i} on Tuesday.\n`)),
    ...Array.from({ length: 19 }, (_, i) => record(`m${String(i).padStart(3, '0')}.md`, `---\ntitle: Ferry notice ${i}\ndate: 2018-05-${String(1 + i).padStart(2, '0')}\ntopics: [{name: Harbourtown, kind: place}]\n---\nThe ferry notice number ${i} was posted.\n`)),
    ...Array.from({ length: 230 }, (_, i) => record(`p${String(i).padStart(3, '0')}.md`, `---\ntitle: Visit number ${i}\ndate: 2019-06-${String(1 + (i % 28)).padStart(2, '0')}\ntopics: [{name: Placeville ${i}, kind: place}, {name: Harbourtown, kind: place}]\n---\nA visit, number ${i}, took place.\n`)),
  ];
  const { archive } = buildArchive(records, { keepDuplicates: true, vocabulary: EMPTY_VOCABULARY });
  const builder = new SiteBuilder(archive, { base: { pathPrefix: '/', origin: null }, title: 'Test', lang: 'en' });
  const pages = [...builder.pages()].map((item) => ({ list: item.list, page: item.make().page as PageBase }));
  const description = (url: string): string => pages.find((p) => p.page.url === url)!.page.description;

  it('describe themselves apart from the first page and from each other', () => {
    const listings = pages.filter((p) => p.list !== 'articles');
    const seen = new Map<string, string>();
    for (const { page } of listings) {
      expect(seen.get(page.description), `${page.url} says what ${seen.get(page.description)} says: ${page.description}`).toBeUndefined();
      seen.set(page.description, page.url);
    }
    // Each of these listings has pages past its first.
    for (const url of ['/2018/05/20/page/3/', '/2018/05/page/3/', '/places/page/3/', '/topics/harbourtown/page/1/']) expect(pages.some((p) => p.page.url === url), url).toBe(true);
  });

  it('name their page and the articles they list, in the words of the site', () => {
    expect(description('/2018/05/20/')).toBe('101 articles from 20 May 2018.');
    expect(description('/2018/05/20/page/2/')).toBe('20 May 2018, page 2 of 3: articles 51 to 100 of 101, newest first.');
    expect(description('/2018/05/20/page/3/')).toBe('20 May 2018, page 3 of 3: article 101 of 101, newest first.');
    // A month's page names the days its articles are from.
    expect(description('/2018/05/page/2/')).toBe('May 2018, page 2 of 3: articles 51 to 100 of 120, on 20 May 2018, newest first.');
    expect(description('/2018/05/page/3/')).toBe('May 2018, page 3 of 3: articles 101 to 120 of 120, from 1 May 2018 to 20 May 2018, newest first.');
    expect(description('/2018/05/')).toBe('120 articles from May 2018.');
    expect(description('/places/page/2/')).toBe('Places, page 2 of 3: 101 to 200 of 231 in the archive, most covered first.');
  });


  // 60 reports of one story, from 3 to 9 June 2020, related as one (relating is not what is tested here).
  const storyPages = (first: string): PageBase[] => {
    const reports = Array.from({ length: 60 }, (_, i) => record(`s${String(i).padStart(2, '0')}.txt`, ` date 2020-06-0${3 + Math.floor(i / 10)} ${i === 0 ? first : `Storm report ${i}`}\nThe storm moved north in report ${i}.\n`));
    const placed = placeArticles(reports, { keepDuplicates: true, vocabulary: EMPTY_VOCABULARY });
    const all = placed.articles.map((_, i) => i);
    const story = indexArchive(placed, { related: all.map(() => []), story: all.map(() => 0), stories: [{ id: placed.records[0]!.id, articles: all }] });
    const site = new SiteBuilder(story, { base: { pathPrefix: '/', origin: null }, title: 'Test', lang: 'en' });
    return [...site.pages()].filter((item) => item.list === 'stories').map((item) => item.make().page as PageBase);
  };

  it('of a story too, each page naming the story, the reports it lists and their days', () => {
    expect(storyPages('Storm report 0').map((p) => [p.url, p.description])).toEqual([
      // The first page names the story too, as the pages after it do: two stories' first pages were told apart by their counts alone (QA 42).
      ['/2020/06/03/storm-report-0/coverage/', 'Coverage: Storm report 0: 60 reports of this story, every report, oldest first.'],
      ['/2020/06/03/storm-report-0/coverage/page/2/', 'Coverage: Storm report 0, page 2 of 2: reports 51 to 60 of 60, on 8 June 2020, oldest first.'],
    ]);
    // A story named by a question is followed by no colon.
    expect(storyPages('Where will the storm go next?')[0]!.description).toBe('Coverage: Where will the storm go next? 60 reports of this story, every report, oldest first.');
  });
});
