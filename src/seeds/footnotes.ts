// GFM footnotes (`as the report found[^1]` … `[^1]: Annual report, p. 4.`), as exports from
// Ghost, Substack, Hugo and Obsidian write them, turned into Markdown the safe renderer knows:
// each reference a mark of the note's number (FOOTNOTE_MARK), which the page shows as `[1]`
// raised and plain text leaves out (a title, a summary, a URL), and the notes a numbered list
// after a rule at the end of the body, in the order they are first referred to. Plain Markdown,
// so that a note's text is escaped, linked and searched as the rest of the body is, and no label
// reaches the page (marked-footnote writes its labels into attributes unescaped).
import { FENCE, outsideCode } from './shortcodes.ts';

/**
 * A reference as this module writes it: the note's number between two private-use characters,
 * which no Markdown reads. See footnoteMarks and withoutFootnoteMarks.
 */
export const FOOTNOTE_MARK = /\uE010(\d{1,6})\uE011/g;

/**
 * The references a body's rendering has written so far, by note number: each reference gets an
 * id of its own (`fnref-1`, then `fnref-1-2` …), and its note a link back to each (see
 * footnoteList).
 */
export type FootnoteRefs = Map<number, number>;

/**
 * The HTML of text with its footnote marks shown: the number in brackets, raised, and, given
 * `refs` (the body lists its notes), a link to its note, as GitHub writes one (an id to come back
 * to, and the notes' heading as its description, so that a screen reader says what the number
 * is). Inside a link's text, where a link may not be, `refs` is not given: the number alone. The
 * text is HTML already.
 */
export function footnoteMarks(html: string, refs?: FootnoteRefs): string {
  if (!html.includes('\uE010')) return html;
  if (refs === undefined) return html.replace(FOOTNOTE_MARK, '<sup>[$1]</sup>');
  return html.replace(FOOTNOTE_MARK, (_, digits: string) => {
    const n = Number(digits);
    const k = (refs.get(n) ?? 0) + 1;
    refs.set(n, k);
    return `<sup class="fnref"><a href="#fn-${n}" id="${refId(n, k)}" aria-describedby="${NOTES_HEADING}">[${n}]</a></sup>`;
  });
}

/** The id of the k-th reference to note n. */
const refId = (n: number, k: number): string => (k === 1 ? `fnref-${n}` : `fnref-${n}-${k}`);

/** The id of the notes' heading, which every reference names as its description. */
const NOTES_HEADING = 'footnotes-heading';

/**
 * The notes' list as HTML: a section under a heading a screen reader finds (hidden from sight:
 * the rule above the list shows where the notes start), each note with an id its references
 * lead to and, at its end, a link back to each of them (`↩`, then `↩²` …; text presentation, not an emoji) that `refs` counted.
 * `items` are the notes' HTML, in order from 1. The heading's and the links' words are English,
 * whatever the article's language, and say so.
 */
export function footnoteList(items: string[], refs: FootnoteRefs): string {
  const notes = items.map((item, i) => {
    const n = i + 1;
    const count = refs.get(n) ?? 0;
    const back = Array.from({ length: count }, (_, j) =>
      `<a class="fnback" href="#${refId(n, j + 1)}" lang="en" aria-label="Back to reference ${n}${j === 0 ? '' : ` (${j + 1})`}">↩\uFE0E${j === 0 ? '' : `<sup>${j + 1}</sup>`}</a>`,
    ).join(' ');
    return `<li id="fn-${n}">${back === '' ? item : withBackLinks(item, back)}</li>\n`;
  });
  return `<section class="footnotes" aria-labelledby="${NOTES_HEADING}">\n<h2 id="${NOTES_HEADING}" class="visually-hidden" lang="en">Notes</h2>\n<ol>\n${notes.join('')}</ol>\n</section>\n`;
}

/** A note's HTML with the links back at its end: in its last paragraph, or after a block that is no paragraph (a code block, a list) in one of their own. */
function withBackLinks(item: string, back: string): string {
  const trimmed = item.trimEnd();
  if (trimmed.endsWith('</p>')) return `${trimmed.slice(0, -'</p>'.length)} ${back}</p>\n`;
  if (/<\/(?:pre|ul|ol|blockquote|table|h[1-6])>$|<hr>$/.test(trimmed)) return `${item}<p>${back}</p>\n`;
  return trimmed === '' ? back : `${trimmed} ${back}`;
}

/**
 * Text without what footnoteMarks and footnoteList write that is no text of the article: a
 * reference's number, a link back, the notes' heading. For the words an article is searched,
 * counted and compared by.
 */
export function withoutFootnoteChrome(html: string): string {
  return html.includes('class="f') ? html.replace(FOOTNOTE_CHROME, ' ') : html;
}

/** See withoutFootnoteChrome: the elements footnoteMarks and footnoteList write, whole (the body's own HTML has no class attributes). */
const FOOTNOTE_CHROME = /<sup class="fnref">.*?<\/sup>|<a class="fnback"[^>]*>.*?<\/a>|<h2 id="footnotes-heading"[^>]*>.*?<\/h2>/g;

/** Plain text without its footnote marks: a title, a summary or a URL names no note. */
export function withoutFootnoteMarks(text: string): string {
  return text.includes('\uE010') ? text.replace(FOOTNOTE_MARK, '') : text;
}

/** A definition: `[^label]:` at the start of a line (up to three spaces in), and its first line. */
const DEFINITION = /^ {0,3}\[\^([^\]\s]{1,100})\]:[ \t]*(.*)$/;
/** A reference: `[^label]`, not a definition's, nor escaped (`\[^1]` is text). */
const REFERENCE = /(?<!\\)\[\^([^\]\s]{1,100})\](?!:)/g;
/** A line of a note after its first: indented, as GFM continues a note; also what makes indented code. */
const CONTINUED = /^(?: {4}|\t| {1,3}\t)/;
/** A line that opens a block of its own (a heading, quote, list, HTML, table, fence, rule or heading underline), which no note's first paragraph goes on into. */
const INTERRUPTS = /^ {0,3}(?:#{1,6}(?:[ \t]|$)|>|[-*+][ \t]|\d{1,9}[.)][ \t]|<|\||`{3}|~{3}|([-*_])(?:[ \t]*\1){2,}[ \t]*$|=+[ \t]*$|-+[ \t]*$)/;
/** A list item's marker, which makes the indented lines after it (and after blank lines) the item's, not code. */
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
/** In a line's text: an HTML tag or autolink, or a link's address, where a reference is no reference. */
const NOT_TEXT = /(<[^<>\n]*>|\]\([^()\s]*\))/;

/**
 * Most lines a note may have: marked reads a list item in time that grows with the square of
 * its lines (10,000 took 1.8 s), and a note is one. An article's notes are a few lines each;
 * beyond this, the footnotes are left as written.
 */
export const MAX_NOTE_LINES = 200;

/** GFM matches labels without regard to case. */
const key = (label: string): string => label.toLowerCase();

/** A line of the body outside the notes: `code` when references in it stay as written. */
interface BodyLine {
  line: string;
  code: boolean;
}

/**
 * The body with its footnotes as Markdown (see above). A reference to no note, and everything
 * inside code (fenced, indented, `<pre>`, code spans), HTML comments, tags, autolinks and link
 * addresses, stays as written; a note no text refers to is listed after the others, so that
 * nothing written is lost. A body whose notes are too long, or with a comment never closed,
 * is left as written.
 */
export function fromFootnotes(body: string): string {
  if (!body.includes('[^')) return body;
  const notes = new Map<string, string[]>();
  const text: BodyLine[] = [];
  let fence: string | null = null;
  let pre = false;
  let comment = false;
  let list = false;
  let note: string[] | null = null;
  let blank = false;
  for (const line of body.split('\n')) {
    if (note) {
      if (line.trim() === '') {
        blank = true;
        note.push('');
        continue;
      }
      // Indented lines go on with the note; so does a paragraph's line straight after it (a lazy continuation).
      if (CONTINUED.test(line) || (!blank && !DEFINITION.test(line) && !INTERRUPTS.test(line))) {
        if (note.push(line.replace(CONTINUED, '')) > MAX_NOTE_LINES) return body;
        blank = false;
        continue;
      }
      // What follows the note starts a block of its own.
      note = null;
      if (text.length > 0 && text.at(-1)!.line.trim() !== '') text.push({ line: '', code: false });
    }
    if (fence !== null || pre || comment) {
      const f = FENCE.exec(line)?.[1];
      if (fence !== null && f !== undefined && f[0] === fence[0] && f.length >= fence.length) fence = null;
      if (pre && /<\/pre\s*>/i.test(line)) pre = false;
      if (comment && line.includes('-->')) comment = line.lastIndexOf('<!--') > line.lastIndexOf('-->');
      text.push({ line, code: true });
      continue;
    }
    const previous = text.at(-1);
    const isBlank = line.trim() === '';
    // Indented code: four spaces in, after a blank line or more indented code, outside a list.
    if (!list && CONTINUED.test(line) && (previous === undefined || previous.line.trim() === '' || previous.code)) {
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
    // A list goes on over blank lines and indented lines; an unindented line after a blank ends it.
    if (LIST_ITEM.test(line)) list = true;
    else if (!isBlank && !CONTINUED.test(line) && previous !== undefined && previous.line.trim() === '') list = false;
    const f = FENCE.exec(line)?.[1];
    if (f !== undefined) fence = f;
    else if (/<pre[\s>]/i.test(line) && !/<\/pre\s*>/i.test(line.slice(line.search(/<pre[\s>]/i)))) pre = true;
    // A comment opened and not closed on this line hides the lines after it, to its end.
    if (line.lastIndexOf('<!--') > line.lastIndexOf('-->')) comment = true;
    text.push({ line, code: f !== undefined });
  }
  // A comment never closed would hide the notes put at the end: the body is left as it is.
  if (notes.size === 0 || comment) return body;

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
    outsideCode(line, (part) =>
      part
        .split(NOT_TEXT)
        .map((piece, i) => (i % 2 === 1 ? piece : piece.replace(REFERENCE, (whole, label: string) => (notes.has(key(label)) ? `\uE010${number(key(label))}\uE011` : whole))))
        .join(''),
    );
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
  // A code block never closed runs to the body's end, as in GFM: closed there, so that it does not hold the notes too.
  if (fence !== null) out.push(fence);
  return `${out.join('\n')}\n\n* * *\n\n${written.join('\n')}\n`;
}
