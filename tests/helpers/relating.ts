// Archives to relate in tests: generated records, and what relating is given of them.
import { buildArchive } from '../../src/archive/build.ts';
import { DEFAULT_CORPUS, generateCorpus } from '../../src/corpus/generate.ts';
import { topicLists } from '../../src/enrich/related.ts';
import { readSeed } from '../../src/seeds/read.ts';
import type { FreshRecord } from '../../src/types.ts';

/** Generated records, dated within `days` days, so that stories form; the pool draws from the same corpus. */
export function generated(count: number, seed: number, days: number): FreshRecord[] {
  const out: FreshRecord[] = [];
  let i = 0;
  for (const g of generateCorpus({ ...DEFAULT_CORPUS, count, seed })) {
    const date = `2017-11-${String(1 + ((g.event ?? i++) % days)).padStart(2, '0')}`;
    const r = readSeed(g.file, new TextEncoder().encode(g.text.replace(/\d{4}-\d\d-\d\d/, date)));
    if (r.ok) out.push(r.record);
  }
  return out;
}

/** A deterministic random source (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An archive's records as relating is given them, with their topics, as a build decides them. */
export function archive(records: FreshRecord[]): { inputs: FreshRecord[]; topics: ReturnType<typeof topicLists> } {
  const byFile = new Map(records.map((r) => [r.file, r]));
  const articles = buildArchive(records).archive.articles;
  return { inputs: articles.map((a) => byFile.get(a.file)!), topics: topicLists(articles.map((a) => a.topics)) };
}
