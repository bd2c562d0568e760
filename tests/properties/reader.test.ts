// Properties of the seed reader on arbitrary input (fast-check): it reports, never throws,
// and never loses a word of a valid seed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSeed } from '../../src/seeds/read.ts';
import { blocksOf, blockText, countWords } from '../../src/seeds/words.ts';

const encoder = new TextEncoder();

function expectReported(result: ReturnType<typeof readSeed>, file: string): void {
  if (result.ok) return;
  expect(result.problems.length).toBeGreaterThan(0);
  for (const p of result.problems) {
    expect(p.file).toBe(file);
    expect(p.line).toBeGreaterThanOrEqual(1);
    expect(p.message.length).toBeGreaterThan(0);
  }
}

describe('the seed reader', () => {
  it('returns a record or reported problems for any bytes, never an exception', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), fc.constantFrom('a.txt', 'a.md', 'a.markdown'), (bytes, file) => {
        expectReported(readSeed(file, bytes), file);
      }),
      { numRuns: 500 },
    );
  });

  it('returns a record or reported problems for any text after a date line or front matter fence', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 2000 }), fc.constantFrom(' date 2017-11-14 ', '---\n', '---\ndate: 2017-11-14\n'), (text, head) => {
        const file = head.startsWith('---') ? 'a.md' : 'a.txt';
        expectReported(readSeed(file, encoder.encode(head + text)), file);
      }),
      { numRuns: 500 },
    );
  });

  const word = fc.stringMatching(/^[a-z]{1,12}$/);
  const paragraph = fc.array(word, { minLength: 1, maxLength: 30 }).map((w) => w.join(' '));

  it('keeps every word of a valid plain-text seed in its title and blocks', () => {
    fc.assert(
      fc.property(
        fc.option(paragraph, { nil: undefined }),
        fc.array(paragraph, { minLength: 1, maxLength: 12 }),
        fc.constantFrom('\n', '\n\n', '\r\n', '\r\n\r\n'),
        (headline, paras, sep) => {
          const text = ` date 2017-11-14 ${headline ?? ''}${sep === '\n' || sep === '\r\n' ? sep : sep.slice(0, sep.length / 2)}${paras.join(sep)}\n`;
          const result = readSeed('a.txt', encoder.encode(text));
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          const shown = `${result.record.title} ${blocksOf(result.record).map(blockText).join(' ')}`.split(/\s+/);
          const have = new Set(shown.map((w) => w.replace(/…$/, '')));
          for (const w of [...(headline ?? '').split(' '), ...paras.join(' ').split(' ')].filter(Boolean)) {
            expect(have.has(w), `"${w}" is lost from ${JSON.stringify(text)}`).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the word count', () => {
  // The definition countWords implements by character codes: each character of Chinese and
  // Japanese, and runs of the other letters and digits of any script, joined by single
  // apostrophes, full stops or hyphens.
  const cjk = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}';
  const other = `(?:(?![${cjk}])[\\p{L}\\p{N}])`;
  const run = `${other}(?:${other}|\\p{M})*`;
  const words = new RegExp(`[${cjk}]|${run}(?:['’.\\-]${run})*`, 'gu');
  const byExpression = (text: string): number => text.match(words)?.length ?? 0;
  // Letters of several scripts and planes, digits, joiners, marks, spaces and lone surrogates.
  const piece = fc.constantFrom('a', 'Z', 'é', 'ß', 'Ж', '中', 'ひ', 'カ', '〇', '𠀀', '\uD840', '٣', '5', "'", '’', '.', '-', ' ', '\n', ',', '\u0301', '𝐀', '😀', '\uD835', '\uDC00', '‐', '_', 'ि', '\u0E31', '𝅥', '\u{1D165}');

  it('counts the words an expression of letters, digits and joiners finds, in any text', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        expect(countWords(text)).toBe(byExpression(text));
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(countWords(text)).toBe(byExpression(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('counts words as a reader would', () => {
    expect(countWords("O'Brien met U.S. officials on COVID-19 -- at 5.30 p.m.; co-op’s end.")).toBe(11);
    expect(countWords('')).toBe(0);
    // Chinese and Japanese: a word a character; words of other scripts among them as they are.
    expect(countWords('中国与俄罗斯签署贸易协定。')).toBe(12);
    expect(countWords('日本政府はCOVID-19対策を発表した')).toBe(13);
    // Marks go with their letters: Hindi's vowel signs, an accent written apart (NFD).
    expect(countWords('प्रधानमंत्री नरेन्द्र मोदी ने शनिवार को कहा कि भारत विकसित राष्ट्र बनेगा।')).toBe(12);
    expect(countWords('Le cafe\u0301 a ferme\u0301 ses portes.')).toBe(6);
    expect(countWords('-- . \'')).toBe(0);
    expect(countWords('Ж中 𝐀𝐁 😀 word')).toBe(4);
  });
});
