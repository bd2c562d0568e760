// Work done once for each run of articles of one date. In archive order (by date), a day's
// articles come together, and what is made of the date alone is the same for all of them: at
// 100,000 articles (9,000 days), a map lookup or a slice of each article's date took 0.1-0.25 s
// a use, for what 9,000 of them give.

/** `of(date)` for each article, worked out once for each run of articles of one date (again wherever the date changes, so any order gives the same). */
export function perDate<T>(articles: readonly { date: string }[], of: (date: string) => T): T[] {
  const out = new Array<T>(articles.length);
  for (const { date, first, count } of dateRuns(articles)) {
    const value = of(date);
    for (let i = first; i < first + count; i++) out[i] = value;
  }
  return out;
}

/** A run of articles of one date: its date, its first article's index and how many it has. */
export interface DateRun {
  date: string;
  first: number;
  count: number;
}

const runsOf = new WeakMap<readonly { date: string }[], readonly DateRun[]>();

/**
 * Each run of articles of one date, in order. Worked out once for an array of articles (the
 * archive's: its days, months, years, search shards and pages each ask), where each pass read
 * 100,000 articles' dates from all over the heap: 50-70 ms of a `serve` rebuild each. An array
 * asked again is checked at each run's start and by its length, and gone through again if it
 * changed; an archive's articles do not, once placed.
 */
export function dateRuns(articles: readonly { date: string }[]): readonly DateRun[] {
  const known = runsOf.get(articles);
  if (known && stillRuns(known, articles)) return known;
  const runs: DateRun[] = [];
  for (let i = 0; i < articles.length; ) {
    const date = articles[i]!.date;
    let j = i + 1;
    while (j < articles.length && articles[j]!.date === date) j++;
    runs.push({ date, first: i, count: j - i });
    i = j;
  }
  runsOf.set(articles, runs);
  return runs;
}

function stillRuns(runs: readonly DateRun[], articles: readonly { date: string }[]): boolean {
  const last = runs.at(-1);
  if ((last ? last.first + last.count : 0) !== articles.length) return false;
  for (const run of runs) if (articles[run.first]!.date !== run.date || (run.first > 0 && articles[run.first - 1]!.date === run.date)) return false;
  return true;
}
