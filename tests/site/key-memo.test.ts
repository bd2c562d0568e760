// The articles' keys `serve` keeps from build to build (KeyMemo): a key is reused only when what
// it is made of is the same, so that the keys of every build are those made from scratch.
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../src/archive/build.ts';
import { generateCorpus } from '../../src/corpus/generate.ts';
import { readSeed } from '../../src/seeds/read.ts';
import { hashOf } from '../../src/hash.ts';
import { atomEntryInputs } from '../../src/site/feeds.ts';
import { ArticleKeys, KeyMemo } from '../../src/site/keys.ts';
import { SiteBuilder } from '../../src/site/pages.ts';
import type { Article, SeedRecord } from '../../src/types.ts';

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
      // What a feed entry shows, and nothing else of the keys: a summary, a source named otherwise.
      k === e ? { ...x, summary: `${x.summary} More.` } :
      k === f ? { ...x, source: `${x.source ?? ''}, AP` } : { ...x },
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
    expect(second[f]!.slice(0, 2)).toEqual(first[f]!.slice(0, 2));
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
    expect(memo.feedEntries.size).toBe(20);
  });

  it('gives every page and file known by its inputs the hash made from scratch, build after build', () => {
    /** The inputs hash of every unit that has one, by URL. */
    const hashes = (rs: SeedRecord[], memo?: KeyMemo): Map<string, string> => {
      const { archive } = buildArchive(rs);
      const builder = new SiteBuilder(archive, { base: { pathPrefix: '/', origin: null }, title: 'Test', lang: 'en' }, new ArticleKeys(archive.articles, memo));
      const out = new Map<string, string>();
      const entries = [];
      for (const p of builder.pages()) {
        entries.push({ url: p.url, lastmod: p.lastmod });
        if (p.inputsHash !== null) out.set(p.url, p.inputsHash);
      }
      for (const f of builder.files(entries)) if (f.inputsHash !== null) out.set(f.url, f.inputsHash);
      return out;
    };
    const edited = readSeed(records[40]!.file, new TextEncoder().encode(' date 2018-06-02 Harbour talks resume\nEnvoys met at the harbour again.\n'));
    const added = readSeed('added.txt', new TextEncoder().encode(' date 2019-03-04 Harbour talks end\nThe envoys agreed.\n'));
    if (!edited.ok || !added.ok) throw new Error('test seeds');
    const builds = [records, records.map((r, k) => (k === 40 ? edited.record : r)), [...records.slice(0, 90), ...records.slice(91), added.record], records];
    const memo = new KeyMemo();
    let last: Map<string, string> | null = null;
    for (const rs of builds) {
      const made = hashes(rs, memo);
      expect(made).toEqual(hashes(rs));
      // Each change reached some units, and left most as they were.
      if (last) {
        const changed = [...made].filter(([url, hash]) => last!.get(url) !== hash).length;
        expect(changed).toBeGreaterThan(0);
        expect(changed).toBeLessThan(made.size / 4);
      }
      last = made;
    }
    // Units of pages gone are forgotten once they are many.
    const few = records.slice(0, 10);
    hashes(few, memo);
    hashes(few, memo);
    expect(memo.units.size).toBe(hashes(few).size);
  });
});
