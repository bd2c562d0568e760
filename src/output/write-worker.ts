// Writes rendered files in a worker thread (src/output/writer.ts starts it): the folders and
// files of one chunk of pages after another, synchronously, one at a time, so that the main
// thread renders the next chunk meanwhile. One thread writing in order, not many writes at
// once: on this project's test machine concurrent writes cost far more system time.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';

/**
 * A chunk's files: paths relative to the output folder, with `/` separators, and their contents
 * as UTF-8, one after another in `bytes` (file i ends at `ends[i]`), which is handed over, not
 * copied: copying the contents as strings took the main thread longer than writing them.
 */
export interface WriteBatch {
  paths: string[];
  ends: number[];
  bytes: ArrayBuffer;
}
/** Once a batch is written (with its buffer, handed back for the next one), or why it could not be. */
export type WriteReply = { ok: true; bytes: ArrayBuffer } | { ok: false; message: string };

const port = parentPort;
if (!port) throw new Error('write-worker.ts runs in a worker thread');
const root = path.resolve(workerData as string);
/** Folders made (or found) already: each is made once, not once per file. */
const made = new Set<string>();

function folderFor(file: string): void {
  const dir = path.dirname(file);
  if (made.has(dir)) return;
  mkdirSync(dir, { recursive: true });
  for (let d = dir; d.length > root.length && !made.has(d); d = path.dirname(d)) made.add(d);
}

port.on('message', ({ paths, ends, bytes }: WriteBatch) => {
  try {
    const all = new Uint8Array(bytes);
    paths.forEach((rel, i) => {
      const file = path.resolve(root, rel);
      // Defence in depth: pages' URLs are checked when made; nothing is written outside the folder.
      if (!file.startsWith(`${root}${path.sep}`)) throw new Error(`refusing to write outside the output folder: ${rel}`);
      folderFor(file);
      writeFileSync(file, all.subarray(i === 0 ? 0 : ends[i - 1], ends[i]));
    });
    port.postMessage({ ok: true, bytes } satisfies WriteReply, [bytes]);
  } catch (error) {
    port.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) } satisfies WriteReply);
  }
});
