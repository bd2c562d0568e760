// The last build's relation (see related-update.ts), kept on disk beside the record cache, so that
// a one-off `build` relates a rebuild from it as `serve` does from the one it keeps in memory:
// at 100,000 articles, relating from scratch is 12-18 s of such a rebuild. Rows are known by
// their article's file and record digest, terms by their text (numbers are a process's own).
// The file is tied to the code of relating and of the seed reader (which works out the terms),
// and sealed (see sealed-file.ts): another version's, or a damaged one, is not used, and
// relating starts from scratch; it is safe to delete.
import path from 'node:path';
import { readSealedValue, writeSealedValue } from '../output/sealed-file.ts';
import { codeVersion, ROOT } from '../paths.ts';
import { readerSources } from '../seeds/cache.ts';
import type { RelationMemo } from './related-update.ts';
import { CANDIDATES_PER_ARTICLE, MAX_RELATED, type RelatedPart, type TermTable, TERMS_PER_ARTICLE, type TopicLists } from './related.ts';

/** Where a relation is kept and for which code: what a build tells its relating (see Relater). */
export interface RelationFile {
  file: string;
  /** The code it was made by (see relationVersion): a file of another version is not used. */
  version: string;
}

/**
 * The code a kept relation depends on: the seed reader's (the records, their digests and terms)
 * and relating's own. Not the rest of the tool: a new version that renders pages otherwise
 * renders every page again, but need not relate every article again.
 */
export async function relationSources(): Promise<string[]> {
  const own = ['enrich/related.ts', 'enrich/related-update.ts', 'enrich/relation-file.ts', 'output/sealed-file.ts', 'output/parted.ts', 'paths.ts'].map((f) => path.join(ROOT, 'src', f));
  return [...new Set([...(await readerSources()), ...own])].sort();
}

let versionHash: Promise<string> | null = null;

/** Hash of the code a kept relation depends on (see relationSources). */
export function relationVersion(): Promise<string> {
  versionHash ??= relationSources().then((files) => codeVersion(files));
  return versionHash;
}

/** The file's name in the output's cache folder (see cacheDirFor). */
export const RELATION_FILE = 'relation.bin';

const FORMAT = 2;

interface StoredRelation {
  format: number;
  version: string;
  steppedN: number;
  keys: string[];
  digests: string[];
  order: Int32Array;
  topics: TopicLists;
  topicDf: Map<string, number>;
  /** The terms of the archive, by text, and how many articles have each. */
  terms: string[];
  termDf: Int32Array;
  /** Each row's terms, as numbers of `terms`, in its record's order: `rowTerms[rowStart[o] .. rowStart[o + 1]]`, and their counts. */
  rowStart: Int32Array;
  rowTerms: Int32Array;
  rowCounts: Uint16Array;
  part: RelatedPart;
}

/**
 * Writes `memo` (whose term numbers are `table`'s) to `to.file`, in place of the last, whole or not
 * at all. Not written (false) when a row's input has no digest, or the memo is one read from disk:
 * its rows could not be known again.
 */
export async function saveRelation(to: RelationFile, memo: RelationMemo, table: TermTable): Promise<boolean> {
  const { inputs } = memo;
  if (inputs === null) return false;
  const digests: string[] = [];
  for (const d of memo.digests) {
    if (d === undefined) return false;
    digests.push(d);
  }
  const terms: string[] = [];
  const df: number[] = [];
  const numbered = new Int32Array(memo.termDf.length);
  memo.termDf.forEach((count, id) => {
    if (count === 0) return;
    numbered[id] = terms.length;
    terms.push(table.termOf(id));
    df.push(count);
  });
  // Each row's terms as parsed (kept by the table): reading them back spares the next process
  // parsing 100,000 articles' terms (3-4 s of its relating).
  const parsed = inputs.map((input) => table.of(input));
  const rowStart = new Int32Array(inputs.length + 1);
  parsed.forEach((p, o) => (rowStart[o + 1] = rowStart[o]! + p.ids.length));
  const rowTerms = new Int32Array(rowStart[inputs.length]!);
  const rowCounts = new Uint16Array(rowTerms.length);
  parsed.forEach((p, o) => {
    for (let j = 0; j < p.ids.length; j++) rowTerms[rowStart[o]! + j] = numbered[p.ids[j]!]!;
    rowCounts.set(p.counts, rowStart[o]!);
  });
  const stored: StoredRelation = {
    format: FORMAT, version: to.version, steppedN: memo.steppedN, keys: [...memo.keys], digests, order: Int32Array.from(memo.order),
    topics: memo.topics, topicDf: memo.topicDf, terms, termDf: Int32Array.from(df), rowStart, rowTerms, rowCounts, part: memo.part,
  };
  // Its typed arrays (most of its bytes) written as they are (see writeSealedValue).
  await writeSealedValue(to.file, stored);
  return true;
}

/** Whether a stored relation has the shape of one: arrays of its rows' sizes (it was written by this code: see the seal). */
function wellFormed(s: StoredRelation): boolean {
  const n = s.keys?.length;
  const p = s.part;
  return Array.isArray(s.keys) && Array.isArray(s.digests) && s.digests.length === n && s.order instanceof Int32Array && s.order.length === n &&
    s.topics?.start instanceof Int32Array && s.topics.start.length === n + 1 && s.topics.ids instanceof Int32Array && Array.isArray(s.topics.slugs) &&
    s.topicDf instanceof Map && Array.isArray(s.terms) && s.termDf instanceof Int32Array && s.termDf.length === s.terms.length &&
    s.rowStart instanceof Int32Array && s.rowStart.length === n + 1 && s.rowTerms instanceof Int32Array && s.rowTerms.length === s.rowStart[n] &&
    s.rowCounts instanceof Uint16Array && s.rowCounts.length === s.rowTerms.length &&
    p?.from === 0 && p.to === n && p.best instanceof Int32Array && p.best.length === n * MAX_RELATED &&
    p.chosen instanceof Int32Array && p.chosen.length === n * CANDIDATES_PER_ARTICLE && p.cut instanceof Float64Array && p.cut.length === n &&
    p.floor instanceof Float64Array && p.floor.length === n && p.heavy instanceof Int32Array && p.heavy.length === n * TERMS_PER_ARTICLE &&
    p.links instanceof Int32Array && p.links.length % 2 === 0;
}

/**
 * The relation kept in `from.file`, its terms numbered in `table` (new ones are numbered there),
 * which is told each row's terms by its digest (see TermTable.knowDigest); null if there is none,
 * or it is another version's, or damaged.
 */
export async function loadRelation(from: RelationFile, table: TermTable): Promise<RelationMemo | null> {
  const s = (await readSealedValue(from.file)) as StoredRelation | null;
  if (s?.format !== FORMAT || s.version !== from.version || !wellFormed(s)) return null;
  const ids = Int32Array.from(s.terms, (term) => table.idOf(term));
  const termDf = new Int32Array(table.size);
  ids.forEach((id, k) => (termDf[id] = s.termDf[k]!));
  // Renumbered in place: the rows' terms are a tenth of a large archive's heap.
  const rowTerms = s.rowTerms;
  for (let k = 0; k < rowTerms.length; k++) rowTerms[k] = ids[rowTerms[k]!]!;
  s.digests.forEach((digest, o) => {
    const from = s.rowStart[o]!;
    const to = s.rowStart[o + 1]!;
    table.knowDigest(digest, { ids: rowTerms.subarray(from, to), counts: s.rowCounts.subarray(from, to) });
  });
  return { steppedN: s.steppedN, keys: s.keys, digests: s.digests, inputs: null, order: s.order, topics: s.topics, topicDf: s.topicDf, termDf, part: s.part };
}
