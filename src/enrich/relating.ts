// Relating an archive's articles (related.ts) on a worker thread that `serve` keeps from build to
// build: the thread already has the terms of every unchanged article, so that a build sends
// only those of the articles that changed (sending all 100,000 took the main thread 0.75 s); it
// builds the term vectors while the main thread decides the topics, and relates the articles
// while the main thread makes the search records. A one-off `build` relates a small archive on
// the main thread, a large one on a thread of its own, from the relation the last build kept on
// disk (relation-file.ts).
import type { Worker } from 'node:worker_threads';
import { textOf } from '../seeds/stored-text.ts';
import type { SeedRecord, TopicRef } from '../types.ts';
import { startWorker } from '../workers.ts';
import type { FromRelater, LightInputs, ToRelater } from './relate-worker.ts';
import { loadRelation, type RelationFile, saveRelation } from './relation-file.ts';
import { joinParts, memoOf, updatePart } from './related-update.ts';
import { type RelatedResult, Relation, type TermInput, TermTable, type TopicLists, TermVectors, topicLists } from './related.ts';

export class RelatingError extends Error {}

/**
 * One build's relating, begun on its articles' terms: `topics` gives their topics, as soon as
 * they are decided, and `result` waits for the relation.
 */
export interface Relating {
  topics(topics: readonly (readonly TopicRef[])[]): void;
  result(): Promise<RelatedResult>;
  /** Once the result is given: whether it was worked out from a kept relation (see related-update.ts), not from scratch. */
  updated(): boolean;
  /**
   * Once the result is given: resolves when the relation is kept, or could not be (the next build
   * then relates from an older one, or from scratch). A thread's is kept by the thread, which
   * Relater.close waits for.
   */
  kept(): Promise<void>;
}

/** The error for topic lists that are not one per article, or null. */
function miscounted(topics: readonly unknown[], articles: number): RelatingError | null {
  return topics.length === articles ? null : new RelatingError(`relating: ${topics.length} topic lists for ${articles} articles`);
}

/** What relating reads of a record: its terms, and its digest, which stands for them from build to build. */
function termInput({ id, file, date, terms, termCounts, digest }: SeedRecord): TermInput {
  return { id, file, date, terms: textOf(terms), termCounts: textOf(termCounts), digest };
}

/**
 * Relates on this thread, when the result is asked for: after the search records are made and
 * Pagefind started on them, not before. With `save`, keeps the relation there for the next
 * build's relating thread (see relation-file.ts); with `from`, relates from the relation kept
 * there, if there is one of this version (a build that renders every page again, after a new
 * version of the tool that relates as the last did), read meanwhile.
 */
export function relateHere(records: readonly SeedRecord[], save?: RelationFile, from?: RelationFile): Relating {
  let given: readonly (readonly TopicRef[])[] | null = null;
  // Kept parsed when the relation is to be saved with them.
  let table: TermTable | null = new TermTable(save !== undefined);
  let last = from ? loadRelation(from, table).catch(() => null) : Promise.resolve(null);
  let updated = false;
  let kept = Promise.resolve();
  return {
    updated: () => updated,
    kept: () => kept,
    topics(topics) {
      given = topics;
    },
    async result() {
      if (given === null) throw new RelatingError('relating: no topics were given');
      const wrong = miscounted(given, records.length);
      if (wrong) throw wrong;
      if (!table) throw new RelatingError('relating: the result was asked for twice');
      const memo = await last;
      const own = table;
      // Not held by this build once the result is given: the articles' parsed terms (about 90 MB
      // at 100,000 articles, kept to be saved) once the relation is saved, the last build's
      // relation at once. A full build held both while it rendered every page.
      table = null;
      last = Promise.resolve(null);
      const terms = new TermVectors(records.map(termInput), own);
      own.forgetDigests();
      const topics = topicLists(given);
      const relation = new Relation(terms, topics);
      const fromLast = memo ? updatePart(relation, terms, topics, memo) : null;
      updated = fromLast !== null;
      const part = fromLast ?? relation.part();
      if (save) {
        const next = memoOf(terms, topics, joinParts([part], terms.n));
        // Kept after the result is given, while the build renders its pages (a rebuild's thread
        // mostly waits there for Pagefind): at 10,000 articles, keeping it before took a fifth
        // of a second of the rebuild's wait for relating. A build that fails meanwhile still
        // leaves it, as good a relation of its records as any.
        kept = new Promise((resolve) => setImmediate(resolve))
          .then(() => saveRelation(save, next, own))
          .then(
            () => {},
            () => {},
          );
      }
      return relation.result([part], terms.ids);
    },
  };
}

/**
 * Archives of this many articles or more are related on two threads (see relate-worker.ts), while
 * the main thread only waits (see also RELATE_THREAD_AT in build.ts). At 100,000 articles,
 * rebuilds waited 10.3-15.4 s for relating instead of 16.5-20.9 s; at 10,000, 0.50-0.67 s instead
 * of 0.81-0.91 s (the rebuild 1.73-1.85 s instead of 1.99-2.06 s, for 50-80 MB more). Below, the
 * helper thread's start (0.3-0.5 s, once) and memory would outweigh a gain of a tenth of a second.
 */
export const SPLIT_AT = 5_000;

/** The worker thread, kept from build to build, and what it knows. */
export class Relater {
  private worker: Worker | null = null;
  /** The record of each file whose terms the thread has (records of unchanged seeds are the same objects from build to build). */
  private sent = new Map<string, SeedRecord>();
  /** The files of the last build started, in order, as the thread has them: null when it has none. */
  private sentFiles: readonly string[] | null = null;
  /** Whether the thread was asked to read a relation (see prepare), whose records it then knows by their digests. */
  private prepared = false;
  /** How many articles the last build started sent the thread with their terms, by their digest alone, and with the terms the thread asked for then. For tests. */
  lastSent = { terms: 0, digests: 0, asked: 0 };
  private build = 0;
  private lastTopics: { topics: readonly (readonly TopicRef[])[]; lists: TopicLists } | null = null;
  private readonly waiting = new Map<number, { resolve: (r: { result: RelatedResult; updated: boolean }) => void; reject: (e: Error) => void }>();
  /** Builds whose relation the thread is still to write to disk, each with its end: the thread ends after (see close). */
  private readonly saving = new Map<number, { done: Promise<void>; end: () => void }>();
  /** Why each thread ended, if it did: a build that gives its topics to a thread lost meanwhile fails at once. */
  private readonly ended = new WeakMap<Worker, string>();

  /**
   * For tests: `splitAt`, the least archive related on two threads (see SPLIT_AT); `mostDirty`,
   * the share of rows beyond which a build is related from scratch (see updatePart).
   */
  constructor(
    private readonly splitAt = SPLIT_AT,
    private readonly mostDirty?: number,
  ) {}

  /**
   * Has the thread read the relation kept in `from` (see relation-file.ts), unless it has the
   * last build's in memory: while this thread reads the seeds, and before it starts a build.
   */
  prepare(from: RelationFile): void {
    this.thread().postMessage({ type: 'load', from } satisfies ToRelater);
    this.prepared = true;
  }

  /**
   * Starts relating `records` (one build's articles, in order): their terms go to the thread now,
   * but for those the thread may know by their digest from the relation it reads (see prepare):
   * records not read anew (`cached`), which the relation kept by the last build is most likely of.
   * With `save`, the thread keeps the relation there, after giving the result.
   */
  start(records: readonly SeedRecord[], save?: RelationFile, cached?: (r: SeedRecord) => boolean): Relating {
    const worker = this.thread();
    const build = ++this.build;
    // Only one build relates at a time: an earlier one left unfinished never gets its result.
    this.fail('relating: a newer build started');
    const changed: TermInput[] = [];
    const light: LightInputs = { files: [], ids: [], dates: [], digests: [] };
    // The same files as the last build's (a seed edited under `serve`): the thread has their
    // order, and what was sent is updated in place. At 100,000 articles, the list sent again and
    // the map made anew took 0.1-0.2 s of each thread.
    const sentFiles = this.sentFiles;
    const sameFiles = sentFiles !== null && sentFiles.length === records.length && records.every((r, i) => r.file === sentFiles[i]);
    for (const r of records) {
      if (this.sent.get(r.file) === r) continue;
      if (this.prepared && r.digest && cached?.(r)) {
        light.files.push(r.file);
        light.ids.push(r.id);
        light.dates.push(r.date);
        light.digests.push(r.digest);
      } else changed.push(termInput(r));
      if (sameFiles) this.sent.set(r.file, r);
    }
    if (!sameFiles) {
      this.sent = new Map(records.map((r) => [r.file, r]));
      this.sentFiles = records.map((r) => r.file);
    }
    this.lastSent = { terms: changed.length, digests: light.files.length, asked: 0 };
    const files = sameFiles ? undefined : this.sentFiles!;
    worker.postMessage({ type: 'terms', build, files, changed, light, splitAt: this.splitAt, mostDirty: this.mostDirty, save } satisfies ToRelater);
    let result: Promise<{ result: RelatedResult; updated: boolean }> | null = null;
    let updated = false;
    return {
      updated: () => updated,
      kept: () => Promise.resolve(),
      topics: (topics) => {
        // A thread lost since `start` would never answer: nothing could reject the wait.
        const lost = this.ended.get(worker);
        const wrong = lost === undefined ? miscounted(topics, records.length) : new RelatingError(lost);
        if (wrong) {
          result = Promise.reject(wrong);
          result.catch(() => {});
          return;
        }
        result = new Promise((resolve, reject) => this.waiting.set(build, { resolve, reject }));
        // A build that fails before it asks for the result must not leave its rejection unhandled.
        result.catch(() => {});
        if (save) {
          let end = (): void => {};
          const done = new Promise<void>((resolve) => (end = resolve));
          this.saving.set(build, { done, end });
        }
        worker.postMessage({ type: 'topics', build, topics: this.listsOf(topics) } satisfies ToRelater);
      },
      result: async () => {
        if (!result) throw new RelatingError('relating: no topics were given');
        const given = await result;
        updated = given.updated;
        return given.result;
      },
    };
  }

  /**
   * The topic lists of a build's articles: the last build's when every article has the same
   * topics, in the same array (see PlacementMemo), as after most edits; numbering them again took
   * 0.2-0.6 s of each rebuild at 100,000 articles.
   */
  private listsOf(topics: readonly (readonly TopicRef[])[]): TopicLists {
    const last = this.lastTopics;
    if (last?.topics.length === topics.length && topics.every((t, i) => t === last.topics[i])) return last.lists;
    const lists = topicLists(topics);
    this.lastTopics = { topics, lists };
    return lists;
  }

  /**
   * Keeps the relation of the last build related on the thread in `to` (see relation-file.ts):
   * for a caller that started builds without `save`, to keep it when it has time (`serve`, once
   * idle), where saving during each build took the thread 1.4 s of a rebuild at 100,000 articles.
   * Resolves once it is written, or could not be (the next build then relates from an older one).
   */
  keep(to: RelationFile): Promise<void> {
    const build = ++this.build;
    let end = (): void => {};
    const done = new Promise<void>((resolve) => (end = resolve));
    this.saving.set(build, { done, end });
    const worker = this.worker;
    if (worker && !this.ended.has(worker)) worker.postMessage({ type: 'keep', build, to } satisfies ToRelater);
    else this.saved(build);
    return done;
  }

  /** Ends the thread, once it has kept the relations it was asked to; a build still waiting for it fails. */
  async close(): Promise<void> {
    await Promise.all([...this.saving.values()].map((s) => s.done));
    const worker = this.worker;
    this.worker = null;
    this.fail('relating: the thread was closed');
    await worker?.terminate();
  }

  private fail(why: string): void {
    for (const w of this.waiting.values()) w.reject(new RelatingError(why));
    this.waiting.clear();
  }

  /** A build's relation is kept, or never will be. */
  private saved(build: number): void {
    this.saving.get(build)?.end();
    this.saving.delete(build);
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const worker = startWorker('relate-worker');
    // A new thread knows nothing: this build sends every article's terms, and their files.
    this.sent = new Map();
    this.sentFiles = null;
    this.prepared = false;
    // Never what keeps the process alive.
    worker.unref();
    worker.on('message', (message: FromRelater) => {
      if (message.type === 'saved') return this.saved(message.build);
      if (message.type === 'need') {
        // Terms of articles sent without them that the relation read did not have (one kept by
        // an earlier build than the last): those of the newest build started, the thread's.
        const changed = message.files.flatMap((file) => {
          const r = this.sent.get(file);
          return r ? [termInput(r)] : [];
        });
        if (message.build === this.build) this.lastSent.asked += changed.length;
        worker.postMessage({ type: 'more', build: message.build, changed } satisfies ToRelater);
        return;
      }
      const w = this.waiting.get(message.build);
      this.waiting.delete(message.build);
      if (message.type === 'result') w?.resolve({ result: message.result, updated: message.updated });
      else {
        this.saved(message.build);
        w?.reject(new RelatingError(`relating failed: ${message.message}`));
      }
    });
    const lost = (why: string): void => {
      if (!this.ended.has(worker)) this.ended.set(worker, why);
      // Nothing more comes from it.
      for (const build of [...this.saving.keys()]) this.saved(build);
      // A thread closed or replaced already: nothing waits for it.
      if (this.worker !== worker) return;
      this.worker = null;
      this.fail(why);
    };
    worker.on('error', (error) => lost(`relating failed: ${error.message}`));
    worker.on('exit', (code) => lost(`the relating thread stopped (exit code ${code})`));
    this.worker = worker;
    return worker;
  }
}
