// Rebuilds as `serve` makes them: one process, the record cache kept in memory, related articles
// on a thread kept from build to build; appends a
// sentence to one seed after another and rebuilds after each, printing the times of each phase
// and the memory of the process (its peak so far, and what it holds after each build), then
// keeps the articles' keys and the relation on disk, outside the build's time, as serve does once idle.
// `node --max-semi-space-size=64 --heap-growing-percent=25 --import tsx bench/serve-rebuild.ts SEEDS OUT [ROUNDS] [RESIDENT=1|0]`
// on a built site (it edits the seeds folder), with the heap flags bin/news-archive.js starts the
// tool with: without them, garbage collection differs from serve's (and, as it does, 2 x 32 MB of
// young generation for the threads it starts). RESIDENT=0 opens the cache from disk for each
// build and relates on the main thread, as `build` does.
import { appendFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { build, DEFAULT_TITLE } from '../src/build.ts';
import { Relater } from '../src/enrich/relating.ts';
import { SearchDriverPool } from '../src/site/search-index.ts';
import { KeyMemo } from '../src/site/keys.ts';
import { PlacementMemo } from '../src/archive/memo.ts';
import { cacheDirFor, ManifestMemo } from '../src/output/incremental.ts';
import { RecordCache } from '../src/seeds/cache.ts';
import { ListingMemo } from '../src/seeds/listing.ts';
const [seeds, out, rounds = '3', resident = '1'] = process.argv.slice(2);
if (!seeds || !out) {
  console.error('usage: node --max-semi-space-size=64 --heap-growing-percent=25 --import tsx bench/serve-rebuild.ts SEEDS OUT [ROUNDS] [RESIDENT=1|0]');
  process.exit(2);
}
setFlagsFromString('--max-semi-space-size=32');
const opts = { seeds, out, baseUrl: '/', title: DEFAULT_TITLE, lenient: true, keepDuplicates: false, full: false, quiet: true };
const dir = path.join(cacheDirFor(out), 'records');
let t = performance.now();
const cache = resident === '1' ? await RecordCache.open(dir, false, { resident: true }) : undefined;
// As serve relates: on a thread that keeps every article's terms from build to build.
const relater = resident === '1' ? new Relater() : undefined;
const searchDrivers = resident === '1' ? new SearchDriverPool() : undefined;
const placement = resident === '1' ? new PlacementMemo() : undefined;
const keys = resident === '1' ? new KeyMemo() : undefined;
const manifest = resident === '1' ? new ManifestMemo() : undefined;
// As serve lists the seeds folder: whole for the first build, then stamping again only the files its watcher names.
const listing = resident === '1' ? new ListingMemo() : undefined;
// As serve keeps what only the next process uses (the keys, the relation) once it is idle: here
// after each build, outside its time (see BuildOptions.keep).
const toKeep = new Map<string, () => Promise<void>>();
const keep = resident === '1' ? (kind: string, work: () => Promise<void>): void => void toKeep.set(kind, work) : undefined;
const keepNow = async (): Promise<string> => {
  const started = performance.now();
  for (const work of toKeep.values()) await work();
  toKeep.clear();
  return `kept in ${Math.round(performance.now() - started)} ms`;
};
console.log('open', Math.round(performance.now() - t));
t = performance.now();
const warm = await build({ ...opts, cache, relater, placement, keys, manifest, listing, searchDrivers, keep });
// This process's memory, threads included (the relating thread's heap too): now, and its peak so far.
const memory = (): string => `rss ${Math.round(process.memoryUsage().rss / 2 ** 20)} MB, peak ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`;
console.log('first build', Math.round(performance.now() - t), 'rendered', warm.rendered, 'read', warm.read, '|', memory(), '|', await keepNow());
const files = readdirSync(seeds).sort();
for (let r = 0; r < Number(rounds); r++) {
  // Seeds spread over the archive, the same ones in every run of the same size.
  const file = files[Math.floor(((r + 1) * files.length) / (Number(rounds) + 1))]!;
  appendFileSync(path.join(seeds, file), `Serve edit ${r}: a sentence more.\n`);
  listing?.touched(file);
  t = performance.now();
  const res = await build({ ...opts, cache, relater, placement, keys, manifest, listing, searchDrivers, keep });
  console.log(`rebuild ${r}`, Math.round(performance.now() - t), 'ms; rendered', res.rendered, 'read', res.read, '|', res.phases.map((p) => `${p.name.split(' ')[0]} ${Math.round(p.ms)}`).join(', '), '|', memory(), '|', await keepNow());
}
await relater?.close();
searchDrivers?.close();
