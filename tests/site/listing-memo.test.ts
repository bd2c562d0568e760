// Day, month and topic pages' inputs hashes, and the topics' feeds', kept from build to build (KeyMemo.listings, for
// `serve`): while the archive's topics are the last build's (placed by a PlacementMemo that
// decided nothing anew), a listing page whose articles have the keys they had is known by the
// last build's hash, without its inputs. Checked here against the hashes made without the memos,
// over a run of archives: edits of one article's text (topics kept), and seeds added and removed.
import { describe, expect, it } from 'vitest';
import { indexArchive, placeArticles } from '../../src/archive/build.ts';
import { PlacementMemo } from '../../src/archive/memo.ts';
import { ArticleKeys, inputsHash, KEPT_ELSEWHERE, KEPT_IN_PLACE, KeyMemo } from '../../src/site/keys.ts';
import { sitemapInputs } from '../../src/site/sitemap.ts';
import { daysAsBefore, SiteBuilder } from '../../src/site/pages.ts';
import type { PageList } from '../../src/site/types.ts';
import type { Period } from '../../src/archive/types.ts';
import type { Article, SeedRecord } from '../../src/types.ts';
import { generated, random } from '../helpers/relating.ts';

const site = { base: { pathPrefix: '/', origin: null }, title: 'Test', lang: 'en' };
const LISTINGS: ReadonlySet<PageList> = new Set(['days', 'months', 'topics']);

/** Each day, month and topic page's hash, by URL, as a build with these memos finds it; and how many it knew without their inputs. */
function listingHashes(records: SeedRecord[], memo: KeyMemo, placement: PlacementMemo): { hashes: Map<string, string>; made: Map<string, string>; known: number; topics: unknown } {
  const placed = placeArticles(records, { keepDuplicates: false, placement });
  const archive = indexArchive(placed, undefined, placement);
  const builder = new SiteBuilder(archive, site, new ArticleKeys(archive.articles, memo));
  const hashes = new Map<string, string>();
  // The year pages, made whole, and the sitemap, by their bytes (and its hash, by the pages it lists).
  const made = new Map<string, string>();
  let known = 0;
  for (const p of builder.pages()) {
    if (!LISTINGS.has(p.list)) continue;
    if (p.inputs === '') known++;
    else expect(p.hash).toBe(inputsHash(p.list, p.inputs!));
    hashes.set(p.url, p.hash!);
  }
  // And the topics' feeds, known the same way by their entries' keys; and the sitemap, by the
  // pages it lists (here every listing page, dated by its hash, so that a page changed is dated anew).
  const listed = [...hashes].map(([url, hash]) => ({ url, lastmod: url.length % 3 ? null : `2017-11-${10 + (hash.charCodeAt(8) % 9)}` }));
  for (const f of builder.files(listed)) {
    if (f.url === '/sitemap.xml') {
      expect(f.hash).toBe(inputsHash('sitemap', sitemapInputs(listed)));
      made.set(f.url, f.make().body);
      hashes.set(f.url, f.hash!);
      continue;
    }
    if (!f.url.startsWith('/topics/') && !/^\/(people|places|organizations|subjects)\//.test(f.url)) continue;
    if (f.inputs === '') known++;
    else expect(f.hash).toBe(inputsHash('file', f.inputs!));
    hashes.set(f.url, f.hash!);
  }
  // And the year pages, made whole: their most covered topics are kept while the topics are.
  for (const p of builder.pages(new Set(['years']))) made.set(p.url, JSON.stringify(p.make()));
  return { hashes, made, known, topics: archive.topics };
}

describe('day, month and topic pages, and topic feeds, known by the keys of their articles', () => {
  it('have the hashes of their inputs, build after build, whether the topics were kept or decided anew', () => {
    const pool = generated(460, 13, 8);
    const rand = random(9);
    let records = pool.slice(0, 400);
    const spare = pool.slice(400);
    const kept = new KeyMemo();
    const placement = new PlacementMemo();
    let last = listingHashes(records, kept, placement);
    expect([...last.hashes.keys()].filter((url) => url.endsWith('/feed.xml')).length).toBeGreaterThan(50);
    let knownPages = 0;
    let changedPages = 0;
    for (let round = 0; round < 10; round++) {
      const next = [...records];
      if (round % 3 === 2) {
        // Seeds added and removed: topics decided anew, nothing known.
        next.push(...spare.splice(0, 4));
        next.splice(Math.floor(rand() * next.length), 2);
      } else {
        // One article's text edited, naming nobody new: its key changes, its topics stay.
        const k = Math.floor(rand() * next.length);
        next[k] = { ...next[k]!, digest: `${next[k]!.digest}-${round}`, summary: `${next[k]!.summary} (${round})` };
      }
      records = next;
      const memoed = listingHashes(records, kept, placement);
      const fresh = listingHashes(records, new KeyMemo(), new PlacementMemo());
      expect(fresh.known).toBe(0);
      expect(memoed.hashes).toEqual(fresh.hashes);
      expect(memoed.made).toEqual(fresh.made);
      const changed = [...memoed.hashes].filter(([url, h]) => last.hashes.get(url) !== h).length;
      if (round % 3 === 2) expect(memoed.topics).not.toBe(last.topics);
      else {
        // The edited article's day, month and topic pages changed; the rest were known.
        expect(memoed.topics).toBe(last.topics);
        expect(changed).toBeGreaterThanOrEqual(2);
        expect(memoed.known).toBe(memoed.hashes.size - changed);
      }
      knownPages += memoed.known;
      changedPages += changed;
      last = memoed;
    }
    expect(knownPages).toBeGreaterThan(6 * 100);
    expect(changedPages).toBeGreaterThan(10);
  });

  it("are known from the last build's manifest by a one-off rebuild (LastBuild): by place while the topics are that build's, by topic where the index carried it over", () => {
    const pool = generated(460, 17, 8);
    const rand = random(4);
    let records = pool.slice(0, 400);
    const spare = pool.slice(400);
    // The last build, as a one-off rebuild takes it up: its placement (here kept in memory), its
    // articles' keys and topics by file, and the hashes its manifest holds.
    const placement = new PlacementMemo();
    const placed = (list: SeedRecord[]): ReturnType<typeof indexArchive> => indexArchive(placeArticles(list, { keepDuplicates: false, placement }), undefined, placement);
    let knownDays = 0;
    const hashesOf = (builder: SiteBuilder): Map<string, string> => {
      const hashes = new Map<string, string>();
      for (const p of builder.pages(LISTINGS)) {
        hashes.set(p.url, p.hash ?? inputsHash(p.list, p.inputs!));
        if (p.list === 'days' && p.inputs === '') knownDays++;
      }
      for (const f of builder.files([])) if (f.url.startsWith('/topics/')) hashes.set(f.url, f.hash ?? inputsHash('file', f.inputs!));
      return hashes;
    };
    const keyOf = (a: Article): string => `${a.url} ${a.digest} ${JSON.stringify(a.topics.map((t) => [t.slug, t.name, t.kind]))} ${a.sourceTopic?.slug}`;
    let archive = placed(records);
    const lastOf = (hashes: Map<string, string>) => ({ topics: archive.topics, dates: archive.articles.map((a) => a.date), byFile: new Map(archive.articles.map((a, k) => [a.file, { k, key: keyOf(a) }])), hashes });
    let last = lastOf(hashesOf(new SiteBuilder(archive, site)));
    let byPlace = 0;
    let byTopic = 0;
    let byDay = 0;
    for (let round = 0; round < 12; round++) {
      const next = [...records];
      const change = round % 4;
      if (change === 1) next.push(...spare.splice(0, 1 + Math.floor(rand() * 3)));
      else if (change === 2) next.splice(Math.floor(rand() * next.length), 1);
      else if (change === 3) {
        // An article added while another's text is edited: the index is updated, and the edited one's topics carried over.
        next.push(...spare.splice(0, 1));
        const k = Math.floor(rand() * next.length);
        next[k] = { ...next[k]!, digest: `${next[k]!.digest}-${round}`, summary: `${next[k]!.summary} (${round})` };
      } else {
        const k = Math.floor(rand() * next.length);
        next[k] = { ...next[k]!, digest: `${next[k]!.digest}-${round}`, summary: `${next[k]!.summary} (${round})` };
      }
      records = next;
      archive = placed(records);
      const same = Uint8Array.from(archive.articles, (a, k) => {
        const was = last.byFile.get(a.file);
        return was?.key !== keyOf(a) ? 0 : was.k === k ? KEPT_IN_PLACE : KEPT_ELSEWHERE;
      });
      const lastBuild = { topics: last.topics, same, carried: () => placement.carriedTopics, dates: last.dates, hash: (url: string) => last.hashes.get(url) ?? null, pages: [] };
      const keys = new ArticleKeys(archive.articles, new KeyMemo(false), lastBuild);
      knownDays = 0;
      const known = hashesOf(new SiteBuilder(archive, site, keys));
      if (archive.topics !== last.topics) byDay += knownDays;
      const fresh = hashesOf(new SiteBuilder(archive, site));
      expect(known).toEqual(fresh);
      if (archive.topics === last.topics) byPlace += keys.knownFromLastBuild;
      else {
        expect(placement.carriedTopics).not.toBeNull();
        byTopic += keys.knownFromLastBuild;
      }
      last = lastOf(fresh);
    }
    // Both ways were taken, often.
    expect(byPlace).toBeGreaterThan(300);
    expect(byTopic).toBeGreaterThan(300);
    expect(byDay).toBeGreaterThan(0);
  });

  it('days whose pages are as they were: as many articles, the same days around, the same days of their date in other years', () => {
    const period = (key: string, n: number): Period => ({ kind: 'day', key, url: `/${key.replaceAll('-', '/')}/`, articles: Array.from({ length: n }, (_, i) => i) });
    const dates = (counts: Record<string, number>): string[] => Object.entries(counts).flatMap(([day, n]) => Array<string>(n).fill(day));
    const last = dates({ '2016-03-01': 2, '2016-03-02': 1, '2016-03-05': 3, '2016-03-09': 1, '2017-03-05': 1, '2017-04-01': 2 });
    // One more article on 03-02; a new day, 03-07, between 03-05 and 03-09; a new 03-05 (2018), after 2017-04-01, and another year for 2016-03-05 and 2017-03-05.
    const now = [period('2016-03-01', 2), period('2016-03-02', 2), period('2016-03-05', 3), period('2016-03-07', 1), period('2016-03-09', 1), period('2017-03-05', 1), period('2017-04-01', 2), period('2018-03-05', 1)];
    expect([...daysAsBefore(last, now)].sort()).toEqual(['2016-03-01']);
    // Nothing changed: every day.
    const again = [period('2016-03-01', 2), period('2016-03-02', 1), period('2016-03-05', 3), period('2016-03-09', 1), period('2017-03-05', 1), period('2017-04-01', 2)];
    expect(daysAsBefore(last, again).size).toBe(6);
    // A day gone: its neighbours are not as before.
    expect([...daysAsBefore(last, again.filter((d) => d.key !== '2016-03-05'))].sort()).toEqual(['2016-03-01', '2017-04-01']);
  });

  it('are not kept by a memo that keeps no pages', () => {
    const records = generated(60, 3, 5);
    const memo = new KeyMemo(false);
    const placement = new PlacementMemo();
    listingHashes(records, memo, placement);
    expect(memo.listings.size).toBe(0);
    expect(listingHashes(records, memo, placement).known).toBe(0);
  });
});
