// The articles' keys `serve` keeps from build to build (KeyMemo): a key is reused only when what
// it is made of is the same, so that the keys of every build are those made from scratch.
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../src/archive/build.ts';
import { generateCorpus } from '../../src/corpus/generate.ts';
import { readSeed } from '../../src/seeds/read.ts';
import { hashOf } from '../../src/hash.ts';
import { atomEntryInputs } from '../../src/site/feeds.ts';
import { ArticleKeys, KeyMemo } from '../../src/site/keys.ts';
import type { Article } from '../../src/types.ts';

const allKeys = (keys: ArticleKeys, n: number): string[][] => Array.from({ length: n }, (_, k) => [keys.articleKey(k), keys.topicsKey(k), keys.feedEntryKey(k)]);

describe('the key memo', () => {
  const records = [...generateCorpus({ count: 200, seed: 3, firstYear: 2018, lastYear: 2019 })].flatMap((s) => {
    const r = readSeed(s.file, new TextEncoder().encode(s.text));
    return r.ok ? [r.record] : [];
  });
  const { articles } = buildArchive(records).archive;

  it('gives the keys made from scratch, through changes of URL, digest and topics', () => {
    const memo = new KeyMemo();
    const first = allKeys(new ArticleKeys(articles, memo), articles.length);
    expect(first).toEqual(allKeys(new ArticleKeys(articles), articles.length));
    const [a, b, c, d, e, f] = [3, 50, 120, 199, 7, 8];
    const changed: Article[] = articles.map((x, k) =>
      k === a ? { ...x, digest: `${x.digest}x` } :
      k === b ? { ...x, url: `${x.url}moved/` } :
      k === c ? { ...x, topics: x.topics.slice(1) } :
      // The same topics in another array (decided anew): the same keys.
      k === d ? { ...x, topics: [...x.topics] } :
      // What a feed entry shows, which a seed's edit changes, and so its digest: a summary, a source named otherwise.
      k === e ? { ...x, summary: `${x.summary} More.`, digest: `${x.digest}e` } :
      k === f ? { ...x, source: `${x.source ?? ''}, AP`, digest: `${x.digest}f` } : { ...x },
    );
    const second = allKeys(new ArticleKeys(changed, memo), changed.length);
    expect(second).toEqual(allKeys(new ArticleKeys(changed), changed.length));
    expect(second[a]![0]).not.toBe(first[a]![0]);
    expect(second[b]![1]).not.toBe(first[b]![1]);
    expect(second[c]![0]).toBe(first[c]![0]);
    expect(second[c]![1]).not.toBe(first[c]![1]);
    expect(second[d]).toEqual(first[d]);
    expect(second[e]![2]).not.toBe(first[e]![2]);
    expect(second[e]![2]).toBe(hashOf(atomEntryInputs(changed[e]!)));
    expect(second[f]![2]).not.toBe(first[f]![2]);
    expect(second[f]![2]).toBe(hashOf(atomEntryInputs(changed[f]!)));
    // And back: the memo holds what it was last made of, not what it first was.
    expect(allKeys(new ArticleKeys(articles, memo), articles.length)).toEqual(first);
  });

  it('forgets the files of deleted articles once they are many', () => {
    const memo = new KeyMemo();
    allKeys(new ArticleKeys(articles, memo), articles.length);
    expect(memo.byFile.size).toBe(articles.length);
    const few = articles.slice(0, 20);
    allKeys(new ArticleKeys(few, memo), few.length);
    expect(memo.byFile.size).toBe(20);
    expect([...memo.byFile.values()].every((m) => m.feed !== undefined)).toBe(true);
  });
});
