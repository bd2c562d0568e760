// Seeds built to overflow the stack or to take quadratic time: each is read, or refused with a
// clear problem, quickly. (Bounds are generous: these inputs took seconds to minutes, or threw.)
import { describe, expect, it } from 'vitest';
import { unpackMentions } from '../../src/enrich/mentions.ts';
import { MAX_EMPHASIS_MARKS, MAX_NESTING, MAX_QUOTE_LINES } from '../../src/seeds/markdown.ts';
import { readSeed } from '../../src/seeds/read.ts';
import { deriveTitle, firstSentence } from '../../src/seeds/title.ts';
import type { ReadResult } from '../../src/types.ts';
import { expectProblems, expectRecord } from './helpers.ts';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/** readSeed's result and the milliseconds it took. */
function timedRead(file: string, text: string): { result: ReadResult; ms: number } {
  const start = performance.now();
  const result = readSeed(file, bytes(text));
  return { result, ms: performance.now() - start };
}

const MARKDOWN_HEAD = '---\ntitle: Deep quote\ndate: 2017-11-14\n---\n';

describe('names nested thousands of times', () => {
  it.each(['Department of the ', 'Office of the ', 'Director of the Office at the ', 'Secretary of ', 'Establishing ', 'Texas-based '])(
    'reads %j × 3,000 without overflowing the stack',
    (unit) => {
      const { result, ms } = timedRead('deep.txt', ` date 2017-01-02 Agency Reorganisation\n${unit.repeat(3000)}Treasury.\n`);
      const r = expectRecord(result);
      expect(r.title).toBe('Agency Reorganisation');
      expect(Array.isArray(unpackMentions(r.mentions))).toBe(true);
      expect(ms).toBeLessThan(2000);
    },
  );

  it('reads the longest phrases as before: a unit and its body, in a name of a few parts', () => {
    const r = expectRecord(readSeed('unit.txt', bytes(' date 2017-01-02 Reorganisation\nThe Criminal Division of the Department of Justice said so.\n')));
    expect(unpackMentions(r.mentions).filter((m) => m.kind === 'organization').map((m) => m.name).sort()).toEqual(['Criminal Division', 'Department of Justice']);
  });
});

describe('Markdown nested too deeply', () => {
  it('refuses 3,000 nested quotes with the line and the limit', () => {
    const problems = expectProblems(readSeed('deep.md', bytes(`${MARKDOWN_HEAD}${'>'.repeat(3000)} deep\n`)));
    expect(problems).toEqual([expect.objectContaining({ file: 'deep.md', line: 5, message: `the Markdown nests more than ${MAX_NESTING} levels deep` })]);
  });

  it.each([
    ['quotes with spaces', `${'> '.repeat(3000)}deep\n`, 5],
    ['lists on one line', `${'- '.repeat(3000)}deep\n`, 5],
    ['numbered lists', `${'1. '.repeat(3000)}deep\n`, 5],
    ['quotes and lists', `${'> - '.repeat(1500)}deep\n`, 5],
    ['lists nested by indentation', `Intro.\n\n${Array.from({ length: 150 }, (_, i) => `${' '.repeat(2 * i)}- item`).join('\n')}\n`, 7 + MAX_NESTING],
    ['a quote one level deeper on each line', `Intro.\n\n${Array.from({ length: 150 }, (_, i) => `${'>'.repeat(i + 1)} x`).join('\n')}\n`, 7 + MAX_NESTING],
  ])('refuses %s, naming the line', (_name, body, line) => {
    const { result, ms } = timedRead('deep.md', MARKDOWN_HEAD + body);
    expect(expectProblems(result)).toEqual([expect.objectContaining({ line, message: `the Markdown nests more than ${MAX_NESTING} levels deep` })]);
    expect(ms).toBeLessThan(2000);
  });

  it('refuses emphasis nested past what marked can read (which overflowed its stack), with a problem and its line', () => {
    // Refused by its number of marks before marked reads it (see MAX_EMPHASIS_MARKS).
    const problems = expectProblems(readSeed('stars.md', bytes(`${MARKDOWN_HEAD}${'*'.repeat(3000)}x${'*'.repeat(3000)}\n`)));
    expect(problems).toEqual([expect.objectContaining({ line: 5, message: expect.stringContaining('emphasis marks') })]);
  });

  it('reads quotes and lists up to the limit, and thematic breaks of many marks', () => {
    expectRecord(readSeed('ok.md', bytes(`${MARKDOWN_HEAD}${'>'.repeat(MAX_NESTING)} deep\n`)));
    expectRecord(readSeed('ok.md', bytes(`${MARKDOWN_HEAD}Text.\n\n${'- '.repeat(150)}\n\nMore text.\n`)));
    const r = expectRecord(readSeed('ok.md', bytes(`${MARKDOWN_HEAD}Intro.\n\n- one\n  - two\n    - three\n- four\n\n> quoted\n> > twice\n`)));
    expect(r.words).toBeGreaterThan(0);
  });
});

describe('linear time on long runs', () => {
  it('derives a title from 480 KB of abbreviations quickly, as before', () => {
    const text = 'Mr. A '.repeat(80_000);
    const start = performance.now();
    const title = deriveTitle(text);
    expect(performance.now() - start).toBeLessThan(2000);
    expect(title).toBe(`${'Mr. A '.repeat(16)}Mr.…`);
  });

  it('ends first sentences where it did', () => {
    expect(firstSentence('Mr. Smith went to Washington. He stayed.')).toBe('Mr. Smith went to Washington.');
    expect(firstSentence('H.R. McMaster met U.S. officials on Jan. 5. They talked.')).toBe('H.R. McMaster met U.S. officials on Jan. 5.');
    expect(firstSentence('George W. Bush spoke. Then he left.')).toBe('George W. Bush spoke.');
    // A word longer than the stretch looked at is read as it was: no abbreviation, nor an initial.
    expect(firstSentence(`${'x'.repeat(40)}.mr. Next one.`)).toBe(`${'x'.repeat(40)}.mr.`);
    expect(firstSentence(`a.${'b'.repeat(40)}.c. Next.`)).toBe(`a.${'b'.repeat(40)}.c. Next.`);
    expect(firstSentence(`${'é'.repeat(40)}.U.S. Then`)).toBe(`${'é'.repeat(40)}.U.S. Then`);
  });

  it.each([
    ['a list of names', ' date 2017-01-01 Headline here\n', 'Smith, Jones, ', 20_000],
    ['underscores', ' date 2017-01-01 Headline here\n', '_', 300_000],
    ['underscores and letters', ' date 2017-01-01 Headline here\n', '_a', 150_000],
    ['letters and underscores', ' date 2017-01-01 Headline here\n', 'ab_', 100_000],
    ['abbreviations, without a headline', ' date 2017-01-01\n', 'Mr. A ', 50_000],
  ])('reads a seed of %s (about 300 KB) in well under 2 s', (_name, head, unit, n) => {
    const { result, ms } = timedRead('long.txt', `${head}${unit.repeat(n)}\n`);
    const r = expectRecord(result);
    expect(r.title.length).toBeGreaterThan(0);
    expect(ms).toBeLessThan(2000);
  });
});

describe('Markdown with thousands of emphasis marks in one paragraph', () => {
  const md = (body: string): Buffer => Buffer.from(`---\ntitle: Marks\ndate: 2017-11-14\n---\n\nFirst paragraph.\n\n${body}\n`);

  it('is refused at once, with the line its paragraph starts on', () => {
    for (const unit of ['_a', '*a', '__a', 'a_b*']) {
      const started = performance.now();
      const problems = expectProblems(readSeed('marks.md', md(unit.repeat(500_000 / unit.length))));
      expect(performance.now() - started, unit).toBeLessThan(2000);
      expect(problems).toEqual([expect.objectContaining({ line: 8, message: expect.stringContaining(`over ${MAX_EMPHASIS_MARKS} emphasis marks`) })]);
    }
  });

  it('is read when the marks are spread over paragraphs and list items, or sit in fenced code', () => {
    const items = Array.from({ length: 600 }, (_, i) => `- **Name ${i}**: _votes_`).join('\n');
    const code = `\`\`\`\n${'snake_case_name '.repeat(1500)}\n\`\`\``;
    const paragraphs = Array.from({ length: 40 }, () => '_a_ '.repeat(60)).join('\n\n');
    for (const body of [items, code, paragraphs]) expectRecord(readSeed('fine.md', md(body)));
  });
});

describe('Markdown quotes thousands of lines long', () => {
  const md = (body: string): Buffer => Buffer.from(`---\ntitle: Quotes\ndate: 2017-11-14\n---\nIntro.\n\n${body}\n`);

  it('are refused at once, with the line the quote starts on (lazy lines took marked minutes)', () => {
    for (const unit of ['> a\nb', '> a\n> b\nc', '> - a\nb', '> a']) {
      const started = performance.now();
      const problems = expectProblems(readSeed('quote.md', md(Array.from({ length: 40_000 }, () => unit).join('\n'))));
      expect(performance.now() - started, unit).toBeLessThan(2000);
      expect(problems).toEqual([expect.objectContaining({ line: 7, message: `a quote of the Markdown runs over ${MAX_QUOTE_LINES} lines` })]);
    }
  });

  it('are read when the quotes are short, or in fenced code', () => {
    const quotes = Array.from({ length: 300 }, (_, i) => `> Quoted line ${i}\ncontinued lazily.`).join('\n\n');
    const code = `\`\`\`\n${'> not a quote\n'.repeat(2000)}\`\`\``;
    for (const body of [quotes, code]) expectRecord(readSeed('fine.md', md(body)));
  });
});
