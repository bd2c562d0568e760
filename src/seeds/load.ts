// I/O edge: reads every seed file under a folder into records, collecting all problems. Large
// loads are parsed and analysed by a pool of worker threads, one per core.
import { availableParallelism } from 'node:os';
import { accessSync, constants, lstatSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { ReadResult, SeedProblem, SeedRecord } from '../types.ts';
import { startWorker } from '../workers.ts';
import type { FileStamp, RecordCache } from './cache.ts';
import { readListed, unreadable } from './files.ts';
import type { ReadBatch, ReadBatchResult } from './read-worker.ts';
import { isMediaFile } from './media.ts';
import { isSeedCandidate, readSeed } from './read.ts';

export interface LoadedSeeds {
  records: SeedRecord[];
  problems: SeedProblem[];
  /** Number of files read. */
  files: number;
  /** Of them, those whose record came from the cache, unchanged. */
  cached: number;
  /** The records read anew, not taken from the cache. */
  fresh: ReadonlySet<SeedRecord>;
  /** What the folder held when it was listed. */
  listing: SeedListing;
}

export interface LoadOptions {
  /** Reuse what was read of unchanged files, and remember what is read now. */
  cache?: RecordCache;
  onProgress?: (done: number, total: number) => void;
  /** The folder's files, as stampSeedFiles listed them just before (so that they are not listed twice). */
  listing?: SeedListing;
  /** Worker threads to read with; by default one per core when there are many files to read, none otherwise. */
  workers?: number;
}

export class SeedsFolderError extends Error {}

/** What a seeds folder holds: its seed files, and what it holds that cannot be read as one. */
export interface SeedFolder {
  /** Sorted paths relative to the folder, with `/` separators. */
  files: string[];
  /** Links, unreadable sub-folders, names that are not UTF-8: reported, so that no article is lost without a word. */
  refused: SeedProblem[];
  /** Sorted paths of the pictures beside the seeds (regular files of IMAGE_EXTENSIONS, links not followed), which articles may show. */
  media: string[];
  /** Whether the folder is a Jekyll or Hugo site's own (see siteFolders), whose files are read by where they are. */
  site: boolean;
}

const refuse = (file: string, message: string, hint: string): SeedProblem => ({ file, line: 1, message, hint });

/**
 * A Jekyll or Hugo site's own folder given as the seeds folder: the folders its posts are in
 * (Jekyll's `_posts` and `_drafts`, Hugo's `content`), known by its configuration file and
 * that folder at its top; null for any other folder. The rest of such a folder is the site's
 * (layouts, themes, configuration, pages such as `about.md`): its pictures and files are there
 * for the posts to show, nothing else is read or reported. In Hugo's `content`, the files at its
 * top are the site's own pages (`content/about.md`), its posts in sections (`content/posts/`).
 */
export function siteFolders(top: readonly { name: string; isDirectory(): boolean }[]): Set<string> | null {
  const names = new Set(top.map((e) => e.name));
  const folder = (name: string): boolean => top.some((e) => e.name === name && e.isDirectory());
  if (['_config.yml', '_config.yaml', '_config.toml'].some((n) => names.has(n)) && folder('_posts')) return new Set(['_posts', '_drafts']);
  // Hugo's own configuration file; or the older `config.*`, a name other folders use too, with a
  // folder only Hugo's sites have beside it.
  const hugo = ['hugo.toml', 'hugo.yaml', 'hugo.yml', 'hugo.json'].some((n) => names.has(n)) ||
    (['config.toml', 'config.yaml', 'config.yml', 'config.json'].some((n) => names.has(n)) && ['archetypes', 'layouts', 'themes'].some(folder));
  return hugo && folder('content') ? new Set(['content']) : null;
}

/** A site's folders that hold its built output or its tools' packages: copies, never the source of a post's files. */
const SITE_OUTPUT_FOLDERS = new Set(['_site', 'public', 'resources', 'node_modules', 'vendor']);

/**
 * Why the seeds folder itself cannot be read, in words: a path to a file (`--seeds notes.txt`)
 * was told as `ENOTDIR`, a code the user has to look up.
 */
export function seedsFolderMessage(dir: string, code: string): string {
  if (code === 'ENOENT') return `seeds folder "${dir}" does not exist`;
  if (code === 'ENOTDIR') return `seeds folder "${dir}" is a file, not a folder: give the folder that holds the seeds`;
  if (code === 'EACCES' || code === 'EPERM') return `seeds folder "${dir}" may not be read (${code}): check its permissions`;
  return `cannot read seeds folder "${dir}": ${code}`;
}

/**
 * Lists the seed files under `dir`, folder by folder. Hidden folders (`.git`, `.Trash-1000`)
 * are not walked into; symbolic links are not followed (a link may point anywhere, or in a
 * loop): each is reported instead, as is a sub-folder that cannot be read.
 */
export async function listSeedFolder(dir: string): Promise<SeedFolder> {
  const files: string[] = [];
  const refused: SeedProblem[] = [];
  const media: string[] = [];
  // A site's own folder (see siteFolders): its posts' folders are read, the rest only for files to show.
  let posts: Set<string> | null = null;
  const walk = async (folder: string, rel: string, filesOnly = false): Promise<void> => {
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (rel === '') throw new SeedsFolderError(seedsFolderMessage(dir, code ?? String(error)));
      // A folder removed since its parent was listed holds nothing any more.
      if (code !== 'ENOENT') refused.push(refuse(rel.slice(0, -1), `cannot read the folder: ${code ?? String(error)}`, 'check its permissions, or move it out of the seeds folder'));
      return;
    }
    if (rel === '') posts = siteFolders(entries);
    for (const e of entries) {
      const name = rel + e.name;
      const sitePage = posts?.has('content') === true && rel === 'content/' && !e.isDirectory();
      if (filesOnly || sitePage || (rel === '' && posts !== null && !(e.isDirectory() && posts.has(e.name)))) {
        if (e.name.startsWith('.')) continue;
        if (e.isFile() && isMediaFile(name)) media.push(name);
        // Jekyll's posts of a category (`news/_posts/`), read as its `_posts` are.
        else if (e.isDirectory() && posts?.has('_posts') && (e.name === '_posts' || e.name === '_drafts')) await walk(path.join(folder, e.name), `${name}/`);
        else if (e.isDirectory() && !(rel === '' && SITE_OUTPUT_FOLDERS.has(e.name))) await walk(path.join(folder, e.name), `${name}/`, true);
        continue;
      }
      // A folder is skipped only when hidden: one named like a backup (`archive~`, `#drafts#`) holds articles.
      if (e.isDirectory() ? e.name.startsWith('.') : !isSeedCandidate(name)) {
        if (e.isFile() && isMediaFile(name)) media.push(name);
        continue;
      }
      // Node reads bytes that are not UTF-8 as U+FFFD, so such a name names no file; a real U+FFFD does.
      if (e.name.includes('\uFFFD') && !lstatSync(path.join(folder, e.name), { throwIfNoEntry: false })) refused.push(refuse(name, 'the file name is not valid UTF-8', 'rename it (e.g. with convmv -f latin1 -t utf-8)'));
      else if (e.isFile()) files.push(name);
      else if (e.isDirectory()) await walk(path.join(folder, e.name), `${name}/`);
      else if (e.isSymbolicLink()) refused.push(refuse(name, 'it is a symbolic link, which news-archive does not follow', 'copy what it points to into the seeds folder instead'));
      else refused.push(refuse(name, 'it is not a regular file', 'move it out of the seeds folder'));
    }
  };
  await walk(dir, '');
  return { files: files.sort(), refused, media: media.sort(), site: posts !== null };
}

/** Lists seed files under `dir`, as sorted paths relative to it with `/` separators (see listSeedFolder). */
export async function listSeedFiles(dir: string): Promise<string[]> {
  return (await listSeedFolder(dir)).files;
}

/** A listed file's stamp, or why it has none (see readListed). */
export type ListedStamp = FileStamp | { failed: SeedProblem | null };

/** The seed files under a folder, each with its stamp, or with why it has none (see readListed). */
export interface SeedListing extends SeedFolder {
  stamps: ListedStamp[] | null;
  /** Their stamps, as `stamps` for the seeds: a file changed is copied again. */
  mediaStamps: ListedStamp[];
}

/** A file's stamp (size, modification and change times, inode), or why it has none. Synchronously: 100,000 stat calls take 0.5 s so, against 1.6-2 s as promises. */
export function stampOf(dir: string, file: string): ListedStamp {
  try {
    const { size, mtimeMs, ctimeMs, ino } = statSync(path.join(dir, file));
    return { size, mtimeMs, ctimeMs, ino };
  } catch (error) {
    return { failed: unreadable(file, error) };
  }
}

/**
 * A file beside the seeds' stamp, as stampOf, or why the build cannot copy it: one the process
 * may not read is known now, before its article's page is made (then it shows its description),
 * not when the copy fails after.
 */
export function mediaStampOf(dir: string, file: string): ListedStamp {
  const stamp = stampOf(dir, file);
  if ('failed' in stamp) return stamp;
  try {
    accessSync(path.join(dir, file), constants.R_OK);
    return stamp;
  } catch (error) {
    return { failed: unreadable(file, error) };
  }
}

/** The seed files under `dir`, unstamped (nothing is looked up in a cache), and the media files beside them, stamped. */
async function unstamped(dir: string): Promise<SeedListing> {
  const folder = await listSeedFolder(dir);
  return { ...folder, stamps: null, mediaStamps: folder.media.map((file) => mediaStampOf(dir, file)) };
}

/**
 * How recent a seed's change may be for its stamp to be trusted by the next build. A file system
 * that keeps times to the second (ext3, FAT, many network mounts) gives a file written twice in
 * one second, at one size, one stamp: a change right after the build read the file would be
 * taken for none, for good. As git does, such a file's stamp is trusted only once older.
 */
export const RACY_MS = 2000;

/** Times kept to the whole second, as a coarse file system keeps them (a fine one's have nanoseconds). */
const coarse = (stamp: { mtimeMs: number; ctimeMs: number }): boolean => stamp.mtimeMs % 1000 === 0 && stamp.ctimeMs % 1000 === 0;

/** A seed's stamp as the build keeps it: one of this build alone when it may be racy (see stampSeedFiles). */
export function racyProof<S extends { size: number; mtimeMs: number; ctimeMs: number; ino: number }>(stamp: S, listedAt: number): S {
  return coarse(stamp) && Math.max(stamp.mtimeMs, stamp.ctimeMs) >= listedAt - RACY_MS ? { ...stamp, mtimeMs: -listedAt } : stamp;
}

/**
 * Lists the seed files under `dir` and stamps each (size, modification and change times, inode).
 * On a file system of whole seconds, a file changed within RACY_MS of the listing gets a stamp of
 * this build alone (its modification time the listing's, negated): the next build reads it
 * again, and never takes the folder for unchanged.
 */
export async function stampSeedFiles(dir: string): Promise<SeedListing> {
  const listedAt = Date.now();
  const { files, refused, media, site } = await listSeedFolder(dir);
  const stamps = files.map((file): ListedStamp => {
    const stamp = stampOf(dir, file);
    return 'size' in stamp ? racyProof(stamp, listedAt) : stamp;
  });
  return { files, refused, media, site, stamps, mediaStamps: media.map((file) => mediaStampOf(dir, file)) };
}

/** Files read or stat'ed at once: enough to keep the disk busy, few enough to stay far from the fd limit. */
const IO_CONCURRENCY = 64;
/**
 * Below this many files to read, starting workers (each loads the reader and warms up its code)
 * costs more than it saves: reading 1,000 generated seeds took 1.74-1.80 s on two workers and
 * 1.22-1.28 s on this thread; 2,000 and 4,000 took about as long either way (2 cores).
 */
const POOL_MIN_FILES = 1500;
/** Files sent to a worker at once. */
const BATCH = 32;

/** Runs `task` on every item, `limit` at a time. */
async function eachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const run = async (): Promise<void> => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, run));
}

/** Worker threads that read batches of seeds; each answers its batches in order. */
class ReaderPool {
  private readonly workers: { worker: Worker; waiting: { resolve: (r: ReadBatchResult) => void; reject: (e: Error) => void }[] }[];

  constructor(size: number) {
    this.workers = Array.from({ length: size }, () => {
      const entry = { worker: startWorker('read-worker'), waiting: [] as { resolve: (r: ReadBatchResult) => void; reject: (e: Error) => void }[] };
      entry.worker.on('message', (reply: ReadBatchResult) => entry.waiting.shift()?.resolve(reply));
      const fail = (error: Error): void => {
        for (const w of entry.waiting.splice(0)) w.reject(error);
      };
      entry.worker.on('error', fail);
      entry.worker.on('exit', (code) => fail(new Error(`a seed reader thread stopped (exit code ${code})`)));
      return entry;
    });
  }

  read(batch: ReadBatch): Promise<ReadBatchResult> {
    const entry = this.workers.reduce((a, b) => (b.waiting.length < a.waiting.length ? b : a));
    return new Promise((resolve, reject) => {
      entry.waiting.push({ resolve, reject });
      entry.worker.postMessage(batch);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}

/**
 * A record from a reader thread, its summary the very string of its lede when the two read the
 * same (as they do unless front matter gives a summary): a record copied from a thread has two
 * strings there, which a full build of 100,000 articles held, about 20 MB, until it ended.
 */
function sharedSummary(result: ReadResult): ReadResult {
  if (result.ok && result.record.summary === result.record.lede) result.record.summary = result.record.lede;
  return result;
}

/** Reads every seed under `dir`; with a cache, only the files changed since it was written. */
export async function loadSeeds(dir: string, options: LoadOptions = {}): Promise<LoadedSeeds> {
  const { cache, onProgress } = options;
  // Stamps are needed to look files up in the cache, and only then.
  const listing = options.listing ?? (cache ? await stampSeedFiles(dir) : await unstamped(dir));
  const { files } = listing;
  const results = new Array<ReadResult>(files.length);
  let done = 0;
  const fresh = new Set<SeedRecord>();
  const finish = (i: number, result: ReadResult): void => {
    results[i] = result;
    if (result.ok) fresh.add(result.record);
    const stamp = listing.stamps?.[i];
    if (cache && stamp && 'size' in stamp) cache.set(files[i]!, stamp, result);
    onProgress?.(++done, files.length);
  };
  // A file gone since the listing leaves a hole in `results`; one that cannot be read, a problem.
  const fail = (i: number, problem: SeedProblem | null): void => {
    if (problem) results[i] = { ok: false, problems: [problem] };
    onProgress?.(++done, files.length);
  };

  // What the cache already knows is taken from it; the rest is read.
  let misses = files.map((_, i) => i);
  let cached = 0;
  if (cache && listing.stamps) {
    const hit = new Array<boolean>(files.length).fill(false);
    for (const i of misses) {
      const stamp = listing.stamps[i]!;
      if (!('size' in stamp)) {
        hit[i] = true;
        fail(i, stamp.failed);
        continue;
      }
      const known = cache.get(files[i]!, stamp);
      if (known) {
        cached++;
        hit[i] = true;
        results[i] = known;
        onProgress?.(++done, files.length);
      }
    }
    misses = misses.filter((i) => !hit[i]);
  }

  const size = options.workers ?? (misses.length >= POOL_MIN_FILES ? availableParallelism() : 0);
  if (size <= 0) {
    await eachLimited(misses, IO_CONCURRENCY, async (i) => {
      const read = await readListed(dir, files[i]!);
      if ('bytes' in read) finish(i, readSeed(files[i]!, read.bytes));
      else fail(i, read.failed);
    });
  } else {
    const batches: number[][] = [];
    for (let start = 0; start < misses.length; start += BATCH) batches.push(misses.slice(start, start + BATCH));
    const pool = new ReaderPool(size);
    try {
      // Two batches in flight per worker: the next one waits in its queue while it reads one.
      await eachLimited(batches, size * 2, async (batch) => {
        const reply = await pool.read({ dir, files: batch.map((index) => ({ index, file: files[index]! })) });
        for (const r of reply.results) {
          if ('result' in r) finish(r.index, sharedSummary(r.result));
          else fail(r.index, r.failed);
        }
      });
    } finally {
      await pool.close();
    }
  }

  const records: SeedRecord[] = [];
  const problems: SeedProblem[] = [...listing.refused];
  let listed = listing.refused.length;
  for (const result of results) {
    if (result === undefined) continue;
    listed++;
    if (result.ok) records.push(result.record);
    else problems.push(...result.problems);
  }
  return { records, problems, files: listed, cached, fresh, listing };
}
