// Work done once for each run of articles of one date. In archive order (by date), a day's
// articles come together, and what is made of the date alone is the same for all of them: at
// 100,000 articles (9,000 days), a map lookup or a slice of each article's date took 0.1-0.25 s
// a use, for what 9,000 of them give.

/** `of(date)` for each article, worked out once for each run of articles of one date (again wherever the date changes, so any order gives the same). */
export function perDate<T>(articles: readonly { date: string }[], of: (date: string) => T): T[] {
  const out = new Array<T>(articles.length);
  let last: string | null = null;
  let value = undefined as T;
  for (let i = 0; i < articles.length; i++) {
    const date = articles[i]!.date;
    if (date !== last) {
      last = date;
      value = of(date);
    }
    out[i] = value;
  }
  return out;
}

/** Each run of articles of one date, in order: its date, its first article's index and how many it has. */
export function* dateRuns(articles: readonly { date: string }[]): Generator<{ date: string; first: number; count: number }> {
  for (let i = 0; i < articles.length; ) {
    const date = articles[i]!.date;
    let j = i + 1;
    while (j < articles.length && articles[j]!.date === date) j++;
    yield { date, first: i, count: j - i };
    i = j;
  }
}
