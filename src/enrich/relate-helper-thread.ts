// The helper thread that relates half of a large archive (relate-helper.ts), as the thread that
// starts it sees it: `serve`'s relating thread keeps one from build to build, and a one-off
// build starts one for its relating and ends it after.
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../workers.ts';
import type { FromHelper, HelperJob } from './relate-helper.ts';
import { type RelatedPart, type RelatedResult, Relation, type TermVectors, type TopicLists } from './related.ts';

export class RelateHelper {
  private worker: Worker | null = null;
  private jobs = 0;
  private readonly waiting = new Map<number, { resolve: (part: RelatedPart) => void; reject: (error: Error) => void }>();

  /** Related articles and stories of `terms` (made `shared`): the second half of the rows on the helper thread, the first on this one. */
  async relate(terms: TermVectors, topics: TopicLists): Promise<RelatedResult> {
    const relation = new Relation(terms, topics);
    return relation.result(await this.parts(relation, terms, topics), terms.ids);
  }

  /** Pass 1 of `relation`, made of `terms` (made `shared`) and `topics`, in two halves: the second on the helper thread. */
  async parts(relation: Relation, terms: TermVectors, topics: TopicLists): Promise<RelatedPart[]> {
    const half = Math.floor(terms.n / 2);
    const theirs = this.part({ vectors: terms.arrays(), topics, from: half, to: terms.n });
    // Waited for below, after this thread's half: a failure meanwhile must not go unhandled.
    theirs.catch(() => {});
    const mine = relation.part(0, half);
    return [mine, await theirs];
  }

  /** Ends the thread; a relating that waits for it fails. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.fail('the relating helper was closed');
    await worker?.terminate();
  }

  private part(job: Omit<HelperJob, 'job'>): Promise<RelatedPart> {
    const worker = this.thread();
    const id = ++this.jobs;
    const part = new Promise<RelatedPart>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    worker.postMessage({ ...job, job: id } satisfies HelperJob);
    return part;
  }

  private fail(why: string): void {
    for (const w of this.waiting.values()) w.reject(new Error(why));
    this.waiting.clear();
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const worker = startWorker('relate-helper');
    // Never what keeps the process alive.
    worker.unref();
    worker.on('message', (m: FromHelper) => {
      const w = this.waiting.get(m.job);
      this.waiting.delete(m.job);
      if ('part' in m) w?.resolve(m.part);
      else w?.reject(new Error(m.error));
    });
    const lost = (why: string): void => {
      // A thread closed or replaced already: nothing waits for it.
      if (this.worker !== worker) return;
      this.worker = null;
      this.fail(why);
    };
    worker.on('error', (error) => lost(`the relating helper failed: ${error.message}`));
    worker.on('exit', (code) => lost(`the relating helper stopped (exit code ${code})`));
    return (this.worker = worker);
  }
}
