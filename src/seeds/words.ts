import { decodeHTMLStrict } from 'entities/decode';
import type { Block, Body } from '../types.ts';
import { withoutFootnoteChrome } from './footnotes.ts';
import { textOf } from './stored-text.ts';

/** Words a reader reads per minute, for the reading-time estimate. */
export const WORDS_PER_MINUTE = 230;

/**
 * A test of single UTF-16 code units against an expression of one character, remembered for the
 * whole plane (0 not known yet, 1 yes, 2 no): a Unicode class, looked up at table speed.
 */
export function codeUnitTest(expression: RegExp): (c: number) => boolean {
  const known = new Uint8Array(0x10000);
  return (c) => {
    let kind = known[c]!;
    if (kind === 0) known[c] = kind = expression.test(String.fromCharCode(c)) ? 1 : 2;
    return kind === 1;
  };
}

/** What a word is made of: letters and digits, of any script. */
const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;
const isWordUnit = codeUnitTest(WORD_CHARACTER);
/** Marks (accents, and the vowel signs of Hindi, Thai and other scripts): they continue a word. */
const MARK = /^\p{M}$/u;
const isMarkUnit = codeUnitTest(MARK);

/** Whether the code point at `i` is a mark (see MARK). */
function isMark(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) return c >= 0x300 && isMarkUnit(c);
  const cp = text.codePointAt(i)!;
  return cp > 0xffff && MARK.test(String.fromCodePoint(cp));
}

/** Whether the code point at `i` (a surrogate pair or one code unit) is a word's character. */
function isWordCharacter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) return isWordUnit(c);
  // A pair stands for one code point beyond the plane; a surrogate alone is no letter.
  const cp = text.codePointAt(i)!;
  return cp > 0xffff && WORD_CHARACTER.test(String.fromCodePoint(cp));
}

/**
 * Characters of Chinese and Japanese, which write no spaces between words: each counts as a
 * word, as word processors count them. Read at about the pace of English words (255-357 a
 * minute against 228: Trauzettel-Klosinski et al., 2012), so that reading times hold too.
 */
export const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
const isCjkUnit = codeUnitTest(CJK);

/** Whether the code point at `i` is a character of Chinese or Japanese (see CJK). */
export function isCjkCharacter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // None sits below the CJK radicals (U+2E80): most text is tested at once.
  if (c < 0x2e80) return false;
  if (c < 0xd800 || c > 0xdfff) return isCjkUnit(c);
  const cp = text.codePointAt(i)!;
  return cp > 0xffff && CJK.test(String.fromCodePoint(cp));
}

/**
 * The words of a text: each character of Chinese and Japanese (see CJK), and runs of
 * other letters and digits with their marks (`प्रधानमंत्री` is one word), joined by single
 * apostrophes, full stops or hyphens ("O'Brien", "U.S.", "COVID-19"). Those are the matches of
 * `[\p{L}\p{N}][\p{L}\p{N}\p{M}]*`, then `['’.\-]` and another such run any number of times,
 * without CJK characters; counted by character codes rather than made into an array of every
 * word (tests/properties/reader.test.ts holds the two alike).
 */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; ) {
    const width = text.codePointAt(i)! > 0xffff ? 2 : 1;
    if (isCjkCharacter(text, i)) {
      count++;
      inWord = false;
    } else if (isWordCharacter(text, i)) {
      if (!inWord) count++;
      inWord = true;
    } else if (inWord && isMark(text, i)) {
      // A mark goes on the word it follows.
    } else if (inWord) {
      const c = text.charCodeAt(i);
      // A joiner continues the word only when a letter or digit follows it.
      inWord = (c === 39 || c === 0x2019 || c === 46 || c === 45) && i + 1 < text.length && isWordCharacter(text, i + 1) && !isCjkCharacter(text, i + 1);
    }
    i += width;
  }
  return count;
}

export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/**
 * The plain text of a block, for counting and searching: a Markdown block's tags dropped and
 * its character references (`&amp;`, `&#39;`, `&mdash;`, all of HTML's) decoded, so that search
 * finds `AT&T` and not `amp`.
 */
export function blockText(block: Block): string {
  if (block.type !== 'html') return block.text;
  // A footnote's number and its links back are no words of the article.
  const text = withoutFootnoteChrome(block.html).replace(/<[^>]*>/g, ' ');
  return text.includes('&') ? decodeHTMLStrict(text) : text;
}

/** An article's blocks from its body (see SeedRecord.body). */
export function blocksOf(article: { body: Body }): Block[] {
  // Bodies are JSON written by this tool: valid UTF-8, no BOM.
  return JSON.parse(textOf(article.body)) as Block[];
}
