// Relates articles in a worker thread that `serve` keeps from build to build (see relating.ts).
// It remembers every article's terms, so that a build sends only those of the articles that
// changed; builds the term vectors as soon as it has them, while the main thread decides the
// topics; and relates the articles once the topics come: a large archive in two halves, one
// of them on a helper thread (relate-helper.ts), while the main thread has nothing to do but wait.
import { parentPort } from 'node:worker_threads';
import { RelateHelper } from './relate-helper-thread.ts';
import { type RelatedResult, relateVectors, type TermInput, TermTable, TermVectors, type TopicLists } from './related.ts';

/**
 * From the main thread, for build `build`: the articles, as the files they come from in order,
 * with the terms of those new or changed since the last message; then their topics. Archives of
 * `splitAt` articles or more are related on two threads.
 */
export type ToRelater = { type: 'terms'; build: number; files: string[]; changed: TermInput[]; splitAt: number } | { type: 'topics'; build: number; topics: TopicLists };
/** To the main thread: a build's result, or why there is none. */
export type FromRelater = { type: 'result'; build: number; result: RelatedResult } | { type: 'error'; build: number; message: string };

const port = parentPort;
if (!port) throw new Error('relate-worker.ts runs in a worker thread');
/** Every article's terms, by file, as of the last build. */
let known = new Map<string, TermInput>();
let vectors: { build: number; terms: TermVectors; split: boolean } | null = null;
/** The terms of every article met, parsed: those of `known` are found there by the next build. */
const table = new TermTable();

/** The helper thread, started for the first archive large enough. */
const helper = new RelateHelper();

port.on('message', async (message: ToRelater) => {
  try {
    if (message.type === 'terms') {
      for (const input of message.changed) known.set(input.file!, input);
      const input = message.files.map((file) => {
        const found = known.get(file);
        if (!found) throw new Error(`no terms for ${file}`);
        return found;
      });
      // Articles gone since are forgotten.
      known = new Map(input.map((a) => [a.file!, a]));
      // Vectors shared with the helper are in shared memory.
      const split = input.length >= message.splitAt;
      vectors = { build: message.build, terms: new TermVectors(input, table, { shared: split }), split };
    } else {
      if (vectors?.build !== message.build) throw new Error(`topics for build ${message.build} came before its terms`);
      const { terms, split } = vectors;
      // The vectors are a build's own: not kept between builds.
      vectors = null;
      const result = split ? await helper.relate(terms, message.topics) : relateVectors(terms, message.topics);
      port.postMessage({ type: 'result', build: message.build, result } satisfies FromRelater);
    }
  } catch (error) {
    port.postMessage({ type: 'error', build: message.build, message: error instanceof Error ? error.message : String(error) } satisfies FromRelater);
  }
});
