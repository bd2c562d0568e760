// Relating an archive's articles (related.ts) on a worker thread that `serve` keeps from build to
// build: the thread already has the terms of every unchanged article, so that a build sends
// only those of the articles that changed (sending all 100,000 took the main thread 0.75 s); it
// builds the term vectors while the main thread decides the topics, and relates the articles
// while the main thread makes the search records. A one-off `build` relates on the main thread.
import type { Worker } from 'node:worker_threads';
import type { SeedRecord, TopicRef } from '../types.ts';
import { startWorker } from '../workers.ts';
import type { FromRelater, ToRelater } from './relate-worker.ts';
import { relateVectors, type RelatedResult, type TopicLists, TermVectors, topicLists } from './related.ts';

export class RelatingError extends Error {}

/**
 * One build's relating, begun on its articles' terms: `topics` gives their topics, as soon as
 * they are decided, and `result` waits for the relation.
 */
export interface Relating {
  topics(topics: readonly (readonly TopicRef[])[]): void;
  result(): Promise<RelatedResult>;
}

/** The error for topic lists that are not one per article, or null. */
function miscounted(topics: readonly unknown[], articles: number): RelatingError | null {
  return topics.length === articles ? null : new RelatingError(`relating: ${topics.length} topic lists for ${articles} articles`);
}

/**
 * Relates on this thread, when the result is asked for: after the search records are made and
 * Pagefind started on them, not before.
 */
export function relateHere(records: readonly SeedRecord[]): Relating {
  let given: readonly (readonly TopicRef[])[] | null = null;
  return {
    topics(topics) {
      given = topics;
    },
    async result() {
      if (given === null) throw new RelatingError('relating: no topics were given');
      const wrong = miscounted(given, records.length);
      if (wrong) throw wrong;
      return relateVectors(new TermVectors(records), topicLists(given));
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
  private build = 0;
  private lastTopics: { topics: readonly (readonly TopicRef[])[]; lists: TopicLists } | null = null;
  private readonly waiting = new Map<number, { resolve: (r: RelatedResult) => void; reject: (e: Error) => void }>();
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

  /** Starts relating `records` (one build's articles, in order): their terms go to the thread now. */
  start(records: readonly SeedRecord[]): Relating {
    const worker = this.thread();
    const build = ++this.build;
    // Only one build relates at a time: an earlier one left unfinished never gets its result.
    this.fail('relating: a newer build started');
    const changed = records.filter((r) => this.sent.get(r.file) !== r).map(({ id, file, date, terms, termCounts }) => ({ id, file, date, terms, termCounts }));
    this.sent = new Map(records.map((r) => [r.file, r]));
    worker.postMessage({ type: 'terms', build, files: records.map((r) => r.file), changed, splitAt: this.splitAt, mostDirty: this.mostDirty } satisfies ToRelater);
    let result: Promise<RelatedResult> | null = null;
    return {
      topics: (topics) => {
        // A thread lost since `start` would never answer: nothing could reject the wait.
        const lost = this.ended.get(worker);
        const wrong = lost === undefined ? miscounted(topics, records.length) : new RelatingError(lost);
        if (wrong) {
          result = Promise.reject(wrong);
          result.catch(() => {});
          return;
        }
        result = new Promise<RelatedResult>((resolve, reject) => this.waiting.set(build, { resolve, reject }));
        // A build that fails before it asks for the result must not leave its rejection unhandled.
        result.catch(() => {});
        worker.postMessage({ type: 'topics', build, topics: this.listsOf(topics) } satisfies ToRelater);
      },
      result: () => result ?? Promise.reject(new RelatingError('relating: no topics were given')),
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

  /** Ends the thread; a build still waiting for it fails. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.fail('relating: the thread was closed');
    await worker?.terminate();
  }

  private fail(why: string): void {
    for (const w of this.waiting.values()) w.reject(new RelatingError(why));
    this.waiting.clear();
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const worker = startWorker('relate-worker');
    // A new thread knows nothing: this build sends every article's terms.
    this.sent = new Map();
    // Never what keeps the process alive.
    worker.unref();
    worker.on('message', (message: FromRelater) => {
      const w = this.waiting.get(message.build);
      this.waiting.delete(message.build);
      if (message.type === 'result') w?.resolve(message.result);
      else w?.reject(new RelatingError(`relating failed: ${message.message}`));
    });
    const lost = (why: string): void => {
      if (!this.ended.has(worker)) this.ended.set(worker, why);
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
