// The full-text search index, written by Pagefind from the articles themselves: only titles
// and bodies are indexed, never navigation. One Pagefind bundle per year (`/pagefind/2017/`),
// merged by the search page, so that a new article re-indexes its year, not the archive.
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
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

/** The year a record's index shard is: its article's year. */
export function shardOf(record: SearchRecord): string {
  return record.sort.date.slice(0, 4);
}

/** Records grouped by shard, in the records' order. */
export function shards(records: SearchRecord[]): Map<string, SearchRecord[]> {
  const out = new Map<string, SearchRecord[]>();
  for (const r of records) {
    const key = shardOf(r);
    const list = out.get(key);
    if (list) list.push(r);
    else out.set(key, [r]);
  }
  return out;
}

/** Folder of a shard's bundle, relative to the output folder. */
export function shardFolder(shard: string): string {
  return `pagefind/${shard}`;
}

/** Pagefind services run at once, each in its own worker thread (see search-worker.ts). */
const WORKERS = Math.max(1, Math.min(2, availableParallelism()));

const WORKER = new URL('./search-worker.ts', import.meta.url);
// A worker thread does not inherit the main thread's TypeScript loader (Node 20): it registers tsx first.
const BOOT = `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))}; register(); await import(${JSON.stringify(WORKER.href)});`;

/** Shards split into `n` jobs of about equal work: largest first, each to the lightest job. */
function jobs(list: [string, SearchRecord[]][], n: number, outDir: string): SearchJob[] {
  const weighed = list
    .map(([shard, records]) => ({ shard, records, weight: records.reduce((sum, r) => sum + r.content.length, 0) }))
    .sort((a, b) => b.weight - a.weight);
  const out = Array.from({ length: Math.min(n, list.length) }, () => ({ shards: [] as SearchJob['shards'], weight: 0 }));
  for (const { shard, records, weight } of weighed) {
    const lightest = out.reduce((a, b) => (b.weight < a.weight ? b : a));
    lightest.shards.push({ dir: path.join(outDir, shardFolder(shard)), records });
    lightest.weight += weight;
  }
  return out.map(({ shards }) => ({ shards }));
}

/**
 * Writes the Pagefind bundle of each shard that has records to `<outDir>/pagefind/<shard>/`,
 * several shards at once. When `signal` aborts, every write stops before this returns.
 */
export async function writeSearchIndex(
  records: SearchRecord[],
  outDir: string,
  onProgress?: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<void> {
  if (records.length === 0) return;
  const workers = new Set<Worker>();
  let failure: SearchIndexError | null = null;
  let done = 0;
  const stop = (): void => {
    for (const w of workers) void w.terminate();
  };
  const fail = (message: string): void => {
    failure ??= new SearchIndexError(`search index: ${message}`);
    stop();
  };
  const run = (job: SearchJob): Promise<void> =>
    new Promise((resolve) => {
      const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(BOOT)}`), { workerData: job });
      workers.add(worker);
      worker.on('message', (message: FromWorker) => {
        if (message.type === 'progress') {
          done += message.count;
          onProgress?.(done, records.length);
        } else {
          fail(message.message);
        }
      });
      worker.on('error', (error) => fail(error.message));
      worker.on('exit', (code) => {
        workers.delete(worker);
        // Exit code 13: its last await never settled, as when Pagefind's service quits without an answer.
        if (code !== 0 && !signal?.aborted) fail(`Pagefind stopped before it was done (worker exit code ${code})`);
        resolve();
      });
    });
  signal?.addEventListener('abort', stop);
  try {
    await Promise.all(jobs([...shards(records)], WORKERS, outDir).map(run));
  } finally {
    signal?.removeEventListener('abort', stop);
  }
  signal?.throwIfAborted();
  if (failure) throw failure;
}
