// The records' mentions as the last build parsed them (see MentionTable), kept on disk beside the
// record cache, so that a one-off `build` (and `serve`'s first rebuild) parses only the records
// read anew, as `serve` does from the table it keeps: parsing 100,000 records' mentions was about
// 1 s of placing them. A record's pairs are known by its digest, which covers everything its
// mentions are extracted from; names by their text and kind. Tied to the code of the seed reader
// (which extracts the mentions) and of the table, and sealed: another version's, or a damaged one,
// is not used.
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { readSealed, writeSealed } from '../output/sealed-file.ts';
import { codeVersion, ROOT } from '../paths.ts';
import { readerSources } from '../seeds/cache.ts';
import type { SeedRecord, TopicKind } from '../types.ts';
import type { MentionTable } from './topics.ts';

/** The file's name in the output's cache folder (see cacheDirFor). */
export const MENTION_FILE = 'mentions.bin';

const FORMAT = 1;

let versionHash: Promise<string> | null = null;

/** Hash of the code kept mentions depend on: the seed reader's, the table's (topics.ts) and this file's. */
export function mentionVersion(): Promise<string> {
  versionHash ??= readerSources().then((reader) =>
    codeVersion([...new Set([...reader, ...['enrich/topics.ts', 'enrich/mention-file.ts', 'output/sealed-file.ts', 'paths.ts'].map((f) => path.join(ROOT, 'src', f))])].sort()),
  );
  return versionHash;
}

interface StoredMentions {
  format: number;
  version: string;
  /** The names the records mention, with their kinds. */
  names: string[];
  kinds: TopicKind[];
  digests: string[];
  /** Each record's pairs of name (a number of `names`) and count: `pairs[start[i] .. start[i + 1]]`. */
  start: Int32Array;
  pairs: Int32Array;
}

/** Writes the pairs `table` parsed of `records` to `file` (see writeSealed). */
export async function saveMentions(file: string, version: string, table: MentionTable, records: readonly SeedRecord[]): Promise<void> {
  const lists = records.map((r) => table.pairsOf(r));
  const start = new Int32Array(records.length + 1);
  lists.forEach((l, i) => (start[i + 1] = start[i]! + l.length));
  const pairs = new Int32Array(start[records.length]!);
  // The table's numbers, compacted to the names these records mention.
  const numbered = new Map<number, number>();
  const names: string[] = [];
  const kinds: TopicKind[] = [];
  lists.forEach((l, i) => {
    for (let k = 0; k < l.length; k += 2) {
      let n = numbered.get(l[k]!);
      if (n === undefined) {
        numbered.set(l[k]!, (n = names.length));
        names.push(table.names[l[k]!]!);
        kinds.push(table.kinds[l[k]!]!);
      }
      pairs[start[i]! + k] = n;
      pairs[start[i]! + k + 1] = l[k + 1]!;
    }
  });
  const stored: StoredMentions = { format: FORMAT, version, names, kinds, digests: records.map((r) => r.digest), start, pairs };
  await writeSealed(file, serialize(stored));
}

/** Whether stored mentions have the shape of them (they were written by this code: see the seal). */
function wellFormed(s: StoredMentions): boolean {
  const n = s.digests?.length;
  return Array.isArray(s.names) && Array.isArray(s.kinds) && s.kinds.length === s.names.length && Array.isArray(s.digests) &&
    s.start instanceof Int32Array && s.start.length === n + 1 && s.pairs instanceof Int32Array && s.pairs.length === s.start[n] && s.pairs.length % 2 === 0;
}

/**
 * Tells `table` the pairs kept in `file` by each record's digest, in its own numbers (names it
 * lacks are numbered): true if there were any of this version, whole.
 */
export async function loadMentions(file: string, version: string, table: MentionTable): Promise<boolean> {
  const payload = await readSealed(file);
  if (!payload) return false;
  let s: StoredMentions;
  try {
    s = deserialize(payload) as StoredMentions;
  } catch {
    return false;
  }
  if (s?.format !== FORMAT || s.version !== version || !wellFormed(s)) return false;
  const ids = Int32Array.from(s.names, (name, n) => table.idOf(name, s.kinds[n]!));
  // Renumbered in place, names only (every other number is a count).
  const { pairs } = s;
  for (let k = 0; k < pairs.length; k += 2) pairs[k] = ids[pairs[k]!]!;
  s.digests.forEach((digest, i) => table.knowDigest(digest, pairs.subarray(s.start[i]!, s.start[i + 1]!)));
  return true;
}
