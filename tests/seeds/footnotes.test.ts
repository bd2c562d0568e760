// GFM footnotes in Markdown seeds (src/seeds/footnotes.ts): numbered references, the notes
// listed at the end of the body, code and comments left alone, no label reaching the page as
// HTML, no note's number in a title or a URL, and linear time.
import { describe, expect, it } from 'vitest';
import { fromFootnotes, MAX_NOTE_LINES } from '../../src/seeds/footnotes.ts';
import { readSeed } from '../../src/seeds/read.ts';
import { outsideCode } from '../../src/seeds/shortcodes.ts';
import { blockText } from '../../src/seeds/words.ts';
import type { Block, SeedRecord } from '../../src/types.ts';
import { quickly } from '../helpers/timing.ts';

/** A reference's mark, as fromFootnotes writes it. */
const m = (n: number): string => `\uE010${n}\uE011`;

function record(body: string, front = 'title: Notes\n'): SeedRecord {
  const read = readSeed('a.md', new TextEncoder().encode(`---\n${front}date: 2023-05-02\n---\n${body}`));
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.record;
}

const bodyHtml = (body: string): string => (JSON.parse(record(body).body as string) as { html: string }[])[0]!.html;

describe('fromFootnotes', () => {
  it('numbers the notes in the order the text refers to them and lists them after a rule at the end', () => {
    const out = fromFootnotes('A rise[^b] and a fall[^A].\n\n[^a]: Note A.\n[^b]: Note B.\n\nMore text[^B].\n');
    expect(out).toBe(`A rise${m(1)} and a fall${m(2)}.\n\nMore text${m(1)}.\n\n\n* * *\n\n1. Note B.\n2. Note A.\n`);
  });

  it('keeps a note of several lines and paragraphs, and what follows it a paragraph of its own', () => {
    const out = fromFootnotes('Text.[^1]\n[^1]: First line\n    second line.\n\n    Second paragraph.\n\nAfter the note.\n');
    expect(out).toBe(`Text.${m(1)}\n\nAfter the note.\n\n\n* * *\n\n1. First line\n   second line.\n\n   Second paragraph.\n`);
    // A line straight after a note's paragraph goes on with it, as GFM reads it (a lazy continuation)…
    expect(fromFootnotes('Text.[^1]\n\n[^1]: A note\ngoing on.\n')).toBe(`Text.${m(1)}\n\n\n* * *\n\n1. A note\n   going on.\n`);
    // …but a rule, a heading's underline or a heading ends it.
    for (const after of ['---', '***', '___', '===', '# Heading']) {
      expect(fromFootnotes(`Text.[^1]\n\n[^1]: A note\n${after}\n`), after).toBe(`Text.${m(1)}\n\n${after}\n\n\n* * *\n\n1. A note\n`);
    }
  });

  it('leaves code, comments, tags, addresses, escaped and unknown references, and a second definition as written; lists a note nobody refers to', () => {
    const body = [
      'See `a[^1]` and [^none] and \\[^1] and <https://ex.com/a[^1]b> and [t](https://ex.com/x[^1]y).[^1]',
      '',
      '```',
      'x[^1]',
      '[^1]: not a note',
      '```',
      '',
      '    indented[^1]',
      '',
      '<!--',
      '[^2]: an editor\'s note, commented out',
      '-->',
      '',
      '[^1]: The note.',
      '[^1]: Again.',
      '',
      '[^lonely]: Unreferred.',
    ].join('\n');
    const out = fromFootnotes(body);
    expect(out).toContain(`See \`a[^1]\` and [^none] and \\[^1] and <https://ex.com/a[^1]b> and [t](https://ex.com/x[^1]y).${m(1)}`);
    expect(out).toContain('```\nx[^1]\n[^1]: not a note\n```');
    expect(out).toContain('    indented[^1]');
    expect(out).toContain("<!--\n[^2]: an editor's note, commented out\n-->");
    expect(out).toContain('[^1]: Again.');
    expect(out.endsWith('* * *\n\n1. The note.\n2. Unreferred.\n')).toBe(true);
  });

  it('refers from a list item\'s later paragraphs, which are no code', () => {
    expect(fromFootnotes('- item one\n\n    more text[^1]\n\n[^1]: note\n')).toBe(`- item one\n\n    more text${m(1)}\n\n\n* * *\n\n1. note\n`);
  });

  it('gives a body back as it was without notes, with a comment never closed, or with notes too long to list', () => {
    for (const body of ['No notes.', 'A [^ref] to nothing.', '[link][ref]\n\n[ref]: https://example.org', 'A[^1] <!-- draft\n\n[^1]: note\n']) expect(fromFootnotes(body)).toBe(body);
    const long = `A[^1]\n\n[^1]: start\n${'lazy line\n'.repeat(MAX_NOTE_LINES)}`;
    expect(fromFootnotes(long)).toBe(long);
  });
});

describe('footnotes on the page', () => {
  it('render as raised numbers in brackets linking to an ordered list of the notes, each linking back, links and emphasis in notes kept', () => {
    const html = bodyHtml('Prices rose[^1].\n\n[^1]: See [the report](https://example.org/r) and *page 4*.\n');
    expect(html).toContain('<p>Prices rose<sup class="fnref"><a href="#fn-1" id="fnref-1" aria-describedby="footnotes-heading">[1]</a></sup>.</p>');
    expect(html).toContain(
      '<hr>\n<section class="footnotes" aria-labelledby="footnotes-heading">\n<h2 id="footnotes-heading" class="visually-hidden" lang="en">Notes</h2>\n<ol>\n' +
        '<li id="fn-1">See <a href="https://example.org/r">the report</a> and <em>page 4</em>. <a class="fnback" href="#fnref-1" lang="en" aria-label="Back to reference 1">↩\uFE0E</a></li>\n</ol>\n</section>',
    );
  });

  it('give every reference an id of its own and its note a link back to each, in its last paragraph or after its last block', () => {
    const html = bodyHtml('A[^a] B[^b] C[^a].\n\n[^a]: One.\n\n    Two.\n[^b]: Code:\n\n    ```\n    x = 1\n    ```\n[^c]: Nobody refers here.\n');
    expect(html).toContain('A<sup class="fnref"><a href="#fn-1" id="fnref-1" aria-describedby="footnotes-heading">[1]</a></sup> B<sup class="fnref"><a href="#fn-2" id="fnref-2"');
    expect(html).toContain('C<sup class="fnref"><a href="#fn-1" id="fnref-1-2" aria-describedby="footnotes-heading">[1]</a></sup>.');
    expect(html).toContain('<li id="fn-1"><p>One.</p>\n<p>Two. <a class="fnback" href="#fnref-1" lang="en" aria-label="Back to reference 1">↩\uFE0E</a> <a class="fnback" href="#fnref-1-2" lang="en" aria-label="Back to reference 1 (2)">↩\uFE0E<sup>2</sup></a></p>\n</li>');
    expect(html).toContain('x = 1\n</code></pre>\n<p><a class="fnback" href="#fnref-2"');
    // A note nobody refers to has nothing to go back to.
    expect(html).toMatch(/<li id="fn-3"><p>Nobody refers here\.<\/p>\n<\/li>/);
    // Each id once on the page.
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('link back to a reference from a later note too, and never put a link inside a link', () => {
    const html = bodyHtml('See [the report[^1]](https://example.org/r).\n\n[^1]: Official[^2].\n[^2]: Annex.\n');
    // In a link's text, the number alone.
    expect(html).toContain('<a href="https://example.org/r">the report<sup>[1]</sup></a>');
    expect(html).not.toMatch(/<a [^>]*>[^<]*<sup[^>]*><a /);
    expect(html).toContain('<li id="fn-1">Official<sup class="fnref"><a href="#fn-2" id="fnref-2"');
    expect(html).toContain('<li id="fn-2">Annex. <a class="fnback" href="#fnref-2"');
  });

  it('list the notes after a code block never closed, which runs to the end of the body as in GFM, not into the notes', () => {
    const html = bodyHtml('A[^1].\n\n[^1]: The note.\n\n~~~~\nnever closed\n```\n');
    expect(html).toMatch(/<pre tabindex="0"><code>never closed\n```\n\s*<\/code><\/pre>\n<hr>/);
    expect(html).toContain('A<sup class="fnref"><a href="#fn-1"');
    expect(html).toContain('<li id="fn-1">The note. <a class="fnback"');
  });

  it('keep the numbers, the links back and the notes\' heading out of the words counted and searched', () => {
    const withNotes = record('Prices rose[^1] again[^1].\n\n[^1]: Annual report.\n');
    const without = record('Prices rose again.\n\nAnnual report.\n');
    expect(withNotes.words).toBe(without.words);
    const text = blockText(JSON.parse(withNotes.body as string)[0] as Block).replace(/\s+/g, ' ').trim();
    expect(text).toBe('Prices rose again . Annual report.');
  });

  it('keep the note\'s number out of the title, the URL, the lede and the text searched', () => {
    const heading = record('# Budget 2023[^n]\n\nThe budget passed[^n].\n\n[^n]: By 51 votes.\n', '');
    expect(heading.title).toBe('Budget 2023');
    expect(heading.lede).toBe('The budget passed.');
    const sentence = record('Prices rose sharply in March[^1] as the bank acted on rates.\n\n[^1]: Official figures.\n', '');
    expect(sentence.title).not.toContain('1');
    expect(sentence.lede).toBe('Prices rose sharply in March as the bank acted on rates.');
  });

  it('never let a label or a note write HTML', () => {
    const html = bodyHtml('A[^x"><img/src=x/onerror=alert(1)>] B[^2]\n\n[^2]: <script>alert(1)</script> <img src=x onerror=alert(2)>\n[^x"><img/src=x/onerror=alert(1)>]: evil\n');
    // A label is text; a note's HTML is the subset's, without scripts or handlers.
    expect(html).not.toMatch(/<script|<img[^>]*onerror|alert\(2\)/);
    expect(html).toContain('A[^x&quot;&gt;&lt;img/src=x/onerror=alert(1)&gt;] B<sup class="fnref"><a href="#fn-1" id="fnref-1"');
    expect(html).toContain('<li id="fn-1"><a class="fnback" href="#fnref-1" lang="en" aria-label="Back to reference 1">↩\uFE0E</a></li>\n<li id="fn-2">evil</li>');
  });

  it('read a body of many notes and references in linear time, and code spans of growing length too', () => {
    const body = `${'Claim[^n] '.repeat(100_000)}\n\n${Array.from({ length: 20_000 }, (_, i) => `[^${i}]: Note ${i}.`).join('\n')}\n[^n]: The note.\n`;
    let started = performance.now();
    const out = fromFootnotes(body);
    // Checked without toContain, whose message on failure would print megabytes.
    expect(out.startsWith(`Claim${m(1)} Claim${m(1)}`)).toBe(true);
    expect(out.endsWith('\n20001. Note 19999.\n')).toBe(true);
    const line = `x[^1] ${Array.from({ length: 2000 }, (_, i) => `${'`'.repeat(i + 1)} a `).join('')}`;
    started = performance.now();
    expect(outsideCode(line, (t) => t).length).toBe(line.length);
    // Linear: a fraction of a second; the quadratic walks took minutes.
    expect(performance.now() - started).toBeLessThan(quickly(5000));
  });
});
