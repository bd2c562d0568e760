// Relates part of an archive (see Relation in related.ts) in a thread of its own, beside the
// relating thread of `serve` (relate-worker.ts), which starts it for large archives: the term
// vectors come in shared memory, and the part found goes back.
import { parentPort } from 'node:worker_threads';
import { type RelatedPart, Relation, type TopicLists, type VectorArrays } from './related.ts';

/** Rows `from` to `to` of the archive of `vectors`, whose topics are `topics`. */
export interface HelperJob {
  job: number;
  vectors: VectorArrays;
  topics: TopicLists;
  from: number;
  to: number;
}

export type FromHelper = { job: number; part: RelatedPart } | { job: number; error: string };

const port = parentPort;
if (!port) throw new Error('relate-helper.ts runs in a worker thread');
port.on('message', ({ job, vectors, topics, from, to }: HelperJob) => {
  try {
    const part = new Relation(vectors, topics).part(from, to);
    port.postMessage({ job, part } satisfies FromHelper);
  } catch (error) {
    port.postMessage({ job, error: error instanceof Error ? error.message : String(error) } satisfies FromHelper);
  }
});
