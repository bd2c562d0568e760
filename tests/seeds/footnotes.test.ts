// GFM footnotes in Markdown seeds (src/seeds/footnotes.ts): numbered references, the notes
// listed at the end of the body, code left alone, and no label reaching the page as HTML.
import { describe, expect, it } from 'vitest';
import { fromFootnotes } from '../../src/seeds/footnotes.ts';
import { readSeed } from '../../src/seeds/read.ts';

function bodyHtml(body: string): string {
  const read = readSeed('a.md', new TextEncoder().encode(`---\ntitle: Notes\ndate: 2023-05-02\n---\n${body}`));
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return (JSON.parse(read.record.body as string) as { html: string }[])[0]!.html;
}

describe('fromFootnotes', () => {
  it('numbers the notes in the order the text refers to them and lists them after a rule at the end', () => {
    const out = fromFootnotes('A rise[^b] and a fall[^A].\n\n[^a]: Note A.\n[^b]: Note B.\n\nMore text[^B].\n');
    expect(out).toBe('A rise\\[1\\] and a fall\\[2\\].\n\nMore text\\[1\\].\n\n\n* * *\n\n1. Note B.\n2. Note A.\n');
  });

  it('keeps a note of several lines and paragraphs, and what follows it a paragraph of its own', () => {
    const out = fromFootnotes('Text.[^1]\n[^1]: First line\n    second line.\n\n    Second paragraph.\n\nAfter the note.\n');
    expect(out).toBe('Text.\\[1\\]\n\nAfter the note.\n\n\n* * *\n\n1. First line\n   second line.\n\n   Second paragraph.\n');
    // A line straight after a note's paragraph goes on with it, as GFM reads it (a lazy continuation).
    expect(fromFootnotes('Text.[^1]\n\n[^1]: A note\ngoing on.\n')).toBe('Text.\\[1\\]\n\n\n* * *\n\n1. A note\n   going on.\n');
  });

  it('leaves code, references to no note, and a second definition of a label as written; lists a note nobody refers to', () => {
    const body = 'See `a[^1]` and [^none].[^1]\n\n```\nx[^1]\n[^1]: not a note\n```\n\n    indented[^1]\n\n[^1]: The note.\n[^1]: Again.\n\n[^lonely]: Unreferred.\n';
    const out = fromFootnotes(body);
    expect(out).toContain('See `a[^1]` and [^none].\\[1\\]');
    expect(out).toContain('```\nx[^1]\n[^1]: not a note\n```');
    expect(out).toContain('    indented[^1]');
    expect(out).toContain('[^1]: Again.');
    expect(out.endsWith('* * *\n\n1. The note.\n2. Unreferred.\n')).toBe(true);
  });

  it('gives a body without notes back as it was', () => {
    for (const body of ['No notes.', 'A [^ref] to nothing.', '[link][ref]\n\n[ref]: https://example.org']) expect(fromFootnotes(body)).toBe(body);
  });
});

describe('footnotes on the page', () => {
  it('render as numbers in brackets and an ordered list, links and emphasis in notes kept', () => {
    const html = bodyHtml('Prices rose[^1].\n\n[^1]: See [the report](https://example.org/r) and *page 4*.\n');
    expect(html).toContain('<p>Prices rose[1].</p>');
    expect(html).toContain('<hr>\n<ol>\n<li>See <a href="https://example.org/r">the report</a> and <em>page 4</em>.</li>\n</ol>');
  });

  it('never let a label or a note write HTML', () => {
    const html = bodyHtml('A[^x"><img/src=x/onerror=alert(1)>] B[^2]\n\n[^2]: <script>alert(1)</script> <img src=x onerror=alert(2)>\n[^x"><img/src=x/onerror=alert(1)>]: evil\n');
    expect(html).not.toMatch(/<img|<script/);
    expect(html).toContain('<p>A[1] B[2]</p>');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
  });

  it('read a body of many notes and references in linear time', () => {
    const body = `${'Claim[^n] '.repeat(100_000)}\n\n${Array.from({ length: 20_000 }, (_, i) => `[^${i}]: Note ${i}.`).join('\n')}\n[^n]: The note.\n`;
    const started = performance.now();
    const out = fromFootnotes(body);
    // Checked without toContain, whose message on failure would print megabytes.
    expect(out.startsWith('Claim\\[1\\] Claim\\[1\\]')).toBe(true);
    expect(out.endsWith('\n20001. Note 19999.\n')).toBe(true);
    // Linear: a fraction of a second; a quadratic walk would take minutes.
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
