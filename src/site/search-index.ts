// The full-text search index, written by Pagefind from the articles themselves: only titles
// and bodies are indexed, never navigation. One Pagefind bundle per year (`/pagefind/2017/`;
// past years of few articles share one, `/pagefind/2003-2006/`, and years of many are split
// in halves, quarters or months, `/pagefind/2012-h1/`, `/pagefind/2012-q3/`: see shardKeys),
// and per month of the newest year (`/pagefind/2024-11/`), merged by the search page, so that
// a new article re-indexes its month, not the archive.
import { type ChildProcess, fork } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { serialize } from 'node:v8';
import { dateRuns, perDate } from '../archive/by-date.ts';
import { entryPoint } from '../paths.ts';
import { DEFAULT_LANGUAGE } from '../language.ts';
import type { FromWorker, SearchJob } from './search-worker.ts';

export interface SearchRecord {
  /** Public URL path (under the prefix), as the result links to it. */
  url: string;
  content: string;
  /**
   * `lang`: the article's own language (front matter), when it names one; `dir`: `rtl` when
   * that language, else the site's, is written right to left (see textDirection), so that a
   * result's title and excerpt run as the article's page and the site's lists run them.
   */
  meta: { title: string; date: string; dateLabel: string; lang?: string; dir?: 'rtl' };
  filters: Record<string, string[]>;
  sort: { date: string };
}

export class SearchIndexError extends Error {}

/**
 * The search index shard an article belongs to: its year; but in the archive's newest year,
 * where new articles arrive, its month if that year is split (see shardKeys), so that adding
 * an article re-indexes a month's articles rather than a year's. When a new year begins, the
 * months of the one before are indexed again as one shard.
 */
export function shardKey(date: string, newestYear: string, newestByMonth = true): string {
  const year = date.slice(0, 4);
  return year === newestYear && newestByMonth ? date.slice(0, 7) : year;
}

/**
 * Past years of fewer articles share a search index shard, oldest first, until a shard holds
 * at least this many: a Pagefind bundle costs about 0.1 s to make, 200 KB of Pagefind's own
 * files and a request from the search page, whatever it holds. A 1,000-article archive had 24
 * shards of about 40 articles for its past years, now 4. Not more: Pagefind's cost per
 * article grows with the bundle, and grouping the years of a 10,000-article archive (about
 * 400 articles each) in pairs was no faster (Pagefind 15.8-16.6 s against 14.2-15.6 s).
 */
export const MIN_SHARD_ARTICLES = 250;

/**
 * Past years of more articles are split into halves, quarters or (beyond four times as many)
 * months, so that a shard holds about this many at most: Pagefind's cost per article grows
 * with its bundle. One year of a 100,000-article archive (3,986 articles) took 4.6-6.0 s to
 * index as one bundle, 4.0 s as two and 3.6 s as four or eight, in one service, one after the
 * other. Not less: each bundle is a request more for the search page, and halves give most of
 * the gain.
 */
export const MAX_SHARD_ARTICLES = 2500;

/** How a past year of `count` articles is split: whole, in halves, in quarters, or by month. */
function yearParts(count: number): 1 | 2 | 4 | 12 {
  const parts = Math.ceil(count / MAX_SHARD_ARTICLES);
  return parts <= 1 ? 1 : parts <= 2 ? 2 : parts <= 4 ? 4 : 12;
}

/** The key of the part of a split past year that holds `date`'s month (see yearParts). */
function partKey(date: string, parts: 2 | 4 | 12): string {
  const month = Number(date.slice(5, 7));
  if (parts === 12) return date.slice(0, 7);
  return parts === 2 ? `${date.slice(0, 4)}-h${month <= 6 ? 1 : 2}` : `${date.slice(0, 4)}-q${Math.ceil(month / 3)}`;
}

/**
 * The search index shard of each article (articles by date), by index: its year, the years of
 * fewer articles grouped with it (`2003-2006`; see MIN_SHARD_ARTICLES), or the half or quarter
 * of a year of many (`2012-h2`, `2012-q3`; see MAX_SHARD_ARTICLES); in the newest year, its
 * month (see shardKey), once that year holds MIN_SHARD_ARTICLES: below that, a month's bundle
 * costs more to make than re-indexing the year (a 1,000-article archive had 12 monthly
 * bundles of 1-7 articles). Groups are made from the oldest year on, and a year is split by its
 * own size, so that new articles, which arrive in the newest year, never move a past shard.
 */
export function shardKeys(articles: readonly { date: string }[]): string[] {
  // Asked for twice a build, for the records and for the search page's list of shards.
  let keys = shardKeysOf.get(articles);
  if (!keys) shardKeysOf.set(articles, (keys = computeShardKeys(articles)));
  return keys;
}

const shardKeysOf = new WeakMap<readonly { date: string }[], string[]>();

function computeShardKeys(articles: readonly { date: string }[]): string[] {
  const newestYear = articles.at(-1)?.date.slice(0, 4) ?? '';
  // Counted by day, then by year: articles share their days (a day holds 11 at 100,000 articles).
  const perDay = new Map<string, number>();
  for (const { date, count } of dateRuns(articles)) perDay.set(date, (perDay.get(date) ?? 0) + count);
  const perYear = new Map<string, number>();
  let newest = 0;
  for (const [day, n] of perDay) {
    const year = day.slice(0, 4);
    if (year !== newestYear) perYear.set(year, (perYear.get(year) ?? 0) + n);
    else newest += n;
  }
  const newestByMonth = newest >= MIN_SHARD_ARTICLES;
  const groupOf = new Map<string, string>();
  const splitInto = new Map<string, 2 | 4 | 12>();
  let group: string[] = [];
  let count = 0;
  const close = (): void => {
    const key = group.length === 1 ? group[0]! : `${group[0]}-${group.at(-1)}`;
    for (const year of group) groupOf.set(year, key);
    group = [];
    count = 0;
  };
  for (const [year, n] of [...perYear].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    // A year to be split ends the group before it, and joins none.
    const parts = yearParts(n);
    if (parts !== 1) {
      splitInto.set(year, parts);
      if (group.length > 0) close();
      continue;
    }
    group.push(year);
    count += n;
    if (count >= MIN_SHARD_ARTICLES) close();
  }
  if (group.length > 0) close();
  return perDate(articles, (date) => {
    const year = date.slice(0, 4);
    const parts = splitInto.get(year);
    return parts ? partKey(date, parts) : (groupOf.get(year) ?? shardKey(date, newestYear, newestByMonth));
  });
}

/**
 * Files of every Pagefind bundle that the search page never loads: Pagefind's own search
 * interfaces (it uses pagefind.js's API: public/assets/search.js). Left out of each shard's
 * folder: 7 files and 430 KB a shard (15 MB of a 1,000-article site's 79 MB, when it had 36).
 */
export const UNUSED_FILES = new Set([
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
]);

/** Folder of a shard's bundle, relative to the output folder. */
export function shardFolder(shard: string): string {
  return `pagefind/${shard}`;
}

/**
 * Pagefind services that run while this process renders, each driven by a process of its own
 * (see search-worker.ts): one per two cores, at most two, since this process renders on a core
 * of its own meanwhile. On 2 cores a second service only competed with the rendering: a full
 * build of 100,000 articles took 275 s and 3.8 GB with two, 250 s and 3.4 GB with one.
 */
const WORKERS = Math.max(1, Math.min(2, Math.floor(availableParallelism() / 2)));
/**
 * Services once the rendering is done and the core it used is free: one more, from 4 cores up.
 * Not on 2: in a full build of 100,000 articles, Pagefind ran alone for the last 29 s with one
 * service, and still for 33 s with a second one started when the rendering ended (it is that
 * far behind), while the second service lifted the peak from 1.9 to 2.4 GB.
 */
const IDLE_WORKERS = availableParallelism() >= 4 ? WORKERS + 1 : WORKERS;
/** The most drivers a run of the default services starts (see SearchDriverPool.prestart). */
export const MOST_DRIVERS = Math.max(WORKERS, IDLE_WORKERS);

/** How many Pagefind services index at once: while this process renders, and once it is idle. */
export interface SearchServices {
  rendering: number;
  idle: number;
}

const WORKER = entryPoint('search-worker');
/** From the sources, the driver is TypeScript too: it loads through tsx, as the CLI does. */
const WORKER_ARGS = WORKER.typescript ? ['--import', import.meta.resolve('tsx/esm')] : [];

/**
 * A shard's file once a driver has taken it (see search-worker.ts): left there, emptied, until
 * the run ends, so that a driver can tell a shard taken from one whose records are not written yet.
 */
export function claimedFile(file: string): string {
  return `${file}.claimed`;
}

/** A shard to index: its records are made when they are written to its file (see writeRecords). */
interface ShardFile {
  shard: string;
  file: string;
  count: number;
  make: () => SearchRecord[];
}

/**
 * Writes the Pagefind bundle of each shard added to `<outDir>/pagefind/<shard>/`, several
 * shards at once. The services start on the shards planned (`add`, then `run`) while this
 * process makes their records (`writeRecords`): each shard's records go to a file in the
 * (staging) output folder as soon as they are made, which a failed or killed build removes,
 * and the driver that indexes them takes the file as soon as it is there. So Pagefind, the
 * longer job in a large build, starts on the first shard rather than after the last (4.7 s of
 * making records at 100,000 articles), and the build never holds more than one shard's records.
 */
export interface SearchWriterOptions {
  /** Pagefind services at once, while pages are rendered and after. */
  services?: SearchServices;
  /**
   * Index at a lower priority than this process (see SearchJob): for a rebuild, which waits for
   * its own work (relating, the pages) more than for a shard or two.
   */
  background?: boolean;
  /**
   * Drivers to take rather than start: `serve`'s, kept from run to run for its rebuilds, or a
   * build's own, started early (see SearchDriverPool.prestart). A driver's service keeps the
   * priority of its first job: the pool gives a run only drivers of its priority, or new ones.
   */
  pool?: SearchDriverPool;
  /** The language of the articles (see language.ts); by default English. */
  language?: string;
}

export class SearchIndexWriter {
  private readonly shards: ShardFile[] = [];
  private drivers: SearchDrivers | null = null;
  private readonly pool: SearchDriverPool | undefined;

  private readonly services: SearchServices;
  private readonly background: boolean;
  private readonly language: string;

  constructor(
    private readonly outDir: string,
    options: SearchWriterOptions = {},
  ) {
    this.services = options.services ?? { rendering: WORKERS, idle: IDLE_WORKERS };
    this.background = options.background ?? false;
    this.language = options.language ?? DEFAULT_LANGUAGE;
    this.pool = options.pool;
  }

  /** Records to index, over all shards added. */
  get records(): number {
    return this.shards.reduce((sum, s) => sum + s.count, 0);
  }

  /** Plans a shard of `count` records, which `make` makes when writeRecords gets to it. */
  add(shard: string, count: number, make: () => SearchRecord[]): void {
    if (count === 0) return;
    this.shards.push({ shard, file: path.join(this.outDir, `.search-shard-${shard}`), count, make });
  }

  /** The shards in the order the drivers take them: largest first, so that no large shard is left for the end, to one service. */
  private order(): ShardFile[] {
    return [...this.shards].sort((a, b) => b.count - a.count || (a.shard < b.shard ? -1 : 1));
  }

  /**
   * Starts indexing the shards added, and returns how long it took, once they are all indexed;
   * their records must be written meanwhile (writeRecords). When `signal` aborts, the indexing
   * stops, and with it every write, before this returns.
   */
  async run(onProgress?: (done: number, total: number) => void, signal?: AbortSignal): Promise<number> {
    if (this.shards.length === 0) return 0;
    const order = this.order();
    const job: SearchJob = { shards: order.map((s) => ({ dir: path.join(this.outDir, shardFolder(s.shard)), file: s.file })), background: this.background, language: this.language };
    this.drivers = new SearchDrivers(job, this.records, onProgress, signal, this.pool);
    try {
      for (let i = 0; i < Math.min(this.services.rendering, order.length); i++) this.drivers.start();
      return await this.drivers.finished();
    } finally {
      this.drivers = null;
      for (const s of this.shards) {
        await rm(s.file, { force: true });
        await rm(claimedFile(s.file), { force: true });
      }
    }
  }

  /**
   * Makes each shard's records and writes them to its file, in the order the drivers take
   * them; a file appears whole (written, then renamed), so that a driver never reads half of
   * one. If making or writing fails, the indexing is stopped too.
   */
  writeRecords(): void {
    try {
      mkdirSync(this.outDir, { recursive: true });
      for (const s of this.order()) {
        const records = s.make();
        if (records.length !== s.count) throw new SearchIndexError(`search index: shard ${s.shard} has ${records.length} records, not ${s.count}`);
        writeFileSync(`${s.file}.tmp`, serialize(records));
        renameSync(`${s.file}.tmp`, s.file);
      }
    } catch (error) {
      this.drivers?.cancel(error instanceof Error ? error.message : String(error));
      for (const s of this.shards) rmSync(`${s.file}.tmp`, { force: true });
      throw error;
    }
  }

  /**
   * Records of the shards no driver has taken yet: what is left to index, but for the shards
   * being indexed. Read off the shards' files, not the drivers' reports, which reach a busy
   * thread late: a driver leaves a shard's file renamed (see claimedFile) once it takes it.
   */
  recordsUntaken(): number {
    return this.shards.reduce((sum, s) => sum + (existsSync(claimedFile(s.file)) ? 0 : s.count), 0);
  }

  /**
   * Says that this process has stopped rendering: more services may index the shards that no
   * service has taken yet, on the core the rendering used.
   */
  renderingDone(): void {
    const drivers = this.drivers;
    if (!drivers) return;
    const untaken = this.shards.filter((s) => !existsSync(claimedFile(s.file))).length;
    for (let i = drivers.count; i < Math.min(this.services.idle, drivers.count + untaken); i++) drivers.start();
  }
}

/** The argument of a driver that is kept for job after job (see SearchDriverPool); others get their job as theirs. */
export const KEPT = '--kept';

function forkDriver(arg: string): ChildProcess {
  return fork(WORKER.file, [arg], { execArgv: WORKER_ARGS, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
}

/**
 * Drivers kept from run to run, each with its Pagefind service: `serve`'s rebuilds re-index a
 * shard or two, and starting a driver and its service took about 0.2 s of each (a 10,000-article
 * rebuild took 2.1-2.3 s). A driver that failed, or was stopped with its run, is not kept.
 */
export class SearchDriverPool {
  private readonly idle: ChildProcess[] = [];
  private readonly all = new Set<ChildProcess>();
  /** Whether each driver that has had a job indexes in the background: its service keeps that priority (see search-worker.ts). */
  private readonly background = new Map<ChildProcess, boolean>();

  /**
   * Starts `count` drivers, which wait for their first job. A build starts its own while this
   * process is small: a process is forked as a copy of this one (the page tables of 1.6-1.8 GB
   * at 100,000 articles, when the first shard is ready), and until it runs its own program the
   * process tree's resident memory counts those pages twice. Rebuilds of 100,000 articles peaked
   * at 2.14-2.16 GB, and at 2.4-2.9 GB in about one of three (a driver caught at 734 MB before
   * its program ran); with the drivers started early, at 2.27-2.28 GB in three of three.
   */
  prestart(count: number): void {
    for (let i = 0; i < count; i++) this.idle.push(this.fork());
  }

  /** An idle driver that is new or indexes at the priority asked (`background`), or a new one; it waits for a job (SearchJob) on its channel. */
  take(background: boolean): ChildProcess {
    const at = this.idle.findIndex((child) => child.connected && (this.background.get(child) ?? background) === background);
    const child = at >= 0 ? this.idle.splice(at, 1)[0]! : this.fork();
    this.background.set(child, background);
    // At work, it keeps this process alive while its run is waited for (a build's may be all there is to wait for).
    child.ref();
    child.channel?.ref();
    return child;
  }

  private fork(): ChildProcess {
    const child = forkDriver(KEPT);
    this.all.add(child);
    child.once('exit', () => {
      this.all.delete(child);
      this.background.delete(child);
      const at = this.idle.indexOf(child);
      if (at >= 0) this.idle.splice(at, 1);
    });
    this.rest(child);
    return child;
  }

  /** An idle driver is never what keeps this process alive: `serve` and `build` end them when done (close), and a driver ends itself when this process is gone. */
  private rest(child: ChildProcess): void {
    child.unref();
    child.channel?.unref();
  }

  /** A driver done with its job, waiting for the next. */
  give(child: ChildProcess): void {
    if (!this.all.has(child)) return;
    this.rest(child);
    if (child.connected) this.idle.push(child);
  }

  /** Ends every driver: an idle one as this process's end would (it stops its service, then itself), one at work at once. */
  close(): void {
    for (const child of this.all) {
      if (this.idle.includes(child) && child.connected) child.disconnect();
      else child.kill();
    }
    this.all.clear();
    this.background.clear();
    this.idle.length = 0;
  }
}

/** The driver processes of one run, started (or taken from a pool) at once or later, and what they report. */
class SearchDrivers {
  private readonly started = performance.timeOrigin + performance.now();
  private readonly running = new Set<ChildProcess>();
  private readonly exits: Promise<void>[] = [];
  private failure: SearchIndexError | null = null;
  private indexed = 0;
  private last = this.started;
  private readonly stop = (): void => {
    for (const child of this.running) child.kill();
  };

  constructor(
    private readonly job: SearchJob,
    private readonly total: number,
    private readonly onProgress?: (done: number, total: number) => void,
    private readonly signal?: AbortSignal,
    private readonly pool?: SearchDriverPool,
  ) {
    signal?.addEventListener('abort', this.stop);
  }

  /** Drivers started so far. */
  get count(): number {
    return this.exits.length;
  }

  /**
   * Starts a driver. Each gets the whole job as its argument, and takes the shards nobody has
   * taken yet: this thread is about to be busy rendering, and neither a request for the next
   * shard nor a job sent down the channel (which this thread's event loop feeds) would get
   * through until it is done. The records themselves are in the shard files.
   */
  start(): void {
    if (this.failure || this.signal?.aborted) return;
    this.exits.push(
      new Promise((resolve) => {
        let child: ChildProcess;
        try {
          if (this.pool) {
            child = this.pool.take(this.job.background ?? false);
            child.send(this.job);
          } else child = forkDriver(JSON.stringify(this.job));
        } catch (error) {
          this.fail(error instanceof Error ? error.message : String(error));
          resolve();
          return;
        }
        this.running.add(child);
        let done = false;
        const onMessage = (message: FromWorker): void => {
          if (message.type === 'progress') {
            this.indexed += message.count;
            this.onProgress?.(this.indexed, this.total);
          } else if (message.type === 'done') {
            done = true;
            this.last = Math.max(this.last, message.at);
            // A kept driver stays, for the next run: this one is done with it.
            if (this.pool) end();
          } else {
            this.fail(message.message);
          }
        };
        const onError = (error: Error): void => this.fail(error.message);
        // After its messages, and once it can write nothing more.
        const onClose = (code: number | null, killed: NodeJS.Signals | null): void => {
          if (!done && !this.signal?.aborted) this.fail(`Pagefind stopped before it was done (${killed ?? `exit code ${code}`})`);
          end();
        };
        const end = (): void => {
          child.off('message', onMessage).off('error', onError).off('close', onClose);
          this.running.delete(child);
          if (done) this.pool?.give(child);
          resolve();
        };
        child.on('message', onMessage).on('error', onError).on('close', onClose);
      }),
    );
  }

  /** Waits for every driver, those started meanwhile too; returns the time from the start to the last one's end. */
  async finished(): Promise<number> {
    try {
      for (let waited = 0; waited < this.exits.length; ) {
        const now = this.exits.length;
        await Promise.all(this.exits.slice(waited, now));
        waited = now;
      }
    } finally {
      this.signal?.removeEventListener('abort', this.stop);
    }
    this.signal?.throwIfAborted();
    if (this.failure) throw this.failure;
    return this.last - this.started;
  }

  /** Stops every driver: the run fails with `message`. */
  cancel(message: string): void {
    this.fail(message);
  }

  private fail(message: string): void {
    this.failure ??= new SearchIndexError(`search index: ${message}`);
    this.stop();
  }
}
