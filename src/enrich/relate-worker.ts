// Relates articles in a worker thread that `serve` keeps from build to build (see relating.ts).
// It remembers every article's terms, so that a build sends only those of the articles that
// changed; builds the term vectors as soon as it has them, while the main thread decides the
// topics; and relates the articles once the topics come: from the last build's relation, again
// only where it may have changed (related-update.ts), else a large archive in two halves, one
// of them on a helper thread (relate-helper.ts), while the main thread has nothing to do but wait.
// It keeps each build's relation on disk too (relation-file.ts), and starts from the one there
// when it has none in memory (a one-off `build`, or `serve` just started).
import { parentPort } from 'node:worker_threads';
import { RelateHelper } from './relate-helper-thread.ts';
import { loadRelation, type RelationFile, saveRelation } from './relation-file.ts';
import { joinParts, memoOf, type RelationMemo, updatePart } from './related-update.ts';
import { type RelatedResult, Relation, type TermInput, TermTable, TermVectors, type TopicLists } from './related.ts';

/**
 * From the main thread: where the last relation is kept, to read while the seeds are read, if
 * the thread has none in memory. Then for build `build`: the articles, as the files they come
 * from in order (none when they are the last build's), with the terms of those new or changed
 * since the last message (or, for those the relation read may have, their digests alone: see
 * LightInputs, and `more` for the terms it asks for); then their topics. Archives of `splitAt`
 * articles or more are related on two threads; `mostDirty` overrides updatePart's share of rows
 * beyond which a build is related from scratch (for tests); `save`, where the build's relation
 * is to be kept. Or, between builds: keep the last build's relation in `to` now (`serve`, once
 * it is idle: see Relater.keep).
 */
export type ToRelater =
  | { type: 'load'; from: RelationFile }
  | { type: 'keep'; build: number; to: RelationFile }
  | { type: 'terms'; build: number; files?: readonly string[]; changed: TermInput[]; light: LightInputs; splitAt: number; mostDirty?: number; save?: RelationFile }
  | { type: 'more'; build: number; changed: TermInput[] }
  | { type: 'topics'; build: number; topics: TopicLists };

/**
 * Articles sent without their terms, by file, id, date and digest: those of records the thread
 * may know by their digest from the relation it read (see TermTable.knowDigest). Their terms
 * were 150 MB of strings to copy at 100,000 articles, 0.3 s of the main thread's time and about
 * 0.9 s of this one's before it could start. The thread asks for the terms of any it does not know
 * (`need`), which come as `more`.
 */
export interface LightInputs {
  files: string[];
  ids: string[];
  dates: string[];
  digests: string[];
}
/**
 * To the main thread: a build's result (`updated` when related from the last build's relation),
 * or why there is none; then, for a build asked to `save`, that its relation is kept (or not: a
 * relation that cannot be written only makes the next build relate from scratch).
 */
export type FromRelater =
  | { type: 'need'; build: number; files: string[] }
  | { type: 'result'; build: number; result: RelatedResult; updated: boolean }
  | { type: 'error'; build: number; message: string }
  | { type: 'saved'; build: number };

if (!parentPort) throw new Error('relate-worker.ts runs in a worker thread');
const port = parentPort;
/** Every article's terms, by file, as of the last build. */
let known = new Map<string, TermInput>();
/** The last build's files, in order: a build whose files are the same sends none (see Relater.start). */
let files: readonly string[] = [];
let vectors: { build: number; terms: TermVectors; split: boolean; mostDirty?: number; save?: RelationFile } | null = null;
/**
 * The last build's term vectors, which the next build's are patched from (see TermVectors):
 * most of their arrays are kept, not made anew, from build to build.
 */
let lastTerms: TermVectors | undefined;
/** The terms of every article met, parsed: those of `known` are found there by the next build. */
const table = new TermTable();
/** What the last build's relating left for the next (see related-update.ts); null after a failure. */
let memo: RelationMemo | null = null;

/** The helper thread, started for the first archive large enough. */
const helper = new RelateHelper();

/** A build waiting for the terms it asked for (see LightInputs), which come past the queue. */
let asked: { build: number; take: (changed: TermInput[]) => void } | null = null;

/** Messages are handled one after another: a build's terms wait for the relation being read. */
let queue = Promise.resolve();
port.on('message', (message: ToRelater) => {
  if (message.type === 'more') {
    if (asked?.build === message.build) asked.take(message.changed);
    return;
  }
  // A message that fails where `handle` does not expect it must not stop the ones after it.
  queue = queue.then(() => handle(message)).catch((error: unknown) => {
    if (message.type !== 'load') port.postMessage({ type: 'error', build: message.build, message: String(error) } satisfies FromRelater);
  });
});

async function handle(message: Exclude<ToRelater, { type: 'more' }>): Promise<void> {
  if (message.type === 'load') {
    // A relation read from disk is no better than the one in memory, which is of the last build.
    if (memo === null) memo = await loadRelation(message.from, table).catch(() => null);
    return;
  }
  try {
    if (message.type === 'keep') {
      // The relation of the last build related here, which the next build's messages wait for.
      if (memo) await saveRelation(message.to, memo, table).catch(() => false);
      port.postMessage({ type: 'saved', build: message.build } satisfies FromRelater);
    } else if (message.type === 'terms') {
      // First: the main thread takes the files it sent for this thread's, whatever happens here.
      if (message.files) files = message.files;
      for (const input of message.changed) known.set(input.file!, input);
      const { light } = message;
      const unknown: string[] = [];
      light.files.forEach((file, k) => {
        const digest = light.digests[k]!;
        // Known by its digest: its terms are the table's (see TermTable.of), none given.
        if (table.knows(digest)) known.set(file, { id: light.ids[k]!, file, date: light.dates[k]!, digest, terms: '', termCounts: '' });
        else unknown.push(file);
      });
      if (unknown.length > 0) {
        const more = new Promise<TermInput[]>((take) => (asked = { build: message.build, take }));
        port.postMessage({ type: 'need', build: message.build, files: unknown } satisfies FromRelater);
        for (const input of await more) known.set(input.file!, input);
        asked = null;
      }
      const input = files.map((file) => {
        const found = known.get(file);
        if (!found) throw new Error(`no terms for ${file}`);
        return found;
      });
      // Articles gone since are forgotten.
      if (message.files) known = new Map(input.map((a) => [a.file!, a]));
      // Vectors shared with the helper are in shared memory.
      const split = input.length >= message.splitAt;
      // Taken apart by the patch: not used again, whatever happens.
      const last = lastTerms;
      lastTerms = undefined;
      const terms = new TermVectors(input, table, { shared: split, last });
      lastTerms = terms;
      vectors = { build: message.build, terms, split, mostDirty: message.mostDirty, save: message.save };
      // Terms read with a relation from disk served this build; the table keeps them by input now.
      table.forgetDigests();
    } else {
      if (vectors?.build !== message.build) throw new Error(`topics for build ${message.build} came before its terms`);
      const { save } = vectors;
      memo = await relate(vectors, message.topics);
      if (save) {
        // After the result: the build does not wait for it, only the thread's end does (see Relater.close).
        await saveRelation(save, memo, table).catch(() => false);
        port.postMessage({ type: 'saved', build: message.build } satisfies FromRelater);
      }
    }
  } catch (error) {
    port.postMessage({ type: 'error', build: message.build, message: error instanceof Error ? error.message : String(error) } satisfies FromRelater);
  }
}

/**
 * Relates build `build`'s articles and posts the result; returns what the next build relates
 * from. The relation (hundreds of MB at 100,000 articles) is this call's alone: unreachable once
 * it returns, while the thread keeps the relation on disk; the term vectors stay as `lastTerms`.
 */
async function relate(built: NonNullable<typeof vectors>, topics: TopicLists): Promise<RelationMemo> {
  const { build, terms, split, mostDirty } = built;
  vectors = null;
  const relation = new Relation(terms, topics);
  let last = memo;
  // Forgotten until this build succeeds: a memo must be of the build before the next one.
  memo = null;
  const updated = last ? updatePart(relation, terms, topics, last, mostDirty) : null;
  // Not held while this build's relation is made and saved.
  last = null;
  const part = updated ?? joinParts(split ? await helper.parts(relation, terms, topics) : [relation.part()], terms.n);
  const result = relation.result([part], terms.ids);
  port.postMessage({ type: 'result', build, result, updated: updated !== null } satisfies FromRelater);
  return memoOf(terms, topics, part);
}
