// Well-formed text: JavaScript strings are UTF-16, and a lone half of a surrogate pair (from a
// YAML "\uD83D" escape, a numeric character reference, or a cut between the two halves of an
// emoji) cannot be written as UTF-8 or JSON that other programs read: Pagefind refused the whole
// build over one, and feeds showed "\ud83d" or U+FFFD where an emoji was cut.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` with each lone surrogate replaced by U+FFFD, as `String.prototype.toWellFormed` (Node 20 lacks it) does. */
export function wellFormed(text: string): string {
  LONE_SURROGATE.lastIndex = 0;
  return LONE_SURROGATE.test(text) ? text.replace(LONE_SURROGATE, '\uFFFD') : text;
}

/** `value` with every string in it, keys included, made well-formed: what a YAML reader returned. */
export function wellFormedDeep(value: unknown): unknown {
  if (typeof value === 'string') return wellFormed(value);
  if (Array.isArray(value)) return value.map(wellFormedDeep);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [wellFormed(k), wellFormedDeep(v)]));
  }
  return value;
}

/**
 * The longest start of `text` of at most `max` UTF-16 code units that ends between two graphemes:
 * never inside a surrogate pair, between a letter and its marks, or inside an emoji of several.
 */
export function sliceWhole(text: string, max: number): string {
  if (text.length <= max) return text;
  // Most cuts fall between two characters that no mark, joiner or selector binds together.
  if (max <= 0 || (text.charCodeAt(max) < 0x300 && text.charCodeAt(max - 1) < 0x300)) return text.slice(0, Math.max(0, max));
  // Else at the last boundary of a grapheme (what a reader sees as one character: a letter and
  // its marks, an emoji of several joined, a flag of two) at or before `max`, looked for near it.
  let from = Math.max(0, max - GRAPHEME_WINDOW);
  // Not inside a surrogate pair; and regional indicators pair into flags from the start of their
  // run, so that the window starts there (a flag cut from its pair would pair with the next).
  if (/[\uDC00-\uDFFF]/.test(text[from] ?? '')) from--;
  while (from >= 2 && text.charCodeAt(from - 2) === 0xd83c && text.charCodeAt(from - 1) >= 0xdde6 && text.charCodeAt(from - 1) <= 0xddff) from -= 2;
  let end = from;
  for (const { index } of graphemes().segment(text.slice(from, max + GRAPHEME_WINDOW))) {
    if (from + index > max) break;
    end = from + index;
  }
  return text.slice(0, end);
}

/** How far around a cut its grapheme boundaries are looked for: beyond the longest clusters of real text. */
const GRAPHEME_WINDOW = 64;
let segmenter: Intl.Segmenter | undefined;
function graphemes(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('und', { granularity: 'grapheme' });
  return segmenter;
}

// Control characters other than white space: shown as boxes or nothing, and never meant in a headline.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const LINE_BREAKS = /[\t\n\r]+/g;
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;

/**
 * A line of text to show (a title, a summary, a name): control characters dropped, tabs and line
 * breaks as one space, and each right-to-left or left-to-right override or isolate that the text
 * opens closed at its end, so that an unclosed one cannot turn around the rest of a listing.
 */
export function cleanLine(text: string): string {
  let clean = text.replace(CONTROLS, '').replace(LINE_BREAKS, ' ');
  if (BIDI_CONTROLS.test(clean)) clean += bidiClosers(clean);
  return clean;
}

/** The PDF (U+202C) and PDI (U+2069) characters that close what `text` leaves open, innermost first. */
function bidiClosers(text: string): string {
  const open: string[] = []; // '\u202c' for an embedding or override, '\u2069' for an isolate
  for (const c of text) {
    if ('\u202a\u202b\u202d\u202e'.includes(c)) open.push('\u202c');
    else if ('\u2066\u2067\u2068'.includes(c)) open.push('\u2069');
    else if (c === '\u202c' && open.at(-1) === '\u202c') open.pop();
    // A PDI closes its isolate and whatever was opened inside it.
    else if (c === '\u2069' && open.includes('\u2069')) open.length = open.lastIndexOf('\u2069');
  }
  return open.reverse().join('');
}

/**
 * A word in lower case, for title case: as `toLocaleLowerCase('en')` makes it, but a Turkish
 * `İ` (I with a dot above) is `i`, not `i` and a combining dot (`İSTANBUL` is `istanbul`).
 */
export function lowerWord(word: string): string {
  const lower = word.toLocaleLowerCase('en');
  return lower.includes('\u0307') ? lower.replace(/i\u0307/g, 'i') : lower;
}

/**
 * Letters and symbols that show nothing: the Hangul fillers (U+115F, U+1160, U+3164, U+FFA0), the
 * blank Braille pattern (U+2800) and the musical null notehead and invisible format marks of
 * U+1D159 and U+1D173-U+1D17A. Unicode files them as letters and symbols, so that a title of them
 * alone looked visible.
 */
const BLANK_SIGNS = /[\u115F\u1160\u3164\uFFA0\u2800\u{1D159}\u{1D173}-\u{1D17A}]/gu;

/** Whether text shows something: a letter, digit or symbol that is not a blank one (see BLANK_SIGNS). */
export function isVisible(text: string): boolean {
  return /[\p{L}\p{N}\p{S}]/u.test(text.replace(BLANK_SIGNS, ''));
}
