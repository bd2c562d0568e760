// Writes rendered files on a thread of its own (src/output/page-writer.ts starts it): batch
// after batch, in the order sent, each answered once written or once a write failed.
import { parentPort } from 'node:worker_threads';
import { failedReply, type WriteBatch, type WriteReply, writePageFiles } from './page-writer.ts';

const port = parentPort;
if (!port) throw new Error('write-worker.ts runs in a worker thread');
/** The folders made so far, by every batch: each is made once. */
const made = new Set<string>();
port.on('message', ({ id, root, files }: WriteBatch) => {
  let reply: WriteReply;
  try {
    writePageFiles(root, files, made);
    reply = { id, ok: true };
  } catch (error) {
    reply = failedReply(id, error);
  }
  port.postMessage(reply);
});
