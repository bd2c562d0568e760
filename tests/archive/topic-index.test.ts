// The topic index updated from the last one (updateTopics) is the index made anew (collectTopics),
// whatever articles come, go, move or change topics: ties among co-occurring topics included.
import { describe, expect, it } from 'vitest';
import { collectTopics, COOCCURRING, type IndexedTopics, updateTopics } from '../../src/archive/topic-index.ts';
import type { Topic } from '../../src/archive/types.ts';
import type { Article, TopicRef } from '../../src/types.ts';
import { random as seeded } from '../helpers/relating.ts';

/** What the index reads of an article: its file, date and topics. */
type Indexable = Pick<Article, 'file' | 'date' | 'topics'>;
const asArticles = (list: Indexable[]): Article[] => list as Article[];

function indexed(articles: readonly Indexable[], result: Topic[]): IndexedTopics {
  return { files: articles.map((a) => a.file), topics: articles.map((a) => a.topics), dates: articles.map((a) => a.date), result };
}

const byPlace = (a: Indexable, b: Indexable): number => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

describe('updateTopics', () => {
  it('gives what collectTopics gives through a random walk of additions, deletions, moves and changed topics', () => {
    // The same walk on every run.
    const draw = seeded(5);
    const random = (n: number): number => Math.floor(draw() * n);
    // Forty topics, a few common and many rare, so that lists of co-occurring topics fill up
    // and tie (most counts are 1 or 2), and ranks change places as counts move by one.
    const refs: TopicRef[] = Array.from({ length: 40 }, (_, i) => ({ slug: `t${i}`, name: `Topic ${String.fromCharCode(65 + (i % 26))}${i}`, kind: i % 3 === 0 ? 'person' : 'place' }));
    const pick = (): TopicRef[] => {
      const chosen = new Set<TopicRef>();
      const n = 1 + random(6);
      while (chosen.size < n) chosen.add(refs[Math.min(random(40), random(40), random(40) + 5)]!);
      return [...chosen];
    };
    const date = (): string => `2019-03-${String(10 + random(8)).padStart(2, '0')}`;
    let articles: Indexable[] = Array.from({ length: 120 }, (_, i) => ({ file: `a${i}.txt`, date: date(), topics: pick() })).sort(byPlace);
    const aliases = new Map([['t1', ['First']]]);
    let last = indexed(articles, collectTopics(asArticles(articles), aliases));
    let updates = 0;
    let carriedTopics = 0;
    let unchangedTopics = 0;
    let next = 120;
    for (let step = 0; step < 400; step++) {
      const changes = 1 + random(3);
      for (let k = 0; k < changes; k++) {
        const i = random(articles.length);
        const change = random(5);
        if (change === 0) articles.push({ file: `a${next++}.txt`, date: date(), topics: pick() });
        else if (change === 1) articles.splice(i, 1);
        else if (change === 2) articles[i] = { ...articles[i]!, date: date() };
        else if (change === 3) articles[i] = { ...articles[i]!, topics: pick() };
        // The same topics in a new array, with equal objects: not a change.
        else articles[i] = { ...articles[i]!, topics: articles[i]!.topics.map((r) => ({ ...r })) };
      }
      articles = [...articles].sort(byPlace);
      const expected = collectTopics(asArticles(articles), aliases);
      const carried = new Set<string>();
      const got = updateTopics(last, asArticles(articles), aliases, carried);
      if (got) {
        updates++;
        expect(got).toEqual(expected);
        // A topic said to be carried over is the last one, but for its articles' numbers: the same files.
        const byFiles = (t: Topic, files: readonly string[]): unknown => ({ ...t, articles: t.articles.map((i) => files[i]) });
        for (const slug of carried) {
          expect(byFiles(got.find((t) => t.slug === slug)!, articles.map((a) => a.file))).toEqual(byFiles(last.result.find((t) => t.slug === slug)!, last.files));
        }
        carriedTopics += carried.size;
        unchangedTopics += got.filter((t) => {
          const was = last.result.find((w) => w.slug === t.slug);
          return was && JSON.stringify(byFiles(t, articles.map((a) => a.file))) === JSON.stringify(byFiles(was, last.files));
        }).length;
      }
      last = indexed(articles, got ?? expected);
    }
    expect(updates).toBe(400);
    // Most topics unchanged by a step are said to be carried over (those whose spellings changed
    // without a change of theirs are not: none here).
    expect(carriedTopics).toBeGreaterThan(unchangedTopics * 0.9);
    // The walk made full lists of co-occurring topics, as a large archive has.
    expect(last.result.some((t) => t.cooccurring.length === COOCCURRING)).toBe(true);
  });

  it('gives up when too much changed, or when the last index does not hold the articles it names', () => {
    const ref = (slug: string): TopicRef => ({ slug, name: slug.toUpperCase(), kind: 'place' });
    const articles: Indexable[] = Array.from({ length: 200 }, (_, i) => ({ file: `a${String(i).padStart(3, '0')}.txt`, date: '2019-03-10', topics: [ref(`t${i % 7}`)] }));
    const last = indexed(articles, collectTopics(asArticles(articles), new Map()));
    // Every article moves to another day: more than the share updated.
    const moved = articles.map((a) => ({ ...a, date: '2019-03-11' }));
    expect(updateTopics(last, asArticles(moved), new Map())).toBeNull();
    // One article added: updated, and the new article's topic counts it.
    const added = [...articles, { file: 'b.txt', date: '2019-03-12', topics: [ref('t0'), ref('new')] }];
    const updated = updateTopics(last, asArticles(added), new Map())!;
    expect(updated).toEqual(collectTopics(asArticles(added), new Map()));
    expect(updated.find((t) => t.slug === 'new')!.articles).toEqual([200]);
    // A last index whose topic lists an article that its files do not: not trusted.
    const broken = { ...last, result: last.result.map((t) => (t.slug === 't3' ? { ...t, articles: [...t.articles, 999] } : t)) };
    expect(updateTopics(broken, asArticles(added), new Map())).toBeNull();
  });
});
