// Writes the files of a build on a thread of its own (write-worker.ts), a chunk at a time,
// while this thread renders the next chunk: Eleventy renders, and this writes what it rendered.
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../workers.ts';
import type { WriteBatch, WriteReply } from './write-worker.ts';

export class WriteError extends Error {}

export class FileWriter {
  private readonly worker: Worker;
  /** The batch being written: at most one, so that at most two chunks' files are held. */
  private pending: Promise<void> = Promise.resolve();
  private settle: { resolve: () => void; reject: (e: Error) => void } | null = null;
  private failure: WriteError | null = null;
  /** The buffer a batch's contents are encoded into: handed to the thread with it, and back. */
  private bytes = new ArrayBuffer(1 << 20);

  constructor(outDir: string) {
    this.worker = startWorker('write-worker', outDir);
    this.worker.on('message', (reply: WriteReply) => {
      if (reply.ok) this.bytes = reply.bytes;
      this.done(reply.ok ? null : new WriteError(`writing the site failed: ${reply.message}`));
    });
    this.worker.on('error', (error) => this.done(new WriteError(`writing the site failed: ${error.message}`)));
    this.worker.on('exit', (code) => this.done(new WriteError(`the writing thread stopped (exit code ${code})`)));
  }

  /**
   * Hands a chunk's files (paths relative to the output folder) to the writing thread, once the
   * chunk before it is written; throws if writing any earlier one failed.
   */
  async write(files: { path: string; content: string }[]): Promise<void> {
    await this.pending;
    if (this.failure) throw this.failure;
    if (files.length === 0) return;
    const batch: WriteBatch = { paths: files.map((f) => f.path), ends: this.encode(files), bytes: this.bytes };
    this.pending = new Promise<void>((resolve, reject) => {
      this.settle = { resolve, reject };
    });
    // Reported by the next write or by finish: never unhandled meanwhile.
    this.pending.catch(() => {});
    this.worker.postMessage(batch, [batch.bytes]);
  }

  /** Encodes the contents one after another into the buffer, grown as needed; returns where each ends. */
  private encode(files: readonly { content: string }[]): number[] {
    const ends: number[] = [];
    let end = 0;
    let view = Buffer.from(this.bytes);
    for (const { content } of files) {
      // At most 3 bytes a UTF-16 unit; asked only when the buffer may be too small.
      if (view.length - end < 3 * content.length && view.length - end < Buffer.byteLength(content)) {
        const larger = Buffer.from(new ArrayBuffer(Math.max(2 * view.length, end + 3 * content.length)));
        view.copy(larger, 0, 0, end);
        view = larger;
      }
      // Buffer's own UTF-8 writer: twice as fast as TextEncoder.encodeInto on pages of one-byte text.
      end += view.write(content, end);
      ends.push(end);
    }
    this.bytes = view.buffer as ArrayBuffer;
    return ends;
  }

  /** Waits until every file handed over is written, then ends the thread; throws if any could not be. */
  async finish(): Promise<void> {
    try {
      await this.pending;
      if (this.failure) throw this.failure;
    } finally {
      await this.close();
    }
  }

  /** Ends the thread, once it has stopped writing (after a failure, or when the build is abandoned). */
  async close(): Promise<void> {
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }

  private done(failure: WriteError | null): void {
    const settle = this.settle;
    this.settle = null;
    if (failure) this.failure ??= failure;
    if (!settle) return;
    if (this.failure) settle.reject(this.failure);
    else settle.resolve();
  }
}
