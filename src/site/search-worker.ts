// One Pagefind service, driven from a worker thread (src/site/search-index.ts starts it). The
// service indexes one message at a time, so two of them, each with its own worker, index two
// shards at once; and the worker does the encoding and file writing off the thread that renders.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import type { SearchRecord } from './search-index.ts';

/** The worker's `workerData`: the shards it indexes, each into its folder. */
export interface SearchJob {
  shards: { dir: string; records: SearchRecord[] }[];
}

/** To the main thread: records indexed, or the failure that ended the job. */
export type FromWorker = { type: 'progress'; count: number } | { type: 'error'; message: string };

/** Records in flight to the service at once: enough that it never waits for the next. */
const BATCH = 256;

const port = parentPort;
if (!port) throw new Error('search-worker.ts runs in a worker thread');
const send = (message: FromWorker): void => port.postMessage(message);

async function indexShard(dir: string, records: SearchRecord[]): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(errors.join('; '));
  for (let i = 0; i < records.length; i += BATCH) {
    const batch = records.slice(i, i + BATCH);
    const added = await Promise.all(batch.map((r) => index.addCustomRecord({ ...r, language: 'en' })));
    added.forEach((a, j) => {
      if (a.errors.length) throw new Error(`${batch[j]!.url}: ${a.errors.join('; ')}`);
    });
    send({ type: 'progress', count: batch.length });
  }
  // The bundle comes back in memory and is written here, not by the service, so that stopping
  // this worker (when the build fails) stops every write into the staging folder with it.
  const got = await index.getFiles();
  if (got.errors.length) throw new Error(got.errors.join('; '));
  const made = new Set<string>();
  for (const file of got.files) {
    const target = path.join(dir, file.path);
    const parent = path.dirname(target);
    if (!made.has(parent)) mkdirSync(parent, { recursive: true });
    made.add(parent);
    writeFileSync(target, file.content);
  }
  await index.deleteIndex();
}

// The whole job comes at the start: asking the main thread for the next shard would wait for
// it, and it is busy rendering pages.
const job = workerData as SearchJob;
try {
  for (const shard of job.shards) await indexShard(shard.dir, shard.records);
} catch (error) {
  send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
} finally {
  await pagefind.close();
}
