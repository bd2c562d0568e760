// Wires resend stories: seeds with the same date and the same text are one article.
import { createHash } from 'node:crypto';
import { blockText } from '../seeds/words.ts';
import type { SeedRecord } from '../types.ts';

export interface Duplicate {
  /** The seed left out. */
  file: string;
  /** The seed published in its place (the first by file name). */
  duplicateOf: string;
}

/** Date and body text with all whitespace runs made one space: what "the same story" means. */
function fingerprint(r: SeedRecord): string {
  const text = r.blocks.map(blockText).join(' ').replace(/[\s\u200B-\u200D\u2060\uFEFF]+/gu, ' ').trim();
  return createHash('sha256').update(`${r.date}\n${r.title.replace(/\s+/gu, ' ').trim()}\n${text}`).digest('hex');
}

/** Keeps the first of each set of duplicates (by file name); `records` must be sorted by date then file. */
export function foldDuplicates(records: SeedRecord[]): { kept: SeedRecord[]; duplicates: Duplicate[] } {
  const first = new Map<string, string>();
  const kept: SeedRecord[] = [];
  const duplicates: Duplicate[] = [];
  for (const r of records) {
    const key = fingerprint(r);
    const original = first.get(key);
    if (original) duplicates.push({ file: r.file, duplicateOf: original });
    else {
      first.set(key, r.file);
      kept.push(r);
    }
  }
  return { kept, duplicates };
}
