// Relating a rebuild from the last build's relation: pass 1 (see RelatedPart) again only for the
// articles whose result may have changed, with exactly the result of relating from scratch.
//
// Counts enter relating rounded to steps (see steppedCount), so that a rebuild changes the
// weights of few articles: those added or edited, whose topics changed, or that have a term or
// topic whose state changed (its step, or whether it is distinctive, proposes candidates, or is
// read whole). These are the dirty rows, related again. Any other row's candidates are the best
// CANDIDATES_PER_ARTICLE of the rows it meets by partial score, and only a dirty row's partial
// score with it can have changed: the row is related again only when a dirty candidate may have
// fallen below the best row it left out (its `cut`), or a candidate was removed; a dirty row
// that scores above its worst candidate takes that one's place; a row whose candidates changed
// is scored again against them. The rest keep their result. Then pass 2 (stories, lists) runs on
// the whole archive, as after any pass 1 (0.2 s at 100,000 articles).
import {
  CANDIDATE_DF_MAX, CANDIDATES_PER_ARTICLE, emptyPart, inPostings, IntList, MAX_RELATED, type RelatedPart, type Relation, type RowRelater, steppedCount,
  type TermInput, TERMS_PER_ARTICLE, type TermVectors, topicCandidateMax, type TopicLists,
} from './related.ts';

/** What a build's relating leaves for the next one (see updatePart). */
export interface RelationMemo {
  /** The archive's size, rounded to its step. */
  steppedN: number;
  /** Each row's article, by its key (see keyOf). */
  keys: readonly string[];
  /** Each row's record digest, when its input has one: the same digest, the same terms. */
  digests: readonly (string | undefined)[];
  /**
   * Each row's input, in the process that related it: an unchanged article's is the same object
   * from build to build (see relate-worker.ts); null in a memo read from disk (see relation-file.ts).
   */
  inputs: readonly TermInput[] | null;
  /** The articles' topics, in input order, and the input index of each row. */
  topics: TopicLists;
  order: ArrayLike<number>;
  /** The articles of each term, by its number in the term table the vectors were made with. */
  termDf: Int32Array;
  /** The articles of each topic, by slug. */
  topicDf: Map<string, number>;
  /** Pass 1 of every row. */
  part: RelatedPart;
}

/** An article's key from build to build: its file (ids may repeat in different folders). */
const keyOf = (input: TermInput): string => input.file ?? input.id;

/** Whether row `o` of the memo had the very input of this one: the same object, or a record of the same digest. */
function sameInput(memo: RelationMemo, o: number, input: TermInput): boolean {
  return memo.inputs?.[o] === input || (input.digest !== undefined && memo.digests[o] === input.digest);
}

/** Whether row `p` of this build has the topics that row `o` of the last one had, in the same order. */
function sameTopics(terms: TermVectors, topics: TopicLists, p: number, memo: RelationMemo, o: number): boolean {
  const i = terms.order[p]!;
  const j = memo.order[o]!;
  const was = memo.topics;
  const count = topics.start[i + 1]! - topics.start[i]!;
  if (count !== was.start[j + 1]! - was.start[j]!) return false;
  for (let k = 0; k < count; k++) if (topics.slugs[topics.ids[topics.start[i]! + k]!] !== was.slugs[was.ids[was.start[j]! + k]!]) return false;
  return true;
}

function topicCounts(topics: TopicLists): Map<string, number> {
  const df = new Int32Array(topics.count);
  for (let k = 0; k < topics.ids.length; k++) df[topics.ids[k]!]!++;
  return new Map(topics.slugs.map((slug, id) => [slug, df[id]!]));
}

/** Pass 1's parts, put together into one part of every row. */
export function joinParts(parts: readonly RelatedPart[], n: number): RelatedPart {
  if (parts.length === 1 && parts[0]!.from === 0 && parts[0]!.to === n) return parts[0]!;
  const whole = emptyPart(0, n);
  const links = new IntList();
  for (const part of [...parts].sort((a, b) => a.from - b.from)) {
    whole.best.set(part.best, part.from * MAX_RELATED);
    whole.chosen.set(part.chosen, part.from * CANDIDATES_PER_ARTICLE);
    whole.cut.set(part.cut, part.from);
    whole.floor.set(part.floor, part.from);
    whole.heavy.set(part.heavy, part.from * TERMS_PER_ARTICLE);
    for (const x of part.links) links.push(x);
  }
  return { ...whole, links: links.done() };
}

/** What the next build needs of this one's relating: `part` covers every row. */
export function memoOf(terms: TermVectors, topics: TopicLists, part: RelatedPart): RelationMemo {
  let size = 0;
  for (let t = 0; t < terms.tableIds.length; t++) size = Math.max(size, terms.tableIds[t]! + 1);
  const termDf = new Int32Array(size);
  terms.tableIds.forEach((id, t) => (termDf[id] = terms.df[t]!));
  return {
    steppedN: steppedCount(terms.n), keys: terms.inputs.map(keyOf), digests: terms.inputs.map((input) => input.digest), inputs: terms.inputs,
    topics, order: terms.order, termDf, topicDf: topicCounts(topics), part,
  };
}

/**
 * Archives where more than this share of the rows is dirty, or to be scored again, are related
 * from scratch (on two threads when large): it is then the cheaper.
 */
const MOST_DIRTY = 0.1;

/**
 * Pass 1 of every row of `relation` (made of `terms` and `topics`), from `memo`, the last build's:
 * or null when this build must relate from scratch (the archive's size changed step, or more than
 * `mostDirty` of the rows are dirty or to be scored again). `terms` must be made with the term
 * table of the last build's vectors.
 */
export function updatePart(relation: Relation, terms: TermVectors, topics: TopicLists, memo: RelationMemo, mostDirty = MOST_DIRTY): RelatedPart | null {
  const n = terms.n;
  if (steppedCount(n) !== memo.steppedN) return null;
  const old = memo.part;
  // A row is most often where it was (a seed edited): looked up by key only when it is not. The
  // map of every key, made for every build, took 50-80 ms of each at 100,000 articles.
  let oldRowOf: Map<string, number> | null = null;
  const rowOf = (key: string, p: number): number | undefined => {
    if (memo.keys[p] === key) return p;
    oldRowOf ??= new Map(memo.keys.map((k, o) => [k, o]));
    return oldRowOf.get(key);
  };
  const oldToNew = new Int32Array(memo.keys.length).fill(-1);
  const newToOld = new Int32Array(n).fill(-1);
  const dirty = new Uint8Array(n);
  for (let p = 0; p < n; p++) {
    const o = rowOf(keyOf(terms.inputs[p]!), p);
    if (o === undefined) {
      dirty[p] = 1;
      continue;
    }
    newToOld[p] = o;
    oldToNew[o] = p;
    if (!sameInput(memo, o, terms.inputs[p]!) || !sameTopics(terms, topics, p, memo, o)) dirty[p] = 1;
  }

  // Terms and topics whose state changed: their rows are dirty.
  const termState = (df: number): string => `${steppedCount(df)} ${df <= terms.distinctiveDf} ${df >= 2 && df <= terms.candidateDf} ${df <= CANDIDATE_DF_MAX}`;
  const changedTerm = new Uint8Array(terms.df.length);
  let anyTerm = false;
  terms.tableIds.forEach((id, t) => {
    const before = id < memo.termDf.length ? memo.termDf[id]! : 0;
    if (before !== terms.df[t] && termState(before) !== termState(terms.df[t]!)) {
      changedTerm[t] = 1;
      anyTerm = true;
    }
  });
  if (anyTerm) {
    for (let p = 0; p < n; p++) {
      if (dirty[p]) continue;
      for (let k = terms.docStart[p]!; k < terms.docStart[p + 1]!; k++) {
        if (changedTerm[terms.termOf[k]!]) {
          dirty[p] = 1;
          break;
        }
      }
    }
  }
  const topicCap = topicCandidateMax(terms.candidateDf);
  const topicState = (df: number): string => `${steppedCount(df)} ${df >= 2 && df <= topicCap}`;
  const topicDf = topicCounts(topics);
  const changedTopic = new Uint8Array(topics.count);
  let anyTopic = false;
  topics.slugs.forEach((slug, id) => {
    const before = memo.topicDf.get(slug) ?? 0;
    if (before !== topicDf.get(slug) && topicState(before) !== topicState(topicDf.get(slug)!)) {
      changedTopic[id] = 1;
      anyTopic = true;
    }
  });
  if (anyTopic) for (let p = 0; p < n; p++) if (!dirty[p] && relation.topicsOf(p).some((id) => changedTopic[id] === 1)) dirty[p] = 1;
  let dirtyCount = 0;
  for (let p = 0; p < n; p++) dirtyCount += dirty[p]!;
  if (dirtyCount > mostDirty * n) return null;

  const rows = relation.rows();
  // Who meets a dirty row: the rows of which one of its terms is a heavy term, and those sharing
  // a rare topic with it. A row that is not dirty has the heavy terms it had.
  const ownerStart = new Int32Array(terms.df.length + 1);
  // Each row's heavy terms, as places in the term vectors: row p's are
  // `heavyAt[p * TERMS_PER_ARTICLE ...]`, `heavyCount[p]` of them. In two arrays, not one per row:
  // 100,000 small arrays a build were garbage to collect. Loops, not Int32Array.from with a
  // function nor for…of: this runs once a build, unoptimised, for every row.
  const heavyAt = new Int32Array(n * TERMS_PER_ARTICLE);
  const heavyCount = new Uint8Array(n);
  for (let p = 0; p < n; p++) {
    const start = p * TERMS_PER_ARTICLE;
    let count = 0;
    if (dirty[p]) {
      const heavy = rows.heavyTerms(p);
      for (; count < heavy.length; count++) heavyAt[start + count] = heavy[count]!;
    } else {
      const from = terms.docStart[p]!;
      const kept = newToOld[p]! * TERMS_PER_ARTICLE;
      for (; count < TERMS_PER_ARTICLE && old.heavy[kept + count]! >= 0; count++) heavyAt[start + count] = old.heavy[kept + count]! + from;
    }
    heavyCount[p] = count;
    for (let j = start; j < start + count; j++) ownerStart[terms.termOf[heavyAt[j]!]! + 1]!++;
  }
  const heavyOf = (p: number): Int32Array => heavyAt.subarray(p * TERMS_PER_ARTICLE, p * TERMS_PER_ARTICLE + heavyCount[p]!);
  for (let t = 0; t < terms.df.length; t++) ownerStart[t + 1]! += ownerStart[t]!;
  const owners = new Int32Array(ownerStart[terms.df.length]!);
  const at = ownerStart.slice(0, terms.df.length);
  for (let p = 0; p < n; p++) {
    const start = p * TERMS_PER_ARTICLE;
    for (let j = start; j < start + heavyCount[p]!; j++) owners[at[terms.termOf[heavyAt[j]!]!]!++] = p;
  }

  /** For each row that is not dirty, the dirty rows it meets or had as candidates. */
  const affected = new Map<number, number[]>();
  const lastNoted = new Int32Array(n).fill(-1);
  const note = (y: number, r: number): void => {
    // A row met through several terms is noted once for each dirty row (they are gone through one by one).
    if (dirty[y] || y === r || lastNoted[y] === r) return;
    lastNoted[y] = r;
    const list = affected.get(y);
    if (!list) affected.set(y, [r]);
    else list.push(r);
  };
  const full = new Uint8Array(n);
  // Rows to be scored again at least: the dirty ones and those with a dirty or removed candidate.
  let rescored = dirtyCount;
  for (let p = 0; p < n; p++) {
    if (dirty[p]) continue;
    const o = newToOld[p]!;
    let touched = false;
    for (let j = o * CANDIDATES_PER_ARTICLE; j < (o + 1) * CANDIDATES_PER_ARTICLE; j++) {
      const b = old.chosen[j]!;
      if (b < 0) break;
      const nb = oldToNew[b]!;
      // A candidate removed: the best one left out takes its place, and which that is is not known.
      if (nb < 0) full[p] = 1;
      else if (dirty[nb]) note(p, nb);
      touched ||= nb < 0 || dirty[nb] === 1;
    }
    if (touched) rescored++;
  }
  // A term of many articles that changed step makes them dirty, and their candidates with them: at
  // 100,000 articles, 31,000 rows scored again took 11.6 s on one thread, relating from scratch on two about 8.
  if (rescored > mostDirty * n) return null;
  for (let r = 0; r < n; r++) {
    if (!dirty[r]) continue;
    for (let k = terms.docStart[r]!; k < terms.docStart[r + 1]!; k++) {
      const t = terms.termOf[k]!;
      // Only a term whose postings have r: heavy owners of it meet r through it.
      if (!inPostings(terms, t, terms.weight[k]!)) continue;
      for (let j = ownerStart[t]!; j < ownerStart[t + 1]!; j++) note(owners[j]!, r);
    }
    for (const id of relation.topicsOf(r)) {
      for (const y of relation.topicRows(id)) note(y, r);
    }
  }

  const out = emptyPart(0, n);
  const links = new IntList();
  const oldLinks = linksByRow(old, memo.keys.length);
  const keep = (p: number): void => {
    const o = newToOld[p]!;
    for (let j = 0; j < MAX_RELATED; j++) {
      const b = old.best[o * MAX_RELATED + j]!;
      out.best[p * MAX_RELATED + j] = b < 0 ? -1 : oldToNew[b]!;
    }
    for (let j = 0; j < CANDIDATES_PER_ARTICLE; j++) {
      const b = old.chosen[o * CANDIDATES_PER_ARTICLE + j]!;
      out.chosen[p * CANDIDATES_PER_ARTICLE + j] = b < 0 ? -1 : oldToNew[b]!;
    }
    out.cut[p] = old.cut[o]!;
    out.floor[p] = old.floor[o]!;
    out.heavy.set(old.heavy.subarray(o * TERMS_PER_ARTICLE, (o + 1) * TERMS_PER_ARTICLE), p * TERMS_PER_ARTICLE);
    for (let j = oldLinks.start[o]!; j < oldLinks.start[o + 1]!; j++) {
      links.push(p);
      links.push(oldToNew[oldLinks.to[j]!]!);
    }
  };

  for (let p = 0; p < n; p++) {
    if (dirty[p] || full[p]) {
      rows.relate(p, p, out, links);
      continue;
    }
    const meets = affected.get(p);
    if (!meets) {
      keep(p);
      continue;
    }
    const updated = updateCandidates(rows, p, Array.from(heavyOf(p)), old, newToOld[p]!, oldToNew, dirty, meets);
    if (updated === null) rows.relate(p, p, out, links);
    else if (updated.chosen === null) {
      keep(p);
      out.cut[p] = updated.cut;
    } else {
      rows.score(p, p, updated.chosen, updated.cut, updated.floor, out, links);
      out.heavy.set(old.heavy.subarray(newToOld[p]! * TERMS_PER_ARTICLE, (newToOld[p]! + 1) * TERMS_PER_ARTICLE), p * TERMS_PER_ARTICLE);
    }
  }
  return { ...out, links: links.done() };
}

/**
 * The links each of `n` rows found (see RelatedPart), by row, in the order found: row o's are
 * `to[start[o]]` to `to[start[o + 1] - 1]`. Counted into two arrays, not a list per row.
 */
function linksByRow(part: RelatedPart, n: number): { start: Int32Array; to: Int32Array } {
  const start = new Int32Array(n + 1);
  for (let k = 0; k < part.links.length; k += 2) start[part.links[k]! + 1]!++;
  for (let o = 0; o < n; o++) start[o + 1]! += start[o]!;
  const to = new Int32Array(part.links.length / 2);
  const at = start.slice(0, n);
  for (let k = 0; k < part.links.length; k += 2) to[at[part.links[k]!]!++] = part.links[k + 1]!;
  return { start, to };
}

/**
 * Row `y`'s candidates, which is not dirty, given the dirty rows it `meets` or had as candidates:
 * null if pass 1 must run again (a dirty candidate may have fallen below the best row left out);
 * `chosen` null if its candidates are the same rows, which need no scoring again, with the best
 * partial score left out now `cut`; else its new candidates, and their least partial score.
 * Old row `o` was y in the last build; y met no removed row.
 */
function updateCandidates(
  rows: RowRelater,
  y: number,
  heavy: readonly number[],
  old: RelatedPart,
  o: number,
  oldToNew: Int32Array,
  dirty: Uint8Array,
  meets: readonly number[],
): { chosen: number[] | null; cut: number; floor: number } | null {
  const oldChosen: number[] = [];
  for (let j = o * CANDIDATES_PER_ARTICLE; j < (o + 1) * CANDIDATES_PER_ARTICLE && old.chosen[j]! >= 0; j++) oldChosen.push(oldToNew[old.chosen[j]!]!);
  let cut = old.cut[o]!;
  // A dirty row may be noted twice: as a candidate, and as met through a term.
  const newcomers = [...new Set(meets)].filter((r) => !oldChosen.includes(r)).sort((a, b) => a - b);
  // Most rows met by a dirty one: none of their candidates is dirty, and it scores below them all.
  if (!meets.some((r) => oldChosen.includes(r)) && oldChosen.length === CANDIDATES_PER_ARTICLE) {
    let below = true;
    for (const r of newcomers) {
      const score = rows.partial(y, r, heavy);
      if (score === null) continue;
      if (score < old.floor[o]!) cut = Math.max(cut, score);
      else below = false;
    }
    if (below) return { chosen: null, cut, floor: old.floor[o]! };
    cut = old.cut[o]!;
  }
  const members = new Map<number, number>();
  for (const b of oldChosen) {
    const score = rows.partial(y, b, heavy);
    if (dirty[b]) {
      // A dirty candidate y no longer meets leaves; one below the best left out may be overtaken.
      if (score === null) {
        if (cut !== -Infinity) return null;
        continue;
      }
      if (!(score > cut)) return null;
    }
    // Cannot be (neither changed): relate it again rather than trust the rest.
    if (score === null) return null;
    members.set(b, score);
  }
  // The worst candidate (least partial score; of equal ones, the last), found again after it leaves.
  let worst = -1;
  let least = Infinity;
  const findWorst = (): void => {
    worst = -1;
    least = Infinity;
    for (const [b, s] of members) {
      if (s < least || (s === least && b > worst)) {
        worst = b;
        least = s;
      }
    }
  };
  findWorst();
  for (const r of newcomers) {
    const score = rows.partial(y, r, heavy);
    if (score === null) continue;
    if (members.size < CANDIDATES_PER_ARTICLE) {
      // Fewer candidates than the most: y chose every row it met, and had none to leave out.
      if (cut !== -Infinity) return null;
      members.set(r, score);
      findWorst();
      continue;
    }
    if (score > least || (score === least && r < worst)) {
      members.delete(worst);
      members.set(r, score);
      cut = Math.max(cut, least);
      findWorst();
    } else cut = Math.max(cut, score);
  }
  let floor = Infinity;
  for (const s of members.values()) floor = Math.min(floor, s);
  return { chosen: [...members.keys()], cut, floor };
}
