// The search page's check of Pagefind's answers (public/assets/search-match.js), in Node, with
// the stemmer the page gets (src/site/stemmer.ts); and its bundles' months against the keys the
// build gives the bundles.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../src/paths.ts';
import { MAX_SHARD_ARTICLES, MIN_SHARD_ARTICLES, shardKeys } from '../../src/site/search-index.ts';
import { stemmerModule } from '../../src/site/stemmer.ts';

interface FragmentData {
  content: string;
  locations?: number[];
}
interface SearchMatch {
  fold(word: string): string;
  queryWords(query: string): string[];
  isJudged(word: string, english?: boolean): boolean;
  isEnglishPage(lang: string): boolean;
  resultMatcher(stem: ((word: string) => string) | null): (data: FragmentData, terms: string[]) => string[];
  bundleMonths(keys: string[]): [string, string, string][];
  bundleOf(date: string, months: [string, string, string][]): string | undefined;
  excerptParts(excerpt: string): { text: string; marked: boolean }[];
}

let match: SearchMatch;
let stem: (word: string) => string;
let work: string;

beforeAll(async () => {
  match = (await import(pathToFileURL(path.join(ROOT, 'public/assets/search-match.js')).href)) as SearchMatch;
  // The stemmer as the search page imports it: the module the build writes.
  work = await mkdtemp(path.join(tmpdir(), 'news-archive-stemmer-'));
  const file = path.join(work, 'porter2.js');
  await writeFile(file, await stemmerModule());
  ({ stem } = (await import(pathToFileURL(file).href)) as { stem: (word: string) => string });
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Fragment data whose matched words are the ones given, in a content of other words. */
function data(matched: string[]): FragmentData {
  const words = ['The', ...matched.flatMap((w) => [w, 'and']), 'more.'];
  return { content: words.join(' '), locations: matched.map((_, i) => 1 + 2 * i) };
}

describe('the stemmer the search page imports', () => {
  it('is the porter2 package, as an ES module, with its licence', async () => {
    const original = createRequire(import.meta.url)('porter2') as { stem: (word: string) => string };
    for (const w of ['segregated', 'segregation', 'running', 'runs', 'minister', 'generalizations', 'happy', 'news']) expect(stem(w), w).toBe(original.stem(w));
    expect(stem('segregated')).toBe('segreg');
    expect(await stemmerModule()).toMatch(/^\/\*! porter2 [\d.]+ [^\n]*\nThe MIT License/);
  });
});

describe('query words', () => {
  it('are folded as Pagefind folds them: lower case, no diacritics, no punctuation', () => {
    expect(match.queryWords('  Biden’s  COVID-19 Café "Genève" ')).toEqual(['bidens', 'covid19', 'cafe', 'geneve']);
    expect(match.fold('U.S.')).toBe('us');
  });
  it('are judged only when of a-z and 0-9', () => {
    expect(['harbour', 'covid19', '2024', 'москва', '東京', 'c++'].map((w) => match.isJudged(w))).toEqual([true, true, true, false, false, false]);
    // On a page in another language, words of any script written with spaces.
    expect(['harbour', 'москва', 'αθηνα', 'القاهرة', '東京', 'กรุงเทพ', 'c++'].map((w) => match.isJudged(w, false))).toEqual([true, true, true, true, false, false, false]);
  });
  it('are judged only on an English page: the stemmer is English', () => {
    expect(['en', 'en-GB', 'EN-us', 'fr', 'ru', 'zh-Hans', 'eng', 'ens', ''].map(match.isEnglishPage)).toEqual([true, true, true, false, false, false, false, false, false]);
  });
});

describe('a result', () => {
  const unmatched = (matched: string[], query: string): string[] => match.resultMatcher(stem)(data(matched), match.queryWords(query).filter((w) => match.isJudged(w)));
  /** The same on a page in another language: no stemmer. */
  const unmatchedElsewhere = (matched: string[], query: string): string[] => match.resultMatcher(null)(data(matched), match.queryWords(query).filter((w) => match.isJudged(w, false)));

  it('on a page in another language, matches with another form of the word, and not with a stray beginning', () => {
    expect(unmatchedElsewhere(['соглашение'], 'соглашения')).toEqual([]);
    expect(unmatchedElsewhere(['дожди'], 'дождями')).toEqual([]);
    expect(unmatchedElsewhere(['Häuser'], 'haus')).toEqual([]);
    expect(unmatchedElsewhere(['Haus'], 'häuser')).toEqual([]);
    expect(unmatchedElsewhere(['négociations'], 'negociation')).toEqual([]);
    expect(unmatchedElsewhere(['Bahnstreik'], 'bahnhofsvorsteher')).toEqual(['bahnhofsvorsteher']);
    expect(unmatchedElsewhere(['président'], 'précipitation')).toEqual(['precipitation']);
    expect(unmatchedElsewhere(['X'], 'xylophone')).toEqual(['xylophone']);
    // Words being typed are completed as on an English page.
    expect(unmatchedElsewhere(['Президент'], 'прези')).toEqual([]);
  });

  it('matches with the word itself, another form of it, or a longer word beginning with it', () => {
    expect(unmatched(['segregated'], 'segregated')).toEqual([]);
    expect(unmatched(['segregation,'], 'segregated')).toEqual([]);
    expect(unmatched(['runs'], 'running')).toEqual([]);
    expect(unmatched(['Minister'], 'minis')).toEqual([]);
    expect(unmatched(['“Segregation”'], 'segregat')).toEqual([]);
    expect(unmatched(['(COVID-19)'], 'covid-19')).toEqual([]);
    expect(unmatched(['COVID-19'], '19')).toEqual([]);
    expect(unmatched(['Biden’s'], 'biden')).toEqual([]);
    expect(unmatched(['Genève'], 'geneve')).toEqual([]);
  });

  it('does not match with a word Pagefind found for a shorter beginning of the query word', () => {
    expect(unmatched(['S.'], 'segregated')).toEqual(['segregated']);
    expect(unmatched(['“X”'], 'xylophone')).toEqual(['xylophone']);
    expect(unmatched(['(FL)'], 'flamingo')).toEqual(['flamingo']);
    expect(unmatched(['arts,'], 'artery')).toEqual(['artery']);
  });

  it('needs a matching word for every judged word of the query, and none for the others', () => {
    expect(unmatched(['Presidential', 'Art'], 'presidential arteries')).toEqual(['arteries']);
    expect(unmatched(['Presidential'], 'presidential москва')).toEqual([]);
  });

  it('is kept when Pagefind gives no matched words', () => {
    expect(match.resultMatcher(stem)({ content: 'S. 254 signed' }, ['segregated'])).toEqual([]);
  });
});

describe('bundle months', () => {
  it('read every kind of bundle key', () => {
    const months = match.bundleMonths(['2024-11', '2023-h2', '2022-q3', '2014-2020', '2011']);
    expect(months).toEqual([
      ['2024-11', '2024-11', '2024-11'],
      ['2023-h2', '2023-07', '2023-12'],
      ['2022-q3', '2022-07', '2022-09'],
      ['2014-2020', '2014-01', '2020-12'],
      ['2011', '2011-01', '2011-12'],
    ]);
    expect(match.bundleOf('2016-02-29', months)).toBe('2014-2020');
    expect(match.bundleOf('2023-06-30', months)).toBeUndefined();
  });

  it('place every article in the bundle the build put it in', () => {
    // Years of every size the build groups, keeps, halves, quarters and splits by month, and a newest year by month.
    const sizes = [3, 40, MIN_SHARD_ARTICLES, 20, MAX_SHARD_ARTICLES + 1, 3 * MAX_SHARD_ARTICLES, 4 * MAX_SHARD_ARTICLES + 1, 5];
    const dates: string[] = [];
    sizes.forEach((n, y) => {
      for (let i = 0; i < n; i++) dates.push(`${1990 + y}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`);
    });
    for (let i = 0; i < MIN_SHARD_ARTICLES; i++) dates.push(`${1990 + sizes.length}-${String((i % 12) + 1).padStart(2, '0')}-01`);
    const articles = dates.sort().map((date) => ({ date }));
    const keys = shardKeys(articles);
    const distinct = [...new Set(keys)];
    expect(distinct.some((k) => /-h\d$/.test(k)) && distinct.some((k) => /-q\d$/.test(k)) && distinct.some((k) => /^\d{4}-\d{4}$/.test(k))).toBe(true);
    const months = match.bundleMonths([...distinct].reverse());
    expect(months).toHaveLength(distinct.length);
    articles.forEach((a, i) => expect(match.bundleOf(a.date, months), a.date).toBe(keys[i]));
  });
});

describe('an excerpt', () => {
  it('is the text as written, character references and angle brackets included, with the matches marked', () => {
    // Pagefind escapes "<" and ">" in an excerpt, and nothing else.
    expect(match.excerptParts('Q&amp;A: Tom &amp; &lt;b&gt;Jerry&lt;/b&gt; met <mark>Jerry</mark> &#0; and <mark>Tom</mark>')).toEqual([
      { text: 'Q&amp;A: Tom &amp; <b>Jerry</b> met ', marked: false },
      { text: 'Jerry', marked: true },
      { text: ' &#0; and ', marked: false },
      { text: 'Tom', marked: true },
    ]);
  });

  it('may begin with a match, or have none', () => {
    expect(match.excerptParts('<mark>Vienna</mark> talks')).toEqual([{ text: 'Vienna', marked: true }, { text: ' talks', marked: false }]);
    expect(match.excerptParts('no match here')).toEqual([{ text: 'no match here', marked: false }]);
    expect(match.excerptParts('')).toEqual([]);
  });
});
