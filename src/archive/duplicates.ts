// Wires resend stories: seeds with the same date and the same text are one article.
import type { SeedRecord } from '../types.ts';

export interface Duplicate {
  /** The seed left out. */
  file: string;
  /** The seed published in its place (the earliest: see foldDuplicates). */
  duplicateOf: string;
}

/** Keeps the first of each set of duplicates (same `fingerprint`; see textFingerprint), the earliest by time of day, then by file name; `records` must be sorted with byPublication. */
export function foldDuplicates(records: SeedRecord[]): { kept: SeedRecord[]; duplicates: Duplicate[] } {
  const first = new Map<string, string>();
  const kept: SeedRecord[] = [];
  const duplicates: Duplicate[] = [];
  for (const r of records) {
    const key = r.fingerprint;
    const original = first.get(key);
    if (original) duplicates.push({ file: r.file, duplicateOf: original });
    else {
      first.set(key, r.file);
      kept.push(r);
    }
  }
  return { kept, duplicates };
}
