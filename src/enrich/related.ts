// Related articles and stories, from the text and topics of the whole archive. Pure and
// deterministic: the same articles, in any order, give the same result.
//
// Text: the title and body, lower-cased, cut into words of 3 or more letters, without a short
// list of English stop words (no stemming). Each article is a TF-IDF vector (sublinear term
// frequency `1 + ln tf`, smooth idf `ln((1 + N) / (1 + D)) + 1`) of length 1, so that the dot
// product of two articles is their cosine. N and D are the number of articles and the term's
// number of articles (df) rounded down to a power of √2 (see steppedCount), as are all counts
// below: adding an article changes the weights of the articles that share a word whose count
// crosses a step, not of every article.
//
// Related: score = cosine + TOPIC_WEIGHT × the sum of the rarities of the topics both have. A
// topic's rarity is its idf over the archive scaled to 0…1, `ln(N / D) / ln(N)`: near 1 for
// a topic of two articles in a large archive, 0 for a topic that every article has. Up to
// MAX_RELATED articles, best first: the other reports of the same story within STORY_DAYS
// days first, then the rest; each group by score, ties by id. Below MIN_RELATED_SCORE, or
// below MIN_RELATED_COSINE in text with less than MIN_TOPICS_ALONE in topics, an article is not
// related (apart from a report of the same story).
//
// Stories: two articles are reports of the same story when their dates are at most STORY_DAYS
// days apart and their distinctive cosine (see STORY_THRESHOLD) is at least STORY_THRESHOLD.
// A story is a connected component of that relation with two or more articles; its id is the
// id of its earliest article (by date, then id).
//
// Scale: comparing every pair is O(n²), far too slow for 100,000 articles. Candidates come
// from an inverted index instead: each article looks up its TERMS_PER_ARTICLE heaviest
// reasonably rare terms (in at least 2 and at most 5% of the articles, or CANDIDATE_DF_FLOOR
// in a small archive) and its rare topics, reads the articles that have them (of a term in
// more than CANDIDATE_DF_MAX, those where it weighs HEAVY_TERM_WEIGHT or more), ranks what it
// found by that partial dot product and scores the best CANDIDATES_PER_ARTICLE exactly.
// Articles that share no reasonably rare term or topic are never compared. A pair of reports is linked into a story when either article
// finds the other, so the relation stays symmetric. Each article's candidates are found and
// scored on their own, so that a large archive is related in parts on two threads (Relation).
import type { SeedRecord, TopicRef } from '../types.ts';
import { eachTerm } from './terms.ts';

/** What relating needs of an article's text: its terms, worked out when its seed was read (see termCounts). */
export type TermInput = Pick<SeedRecord, 'id' | 'date'> & {
  /** As SeedRecord's, decoded (see textOf). */
  terms: string;
  termCounts: string;
  /** Breaks ties between equal ids (seeds of the same name in different folders). */
  file?: string;
  /** The record's digest (see SeedRecord.digest): the same digest, the same terms and date. */
  digest?: string;
};

/** What relating needs of an article: its terms and its topics. */
export type RelatedInput = TermInput & { topics: readonly TopicRef[] };

/**
 * Each article's topics as numbers, in input order: article i's are `ids[start[i] .. start[i + 1])`,
 * each once, in the order of its list. Numbers, so that they cross to a worker thread cheaply.
 */
export interface TopicLists {
  start: Int32Array;
  ids: Int32Array;
  /** Distinct topics: ids are below it. */
  count: number;
  /** Each topic's slug, by id: what it is from build to build (see related-update.ts). */
  slugs: string[];
}

/** Topic lists of articles, numbered in order of first use (see TopicLists). */
export function topicLists(topics: readonly (readonly TopicRef[])[]): TopicLists {
  const idOf = new Map<string, number>();
  const start = new Int32Array(topics.length + 1);
  const ids = new IntList();
  topics.forEach((refs, i) => {
    const first = ids.length;
    for (const ref of refs) {
      let id = idOf.get(ref.slug);
      if (id === undefined) idOf.set(ref.slug, (id = idOf.size));
      if (!ids.includesFrom(first, id)) ids.push(id);
    }
    start[i + 1] = ids.length;
  });
  return { start, ids: ids.done(), count: idOf.size, slugs: [...idOf.keys()] };
}

/** Most related articles per article. */
export const MAX_RELATED = 5;
/** Two reports of one story are at most this many days apart. */
export const STORY_DAYS = 3;
/**
 * Least *distinctive cosine* of two reports of the same story.
 *
 * Plain TF-IDF cosine cannot tell stories apart in an archive whose articles share their
 * vocabulary: any two articles of the generated benchmark corpus (about 180 distinct words)
 * have a cosine of 0.52 (median; 0.77 at the 99th percentile), more than two real reports of
 * one event, and every generated article would chain into one story spanning years. So
 * stories count only distinctive terms: the distinctive cosine is the part of the cosine
 * carried by terms in at most 2% of the articles (DISTINCTIVE_SHARE; or in at most
 * DISTINCTIVE_DF_FLOOR articles, in an archive of fewer than 500), summed over the same
 * full-length vectors. Common words add nothing to it, and it is never more than the cosine.
 *
 * The two real seeds (`seeds/`: the Geneva talks of 14 November 2017, reported by TASS and by
 * another source in different words) have a distinctive cosine of 0.32 on their own, 0.37
 * with the test fixtures, and 0.36 and 0.37 among 10,000 and 100,000 generated articles.
 * Pairs of generated articles within 3 days of each other score 0 at the 99.9th percentile;
 * the highest are pairs of short `<TICKER> shares move on …` articles, whose few title words
 * are rare: 0.13 among 10,000 articles (38,861 pairs), 0.2505 among 100,000 (3.9 million
 * pairs; that one pair is a story). 0.25 sits well below the seeds, so that two differently
 * worded reports of one event still meet, and far above chance: a quarter of the weight of
 * both articles must sit in words that few other articles use, which a shared name or place
 * alone does not reach. (Measured with the generator of 2026-12-04, whose seeds shared about
 * 180 words and told no event twice. Its successor's seeds draw words and names by Zipf's law
 * from large pools, and some tell an event again in words of their own: among 10,000 of them,
 * the 735 stories found are the 735 events told more than once, and among 100,000 the 7,875
 * found are 7,875 of its 7,876; see bench/stories.ts.)
 */
export const STORY_THRESHOLD = 0.25;
/** Terms in at most this share of the articles are distinctive (for stories). */
export const DISTINCTIVE_SHARE = 0.02;
/**
 * …or in at most this many articles, so that a small archive can have stories of several
 * reports. At 5, a story told more than five times in an archive of 130 TASS stories lost the
 * words that tie it together (its story shrank from 4 reports to 2 as reports were added), and
 * the two real seeds were no story among them; at 10 they are, and no unrelated pair joined.
 */
export const DISTINCTIVE_DF_FLOOR = 10;
/** Terms in at most this share of the articles are reasonably rare: they propose candidates. */
export const CANDIDATE_SHARE = 0.05;
/** …or in at most this many: a small archive is compared almost exhaustively. */
export const CANDIDATE_DF_FLOOR = 100;
/**
 * A term in at most this many articles proposes all of them (as does a rare topic, which must be
 * in no more); a term in more proposes those where it weighs at least HEAVY_TERM_WEIGHT: short
 * articles, mostly, such as `<BP.L> shares move on interest rates`, whose words are all common.
 * Not the 400 articles where the term weighs most, as before: an article added to such a list
 * pushed another out of it, so that whether two articles met depended on articles that neither
 * was. The lists are about as long: among 100,000 generated articles, the 846 terms in 400 to
 * 4,634 articles (5%) weigh 0.15 or more in 163,157 places, at most 537 for one term.
 */
export const CANDIDATE_DF_MAX = 400;
export const HEAVY_TERM_WEIGHT = 0.15;
/** Weight of a shared topic of rarity 1 in the related score. */
export const TOPIC_WEIGHT = 0.1;
/** Least score of a related article: below it two articles share little more than a common word. */
export const MIN_RELATED_SCORE = 0.05;
/**
 * Least cosine of a related article: topics rank articles whose texts are alike, but do not make
 * alike two whose texts are not. Among 130 TASS stories, pairs sharing a place or two (`St.
 * Petersburg`, `London`, `Sochi`) and no subject had cosines of 0.02-0.07 and filled every list
 * (a Hermitage exhibition related to a bomb hoax and a football match); reports of one subject
 * had 0.13 and more.
 */
export const MIN_RELATED_COSINE = 0.08;
/**
 * …unless they share this much in topics: the rarity of two rare topics or three of middling
 * rarity (`Los Angeles Declaration`, in a statement and its translation, whose words differ).
 * The places shared by the unrelated TASS stories above came to 0.06-0.09.
 */
export const MIN_TOPICS_ALONE = 0.15;
/** Terms of an article (its heaviest reasonably rare ones) used to find candidates. */
export const TERMS_PER_ARTICLE = 16;
/** Candidates per article whose exact score is computed. */
export const CANDIDATES_PER_ARTICLE = 64;

/**
 * A count as relating weighs it: rounded down to a power of √2 (1, 1.41, 2, 2.83, 4, 5.66, …).
 * The archive's size and the numbers of articles of each term and topic enter the weights and
 * thresholds only so rounded, so that an article added, changed or removed changes the weights
 * of the few articles that share a term whose count crosses a step (about 40 of 100,000 in 12
 * trials), not of all of them, as exact counts did: the ground for relating only what a rebuild
 * changed (see related-update.ts).
 */
export function steppedCount(count: number): number {
  if (count < 1) return count;
  let step = Math.floor(2 * Math.log2(count));
  // Math.log2 may be an ulp off; the step is whole when 2^(step/2) <= count < 2^((step+1)/2).
  while (step > 0 && 2 ** (step / 2) > count) step--;
  while (2 ** ((step + 1) / 2) <= count) step++;
  return 2 ** (step / 2);
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` date. */
function dayNumber(date: string): number {
  return Math.round(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000);
}

export interface Story {
  /** Id of the story's earliest article (by date, then id). */
  id: string;
  /** Indexes into the input, by date, then id. */
  articles: number[];
}

export interface RelatedResult {
  /** For each input article, indexes into the input of its related articles, best first. */
  related: number[][];
  /** For each input article, the index into `stories` of its story, or null. */
  story: (number | null)[];
  /** Stories of two or more articles, by the date of their first article, then its id. */
  stories: Story[];
}

export interface Similarity {
  cosine: number;
  distinctive: number;
  /** Cosine and topic bonus: what ranks related articles. */
  score: number;
}

const compareKeys = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Input indexes in a canonical order (by id, then file, date and terms), so that input order cannot matter. */
function canonicalOrder(input: readonly TermInput[]): number[] {
  return input.map((_, i) => i).sort((x, y) => {
    const a = input[x]!;
    const b = input[y]!;
    return compareKeys(a.id, b.id) || compareKeys(a.file ?? '', b.file ?? '') || compareKeys(a.date, b.date) || compareKeys(a.terms, b.terms) || x - y;
  });
}

/** A growable Int32Array. */
export class IntList {
  length = 0;
  data = new Int32Array(1024);
  push(x: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = x;
  }
  /** Whether `x` is among the items from `from` on (without a subarray for each call). */
  includesFrom(from: number, x: number): boolean {
    for (let i = from; i < this.length; i++) if (this.data[i] === x) return true;
    return false;
  }
  done(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/** Best-first list of at most `size` (position, score) pairs; equal scores go to the lower position. */
class TopList {
  readonly pos: number[] = [];
  readonly score: number[] = [];
  constructor(private readonly size: number) {}
  offer(pos: number, score: number): void {
    const n = this.pos.length;
    if (n === this.size && !this.before(pos, score, n - 1)) return;
    let i = n === this.size ? n - 1 : n;
    while (i > 0 && this.before(pos, score, i - 1)) {
      this.pos[i] = this.pos[i - 1]!;
      this.score[i] = this.score[i - 1]!;
      i--;
    }
    this.pos[i] = pos;
    this.score[i] = score;
  }
  private before(pos: number, score: number, i: number): boolean {
    return score > this.score[i]! || (score === this.score[i]! && pos < this.pos[i]!);
  }
}

/** The k-th largest of `values[0 .. n)` (k from 1), reordering them: quickselect. */
function kthLargest(values: Float64Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! > pivot) i++;
      while (values[j]! < pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i++] = values[j]!;
        values[j--] = t;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return values[target]!;
}

function find(parent: Int32Array, x: number): number {
  while (parent[x] !== x) {
    parent[x] = parent[parent[x]!]!;
    x = parent[x]!;
  }
  return x;
}

function union(parent: Int32Array, a: number, b: number): void {
  const ra = find(parent, a);
  const rb = find(parent, b);
  if (ra < rb) parent[rb] = ra;
  else if (rb < ra) parent[ra] = rb;
}

/** An inverted index: for each item, the rows that have it, in row order. */
interface Postings {
  start: Int32Array;
  rows: Int32Array;
  /** Weight of the item in each row (when the rows carry weights). */
  weights: Float64Array;
}

/**
 * Inverts compressed rows (row `r` has `items[start[r] .. start[r + 1])`), for the items that
 * pass `keep`; each list in row order.
 */
function invert(rows: number, size: number, start: Int32Array, items: Int32Array, weights: Float64Array | null, keep: (item: number, k: number) => boolean, alloc = new Alloc(false)): Postings {
  const out = alloc.int32(size + 1);
  // Each item's `keep` asked once, not once a pass.
  const kept = new Uint8Array(start[rows]!);
  for (let k = 0; k < kept.length; k++) {
    if (!keep(items[k]!, k)) continue;
    kept[k] = 1;
    out[items[k]! + 1]!++;
  }
  for (let t = 0; t < size; t++) out[t + 1]! += out[t]!;
  const next = out.slice(0, size);
  const outRows = alloc.int32(out[size]!);
  const outWeights = alloc.float64(weights ? out[size]! : 0);
  for (let r = 0; r < rows; r++) {
    for (let k = start[r]!; k < start[r + 1]!; k++) {
      if (kept[k] === 0) continue;
      const t = items[k]!;
      if (weights) outWeights[next[t]!] = weights[k]!;
      outRows[next[t]!++] = r;
    }
  }
  return { start: out, rows: outRows, weights: outWeights };
}

/** An article's terms as numbers (a TermTable's) and their counts, in the order of its record. */
export interface ParsedTerms {
  ids: Int32Array;
  counts: Uint16Array;
}

/** How many distinct terms an article has: one count each (see termCounts). */
function termsIn(input: TermInput): number {
  return input.terms === '' ? 0 : input.termCounts.length;
}

/**
 * Articles' terms, parsed once and kept from build to build by the relating thread of `serve`
 * (see relate-worker.ts): a rebuild parses only the articles that changed. Terms are numbered
 * once, for as long as the table lives; each build numbers them again in the order of first use,
 * as without a table. Parsing the terms of 100,000 articles took 2 s of every rebuild.
 */
export class TermTable {
  private readonly ids = new Map<string, number>();
  /** Each number's term. */
  private readonly terms: string[] = [];
  private readonly parsed = new WeakMap<TermInput, ParsedTerms>();
  /** Terms of records known by their digest, parsed by an earlier process (see relation-file.ts). */
  private byDigest = new Map<string, ParsedTerms>();

  /** @param keep whether to remember each article's terms (a build's own table need not). */
  constructor(private readonly keep = true) {}

  /** Whether the table remembers each article's terms: a build's vectors can be patched from the last's (see patchVectors). */
  get remembers(): boolean {
    return this.keep;
  }

  /** Terms numbered so far: every number is below it. */
  get size(): number {
    return this.ids.size;
  }

  /** A term's number, numbered now if it is new. */
  idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      this.ids.set(term, (id = this.terms.length));
      this.terms.push(term);
    }
    return id;
  }

  /** The term numbered `id`. */
  termOf(id: number): string {
    return this.terms[id]!;
  }

  /**
   * The terms of a record of digest `digest`, already numbered in this table: an input of that
   * digest has them (its terms are worked out from what the digest covers), until `forgetDigests`.
   */
  knowDigest(digest: string, terms: ParsedTerms): void {
    this.byDigest.set(digest, terms);
  }

  /** Whether the terms of a record of digest `digest` are known (see knowDigest). */
  knows(digest: string): boolean {
    return this.byDigest.has(digest);
  }

  forgetDigests(): void {
    this.byDigest = new Map();
  }

  /** An article's terms; an input object's terms are taken to stay as they were (relate-worker.ts replaces, never changes, an input). */
  of(input: TermInput): ParsedTerms {
    let known = this.parsed.get(input);
    if (known) return known;
    known = input.digest === undefined ? undefined : this.byDigest.get(input.digest);
    if (known) {
      if (this.keep) this.parsed.set(input, known);
      return known;
    }
    const ids = new Int32Array(termsIn(input));
    const counts = new Uint16Array(ids.length);
    let k = 0;
    eachTerm(input, (term, count) => {
      ids[k] = this.idOf(term);
      counts[k++] = count;
    });
    const made = { ids, counts };
    if (this.keep) this.parsed.set(input, made);
    return made;
  }
}

/**
 * Writes a row's terms from `at` on, numbered in order of first use (`local` maps the table's
 * numbers to this build's, -1 when not met yet); returns how many terms are numbered now.
 */
function numberTerms(ids: Int32Array, counts: Uint16Array, local: Int32Array, numbered: number, termOf: Int32Array, tfs: Int32Array, at: number): number {
  for (let j = 0; j < ids.length; j++) {
    let t = local[ids[j]!]!;
    if (t < 0) local[ids[j]!] = t = numbered++;
    termOf[at + j] = t;
    tfs[at + j] = counts[j]!;
  }
  return numbered;
}

/** `1 + ln tf` for the counts most terms have: worked out once, not for each of millions of terms. */
const SUBLINEAR_TF = Float64Array.from({ length: 256 }, (_, tf) => 1 + Math.log(tf));

/** Room for one row's common terms while its distinctive ones are moved first (see weighRow). */
class RowSpare {
  terms = new Int32Array(64);
  weights = new Float64Array(64);
  fit(length: number): void {
    if (length <= this.terms.length) return;
    this.terms = new Int32Array(length);
    this.weights = new Float64Array(length);
  }
}

/**
 * Weighs a row (see TermVectors) whose terms, as this build's numbers, and their counts are
 * `terms[from .. to)` and `tfs[from .. to)`, in its record's order: writes them to `termOf` and
 * `weight` from `at`, of length 1, its distinctive terms (in at most `distinctiveDf` articles)
 * first, each part in the record's order; returns where the distinctive ones end. `terms` may
 * be `termOf` itself, with `at` = `from`. `spare` must fit the row.
 */
function weighRow(
  terms: Int32Array, tfs: ArrayLike<number>, from: number, to: number, termOf: Int32Array, weight: Float64Array, at: number,
  df: Int32Array, idf: Float64Array, distinctiveDf: number, spare: RowSpare,
): number {
  // Weighed in the record's order of terms, before the distinctive ones are moved first: which
  // terms are distinctive may change (an article added) while a row's weights do not, and a
  // sum in another order may differ in its last bit.
  let sum = 0;
  for (let k = from; k < to; k++) {
    const tf = tfs[k]!;
    const w = (tf < 256 ? SUBLINEAR_TF[tf]! : 1 + Math.log(tf)) * idf[terms[k]!]!;
    weight[at + k - from] = w;
    sum += w * w;
  }
  const norm = Math.sqrt(sum) || 1;
  // In place, a term is read before any write reaches its place.
  let out = at;
  let common = 0;
  for (let k = from; k < to; k++) {
    const t = terms[k]!;
    const w = weight[at + k - from]! / norm;
    if (df[t]! <= distinctiveDf) {
      termOf[out] = t;
      weight[out++] = w;
    } else {
      spare.terms[common] = t;
      spare.weights[common++] = w;
    }
  }
  const rareEnd = out;
  for (let j = 0; j < common; j++) {
    termOf[out] = spare.terms[j]!;
    weight[out++] = spare.weights[j]!;
  }
  return rareEnd;
}

/**
 * What relating reads of the term vectors (see TermVectors): arrays only, so that a thread can
 * be sent them; those of vectors made `shared` are in shared memory, sent without a copy.
 */
export interface VectorArrays {
  n: number;
  /** Input index of each row. */
  order: ArrayLike<number>;
  /** Each row's date, as a day number. */
  day: Int32Array;
  /** Row `p` of the term vectors is `[docStart[p], docStart[p + 1])`; distinctive terms first, up to `rareEnd[p]`. */
  docStart: Int32Array;
  rareEnd: Int32Array;
  termOf: Int32Array;
  weight: Float64Array;
  df: Int32Array;
  candidateDf: number;
  postings: Postings;
}

/** Whether term `t` proposes candidates: in at least 2 articles, and not too many (see CANDIDATE_SHARE). */
function isCandidateTerm(v: Pick<VectorArrays, 'df' | 'candidateDf'>, t: number): boolean {
  return v.df[t]! >= 2 && v.df[t]! <= v.candidateDf;
}

/**
 * Whether a row where term `t` weighs `w` is in t's postings: every article of a candidate term,
 * or of one in more than CANDIDATE_DF_MAX, those where it weighs enough.
 */
export function inPostings(v: Pick<VectorArrays, 'df' | 'candidateDf'>, t: number, w: number): boolean {
  return isCandidateTerm(v, t) && (v.df[t]! <= CANDIDATE_DF_MAX || w >= HEAVY_TERM_WEIGHT);
}

/** The most articles a topic may have to propose candidates: its articles are read whole. */
export function topicCandidateMax(candidateDf: number): number {
  return Math.min(candidateDf, CANDIDATE_DF_MAX);
}

/** Makes typed arrays, in shared memory or not. */
class Alloc {
  constructor(readonly shared: boolean) {}
  int32(length: number): Int32Array {
    return this.shared ? new Int32Array(new SharedArrayBuffer(length * 4)) : new Int32Array(length);
  }
  float64(length: number): Float64Array {
    return this.shared ? new Float64Array(new SharedArrayBuffer(length * 8)) : new Float64Array(length);
  }
}

/**
 * What a build's term vectors leave for the next build's to be patched from (see patchVectors):
 * the buffers `termOf` and `weight` are views of, with room to grow; each table number's number
 * in these vectors (-1 if none); and each number's idf. `spent` once patched: the buffers are
 * then another build's.
 */
interface VectorRoom {
  termOf: Int32Array;
  weight: Float64Array;
  local: Int32Array;
  idf: Float64Array;
  shared: boolean;
  spent: boolean;
}

/** The idf of a term in `df` articles of an archive of `steppedN` (both stepped: see steppedCount). */
const idfOf = (steppedN: number, df: number): number => Math.log((1 + steppedN) / (1 + steppedCount(df))) + 1;

/** Buffers for `length` terms, with room for a few more: a later build patches them in place (see patchVectors). */
function termBuffers(alloc: Alloc, length: number): { termOf: Int32Array; weight: Float64Array } {
  const room = length + (length >> 6) + 1024;
  return { termOf: alloc.int32(room), weight: alloc.float64(room) };
}

/** What a TermVectors is made of, but its postings (see TermVectors). */
type VectorParts = Pick<VectorArrays, 'day' | 'docStart' | 'rareEnd' | 'termOf' | 'weight' | 'df'> & {
  order: number[];
  inputs: readonly TermInput[];
  ids: string[];
  tableIds: Int32Array;
  room: VectorRoom;
};

/** Vectors made from nothing (see TermVectors). */
function freshVectors(input: readonly TermInput[], table: TermTable, alloc: Alloc): VectorParts {
  const order = canonicalOrder(input);
  const docs = order.map((i) => input[i]!);
  const n = docs.length;
  const day = alloc.int32(n);
  docs.forEach((d, p) => (day[p] = dayNumber(d.date)));
  // Terms to ids, in order of first use, through the table's numbers: each row's terms, parsed
  // (or known by the record's digest, with no terms given: see TermTable.of), then numbered.
  const parsed = docs.map((d) => table.of(d));
  const docStart = alloc.int32(n + 1);
  for (let p = 0; p < n; p++) docStart[p + 1] = docStart[p]! + parsed[p]!.ids.length;
  const buffers = termBuffers(alloc, docStart[n]!);
  const termOf = buffers.termOf.subarray(0, docStart[n]!);
  const tfs = new Int32Array(docStart[n]!);
  const local = new Int32Array(table.size).fill(-1);
  let vocabulary = 0;
  let k = 0;
  let longest = 0;
  for (let p = 0; p < n; p++) {
    const { ids, counts } = parsed[p]!;
    vocabulary = numberTerms(ids, counts, local, vocabulary, termOf, tfs, k);
    k += ids.length;
    longest = Math.max(longest, ids.length);
  }
  const dfByUse = new Int32Array(vocabulary);
  // Indexed, not for…of: this runs once a build, unoptimised, where an iterator over millions
  // of terms cost 0.1-0.25 s.
  for (let k = 0; k < termOf.length; k++) dfByUse[termOf[k]!]!++;
  // Terms numbered again by df, commonest first (ties: order of first use), so that the weights
  // of the terms most rows have sit together in the loaded article's dense array (see compare):
  // relating 100,000 articles took 13.0-13.3 s against 14.1-14.2 s, with the same result.
  const slot = new Int32Array(n + 2);
  for (let t = 0; t < vocabulary; t++) slot[dfByUse[t]!]!++;
  for (let d = n, at = 0; d >= 0; d--) {
    const c = slot[d]!;
    slot[d] = at;
    at += c;
  }
  const rank = new Int32Array(vocabulary);
  const df = alloc.int32(vocabulary);
  for (let t = 0; t < vocabulary; t++) {
    rank[t] = slot[dfByUse[t]!]!++;
    df[rank[t]!] = dfByUse[t]!;
  }
  for (let k = 0; k < termOf.length; k++) termOf[k] = rank[termOf[k]!]!;
  const tableIds = new Int32Array(vocabulary);
  for (let id = 0; id < local.length; id++) {
    if (local[id]! < 0) continue;
    local[id] = rank[local[id]!]!;
    tableIds[local[id]!] = id;
  }
  const steppedN = steppedCount(n);
  const idf = Float64Array.from(df, (d) => idfOf(steppedN, d));
  const distinctiveDf = distinctiveDfOf(steppedN);

  // Weights of length 1 per row, distinctive terms moved first (each part in order of first use).
  const rareEnd = alloc.int32(n);
  const weight = buffers.weight.subarray(0, termOf.length);
  const spare = new RowSpare();
  spare.fit(longest);
  for (let p = 0; p < n; p++) rareEnd[p] = weighRow(termOf, tfs, docStart[p]!, docStart[p + 1]!, termOf, weight, docStart[p]!, df, idf, distinctiveDf, spare);
  return {
    order, inputs: docs, ids: docs.map((d) => d.id), day, docStart, rareEnd, termOf, weight, df, tableIds,
    room: { ...buffers, local, idf, shared: alloc.shared, spent: false },
  };
}

const distinctiveDfOf = (steppedN: number): number => Math.max(DISTINCTIVE_DF_FLOOR, Math.floor(DISTINCTIVE_SHARE * steppedN));
const candidateDfOf = (steppedN: number): number => Math.max(CANDIDATE_DF_FLOOR, Math.floor(CANDIDATE_SHARE * steppedN), distinctiveDfOf(steppedN));

/** Whether an input has what another had: the same object, or a record of the same file, id and digest (the same terms and date). */
const sameInput = (a: TermInput, b: TermInput): boolean =>
  a === b || (a.digest !== undefined && a.digest === b.digest && a.id === b.id && a.file === b.file && a.date === b.date);

/**
 * Whether `input` puts its articles in `last`'s order: at each of its rows, an article of the
 * same id and file, in strictly increasing order of both (so that no date or terms broke a tie).
 */
function sameOrder(last: TermVectors, input: readonly TermInput[]): boolean {
  if (input.length !== last.n) return false;
  let id = '';
  let file = '';
  for (let p = 0; p < last.n; p++) {
    const a = input[last.order[p]!]!;
    const b = last.inputs[p]!;
    if (a !== b && (a.id !== b.id || (a.file ?? '') !== (b.file ?? ''))) return false;
    if (p > 0 && (compareKeys(id, b.id) || compareKeys(file, b.file ?? '')) >= 0) return false;
    id = b.id;
    file = b.file ?? '';
  }
  return true;
}

/** Moves `length` items from `from` in `source` to `to` in `target` (the same array or not). */
function move<T extends Int32Array | Float64Array>(source: T, target: T, from: number, to: number, length: number): void {
  if (source === target) {
    if (from !== to) target.copyWithin(to, from, from + length);
  } else target.set(source.subarray(from, from + length), to);
}

/**
 * The vectors of `input`, made by patching `last` (the vectors of the last build, made with the
 * same table, which must remember each input's terms): an unchanged article's row is moved as it
 * is, a changed one's weighed anew, as is any row with a term whose stepped df or whether it is
 * distinctive changed (the same rows related-update.ts relates again); then the postings are
 * made as ever. Terms keep their numbers from build to build, a new one numbered after the
 * rest: numbers are no part of relating's result, and the last build's are ordered by df enough
 * for locality (see freshVectors). Each build made anew took 0.7-1.7 s of `serve`'s relating
 * thread at 100,000 articles, on its critical path. Null, with `last` untouched, where patching
 * is not worth it or cannot be exact: the archive's size changed step (every weight changes),
 * many rows changed, or a quarter of the numbered terms are in no article any more.
 */
function patchVectors(last: TermVectors, input: readonly TermInput[], table: TermTable, alloc: Alloc): VectorParts | null {
  const room = last.room;
  const n = input.length;
  const steppedN = steppedCount(n);
  if (room.spent || room.shared !== alloc.shared || !table.remembers || steppedN !== steppedCount(last.n)) return null;
  const kept = sameOrder(last, input);
  const order = kept ? last.order : canonicalOrder(input);
  const docs = order.map((i) => input[i]!);
  // Each row's row in `last`, if its article has the same terms there; rows in the same order.
  const from = new Int32Array(n).fill(-1);
  const lastRow = kept ? null : new Map(last.inputs.map((d, o) => [d.file ?? d.id, o]));
  let changed = 0;
  for (let p = 0, previous = -1; p < n; p++) {
    const o = kept ? p : (lastRow!.get(docs[p]!.file ?? docs[p]!.id) ?? -1);
    if (o > previous && sameInput(docs[p]!, last.inputs[o]!)) from[p] = previous = o;
    else changed++;
  }
  if (changed > Math.max(64, n >> 3)) return null;

  // Each term's articles, from the last build's: less the rows gone or changed, plus the changed
  // rows' terms (parsed first: the table numbers their new terms).
  const parsed: (ParsedTerms | undefined)[] = [];
  for (let p = 0; p < n; p++) if (from[p]! < 0) parsed[p] = table.of(docs[p]!);
  const local = new Int32Array(table.size).fill(-1);
  local.set(room.local);
  const lastVocabulary = last.df.length;
  // The changed rows' new terms numbered after the last build's.
  const added: number[] = [];
  for (const terms of parsed) {
    if (!terms) continue;
    for (const id of terms.ids) if (local[id]! < 0) local[id] = lastVocabulary + added.push(id) - 1;
  }
  const vocabulary = lastVocabulary + added.length;
  const tableIds = new Int32Array(vocabulary);
  tableIds.set(last.tableIds);
  tableIds.set(added, lastVocabulary);
  const lastDf = last.df;
  const df = alloc.int32(vocabulary);
  df.set(lastDf);
  // Each term counted once among those whose count changed.
  const touched: number[] = [];
  const seen = new Uint8Array(vocabulary);
  const count = (t: number, by: number): void => {
    df[t]! += by;
    if (!seen[t]) touched.push(t);
    seen[t] = 1;
  };
  const stays = new Uint8Array(last.n);
  for (let p = 0; p < n; p++) if (from[p]! >= 0) stays[from[p]!] = 1;
  for (let o = 0; o < last.n; o++) {
    if (stays[o]) continue;
    for (let k = last.docStart[o]!; k < last.docStart[o + 1]!; k++) count(last.termOf[k]!, -1);
  }
  for (const terms of parsed) if (terms) for (const id of terms.ids) count(local[id]!, 1);
  let dead = 0;
  for (let t = 0; t < vocabulary; t++) if (df[t] === 0) dead++;
  if (dead > vocabulary >> 2) return null;

  // Terms whose weight or place in a row changed: rows that have them are weighed anew.
  const distinctiveDf = last.distinctiveDf;
  const idf = new Float64Array(vocabulary);
  idf.set(room.idf);
  const reweigh = new Uint8Array(vocabulary);
  let anyReweigh = false;
  for (const t of touched) {
    const before = t < lastVocabulary ? lastDf[t]! : 0;
    if (t >= lastVocabulary || steppedCount(before) !== steppedCount(df[t]!) || before <= distinctiveDf !== df[t]! <= distinctiveDf) {
      idf[t] = idfOf(steppedN, df[t]!);
      if (t < lastVocabulary) reweigh[t] = 1;
      anyReweigh ||= t < lastVocabulary;
    }
  }

  const docStart = alloc.int32(n + 1);
  for (let p = 0; p < n; p++) {
    const o = from[p]!;
    docStart[p + 1] = docStart[p]! + (o >= 0 ? last.docStart[o + 1]! - last.docStart[o]! : parsed[p]!.ids.length);
  }
  const length = docStart[n]!;
  // From here on `last` is taken apart: its buffers are this build's if they have room.
  room.spent = true;
  const buffers = length <= room.termOf.length ? room : termBuffers(alloc, length);
  // Unchanged rows, moved in runs: those moving toward the start first, from the start; then
  // the others from the end, so that no row is written over before it moved (rows keep their order).
  const runs: [number, number, number][] = [];
  for (let p = 0; p < n; ) {
    if (from[p]! < 0) {
      p++;
      continue;
    }
    let q = p + 1;
    while (q < n && from[q] === from[q - 1]! + 1) q++;
    const source = last.docStart[from[p]!]!;
    runs.push([source, docStart[p]!, last.docStart[from[q - 1]! + 1]! - source]);
    p = q;
  }
  const moveRun = ([source, target, size]: [number, number, number]): void => {
    move(room.termOf, buffers.termOf, source, target, size);
    move(room.weight, buffers.weight, source, target, size);
  };
  for (const run of runs) if (run[1] <= run[0]) moveRun(run);
  for (let r = runs.length - 1; r >= 0; r--) if (runs[r]![1] > runs[r]![0]) moveRun(runs[r]!);
  const termOf = buffers.termOf.subarray(0, length);
  const weight = buffers.weight.subarray(0, length);

  const day = alloc.int32(n);
  const rareEnd = alloc.int32(n);
  const spare = new RowSpare();
  let terms = new Int32Array(64);
  const weigh = (p: number, row: ParsedTerms): void => {
    if (terms.length < row.ids.length) terms = new Int32Array(row.ids.length);
    spare.fit(row.ids.length);
    for (let j = 0; j < row.ids.length; j++) terms[j] = local[row.ids[j]!]!;
    rareEnd[p] = weighRow(terms, row.counts, 0, row.ids.length, termOf, weight, docStart[p]!, df, idf, distinctiveDf, spare);
  };
  for (let p = 0; p < n; p++) {
    const o = from[p]!;
    if (o < 0) {
      day[p] = dayNumber(docs[p]!.date);
      weigh(p, parsed[p]!);
      continue;
    }
    day[p] = last.day[o]!;
    rareEnd[p] = last.rareEnd[o]! - last.docStart[o]! + docStart[p]!;
    if (!anyReweigh) continue;
    for (let k = docStart[p]!; k < docStart[p + 1]!; k++) {
      if (reweigh[termOf[k]!]) {
        weigh(p, table.of(docs[p]!));
        break;
      }
    }
  }
  return {
    order, inputs: docs, ids: kept ? last.ids : docs.map((d) => d.id), day, docStart, rareEnd, termOf, weight, df, tableIds,
    room: { termOf: buffers.termOf, weight: buffers.weight, local, idf, shared: alloc.shared, spent: false },
  };
}

/**
 * The archive as term vectors, with their inverted index: the half of the similarity index that
 * needs no topics, so that it can be built while the topics are decided (see relating.ts).
 * Rows are canonical positions (see canonicalOrder).
 */
export class TermVectors implements VectorArrays {
  readonly n: number;
  /** Input index of each row. */
  readonly order: number[];
  readonly ids: string[];
  /** Each row's input: the same object from build to build for an unchanged article under `serve` (see relate-worker.ts). */
  readonly inputs: readonly TermInput[];
  /** Each term's number in the table the vectors were made with (see TermTable), by this build's number. */
  readonly tableIds: Int32Array;
  /** Each row's date, as a day number. */
  readonly day: Int32Array;
  /** Row `p` of the term vectors is `[docStart[p], docStart[p + 1])`; distinctive terms first, up to `rareEnd[p]`. */
  readonly docStart: Int32Array;
  readonly rareEnd: Int32Array;
  readonly termOf: Int32Array;
  readonly weight: Float64Array;
  readonly df: Int32Array;
  readonly candidateDf: number;
  /** Terms in at most this many articles are distinctive (see STORY_THRESHOLD). */
  readonly distinctiveDf: number;
  readonly postings: Postings;
  /** Whether these vectors were patched from the last build's (see patchVectors). */
  readonly patched: boolean;
  /** What the next build's vectors are patched from (see patchVectors). */
  readonly room: VectorRoom;

  /**
   * `table` has the terms of articles parsed by earlier builds (see TermTable); by default they
   * are parsed anew. With `shared`, the arrays are in shared memory (see VectorArrays). With
   * `last`, the vectors of the last build made with the same table, these are patched from
   * them where they can be (see patchVectors): `last` is then no longer whole, and must not be
   * used again.
   */
  constructor(input: readonly TermInput[], table = new TermTable(false), { shared = false, last }: { shared?: boolean; last?: TermVectors } = {}) {
    const alloc = new Alloc(shared);
    const patched = last ? patchVectors(last, input, table, alloc) : null;
    const parts = patched ?? freshVectors(input, table, alloc);
    this.patched = patched !== null;
    ({ order: this.order, inputs: this.inputs, ids: this.ids, day: this.day, docStart: this.docStart, rareEnd: this.rareEnd } = parts);
    ({ termOf: this.termOf, weight: this.weight, df: this.df, tableIds: this.tableIds, room: this.room } = parts);
    const n = (this.n = parts.inputs.length);
    const steppedN = steppedCount(n);
    this.distinctiveDf = distinctiveDfOf(steppedN);
    this.candidateDf = candidateDfOf(steppedN);
    const { docStart, termOf, weight, df } = this;
    this.postings = invert(n, df.length, docStart, termOf, weight, (t, k) => inPostings(this, t, weight[k]!), alloc);
  }

  /** The arrays, to send to another thread (see VectorArrays): `order` as an Int32Array, which is copied. */
  arrays(): VectorArrays {
    const { n, day, docStart, rareEnd, termOf, weight, df, candidateDf, postings } = this;
    return { n, order: Int32Array.from(this.order), day, docStart, rareEnd, termOf, weight, df, candidateDf, postings };
  }
}

/** Term vectors and topic sets, with inverted indexes; compares one article with others. Rows are canonical positions. */
export class SimilarityIndex {
  readonly n: number;
  readonly docStart: Int32Array;
  readonly rareEnd: Int32Array;
  readonly termOf: Int32Array;
  readonly weight: Float64Array;
  readonly topicStart: Int32Array;
  readonly topicOf: Int32Array;
  readonly rarity: Float64Array;
  readonly topicPostings: Postings;
  /** The loaded article's weights by term, and its topics (marked with its position). */
  readonly query: Float64Array;
  readonly queryTopic: Int32Array;
  /** Cosine and distinctive cosine of the last comparison. */
  cosine = 0;
  distinctive = 0;

  /** `topics` in input order, as `terms` was given its articles. */
  constructor(terms: VectorArrays, topics: TopicLists) {
    const n = (this.n = terms.n);
    this.docStart = terms.docStart;
    this.rareEnd = terms.rareEnd;
    this.termOf = terms.termOf;
    this.weight = terms.weight;

    // Topics in canonical order: rarity, and postings of the rare ones (those in few enough articles to read whole).
    const topicStart = (this.topicStart = new Int32Array(n + 1));
    for (let p = 0; p < n; p++) {
      const i = terms.order[p]!;
      topicStart[p + 1] = topicStart[p]! + topics.start[i + 1]! - topics.start[i]!;
    }
    const topicOf = (this.topicOf = new Int32Array(topicStart[n]!));
    for (let p = 0; p < n; p++) {
      const i = terms.order[p]!;
      topicOf.set(topics.ids.subarray(topics.start[i]!, topics.start[i + 1]!), topicStart[p]!);
    }
    const topicDf = new Int32Array(topics.count);
    for (let k = 0; k < topicOf.length; k++) topicDf[topicOf[k]!]!++;
    const steppedN = steppedCount(n);
    this.rarity = Float64Array.from(topicDf, (d) => (steppedN > 1 ? Math.log(steppedN / steppedCount(d)) / Math.log(steppedN) : 0));
    this.topicPostings = invert(n, topics.count, topicStart, topicOf, null, (id) => topicDf[id]! >= 2 && topicDf[id]! <= topicCandidateMax(terms.candidateDf));

    this.query = new Float64Array(terms.df.length);
    this.queryTopic = new Int32Array(topics.count).fill(-1);
  }

  /** Makes `p` the article that `compare` compares with. */
  load(p: number): void {
    for (let k = this.docStart[p]!; k < this.docStart[p + 1]!; k++) this.query[this.termOf[k]!] = this.weight[k]!;
    for (let k = this.topicStart[p]!; k < this.topicStart[p + 1]!; k++) this.queryTopic[this.topicOf[k]!] = p;
  }

  unload(p: number): void {
    for (let k = this.docStart[p]!; k < this.docStart[p + 1]!; k++) this.query[this.termOf[k]!] = 0;
    for (let k = this.topicStart[p]!; k < this.topicStart[p + 1]!; k++) this.queryTopic[this.topicOf[k]!] = -1;
  }

  /** Score (cosine and topic bonus) of the loaded article `p` with `b`; sets `cosine` and `distinctive`. */
  compare(p: number, b: number): number {
    const { query, termOf, weight, topicOf, queryTopic, rarity } = this;
    let rare = 0;
    let common = 0;
    const end = this.rareEnd[b]!;
    for (let k = this.docStart[b]!; k < end; k++) rare += query[termOf[k]!]! * weight[k]!;
    for (let k = end; k < this.docStart[b + 1]!; k++) common += query[termOf[k]!]! * weight[k]!;
    let bonus = 0;
    for (let k = this.topicStart[b]!; k < this.topicStart[b + 1]!; k++) if (queryTopic[topicOf[k]!] === p) bonus += TOPIC_WEIGHT * rarity[topicOf[k]!]!;
    this.distinctive = rare;
    this.cosine = rare + common;
    return this.cosine + bonus;
  }
}

/** Cosine, distinctive cosine and related score of two articles (indexes into `input`), in the archive `input`. */
export function similarity(input: readonly RelatedInput[], a: number, b: number): Similarity {
  const terms = new TermVectors(input);
  const index = new SimilarityIndex(terms, topicLists(input.map((i) => i.topics)));
  const pa = terms.order.indexOf(a);
  index.load(pa);
  const score = index.compare(pa, terms.order.indexOf(b));
  return { cosine: index.cosine, distinctive: index.distinctive, score };
}

/** Related articles and stories of every article of an archive. */
export function relateArticles(input: readonly RelatedInput[]): RelatedResult {
  return relateVectors(new TermVectors(input), topicLists(input.map((i) => i.topics)));
}

/**
 * Pass 1 of relating, for rows `from` to `to` (canonical positions) of the whole archive: each
 * row's best related articles by score, and the links between reports of one story it finds.
 * Rows are independent, so that parts of the archive can be related on different threads and
 * put together (see Relation) into exactly what one pass over all rows gives.
 */
export interface RelatedPart {
  from: number;
  to: number;
  /** Row `from + i`'s best related rows, best first: `best[i * MAX_RELATED ...]`, -1 after the last. */
  best: Int32Array;
  /** Pairs of rows that are reports of one story: `links[2k]`, `links[2k + 1]`. */
  links: Int32Array;
  /** Row `from + i`'s candidates, scored exactly: `chosen[i * CANDIDATES_PER_ARTICLE ...]`, -1 after the last. */
  chosen: Int32Array;
  /** Row `from + i`'s best partial score among the articles it met but did not choose; -Infinity if none. */
  cut: Float64Array;
  /** Row `from + i`'s least partial score among its candidates; Infinity if none. */
  floor: Float64Array;
  /** Row `from + i`'s heavy terms (see RowRelater.heavyTerms), as places in its row from its start: `heavy[i * TERMS_PER_ARTICLE ...]`, -1 after the last. */
  heavy: Int32Array;
}

/**
 * Relating an archive in parts (see RelatedPart): `part` finds each row's best for some rows,
 * `result` puts the parts of all rows together. A thread given the same arrays and topics
 * finds the same parts, so that one relation can be worked out on several threads.
 */
export class Relation {
  private readonly index: SimilarityIndex;
  /** `topics` in input order, as `terms` was given its articles. */
  constructor(
    private readonly terms: VectorArrays,
    topics: TopicLists,
  ) {
    this.index = new SimilarityIndex(terms, topics);
  }

  /** Pass 1 over rows `from` to `to`. */
  part(from = 0, to = this.terms.n): RelatedPart {
    return findRelated(this.terms, this.index, from, to);
  }

  /** Pass 1 a row at a time (see related-update.ts). */
  rows(): RowRelater {
    return new RowRelater(this.terms, this.index);
  }

  /** The rows that have topic `id` if it is rare enough to propose candidates, else none. */
  topicRows(id: number): Int32Array {
    const { start, rows } = this.index.topicPostings;
    return rows.subarray(start[id]!, start[id + 1]!);
  }

  /** The topics of row `p`, as numbers of the TopicLists given. */
  topicsOf(p: number): Int32Array {
    return this.index.topicOf.subarray(this.index.topicStart[p]!, this.index.topicStart[p + 1]!);
  }

  /** Related articles and stories, from parts that cover every row once; `ids` are the rows' article ids. */
  result(parts: readonly RelatedPart[], ids: readonly string[]): RelatedResult {
    return assemble(this.terms, this.index, parts, ids);
  }
}

function findRelated(terms: VectorArrays, index: SimilarityIndex, from: number, to: number): RelatedPart {
  const out = emptyPart(from, to);
  const rows = new RowRelater(terms, index);
  const links = new IntList();
  for (let p = from; p < to; p++) rows.relate(p, p - from, out, links);
  return { ...out, links: links.done() };
}

/** A part's arrays for rows `from` to `to`, before pass 1 fills them. */
export function emptyPart(from: number, to: number): Omit<RelatedPart, 'links'> {
  return {
    from,
    to,
    best: new Int32Array((to - from) * MAX_RELATED).fill(-1),
    chosen: new Int32Array((to - from) * CANDIDATES_PER_ARTICLE).fill(-1),
    cut: new Float64Array(to - from).fill(-Infinity),
    floor: new Float64Array(to - from).fill(Infinity),
    heavy: new Int32Array((to - from) * TERMS_PER_ARTICLE).fill(-1),
  };
}

/** Pass 1 of relating, one row at a time (see RelatedPart), with the buffers it needs. */
export class RowRelater {
  private readonly acc: Float64Array;
  private readonly stamp: Int32Array;
  private readonly touched: Int32Array;
  private readonly values: Float64Array;
  private readonly heavy: number[] = [];
  private readonly ties: number[] = [];
  private readonly chosen = new Int32Array(CANDIDATES_PER_ARTICLE);

  constructor(
    private readonly terms: VectorArrays,
    private readonly index: SimilarityIndex,
  ) {
    const n = terms.n;
    this.acc = new Float64Array(n);
    this.stamp = new Int32Array(n).fill(-1);
    this.touched = new Int32Array(n);
    this.values = new Float64Array(n);
  }

  /**
   * Row `p`'s TERMS_PER_ARTICLE heaviest candidate terms, as places in its row, heaviest first;
   * ties go to the earlier place, which stays from build to build as long as the row does.
   */
  heavyTerms(p: number): number[] {
    const { docStart, termOf, weight } = this.index;
    const heavy = this.heavy;
    heavy.length = 0;
    for (let k = docStart[p]!; k < docStart[p + 1]!; k++) if (isCandidateTerm(this.terms, termOf[k]!)) heavy.push(k);
    if (heavy.length > TERMS_PER_ARTICLE) {
      heavy.sort((x, y) => weight[y]! - weight[x]! || x - y);
      heavy.length = TERMS_PER_ARTICLE;
    }
    return heavy;
  }

  /**
   * Pass 1 for row `p`, written at place `at` of `out`: its best related rows, its candidates and
   * the partial score of the best candidate left out (see RelatedPart); its links go to `links`.
   */
  relate(p: number, at: number, out: Omit<RelatedPart, 'links'>, links: IntList): void {
    const { terms, index, acc, stamp, touched, values, ties } = this;
    const { topicStart, topicOf, rarity, topicPostings } = index;
    const postings = terms.postings;
    const heavy = this.heavyTerms(p);
    for (let j = 0; j < heavy.length; j++) out.heavy[at * TERMS_PER_ARTICLE + j] = heavy[j]! - index.docStart[p]!;
    // Partial scores of the articles that share a heavy term or a rare topic.
    let count = 0;
    stamp[p] = p;
    for (const k of heavy) {
      const t = index.termOf[k]!;
      const q = index.weight[k]!;
      for (let j = postings.start[t]!; j < postings.start[t + 1]!; j++) {
        const b = postings.rows[j]!;
        if (stamp[b] !== p) {
          stamp[b] = p;
          acc[b] = 0;
          touched[count++] = b;
        }
        acc[b] = acc[b]! + q * postings.weights[j]!;
      }
    }
    for (let k = topicStart[p]!; k < topicStart[p + 1]!; k++) {
      const id = topicOf[k]!;
      const x = TOPIC_WEIGHT * rarity[id]!;
      for (let j = topicPostings.start[id]!; j < topicPostings.start[id + 1]!; j++) {
        const b = topicPostings.rows[j]!;
        if (stamp[b] !== p) {
          stamp[b] = p;
          acc[b] = 0;
          touched[count++] = b;
        }
        acc[b] = acc[b]! + x;
      }
    }
    // The best candidates by partial score (ties at the cut: lower position), scored exactly;
    // the best of the others is remembered, so that a rebuild can tell whether a changed
    // article enters or leaves the candidates (see related-update.ts).
    const chosen = this.chosen;
    let size = count;
    let left = -Infinity;
    let floor = Infinity;
    if (count > CANDIDATES_PER_ARTICLE) {
      for (let j = 0; j < count; j++) values[j] = acc[touched[j]!]!;
      const cut = kthLargest(values, count, CANDIDATES_PER_ARTICLE);
      size = 0;
      ties.length = 0;
      for (let j = 0; j < count; j++) {
        const b = touched[j]!;
        if (acc[b]! > cut) chosen[size++] = b;
        else if (acc[b] === cut) ties.push(b);
        else if (acc[b]! > left) left = acc[b]!;
      }
      ties.sort((x, y) => x - y);
      const taken = CANDIDATES_PER_ARTICLE - size;
      for (let j = 0; j < taken; j++) chosen[size++] = ties[j]!;
      if (ties.length > taken) left = cut;
      floor = cut;
    } else {
      for (let j = 0; j < count; j++) {
        chosen[j] = touched[j]!;
        floor = Math.min(floor, acc[touched[j]!]!);
      }
    }
    this.score(p, at, chosen.subarray(0, size), left, floor, out, links);
  }

  /**
   * The end of pass 1 for row `p`, whose candidates are `chosen` (`cut` and `floor` as in
   * RelatedPart): scores them exactly, and writes its best at place `at` of `out`; its links go
   * to `links`.
   */
  score(p: number, at: number, chosen: ArrayLike<number>, cut: number, floor: number, out: Omit<RelatedPart, 'links'>, links: IntList): void {
    const { index } = this;
    const { day } = this.terms;
    index.load(p);
    out.chosen.fill(-1, at * CANDIDATES_PER_ARTICLE, (at + 1) * CANDIDATES_PER_ARTICLE);
    out.chosen.set(chosen, at * CANDIDATES_PER_ARTICLE);
    out.cut[at] = cut;
    out.floor[at] = floor;
    const top = new TopList(MAX_RELATED);
    for (let j = 0; j < chosen.length; j++) {
      const b = chosen[j]!;
      const score = index.compare(p, b);
      if (index.distinctive >= STORY_THRESHOLD && Math.abs(day[p]! - day[b]!) <= STORY_DAYS) {
        links.push(p);
        links.push(b);
      }
      if (score >= MIN_RELATED_SCORE && (index.cosine >= MIN_RELATED_COSINE || score - index.cosine >= MIN_TOPICS_ALONE)) top.offer(b, score);
    }
    out.best.fill(-1, at * MAX_RELATED, (at + 1) * MAX_RELATED);
    out.best.set(top.pos, at * MAX_RELATED);
    index.unload(p);
  }

  /**
   * The partial score by which row `y` would rank row `b` among its candidates (see relate), or
   * null when `y` would not meet `b` at all; `heavy`: a copy of y's heavyTerms, if known.
   */
  partial(y: number, b: number, heavy: readonly number[] = this.heavyTerms(y)): number | null {
    const { terms, index } = this;
    const { termOf, weight, topicStart, topicOf, rarity, topicPostings } = index;
    if (y === b) return null;
    index.load(b);
    const query = index.query;
    let score = 0;
    let met = false;
    for (const k of heavy) {
      const t = termOf[k]!;
      const w = query[t]!;
      if (w > 0 && inPostings(terms, t, w)) {
        score = score + weight[k]! * w;
        met = true;
      }
    }
    for (let k = topicStart[y]!; k < topicStart[y + 1]!; k++) {
      const id = topicOf[k]!;
      if (index.queryTopic[id] === b && topicPostings.start[id + 1]! > topicPostings.start[id]!) {
        score = score + TOPIC_WEIGHT * rarity[id]!;
        met = true;
      }
    }
    index.unload(b);
    return met ? score : null;
  }
}

/** Related articles and stories of the articles of `terms`, whose topics are `topics` (both in input order). */
export function relateVectors(terms: TermVectors, topics: TopicLists): RelatedResult {
  const relation = new Relation(terms, topics);
  return relation.result([relation.part()], terms.ids);
}

/** Stories, and pass 2, from pass 1's parts (see Relation). */
function assemble(terms: VectorArrays, index: SimilarityIndex, found: readonly RelatedPart[], ids: readonly string[]): RelatedResult {
  const { n, order, day } = terms;
  // Which part each row's best are in, and where.
  const partOf = new Int32Array(n).fill(-1);
  for (const [i, part] of found.entries()) {
    if (partOf.subarray(part.from, part.to).some((x) => x >= 0)) throw new Error('relating: parts overlap');
    partOf.fill(i, part.from, part.to);
  }
  if (partOf.includes(-1)) throw new Error('relating: the parts do not cover every article');
  const bestOf = (p: number): Int32Array => {
    const part = found[partOf[p]!]!;
    return part.best.subarray((p - part.from) * MAX_RELATED, (p - part.from + 1) * MAX_RELATED);
  };
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  for (const { links } of found) for (let k = 0; k < links.length; k += 2) union(parent, links[k]!, links[k + 1]!);

  // Stories: connected components of two or more articles, each in date order.
  const members = new Map<number, number[]>();
  for (let p = 0; p < n; p++) {
    const root = find(parent, p);
    const list = members.get(root);
    if (list) list.push(p);
    else members.set(root, [p]);
  }
  const byDate = (x: number, y: number): number => day[x]! - day[y]! || x - y;
  const groups = [...members.values()].filter((m) => m.length > 1).map((m) => m.sort(byDate));
  groups.sort((x, y) => byDate(x[0]!, y[0]!));
  const storyOf = new Int32Array(n).fill(-1);
  const placeInStory = new Int32Array(n);
  groups.forEach((g, s) => {
    g.forEach((p, j) => {
      storyOf[p] = s;
      placeInStory[p] = j;
    });
  });

  // Pass 2: reports of the same story within STORY_DAYS days first, then the best of the others.
  const related: number[][] = new Array<number[]>(n);
  for (let p = 0; p < n; p++) {
    const out: number[] = [];
    const s = storyOf[p]!;
    if (s >= 0) {
      const g = groups[s]!;
      const near = new TopList(MAX_RELATED);
      index.load(p);
      const at = placeInStory[p]!;
      for (let j = at - 1; j >= 0 && day[p]! - day[g[j]!]! <= STORY_DAYS; j--) near.offer(g[j]!, index.compare(p, g[j]!));
      for (let j = at + 1; j < g.length && day[g[j]!]! - day[p]! <= STORY_DAYS; j++) near.offer(g[j]!, index.compare(p, g[j]!));
      index.unload(p);
      out.push(...near.pos);
    }
    for (const b of bestOf(p)) {
      if (b < 0 || out.length >= MAX_RELATED) break;
      if (!out.includes(b)) out.push(b);
    }
    related[order[p]!] = out.map((b) => order[b]!);
  }

  const story = new Array<number | null>(n).fill(null);
  for (let p = 0; p < n; p++) if (storyOf[p]! >= 0) story[order[p]!] = storyOf[p]!;
  const stories = groups.map((g) => ({ id: ids[g[0]!]!, articles: g.map((p) => order[p]!) }));
  return { related, story, stories };
}
