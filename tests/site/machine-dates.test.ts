// `<time datetime>` says what the seed says, no more and no less: a date alone as a date, a time
// to the second (and its fraction) when the seed writes one, with its offset when the seed gives
// one, and never an offset it does not give; always a value HTML allows.
import { describe, expect, it } from 'vitest';
import { indexArchive, placeArticles } from '../../src/archive/build.ts';
import { EMPTY_VOCABULARY } from '../../src/enrich/vocabulary.ts';
import { readSeed } from '../../src/seeds/read.ts';
import { SiteBuilder } from '../../src/site/pages.ts';
import type { ArticlePage, DayPage } from '../../src/site/types.ts';
import type { SeedRecord } from '../../src/types.ts';

function record(file: string, text: string): SeedRecord {
  const result = readSeed(file, new TextEncoder().encode(text));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.record;
}

const markdown = (file: string, date: string): SeedRecord => record(file, `---\ntitle: Report ${file}\ndate: ${date}\n---\nThe council met and voted on ${file}.\n`);

// HTML's valid date string, and its valid local and global date and time strings (seconds
// optional; a fraction of one to three digits; an offset of hours and minutes, or Z).
const HTML_DATE = /^\d{4,}-\d{2}-\d{2}$/;
const HTML_LOCAL = /^\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?$/;
const HTML_GLOBAL = /^\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

describe('the machine-readable date of an article (QA 39)', () => {
  const written: [file: string, date: string, datetime: string][] = [
    ['a.md', '2017-11-14', '2017-11-14'],
    ['b.md', '2017-11-14T10:30:00+01:00', '2017-11-14T10:30:00+01:00'],
    // No zone written: a local date and time, as written; no offset made up for it.
    ['c.md', '2017-11-14 09:05', '2017-11-14T09:05'],
    ['d.md', '2017-11-14T08:05:09.25Z', '2017-11-14T08:05:09.25+00:00'],
    // Go's nanoseconds, to the millisecond HTML can hold.
    ['e.md', '"2017-11-14 15:04:05.123456789 -0700 MST"', '2017-11-14T15:04:05.123-07:00'],
    ['f.md', '2017-11-14T11:00:00.000Z', '2017-11-14T11:00:00+00:00'],
    ['g.md', '"2017-11-14 12:00:30"', '2017-11-14T12:00:30'],
  ];
  const records = [...written.map(([file, date]) => markdown(file, date)), record('t.txt', ' date 2017-11-14 Harbour reopens\nThe harbour reopened on Tuesday.\n')];
  const placed = placeArticles(records, { keepDuplicates: true, vocabulary: EMPTY_VOCABULARY });
  const all = placed.articles.map((_, i) => i);
  // Every article related to every other (relating is not what is tested here).
  const archive = indexArchive(placed, { related: all.map((i) => all.filter((j) => j !== i)), story: all.map(() => null), stories: [] });
  const builder = new SiteBuilder(archive, { base: { pathPrefix: '/', origin: null }, title: 'Test', lang: 'en' });
  const pages = [...builder.pages()].map((item) => item.make());
  const articlePage = (file: string): ArticlePage => pages.find((p) => p.list === 'articles' && archive.articles.find((a) => a.file === file)!.url === p.page.url)!.page as ArticlePage;
  const day = pages.find((p) => p.list === 'days')!.page as DayPage;

  it('is as exact as the seed, on the article page and in listings', () => {
    for (const [file, , datetime] of written) {
      expect(articlePage(file).date, file).toBe(datetime);
      expect(day.articles.find((a) => a.title === `Report ${file}`)!.date, file).toBe(datetime);
    }
    expect(articlePage('t.txt').date).toBe('2017-11-14');
  });

  it('is as exact in the links to related articles as where they are listed', () => {
    const links = articlePage('a.md').related;
    for (const [file, , datetime] of written.slice(1)) expect(links.find((l) => l.label === `Report ${file}`)!.date, file).toBe(datetime);
  });

  it('is always a value HTML allows in datetime', () => {
    for (const a of day.articles) expect([HTML_DATE, HTML_LOCAL, HTML_GLOBAL].some((re) => re.test(a.date)), a.date).toBe(true);
  });

  it('shows readers the time to the minute still', () => {
    expect(articlePage('e.md').dateLabel).toBe('14 November 2017, 15:04');
    expect(articlePage('a.md').dateLabel).toBe('14 November 2017');
  });
});
