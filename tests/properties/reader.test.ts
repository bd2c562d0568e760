// Properties of the seed reader on arbitrary input (fast-check): it reports, never throws,
// and never loses a word of a valid seed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSeed } from '../../src/seeds/read.ts';
import { blocksOf, blockText } from '../../src/seeds/words.ts';

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
