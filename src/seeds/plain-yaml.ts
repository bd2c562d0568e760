// Front matter of the plainest shape, read without the YAML library: a title, a date, a source and
// a list of topics, one `key: value` or `  - item` a line, as most seeds write it. The library
// took about 70 µs a seed warm, and its first few hundred seeds ran slower still while its many
// functions were compiled: a tenth of reading a Markdown seed. Anything else (comments, flow
// collections, escapes, block scalars, anchors, a line this reader does not know) is left to it.
// tests/properties/plain-yaml.test.ts holds the two alike.

/** A key: letters, digits, `_` and `-`, opening with a letter (no `__proto__`, no number). */
const KEY = /^[A-Za-z][\w-]*$/;
/** Keys the core schema reads as null or a boolean (`null: x` is the key ""): left to the library. */
const SPECIAL_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
/**
 * A quoted value with nothing to unescape: no quote of its kind, no backslash, no tab, control
 * character, byte-order mark, noncharacter U+FFFE/U+FFFF or line separator of Unicode's (U+0085, U+2028, U+2029).
 */
const DOUBLE_QUOTED = /^"([^"\\\u0000-\u001F\u007F-\u009F\u2028\u2029\uFEFF\uFFFE\uFFFF]*)"$/;
const SINGLE_QUOTED = /^'([^'\\\u0000-\u001F\u007F-\u009F\u2028\u2029\uFEFF\uFFFE\uFFFF]*)'$/;
/**
 * A plain value: opening with a letter or digit (no indicator such as `-`, `[`, `&`, `*`, `!`, `|`),
 * without `:` or `#` (a mapping or a comment), quotes, control characters or line separators, and
 * not ending in a space.
 */
const PLAIN = /^[\p{L}\p{N}](?:[^:#"'\\\u0000-\u001F\u007F-\u009F\u2028\u2029\uFEFF\uFFFE\uFFFF]*[^:#"'\\\s\u0000-\u001F\u007F-\u009F\u2028\u2029\uFEFF\uFFFE\uFFFF])?$/u;
/** What the core schema reads as null or a boolean; any other plain value stays the text written (numbers too, see markdown.ts's frontMatter). */
const NULL = /^(?:null|Null|NULL)$/;
const TRUE = /^(?:true|True|TRUE)$/;
const FALSE = /^(?:false|False|FALSE)$/;

/** A scalar as the YAML reader of markdown.ts makes it, or undefined when it is not of the plainest shape. */
function scalar(text: string): string | boolean | null | undefined {
  const first = text.charCodeAt(0);
  if (first === 34 || first === 39) return (first === 34 ? DOUBLE_QUOTED : SINGLE_QUOTED).exec(text)?.[1];
  if (!PLAIN.test(text)) return undefined;
  if (NULL.test(text)) return null;
  if (TRUE.test(text)) return true;
  if (FALSE.test(text)) return false;
  return text;
}

/**
 * Front matter as gray-matter hands it over (from the line end after the opening `---` to the one
 * before the closing `---`), read as the YAML library reads it with the core schema, when every
 * line is a `key: value`, a `key:` above `  - item` lines (the same indent each), or empty; else
 * undefined. Values are quoted strings without escapes, or plain one-line ones.
 */
export function plainYaml(s: string): Record<string, unknown> | undefined {
  if (s.charCodeAt(0) !== 10) return undefined;
  const out: Record<string, unknown> = {};
  /** The list of the key above, while its items may follow; its indent once it has one. */
  let list: unknown[] | undefined;
  let listKey = '';
  let indent = -1;
  let keys = 0;
  for (let start = 1; start <= s.length; ) {
    let end = s.indexOf('\n', start);
    if (end < 0) end = s.length;
    const line = s.slice(start, end);
    start = end + 1;
    if (line === '') continue;
    const c = line.charCodeAt(0);
    if (c === 32) {
      // An item of the list: `  - value`.
      if (list === undefined) return undefined;
      let at = 0;
      while (line.charCodeAt(at) === 32) at++;
      if (line.charCodeAt(at) !== 45 || line.charCodeAt(at + 1) !== 32 || (indent >= 0 && at !== indent)) return undefined;
      indent = at;
      const value = scalar(line.slice(at + 2));
      if (value === undefined) return undefined;
      list.push(value);
      continue;
    }
    if (list !== undefined) {
      out[listKey] = list.length > 0 ? list : null;
      list = undefined;
    }
    const colon = line.indexOf(':');
    if (colon < 0) return undefined;
    const key = line.slice(0, colon);
    // A key twice is an error of the library's, told by it.
    if (!KEY.test(key) || SPECIAL_KEY.test(key) || Object.hasOwn(out, key)) return undefined;
    keys++;
    if (colon === line.length - 1) {
      list = [];
      listKey = key;
      indent = -1;
      continue;
    }
    if (line.charCodeAt(colon + 1) !== 32) return undefined;
    let at = colon + 2;
    while (line.charCodeAt(at) === 32) at++;
    const value = scalar(line.slice(at));
    if (value === undefined) return undefined;
    out[key] = value;
  }
  if (list !== undefined) out[listKey] = list.length > 0 ? list : null;
  // No key at all: what the library makes of that is its own affair.
  return keys > 0 ? out : undefined;
}
