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

/** The first `max` UTF-16 code units of `text`, one fewer when the last would be the first half of a pair. */
export function sliceWhole(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = max > 0 && /[\uD800-\uDBFF]/.test(text[max - 1]!) ? max - 1 : max;
  return text.slice(0, end);
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
