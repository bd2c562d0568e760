// plain-yaml.ts reads the plainest front matter without the YAML library: whatever it reads, it
// must read as the library does (markdown.ts's yamlFrontMatter), and leave the rest to it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { yamlFrontMatter } from '../../src/seeds/markdown.ts';
import { plainYaml } from '../../src/seeds/plain-yaml.ts';

/** Characters near every edge of the plain reader: marks of YAML, quotes, spaces of all kinds, controls, letters and digits of other scripts. */
const CHARACTERS = [...'aZ09 -_:#"\'\\\t,.[]{}&*!|>%@`?~+=/()', '\u00a0', '\u0085', '\u2028', '\u2029', '\ufeff', '\u0001', '\u007f', '\u0096', 'é', 'Ж', '中', '😀', '٣', '²', '\uffff'];
const anyText = fc.array(fc.constantFrom(...CHARACTERS), { maxLength: 12 }).map((a) => a.join(''));
/** Mostly what the plain reader reads, with now and then a character it leaves to the library. */
const plainText = fc.array(fc.oneof({ arbitrary: fc.constantFrom(...'abcXYZ019 .,-é中😀'), weight: 20 }, { arbitrary: fc.constantFrom(...CHARACTERS), weight: 1 }), { minLength: 1, maxLength: 12 }).map((a) => a.join(''));
const text = fc.oneof({ arbitrary: plainText, weight: 4 }, { arbitrary: anyText, weight: 1 });
/** Values the core schema reads otherwise than as strings, and strings like them. */
const special = fc.constantFrom('null', 'Null', 'NULL', 'nULL', '~', 'true', 'True', 'TRUE', 'tRUE', 'false', 'FALSE', 'yes', 'no', 'on', 'off', '007', '3.10', '1e3', '0x1F', '0o17', '.inf', '-1', '+1', '1_000', '2017-11-14', '2017-11-14 10:30', 'Infinity', 'NaN');
const word = fc.oneof({ arbitrary: text, weight: 4 }, special, fc.constantFrom('title', 'date', 'a', 'b', 'Title', 'x-y', 'x_y', '__proto__', 'constructor', '1a', '<<', 'a b'));
const value = fc.oneof(
  { arbitrary: word, weight: 3 },
  { arbitrary: word.map((w) => `"${w}"`), weight: 3 },
  word.map((w) => `'${w}'`),
  fc.tuple(word, word).map(([a, b]) => `${a} ${b}`),
  fc.tuple(word, fc.constantFrom(' ', '  ', ' #', '# ', ': ', ':')).map(([a, b]) => a + b),
);
const key = fc.oneof({ arbitrary: fc.constantFrom('title', 'date', 'source', 'topics', 'tags', 'a', 'A-b', 'x_1'), weight: 6 }, word);
const line = fc.oneof(
  { arbitrary: fc.tuple(key, fc.constantFrom(': ', ': ', ': ', ':  ', ':', ' : ', ':\t'), value).map(([k, s, v]) => k + s + v), weight: 6 },
  { arbitrary: key.map((k) => `${k}:`), weight: 2 },
  { arbitrary: fc.tuple(fc.constantFrom('  ', '  ', '  ', '', ' ', '   ', '    ', '\t'), fc.constantFrom('- ', '- ', '- ', '-  ', '-', '-\t'), value).map(([i, d, v]) => i + d + v), weight: 6 },
  fc.constantFrom('', ' ', '# a comment', '---', '...', '- ', '  -', '? a', '  a: b', 'a: [b, c]', 'a: {b: c}', 'a: &x b', 'b: *x', 'a: |', '  text', 'a: >-', '%YAML 1.2'),
);
/** Front matter as gray-matter hands it over: from the line end after the opening `---`. */
const anyFrontMatter = fc.array(line, { minLength: 1, maxLength: 8 }).map((lines) => `\n${lines.join('\n')}`);
/** Keys with values or lists, as front matter holds them: mostly of the plainest shape, not always. */
const entry = fc.oneof(
  fc.tuple(key, value).map(([k, v]) => `${k}: ${v}`),
  fc.tuple(key, fc.constantFrom('  ', '  ', '    ', ' '), fc.array(value, { maxLength: 4 })).map(([k, indent, items]) => [`${k}:`, ...items.map((v) => `${indent}- ${v}`)].join('\n')),
);
const usualFrontMatter = fc.tuple(fc.array(entry, { minLength: 1, maxLength: 6 }), fc.constantFrom('', '\n')).map(([entries, end]) => `\n${entries.join('\n')}${end}`);
const frontMatter = fc.oneof(anyFrontMatter, { arbitrary: usualFrontMatter, weight: 3 });

/** The library's reading, or that it failed. */
function library(s: string): { value: unknown } | { failed: true } {
  try {
    return { value: yamlFrontMatter(s) };
  } catch {
    return { failed: true };
  }
}

describe('the plain front matter reader', () => {
  it('reads what it reads as the YAML library does, in the same order', () => {
    let read = 0;
    fc.assert(
      fc.property(frontMatter, (s) => {
        const plain = plainYaml(s);
        if (plain === undefined) return;
        read++;
        const full = library(s);
        expect(full).toEqual({ value: plain });
        // Keys in the same order, values of the same types (strings, booleans, null, arrays of them).
        // (Not toStrictEqual: it takes a key named `constructor` for the object's class.)
        expect(JSON.stringify(plain)).toBe(JSON.stringify((full as { value: unknown }).value));
      }),
      { numRuns: 20_000 },
    );
    // The generator reaches the plain reader's cases, not only what it leaves to the library.
    expect(read).toBeGreaterThan(1500);
  });

  it('reads the usual front matter of titles, dates, sources and topics', () => {
    const s = '\ntitle: "Pavel Schmidt warned election reform will be reviewed"\ndate: 2000-02-06\nsource: AFP\ndraft: false\nweight: 010\ntopics:\n  - "election reform"\n  - World Health Organization\nempty:\n';
    expect(plainYaml(s)).toStrictEqual({
      title: 'Pavel Schmidt warned election reform will be reviewed',
      date: '2000-02-06',
      source: 'AFP',
      draft: false,
      weight: '010',
      topics: ['election reform', 'World Health Organization'],
      empty: null,
    });
    expect(plainYaml(s)).toStrictEqual(yamlFrontMatter(s));
  });

  it('leaves duplicate keys, comments and other shapes to the library', () => {
    for (const s of ['\na: 1\na: 2', '\na:\n  - x\na: y', '\na: b # c', '\na: "b\\n"', '\na:\n  - x\n    - y', '\na:\n- x', '\n# only', 'a: b', '\nnull: x', '\na: b\n  - c']) {
      expect(plainYaml(s)).toBeUndefined();
    }
  });
});
