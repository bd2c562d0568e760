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
