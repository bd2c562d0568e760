// How well relating finds stories in a generated corpus, whose seeds say which event they report
// (see generateCorpus): `node --import tsx bench/stories.ts [COUNT] [SEED]`. Prints the stories
// found that are one event's reports (and those that mix events or take in other articles), and
// the events told more than once that are one story (and those split or missed).
import { DEFAULT_CORPUS, generateCorpus } from '../src/corpus/generate.ts';
import { buildArchive } from '../src/archive/build.ts';
import { readSeed } from '../src/seeds/read.ts';
import type { SeedRecord } from '../src/types.ts';

const count = Number(process.argv[2] ?? 10_000);
const seed = Number(process.argv[3] ?? DEFAULT_CORPUS.seed);
const records: SeedRecord[] = [];
const eventOf = new Map<string, number | null>();
let started = performance.now();
for (const g of generateCorpus({ ...DEFAULT_CORPUS, count, seed })) {
  const r = readSeed(g.file, new TextEncoder().encode(g.text));
  eventOf.set(g.file, g.event);
  if (r.ok) records.push(r.record);
}
console.log(`read ${records.length} seeds in ${Math.round(performance.now() - started)} ms`);
started = performance.now();
const { articles, stories } = buildArchive(records).archive;
console.log(`built the archive in ${Math.round(performance.now() - started)} ms: ${stories.length} stories`);
const event = (k: number): number | null => eventOf.get(articles[k]!.file) ?? null;
let pure = 0;
const impure: string[] = [];
for (const s of stories) {
  const events = new Set(s.articles.map(event));
  if (events.size === 1 && !events.has(null)) pure++;
  else impure.push(`${s.articles.length} articles of events ${[...events].join(', ')}`);
}
const reports = new Map<number, number[]>();
articles.forEach((_, k) => {
  const e = event(k);
  if (e !== null) reports.set(e, [...(reports.get(e) ?? []), k]);
});
const told = [...reports.values()].filter((ks) => ks.length > 1);
const whole = told.filter((ks) => ks.every((k) => articles[k]!.story !== null && articles[k]!.story!.id === articles[ks[0]!]!.story?.id)).length;
console.log(`stories that are one event's reports: ${pure} of ${stories.length}`);
for (const line of impure.slice(0, 10)) console.log(`  not: ${line}`);
console.log(`events told more than once that are one story: ${whole} of ${told.length}`);
