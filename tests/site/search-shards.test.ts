import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../src/archive/build.ts';
import { EMPTY_VOCABULARY } from '../../src/enrich/vocabulary.ts';
import { readSeed } from '../../src/seeds/read.ts';
import { searchShards } from '../../src/site/pages.ts';
import type { Article } from '../../src/types.ts';
import { ArticleKeys } from '../../src/site/keys.ts';
import { MAX_SHARD_ARTICLES, MIN_SHARD_ARTICLES, shardKey, shardKeys } from '../../src/site/search-index.ts';

describe('shardKey', () => {
  it('keeps past years whole and splits the newest year by month, when it is split', () => {
    expect(shardKey('2016-03-09', '2018')).toBe('2016');
    expect(shardKey('2017-12-31', '2018')).toBe('2017');
    expect(shardKey('2018-01-01', '2018')).toBe('2018-01');
    expect(shardKey('2018-11-30', '2018')).toBe('2018-11');
    expect(shardKey('2018-11-30', '2018', false)).toBe('2018');
    expect(shardKey('2017-12-31', '2018', false)).toBe('2017');
  });
});

describe('shardKeys', () => {
  /** Articles by date: `perYear[y]` in year y (from 2000), then `newest` in the next year, spread over its first `months` months. */
  const archive = (perYear: number[], newest = MIN_SHARD_ARTICLES, months = 3): Article[] => {
    const dates: string[] = [];
    perYear.forEach((n, y) => {
      for (let i = 0; i < n; i++) dates.push(`${2000 + y}-${String((i % 12) + 1).padStart(2, '0')}-01`);
    });
    for (let i = 0; i < newest; i++) dates.push(`${2000 + perYear.length}-${String((i % months) + 1).padStart(2, '0')}-01`);
    return dates.sort().map((date) => ({ date }) as Article);
  };
  const distinct = (keys: string[]): string[] => [...new Set(keys)];

  it('keeps a past year of enough articles whole, and splits a newest year of as many by month', () => {
    expect(distinct(shardKeys(archive([MIN_SHARD_ARTICLES, MIN_SHARD_ARTICLES + 7])))).toEqual(['2000', '2001', '2002-01', '2002-02', '2002-03']);
  });

  it('keeps a newest year of fewer articles whole: a bundle a month would cost more than it saves', () => {
    expect(distinct(shardKeys(archive([MIN_SHARD_ARTICLES], MIN_SHARD_ARTICLES - 1, 12)))).toEqual(['2000', '2001']);
    expect(distinct(shardKeys(archive([MIN_SHARD_ARTICLES], MIN_SHARD_ARTICLES, 12)))).toHaveLength(1 + 12);
    // A small archive of one year.
    expect(distinct(shardKeys(archive([], 40, 12)))).toEqual(['2000']);
  });

  it('groups past years of fewer articles, oldest first, until a group has enough', () => {
    const small = Math.ceil(MIN_SHARD_ARTICLES / 5);
    // Five small years make a group; the two after them are a group still open.
    expect(distinct(shardKeys(archive([small, small, small, small, small, MIN_SHARD_ARTICLES, small, small], 1)))).toEqual(['2000-2004', '2005', '2006-2007', '2008']);
  });

  it('splits a past year of more articles into halves, quarters or months, each holding its own months', () => {
    const keys = shardKeys(archive([MAX_SHARD_ARTICLES, MAX_SHARD_ARTICLES + 1, 2 * MAX_SHARD_ARTICLES + 1, 4 * MAX_SHARD_ARTICLES + 1]));
    expect(distinct(keys)).toEqual([
      '2000',
      '2001-h1', '2001-h2',
      '2002-q1', '2002-q2', '2002-q3', '2002-q4',
      ...Array.from({ length: 12 }, (_, m) => `2003-${String(m + 1).padStart(2, '0')}`),
      '2004-01', '2004-02', '2004-03',
    ]);
    // Each part holds the articles of its months, and no other.
    const dates = archive([MAX_SHARD_ARTICLES, MAX_SHARD_ARTICLES + 1, 2 * MAX_SHARD_ARTICLES + 1, 4 * MAX_SHARD_ARTICLES + 1]).map((a) => a.date);
    const months = (key: string): string[] => distinct(dates.filter((_, i) => keys[i] === key).map((d) => d.slice(0, 7)));
    expect(months('2001-h2')).toEqual(['2001-07', '2001-08', '2001-09', '2001-10', '2001-11', '2001-12']);
    expect(months('2002-q3')).toEqual(['2002-07', '2002-08', '2002-09']);
    // The largest part of a split year stays near the limit (the generator spreads articles evenly over the months).
    const sizes = [...new Set(keys)].map((k) => keys.filter((x) => x === k).length);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(MAX_SHARD_ARTICLES + 1);
  });

  it('ends a group of small past years at a year that is split, which joins no group', () => {
    const small = Math.ceil(MIN_SHARD_ARTICLES / 5);
    expect(distinct(shardKeys(archive([small, small, MAX_SHARD_ARTICLES + 1, small], 1)))).toEqual(['2000-2001', '2002-h1', '2002-h2', '2003', '2004']);
  });

  it('never moves a past group when articles arrive in the newest year', () => {
    const small = Math.ceil(MIN_SHARD_ARTICLES / 3);
    // The newest year whole, then split by month.
    const before = shardKeys(archive([small, small, small, small], 2));
    const after = shardKeys(archive([small, small, small, small], MIN_SHARD_ARTICLES, 12));
    expect(after.slice(0, 4 * small)).toEqual(before.slice(0, 4 * small));
    expect(distinct(after)).toHaveLength(2 + 12);
    // Nor a split year's parts.
    const years = [small, MAX_SHARD_ARTICLES + 1, small];
    const past = 2 * small + MAX_SHARD_ARTICLES + 1;
    expect(shardKeys(archive(years, MIN_SHARD_ARTICLES, 12)).slice(0, past)).toEqual(shardKeys(archive(years, 1)).slice(0, past));
  });
});

describe('search shards known by their inputs', () => {
  const shardsOf = (texts: Record<string, string>): Map<string, { inputs: string; records: string }> => {
    const records = Object.entries(texts).map(([file, text]) => {
      const r = readSeed(file, new TextEncoder().encode(text));
      if (!r.ok) throw new Error(JSON.stringify(r.problems));
      return r.record;
    });
    const { archive } = buildArchive(records, { keepDuplicates: false, vocabulary: EMPTY_VOCABULARY });
    return new Map([...searchShards(archive.articles, new ArticleKeys(archive.articles), { pathPrefix: '/', origin: null }, 'en')].map((s) => [s.shard, { inputs: s.inputs, records: JSON.stringify(s.records()) }]));
  };
  const base = {
    'a.txt': ' date 2016-03-09 Harbour reopens\nThe harbour in Bergen reopened on Thursday after repairs.\n',
    'b.txt': ' date 2018-05-01 Bridge closes\nThe bridge closed for repairs on Tuesday.\n',
  };
  // Each variant changes one thing a search record is made of, in the 2018 article.
  const variants: Record<string, string>[] = [
    base,
    { ...base, 'b.txt': ' date 2018-05-01 Bridge closes\nThe bridge closed for repairs on Wednesday.\n' },
    { ...base, 'b.txt': ' date 2018-05-01 Bridge shuts\nThe bridge closed for repairs on Tuesday.\n' },
    { ...base, 'b.txt': ' date 2018-05-02 Bridge closes\nThe bridge closed for repairs on Tuesday.\n' },
    { ...base, 'b.txt': ' date 2018-05-01 Bridge closes\nOSLO, May 1. /NTB/. The bridge closed for repairs on Tuesday.\n' },
    { ...base, 'b.txt': ' date 2018-05-01 Bridge closes\nThe bridge in Oslo closed for repairs on Tuesday.\n' },
    { ...base, 'b.txt': ' date 2018-05-01 Bridge closes\nThe bridge closed for repairs on Tuesday.\n\nTraffic was diverted.\n' },
  ];

  it('change whenever the records they make change, and stay when none of their articles changed', () => {
    const all = variants.map(shardsOf);
    for (const x of all) for (const y of all) {
      for (const shard of new Set([...x.keys(), ...y.keys()])) {
        const [a, b] = [x.get(shard), y.get(shard)];
        if (!a || !b) continue;
        if (a.records !== b.records) expect(a.inputs).not.toBe(b.inputs);
      }
    }
    // Every variant changes the 2018 shard, and none the 2016 one.
    for (const v of all.slice(1)) {
      expect(v.get('2016')).toEqual(all[0]!.get('2016'));
      const newest = [...v.keys()].find((k) => k.startsWith('2018'))!;
      expect(v.get(newest)!.inputs).not.toBe(all[0]!.get(newest)?.inputs);
    }
  });
});

describe('search records', () => {
  it("hold an article's title, dateline, source, authors and text, and its own language", () => {
    const read = readSeed('a.md', new TextEncoder().encode('---\ntitle: Les négociations reprennent\ndate: 2024-05-03\nauthors: [Jeanne Roux, Jean Dupont]\nsource: AFP\ndateline: Genève\nlang: fr\n---\nLes envoyés se sont retrouvés vendredi.\n'));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const { archive } = buildArchive([read.record]);
    const [shard] = [...searchShards(archive.articles, new ArticleKeys(archive.articles), { pathPrefix: '/', origin: null }, 'en')];
    const [record] = shard!.records();
    // The title and text first, each a sentence of its own, for the excerpts cut from them (QA 25); the names last.
    expect(record!.content.split('\n').map((l) => l.trim()).filter(Boolean)).toEqual(['Les négociations reprennent.', 'Les envoyés se sont retrouvés vendredi.', 'Genève', 'AFP', 'Jeanne Roux', 'Jean Dupont']);
    expect(record!.meta).toEqual({ title: 'Les négociations reprennent', date: '2024-05-03', dateLabel: '3 May 2024', lang: 'fr' });
  });

  describe("filter an agency's reports by one source, in whatever script each writes it, named as its topic is (QA 41)", () => {
    const sourced = (seeds: [string, string][]): { filters: string[][]; topics: Map<string, string>; sources: (string | null)[]; content: boolean[] } => {
      const records = seeds.map(([file, lede]) => {
        const read = readSeed(file, new TextEncoder().encode(` date 2024-05-03 Talks in ${file}\n${lede}\n`));
        if (!read.ok) throw new Error(JSON.stringify(read.problems));
        return read.record;
      });
      const { archive } = buildArchive(records);
      const [shard] = [...searchShards(archive.articles, new ArticleKeys(archive.articles), { pathPrefix: '/', origin: null }, 'en')];
      const out = shard!.records();
      return {
        filters: out.map((r) => r.filters.source ?? []),
        // The organisations' topics, by slug.
        topics: new Map(archive.topics.filter((t) => t.kind === 'organization').map((t) => [t.slug, t.name])),
        sources: archive.articles.map((a) => a.source),
        content: out.map((r, i) => r.content.includes(archive.articles[i]!.source!)),
      };
    };
    const russian = (file: string): [string, string] => [file, 'МОСКВА, 3 мая. /ТАСС/. Переговоры возобновятся, сообщили в Кремле.'];
    const english = (file: string): [string, string] => [file, 'MOSCOW, May 3. /TASS/. Talks will resume, the Kremlin said.'];

    it('ТАСС on a Russian archive, TASS on an English one', () => {
      const ru = sourced([russian('a.txt'), russian('b.txt')]);
      expect(ru.filters).toEqual([['ТАСС'], ['ТАСС']]);
      expect([...ru.topics.values()]).toContain('ТАСС');
      const en = sourced([english('a.txt'), english('b.txt')]);
      expect(en.filters).toEqual([['TASS'], ['TASS']]);
    });

    it("the majority's form on a mixed one, the name of the topic; each article's text keeps the source as written", () => {
      for (const [seeds, name] of [
        [[russian('a.txt'), russian('b.txt'), english('c.txt')], 'ТАСС'],
        [[russian('a.txt'), english('b.txt'), english('c.txt')], 'TASS'],
      ] as const) {
        const mixed = sourced([...seeds]);
        expect(mixed.filters).toEqual([[name], [name], [name]]);
        expect([...mixed.topics.values()].filter((t) => t === 'TASS' || t === 'ТАСС')).toEqual([name]);
        expect(new Set(mixed.sources)).toEqual(new Set(['TASS', 'ТАСС']));
        expect(mixed.content).toEqual([true, true, true]);
      }
    });

    it("Reuters' Arabic service and Reuters: one source", () => {
      const out = sourced([['r.txt', 'القاهرة (رويترز) - قال مسؤولون إن المحادثات ستستأنف.'], ['s.txt', 'LONDON, May 3 (Reuters) - Talks will resume, officials said.'], ['t.txt', 'CAIRO, May 3 (Reuters) - Talks will resume, officials said.']]);
      expect(out.filters).toEqual([['Reuters'], ['Reuters'], ['Reuters']]);
    });

    it('a source under the name of its topic, whatever the script: AP is the Associated Press, Reuter Reuters', () => {
      const out = sourced([['a.txt', 'NEW YORK (AP) — Talks will resume, officials said.'], ['r.txt', 'LONDON, May 3 (Reuter) - Talks will resume, officials said.']]);
      expect(out.filters.flat().sort()).toEqual(['Associated Press', 'Reuters']);
      for (const name of out.filters.flat()) expect([...out.topics.values()]).toContain(name);
    });
  });

  it("say the direction of an article's title and excerpt when its language (its own, else the site's) is written right to left (QA 33)", () => {
    const seed = (file: string, text: string): Article[] => {
      const read = readSeed(file, new TextEncoder().encode(text));
      if (!read.ok) throw new Error(JSON.stringify(read.problems));
      return buildArchive([read.record]).archive.articles;
    };
    const meta = (articles: Article[], lang: string) => [...searchShards(articles, new ArticleKeys(articles), { pathPrefix: '/', origin: null }, lang)][0]!.records()[0]!.meta;
    // Opening with a Latin name, the title ran left to right in the results (dir="auto"), as on no other list of the site.
    const arabic = seed('a.md', '---\ntitle: "CNN: قالت الحكومة إن المحادثات ستستأنف"\ndate: 2020-05-05\nlang: ar\n---\nقالت الحكومة إن المحادثات ستستأنف.\n');
    expect(meta(arabic, 'en')).toMatchObject({ lang: 'ar', dir: 'rtl' });
    const onArabicSite = seed('b.md', '---\ntitle: "CNN: قالت الحكومة"\ndate: 2020-05-05\n---\nقالت الحكومة.\n');
    expect(meta(onArabicSite, 'ar').dir).toBe('rtl');
    expect(meta(onArabicSite, 'en').dir).toBeUndefined();
  });

  it('sort the articles of a day by their time of day, as the day pages order them, not by their place in the index (QA 35)', () => {
    const seeds: Record<string, string> = {
      'a.md': '2019-03-04T18:00:00+01:00', 'b.md': '2019-03-04', 'c.md': '2019-03-04 09:30', 'd.md': '2019-03-04T09:30:15Z',
      'e.md': '2019-03-04T09:30:00-05:00', 'f.md': '2019-03-03T23:59:00Z', 'g.md': '2019-03-05', 'h.md': '2019-03-04T10:00',
    };
    const records = Object.entries(seeds).map(([file, date]) => {
      const r = readSeed(file, new TextEncoder().encode(`---\ntitle: Report ${file}\ndate: ${date}\n---\nThe ferry ran late.\n`));
      if (!r.ok) throw new Error(JSON.stringify(r.problems));
      return r.record;
    });
    const { archive } = buildArchive(records, { keepDuplicates: true, vocabulary: EMPTY_VOCABULARY });
    const made = [...searchShards(archive.articles, new ArticleKeys(archive.articles), { pathPrefix: '/', origin: null }, 'en')].flatMap((s) => s.records());
    // Pagefind sorts by a value as a number only when every page's parses as one; else as text,
    // byte by byte (Rust's order of strings), keeping the index's order for equal values.
    for (const r of made) expect(Number.isNaN(Number(r.sort.date))).toBe(true);
    const byBytes = [...made].sort((x, y) => Buffer.compare(Buffer.from(x.sort.date), Buffer.from(y.sort.date)));
    // In the order of the index reversed, as Pagefind would have it: the day's own order must come from the values.
    const reversed = [...made].reverse().sort((x, y) => Buffer.compare(Buffer.from(x.sort.date), Buffer.from(y.sort.date)));
    const title = (r: { meta: { title: string } }): string => r.meta.title.slice('Report '.length);
    // Oldest first: the day's articles without a time first, then by the time of day as written
    // (in its own zone, as the day pages order them), equal times by file.
    const oldest = ['f.md', 'b.md', 'c.md', 'e.md', 'd.md', 'h.md', 'a.md', 'g.md'];
    expect(byBytes.map(title)).toEqual(oldest);
    expect(reversed.map(title)).toEqual(oldest);
    expect(archive.articles.map((a) => a.title.slice('Report '.length))).toEqual(oldest);
    // The result's date is still the calendar date, which the search page shows and places by.
    expect(made.map((r) => r.meta.date)).toEqual(archive.articles.map((a) => a.date));
    expect(made.find((r) => title(r) === 'a.md')!.meta.dateLabel).toBe('4 March 2019');
    // No two articles share a value: Pagefind's order of equal values decides nothing.
    expect(new Set(made.map((r) => r.sort.date)).size).toBe(made.length);
  });

  it('holds a title derived from the lede once, in the lede, and a heading apart from the paragraph under it', () => {
    const text = readSeed('t.txt', new TextEncoder().encode(' date 2017-11-14\nGENEVA, November 14. /TASS/. Russian Deputy Foreign Minister Gennady Gatilov will hold talks on Tuesday.\n\nThe Talks Agenda\n\nThe talks will cover Syria.\n'));
    if (!text.ok) throw new Error(JSON.stringify(text.problems));
    const { archive } = buildArchive([text.record]);
    const [record] = [...searchShards(archive.articles, new ArticleKeys(archive.articles), { pathPrefix: '/', origin: null }, 'en')][0]!.records();
    expect(record!.content.split('\n')).toEqual([
      'Russian Deputy Foreign Minister Gennady Gatilov will hold talks on Tuesday.', 'The Talks Agenda.', 'The talks will cover Syria.', 'Geneva', 'TASS',
    ]);
  });
});
