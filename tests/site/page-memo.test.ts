// Article pages' inputs hashes kept from build to build (KeyMemo.pages, for `serve`): a page whose
// parts are the last build's is known by the last build's hash, without its inputs. Checked here
// against the hashes made without the memo, over a run of archives that differ by what an
// article page shows: neighbours, related articles, stories, shared titles, edits.
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../src/archive/build.ts';
import { DEFAULT_CORPUS, generateCorpus } from '../../src/corpus/generate.ts';
import { readSeed } from '../../src/seeds/read.ts';
import { ArticleKeys, inputsHash, KeyMemo, type LastBuild, partsDigest } from '../../src/site/keys.ts';
import { SiteBuilder } from '../../src/site/pages.ts';
import type { FreshRecord } from '../../src/types.ts';
import { generated, random } from '../helpers/relating.ts';

const site = { base: { pathPrefix: '/', origin: null }, title: 'Test', lang: 'en' };

/** Each article page's hash, by URL, as a build with `memo` finds it; and how many it knew without their inputs. */
function articleHashes(records: FreshRecord[], memo: KeyMemo): { hashes: Map<string, string>; known: number; stories: number } {
  const archive = buildArchive(records).archive;
  const builder = new SiteBuilder(archive, site, new ArticleKeys(archive.articles, memo));
  const hashes = new Map<string, string>();
  let known = 0;
  for (const p of builder.pages()) {
    if (p.list !== 'articles') continue;
    if (p.inputs === '') known++;
    else expect(p.hash).toBe(inputsHash(p.list, p.inputs!));
    hashes.set(p.url, p.hash!);
  }
  return { hashes, known, stories: archive.stories.length };
}

/** The record of a seed of this file and text. */
function edited(r: FreshRecord, text: string): FreshRecord {
  const read = readSeed(r.file, new TextEncoder().encode(text));
  if (!read.ok) throw new Error(read.problems.map((p) => p.message).join('; '));
  return read.record;
}

describe('article pages known by their parts', () => {
  it('have the hashes of their inputs, build after build, whatever changed around them', () => {
    const pool = generated(520, 11, 8);
    const rand = random(5);
    let records = pool.slice(0, 400);
    const spare = pool.slice(400);
    const kept = new KeyMemo();
    let last = articleHashes(records, kept);
    expect(last.stories).toBeGreaterThan(0);
    let changedPages = 0;
    let knownPages = 0;
    for (let round = 0; round < 8; round++) {
      const next = [...records];
      // Seeds added (new neighbours, related articles and story reports), removed, and edited:
      // a headline another article has, and a text that relates it to other articles.
      next.push(...spare.splice(0, 3));
      next.splice(Math.floor(rand() * next.length), 2);
      const k = Math.floor(rand() * next.length);
      const other = next[(k + 7) % next.length]!;
      next[k] = edited(next[k]!, ` date ${next[k]!.date} ${round % 2 ? other.title : `Another headline ${round}`}\n${other.lede} ${next[k]!.lede}\n`);
      records = next;
      const memoed = articleHashes(records, kept);
      const fresh = articleHashes(records, new KeyMemo());
      expect(fresh.known).toBe(0);
      expect(memoed.hashes).toEqual(fresh.hashes);
      knownPages += memoed.known;
      changedPages += [...memoed.hashes].filter(([url, h]) => last.hashes.has(url) && last.hashes.get(url) !== h).length;
      last = memoed;
    }
    // Most pages were known by their parts, and some that were there before changed.
    expect(knownPages).toBeGreaterThan(8 * 300);
    expect(changedPages).toBeGreaterThan(8 * 3);
  });

  it("change with their story's reports and with a related article's headline, which their own parts do not hold", () => {
    const read = (file: string, text: string): FreshRecord => edited({ file } as FreshRecord, text);
    // Report i shares rare words with report i + 1: one story, chained; beside it, two articles
    // that share words of their own, related to each other.
    const word = (n: number): string => `zor${'bcdfghklmnprstvz'[n % 16]}a`;
    const report = (i: number): FreshRecord => read(`r${String(i).padStart(2, '0')}.md`, `---\ntitle: Herring quota report ${i}\ndate: 2001-05-0${1 + (i % 3)}\nsource: Agency ${i}\n---\n${`${word(i)} ${word(i + 1)} `.repeat(6)}today.\n`);
    const pair = (file: string, day: string, title: string): FreshRecord => read(file, ` date 2001-06-${day} ${title}\nThe quillwort and moonwort survey counted quillwort beds and moonwort stands on the fells.\n`);
    const reports = Array.from({ length: 13 }, (_, i) => report(i));
    // Between them, an article of its own: b is no neighbour of a's.
    const between = read('m.txt', ' date 2001-06-15 Ferry timetable changes\nThe harbour office published the winter ferry timetable.\n');
    const base = [...reports, pair('a.txt', '10', 'Fern survey begins'), between, pair('b.txt', '20', 'Fern survey ends')];
    const kept = new KeyMemo();
    const check = (records: FreshRecord[]): Map<string, string> => {
      const memoed = articleHashes(records, kept);
      expect(memoed.hashes).toEqual(articleHashes(records, new KeyMemo()).hashes);
      return memoed.hashes;
    };
    const first = check(base);
    const page = (file: string, records: FreshRecord[]): string => buildArchive(records).archive.articles.find((a) => a.file === file)!.url;
    // A fourteenth report: the story's first report's page names one more.
    const grown = [...base, report(13)];
    const second = check(grown);
    expect(second.get(page('r00.md', grown))).not.toBe(first.get(page('r00.md', base)));
    // b's headline changes, not its text: a's page links to it under its new headline.
    const renamed = [...grown.filter((r) => r.file !== 'b.txt'), pair('b.txt', '20', 'Fern survey closes')];
    const third = check(renamed);
    expect(buildArchive(renamed).archive.articles.find((a) => a.file === 'a.txt')!.related).toEqual(buildArchive(grown).archive.articles.find((a) => a.file === 'a.txt')!.related);
    expect(third.get(page('a.txt', renamed))).not.toBe(second.get(page('a.txt', grown)));
  });

  it("are known again only when every part is the same: a page's key with topics, slug, related articles and their keys, story, neighbours, shared title", () => {
    const records = generated(60, 3, 5);
    const archive = buildArchive(records).archive;
    const memo = new KeyMemo();
    const keys = new ArticleKeys(archive.articles, memo);
    const parts = { topicsKey: 't', slug: 's', related: ['a', 'b'], relatedKeys: ['ka', null], storyId: 'x', story: 'sk', prev: 'p', next: null, sharedTitle: false };
    keys.rememberPage(0, parts, 'h');
    expect(keys.pageHash(0, { ...parts, related: [...parts.related], relatedKeys: [...parts.relatedKeys] })).toBe('h');
    // Another article's page is not this one's.
    expect(keys.pageHash(1, parts)).toBeNull();
    const changes = { topicsKey: 't2', slug: 's2', related: ['a'], relatedKeys: ['ka', 'kb'], storyId: null, story: 'sk2', prev: null, next: 'n', sharedTitle: true };
    for (const [field, value] of Object.entries(changes)) expect(keys.pageHash(0, { ...parts, [field]: value }), field).toBeNull();
  });

  it("are known from the last build's kept digests of their parts by a one-off rebuild (LastBuild.pages), build after build", () => {
    const pool = generated(520, 19, 8);
    const rand = random(7);
    let records = pool.slice(0, 400);
    const spare = pool.slice(400);
    // What the last build kept: each page's parts' digest, by file, with the URL and digest it was made for; and its manifest's hashes.
    type Kept = { digests: Map<string, { url: string; digest: string; parts: string }>; hashes: Map<string, string> };
    const build = (list: FreshRecord[], last: Kept | null): Kept & { known: number; reports: string[] } => {
      const archive = buildArchive(list).archive;
      const pages = archive.articles.map((a) => {
        const was = last?.digests.get(a.file);
        return was && was.url === a.url && was.digest === a.digest ? was.parts : '';
      });
      const lastBuild: LastBuild | null = last && { topics: [], same: new Uint8Array(archive.articles.length), carried: () => null, dates: [], hash: (url) => last.hashes.get(url) ?? null, pages };
      const keys = new ArticleKeys(archive.articles, new KeyMemo(false), lastBuild, true);
      const hashes = new Map<string, string>();
      for (const p of new SiteBuilder(archive, site, keys).pages(new Set(['articles']))) {
        if (p.inputs !== '') expect(p.hash).toBe(inputsHash(p.list, p.inputs!));
        hashes.set(p.url, p.hash!);
      }
      const digests = new Map(archive.articles.map((a, k) => [a.file, { url: a.url, digest: a.digest, parts: keys.pageDigest(k) }]));
      expect([...digests.values()].every((d) => d.parts !== '')).toBe(true);
      // The reports of stories: the pages of a story's other reports list one by its key.
      const reports = archive.stories.flatMap((st) => st.articles.map((r) => archive.articles[r]!.file));
      return { digests, hashes, known: keys.pagesFromLastBuild, reports };
    };
    let last = build(records, null);
    expect(last.known).toBe(0);
    let known = 0;
    for (let round = 0; round < 8; round++) {
      const next = [...records];
      if (round % 2) {
        next.push(...spare.splice(0, 3));
        next.splice(Math.floor(rand() * next.length), 2);
      }
      const k = Math.floor(rand() * next.length);
      const other = next[(k + 7) % next.length]!;
      next[k] = edited(next[k]!, ` date ${next[k]!.date} ${round % 3 ? other.title : `Another headline ${round}`}\n${other.lede} ${next[k]!.lede}\n`);
      // And an article's headline alone, a story's report's every other round: the pages that
      // list it as related or among their story's reports change by its key alone.
      const file = round % 2 ? last.reports[(round * 5) % last.reports.length]! : pool[(round * 37) % 400]!.file;
      const h = next.findIndex((r) => r.file === file);
      if (h >= 0) next[h] = { ...next[h]!, title: `${next[h]!.title} (${round})`, digest: `${next[h]!.digest}-${round}` };
      records = next;
      const oneOff = build(records, last);
      expect(oneOff.hashes).toEqual(articleHashes(records, new KeyMemo()).hashes);
      // Pages known from the last build are those whose hash is the last build's: never one that changed.
      expect(oneOff.known).toBeLessThanOrEqual([...oneOff.hashes].filter(([url, h]) => last.hashes.get(url) === h).length);
      known += oneOff.known;
      last = oneOff;
    }
    expect(known).toBeGreaterThan(8 * 300);
    expect(last.reports.length).toBeGreaterThan(0);
  });

  it("have a digest of their parts that changes with every part (see partsDigest)", () => {
    const parts = { topicsKey: 't', slug: 's', related: ['a', 'b'], relatedKeys: ['ka', null], storyId: 'x', story: 'sk', prev: 'p', next: null, sharedTitle: false };
    expect(partsDigest({ ...parts, related: [...parts.related] })).toBe(partsDigest(parts));
    const changes = { topicsKey: 't2', slug: 's2', related: ['a'], relatedKeys: ['ka', 'kb'], storyId: null, story: 'sk2', prev: null, next: 'n', sharedTitle: true };
    for (const [field, value] of Object.entries(changes)) expect(partsDigest({ ...parts, [field]: value }), field).not.toBe(partsDigest(parts));
    // Parts that only run together alike differ.
    expect(partsDigest({ ...parts, related: ['a,b'] })).not.toBe(partsDigest(parts));
  });

  it('are known by their place in the last build, or by file, and give keys.bin the parts this build found, whatever file an article now comes from', () => {
    const pool = generated(330, 29, 8);
    const rand = random(3);
    let records = pool.slice(0, 300);
    const spare = pool.slice(300);
    const kept = new KeyMemo();
    /** Each article page's hash, and the digest of its parts keys.bin would keep, by URL. */
    const build = (memo: KeyMemo, keepsDigests: boolean): { hashes: Map<string, string>; digests: Map<string, string> } => {
      const archive = buildArchive(records).archive;
      const keys = new ArticleKeys(archive.articles, memo, null, keepsDigests);
      const hashes = new Map<string, string>();
      for (const p of new SiteBuilder(archive, site, keys).pages()) if (p.list === 'articles') hashes.set(p.url, p.hash ?? inputsHash(p.list, p.inputs!));
      return { hashes, digests: new Map(archive.articles.map((a, k) => [a.url, keys.pageDigest(k)])) };
    };
    build(kept, false);
    for (let round = 0; round < 6; round++) {
      // Seeds renamed (the same text under another file name) and swapped, and one added before the rest (every place moves).
      const next = [...records];
      const i = Math.floor(rand() * next.length);
      const j = Math.floor(rand() * next.length);
      next[i] = { ...next[i]!, file: `renamed-${round}-${next[i]!.file}` };
      [next[i], next[j]] = [{ ...next[j]!, file: next[i]!.file }, { ...next[i]!, file: next[j]!.file }];
      if (round % 2) next.push({ ...spare[round]!, date: '1990-01-01' });
      records = next;
      const memoed = build(kept, false);
      const fresh = build(new KeyMemo(false), true);
      expect(memoed.hashes).toEqual(fresh.hashes);
      expect(memoed.digests).toEqual(fresh.digests);
    }
  });

  it("give the API's year files the hashes of their inputs, known from the last build where every article's page is as it was at its place", () => {
    // Dated over many years, as the generator dates them.
    const pool: FreshRecord[] = [];
    for (const g of generateCorpus({ ...DEFAULT_CORPUS, count: 460, seed: 37 })) {
      const read = readSeed(g.file, new TextEncoder().encode(g.text));
      if (read.ok) pool.push(read.record);
    }
    const rand = random(11);
    let records = pool.slice(0, 400);
    const spare = pool.slice(400);
    const kept = new KeyMemo();
    /** Each API year file's hash, by URL, and how many were known without their inputs. */
    const years = (memo: KeyMemo): { hashes: Map<string, string>; known: number } => {
      const archive = buildArchive(records).archive;
      const builder = new SiteBuilder(archive, site, new ArticleKeys(archive.articles, memo));
      for (const _ of builder.pages()) continue;
      const hashes = new Map<string, string>();
      let known = 0;
      for (const f of builder.files([])) {
        if (!f.url.startsWith('/api/articles/')) continue;
        if (f.inputs === '') known++;
        hashes.set(f.url, f.hash ?? inputsHash('file', f.inputs!));
      }
      return { hashes, known };
    };
    const first = years(kept);
    expect(first.known).toBe(0);
    expect(first.hashes.size).toBeGreaterThan(5);
    let known = 0;
    for (let round = 0; round < 8; round++) {
      // An edit, an addition or a removal; now and then nothing.
      const next = [...records];
      const k = Math.floor(rand() * next.length);
      if (round % 4 === 0) next[k] = edited(next[k]!, ` date ${next[k]!.date} Another headline ${round}\n${next[k]!.lede}\n`);
      else if (round % 4 === 1) next.push(spare[round]!);
      else if (round % 4 === 2) next.splice(k, 1);
      records = next;
      const memoed = years(kept);
      expect(memoed.hashes).toEqual(years(new KeyMemo()).hashes);
      // An edit's year (and those of the articles related to it) is hashed again; most others are known.
      if (round % 4 === 0) expect(memoed.known).toBeLessThan(memoed.hashes.size);
      known += memoed.known;
    }
    expect(known).toBeGreaterThan(8 * 3);
  });

  it('are not kept by a memo that keeps no pages', () => {
    const records = generated(60, 3, 5);
    const memo = new KeyMemo(false);
    articleHashes(records, memo);
    expect(memo.pages.size).toBe(0);
    expect(articleHashes(records, memo).known).toBe(0);
  });
});
