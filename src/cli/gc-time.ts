// How long this thread spent collecting garbage, for `--verbose`: in a large build it is the
// largest single share of the main thread's time (a 10,000-article build spent 3-4.5 s of its
// 20 s in the young generation's collections), and the first thing to look at when a change
// makes the build slower without showing in any phase's own work.
import { constants, type PerformanceEntry, PerformanceObserver } from 'node:perf_hooks';

export interface GcTime {
  ms: number;
  /** Collections of the young generation (scavenges), and of the whole heap (mark-compact). */
  minor: number;
  major: number;
}

/** Counts the collections of this thread from `start()` until `stop()`. */
export class GcTimer {
  private readonly total: GcTime = { ms: 0, minor: 0, major: 0 };
  private readonly observer = new PerformanceObserver((list) => this.add(list.getEntries()));

  start(): this {
    this.observer.observe({ entryTypes: ['gc'] });
    return this;
  }

  /**
   * What was counted. Node records a collection on the next turn of the event loop after it:
   * stopping waits for that turn, then takes what was recorded and not yet delivered.
   */
  async stop(): Promise<GcTime> {
    await new Promise((resolve) => setImmediate(resolve));
    this.add(this.observer.takeRecords());
    this.observer.disconnect();
    return { ...this.total };
  }

  private add(entries: PerformanceEntry[]): void {
    for (const e of entries) {
      this.total.ms += e.duration;
      const kind = (e as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind;
      if (kind === constants.NODE_PERFORMANCE_GC_MINOR) this.total.minor++;
      else if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) this.total.major++;
    }
  }
}

/** The `--verbose` line: "  of the whole build, garbage collection on the main thread: 3160 ms (175 of the young generation, 23 of the whole heap)". */
export function formatGcTime(t: GcTime): string {
  return `  of the whole build, garbage collection on the main thread: ${Math.round(t.ms)} ms (${t.minor} of the young generation, ${t.major} of the whole heap)`;
}
