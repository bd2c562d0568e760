// Writes the files Eleventy renders into the folder a build stages its output in. Eleventy
// renders a run's pages without writing them (its `toJSON`), and this writes them: a large run's
// on a thread of its own, so that the thread that renders does not wait for the file system
// (at 100,000 articles that thread is the build's longest: Pagefind, on the other core, is done
// 20-30 s before it); a small run's here, where starting the thread would cost more than it saves.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../workers.ts';

/** A rendered file: its path in the staging folder (`/`-separated) and its content. */
export type PageFile = [rel: string, content: string | Uint8Array];

/** To the writing thread: a batch of files for the folder `root`. */
export interface WriteBatch {
  id: number;
  root: string;
  files: PageFile[];
}

/** From the writing thread: a batch written, or the error that stopped it (the system's code, call and path kept). */
export type WriteReply = { id: number; ok: true } | { id: number; ok: false; message: string; code?: string; syscall?: string; path?: string };

export class PageWriteError extends Error {}

/**
 * The path in `root` of a file Eleventy rendered to `outputPath` (resolved as Eleventy resolves
 * it, from the working folder); an error for one outside `root`: every page's address was checked
 * before it was rendered (see assertSafeUrl), and this keeps any other out all the same.
 */
export function relativeOutput(root: string, outputPath: string): string {
  const rel = path.relative(path.resolve(root), path.resolve(outputPath));
  if (rel === '' || rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) {
    throw new PageWriteError(`a page would be written outside the output folder: ${outputPath}`);
  }
  return rel.split(path.sep).join('/');
}

/** Writes `files` under `root`, making each folder once: `made` holds the folders made so far. */
export function writePageFiles(root: string, files: readonly PageFile[], made: Set<string>): void {
  for (const [rel, content] of files) {
    const file = path.join(root, rel);
    const dir = path.dirname(file);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(file, content);
  }
}

/** The reply for a batch that failed with `error`, which keeps what tells a system error (see systemError in cli/main.ts). */
export function failedReply(id: number, error: unknown): WriteReply {
  const { code, syscall, path: where } = error as NodeJS.ErrnoException;
  return { id, ok: false, message: error instanceof Error ? error.message : String(error), code, syscall, path: where };
}

/** Runs of at least this many files are written on the thread; smaller ones here (a rebuild's handful of pages). */
export const THREAD_BATCH = 200;

/**
 * Batches handed to the thread and not yet written, at most: the renderer waits beyond that, so
 * that pages rendered faster than they are written do not pile up in memory.
 */
const IN_FLIGHT = 2;

const encoder = new TextEncoder();

/**
 * Writes one build's rendered files into its staging folder. `write` hands a batch over and
 * returns (once written, for a small one); `flush` waits until every batch is written and throws
 * the first failure; `close` stops the thread and waits until it has stopped, so that nothing
 * writes into the folder after a build that failed.
 */
export class PageWriter {
  private worker: Worker | null = null;
  private readonly made = new Set<string>();
  private readonly pending: Promise<void>[] = [];
  private readonly waiting = new Map<number, { resolve: () => void; reject: (e: Error) => void }>();
  private failure: Error | null = null;
  private next = 0;

  constructor(
    private readonly root: string,
    private readonly threadBatch = THREAD_BATCH,
  ) {}

  async write(files: PageFile[]): Promise<void> {
    if (this.failure) throw this.failure;
    if (files.length === 0) return;
    if (files.length < this.threadBatch) {
      try {
        writePageFiles(this.root, files, this.made);
      } catch (error) {
        throw this.fail(error);
      }
      return;
    }
    while (this.pending.length >= IN_FLIGHT) await this.pending.shift();
    if (this.failure) throw this.failure;
    const id = this.next++;
    const done = new Promise<void>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    // Thrown by flush, or by the next write: until then it must not go unhandled.
    done.catch(() => {});
    this.pending.push(done);
    // Encoded here and moved to the thread, not copied: the pages are never held twice (cloned
    // as strings, they grew the thread's heap: a 10,000-article build peaked 200 MB higher).
    const moved: ArrayBuffer[] = [];
    const encoded = files.map(([rel, content]): PageFile => {
      if (typeof content !== 'string') return [rel, content];
      const bytes = encoder.encode(content);
      moved.push(bytes.buffer as ArrayBuffer);
      return [rel, bytes];
    });
    this.thread().postMessage({ id, root: this.root, files: encoded } satisfies WriteBatch, moved);
  }

  /** Waits until every file handed over is written; throws the first failure. */
  async flush(): Promise<void> {
    await Promise.allSettled(this.pending.splice(0));
    if (this.failure) throw this.failure;
  }

  /** Stops the thread, if one was started, and waits until it has stopped writing. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
    this.fail(new Error('stopped'));
  }

  /** Records the first failure (the system's error as its cause) and fails every batch still waiting; returns the failure. */
  private fail(error: unknown): Error {
    this.failure ??= new PageWriteError(`writing the site: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    for (const w of this.waiting.values()) w.reject(this.failure);
    this.waiting.clear();
    return this.failure;
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const worker = startWorker('write-worker');
    // Never what keeps the process alive: the build waits for its batches.
    worker.unref();
    worker.on('message', (reply: WriteReply) => {
      const w = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (reply.ok) return w?.resolve();
      const { message, code, syscall, path: where } = reply;
      const failure = this.fail(Object.assign(new Error(message), { code, syscall, path: where }));
      w?.reject(failure);
    });
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => {
      if (this.worker === worker) this.fail(new Error(`the writing thread stopped (exit code ${code})`));
    });
    this.worker = worker;
    return worker;
  }
}
