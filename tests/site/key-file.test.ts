// The articles' keys kept on disk (key-file.ts): a one-off rebuild adopts them where the article
// is made of the same URL, digest and topics, and the keys are then those made from scratch.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildArchive } from '../../src/archive/build.ts';
import { generateCorpus } from '../../src/corpus/generate.ts';
import { readSeed } from '../../src/seeds/read.ts';
import { adoptKeys, loadKeys, saveKeys } from '../../src/site/key-file.ts';
import { ArticleKeys, KEPT_ELSEWHERE, KEPT_IN_PLACE, KeyMemo, sourceApart } from '../../src/site/keys.ts';
import type { Article } from '../../src/types.ts';

const allKeys = (articles: readonly Article[], memo?: KeyMemo): string[][] => {
  const keys = new ArticleKeys(articles, memo);
  return articles.map((_, k) => [keys.articleKey(k), keys.topicsKey(k), keys.feedEntryKey(k)]);
};

const records = [...generateCorpus({ count: 300, seed: 5, firstYear: 2018, lastYear: 2019 })].flatMap((s) => {
  const r = readSeed(s.file, new TextEncoder().encode(s.text));
  return r.ok ? [r.record] : [];
});
const built = buildArchive(records).archive.articles;
// One article whose source's topic is not among its topics (as when they are cut at MAX_ARTICLE_TOPICS): its key with topics names it apart.
const cut = built.findIndex((a) => a.sourceTopic !== null && a.topics.length > 1 && a.topics.includes(a.sourceTopic));
const articles: Article[] = built.map((a, k) => (k === cut + 1 ? { ...a, sourceTopic: built[cut]!.sourceTopic, topics: a.topics.filter((t) => t !== built[cut]!.sourceTopic) } : a));
const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

/** The keys of `articles` kept in a new folder, by a memo that made them all. */
async function kept(version = 'v1'): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'keys-'));
  dirs.push(dir);
  const memo = new KeyMemo();
  allKeys(articles, memo);
  const file = path.join(dir, 'keys.bin');
  // Each article page's parts' digest, as a build hands it (here a stand-in named by the article's file).
  await saveKeys(file, version, 'build-a', new ArticleKeys(articles, memo), articles, (k) => (k % 10 === 9 ? '' : `parts of ${articles[k]!.file}`));
  return file;
}

describe('keys kept on disk', () => {
  it('are adopted, by value, by articles made anew (another process), and give the keys made from scratch', async () => {
    const file = await kept();
    const again: Article[] = structuredClone(articles);
    const memo = new KeyMemo();
    const loaded = (await loadKeys(file, 'v1'))!;
    expect(loaded.build).toBe('build-a');
    const { same, pages } = adoptKeys(memo, loaded, again);
    // Every article's keys adopted, with its topics, so that none is made again; each article as the kept build had it, where it had it.
    expect([...same]).toEqual(again.map(() => KEPT_IN_PLACE));
    // And its page's parts' digest, where the build made one.
    expect(pages).toEqual(again.map((a, k) => (k % 10 === 9 ? '' : `parts of ${a.file}`)));
    expect(memo.byFile.size).toBe(again.length);
    expect(again.every((a) => memo.byFile.get(a.file)!.feed?.topics === a.topics)).toBe(true);
    expect(again.every((a) => memo.byFile.get(a.file)!.topics === a.topics)).toBe(true);
    expect(allKeys(again, memo)).toEqual(allKeys(again));
  });

  it('are not adopted where the URL, digest, topics or source apart changed, and the keys are still those from scratch', async () => {
    const file = await kept();
    const again: Article[] = structuredClone(articles);
    const withSource = again.findIndex((a) => a.sourceTopic !== null && a.topics.includes(a.sourceTopic));
    const apart = again.findIndex((a) => sourceApart(a) !== null);
    expect(withSource).toBeGreaterThanOrEqual(0);
    expect(apart).toBeGreaterThanOrEqual(0);
    const [digest, url, fewer, renamed] = [3, 50, 120, 200];
    again[digest] = { ...again[digest]!, digest: `${again[digest]!.digest}x` };
    again[url] = { ...again[url]!, url: `${again[url]!.url}moved/` };
    again[fewer] = { ...again[fewer]!, topics: again[fewer]!.topics.slice(1) };
    again[renamed] = { ...again[renamed]!, topics: again[renamed]!.topics.map((t, k) => (k === 0 ? { ...t, name: `${t.name} II` } : t)) };
    // The same source topic, but another object than the one among its topics: its key names it apart now.
    again[withSource] = { ...again[withSource]!, sourceTopic: { ...again[withSource]!.sourceTopic! } };
    again[apart] = { ...again[apart]!, sourceTopic: null };
    const memo = new KeyMemo();
    const { same, pages } = adoptKeys(memo, (await loadKeys(file, 'v1'))!, again);
    const changed = [digest, url, fewer, renamed, withSource, apart];
    // No page digest for another URL or digest; those of other topics are kept (a page's parts hold its topics).
    expect(pages.flatMap((p, k) => (p === '' && k % 10 !== 9 ? [k] : []))).toEqual([digest, url]);
    expect([...same].flatMap((x, k) => (x === KEPT_IN_PLACE ? [] : [k]))).toEqual([...changed].sort((a, b) => a - b));
    expect(changed.every((k) => same[k] === 0)).toBe(true);
    expect(memo.byFile.has(again[digest]!.file)).toBe(false);
    expect(memo.byFile.has(again[url]!.file)).toBe(false);
    for (const k of [fewer, renamed, withSource, apart]) {
      expect(memo.byFile.get(again[k]!.file)!.topics).toBeNull();
      expect(memo.byFile.get(again[k]!.file)!.feed).toBeUndefined();
    }
    const fromScratch = allKeys(again);
    expect(allKeys(again, memo)).toEqual(fromScratch);
    const before = allKeys(articles);
    for (const k of [digest, url, fewer, renamed, withSource, apart]) expect(fromScratch[k]![1]).not.toBe(before[k]![1]);
  });

  it('are found by file wherever the articles moved: one added, one gone, the others shifted or swapped', async () => {
    const file = await kept();
    const again: Article[] = structuredClone(articles);
    again.splice(40, 1);
    again.splice(10, 0, { ...again[5]!, file: 'added.txt', url: `${again[5]!.url}added/` });
    [again[200], again[250]] = [again[250]!, again[200]!];
    const memo = new KeyMemo();
    const { same, pages } = adoptKeys(memo, (await loadKeys(file, 'v1'))!, again);
    expect(pages).toEqual(again.map((a) => (a.file === 'added.txt' || articles.findIndex((b) => b.file === a.file) % 10 === 9 ? '' : `parts of ${a.file}`)));
    // In place where the kept build had them there: before the article added, and from the one gone on, but for the two swapped;
    // elsewhere, the others but the one added.
    const where = (k: number): number => (k === 10 ? 0 : (k > 10 && k <= 40) || k === 200 || k === 250 ? KEPT_ELSEWHERE : KEPT_IN_PLACE);
    expect([...same]).toEqual(again.map((_, k) => where(k)));
    expect(memo.byFile.has('added.txt')).toBe(false);
    expect(memo.byFile.size).toBe(again.length - 1);
    expect(again.every((a) => a.file === 'added.txt' || memo.byFile.get(a.file)!.url === a.url)).toBe(true);
    expect(allKeys(again, memo)).toEqual(allKeys(again));
  });

  it('are adopted by article by a memo that serves one build alone, give the keys made from scratch, and are kept again as a memo by file keeps them', async () => {
    const file = await kept();
    const again: Article[] = structuredClone(articles);
    const [digest, renamed] = [3, 200];
    again[digest] = { ...again[digest]!, digest: `${again[digest]!.digest}x` };
    again[renamed] = { ...again[renamed]!, topics: again[renamed]!.topics.map((t, k) => (k === 0 ? { ...t, name: `${t.name} II` } : t)) };
    const loaded = (await loadKeys(file, 'v1'))!;
    const memo = new KeyMemo(false);
    const taken = adoptKeys(memo, loaded, again);
    // Nothing by file: the build's ArticleKeys hold them, by article.
    expect(memo.byFile.size).toBe(0);
    expect(taken.made.flatMap((m, k) => (m ? [] : [k]))).toEqual([digest]);
    expect(taken.feeds.flatMap((f, k) => (f === undefined ? [k] : []))).toEqual([digest, renamed]);
    expect(taken.made[renamed]!.topics).toBeNull();
    // Kept again before any key is asked for: what was taken up, and nothing for the article of another digest.
    const unasked = path.join(path.dirname(file), 'unasked.bin');
    await saveKeys(unasked, 'v1', 'build-b', new ArticleKeys(again, memo, null, false, taken), again, () => '');
    const first = (await loadKeys(unasked, 'v1'))!;
    expect(first.keys.map((k, i) => (i === digest ? k : k === loaded.keys[i]))).toEqual(again.map((_, i) => (i === digest ? '' : true)));
    expect(first.feedKeys[renamed]).toBe('');
    expect(first.withTopics[renamed]).toBe('');
    // Every key asked for: those made from scratch, kept as a memo by file (`serve`'s) keeps them.
    const keys = new ArticleKeys(again, memo, null, false, taken);
    const asked = again.map((_, k) => [keys.articleKey(k), keys.topicsKey(k), keys.feedEntryKey(k)]);
    expect(asked).toEqual(allKeys(again));
    expect(memo.byFile.size).toBe(0);
    const byArticle = path.join(path.dirname(file), 'by-article.bin');
    await saveKeys(byArticle, 'v1', 'build-b', keys, again, () => '');
    const byFileMemo = new KeyMemo();
    adoptKeys(byFileMemo, loaded, again);
    allKeys(again, byFileMemo);
    const byFile = path.join(path.dirname(file), 'by-file.bin');
    await saveKeys(byFile, 'v1', 'build-b', new ArticleKeys(again, byFileMemo), again, () => '');
    const [a, b] = [(await loadKeys(byArticle, 'v1'))!, (await loadKeys(byFile, 'v1'))!];
    expect([a.keys, a.withTopics, a.feedKeys]).toEqual([b.keys, b.withTopics, b.feedKeys]);
    expect(a.keys.every((k) => k !== '') && a.withTopics.every((k) => k !== '') && a.feedKeys.every((k) => k !== '')).toBe(true);
  });

  it('are not adopted by a memo that has the article already', async () => {
    const file = await kept();
    const memo = new KeyMemo();
    const changed = articles.map((a, k) => (k === 7 ? { ...a, summary: `${a.summary} More.` } : a));
    allKeys(changed, memo);
    const made = memo.byFile.get(articles[7]!.file)!;
    const feed = made.feed;
    expect(feed?.topics).toBe(changed[7]!.topics);
    adoptKeys(memo, (await loadKeys(file, 'v1'))!, changed);
    expect(memo.byFile.get(articles[7]!.file)).toBe(made);
    expect(made.feed).toBe(feed);
    expect(allKeys(changed, memo)).toEqual(allKeys(changed));
  });

  it('are not read when of another version, damaged, cut short or missing', async () => {
    const file = await kept('v1');
    expect(await loadKeys(file, 'v2')).toBeNull();
    const bytes = await readFile(file);
    const flipped = Buffer.from(bytes);
    flipped[bytes.length - 10]! ^= 1;
    await writeFile(file, flipped);
    expect(await loadKeys(file, 'v1')).toBeNull();
    await writeFile(file, bytes.subarray(0, bytes.length - 100));
    expect(await loadKeys(file, 'v1')).toBeNull();
    await writeFile(file, bytes);
    expect(await loadKeys(file, 'v1')).not.toBeNull();
    await rm(file);
    expect(await loadKeys(file, 'v1')).toBeNull();
  });
});
