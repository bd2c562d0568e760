// Related articles and stories (src/enrich/related.ts): the real seeds, generated articles,
// ranking rules, determinism.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../src/archive/build.ts';
import { DEFAULT_CORPUS, generateCorpus } from '../../src/corpus/generate.ts';
import {
  MAX_RELATED, relateArticles, type RelatedInput, type RelatedResult, Relation, relateVectors, similarity, steppedCount, STORY_DAYS, STORY_THRESHOLD, TermTable, TermVectors, topicLists,
} from '../../src/enrich/related.ts';
import { RelateHelper } from '../../src/enrich/relate-helper-thread.ts';
import { Relater, type Relating, RelatingError, relateHere } from '../../src/enrich/relating.ts';
import { eachTerm, MAX_TERM_COUNT, termCounts, terms } from '../../src/enrich/terms.ts';
import { readSeed } from '../../src/seeds/read.ts';
import { parseBaseUrl } from '../../src/site/base-url.ts';
import { SiteBuilder, STORY_LISTED, storySummary } from '../../src/site/pages.ts';
import type { ArticlePage, StoryPage } from '../../src/site/types.ts';
import type { Article, FreshRecord, TopicRef } from '../../src/types.ts';
import { REAL_SEEDS } from '../seeds/helpers.ts';

const IMPETUS = '000_ca04473b45ea682b';
const TASS = '002_accec6986dee77a2';
const SITE_FIXTURES = path.resolve(REAL_SEEDS, '../tests/fixtures/site');

function recordsIn(dir: string): FreshRecord[] {
  return readdirSync(dir).sort().map((f) => {
    const r = readSeed(f, readFileSync(path.join(dir, f)));
    if (!r.ok) throw new Error(`${f}: ${JSON.stringify(r.problems)}`);
    return r.record;
  });
}

/** The events that generated seeds report, by file (see generateCorpus). */
const eventOf = new Map<string, number | null>();

/**
 * Generated seeds, their dates moved into the `days` days from 2017-11-01 (every pair close in
 * time), the reports of one event, and a story and its resends, on one day.
 */
function generated(count: number, seed: number, days: number): FreshRecord[] {
  const out: FreshRecord[] = [];
  let i = 0;
  let last = { text: '', day: 0 };
  for (const g of generateCorpus({ ...DEFAULT_CORPUS, count, seed })) {
    // An exact resend stays on its story's day: a duplicate, not a second report.
    const day = g.text === last.text ? last.day : (g.event ?? i++) % days;
    last = { text: g.text, day };
    const date = `2017-11-${String(1 + day).padStart(2, '0')}`;
    const r = readSeed(g.file, new TextEncoder().encode(g.text.replace(/\d{4}-\d\d-\d\d/, date)));
    eventOf.set(g.file, g.event);
    if (r.ok) out.push(r.record);
  }
  return out;
}

/** An article's distinct terms, in order of first use. */
function termsOf(r: FreshRecord): Set<string> {
  const out = new Set<string>();
  eachTerm(r, (term) => out.add(term));
  return out;
}

/** The archive's articles, as relating sees them: with the terms of their records. */
function archiveOf(records: FreshRecord[]): (Article & RelatedInput)[] {
  const byFile = new Map(records.map((r) => [r.file, r]));
  return buildArchive(records).archive.articles.map((a) => ({ ...a, terms: byFile.get(a.file)!.terms, termCounts: byFile.get(a.file)!.termCounts }));
}

/** An article with a paragraph of text: the least that relating needs. */
function article(id: string, date: string, text: string, topics: string[] = []): RelatedInput {
  return {
    id,
    date,
    ...termCounts(id, [{ type: 'paragraph', text }]),
    topics: topics.map((t) => ({ slug: t.toLowerCase(), name: t, kind: 'subject' as const })),
  };
}

/** The result by id: related ids and the ids of each article's story. */
function byId(input: readonly RelatedInput[], result: RelatedResult): Record<string, { related: string[]; story: string[] | null }> {
  const out: Record<string, { related: string[]; story: string[] | null }> = {};
  input.forEach((a, i) => {
    const s = result.story[i];
    out[a.id] = {
      related: result.related[i]!.map((j) => input[j]!.id),
      story: s === null || s === undefined ? null : result.stories[s]!.articles.map((j) => input[j]!.id),
    };
  });
  return out;
}

/** A deterministic shuffle (mulberry32). */
function shuffled<T>(list: readonly T[], seed: number): T[] {
  let a = seed >>> 0;
  const rnd = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('terms', () => {
  it('are lower-case words of 3 or more letters, without stop words', () => {
    expect(terms('The UN envoy’s talks in Geneva, 2017: São Paulo & Zürich were (not) on the agenda.')).toEqual([
      'envoy', 'talks', 'geneva', 'são', 'paulo', 'zürich', 'agenda',
    ]);
  });

  it('of Chinese and Japanese are the pairs of characters next to each other, which have no spaces between words', () => {
    expect(terms('签署贸易协定')).toEqual(['签署', '署贸', '贸易', '易协', '协定']);
    expect(terms('普京会见 Xi Jinping，签署协定。')).toEqual(['普京', '京会', '会见', 'jinping', '签署', '署协', '协定']);
    expect(terms('日本のカメラ')).toEqual(['日本', '本の', 'のカ', 'カメ', 'メラ']);
    // A character alone is no term; one outside the Basic Multilingual Plane pairs as any other.
    expect(terms('中 国 𠀀国')).toEqual(['𠀀国']);
  });

  it('relate Chinese articles by the words they share', () => {
    const trade = [
      article('trade-1', '2024-05-01', '中国与俄罗斯周三签署了一项贸易协定，该协定将于明年生效。'),
      article('trade-2', '2024-05-02', '俄罗斯和中国签署的贸易协定将于明年生效，双方官员表示。'),
      article('rain', '2024-05-03', '北京今天全天有雨，气温较低，市民出行需要注意安全。'),
    ];
    const { related } = relateArticles(trade);
    expect(related[0]).toEqual([1]);
    expect(related[1]).toEqual([0]);
    expect(related[2]).toEqual([]);
  });

  it('of an article are counted once each, in order of first use, over its title and blocks, and read back as counted; character references as the characters (Caf&eacute; is café)', () => {
    const t = termCounts('Geneva talks', [
      { type: 'paragraph', text: 'The talks in Geneva went on; talks resume.' },
      { type: 'heading', text: 'Resume' },
      { type: 'html', html: '<p>Caf&eacute; <em>talks</em> &amp; more</p>' },
    ]);
    const read: [string, number][] = [];
    eachTerm(t, (term, count) => read.push([term, count]));
    expect(read).toEqual([['geneva', 2], ['talks', 4], ['went', 1], ['resume', 2], ['café', 1]]);
    expect(t.terms).toBe('geneva talks went resume café');
    const none: string[] = [];
    eachTerm(termCounts('', [{ type: 'paragraph', text: 'It is on.' }]), (term) => none.push(term));
    expect(none).toEqual([]);
  });

  it(`count at most ${MAX_TERM_COUNT} times, so that a count is one code unit below the surrogates`, () => {
    const read: number[] = [];
    eachTerm(termCounts('', [{ type: 'paragraph', text: 'word '.repeat(MAX_TERM_COUNT + 10) }]), (_, count) => read.push(count));
    expect(read).toEqual([MAX_TERM_COUNT]);
  });
});

describe('counts as relating weighs them (steppedCount)', () => {
  it('are rounded down to a power of the square root of 2, and never go down as the count goes up', () => {
    expect([1, 2, 3, 4, 5, 6, 8, 11, 12].map(steppedCount)).toEqual([1, 2, 2 ** 1.5, 4, 4, 2 ** 2.5, 8, 8, 2 ** 3.5]);
    let last = 0;
    for (let n = 1; n <= 200_000; n++) {
      const s = steppedCount(n);
      expect(s).toBeLessThanOrEqual(n);
      expect(s * Math.SQRT2).toBeGreaterThan(n);
      expect(s).toBeGreaterThanOrEqual(last);
      last = s;
    }
    // A count that is a step is its own (2^16.5 is 92,681.9: 92,682 is the first count on that step).
    expect(steppedCount(65_536)).toBe(65_536);
    expect(steppedCount(92_681)).toBe(65_536);
    expect(steppedCount(92_682)).toBe(2 ** 16.5);
  });

  it('change the weights of an added article and of the articles sharing a word whose count crossed a step, and of no other', () => {
    const records = generated(300, 11, 30);
    // 300 and 301 articles are on the same step (256): the size of the archive changes no weight.
    // The added article retells the first one: it shares its words, whose counts go up by one.
    const added = { ...records[0]!, file: 'added.txt', id: 'added' };
    const before = new TermVectors(records);
    const after = new TermVectors([...records, added]);
    // A row's weights, in order: its terms are numbered anew by each build.
    const weights = (v: TermVectors, i: number): string => {
      const p = v.order.indexOf(i);
      return [...v.weight.subarray(v.docStart[p]!, v.docStart[p + 1]!)].sort((x, y) => x - y).join();
    };
    const counts = (rs: FreshRecord[]): Map<string, number> => {
      const df = new Map<string, number>();
      for (const r of rs) for (const t of termsOf(r)) df.set(t, (df.get(t) ?? 0) + 1);
      return df;
    };
    const dfBefore = counts(records);
    const stepped = new Set([...termsOf(added)].filter((t) => steppedCount(dfBefore.get(t) ?? 0) !== steppedCount((dfBefore.get(t) ?? 0) + 1)));
    let changed = 0;
    records.forEach((r, i) => {
      const same = weights(before, i) === weights(after, i);
      const touched = [...termsOf(r)].some((t) => stepped.has(t));
      if (!touched) expect(same).toBe(true);
      if (!same) changed++;
    });
    // Some did change (a word of the added article crossed a step), far from all.
    expect(changed).toBeGreaterThan(0);
    expect(changed).toBeLessThan(records.length / 2);
  });
});

describe('the two real seeds', () => {
  const seeds = archiveOf(recordsIn(REAL_SEEDS));
  const impetus = seeds.findIndex((a) => a.id === IMPETUS);
  const tass = seeds.findIndex((a) => a.id === TASS);

  it('are two reports of one story, well above the threshold', () => {
    const s = similarity(seeds, impetus, tass);
    expect(s.distinctive).toBeGreaterThanOrEqual(STORY_THRESHOLD + 0.05);
    expect(similarity(seeds, tass, impetus).distinctive).toBeCloseTo(s.distinctive, 12);
    const result = relateArticles(seeds);
    expect(result.stories).toEqual([{ id: IMPETUS, articles: [impetus, tass].sort() }]);
  });

  it('stay one story, and list each other first, among the fixtures and 300 generated articles', () => {
    const articles = archiveOf([...recordsIn(REAL_SEEDS), ...recordsIn(SITE_FIXTURES), ...generated(300, 11, 30)]);
    const i = articles.findIndex((a) => a.id === IMPETUS);
    const j = articles.findIndex((a) => a.id === TASS);
    expect(articles[i]!.related[0]).toBe(TASS);
    expect(articles[j]!.related[0]).toBe(IMPETUS);
    expect(articles[i]!.story).toEqual({ id: IMPETUS, size: 2, sources: ['TASS'] });
    expect(articles[j]!.story).toEqual(articles[i]!.story);
    expect(similarity(articles, i, j).distinctive).toBeGreaterThanOrEqual(STORY_THRESHOLD + 0.05);
  });
});

describe('a story of a report signed ТАСС and one signed TASS (QA 41)', () => {
  const withTass = (n: number): FreshRecord[] => {
    const records = recordsIn(REAL_SEEDS).map((r) => (r.id === IMPETUS ? { ...r, source: 'ТАСС' } : r));
    // Other reports signed ТАСС, of other stories, to make it the archive's form.
    const others = Array.from({ length: n }, (_, k) => {
      const read = readSeed(`ru${k}.txt`, new TextEncoder().encode(` date 2020-0${k + 1}-01 Дожди ${k}\nМОСКВА, 1 мая. /ТАСС/. Дожди шли весь день номер ${k}.\n`));
      if (!read.ok) throw new Error(JSON.stringify(read.problems));
      return read.record;
    });
    return [...records, ...others];
  };

  it('lists one source, named as its topic is, each report keeping the source it gives', () => {
    for (const [n, name] of [[0, 'TASS'], [3, 'ТАСС']] as const) {
      const records = withTass(n);
      const { archive } = buildArchive(records);
      const i = archive.articles.findIndex((a) => a.id === IMPETUS);
      expect(archive.articles[i]!.story).toEqual({ id: IMPETUS, size: 2, sources: [name] });
      expect(archive.topics.filter((t) => t.name === 'TASS' || t.name === 'ТАСС').map((t) => t.name)).toEqual([name]);
      expect(archive.articles.filter((a) => a.id === IMPETUS || a.id === TASS).map((a) => a.source).sort()).toEqual(['TASS', 'ТАСС']);
    }
  });
});

describe('stories', () => {
  it('group the reports of each generated event, and nothing else, even when all are within days of each other', () => {
    let events = 0;
    for (const [count, seed, days] of [[300, 1, 7], [500, 2, 3], [150, 3, 1]] as const) {
      const built = buildArchive([...generated(count, seed, days), ...recordsIn(REAL_SEEDS)]).archive;
      const label = `${count} articles over ${days} days`;
      const event = (k: number): number | null | undefined => eventOf.get(built.articles[k]!.file);
      // Every story but the real seeds' is the reports of one event.
      const stories = built.stories.filter((s) => s.id !== IMPETUS);
      expect(built.stories.length - stories.length, label).toBe(1);
      for (const s of stories) {
        expect(event(s.articles[0]!), label).not.toBeNull();
        for (const k of s.articles) expect(event(k), label).toBe(event(s.articles[0]!));
      }
      // And the reports of an event are one story: every event reported twice or more is found.
      const reports = new Map<number, number[]>();
      built.articles.forEach((_, k) => {
        const e = event(k);
        if (e !== null && e !== undefined) reports.set(e, [...(reports.get(e) ?? []), k]);
      });
      const told = [...reports.values()].filter((ks) => ks.length > 1);
      events += told.length;
      const whole = told.filter((ks) => ks.every((k) => built.articles[k]!.story?.id === built.articles[ks[0]!]!.story?.id && built.articles[k]!.story !== null));
      expect(whole.length, label).toBe(told.length);
      expect(stories.length, label).toBe(told.length);
    }
    // Not a vacuous test: the generated corpora tell several events more than once.
    expect(events).toBeGreaterThan(5);
  });

  it('group the reports of a story told eight times in a small archive (QA 23: it was no story past five)', () => {
    const reports = Array.from({ length: 8 }, (_, i) =>
      article(`r${i}`, `2018-10-${String(11 + i).padStart(2, '0')}`, `The Soyuz MS-10 crew, Ovchinin and Hague, landed safely near Zhezkazgan after the Soyuz-FG booster failed, report ${i}.`));
    const noise = Array.from({ length: 120 }, (_, i) => article(`n${String(i).padStart(3, '0')}`, `2018-${String(1 + (i % 12)).padStart(2, '0')}-05`, `Filler bulletin ${i} about weather, traffic and sport results number ${i}.`));
    const r = byId([...reports, ...noise], relateArticles([...reports, ...noise]));
    expect(r.r0!.story).toEqual(reports.map((a) => a.id));
  });

  it(`link reports at most ${STORY_DAYS} days apart, as connected components named by their earliest article`, () => {
    const text = 'Envoys of Ruritania and Freedonia signed a fishing accord in Zembla after talks on quotas for herring and cod.';
    const noise = Array.from({ length: 40 }, (_, i) => article(`noise-${String(i).padStart(2, '0')}`, '2020-01-15', `Filler bulletin ${i} about weather, traffic and sport results number ${i}.`));
    const input = [
      article('c', '2020-03-05', text),
      article('a', '2020-03-01', text),
      article('b', '2020-03-03', text),
      article('d', '2020-03-10', text), // 5 days after c: not the same story
      ...noise,
    ];
    const r = byId(input, relateArticles(input));
    expect(r.a!.story).toEqual(['a', 'b', 'c']);
    expect(r.c!.story).toEqual(['a', 'b', 'c']);
    expect(r.d!.story).toBeNull();
    // a and c are 4 days apart: c is in a's story but not ranked as a report within days.
    expect(r.a!.related).toEqual(['b', 'c', 'd']);
    expect(relateArticles(input).stories.map((s) => input[s.articles[0]!]!.id)).toEqual(['a']);
  });
});

describe('related articles', () => {
  it('put reports of the same story within days before closer matches from other days', () => {
    const shared = 'Delegates from Ruritania met in Zembla to discuss the herring quota and the cod moratorium.';
    const input = [
      article('x', '2021-05-01', `${shared} The meeting ended without agreement.`),
      article('far', '2021-09-01', `${shared} The meeting ended without agreement.`), // identical text, months later
      article('near', '2021-05-02', `${shared} Observers from Freedonia expect another round in June.`),
      ...Array.from({ length: 30 }, (_, i) => article(`n${i}`, '2019-01-01', `Unrelated market note ${i} on copper and tin.`)),
    ];
    const r = byId(input, relateArticles(input));
    expect(r.x!.story).toEqual(['x', 'near']);
    expect(r.x!.related.slice(0, 2)).toEqual(['near', 'far']);
    expect(similarity(input, 0, 1).cosine).toBeGreaterThan(similarity(input, 0, 2).cosine);
  });

  it('weigh shared topics by their rarity', () => {
    const body = 'Officials discussed budgets and schedules.';
    const input = [
      article('base', '2022-01-01', body, ['Harbour', 'Budget']),
      article('rare-topic', '2022-06-01', body, ['Harbour']),
      article('common-topic', '2022-06-01', body, ['Budget']),
      ...Array.from({ length: 20 }, (_, i) => article(`other-${i}`, '2022-02-01', `Something else entirely, item ${i}.`, ['Budget'])),
    ];
    const r = byId(input, relateArticles(input));
    expect(r.base!.related[0]).toBe('rare-topic');
    expect(r.base!.related[1]).toBe('common-topic');
  });

  it('break ties by id', () => {
    const input = ['e', 'c', 'a', 'd', 'b', 'f', 'g'].map((id) => article(id, '2016-01-01', 'Identical report on the Zembla herring quota.'));
    const r = byId(input, relateArticles(input));
    expect(r.a!.related).toEqual(['b', 'c', 'd', 'e', 'f']);
    expect(r.g!.related).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  const corpus = archiveOf([...recordsIn(REAL_SEEDS), ...recordsIn(SITE_FIXTURES), ...generated(400, 5, 60)]);

  it(`never include the article itself, nor any twice, and are at most ${MAX_RELATED}`, () => {
    const result = relateArticles(corpus);
    let some = 0;
    result.related.forEach((list, i) => {
      expect(list).not.toContain(i);
      expect(new Set(list).size).toBe(list.length);
      expect(list.length).toBeLessThanOrEqual(MAX_RELATED);
      if (list.length === MAX_RELATED) some++;
    });
    expect(some).toBeGreaterThan(0);
  });

  it('are the same whatever order the articles come in', () => {
    const expected = byId(corpus, relateArticles(corpus));
    for (const seed of [1, 2, 3]) {
      const input = shuffled(corpus, seed);
      expect(byId(input, relateArticles(input))).toEqual(expected);
    }
  });

  it('are the same with the terms of articles parsed by earlier builds (serve)', () => {
    const expected = relateArticles(corpus);
    const table = new TermTable();
    // Earlier builds met half the articles in another order, and articles since gone.
    new TermVectors([...shuffled(corpus, 4).slice(0, 200), article('gone', '2017-11-02', 'Quotas on herring and cod were agreed in Zembla.')], table);
    const topics = topicLists(corpus.map((a) => a.topics));
    expect(relateVectors(new TermVectors(corpus, table), topics)).toEqual(expected);
    expect(relateVectors(new TermVectors(corpus, table), topics)).toEqual(expected);
  });

  it('are the same related in parts, whatever the parts, as on several threads (Relation)', () => {
    const expected = relateArticles(corpus);
    expect(expected.stories.length).toBeGreaterThan(0);
    const topics = topicLists(corpus.map((a) => a.topics));
    // In shared memory, as sent to a helper thread, and its arrays alone, with `order` copied.
    const terms = new TermVectors(corpus, new TermTable(false), { shared: true });
    expect(terms.termOf.buffer).toBeInstanceOf(SharedArrayBuffer);
    const n = terms.n;
    const whole = new Relation(terms, topics);
    for (const cuts of [[n >> 1], [1, n - 1], [7, n >> 2, (n >> 2) + 1, n - 3]]) {
      const bounds = [0, ...cuts, n];
      // Each part by a Relation of its own, as each thread makes one.
      const parts = bounds.slice(1).map((to, i) => new Relation(terms.arrays(), topics).part(bounds[i], to));
      expect(whole.result(parts.reverse(), terms.ids)).toEqual(expected);
    }
    // Parts that miss an article, or have one twice, are a mistake, never a smaller relation.
    expect(() => whole.result([whole.part(0, n - 1)], terms.ids)).toThrow(/cover every article/);
    expect(() => whole.result([whole.part(0, 10), whole.part(5, n)], terms.ids)).toThrow(/overlap/);
  });

  it('fail, never wait for ever, when the helper thread relating half of them is lost, and are found again by a new one', async () => {
    const helper = new RelateHelper();
    try {
      const topics = topicLists(corpus.map((a) => a.topics));
      const terms = new TermVectors(corpus, undefined, { shared: true });
      const lost = helper.relate(terms, topics);
      await (helper as unknown as { worker: Worker }).worker.terminate();
      await expect(lost).rejects.toThrow(/relating helper stopped/);
      expect(await helper.relate(terms, topics)).toEqual(relateArticles(corpus));
    } finally {
      await helper.close();
    }
  });

  it('leave an article alone in an archive of one, or with nothing in common', () => {
    expect(relateArticles([article('only', '2020-01-01', 'Text of the only article.')])).toEqual({ related: [[]], story: [null], stories: [] });
    expect(relateArticles([])).toEqual({ related: [], story: [], stories: [] });
    const apart = [article('p', '2020-01-01', 'Herring quota talks in Zembla.'), article('q', '2020-01-01', 'Copper prices in Lima rose.')];
    expect(relateArticles(apart).related).toEqual([[], []]);
  });
});

describe('the story line on an article page', () => {
  it('counts the reports and names their sources', () => {
    expect(storySummary(2, ['TASS'], 1)).toBe('2 reports, from TASS and one other source');
    expect(storySummary(3, ['Reuters', 'TASS'], 0)).toBe('3 reports, from Reuters and TASS');
    expect(storySummary(5, ['AP', 'Reuters', 'TASS'], 2)).toBe('5 reports, from AP, Reuters, TASS and 2 other sources');
    expect(storySummary(4, [], 4)).toBe('4 reports of this story');
    expect(storySummary(9, ['AFP', 'AP', 'Reuters', 'TASS', 'Xinhua'], 2)).toBe('9 reports, from AFP, AP, Reuters and 4 other sources');
  });

  it('names three sources and lists the ten nearest reports on every page of a story of 400, each from another source', () => {
    // Report i shares a rare word with report i + 1: one story, chained.
    const word = (n: number): string => `zor${'bcdfghklmnprstvz'[n % 16]}${'aeiou'[(n >> 4) % 5]}${'bcdfghklmnprstvz'[(n >> 6) % 16]}${'aeiou'[(n >> 10) % 5]}`;
    const records = Array.from({ length: 400 }, (_, i) => {
      const body = `${word(i)} ${word(i + 1)} `.repeat(6);
      const text = `---\ntitle: Herring quota report ${i}\ndate: 2001-05-0${1 + (i % 3)}\nsource: Agency ${String(i).padStart(3, '0')}\n---\n${body}today.\n`;
      const read = readSeed(`a${String(i).padStart(3, '0')}.md`, Buffer.from(text));
      if (!read.ok) throw new Error(JSON.stringify(read.problems));
      return read.record;
    });
    const { archive } = buildArchive(records);
    expect(archive.stories).toHaveLength(1);
    const story = archive.stories[0]!;
    expect(story.articles).toHaveLength(400);
    const pages: ArticlePage[] = [];
    const storyPages: StoryPage[] = [];
    const builder = new SiteBuilder(archive, { base: parseBaseUrl('/'), title: 'T', lang: 'en' });
    for (const item of builder.pages()) {
      const made = item.make();
      if (made.list === 'articles') pages.push(made.page as ArticlePage);
      if (made.list === 'stories') storyPages.push(made.page as StoryPage);
    }
    expect(pages).toHaveLength(400);
    // The story's page lists every report, oldest first, 50 to a page, below its first report's URL.
    const first = archive.articles[story.articles[0]!]!;
    const storyUrl = `${first.url}coverage/`;
    expect(storyPages.map((p) => p.url)).toEqual(Array.from({ length: 8 }, (_, n) => (n === 0 ? storyUrl : `${storyUrl}page/${n + 1}/`)));
    expect(storyPages.flatMap((p) => p.articles.map((a) => a.url))).toEqual(story.articles.map((k) => archive.articles[k]!.url));
    expect(storyPages[0]).toMatchObject({ heading: `Coverage: ${first.title}`, first: { url: first.url, label: first.title }, count: 400, summary: '400 reports, from Agency 000, Agency 001, Agency 002 and 397 other sources' });
    expect(builder.pageCount()).toBe([...builder.pages()].length);
    const day = (k: number): number => Date.parse(archive.articles[k]!.date);
    pages.forEach((page, i) => {
      expect(page.story!.summary).toBe('400 reports, from Agency 000, Agency 001, Agency 002 and 397 other sources');
      // The nearest in date; on a tie, the earlier side first, then the nearer in order.
      const p = story.articles.indexOf(i);
      const expected = story.articles
        .filter((k) => k !== i)
        .sort((x, y) => Math.abs(day(x) - day(i)) - Math.abs(day(y) - day(i)) || (x < i ? 0 : 1) - (y < i ? 0 : 1) || Math.abs(story.articles.indexOf(x) - p) - Math.abs(story.articles.indexOf(y) - p))
        .slice(0, STORY_LISTED)
        .sort((x, y) => x - y);
      expect(page.story!.reports.map((r) => r.url)).toEqual(expected.map((k) => archive.articles[k]!.url));
      expect(page.story!.more).toEqual({ url: storyUrl, label: 'and 389 more reports' });
    });
  });
});

/** Gives a relating its topics and waits for its result. */
function relate(relating: Relating, topics: readonly (readonly TopicRef[])[]): Promise<RelatedResult> {
  relating.topics(topics);
  return relating.result();
}

describe('relating on a thread kept from build to build (relating.ts)', () => {
  const records = [...recordsIn(REAL_SEEDS), ...recordsIn(SITE_FIXTURES), ...generated(300, 7, 30)];
  /** relateArticles of `rs` as placed by buildArchive, with the topics it gave them. */
  function expected(rs: FreshRecord[]): { chosen: FreshRecord[]; topics: TopicRef[][]; result: RelatedResult } {
    const byFile = new Map(rs.map((r) => [r.file, r]));
    const articles = buildArchive(rs).archive.articles;
    const chosen = articles.map((a) => byFile.get(a.file)!);
    const topics = articles.map((a) => a.topics);
    return { chosen, topics, result: relateArticles(articles.map((a, i) => ({ ...a, terms: chosen[i]!.terms, termCounts: chosen[i]!.termCounts }))) };
  }

  it.each([
    ['one thread', undefined, undefined],
    ['two threads (a helper relates half of each archive)', 1, undefined],
    ['one thread, each build related from the last (related-update.ts), however many rows changed', undefined, 1],
  ])('gives exactly what relateArticles gives, build after build, sent only the articles that changed: %s', async (_, splitAt, mostDirty) => {
    const relater = new Relater(splitAt, mostDirty);
    try {
      const first = expected(records);
      expect(first.result.stories.length).toBeGreaterThan(0);
      expect(await relate(relater.start(first.chosen), first.topics)).toEqual(first.result);
      // One article edited (a new record for its file), one added, one gone; the others are the same records.
      const edited = readSeed(records[5]!.file, new TextEncoder().encode(' date 2017-11-20 Geneva talks resume on herring quotas\nEnvoys met in Geneva.\n'));
      const added = readSeed('added.txt', new TextEncoder().encode(' date 2017-11-21 Herring quota talks end in Geneva\nThe envoys agreed on herring quotas.\n'));
      if (!edited.ok || !added.ok) throw new Error('test seeds');
      const nextRecords = [...records.slice(0, 5), edited.record, ...records.slice(6, -1), added.record];
      const next = expected(nextRecords);
      expect(await relate(relater.start(next.chosen), next.topics)).toEqual(next.result);
      expect(relater.lastSent.terms).toBe(2);
      expect(next.result).not.toEqual(first.result);
      // An article edited in place, the files the same: the thread has their order, and is sent its terms alone.
      const again = readSeed(records[5]!.file, new TextEncoder().encode(' date 2017-11-20 Geneva talks on herring quotas resume\nEnvoys met in Geneva again, on herring quotas and trawlers.\n'));
      if (!again.ok) throw new Error('test seed');
      const inPlace = expected(nextRecords.map((r) => (r === edited.record ? again.record : r)));
      expect(inPlace.chosen.map((r) => r.file)).toEqual(next.chosen.map((r) => r.file));
      expect(await relate(relater.start(inPlace.chosen), inPlace.topics)).toEqual(inPlace.result);
      expect(relater.lastSent.terms).toBe(1);
      expect(inPlace.result).not.toEqual(next.result);
      // And back: the thread is sent the edited record's terms again.
      expect(await relate(relater.start(next.chosen), next.topics)).toEqual(next.result);
      expect(relater.lastSent.terms).toBe(1);
      // And on this thread, the same.
      expect(await relate(relateHere(next.chosen), next.topics)).toEqual(next.result);
      // The same topics in the same arrays (numbered once: see Relater.listsOf), then one article's topics changed.
      expect(await relate(relater.start(next.chosen), next.topics)).toEqual(next.result);
      // The article whose first related article shares the rarest topic with it loses that topic:
      // a topic most articles have weighs nothing (its rarity is 0), a rare one counts.
      const articlesOf = new Map<string, number>();
      for (const t of next.topics.flat()) articlesOf.set(t.slug, (articlesOf.get(t.slug) ?? 0) + 1);
      const shared = next.topics.map((t, i) => {
        const b = next.result.related[i]![0];
        const theirs = new Set(b === undefined ? [] : next.topics[b]!.map((x) => x.slug));
        return t.filter((x) => theirs.has(x.slug)).sort((x, y) => articlesOf.get(x.slug)! - articlesOf.get(y.slug)!)[0];
      });
      const j = shared.reduce((best, x, i) => (x && (best < 0 || articlesOf.get(x.slug)! < articlesOf.get(shared[best]!.slug)!) ? i : best), -1);
      expect(j).toBeGreaterThanOrEqual(0);
      const fewer = next.topics.map((t, i) => (i === j ? t.filter((x) => x.slug !== shared[j]!.slug) : t));
      const changed = await relate(relater.start(next.chosen), fewer);
      expect(changed).toEqual(await relate(relateHere(next.chosen), fewer));
      expect(changed).not.toEqual(next.result);
    } finally {
      await relater.close();
    }
  });

  it('never gives a build the result of an earlier one, and recovers from a lost thread', async () => {
    const relater = new Relater();
    try {
      const all = expected(records);
      const fewer = expected(records.slice(0, 200));
      const stale = relate(relater.start(all.chosen), all.topics);
      const current = relate(relater.start(fewer.chosen), fewer.topics);
      await expect(stale).rejects.toThrow(RelatingError);
      expect(await current).toEqual(fewer.result);
      await expect(relate(relater.start(fewer.chosen), fewer.topics.slice(1))).rejects.toThrow(RelatingError);
      await expect(relate(relateHere(fewer.chosen), fewer.topics.slice(1))).rejects.toThrow(RelatingError);
      // On this thread a result is given once: what it was made with is not held after.
      const here = relateHere(fewer.chosen);
      expect(await relate(here, fewer.topics)).toEqual(fewer.result);
      await expect(here.result()).rejects.toThrow(/asked for twice/);
      // Closed (as when its thread is lost): the next build starts a thread that is sent everything.
      await relater.close();
      expect(await relate(relater.start(all.chosen), all.topics)).toEqual(all.result);
      // Lost between a build's terms and its topics: that build fails rather than wait for ever.
      const started = relater.start(fewer.chosen);
      const thread = (relater as unknown as { worker: Worker }).worker;
      const exited = new Promise((resolve) => thread.once('exit', resolve));
      await thread.terminate();
      await exited;
      started.topics(fewer.topics);
      await expect(started.result()).rejects.toThrow(/relating thread stopped/);
      expect(await relate(relater.start(fewer.chosen), fewer.topics)).toEqual(fewer.result);
    } finally {
      await relater.close();
    }
  });
});

describe('related articles need alike texts (QA 23)', () => {
  it('leave out an article that shares only topics, however rare, when the texts are not alike', () => {
    const a = article('a', '2018-01-05', 'The Hermitage opened an exhibition of Leonardo drawings on loan from the Royal Collection.', ['St. Petersburg']);
    const b = article('b', '2018-01-06', 'A passenger train bound for the city was stopped after an anonymous bomb threat by phone.', ['St. Petersburg']);
    const c = article('c', '2018-01-07', 'The Hermitage exhibition of Leonardo drawings drew record crowds in its first week.', ['St. Petersburg']);
    const noise = Array.from({ length: 30 }, (_, i) => article(`n${String(i).padStart(2, '0')}`, '2018-03-01', `Filler bulletin ${i} about weather, traffic and sport results number ${i}.`));
    const input = [a, b, c, ...noise];
    const r = byId(input, relateArticles(input));
    expect(r.a!.related).toEqual(['c']);
    expect(r.b!.related).toEqual([]);
  });

  it('relate a statement and its translation, whose words differ, by the rare topics they share', () => {
    const topics = ['Los Angeles Declaration', 'Migration and Protection', 'Summit of the Americas'];
    const en = article('en', '2022-06-10', 'Leaders endorsed the declaration on migration and protection at the summit.', topics);
    const pt = article('pt', '2022-06-10', 'Os líderes endossaram a declaração sobre migração e proteção na cúpula.', topics);
    const noise = Array.from({ length: 30 }, (_, i) => article(`n${String(i).padStart(2, '0')}`, '2022-03-01', `Filler bulletin ${i} about weather, traffic and sport results number ${i}.`));
    const r = byId([en, pt, ...noise], relateArticles([en, pt, ...noise]));
    expect(r.en!.related).toEqual(['pt']);
  });
});
