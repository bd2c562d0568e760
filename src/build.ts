// The pipeline, end to end: files -> records -> indexes -> pages -> output folder.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chooseArticles, indexArchive, indexPlaced, type PlacedArticles, placeChosen, relateArchive } from './archive/build.ts';
import type { Duplicate } from './archive/duplicates.ts';
import { futureWarnings, latestDate } from './archive/future.ts';
import type { Archive } from './archive/types.ts';
import { applyChanges, type Commit, isBuildOutput, swapWhole, writeAtomically } from './output/atomic.ts';
import { lockOutput } from './output/lock.ts';
import { cacheDirFor, diffPlans, filesUnder, type Manifest, type ManifestMemo, manifestPath, readManifest, rendererVersion, sourcesHash, writeManifest } from './output/incremental.ts';
import { BucketReads, RecordCache } from './seeds/cache.ts';
import { copyMedia, type MediaCopy, mediaFiles, mediaNoun, missingMedia, planMedia, withoutMissingMedia } from './output/media.ts';
import { type BuildPlan, type ChunkLimits, ChunkQueue, outputPath, pageHash, pageSize, searchHash, settingsHash, Units } from './output/plan.ts';
import { parseBaseUrl } from './site/base-url.ts';
import { DEFAULT_LANGUAGE } from './language.ts';
import { adoptKeys, KEY_FILE, loadKeys, saveKeys } from './site/key-file.ts';
import { type AdoptedKeys, ArticleKeys, fileHash, inputsHash, KeyMemo, type LastBuild } from './site/keys.ts';
import { inSitemap, type PendingFile, type PendingShard, RELATED_LISTS, searchShards, SiteBuilder, siteMeta, UNRELATED_LISTS } from './site/pages.ts';
import { PAGE_LISTS, type PageList } from './site/types.ts';
import { SiteRenderer } from './site/renderer.ts';
import { assertSafeUrl } from './site/security.ts';
import { siteLinkWarnings } from './site/site-links.ts';
import { MOST_DRIVERS, SearchDriverPool, SearchIndexWriter, shardFolder } from './site/search-index.ts';
import type { SitemapEntry } from './site/sitemap.ts';
import { loadSeeds, type SeedListing, SeedsFolderError, stampSeedFiles } from './seeds/load.ts';
import type { ListingMemo } from './seeds/listing.ts';
import type { SeedProblem } from './types.ts';
import { EMPTY_VOCABULARY, parseVocabulary, type Vocabulary, VocabularyError } from './enrich/vocabulary.ts';
import { Relater, type Relating, relateHere } from './enrich/relating.ts';
import { RELATION_FILE, type RelationFile, relationVersion } from './enrich/relation-file.ts';
import { PlacementMemo, type PlacementState } from './archive/memo.ts';
import { loadPlacement, PLACEMENT_FILE, restampPlacement, savePlacement } from './archive/placement-file.ts';

export const DEFAULT_TITLE = 'News Archive';
/** Written into the output folder by every build. */
export const REPORT_FILE = 'build-report.json';
/**
 * What one run of Eleventy renders at most: pages and files, and bytes of their data. Eleventy
 * holds everything of a run in memory, several times over; chunks keep a build of any size
 * within a fixed amount of memory, at the cost of starting Eleventy again for each (20-80 ms).
 * Not more: what a run holds lives through the young generation's collections, which copy it
 * and promote it. At 10,000 articles (14 runs instead of 6) the main thread's scavenges took
 * 2.9-3.4 s against 3.6-4.5 s with runs of 4,000, and the build was 1.0 s faster on average
 * (10 alternating pairs; 9 faster). At 100,000, where Pagefind is the longer job, the same
 * within the noise (one build each: 145 s against 141 s, Eleventy's own 88 s against 81 s,
 * peak 1.35 GB against 1.38 GB).
 */
export const CHUNK_LIMITS: ChunkLimits = { items: 1500, bytes: 24 * 2 ** 20 };
/**
 * A site of at most this many pages renders in one run (within CHUNK_LIMITS' bytes): there the
 * runs' own cost outweighs the collections' (1,000 articles: Eleventy 2.06-2.33 s in three
 * runs of 1,500 against 1.90-2.06 s in one).
 */
export const ONE_RUN_PAGES = 4000;

/** How much each run of Eleventy renders, for a site of `pages` pages (see SiteBuilder.pageCount). */
export function chunkLimitsFor(pages: number): ChunkLimits {
  return pages <= ONE_RUN_PAGES ? { ...CHUNK_LIMITS, items: ONE_RUN_PAGES } : CHUNK_LIMITS;
}
/**
 * A one-off rebuild of an archive of this many articles or more relates on a thread of its own
 * (see buildLocked). At 100,000 it waited 12.4-18.2 s for relating and the other indexes instead
 * of 14.2-28.1 s; at 10,000 the rebuild took 4.5-5.2 s instead of 3.6-4.2 s (four each,
 * alternating, from the sources): starting the threads and sending them every article's terms
 * cost more there than they saved.
 */
export const RELATE_THREAD_AT = 50_000;
/**
 * An archive of this many articles or more keeps its relation for the next build (see
 * relation-file.ts), which relates from it on its thread or on this one. One-off rebuilds after
 * an edit took 4.38-4.86 s instead of 4.72-5.60 s at 10,000 articles (waiting 0.57-0.70 s for
 * relating instead of 1.20-1.53 s), 3.26-3.86 s instead of 3.45-4.09 s at 5,000; at 2,000,
 * writing the file took what relating from it saved (2.41-3.10 s against 2.50-3.03 s).
 * It keeps its articles' keys and its placement's decisions too (key-file.ts, placement-file.ts):
 * at 10,000 articles, edits then rebuilt in 3.76-4.27 s instead of 4.36-5.53 s, placing the
 * articles in 0.03-0.04 s instead of 0.82-1.23 s (six each, in blocks, 2026-12-07).
 */
export const KEEP_FILES_AT = 5_000;
/**
 * A rebuild indexes for search in the background (see SearchIndexWriter) when it re-indexes
 * less than this share of the archive: with more, Pagefind is the longer job, as in a full build.
 */
const BACKGROUND_SEARCH_SHARE = 0.25;

/** Told where a build is, for a progress display. */
export interface BuildObserver {
  begin(phase: string): void;
  advance(done: number, total: number): void;
  end(): void;
}

export interface CheckOptions {
  seeds: string;
  /** The topics vocabulary; by default `topics.yml` beside the seeds folder, if there is one. */
  topics?: string;
  /** Publish seeds whose text duplicates another's. */
  keepDuplicates: boolean;
  /**
   * Reuse what was read of unchanged seeds. `build` opens the cache beside the output itself,
   * unless given one: `serve` keeps one open from build to build (see RecordCache.open).
   */
  cache?: RecordCache;
  observer?: BuildObserver;
  /** Told when reading ends and when the indexes are built, for `--verbose`. */
  phases?: Phases;
  /** Relates the articles on a worker thread that knows them from earlier builds (`serve` keeps one); by default, on this thread. */
  relater?: Relater;
  /** The last build's choice of articles and their topics, and its records' mentions parsed, reused where nothing they come from changed (`serve` keeps it); by default, made anew. */
  placement?: PlacementMemo;
  /** Where to keep the articles' relation for the next build's relating (see relation-file.ts); by default, nowhere. */
  relation?: RelationFile;
  /** Where a relation is kept to relate from on this thread, without `relater` (see relateHere); by default, none. */
  relateFrom?: RelationFile;
}

/** What a build keeps on disk for the next process (see BuildOptions.keep). */
export type KeptKind = 'keys' | 'placement' | 'relation';

export interface BuildOptions extends CheckOptions {
  out: string;
  baseUrl: string;
  title: string;
  /** The language of the articles (see language.ts); by default English. */
  lang?: string;
  /** Publish the valid seeds and skip invalid ones instead of failing. */
  lenient: boolean;
  /** Render everything, ignoring the cache of the previous build. */
  full: boolean;
  quiet: boolean;
  /** How much one run of Eleventy renders (default: chunkLimitsFor the site's pages); for tests and tuning. */
  chunkLimits?: ChunkLimits;
  /** The manifest the last build of this process wrote (`serve` keeps it); by default, read from the cache folder. */
  manifest?: ManifestMemo;
  /** The seeds folder as the last build listed it, and the files changed since (`serve` keeps it, told by its watcher); by default, listed anew. */
  listing?: ListingMemo;
  /** The last build's articles' keys, reused where their URL, digest and topics are the same (`serve` keeps them); by default, made anew. */
  keys?: KeyMemo;
  /** Pagefind drivers kept for rebuilds that index in the background (`serve` keeps them); by default, started for each build. */
  searchDrivers?: SearchDriverPool;
  /** The least archive a rebuild without `relater` relates on a thread of its own (default RELATE_THREAD_AT); for tests. */
  relateThreadAt?: number;
  /** The least archive that keeps its relation, keys and placement for the next build (default KEEP_FILES_AT, or relateThreadAt if less); for tests. */
  keepFilesAt?: number;
  /**
   * Takes what a build keeps on disk for the next process's builds alone (the articles' keys, the
   * placement's decisions and the relation `relater` holds: see key-file.ts, placement-file.ts,
   * relation-file.ts), to do when the caller has
   * time, by kind: a later build's work of a kind replaces an earlier one's, and any may be left
   * undone (the next process's build is then slower, never different). `serve` gives it, and
   * does the work once it is idle; by default the build does it, while it waits for Pagefind.
   */
  keep?: (kind: KeptKind, work: () => Promise<void>) => void;
}

/** What a build did with every seed: `build-report.json`. Paths are relative to the seeds folder. */
export interface BuildReport {
  seeds: number;
  published: number;
  skipped: SeedProblem[];
  duplicates: Duplicate[];
  drafts: string[];
  /** Files published articles show or link to that the site cannot have (see planMedia and copyMedia): the articles are published without them. */
  warnings: SeedProblem[];
}

export interface CheckResult {
  archive: Archive;
  report: BuildReport;
  /** The report's problems, with file paths as the user gave the seeds folder, for messages. */
  problems: SeedProblem[];
}

/** Where the topics vocabulary is looked for when no file is named: `topics.yml` beside the seeds folder. */
export function defaultTopicsFile(seeds: string): string {
  return path.join(path.dirname(path.resolve(seeds)), 'topics.yml');
}

/** The vocabulary's file and text: a named file must exist; the default one may not (null). Throws VocabularyError. */
async function readVocabularyText(options: Pick<CheckOptions, 'seeds' | 'topics'>): Promise<{ file: string; text: string } | null> {
  const file = options.topics ?? defaultTopicsFile(options.seeds);
  try {
    return { file, text: await readFile(file, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && options.topics === undefined) return null;
    throw new VocabularyError(file, 1, code === 'ENOENT' ? 'the topics file does not exist' : `cannot read the topics file: ${code ?? String(error)}`);
  }
}

/** Reads the vocabulary: a named file must exist; the default one may not. Throws VocabularyError. */
export async function readVocabulary(options: Pick<CheckOptions, 'seeds' | 'topics'>): Promise<Vocabulary> {
  const read = await readVocabularyText(options);
  return read ? parseVocabulary(read.text, read.file) : EMPTY_VOCABULARY;
}

interface ReadAndPlaced {
  placed: PlacedArticles;
  /** Relating the articles, begun when they were chosen (see relating.ts): the caller takes its result. */
  relating: Relating;
  report: BuildReport;
  problems: SeedProblem[];
  /** Seeds read and analysed anew: the others' records came from the cache. */
  read: number;
  /** The files the published articles show or link to, to copy into the site. */
  media: MediaCopy[];
}

/** Problems in the order of their files and lines. */
const byPlace = (a: SeedProblem, b: SeedProblem): number => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);

/** Reads and validates every seed, and places the valid ones (see placeArticles). */
async function readAndPlace(options: CheckOptions, listed?: { listing: SeedListing; vocabulary: Vocabulary }): Promise<ReadAndPlaced> {
  const vocabulary = listed?.vocabulary ?? (await readVocabulary(options));
  options.observer?.begin('Reading seeds');
  const loaded = await loadSeeds(options.seeds, { cache: options.cache, listing: listed?.listing, onProgress: (done, total) => options.observer?.advance(done, total) });
  options.phases?.done('read seeds (and extract their topics)');
  const chosen = options.placement ? options.placement.choose(loaded.records, options.keepDuplicates) : chooseArticles(loaded.records, { keepDuplicates: options.keepDuplicates });
  // Under `serve`, the relating thread builds the term vectors while the topics are decided.
  const relating = options.relater?.start(chosen.records, options.relation, (r) => !loaded.fresh.has(r)) ?? relateHere(chosen.records, options.relation, options.relateFrom);
  const placed = placeChosen(chosen, { vocabulary, placement: options.placement });
  const reused = [options.placement?.reused.choice && 'choice', options.placement?.reused.topics && 'topics'].filter(Boolean);
  const updated = options.placement?.updated.choice ? ', updated where seeds came, went or moved' : '';
  options.phases?.done(`place articles (topics, URLs)${reused.length ? `: the last build's ${reused.join(' and ')} reused${updated}` : ''}`);
  const skipped = [...loaded.problems, ...placed.problems].sort(byPlace);
  const aliasFiles = new Set(placed.articles.flatMap((a) => a.aliases.map(outputPath)));
  const media = planMedia(placed.articles, mediaFiles(loaded.listing.media, loaded.listing.mediaStamps), aliasFiles);
  // Pages show what the site has: a missing picture is its description, a link to a missing file its text.
  const missing = missingMedia(placed.articles, media);
  if (missing.size) placed.articles = placed.articles.map((a) => withoutMissingMedia(a, missing));
  return {
    placed,
    relating,
    report: { seeds: loaded.files, published: placed.articles.length, skipped, duplicates: placed.duplicates, drafts: placed.drafts, warnings: [...placed.warnings, ...siteLinkWarnings(placed.records, placed.articles), ...media.warnings, ...futureWarnings(placed.articles, latestDate(new Date()))].sort(byPlace) },
    problems: skipped.map((p) => ({ ...p, file: path.join(options.seeds, p.file) })),
    read: loaded.files - loaded.cached,
    media: media.copies,
  };
}

/** The report of the build that wrote `out`, if it is there and whole. */
async function readReport(out: string): Promise<BuildReport | null> {
  try {
    const r = JSON.parse(await readFile(path.join(out, REPORT_FILE), 'utf8')) as BuildReport;
    const valid =
      Number.isInteger(r.seeds) && Number.isInteger(r.published) && Array.isArray(r.skipped) && Array.isArray(r.duplicates) && Array.isArray(r.drafts) && Array.isArray(r.warnings) &&
      [...r.skipped, ...r.warnings].every((p) => typeof p.file === 'string' && Number.isInteger(p.line) && typeof p.message === 'string');
    return valid ? r : null;
  } catch {
    return null;
  }
}

const INDEXES_PHASE = 'build indexes (related articles, stories, periods, topics)';

/** Reads and validates every seed and builds the archive of the valid ones; nothing is written. */
export async function check(options: CheckOptions): Promise<CheckResult> {
  const { placed, relating, report, problems } = await readAndPlace(options);
  relating.topics(placed.articles.map((a) => a.topics));
  const archive = indexArchive(placed, await relating.result());
  options.phases?.done(INDEXES_PHASE);
  return { archive, report, problems };
}

export interface BuildResult extends Omit<CheckResult, 'archive'> {
  /** False when invalid seeds stopped the build (without `lenient`). */
  written: boolean;
  ms: number;
  /** Files rendered by this build, and files left as the previous build wrote them. */
  rendered: number;
  linked: number;
  /** Seeds read and analysed by this build: the others' records came from the cache. */
  read: number;
  /** Time spent in each phase, in order, and the heap in use after it, for `--verbose`. */
  phases: { name: string; ms: number; heapMB: number }[];
}

/** Records how long each phase of a build takes, and the heap in use at its end. */
export class Phases {
  readonly list: { name: string; ms: number; heapMB: number }[] = [];
  private last = performance.now();
  done(name: string): void {
    const now = performance.now();
    this.add(name, now - this.last);
    this.last = now;
  }
  /** Records a part of a phase measured by someone else. */
  add(name: string, ms: number): void {
    this.list.push({ name, ms, heapMB: Math.round(process.memoryUsage().heapUsed / 2 ** 20) });
  }
}

/**
 * Builds the site into `out`, atomically; with invalid seeds and without `lenient`, writes
 * nothing. Unless `full`, a build into the folder of a previous build renders only the files
 * whose content changed, and deletes the pages that no longer exist.
 */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const unlock = await lockOutput(options.out);
  // Without `serve`'s relating thread, a rebuild of a large archive uses one of its own (see
  // buildLocked), started only if it does.
  const own = options.relater ? null : new Relater();
  // Without `serve`'s Pagefind drivers, a build starts its own, early (see buildLocked), and ends them.
  const drivers = options.searchDrivers ? null : new SearchDriverPool();
  try {
    return await buildLocked(options, own, drivers);
  } finally {
    drivers?.close();
    await own?.close();
    await unlock();
  }
}

async function buildLocked(options: BuildOptions, own: Relater | null, drivers: SearchDriverPool | null): Promise<BuildResult> {
  const started = performance.now();
  const phases = new Phases();
  const base = parseBaseUrl(options.baseUrl);
  const site = { base, title: options.title, lang: options.lang ?? DEFAULT_LANGUAGE };
  const meta = siteMeta(site);
  const settings = settingsHash(meta);
  const manifest = options.full || !(await isBuildOutput(options.out)) ? null : await readManifest(options.out, settings, options.manifest);
  const cacheDir = path.join(cacheDirFor(options.out), 'records');

  // Everything the build reads, by stamp and hash: when none of it changed since the last
  // build, that build's output is this one's, and nothing is read, made or written.
  const vocabularyText = await readVocabularyText(options);
  const vocabulary = vocabularyText ? parseVocabulary(vocabularyText.text, vocabularyText.file) : EMPTY_VOCABULARY;
  // A rebuild reads the record cache's files while it stamps the seeds (see BucketReads).
  const reads = manifest && !options.cache ? new BucketReads(cacheDir) : undefined;
  let listing: SeedListing;
  let last: BuildReport | null;
  let sources: string;
  try {
    listing = await (options.listing ? options.listing.stamp(options.seeds) : stampSeedFiles(options.seeds));
    // A folder with no seeds at all is a wrong or unmounted folder far more often than an archive
    // emptied on purpose: it would replace the site with an empty one.
    if (listing.files.length === 0 && listing.refused.length === 0) {
      throw new SeedsFolderError(`the seeds folder "${options.seeds}" holds no seeds (.txt, .md or .markdown files): nothing was built${existsSync(options.out) ? `, and "${options.out}" is left as it was` : ''}`);
    }
    sources = await sourcesHash({
      listing,
      topics: vocabularyText?.text ?? null,
      options: JSON.stringify([settings, options.lenient, options.keepDuplicates]),
    });
    last = manifest?.header.sources === sources ? await readReport(options.out) : null;
  } catch (error) {
    reads?.cancel();
    throw error;
  }
  if (manifest && last) {
    reads?.cancel();
    phases.done('nothing changed since the last build (seeds, topics, settings, tool)');
    options.observer?.end();
    const problems = last.skipped.map((p) => ({ ...p, file: path.join(options.seeds, p.file) }));
    return { report: last, problems, written: true, ms: performance.now() - started, rendered: 0, linked: manifest.header.files, read: 0, phases: phases.list };
  }
  const previous = manifest?.whole() ?? null;
  // Started while this process is small (see SearchDriverPool.prestart), as soon as the build
  // is known to do something.
  drivers?.prestart(MOST_DRIVERS);
  // A large archive relates on a thread of its own. One not too small keeps for the next build
  // what took it long to work out (below): its placement's decisions among them (see
  // placement-file.ts), read while the cache is, if this process holds none.
  const large = listing.files.length >= (options.relateThreadAt ?? RELATE_THREAD_AT);
  const keeps = large || listing.files.length >= (options.keepFilesAt ?? KEEP_FILES_AT);
  const placementFile = keeps ? path.join(cacheDirFor(options.out), PLACEMENT_FILE) : undefined;
  let keptPlacement = placementFile && !options.full && (options.placement?.empty ?? true) ? rendererVersion().then((version) => loadPlacement(placementFile, version)).catch(() => null) : null;
  const plan: BuildPlan = { units: new Units(previous), search: new Map(), settings, build: randomUUID() };

  const cache = options.cache ?? (await RecordCache.open(cacheDir, options.full, { reads }));
  cache.begin();
  // A build with no previous one to compare with relates on this thread even under `serve`: the
  // relating thread's copy of every article's terms (about 75 MB at 100,000 articles) and its
  // heap would add to a full build's peak; the first rebuild sends them instead.
  // A rebuild without `serve`'s thread (a one-off `build`) relates a large archive on a thread of
  // its own all the same: it builds the term vectors while this thread places the articles, and
  // relates them, on two threads (see SPLIT_AT), while this one makes the search records, with
  // a core to spare beside a Pagefind that indexes a shard or two. A small archive relates here
  // sooner than the threads start (see RELATE_THREAD_AT); a full build's Pagefind keeps both cores busy.
  const relater = previous ? (options.relater ?? (large ? (own ?? undefined) : undefined)) : undefined;
  // The relation of an archive not too small is kept, so that a rebuild relates from it (see
  // related-update.ts): a large archive's on its thread, which reads it while this one reads the
  // seeds; a smaller one's here, as a build that renders every page again without `--full` (a
  // new version of the tool, other settings) does, if it is of the same relating.
  const relation: RelationFile | undefined = keeps ? { file: path.join(cacheDirFor(options.out), RELATION_FILE), version: await relationVersion() } : undefined;
  if (relater && relation) relater.prepare(relation);
  const relateFrom = relater || options.full ? undefined : relation;
  // Its keys are kept too (see key-file.ts): a rebuild that holds none of them in memory (any but
  // `serve`'s second and later) reads them while it reads the seeds.
  const keyFile = keeps ? path.join(cacheDirFor(options.out), KEY_FILE) : undefined;
  // A build's own memo keeps no pages: nothing builds after it with the same memo.
  const keyMemo = options.keys ?? new KeyMemo(false);
  let keptKeys = keyFile && previous && keyMemo.byFile.size === 0 ? rendererVersion().then((version) => loadKeys(keyFile, version)).catch(() => null) : null;
  // And its placement's decisions, which a rebuild that holds none in memory takes up if they
  // are of the records the cache holds.
  const placement = options.placement ?? (placementFile ? new PlacementMemo() : undefined);
  // Settings apart (placing reads none of them), under another title, say, as well.
  // The topics of the placement restored, if it was kept by the build whose output this one
  // updates: while they are this build's too, its listings are known from that build's manifest (see LastBuild).
  let lastTopics: readonly object[] | null = null;
  // And its articles' dates, in order (see LastBuild.dates).
  let lastDates: readonly string[] = [];
  // The name of the placement's body taken up from the file, if it was (see restampPlacement).
  let restoredBody: string | null = null;
  if (placementFile && !options.full && placement!.empty) {
    const kept = await keptPlacement;
    if (kept && kept.generation === cache.generation() && placement!.restore(kept.state, cache.lastRecords())) {
      restoredBody = kept.body;
      if (kept.build === previous?.build) {
        lastTopics = placement!.indexedTopics;
        lastDates = placement!.indexedDates ?? [];
      }
    }
  }
  keptPlacement = null;
  // Whether this build relates on the thread `serve` keeps, whose relation is kept when serve is idle (see BuildOptions.keep).
  const servesRelater = relater !== undefined && relater === options.relater;
  const keptLater = servesRelater && options.keep && relation ? relation : undefined;
  if (keptLater) options.keep!('relation', () => relater!.keep(keptLater));
  const { placed, relating, report, problems, read, media } = await readAndPlace(
    { ...options, cache, phases, relater, relation: keptLater ? undefined : relation, relateFrom, placement },
    { listing, vocabulary },
  );
  if (problems.length > 0 && !options.lenient) {
    options.observer?.end();
    return { report, problems, written: false, ms: performance.now() - started, rendered: 0, linked: 0, read, phases: phases.list };
  }
  // Under `serve`, related articles are worked out while the search records are made and the cache saved.
  relating.topics(placed.articles.map((a) => a.topics));
  options.observer?.begin('Preparing pages');
  let lastBuild: LastBuild | null = null;
  let adopted: AdoptedKeys | null = null;
  if (keptKeys) {
    const kept = await keptKeys;
    // Not held past here (about 40 MB at 100,000 articles): the memo keeps what it takes of it.
    keptKeys = null;
    const taken = kept && adoptKeys(keyMemo, kept, placed.articles);
    adopted = taken;
    // Its article pages are known by their parts' digests whatever became of the placement; its
    // listings only if the placement taken up was that build's too (see LastBuild).
    if (taken && kept.build === previous?.build) {
      const carried = (): ReadonlySet<string> | null => (lastTopics ? placement!.carriedTopics : null);
      lastBuild = { same: taken.same, pages: taken.pages, topics: lastTopics ?? [], carried, dates: lastDates, hash: (url) => plan.units.previousHash(outputPath(url)) };
    }
  }
  const keys = new ArticleKeys(placed.articles, keyMemo, lastBuild, keyFile !== undefined, adopted);

  let rendered = 0;
  let timings: [string, number][] = [];
  const write = async (dir: string): Promise<void> => {
    // Pages are made, hashed and rendered a chunk at a time, while Pagefind indexes the search records.
    const renderer = new SiteRenderer(dir, meta, { quiet: options.quiet, observer: options.observer });
    try {
      // Search first: its records need only the placed articles, and Pagefind indexes them, in
      // processes of its own, while this thread builds the indexes and the pages. A shard is
      // indexed only if its inputs changed; Pagefind starts on the first shard while the
      // records of the others are made.
      const changed: PendingShard[] = [];
      for (const shard of searchShards(placed.articles, keys, base, site.lang)) {
        const hash = searchHash(shard.inputs);
        plan.search.set(shard.shard, hash);
        if (previous?.search[shard.shard] !== hash) changed.push(shard);
      }
      // A rebuild that re-indexes a shard or two waits for its own work (relating, the pages)
      // rather than for Pagefind, which then indexes at a lower priority: at 100,000 articles,
      // edits rebuilt in 11.3-12.6 s against 12.6-13.5 s (four of each, alternating).
      const toIndex = changed.reduce((sum, s) => sum + s.count, 0);
      const background = previous !== null && toIndex < BACKGROUND_SEARCH_SHARE * placed.articles.length;
      // The build's own drivers; or `serve`'s, kept for rebuilds, for its background runs alone: a driver keeps the priority of its first job.
      const pool = drivers ?? (background ? options.searchDrivers : undefined);
      const search = new SearchIndexWriter(dir, { background, pool, language: site.lang });
      for (const { shard, count, records } of changed) search.add(shard, count, records);
      renderer.index(search);
      search.writeRecords();
      phases.done('search records');
      // Saved once Pagefind has its records, not before: in a large build Pagefind finishes
      // last, so that what delays its start delays the build (3 s for 100,000 records). Saved
      // before rendering, so that the records are kept whatever happens to the rendering.
      await cache.save();
      phases.done('write record cache');
      const archive = indexPlaced(placed, placement);
      const builder = new SiteBuilder(archive, site, keys);
      const updatedIndex = placement?.updated.index ? ', updated where articles came, went or changed topics' : '';
      phases.done(`build indexes (periods, topics)${placement?.reused.index ? `: the last build's topic index reused${updatedIndex}` : ''}`);
      // The sitemap lists the pages list by list, in the order of PAGE_LISTS, whichever are made first.
      const listed = new Map<PageList, SitemapEntry[]>(PAGE_LISTS.map((list) => [list, []]));
      const startRendering = (): ChunkQueue => {
        const pageCount = builder.pageCount();
        renderer.expect(pageCount);
        return new ChunkQueue(meta, options.chunkLimits ?? chunkLimitsFor(pageCount), (chunk) => renderer.render(chunk));
      };
      const planPages = async (queue: ChunkQueue, lists: ReadonlySet<PageList>): Promise<void> => {
        for (const item of builder.pages(lists)) {
          const rel = outputPath(item.url);
          // A page that comes with its inputs is made only if they changed since the last build.
          const page = item.inputs === null ? item.make() : null;
          const { hash, size } = page ? pageHash(page) : { hash: item.hash ?? inputsHash(item.list, item.inputs!), size: 0 };
          const unchanged = plan.units.add(rel, hash);
          if (inSitemap(item)) listed.get(item.list)!.push({ url: item.url, lastmod: item.lastmod });
          if (unchanged) renderer.skip();
          else {
            // Defence in depth: seeds' slugs are checked when read, and no URL may leave the output
            // folder. Checked before a page is written: one left as it was passed when it was
            // (180,000 URLs took 0.06-0.08 s of every rebuild at 100,000 articles).
            assertSafeUrl(item.url);
            rendered++;
            const ready = page ?? item.make();
            await queue.addPage(ready, page ? size : pageSize(ready));
          }
        }
      };
      const planFiles = async (queue: ChunkQueue, files: Iterable<PendingFile>): Promise<void> => {
        for (const item of files) {
          const rel = outputPath(item.url);
          // As pages: a file that comes with its inputs is made only if they changed.
          const file = item.inputs === null ? item.make() : null;
          const hash = file ? fileHash(file) : (item.hash ?? inputsHash('file', item.inputs!));
          if (!plan.units.add(rel, hash)) {
            assertSafeUrl(item.url);
            rendered++;
            await queue.addFile(file ?? item.make());
          }
        }
      };
      const relate = async (): Promise<void> => {
        const waiting = performance.now();
        const related = await relating.result();
        const waited = performance.now() - waiting;
        // This build's own thread (a one-off rebuild's) has nothing more to do but keep the
        // relation: it ends once it has, and its memory (its heap, the term vectors) goes with
        // it, not at the end of the build, which peaks while Pagefind finishes.
        if (own && relater === own) void own.close().catch(() => {});
        relateArchive(archive, placed.records, related);
        phases.done('related articles and stories');
        // Whether relating started from the last build's relation (see relation-file.ts): a rebuild that waits long for it did not.
        phases.add(`  of which waiting for related articles (${relating.updated() ? "from the last build's relation" : 'related from scratch'})`, waited);
      };
      let queue: ChunkQueue;
      if (relater !== undefined) {
        // While a thread relates the articles (serve's, or a one-off rebuild's own), the pages
        // that do not show the relation are made: time this thread would otherwise spend
        // waiting. A one-off rebuild of 100,000 articles that takes up the last build's placement
        // (see placement-file.ts) waited 1.6-2.4 s for relating: with these pages made meanwhile,
        // edits rebuilt in 19.8-22.9 s against 22.9-25.2 s, peaking at 2.29-2.31 GB for the
        // process tree against 2.29-2.33 GB (four each, alternating, 2026-12-07). Before that
        // placement, when the thread related as long as this one placed, it saved nothing.
        queue = startRendering();
        await planPages(queue, UNRELATED_LISTS);
        await planFiles(queue, builder.unrelatedFiles());
        phases.done('pages and files that show no related articles, made while relating');
        // Compiled while this thread waits for the relation, not after it (0.5 s of a one-off rebuild).
        renderer.preload();
        await relate();
        renderer.expectMore(builder.storyPageCount());
        await planPages(queue, RELATED_LISTS);
      } else {
        await relate();
        queue = startRendering();
        await planPages(queue, new Set(PAGE_LISTS));
      }
      const entries = PAGE_LISTS.flatMap((list) => listed.get(list)!);
      await planFiles(queue, builder.files(entries, relater === undefined));
      await queue.flush();
      // Kept while the search index is finished, which a build waits for, or later by the caller
      // (a failure to keep them costs the next build time, never its output).
      const works: [KeptKind, () => Promise<void>][] = [];
      if (keyFile) works.push(['keys', () => rendererVersion().then((version) => saveKeys(keyFile, version, plan.build, keys, placed.articles)).catch(() => {})]);
      // The placement as of this build, for the records the cache saved (see RecordCache.generation),
      // none if it could not save them all. Their generation is taken now: a later build under `serve` changes it.
      const generation = cache.generation();
      if (placementFile && generation) {
        // Only its head, if every decision it took up from the file was reused whole.
        const body = restoredBody !== null && placement!.intact ? restoredBody : null;
        // Else its state, taken when kept, unless a later build changed the memo (see PlacementMemo.later).
        const later = body === null ? placement!.later() : null;
        const save = (version: string, state: PlacementState | null): Promise<void> =>
          body !== null ? restampPlacement(placementFile, version, generation, plan.build, body) : state ? savePlacement(placementFile, version, generation, plan.build, state) : Promise.resolve();
        works.push([
          'placement',
          () => {
            const state = later?.() ?? null;
            return rendererVersion()
              .then((version) => save(version, state))
              .catch(() => {});
          },
        ]);
      }
      if (options.keep) for (const [kind, work] of works) options.keep(kind, work);
      // One after another: what each packs and writes (25-30 MB at 100,000 articles) is not
      // held beside the other's, at the end of a full build, its peak, while Pagefind finishes.
      const kept = options.keep ? null : works.reduce<Promise<void>>((done, [, work]) => done.then(work), Promise.resolve());
      await renderer.finish();
      await kept;
      await relating.kept();
      // The pictures and other files beside the posts, copied as they are, once the pages are
      // written. One that cannot be (moved or changed since the folder was listed) is a warning,
      // left out of this build's plan so that the next build copies it.
      for (const copy of media) {
        const unchanged = plan.units.had(copy.rel, copy.hash);
        const failed = unchanged ? null : await copyMedia(options.seeds, dir, copy);
        if (failed === null) plan.units.add(copy.rel, copy.hash);
        else report.warnings.push({ ...copy.shownBy, message: `${mediaNoun(copy.file)} "${copy.file}" ${failed.message}`, hint: failed.hint });
        if (!unchanged && failed === null) rendered++;
      }
      report.warnings.sort(byPlace);
    } catch (error) {
      await renderer.abort();
      throw error;
    }
    timings = renderer.timings();
    await writeFile(path.join(dir, REPORT_FILE), `${JSON.stringify(report, null, 2)}\n`);
  };
  // The manifest describes the folder it sits beside: it is dropped while that folder changes,
  // and written once it has. A build stopped before then leaves both as they were, and the next
  // one builds on them; one killed outright while the folder changes leaves no manifest, and
  // the next build is a full one, which repairs whatever mix of pages it left.
  const commit = (apply: Commit): Commit => async (stage, target) => {
    const listings = keys.knownFromLastBuild > 0 ? [`${keys.knownFromLastBuild} day, month, year and topic pages and topic feeds`] : [];
    const pages = keys.pagesFromLastBuild > 0 ? [`${keys.pagesFromLastBuild} article pages`] : [];
    const known = listings.length + pages.length > 0 ? ` (${[...pages, ...listings].join(', ')} known from the last build)` : '';
    phases.done(`pages: made, hashed and rendered; search index${known}`);
    for (const [name, ms] of timings) phases.add(name, ms);
    // No manifest while the output changes: a commit that fails part of the way leaves none, and
    // the next build is full. One refused before its first change (see applyChanges) puts the
    // previous one back, so that the next build is as incremental as this one was.
    const file = manifestPath(options.out);
    const aside = `${file}.previous`;
    await rm(aside, { force: true });
    const setAside = await rename(file, aside).then(
      () => true,
      () => false,
    );
    try {
      await apply(stage, target);
    } catch (error) {
      if (setAside && (error as { outputUnchanged?: boolean }).outputUnchanged) await rename(aside, file).catch(() => {});
      throw error;
    }
    await rm(aside, { force: true });
    await writeManifest(options.out, plan, sources, options.manifest);
  };
  // Only what changed is rendered, into a staging folder, then moved into the output.
  const applyDiff = (previous: Manifest): Commit => async (stage, target) => {
    const diff = diffPlans(plan, previous);
    const folders = [...diff.search, ...diff.removedShards].map(shardFolder);
    const inFolder = (f: string): boolean => folders.some((d) => f.startsWith(`${d}/`));
    const files = (await filesUnder(stage)).map((f) => path.relative(stage, f).split(path.sep).join('/')).filter((f) => !inFolder(f));
    await applyChanges({ files, deletes: diff.deletes, folders })(stage, target);
  };
  await writeAtomically(options.out, write, commit(previous ? applyDiff(previous) : swapWhole));
  phases.done('commit output');
  options.observer?.end();
  return {
    report,
    problems,
    written: true,
    ms: performance.now() - started,
    rendered,
    linked: plan.units.size - rendered,
    read,
    phases: phases.list,
  };
}
