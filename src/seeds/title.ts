// Titles: derived from a lede when a seed has no headline, and all-capitals
// headlines shown in title case.
import { lowerWord, sliceWhole } from '../unicode.ts';

/** Longest derived title, in characters, before it is shortened at a word boundary. */
export const MAX_DERIVED_TITLE = 100;

// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS = new Set([
  // Titles and ranks, one person's or several's (`Sens.`, `Reps.`), as AP style writes them.
  'mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'st', 'sr', 'jr', 'gen', 'gens', 'col', 'lt', 'maj', 'brig', 'adm',
  'cmdr', 'cdr', 'capt', 'cpl', 'sgt', 'pvt', 'spc', 'gov', 'govs', 'sen', 'sens', 'rep', 'reps', 'rev', 'fr',
  'msgr', 'hon', 'supt', 'det', 'insp', 'atty', 'pres', 'amb',
  // Places named after them: `Mt. Everest`, `Ft. Worth`. Not those that follow a name, as states
  // do (`Salem, Ore.`) and streets (`Main St.` aside): AP ends many a sentence with them.
  'mt', 'ft', 'pt',
  'no', 'nos', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'approx', 'vol',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'a.m', 'p.m',
]);

/** How far before a full stop its word is looked for: beyond the longest abbreviation, with room to spare. */
const WORD_LOOKBACK = 32;

/** The ideographic full stop, and full-width marks, which end a sentence of Chinese or Japanese with no space after them. */
const CJK_SENTENCE_END = /[。！？][」』”’）]*/u;

/** The first sentence of a paragraph. */
export function firstSentence(text: string): string {
  const cjk = CJK_SENTENCE_END.exec(text);
  const cjkEnd = cjk ? cjk.index + cjk[0].length : Infinity;
  const re = /[.!?]["'”’)]*(?=\s+["'“‘(]?[\p{Lu}\d])/gu;
  // Quotation marks before the stop, counted as the stops are met: open quotes ("We are ready.
  // We will not back down," she said) hold no end of the sentence.
  let counted = 0;
  let curly = 0;
  let straight = 0;
  for (let m = re.exec(text); m && m.index < cjkEnd; m = re.exec(text)) {
    for (; counted < m.index; counted++) {
      const c = text[counted];
      if (c === '“') curly++;
      else if (c === '”') curly--;
      else if (c === '"') straight++;
    }
    if (curly > 0 || straight % 2 === 1) continue;
    // The word before the stop, from a bounded stretch: the whole text before each stop made a
    // long paragraph of abbreviations quadratic. A longer word is no abbreviation or initial either.
    const before = text.slice(Math.max(0, m.index - WORD_LOOKBACK), m.index);
    const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
    const bare = word.toLowerCase();
    // "H.R. McMaster", "U.S. officials", "Mr. Smith": not the end of a sentence.
    // `No. 5`, but "He said no."
    const numberSign = (bare === 'no' || bare === 'nos') && !/^\s+\d/.test(text.slice(m.index + m[0].length));
    if (m[0].startsWith('.') && ((ABBREVIATIONS.has(bare) && !numberSign) || /^\p{L}$/u.test(word) || /\p{L}\.\p{L}$/u.test(word))) {
      continue;
    }
    return text.slice(0, m.index + m[0].length).trim();
  }
  return cjk ? text.slice(0, cjkEnd).trim() : text.trim();
}

// Words before which a long sentence can be cut and still read as a headline.
const PHRASE_STARTS = /^(?:with|for|on|in|at|to|and|but|after|before|as|that|which|who|while|when|where|because|amid|over|under|from|during|following|despite|since|by)$/i;

/**
 * A title from a lede: its first sentence without the final full stop. A long sentence is
 * cut at the last phrase boundary (a comma, or before a preposition or conjunction) that keeps
 * at least 60% of the limit, else at the last word boundary, and ends with "…".
 */
export function deriveTitle(lede: string, max = MAX_DERIVED_TITLE): string {
  const title = firstSentence(lede).replace(/[.。]$/u, '').trim();
  if ([...title].length <= max) return title;
  const words = title.split(/\s+/);
  let kept = '';
  let phrase = '';
  for (const word of words) {
    const next = kept ? `${kept} ${word}` : word;
    if (next.length > max) break;
    if (kept && (PHRASE_STARTS.test(word) || /[,;:]$/.test(kept))) phrase = kept;
    kept = next;
  }
  if (kept === '') kept = sliceWhole(title, max);
  const cut = phrase.length >= max * 0.6 ? phrase : kept;
  return `${cut.replace(/[\s,;:–—-]+$/u, '')}…`;
}

// Words kept in lower case inside a title, as in AP and Chicago style.
const SMALL_WORDS = new Set([
  'a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'nor', 'of', 'on', 'or', 'per',
  'the', 'to', 'up', 'via', 'vs', 'with',
]);

/** Acronyms an all-capitals headline keeps in capitals: in a headline, far more often acronyms than words (`US`). */
const ACRONYMS = new Set(
  ('UN US USA UK EU NATO FBI CIA NSA IMF OPEC UAE GOP NASA BBC CNN GDP CEO CFO IPO ECB ASEAN IAEA UNICEF UNESCO FIFA ' +
    'UEFA IOC NHS NYPD LAPD DNA HIV AIDS COVID SARS EPA FDA SEC FTC IRS DOJ DHS NFL NBA MLB NHL WTO OECD ANC PLO ISIS ' +
    'ICC ICJ OSCE BRICS AI TV UFO LGBT LGBTQ MP MPS PM EV EVS ID').split(' '),
);

/** The parts of a word (`US-LED`) that are acronyms, as written (`NATO'S` as `NATO's`); the others as cased. */
function keepAcronyms(word: string, cased: string): string {
  const written = word.split(/([-–—/])/);
  const parts = cased.split(/([-–—/])/);
  if (written.length !== parts.length) return cased;
  return written
    .map((part, i) => {
      const m = /^([^\p{L}]*)(\p{L}+)(['’]S)?([^\p{L}]*)$/u.exec(part);
      return m && ACRONYMS.has(m[2]!) ? `${m[1]}${m[2]}${(m[3] ?? '').toLowerCase()}${m[4]}` : parts[i];
    })
    .join('');
}

/** True when a headline has letters and none of them is lower case: `TAIWAN TENDERS FOR WHEAT`. */
export function isAllCaps(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  return letters.length >= 2 && !/\p{Ll}/u.test(text);
}

/**
 * Title case for an all-capitals headline: every word capitalised except small words
 * (articles, short prepositions, conjunctions) that are neither first nor last; words with
 * digits or inner full stops (`U.S.`, `G7`) and words of one letter stay as written.
 */
export function titleCase(text: string): string {
  const words = text.split(/(\s+)/);
  const last = words.length - 1;
  return words
    .map((word, i) => {
      if (/^\s+$/.test(word) || word === '') return word;
      const lower = lowerWord(word);
      const core = lower.replace(/[^\p{L}'’]/gu, '');
      if (i !== 0 && i !== last && SMALL_WORDS.has(core)) return lower;
      if (/\d/.test(word) || /\p{L}\.\p{L}/u.test(word) || /^[^\p{L}]*\p{L}[^\p{L}]*$/u.test(word)) return word;
      if (/\p{L}&\p{L}/u.test(word)) return word; // `AT&T`, `S&P`
      // The first letter as the headline writes it: a capital already (`İ` stays `İ`, not `I`).
      const cased = lower.replace(/\p{L}/u, (c) => /\p{Lu}/u.exec(word)?.[0] ?? c.toLocaleUpperCase('en'))
        .replace(/([-–—/])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toLocaleUpperCase('en'));
      return keepAcronyms(word, cased);
    })
    .join('');
}
