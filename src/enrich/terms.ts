// The words of an article that count for similarity (see related.ts), worked out when its seed
// is read, in a reader thread: a rebuild reuses them from the record cache instead of cutting
// 100,000 bodies into words again, and needs no article's body to relate it.
import type { Block } from '../types.ts';
import { blockText, codeUnitTest, isCjkCharacter } from '../seeds/words.ts';

const STOP_WORDS = new Set(
  `about above after again against all also among and any are around because been before being below between both but
  can could did does doing down during each either even ever few for from further had has have having her here hers
  herself him himself his how however into its itself just last later least less made make many may more most much must
  near neither nor not now off once one only other our ours out over own per said same says shall she should since some
  such than that the their theirs them themselves then there these they this those though through too under until upon
  very was were what when where whether which while who whom whose why will with within without would yet you your yours`.split(/\s+/),
);

const ENTITY = /&(?:[a-z]+|#[0-9]+|#x[0-9a-f]+);/giu;
const LETTER = /[\p{L}\p{M}]/u;
/** Whether a UTF-16 code unit above ASCII is a letter or mark. */
const isLetterAbove = codeUnitTest(LETTER);

function isLetter(c: number): boolean {
  if (c < 0x80) return c >= 0x61 && c <= 0x7a; // a-z: the text is lower-cased first
  return isLetterAbove(c);
}

/**
 * Calls `emit` with each word of 3 or more letters of a text, lower-cased, in order; and, for
 * Chinese and Japanese, each pair of characters next to each other (`贸易协定`: `贸易`, `易协`,
 * `协定`), as search engines index them where no spaces tell the words apart.
 */
function eachWord(text: string, emit: (word: string) => void): void {
  const s = text.normalize('NFC').toLowerCase();
  let start = -1;
  let letters = 0;
  /** Where the last CJK character began, when it came just before. */
  let cjkAt = -1;
  for (let i = 0; i <= s.length; ) {
    let width = 1;
    let letter = false;
    let cjk = false;
    if (i < s.length) {
      const c = s.charCodeAt(i);
      cjk = isCjkCharacter(s, i);
      if (c >= 0xd800 && c <= 0xdbff) {
        // A character outside the Basic Multilingual Plane takes two code units.
        const cp = s.codePointAt(i)!;
        width = cp > 0xffff ? 2 : 1;
        letter = !cjk && LETTER.test(String.fromCodePoint(cp));
      } else letter = !cjk && isLetter(c);
    }
    if (cjk) {
      if (cjkAt >= 0) emit(s.slice(cjkAt, i + width));
      cjkAt = i;
    } else cjkAt = -1;
    if (letter) {
      if (start < 0) start = i;
      letters++;
    } else if (start >= 0) {
      if (letters >= 3) emit(s.slice(start, i));
      start = -1;
      letters = 0;
    }
    i += width;
  }
}

/** Calls `emit` with each word of a text that counts for similarity: lower-cased, 3 or more letters, no stop words. */
function eachTermOf(text: string, emit: (term: string) => void): void {
  eachWord(text, (w) => {
    if (!STOP_WORDS.has(w)) emit(w);
  });
}

/** The words of a text that count for similarity, in order (see eachTermOf). */
export function terms(text: string): string[] {
  const out: string[] = [];
  eachTermOf(text, (term) => out.push(term));
  return out;
}

/** How often a term can count: counts are stored one UTF-16 code unit each, below the surrogates. */
export const MAX_TERM_COUNT = 0xd7ff;

/** An article's terms: each distinct term once, in order of first use, and how often it occurs. */
export interface TermCounts {
  /** The terms, separated by spaces. */
  terms: string;
  /**
   * Each term's count, as one code unit (String.fromCharCode) per term, at most MAX_TERM_COUNT:
   * two strings per record are far lighter to cache and read back than arrays or objects.
   */
  termCounts: string;
}

/** The terms of an article's title and body (Markdown blocks without tags and character references). */
export function termCounts(title: string, blocks: readonly Block[]): TermCounts {
  const counts = new Map<string, number>();
  const count = (term: string): void => void counts.set(term, (counts.get(term) ?? 0) + 1);
  eachTermOf(title, count);
  for (const b of blocks) eachTermOf(b.type === 'html' ? blockText(b).replace(ENTITY, ' ') : blockText(b), count);
  return {
    terms: [...counts.keys()].join(' '),
    termCounts: Array.from(counts.values(), (c) => String.fromCharCode(Math.min(c, MAX_TERM_COUNT))).join(''),
  };
}

/** Calls `emit` with each term of `t` and its count, in order. */
export function eachTerm(t: TermCounts, emit: (term: string, count: number) => void): void {
  if (t.terms === '') return;
  let start = 0;
  for (let j = 0; j < t.termCounts.length; j++) {
    let end = t.terms.indexOf(' ', start);
    if (end < 0) end = t.terms.length;
    emit(t.terms.slice(start, end), t.termCounts.charCodeAt(j));
    start = end + 1;
  }
}
