// The archive's topic index: each topic's articles, first and last dates and the topics met most
// in its articles, made from the articles' topics (collectTopics), or updated from the last
// build's index where a few articles came, went or changed topics (updateTopics).
import type { Article, TopicRef } from '../types.ts';
import type { Topic } from './types.ts';

export function topicUrl(slug: string): string {
  return `/topics/${slug}/`;
}

/** Topics shown as appearing most often with a topic. */
export const COOCCURRING = 8;

/** Orders topic names as the topic lists show them (one collator: `localeCompare` with a locale makes its own each call). */
const byName = new Intl.Collator('en').compare;

/** The index's order: most covered first, then by name, then by slug. */
const byCoverage = (a: Topic, b: Topic): number => b.articles.length - a.articles.length || byName(a.name, b.name) || (a.slug < b.slug ? -1 : 1);

/**
 * The `n` items of `items` counted most, most first; ties go to the lower number (the more
 * covered topic), so that the list does not depend on article order. Picked in one pass rather
 * than by sorting every co-occurring topic: a topic of the whole archive meets thousands.
 */
export function mostCounted(items: readonly number[], counts: Int32Array, n: number): number[] {
  const top: number[] = [];
  const before = (x: number, y: number): boolean => counts[x]! > counts[y]! || (counts[x] === counts[y] && x < y);
  for (const item of items) {
    if (top.length === n && !before(item, top[n - 1]!)) continue;
    let k = top.length < n ? top.length : n - 1;
    while (k > 0 && before(item, top[k - 1]!)) {
      top[k] = top[k - 1]!;
      k--;
    }
    top[k] = item;
  }
  return top;
}

/**
 * Counts, for the topic of rank `self`, the articles it shares with each other topic (`counts`
 * by rank, zero on entry); `ranksOf` gives an article's topics' ranks. Returns the topics met,
 * in the order met; the caller sets their counts back to zero.
 */
function countShared(self: number, articles: readonly number[], ranksOf: (article: number) => ArrayLike<number>, counts: Int32Array): number[] {
  const seen: number[] = [];
  for (const i of articles) {
    const ranks = ranksOf(i);
    for (let k = 0; k < ranks.length; k++) {
      const other = ranks[k]!;
      if (other === self) continue;
      if ((counts[other] = counts[other]! + 1) === 1) seen.push(other);
    }
  }
  return seen;
}

/**
 * Each article's topics' ranks (`rank` by slug), looked up once, when first asked for: in one
 * typed array, rather than an array of each article's (or every article's at once, when most are
 * asked for: see collectTopics).
 */
export class TopicRanks {
  // By reference first: articles share each topic's (see mergeTopics), looked up by object faster than by slug.
  private readonly byRef = new Map<TopicRef, number>();
  private readonly at: Int32Array;
  private ranks: Int32Array;
  private used = 0;

  constructor(
    private readonly articles: readonly Article[],
    private readonly rank: ReadonlyMap<string, number>,
    every = false,
  ) {
    this.at = new Int32Array(articles.length).fill(-1);
    this.ranks = new Int32Array(every ? articles.reduce((n, a) => n + a.topics.length, 0) : 1 << 16);
    if (every) for (let i = 0; i < articles.length; i++) this.start(i);
  }

  /** Article i's topics' ranks. */
  of(i: number): Int32Array {
    const from = this.start(i);
    return this.ranks.subarray(from, from + this.articles[i]!.topics.length);
  }

  /** Counts article i's topics in `counts` (by rank), adding to `seen` those counted for the first time. */
  count(i: number, counts: Int32Array, seen: number[]): void {
    const from = this.start(i);
    const { ranks } = this;
    for (let k = from, end = from + this.articles[i]!.topics.length; k < end; k++) {
      const rank = ranks[k]!;
      if ((counts[rank] = counts[rank]! + 1) === 1) seen.push(rank);
    }
  }

  /** Where article i's ranks start, looked up now if they were not. */
  private start(i: number): number {
    if (this.at[i]! >= 0) return this.at[i]!;
    const { topics } = this.articles[i]!;
    if (this.used + topics.length > this.ranks.length) {
      const more = new Int32Array(Math.max(this.ranks.length * 2, this.used + topics.length));
      more.set(this.ranks.subarray(0, this.used));
      this.ranks = more;
    }
    this.at[i] = this.used;
    for (const r of topics) {
      let k = this.byRef.get(r);
      if (k === undefined) this.byRef.set(r, (k = this.rank.get(r.slug)!));
      this.ranks[this.used++] = k;
    }
    return this.at[i]!;
  }
}

/** The topics of the archive's articles, most covered first (see Topic). */
export function collectTopics(articles: readonly Article[], aliases: ReadonlyMap<string, string[]>): Topic[] {
  const topics = new Map<string, Topic>();
  articles.forEach((a, i) => {
    for (const ref of a.topics) {
      let t = topics.get(ref.slug);
      if (!t) {
        t = { slug: ref.slug, name: ref.name, kind: ref.kind, url: topicUrl(ref.slug), aliases: aliases.get(ref.slug) ?? [], articles: [], first: a.date, last: a.date, cooccurring: [] };
        topics.set(ref.slug, t);
      }
      t.articles.push(i);
      t.last = a.date;
    }
  });
  const sorted = [...topics.values()].sort(byCoverage);
  // This loop visits every pair of topics of every article.
  const ranks = new TopicRanks(articles, new Map(sorted.map((t, i) => [t.slug, i])), true);
  const ranksOf = (i: number): Int32Array => ranks.of(i);
  const counts = new Int32Array(sorted.length);
  sorted.forEach((t, self) => {
    const seen = countShared(self, t.articles, ranksOf, counts);
    t.cooccurring = mostCounted(seen, counts, COOCCURRING).map((o) => ({ slug: sorted[o]!.slug, count: counts[o]! }));
    for (const o of seen) counts[o] = 0;
  });
  return sorted;
}

/** What updateTopics starts from: the last index, and the articles it was made of. */
export interface IndexedTopics {
  /** The articles' files, topics and dates, in the archive's order. */
  files: readonly string[];
  topics: readonly (readonly TopicRef[])[];
  dates: readonly string[];
  result: readonly Topic[];
}

/** How far ahead an update looks for an article out of its place before it looks every article up. */
const LOOK_AHEAD = 16;

/** At most this share of the articles (or 64) changed for the index to be updated rather than made anew. */
const UPDATE_SHARE = 0.02;

/** Whether two lists hold the same items, `same` each (by default the very same), in the same order. */
export const sameList = <T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean = Object.is): boolean =>
  a === b || (a.length === b.length && a.every((x, i) => same(x, b[i]!)));

/** Whether two lists of topics name the same topics, by slug, name and kind, in the same order. */
export const sameTopics = (a: readonly TopicRef[], b: readonly TopicRef[]): boolean => sameList(a, b, (x, y) => x.slug === y.slug && x.name === y.name && x.kind === y.kind);

/**
 * collectTopics of `articles`, worked out from the last index (`last`) where few articles came,
 * went, moved or changed topics: only the topics of those articles (the affected) are counted
 * again; every other topic keeps its articles (renumbered), dates and co-occurring topics,
 * unless their order may differ: a list that ties an affected topic with another, whose ranks
 * changed places, or at its last place, is counted again. Null when too much changed. Adding
 * one article to 100,000 indexed them anew in 0.9-1.2 s. `carried`, if given, gets the slugs of
 * the topics that are as they were but for their articles' numbers: the same articles (files,
 * in order), name, kind, other spellings and co-occurring topics (whose names and kinds are then
 * the same too: an article with both topics would have changed).
 */
export function updateTopics(last: IndexedTopics, articles: readonly Article[], aliases: ReadonlyMap<string, string[]>, carried?: Set<string>): Topic[] | null {
  const limit = Math.max(64, articles.length * UPDATE_SHARE);
  // Each article's place in the last index, where it is there on the same date with the same
  // topics (-1: changed), taken in order: an article that moved ahead of others is changed.
  const newOf = new Int32Array(last.files.length).fill(-1);
  const changed: number[] = [];
  // Where an article is not the next of the last index, the next few of each are looked at
  // (an article added, removed or moved); past those, every file's place is looked up.
  let oldAt: Map<string, number> | null = null;
  const find = (file: string, from: number): number | undefined => {
    for (let k = from; k < Math.min(from + LOOK_AHEAD, last.files.length); k++) if (last.files[k] === file) return k;
    if (!oldAt) {
      oldAt = new Map();
      last.files.forEach((f, k) => oldAt!.set(f, k));
    }
    const k = oldAt.get(file);
    return k !== undefined && k >= from ? k : undefined;
  };
  let next = 0;
  for (let j = 0; j < articles.length; j++) {
    const a = articles[j]!;
    const i = next < last.files.length && last.files[next] === a.file ? next : isLater(j) ? undefined : find(a.file, next);
    if (i !== undefined && last.dates[i] === a.date && sameTopics(last.topics[i]!, a.topics)) {
      newOf[i] = j;
      next = i + 1;
    } else {
      changed.push(j);
      if (changed.length > limit) return null;
    }
  }
  /** Whether the last index's next article comes up among this one's next few: then article j is one added before it. */
  function isLater(j: number): boolean {
    const file = last.files[next];
    for (let k = j + 1; k < Math.min(j + LOOK_AHEAD, articles.length); k++) if (articles[k]!.file === file) return true;
    return false;
  }
  // The affected topics: those of every article changed, as it was and as it is.
  const affected = new Set<string>();
  let gone = 0;
  newOf.forEach((j, i) => {
    if (j >= 0) return;
    gone++;
    for (const r of last.topics[i]!) affected.add(r.slug);
  });
  if (gone > limit) return null;
  for (const j of changed) for (const r of articles[j]!.topics) affected.add(r.slug);

  // The unaffected keep their articles, renumbered, in their order; the affected are gathered again.
  const kept: Topic[] = [];
  // What each of those was in the last index.
  const keptFrom: Topic[] = [];
  const gathered = new Map<string, number[]>();
  const oldRank = new Map<string, number>();
  // The articles before the first added, removed or moved keep their numbers: a topic of those
  // alone keeps its list (adding one of the newest articles renumbered 1.2 million for nothing).
  let stable = 0;
  while (stable < newOf.length && newOf[stable] === stable) stable++;
  last.result.forEach((t, rank) => {
    oldRank.set(t.slug, rank);
    // (Undefined for an index out of range: an index not of these articles.)
    const renumbered = t.articles.length === 0 || t.articles.at(-1)! < stable ? t.articles : t.articles.map((i) => newOf[i]!);
    if (affected.has(t.slug)) gathered.set(t.slug, renumbered.filter((j) => j >= 0));
    else if (renumbered === t.articles || renumbered.every((j) => j >= 0)) {
      kept.push({ ...t, aliases: aliases.get(t.slug) ?? [], articles: renumbered });
      keptFrom.push(t);
    }
    // Else an unaffected topic lost an article: cannot be, but then nothing is trusted.
  });
  if (kept.length + gathered.size !== last.result.length) return null;
  for (const j of changed) {
    for (const r of articles[j]!.topics) {
      const list = gathered.get(r.slug);
      if (list) list.push(j);
      else gathered.set(r.slug, [j]);
    }
  }
  const remade: Topic[] = [];
  for (const [slug, list] of gathered) {
    if (list.length === 0) continue;
    list.sort((x, y) => x - y);
    const ref = articles[list[0]!]!.topics.find((r) => r.slug === slug)!;
    remade.push({ slug, name: ref.name, kind: ref.kind, url: topicUrl(slug), aliases: aliases.get(slug) ?? [], articles: list, first: articles[list[0]!]!.date, last: articles[list.at(-1)!]!.date, cooccurring: [] });
  }
  remade.sort(byCoverage);
  // The new order: the unaffected in their order, the affected merged in; and how many
  // unaffected topics come before each affected one, then and now.
  const sorted: Topic[] = [];
  const keptBefore = new Map<string, number>();
  for (let a = 0, b = 0; a < kept.length || b < remade.length; ) {
    if (b === remade.length || (a < kept.length && byCoverage(kept[a]!, remade[b]!) < 0)) sorted.push(kept[a++]!);
    else {
      keptBefore.set(remade[b]!.slug, a);
      sorted.push(remade[b++]!);
    }
  }
  const keptBeforeThen = new Map<string, number>();
  let unaffected = 0;
  for (const t of last.result) {
    if (gathered.has(t.slug)) keptBeforeThen.set(t.slug, unaffected);
    else unaffected++;
  }
  const rank = new Map<string, number>();
  sorted.forEach((t, r) => rank.set(t.slug, r));
  const ranks = new TopicRanks(articles, rank);
  const ranksOf = (i: number): Int32Array => ranks.of(i);
  const counts = new Int32Array(sorted.length);
  const recount = (self: number): void => {
    const t = sorted[self]!;
    const seen = countShared(self, t.articles, ranksOf, counts);
    t.cooccurring = mostCounted(seen, counts, COOCCURRING).map((o) => ({ slug: sorted[o]!.slug, count: counts[o]! }));
    for (const o of seen) counts[o] = 0;
  };
  // Whether x and y were and are in the same order (both were in the last index).
  const sameOrder = (x: string, y: string): boolean => oldRank.get(x)! < oldRank.get(y)! === rank.get(x)! < rank.get(y)!;
  // The affected topics whose order against some other topic changed: against an unaffected one
  // when as many unaffected ones come before it as before, or against another affected one.
  const reordered = new Set<string>();
  for (const t of remade) if (keptBeforeThen.get(t.slug) !== keptBefore.get(t.slug)) reordered.add(t.slug);
  const earlier = remade.filter((t) => oldRank.has(t.slug));
  // Pairs compared only among a few: beyond, every affected topic is taken as reordered (it only counts more again).
  if (earlier.length > 200) for (const t of earlier) reordered.add(t.slug);
  else for (const x of earlier) for (const y of earlier) if (x !== y && !sameOrder(x.slug, y.slug)) reordered.add(x.slug);
  const doubtful = new Set<number>();
  for (const t of remade) {
    const self = rank.get(t.slug)!;
    const seen = countShared(self, t.articles, ranksOf, counts);
    t.cooccurring = mostCounted(seen, counts, COOCCURRING).map((o) => ({ slug: sorted[o]!.slug, count: counts[o]! }));
    // An unaffected topic shares with t what it shared before (its articles are the same); its
    // list changes only where t ties with another topic whose order against t changed, or ties
    // with its last place; not at all where t's order against every topic is the same.
    const moved = !oldRank.has(t.slug) || reordered.has(t.slug);
    for (const o of seen) {
      const v = sorted[o]!;
      const c = counts[o]!;
      counts[o] = 0;
      if (!moved || affected.has(v.slug) || doubtful.has(o)) continue;
      const list = v.cooccurring;
      const full = list.length === COOCCURRING;
      const mine = list.find((x) => x.slug === t.slug);
      if (!oldRank.has(t.slug) || (full && c === list.at(-1)!.count) || (!mine && !full) || (mine && list.some((x) => x !== mine && x.count === c && !sameOrder(x.slug, t.slug)))) doubtful.add(o);
    }
  }
  for (const o of doubtful) recount(o);
  if (carried) {
    kept.forEach((t, k) => {
      const was = keptFrom[k]!;
      if (sameList(t.aliases, was.aliases) && sameList(t.cooccurring, was.cooccurring, (x, y) => x.slug === y.slug && x.count === y.count)) carried.add(t.slug);
    });
  }
  return sorted;
}
