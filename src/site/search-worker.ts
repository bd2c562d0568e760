// One Pagefind service, driven from a child process that src/site/search-index.ts starts. The
// service indexes one message at a time, so two of them, each with its own driver, index two
// shards at once; and the driver does the encoding and the file writing, off the thread that
// renders. A process rather than a worker thread: a thread that ends cannot reap the service
// it started, which `serve` would collect as zombies, one pair per build. A driver started
// with a job as its argument does that job and ends; one started with KEPT waits for jobs on
// its channel, one after another, and keeps its service between them (see SearchDriverPool).
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { constants, setPriority } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import path from 'node:path';
import { deserialize } from 'node:v8';
import * as pagefind from 'pagefind';
import { claimedFile, KEPT, type SearchRecord, UNUSED_FILES } from './search-index.ts';

/**
 * What the main process asks, as JSON in the first argument: the shards to index, each into its
 * folder, from the file that holds its records. Every driver gets the same list and takes the
 * shards nobody has taken yet, in order (see claim).
 */
export interface SearchJob {
  shards: { dir: string; file: string }[];
  /** Index at a lower priority than the build's own work, which a rebuild waits for first (see SearchIndexWriter). */
  background?: boolean;
  /** The articles' language: Pagefind stems words by it, and splits Chinese and Japanese text into words. */
  language: string;
}

/**
 * To the main process: records indexed, the job done, or the failure that ended it. `at` is
 * when the driver finished (ms since the epoch): the main process may see `done` late, when busy.
 */
export type FromWorker = { type: 'progress'; count: number } | { type: 'done'; at: number } | { type: 'error'; message: string };

/** How often a driver looks for a shard whose records are still being written, in ms. */
const WAIT_MS = 20;

/**
 * Whether the build this driver works for is gone: its process is (killed, so the channel to it
 * closed and this process was handed to another parent), or its staging folder is (removed by
 * the next build). Then no shard file will ever appear, and waiting for one would poll for ever.
 */
function abandoned(file: string): boolean {
  return !process.connected || process.ppid !== PARENT || !existsSync(path.dirname(file));
}

/**
 * Takes a shard's records for this driver, or returns null when another driver took them first;
 * waits while the main process has not written them yet. Renaming is atomic: of drivers that
 * race for a file, one renames it, the others find it gone, and the renamed file (emptied once
 * read, removed by the main process at the end) tells them it was taken. The main process writes
 * every shard of the job, or kills this process; if it dies first, this one quits (abandoned).
 */
async function claim(file: string): Promise<SearchRecord[] | null> {
  const claimed = claimedFile(file);
  for (;;) {
    try {
      renameSync(file, claimed);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      if (existsSync(claimed)) return null;
      if (abandoned(file)) quit();
      await sleep(WAIT_MS);
    }
  }
  const records = deserialize(readFileSync(claimed)) as SearchRecord[];
  writeFileSync(claimed, '');
  return records;
}

/** Records in flight to the service at once: enough that it never waits for the next. */
const BATCH = 256;

/**
 * Reports to the main process. A message that cannot go (the main process died meanwhile, and
 * the channel closed: ERR_IPC_CHANNEL_CLOSED) ends this process quietly: nobody reads it, and
 * without the callback Node would raise the error as an uncaught exception, with its stack.
 */
function send(message: FromWorker): void {
  if (!process.connected) quit();
  process.send?.(message, undefined, {}, (error: Error | null) => {
    if (error) quit();
  });
}

async function indexShard(dir: string, records: SearchRecord[], language: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  if (!index) throw new Error(errors.join('; '));
  for (let i = 0; i < records.length; i += BATCH) {
    const batch = records.slice(i, i + BATCH);
    const added = await Promise.all(batch.map((r) => index.addCustomRecord({ ...r, language })));
    added.forEach((a, j) => {
      if (a.errors.length) throw new Error(`${batch[j]!.url}: ${a.errors.join('; ')}`);
    });
    send({ type: 'progress', count: batch.length });
  }
  // The bundle comes back in memory and is written here, not by the service, so that killing
  // this process (when the build fails) stops every write into the staging folder with it.
  const got = await index.getFiles();
  if (got.errors.length) throw new Error(got.errors.join('; '));
  const made = new Set<string>();
  for (const file of got.files) {
    if (UNUSED_FILES.has(file.path)) continue;
    const target = path.join(dir, file.path);
    const parent = path.dirname(target);
    if (!made.has(parent)) mkdirSync(parent, { recursive: true });
    made.add(parent);
    writeFileSync(target, file.content);
  }
  await index.deleteIndex();
}

/** Whether the service was started, and so has the priority it had then. */
let serviceStarted = false;

/** Indexes a job's shards; true if it is done, false if it failed (and said so). */
async function run(job: SearchJob): Promise<boolean> {
  if (job.background && !serviceStarted) {
    try {
      // Before the service starts: it inherits this process's priority.
      setPriority(constants.priority.PRIORITY_BELOW_NORMAL);
    } catch {
      // Not allowed here: the service indexes at the build's priority.
    }
  }
  serviceStarted = true;
  try {
    for (const shard of job.shards) {
      const records = await claim(shard.file);
      if (records) await indexShard(shard.dir, records, job.language);
    }
    send({ type: 'done', at: performance.timeOrigin + performance.now() });
    return true;
  } catch (error) {
    send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    return false;
  }
}

/** A driver kept for job after job: its jobs come down the channel, one at a time. */
function serveJobs(): void {
  process.on('message', (job: SearchJob) => {
    // While it works, the channel keeps nothing alive (as for a driver of one job, below); while
    // it waits for the next job, the channel keeps it alive.
    process.channel?.unref();
    void run(job).then((done) => {
      // After a failure the service may be in any state: this driver ends, and the pool starts another.
      if (!done) quit();
      process.channel?.ref();
    });
  });
}

/**
 * Ends this process: when the main process is gone (nothing is waiting for its work), or when a
 * kept driver's job failed. The Pagefind service is stopped first (close kills it at once): left
 * to find its pipes closed while it answers, it panics, with a stack trace on the terminal.
 */
function quit(): never {
  void pagefind.close();
  process.exit(1);
}

/** The main process, while it lives: a process whose parent dies is handed to another. */
const PARENT = process.ppid;

// The main process is gone (killed): nothing is waiting for this.
process.on('disconnect', quit);
// It may have gone before this module, which runs once its imports are loaded, could listen:
// the event was then missed, but the channel is already closed.
if (!process.connected) quit();
if (process.argv[2] === KEPT) serveJobs();
else {
  // The channel only carries messages out: a service that quits without answering ends this
  // process (without `done`) instead of leaving it waiting for ever.
  process.channel?.unref();
  void run(JSON.parse(process.argv[2]!) as SearchJob).finally(() => pagefind.close());
}
