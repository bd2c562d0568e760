// Reads seeds in a worker thread (src/seeds/load.ts starts it): the files themselves, then
// parsing and entity extraction, the costly, CPU-bound part of reading. The files are read
// here rather than on the main thread, which would otherwise spend a third of a core reading
// them and copying their bytes over, while the readers wait for it on two cores.
import { parentPort } from 'node:worker_threads';
import type { ReadResult, SeedProblem } from '../types.ts';
import { readListedSync } from './files.ts';
import { readSeed } from './read.ts';

/** A batch of files to read, in folder `dir`: their index in the load, and name. */
export interface ReadBatch {
  dir: string;
  files: { index: number; file: string }[];
}

/** What each file of a batch became, or why it could not be read (see readListed). */
export interface ReadBatchResult {
  results: ({ index: number; result: ReadResult } | { index: number; failed: SeedProblem | null })[];
}

const port = parentPort;
if (!port) throw new Error('read-worker.ts runs in a worker thread');
port.on('message', ({ dir, files }: ReadBatch) => {
  const reply: ReadBatchResult = {
    results: files.map(({ index, file }) => {
      const read = readListedSync(dir, file);
      return 'bytes' in read ? { index, result: readSeed(file, read.bytes) } : { index, failed: read.failed };
    }),
  };
  port.postMessage(reply);
});
