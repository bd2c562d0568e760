// Reads one seed file into a typed record, or into problems that name the file and line.
import path from 'node:path';
import { hashOf } from '../hash.ts';
import { mentionsOf, packMentions } from '../enrich/mentions.ts';
import { termCounts } from '../enrich/terms.ts';
import { type Block, type FreshRecord, MAX_TITLE, type ReadResult, type SeedFormat, type SeedProblem, type SeedRecord } from '../types.ts';
import { cleanLine, isVisible } from '../unicode.ts';
import { textFingerprint } from './fingerprint.ts';
import { DOCUMENT_EXTENSIONS, IMAGE_EXTENSIONS } from './media.ts';
import { inDrafts, parseMarkdownSeed } from './markdown.ts';
import { parseTextSeed } from './text.ts';
import { firstSentence } from './title.ts';
import { blockText, countWords, readingMinutes } from './words.ts';

/** Largest seed accepted, in bytes. A news article is rarely over 100 KB; 2 MiB leaves room. */
export const MAX_SEED_BYTES = 2 * 1024 * 1024;

export const TEXT_EXTENSIONS = ['.txt'];
export const MARKDOWN_EXTENSIONS = ['.md', '.markdown'];

/** Hugo's page of a section (`content/posts/_index.md`, `_index.fr.md`): the list of its posts, no post. */
const HUGO_SECTION_PAGE = /^_index(?:\.[\w-]+)?\.(?:md|markdown)$/i;

/** Editors' backups and autosaves (`a.txt~`, `#a.txt#`) and the files desktops leave in folders. */
const EDITOR_AND_SYSTEM_FILES = /(?:~|^#.*#|^Thumbs\.db|^desktop\.ini|^Icon\r)$/i;

/**
 * Images, sound, video and PDFs: what a post's folder holds beside its text (Hugo's page
 * bundles, WordPress and Ghost exports), which is never an article. Any other file is reported.
 */
const ASSET_EXTENSIONS = new Set([
  ...('.jpg .jpeg .png .gif .webp .avif .svg .bmp .tif .tiff .ico .heic .heif .mp3 .m4a .wav .ogg .oga .flac .mp4 .m4v .mov .webm .ogv .avi .pdf').split(' '),
  // A site's own styles, scripts and fonts, in the `assets/` folder copied in with its pictures.
  ...('.css .scss .sass .less .js .mjs .map .woff .woff2 .ttf .otf .eot').split(' '),
  // Whatever an article may show or link to (see media.ts) is no article either.
  ...IMAGE_EXTENSIONS,
  ...DOCUMENT_EXTENSIONS,
]);

/**
 * Whether a file in the seeds folder is meant to be read: hidden files and files in hidden
 * folders are not, nor editors' backups, which would otherwise publish a stale copy of an
 * article beside it, nor images and other media (ASSET_EXTENSIONS), nor Hugo's section pages.
 * Only the file's own name is taken for a backup's.
 */
export function isSeedCandidate(relativePath: string): boolean {
  const parts = relativePath.split('/');
  const name = parts.at(-1)!;
  return !parts.some((part) => part.startsWith('.')) && !EDITOR_AND_SYSTEM_FILES.test(name) && !ASSET_EXTENSIONS.has(path.extname(name).toLowerCase()) && !HUGO_SECTION_PAGE.test(name);
}


/** The seed's format: its extension says whether it is a seed; its first line, which form (a `.txt` may hold front matter). */
function formatOf(file: string, content: string): SeedFormat | null {
  const ext = path.extname(file).toLowerCase();
  const text = TEXT_EXTENSIONS.includes(ext);
  if (!text && !MARKDOWN_EXTENSIONS.includes(ext)) return null;
  if (/^---[a-z]*\s*$/m.test(content.split(/\r\n|\r|\n/, 1)[0] ?? '')) return 'markdown';
  if (/^\s*date\s/u.test(content.replace(/^[\u200B-\u200D\u2060]+/, ''))) return 'text';
  return text ? 'text' : 'markdown';
}

const decoder = new TextDecoder('utf-8', { fatal: true });
/** Control characters other than tab and line ends: C0, DEL and C1 (NUL is refused before). */
const CONTROLS = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** Decodes bytes as UTF-8, or explains why they are not text. */
function decode(bytes: Uint8Array, file: string): { text: string } | { problem: SeedProblem } {
  if (bytes.length === 0) return { problem: { file, line: 1, message: 'the file is empty', hint: 'a seed needs a date line and text' } };
  if (bytes.length > MAX_SEED_BYTES) {
    return { problem: { file, line: 1, message: `the file is ${bytes.length} bytes, over the ${MAX_SEED_BYTES}-byte limit for a seed`, hint: 'split it or check that it is an article' } };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff)) {
    const wide = (bytes[2] === 0 && bytes[3] === 0) || bytes[0] === 0 ? 'UTF-32' : 'UTF-16';
    return { problem: { file, line: 1, message: `the file is ${wide} text, not UTF-8`, hint: `save it as UTF-8 (e.g. iconv -f ${wide.toLowerCase()} -t utf-8)` } };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const line = lineOf(bytes, nul);
    return { problem: { file, line, message: 'the file is binary, not text (it contains a NUL byte)', hint: 'seeds are UTF-8 text files' } };
  }
  try {
    // In one Unicode form (NFC), whatever the editor saved: `é` as one character or as `e` and its
    // accent looks the same, and must count, fold, compare and be searched for the same.
    // Control characters (a teleprinter's form feed, an escape, C1 codes) show nothing and break
    // HTML: spaces, so that lines keep their numbers for messages.
    const text = decoder.decode(bytes).replace(/^\uFEFF/, '').replace(CONTROLS, ' ').normalize('NFC');
    // Nothing but a byte-order mark, spaces or blank lines: empty, as a file of no bytes.
    if (text.trim() === '') return { problem: { file, line: 1, message: 'the file is empty', hint: 'a seed needs a date line and text' } };
    return { text };
  } catch {
    const line = lineOf(bytes, firstInvalidUtf8(bytes));
    return { problem: { file, line, message: 'the file is not valid UTF-8 text', hint: 'save it as UTF-8, converting from its own encoding (e.g. iconv -f windows-1252 -t utf-8; or windows-1251, shift_jis, gb18030, …)' } };
  }
}

/** The 1-based line of a byte offset, with CRLF, CR and LF line ends, as the text reader counts them. */
function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10 || (bytes[i] === 13 && bytes[i + 1] !== 10)) line++;
  }
  return line;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Decode line by line (CR and LF never occur inside a UTF-8 sequence); the first line that fails holds the bad byte.
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 10 || bytes[i] === 13) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return start;
      }
      start = i + 1;
    }
  }
  return 0;
}

/** The record with its terms and digest: a hash of all its fields but those worked out from the others (see SeedRecord.digest). */
function complete(fields: Omit<SeedRecord, 'digest' | 'body' | 'terms' | 'termCounts'>, blocks: Block[]): FreshRecord {
  // Fields shown as one line on many pages: no control characters, no override left open.
  // A title's runs of spaces (a teleprinter's form feed read as one, a headline typed with two) are
  // one: a page collapses them, its feeds, API and search results did not.
  const record = { ...fields, title: cleanLine(fields.title).replace(/ {2,}/g, ' '), summary: cleanLine(fields.summary), lede: cleanLine(fields.lede), source: fields.source && cleanLine(fields.source), dateline: fields.dateline && cleanLine(fields.dateline) };
  const body = JSON.stringify(blocks);
  // The body beside the other fields, not inside them: as a JSON string in JSON, every quote of
  // it was escaped again, which took most of this function's time.
  const digest = hashOf(`${JSON.stringify({ ...record, mentions: undefined })}\n${body}`);
  return { ...record, body, ...termCounts(record.title, blocks), digest };
}

/**
 * A text seed's summary, shown under its title in lists and feeds: its lede; but when the title
 * is the lede's first sentence (whole, or without its asides or its closing attribution), what
 * follows that sentence, in the lede or the paragraph after it, so that a list does not say it
 * twice. A title cut short keeps the lede, which finishes it; a story of one sentence has it for
 * its summary all the same.
 */
function textSummary(title: string, derived: boolean, lede: string, blocks: readonly Block[]): string {
  // A title cut short (`…`) leaves the rest of its sentence to the summary, which gives it whole.
  if (!derived || title.endsWith('…')) return lede;
  const first = firstSentence(lede);
  // What follows, unless it only leads into what comes after it (`The list includes:`).
  const usable = (text: string | undefined): text is string => text !== undefined && text !== '' && !/:\s*$/u.test(text);
  const rest = lede.slice(first.length).trim();
  if (usable(rest)) return rest;
  const at = blocks.findIndex((b) => b.type === 'paragraph' && b.text === lede);
  const next = blocks.slice(at + 1).find((b) => b.type === 'paragraph' && b.text.trim() !== '');
  return next?.type === 'paragraph' && rest === '' && usable(next.text) ? next.text : lede;
}

/**
 * A label in capitals that runs into a paragraph's first sentence, as press releases open theirs
 * (`DEFENDING THE AMERICAN INDUSTRIAL BASE: Today, the President …`): no lowercase letter before
 * the colon, and a sentence after it that opens with a capital.
 */
const RUN_IN_LABEL = /^(?=[^:]*\p{Lu}{2})[\p{Lu}\p{N}][\p{Lu}\p{N} ,.'’&/-]{2,100}:\s+(?=["“‘]?[\p{Lu}\p{N}])/u;

/** A summary made from the lede without such a label: the sentence says what the label heads. The body keeps it. */
function withoutRunInLabel(text: string): string {
  const label = RUN_IN_LABEL.exec(text);
  return label && text.length - label[0].length >= 40 ? text.slice(label[0].length) : text;
}

/** Longest summary made from a body's text where it has no lede: lists and feeds shorten it further. */
const MAX_FALLBACK_SUMMARY = 1000;

/**
 * A summary that says something: the one made (from the lede, front matter, a teaser), else, for a
 * body with no paragraph of text (a table set in columns, a list, code), the text of its blocks,
 * spaces made one, up to MAX_FALLBACK_SUMMARY characters; else the title. An empty summary left
 * lists and feeds (`"summary": ""`) with nothing under the title.
 */
function summaryOrFallback(summary: string, title: string, blocks: readonly Block[]): string {
  if (isVisible(summary)) return summary;
  let text = '';
  for (const block of blocks) {
    text = `${text} ${blockText(block)}`.replace(/\s+/gu, ' ').trim();
    if (text.length > MAX_FALLBACK_SUMMARY) break;
  }
  if (text.length > MAX_FALLBACK_SUMMARY) {
    const cut = text.slice(0, MAX_FALLBACK_SUMMARY);
    text = `${cut.slice(0, cut.lastIndexOf(' ') > MAX_FALLBACK_SUMMARY / 2 ? cut.lastIndexOf(' ') : cut.length)}…`;
  }
  return isVisible(text) ? text : title;
}

/**
 * Reads one seed. `file` is its path relative to the seeds folder (with `/`), used as its
 * name in records and messages.
 */
export function readSeed(file: string, bytes: Uint8Array): ReadResult<FreshRecord> {
  try {
    return readChecked(file, bytes);
  } catch (error) {
    // A seed that trips the reader up is one problem more, not the end of the build.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ file, line: 1, message: `the seed could not be read: ${message}`, hint: 'this is a bug in news-archive: please report it, with the file' }] };
  }
}

/** A title too long to be a headline (see MAX_TITLE): a text seed's first line, or a Markdown seed's first heading. */
function overlong(file: string, line: number, title: string): ReadResult<FreshRecord> {
  return { ok: false, problems: [{ file, line, message: `the title is ${title.length} characters long, over the ${MAX_TITLE} a title can have`, hint: 'a title is a headline: put the rest in the body' }] };
}

function untitled(file: string, format: SeedFormat): ReadResult<FreshRecord> {
  const hint = format === 'text' ? 'write a headline after the date on the first line' : 'give it a `title:` in the front matter or a `# heading`';
  return { ok: false, problems: [{ file, line: 1, message: 'the article has no title: nothing in its headline or first sentence can be shown', hint }] };
}

function readChecked(file: string, bytes: Uint8Array): ReadResult<FreshRecord> {
  const decoded = decode(bytes, file);
  if ('problem' in decoded) return { ok: false, problems: [decoded.problem] };
  const content = decoded.text;
  const format = formatOf(file, content);
  const id = path.posix.basename(file).replace(/\.[^.]*$/, '');
  if (format === null) {
    return { ok: false, problems: [{ file, line: 1, message: `"${path.extname(file) || file}" files are not seeds`, hint: 'seeds are .txt or .md files; move other files out of the seeds folder' }] };
  }
  if (format === 'text') {
    const parsed = parseTextSeed(content, file);
    if (!parsed.ok) return parsed;
    const s = parsed.seed;
    if (!isVisible(s.title)) return untitled(file, format);
    if (s.title.length > MAX_TITLE) return overlong(file, 1, s.title);
    const words = countWords(s.blocks.map(blockText).join(' '));
    const record = complete({
      id, file, format, title: s.title, titleDerived: s.titleDerived, date: s.date, time: null, zone: null, dateline: s.dateline,
      source: s.source, lede: s.lede, summary: summaryOrFallback(withoutRunInLabel(textSummary(s.title, s.titleDerived, s.lede, s.blocks)), s.title, s.blocks), fingerprint: textFingerprint(s.date, s.title, s.blocks), words,
      readingMinutes: readingMinutes(words), topics: [], mentions: packMentions(mentionsOf(s)), slug: null, draft: inDrafts(file), lang: null, authors: s.authors, aliases: [], media: [],
    }, s.blocks);
    return { ok: true, record };
  }
  const parsed = parseMarkdownSeed(content, file);
  if (!parsed.ok) return parsed;
  const s = parsed.seed;
  if (!isVisible(s.title)) return untitled(file, format);
  if (s.title.length > MAX_TITLE) return overlong(file, s.titleLine, s.title);
  const words = countWords(s.text);
  const record = complete({
    id, file, format, title: s.title, titleDerived: s.titleDerived, date: s.date, time: s.time, zone: s.zone, dateline: s.dateline,
    source: s.source, lede: s.lede, summary: summaryOrFallback(s.summary ?? withoutRunInLabel(s.lede), s.title, s.blocks), fingerprint: textFingerprint(s.date, s.title, s.blocks), words,
    readingMinutes: readingMinutes(words), topics: s.topics, mentions: packMentions(mentionsOf(s)), slug: s.slug, ...(s.slug ? { slugLine: s.slugLine } : {}), draft: s.draft || inDrafts(file), lang: s.lang, authors: s.authors, aliases: s.aliases, ...(s.aliases.length > 0 ? { aliasLine: s.aliasLine } : {}), ...(s.permalinkAlias !== undefined ? { permalinkAlias: s.permalinkAlias } : {}), media: s.media,
    ...(s.seedLinks.length > 0 ? { seedLinks: s.seedLinks } : {}),
    ...(s.siteLinks.length > 0 ? { siteLinks: s.siteLinks } : {}),
    ...(s.httpPictures.length > 0 ? { httpPictures: s.httpPictures } : {}),
    ...(s.warnings.length > 0 ? { warnings: s.warnings } : {}),
  }, s.blocks);
  return { ok: true, record };
}
