// The full-text search index, written by Pagefind from the articles themselves: only titles
// and bodies are indexed, never navigation. One Pagefind bundle per year (`/pagefind/2017/`),
// and per month of the newest year (`/pagefind/2024-11/`), merged by the search page, so that
// a new article re-indexes its month, not the archive.
import { type ChildProcess, fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serialize } from 'node:v8';
import type { FromWorker, SearchJob } from './search-worker.ts';

export interface SearchRecord {
  /** Public URL path (under the prefix), as the result links to it. */
  url: string;
  content: string;
  meta: { title: string; date: string; dateLabel: string };
  filters: Record<string, string[]>;
  sort: { date: string };
}

export class SearchIndexError extends Error {}

/**
 * The search index shard an article belongs to: its year; but in the archive's newest year,
 * where new articles arrive, its month, so that adding an article re-indexes a month's
 * articles rather than a year's. When a new year begins, the months of the one before are
 * indexed again as one shard.
 */
export function shardKey(date: string, newestYear: string): string {
  const year = date.slice(0, 4);
  return year === newestYear ? date.slice(0, 7) : year;
}

/** Folder of a shard's bundle, relative to the output folder. */
export function shardFolder(shard: string): string {
  return `pagefind/${shard}`;
}

/**
 * Pagefind services run at once, each driven by a process of its own (see search-worker.ts):
 * one per two cores, at most two, since this process renders on a core of its own meanwhile.
 * On 2 cores a second service only competed with the rendering: a full build of 100,000
 * articles took 275 s and 3.8 GB with two, 250 s and 3.4 GB with one (Pagefind 189 and 198 s).
 */
const WORKERS = Math.max(1, Math.min(2, Math.floor(availableParallelism() / 2)));

const WORKER = fileURLToPath(new URL('./search-worker.ts', import.meta.url));
/** The driver is TypeScript too: it loads through tsx, as the CLI does. */
const WORKER_ARGS = ['--import', import.meta.resolve('tsx/esm')];

/** A shard's records, written to a file for a driver to read, so that this process need not keep them. */
interface ShardFile {
  shard: string;
  file: string;
  count: number;
  weight: number;
}

/** Shards split into `n` jobs of about equal work: largest first, each to the lightest job. */
function jobs(list: ShardFile[], n: number, outDir: string): SearchJob[] {
  const out = Array.from({ length: Math.min(n, list.length) }, () => ({ shards: [] as SearchJob['shards'], weight: 0 }));
  for (const s of [...list].sort((a, b) => b.weight - a.weight || (a.shard < b.shard ? -1 : 1))) {
    const lightest = out.reduce((a, b) => (b.weight < a.weight ? b : a));
    lightest.shards.push({ dir: path.join(outDir, shardFolder(s.shard)), file: s.file });
    lightest.weight += s.weight;
  }
  return out.map(({ shards }) => ({ shards }));
}

/**
 * Writes the Pagefind bundle of each shard added to `<outDir>/pagefind/<shard>/`, several
 * shards at once. Each shard's records go to a file in the (staging) output folder as soon as
 * they are added, which a failed or killed build removes, and the driver that indexes them
 * deletes it as soon as it has read it: so the build never holds more than one shard's records.
 */
export class SearchIndexWriter {
  private readonly shards: ShardFile[] = [];

  constructor(private readonly outDir: string) {}

  /** Records to index, over all shards added. */
  get records(): number {
    return this.shards.reduce((sum, s) => sum + s.count, 0);
  }

  add(shard: string, records: SearchRecord[]): void {
    if (records.length === 0) return;
    mkdirSync(this.outDir, { recursive: true });
    const file = path.join(this.outDir, `.search-shard-${shard}`);
    writeFileSync(file, serialize(records));
    this.shards.push({ shard, file, count: records.length, weight: records.reduce((sum, r) => sum + r.content.length, 0) });
  }

  /**
   * Indexes every shard added, and returns how long it took, as its drivers measured it. When
   * `signal` aborts, the indexing stops, and with it every write, before this returns.
   */
  async run(onProgress?: (done: number, total: number) => void, signal?: AbortSignal): Promise<number> {
    try {
      return await runJobs(jobs(this.shards, WORKERS, this.outDir), this.records, onProgress, signal);
    } finally {
      // Only there if a driver failed before reading them.
      for (const s of this.shards) await rm(s.file, { force: true });
    }
  }
}

async function runJobs(
  list: SearchJob[],
  total: number,
  onProgress?: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<number> {
  if (list.length === 0) return 0;
  let longest = 0;
  const running = new Set<ChildProcess>();
  let failure: SearchIndexError | null = null;
  let indexed = 0;
  const stop = (): void => {
    for (const child of running) child.kill();
  };
  const fail = (message: string): void => {
    failure ??= new SearchIndexError(`search index: ${message}`);
    stop();
  };
  // Each job goes whole at the start, as the driver's argument: this thread is about to be busy
  // rendering, and neither a request for the next shard nor a job sent down the channel (which
  // this thread's event loop feeds) would get through until it is done. The records themselves
  // are in the shard files.
  const run = (job: SearchJob): Promise<void> =>
    new Promise((resolve) => {
      let child: ChildProcess;
      try {
        child = fork(WORKER, [JSON.stringify(job)], { execArgv: WORKER_ARGS, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      } catch (error) {
        fail(error instanceof Error ? error.message : String(error));
        resolve();
        return;
      }
      running.add(child);
      let done = false;
      child.on('message', (message: FromWorker) => {
        if (message.type === 'progress') {
          indexed += message.count;
          onProgress?.(indexed, total);
        } else if (message.type === 'done') {
          done = true;
          longest = Math.max(longest, message.ms);
        } else {
          fail(message.message);
        }
      });
      child.on('error', (error) => fail(error.message));
      // After its messages, and once it can write nothing more.
      child.on('close', (code, killed) => {
        running.delete(child);
        if (!done && !signal?.aborted) fail(`Pagefind stopped before it was done (${killed ?? `exit code ${code}`})`);
        resolve();
      });
    });
  signal?.addEventListener('abort', stop);
  try {
    await Promise.all(list.map(run));
  } finally {
    signal?.removeEventListener('abort', stop);
  }
  signal?.throwIfAborted();
  if (failure) throw failure;
  return longest;
}
