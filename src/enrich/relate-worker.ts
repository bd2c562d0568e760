// Relates articles in a worker thread that `serve` keeps from build to build (see relating.ts).
// It remembers every article's terms, so that a build sends only those of the articles that
// changed; builds the term vectors as soon as it has them, while the main thread decides the
// topics; and relates the articles once the topics come.
import { parentPort } from 'node:worker_threads';
import { relateVectors, type RelatedResult, type TermInput, TermTable, TermVectors, type TopicLists } from './related.ts';

/**
 * From the main thread, for build `build`: the articles, as the files they come from in order,
 * with the terms of those new or changed since the last message; then their topics.
 */
export type ToRelater = { type: 'terms'; build: number; files: string[]; changed: TermInput[] } | { type: 'topics'; build: number; topics: TopicLists };
/** To the main thread: a build's result, or why there is none. */
export type FromRelater = { type: 'result'; build: number; result: RelatedResult } | { type: 'error'; build: number; message: string };

const port = parentPort;
if (!port) throw new Error('relate-worker.ts runs in a worker thread');
/** Every article's terms, by file, as of the last build. */
let known = new Map<string, TermInput>();
let vectors: { build: number; terms: TermVectors } | null = null;
/** The terms of every article met, parsed: those of `known` are found there by the next build. */
const table = new TermTable();

port.on('message', (message: ToRelater) => {
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
      vectors = { build: message.build, terms: new TermVectors(input, table) };
    } else {
      if (vectors?.build !== message.build) throw new Error(`topics for build ${message.build} came before its terms`);
      const result = relateVectors(vectors.terms, message.topics);
      // The vectors are a build's own: not kept between builds.
      vectors = null;
      port.postMessage({ type: 'result', build: message.build, result } satisfies FromRelater);
    }
  } catch (error) {
    port.postMessage({ type: 'error', build: message.build, message: error instanceof Error ? error.message : String(error) } satisfies FromRelater);
  }
});
