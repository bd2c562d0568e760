// GFM footnotes (`as the report found[^1]` … `[^1]: Annual report, p. 4.`), as exports from
// Ghost, Substack, Hugo and Obsidian write them, turned into Markdown the safe renderer knows:
// each reference the note's number in brackets (`[1]`), the notes a numbered list after a rule
// at the end of the body, in the order they are first referred to. Plain Markdown, so that a
// note's text is escaped, linked and searched as the rest of the body is, and no label reaches
// the page as HTML (marked-footnote writes its labels into attributes unescaped).
import { outsideCode } from './shortcodes.ts';

/** A definition: `[^label]:` at the start of a line (up to three spaces in), and its first line. */
const DEFINITION = /^ {0,3}\[\^([^\]\s]{1,100})\]:[ \t]*(.*)$/;
/** A reference: `[^label]`, not a definition's. */
const REFERENCE = /\[\^([^\]\s]{1,100})\](?!:)/g;
/** A fence that opens or closes a code block. */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A line of a note after its first: indented, as GFM continues a note; also what makes indented code. */
const CONTINUED = /^(?: {4}|\t)/;
/** A line that opens a block of its own, which no note's first paragraph goes on into. */
const INTERRUPTS = /^ {0,3}(?:#{1,6}(?:[ \t]|$)|>|[-*+][ \t]|\d{1,9}[.)][ \t]|<|\||`{3}|~{3})/;

/** GFM matches labels without regard to case. */
const key = (label: string): string => label.toLowerCase();

/**
 * The body with its footnotes as plain Markdown (see above). A reference to no note, and
 * everything inside code (fenced, indented, `<pre>`, code spans), stay as written; a note no
 * text refers to is listed after the others, so that nothing written is lost.
 */
export function fromFootnotes(body: string): string {
  if (!body.includes('[^')) return body;
  const lines = body.split('\n');
  /** Each note's lines, by its label's key: the first from the definition's line, the rest without their indent. */
  const notes = new Map<string, string[]>();
  const text: { line: string; code: boolean }[] = [];
  let fence: string | null = null;
  let pre = false;
  let note: string[] | null = null;
  let blank = false;
  for (const line of lines) {
    if (note) {
      if (line.trim() === '') {
        blank = true;
        note.push('');
        continue;
      }
      // Indented lines go on with the note; so does a paragraph's line straight after it (a lazy continuation).
      if (CONTINUED.test(line) || (!blank && !DEFINITION.test(line) && !INTERRUPTS.test(line))) {
        note.push(line.replace(CONTINUED, ''));
        blank = false;
        continue;
      }
      // What follows the note starts a block of its own.
      note = null;
      if (text.length > 0 && text.at(-1)!.line.trim() !== '') text.push({ line: '', code: false });
    }
    if (fence !== null || pre) {
      const f = FENCE.exec(line)?.[1];
      if (fence !== null && f !== undefined && f[0] === fence[0] && f.length >= fence.length) fence = null;
      if (pre && /<\/pre\s*>/i.test(line)) pre = false;
      text.push({ line, code: true });
      continue;
    }
    const previous = text.at(-1);
    // Indented code: four spaces in, after a blank line or more indented code.
    if (CONTINUED.test(line) && (previous === undefined || previous.line.trim() === '' || previous.code)) {
      text.push({ line, code: true });
      continue;
    }
    const definition = DEFINITION.exec(line);
    // The first definition of a label is the note, as in GFM; a later one stays text.
    if (definition && !notes.has(key(definition[1]!))) {
      notes.set(key(definition[1]!), (note = [definition[2]!]));
      blank = false;
      continue;
    }
    const f = FENCE.exec(line)?.[1];
    if (f !== undefined) fence = f;
    else if (/<pre[\s>]/i.test(line) && !/<\/pre\s*>/i.test(line.slice(line.search(/<pre[\s>]/i)))) pre = true;
    text.push({ line, code: f !== undefined });
  }
  if (notes.size === 0) return body;

  // Numbers in the order the text refers to the notes, then the notes to each other, then the
  // notes no text refers to, as they are written.
  const numbers = new Map<string, number>();
  const order: string[] = [];
  const number = (k: string): number => {
    let n = numbers.get(k);
    if (n === undefined) {
      numbers.set(k, (n = order.length + 1));
      order.push(k);
    }
    return n;
  };
  const refer = (line: string): string =>
    outsideCode(line, (part) => part.replace(REFERENCE, (whole, label: string) => (notes.has(key(label)) ? `\\[${number(key(label))}\\]` : whole)));
  const out = text.map((t) => (t.code ? t.line : refer(t.line)));
  const written: string[] = [];
  let next = 0;
  const write = (): void => {
    for (; next < order.length; next++) {
      const lines = notes.get(order[next]!)!.map(refer);
      while (lines.length > 0 && lines.at(-1)!.trim() === '') lines.pop();
      while (lines.length > 0 && lines[0]!.trim() === '') lines.shift();
      const marker = `${next + 1}. `;
      // An empty note keeps its number: the text refers to it.
      written.push(lines.length === 0 ? marker.trim() : lines.map((line, j) => (j === 0 ? marker + line : line === '' ? '' : ' '.repeat(marker.length) + line)).join('\n'));
    }
  };
  write();
  for (const k of notes.keys()) {
    number(k);
    write();
  }
  return `${out.join('\n')}\n\n* * *\n\n${written.join('\n')}\n`;
}
