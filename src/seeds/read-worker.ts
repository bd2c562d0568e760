// Reads seeds in a worker thread (src/seeds/load.ts starts it): parsing and entity extraction
// are the costly, CPU-bound part of reading, and they run on every core this way.
import { parentPort } from 'node:worker_threads';
import type { ReadResult } from '../types.ts';
import { readSeed } from './read.ts';

/** A batch of files to read: their index in the load, name and bytes. */
export interface ReadBatch {
  files: { index: number; file: string; bytes: Uint8Array }[];
}

/** What each file of a batch became. */
export interface ReadBatchResult {
  results: { index: number; result: ReadResult }[];
}

const port = parentPort;
if (!port) throw new Error('read-worker.ts runs in a worker thread');
port.on('message', (batch: ReadBatch) => {
  const reply: ReadBatchResult = { results: batch.files.map(({ index, file, bytes }) => ({ index, result: readSeed(file, bytes) })) };
  port.postMessage(reply);
});
