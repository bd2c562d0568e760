// The plain-text seed format:
//    date 2017-11-14 New Impetus to Geneva Talks      <- headline form
//    date 2017-11-14 GENEVA, November 14. /TASS/. …   <- lede form (no headline)
// followed by the body: one paragraph per line, or paragraphs separated by blank lines.
import { type Block, MAX_TITLE, type SeedProblem } from '../types.ts';
import { invalidDate, parseCalendarDate } from './dates.ts';
import { agencySign, datelineAlone, isKnownPlace, NEWSWIRE_NAMES, parseDateline, placeCase, unsignedLede } from './dateline.ts';
import { isDeckAbove, isLabelLine, isStampLine, SENTENCE_END } from './labels.ts';
import { deriveTitle, isAllCaps, titleCase } from './title.ts';
import { blockText, CJK, countWords } from './words.ts';
import { escapeHtml } from './html.ts';
import { NEWS_MEDIA } from '../enrich/gazetteer-orgs.ts';
import { bareByline, hasGivenName, creditReporters, isOutletOrRole, signsStoryBelow, END_MARK, FOREIGN_BY, foreignBylineNames, interviewers, NOT_A_NAME, readByline, RUN_ON_END_MARK } from './bylines.ts';
import { closingSource, deskCreditLine, isLabelNotHeading, writerNames, signOffAgency, tailStart } from './endings.ts';

/** What the plain-text lexer finds in a seed; the record is built from it. */
export interface TextSeed {
  date: string;
  headline: string | null;
  dateline: string | null;
  source: string | null;
  lede: string;
  title: string;
  titleDerived: boolean;
  blocks: Block[];
  /** The reporters a byline opening the story, or Reuters' credit line closing it, names. */
  authors: string[];
}

interface Line {
  text: string;
  /** 1-based line number in the file. */
  number: number;
  /** A table set in columns of spaces (see isColumns): its lines as written, kept as they are. */
  columns?: true;
}

// Invisible characters that may precede `date` without making the line a different one: zero-width
// spaces pasted in, a byte-order mark, the direction marks a right-to-left editor puts first.
const INVISIBLE_CHARACTERS = '\\u200B-\\u200F\\u2060\\uFEFF\\u061C';
const INVISIBLE = new RegExp(`[${INVISIBLE_CHARACTERS}]`, 'g');
/**
 * `date` and the date, with whatever invisible characters surround them (right after the date
 * too: `2024-05-01` and a zero-width space is that date); the headline after them keeps its own
 * (a Persian ZWNJ, an emoji's joiners).
 */
const DATE_OPENING = new RegExp(`^[\\s${INVISIBLE_CHARACTERS}]*date[\\s${INVISIBLE_CHARACTERS}]+[^\\s${INVISIBLE_CHARACTERS}]+[${INVISIBLE_CHARACTERS}]*`, 'u');
// `s`: a line separator (U+2028) inside the headline is a space in it, not the end of the line.
const FIRST_LINE = /^\s*date\s+(\S+)(?:\s+(.*))?$/su;
const HEADING_END = /[\p{L}\p{N})\]]$/u;

/** Longest line, in characters, that can be a subheading. */
export const MAX_SUBHEADING = 80;

function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
}

/**
 * Whether the rest of line 1 opens the story rather than naming it. A headline is short
 * and mostly capitalised; a lede has a dateline, or reads as a sentence in sentence case.
 */
export function looksLikeLede(text: string): boolean {
  // `SYRIA - REBELS CAPTURE KEY TOWN` is a headline under a dateline's form: no lede is all capitals.
  const dateline = parseDateline(text);
  if (dateline) return !isAllCaps(dateline.rest);
  const all = words(text);
  // Chinese and Japanese put no spaces between words: their words are counted as countWords
  // counts them, by their characters.
  const count = CJK.test(text) ? countWords(text) : all.length;
  if (count > 60) return true;
  // A sentence of 20 words or more is no headline, however many names it holds.
  if (SENTENCE_END.test(text) && count >= 20) return true;
  const long = all.filter((w) => w.replace(/[^\p{L}]/gu, '').length >= 4);
  const capitalised = long.filter((w) => /^["'“‘(]?\p{Lu}/u.test(w)).length;
  return SENTENCE_END.test(text) && count >= 8 && capitalised < long.length * 0.5;
}

/**
 * Whether line 1 is a headline that asks (`Is the world on the brink of a new arms race?`): one
 * question of at most 15 words, and text under it. A lede that opens with a question goes on
 * after it on the same line.
 */
function isQuestionHeadline(text: string, below: Line[]): boolean {
  return /\?["”’]?$/u.test(text) && !/[.!?]["”’]?\s/u.test(text) && words(text).length <= 15 && below.some((l) => l.text.trim() !== '');
}

/**
 * Whether the body's first paragraph is a headline: one line of its own, short, not a sentence
 * ending in a full stop, colon or comma, and neither a lede nor a byline nor a bullet nor a photo's caption,
 * nor a dateline on a line of its own above the lede (`WASHINGTON (AP) —`).
 */
function headlineLine(first: Line, lines: Line[], next?: Line): boolean {
  const text = first.text;
  // Names joined by `and` alone (`Emma Watson and Daniel Radcliffe`) head a story as well as sign
  // it: a byline above a lede that opens with its dateline (see signsStoryBelow), else the headline.
  const byline = isByline(text, next?.text, () => lines.slice(next!.number).map((l) => l.text).join('\n'));
  return (
    lines[first.number - 1]?.text.trim() === text && words(text).length <= 25 && !CLAUSE_END.test(text) &&
    !looksLikeLede(text) && parseDateline(text) === null && datelineAlone(text) === null && !byline && !LIST_ITEM.test(text) && !PHOTO_CAPTION.test(text)
  );
}

/**
 * A full stop, colon, semicolon or comma, in the scripts that have their own (Chinese `。，：；、`,
 * the Hindi danda `।` and `॥`, Urdu's `۔`, Arabic's `،` and `؛`), a quote or bracket after it: a
 * line ending so is a sentence or runs on, no headline, in any language.
 */
const CLAUSE_END = /[.:;,。．：；，、।॥۔،؛]["'”’)」』）]*$/u;

// A line ending in one of these words runs on into the next: it is not a heading.
const RUN_ON = /\b(?:a|an|and|or|but|the|of|to|in|on|for|with|this|that|these|by|at|as|from)$/i;

/**
 * A subheading that asks, in Title Case (`Who Will Attend?`, `What Comes Next?`): every word
 * capitalised but articles, short prepositions and conjunctions, two words or more, and no
 * speaker's mark of a transcript (`Q Hello?`, `Question: …`). A question in sentence case
 * (`What is Joining Forces?`, `So, will the media be here?`) is a line of its text.
 */
function isQuestionHeading(text: string): boolean {
  if (!/\?$/.test(text) || /[.!?]\s/.test(text) || /^(?:Q|Question)\b/.test(text)) return false;
  const all = words(text);
  return all.length >= 2 && all.every((w, i) => /^["'“‘(]?\P{Ll}/u.test(w) || (i > 0 && TITLE_SMALL_WORDS.has(w)));
}

/** Words Title Case leaves in lower case inside a heading: articles, short prepositions and conjunctions. */
const TITLE_SMALL_WORDS = new Set('a an the and or nor but of in on at to for by with from as per up via vs'.split(' '));

/** A sentence in brackets at a line's end: a transcript's `(Applause.)`, `(Laughter.)`. */
const BRACKETED_SENTENCE = /[.!?]["'”’]?\)$/u;

function isSubheadingCandidate(text: string): boolean {
  return (
    text.length <= MAX_SUBHEADING &&
    !BRACKETED_SENTENCE.test(text) &&
    !/^\(?[\p{N}ivx]{1,4}[.)]\s/u.test(text) && // a numbered list item
    !/[;]/.test(text) &&
    !isLabelNotHeading(text) &&
    // An end mark between the story and its credit line (`Enditem`, `(END)`) is the teleprinter's, no heading.
    !END_MARK.test(text) &&
    !RUN_ON.test(text) &&
    words(text).length <= 12 &&
    /^["'“‘(]?[\p{Lu}\p{N}]/u.test(text) &&
    (HEADING_END.test(text) || isQuestionHeading(text))
  );
}

/** A gap between columns: two or more spaces (or a tab) between words, not after a sentence's end, as typewriters spaced them. */
const COLUMN_GAP = /[^\s.!?:;](?: {2,}|\t)\S/;
/** Longest line of a table set in columns: a wire's screen, with room. */
const MAX_COLUMNS_LINE = 132;

/**
 * Whether lines are a table set in columns of spaces, as wire copy sets results, standings and
 * prices (`Boston        10   2  .833`): three lines or more, none longer than a wire's screen,
 * and most of them with a gap between columns, two gaps in most of those.
 */
function isColumns(lines: Line[]): boolean {
  if (lines.length < 3 || lines.some((l) => l.text.length > MAX_COLUMNS_LINE)) return false;
  const gaps = lines.map((l) => l.text.trim().split(/(?<=[^\s.!?:;])(?: {2,}|\t)(?=\S)/).length - 1);
  const withGap = gaps.filter((g) => g >= 1).length;
  return withGap >= lines.length * 0.6 && gaps.filter((g) => g >= 2).length >= withGap * 0.5 && lines.some((l) => COLUMN_GAP.test(l.text));
}

/** Whether a paragraph's lines, as written, are a table set in columns (see isColumns): a Markdown seed's too. */
export function isColumnsText(text: string): boolean {
  return isColumns(text.split(/\r\n|\r|\n/).map((line, i) => ({ text: line.trimEnd(), number: i + 1 })));
}

/**
 * Lines of a wrapped paragraph: all but the last long, and not each a sentence of its own. A
 * line longer than a wrapper makes holds a word it could not break (a URL).
 */
function looksWrapped(lines: Line[]): boolean {
  const body = lines.slice(0, -1);
  // A line in brackets whole is a note of its own (Yonhap's `(ATTN: UPDATES with details)` above its byline).
  return (
    body.every((l) => l.text.length >= 40 && (l.text.length <= 100 || /\S{40,}/.test(l.text)) && !/^\([^()]*\)$/.test(l.text.trim())) &&
    body.some((l) => !SENTENCE_END.test(l.text)) &&
    // Two lines or more opened by a bullet are a list's points (Xinhua's `-- broadening …;`).
    lines.filter((l) => LIST_ITEM.test(l.text.trim())).length < 2
  );
}

/**
 * `By JOHN SMITH, Associated Press`, `By Jane Doe and Tom Roe`: short, unpunctuated, after "By";
 * in Spanish or Portuguese after "Por" (`Por Pedro Peduzzi - Repórter da Agência Brasil`), with
 * names; or names without "By" that a post, outlet or second name marks (see bareByline), names joined by
 * `and` alone only above the story they sign (see signsStoryBelow).
 */
function isByline(text: string, next?: string, story?: () => string): boolean {
  const short = text.length <= 100 && words(text).length <= 12 && !SENTENCE_END.test(text);
  if (short && /^By\s+\p{Lu}/u.test(text)) return true;
  // In capitals whole, as teleprinters print it (`BY JANE DOE`), it may as well be a heading
  // (`BY POPULAR DEMAND`, `BY ROYAL APPOINTMENT`): names each opened by a known given name.
  if (short && /^BY\s+\p{Lu}/u.test(text)) return capitalByline(text);
  if (short && FOREIGN_BY.test(text)) return foreignBylineNames(text) !== null;
  const bare = bareByline(text);
  return bare !== null && (!bare.joinedOnly || (next !== undefined && signsStoryBelow(bare.names, next, story)));
}

/** Whether a byline in capitals (`BY JANE DOE AND JOHN ROE`, `BY JANE DOE, ASSOCIATED PRESS`) names reporters: each opens with a known given name. */
function capitalByline(text: string): boolean {
  const { names } = readByline(text);
  return names.length > 0 && names.every(hasGivenName);
}

/** The reporters a byline names, and whether it reads as one for sure (see readByline); a byline without "By" is. */
export function bylineNames(text: string): { names: string[]; marked: boolean } {
  const bare = bareByline(text);
  return bare !== null ? { names: bare.names, marked: true } : readByline(text);
}

/** Whether the block under block `i` is an outlet or role on a line of its own (`The Associated Press`, `Staff Writer`): a byline's, when `i` names people. */
function roleUnder(blocks: Block[], i: number): boolean {
  const under = blocks[i + 1];
  return under !== undefined && under.type !== 'html' && isOutletOrRole(under.text.trim());
}

/** Most paragraphs above a byline that may head a story: a headline said again, a deck, a label. */
const MAX_ABOVE_BYLINE = 2;

/**
 * Where the byline above a story's text is: its first paragraph, or one under a deck or label
 * (lines of their own that end no sentence), or -1.
 */
function bylineAt(blocks: Block[]): number {
  const at = blocks.findIndex((b) => b.type === 'paragraph' && !BULLET.test(b.text) && !isEditorsNote(b.text));
  if (at < 0) return -1;
  for (let i = at; i <= at + MAX_ABOVE_BYLINE && i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.type !== 'paragraph') return -1;
    // Not a line of a sentence that runs on above and below it (`… signed on Tuesday by` / `Barack Obama and Xi Jinping` / `in the presence …`).
    // (Past an outlet or role on a line of its own, which marks names as a byline: `JOHN SMITH and JANE DOE` / `Associated Press`.)
    const roled = roleUnder(blocks, i);
    const after = blocks[i + (roled ? 2 : 1)];
    const story = (): string => blocks.slice(i + (roled ? 3 : 2)).map(blockText).join('\n');
    if (isByline(b.text, after?.type === 'paragraph' ? after.text : undefined, story) || (roled && bareByline(b.text) !== null)) return after?.type === 'paragraph' && /^\p{Ll}/u.test(after.text) ? -1 : i;
    // A paragraph of the story (a sentence, one ending `:` above a list) has nothing of a header above it.
    if (SENTENCE_END.test(b.text) || /[,:;]$/u.test(b.text) || RUN_ON.test(b.text) || b.text.length > MAX_HEADER_LINE || parseDateline(b.text) !== null) return -1;
  }
  return -1;
}

/**
 * The reporters of wire copy: a byline before its lede (`By JOHN SMITH, Associated Press`),
 * taken out of the body, since the page shows it as the article's byline; else those of Reuters'
 * credit line closing it (`(Reporting by Jane Roe; Editing by John Doe)`), which stays.
 */
function wireAuthors(blocks: Block[]): string[] {
  const at = bylineAt(blocks);
  const first = blocks[at];
  // The outlet or role on a line of its own under the names (`The Associated Press`, `Staff Writer`): the byline's too.
  const roled = roleUnder(blocks, at);
  const next = blocks[at + (roled ? 2 : 1)];
  if (first?.type === 'paragraph' && !NOT_A_NAME.test(first.text) && next !== undefined) {
    const { names, marked } = bylineNames(first.text);
    // Names alone (`By Jane Roe`) are a byline above a story that opens with its dateline, or
    // above its text when a known given name opens them; else they may be a heading's words, which stay.
    if (names.length > 0 && (marked || roled || (next.type === 'paragraph' && (parseDateline(next.text) !== null || (SENTENCE_END.test(next.text) && names.every(hasGivenName)))))) {
      blocks.splice(at, roled ? 2 : 1);
      return names;
    }
  }
  // A byline closing the story, as some wires and papers sign it (`By JANE DOE` under its last paragraph).
  const closing = closingByline(blocks);
  if (closing.length > 0) return closing;
  const last = blocks.at(-1);
  const credited = last?.type === 'paragraph' ? creditReporters(last.text.trim()) : null;
  if (credited) return credited;
  // Or those who interviewed, named at an interview's end (TASS's `Interviewed by …`), which stays.
  for (const b of blocks.slice(-2).reverse()) {
    const named = b.type === 'paragraph' ? interviewers(b.text.trim()) : null;
    if (named) return named;
  }
  return [];
}

/** Whether a paragraph is a byline that names reporters for sure (see isByline and bylineNames): not `By Popular Demand`, nor `By Royal Appointment`. */
export function surelyByline(text: string): boolean {
  if (!isByline(text) || NOT_A_NAME.test(text)) return false;
  const { names, marked } = bylineNames(text);
  return names.length > 0 && (marked || names.every(hasGivenName));
}

/**
 * The reporters a byline under the story's last paragraph names, taken out of the body: `By JANE
 * DOE`, `By Jane Doe` (a known given name opening the names), `Jane Doe, Reuters` (see
 * bareByline), names with an outlet or role on a line of its own under them (`JANE DOE` /
 * `Associated Press`). Not names joined by `and` alone, nor what may be a heading's words
 * (`By Royal Appointment`); and only under a paragraph that ends a sentence, the story's.
 */
export function closingByline(blocks: Block[]): string[] {
  const lastText = (i: number): string | null => {
    const b = blocks[i];
    return b?.type === 'paragraph' ? b.text.trim() : null;
  };
  let at = blocks.length - 1;
  const roled = at >= 2 && isOutletOrRole(lastText(at) ?? '');
  if (roled) at--;
  const text = lastText(at);
  const before = blocks[at - 1];
  if (text === null || before?.type !== 'paragraph' || !SENTENCE_END.test(before.text) || NOT_A_NAME.test(text)) return [];
  let names: string[] = [];
  if (isByline(text)) {
    const read = bylineNames(text);
    if (read.marked || roled || read.names.every(hasGivenName)) names = read.names;
  } else if (roled && !SENTENCE_END.test(text)) {
    // Names alone above the outlet: in capitals, as the wires print them, each opened by a known given name.
    const read = readByline(`By ${text}`);
    if (read.marked && read.names.every(hasGivenName)) names = read.names;
  }
  if (names.length > 0) blocks.splice(at, roled ? 2 : 1);
  return names;
}

/** A wire's priority tag, a line of its own: `URGENT`, `BREAKING`, `FLASH`, `BULLETIN`, `ALERT`. */
const WIRE_TAG = /^(?:URGENT|BREAKING(?: NEWS)?|FLASH|BULLETIN|ALERT|СРОЧНО|МОЛНИЯ)[.:!]?$/u;
/** Such a tag opening a paragraph's text. */
const TAG_BEFORE_TEXT = /^(?:URGENT|BREAKING(?: NEWS)?|FLASH|BULLETIN|ALERT|СРОЧНО|МОЛНИЯ)(?:[.:!]\s*|\s*[-–—]+\s*)(?=\S)/u;
/**
 * A press release's notice of when it may run (`FOR IMMEDIATE RELEASE`, `EMBARGOED UNTIL 10:00
 * GMT`, `NEWS RELEASE`), on a line of its own: for editors, no headline and no text.
 */
const RELEASE_NOTICE = /^(?:(?:(?:FOR )?IMMEDIATE RELEASE|(?:NEWS|PRESS|MEDIA) RELEASE|MEDIA ADVISORY)|(?:(?:For )?Immediate Release|(?:News|Press|Media) Release|Media Advisory)|(?:FOR RELEASE|EMBARGOED)\b[^a-z.!?]{0,60})[:]?$/u;
/**
 * AP's slug, the story's name on the wire for editors (`BC-US--Economy-Jobs,2nd Ld-Writethru`,
 * `AP-EU-Brexit`), and AFP's keywords (`SPAIN-POLITICS-ECONOMY-EU`, three or more in capitals):
 * no headline and no text.
 */
const WIRE_SLUG = /^(?:(?:BC|AP)-[A-Z]{2,}(?:-{1,2}[A-Za-z0-9&]+)+(?:,[\w .&-]{1,40})?|[A-Z]{2,}(?:-[A-Z0-9]{2,}){2,})$/u;
/** A place the gazetteer knows, alone on its line in capitals (`ANKARA`, `NEW DELHI`): a dateline set apart. */
function isPlaceAlone(text: string): boolean {
  const place = text.trim();
  return place.length <= 40 && !/\p{Ll}/u.test(place) && /\p{Lu}/u.test(place) && isKnownPlace(place);
}

/** A photo's caption an AP story carries (`FILE - In this June 5, 2019, file photo, …`): no lede. */
const PHOTO_CAPTION = /^FILE ?[-–—] /u;
/** A link to another story that a copy saved from a news site keeps: `Read also`, then that story's headline. */
const READ_ALSO = /^(?:Read (?:also|more)|Also read|See also|Related(?: news| articles| stories| coverage| content)?|Keep reading|More on this story|Читайте также|Смотрите также)[:.]?$/iu;
/** Most headlines of other stories a `Related coverage` list holds, one a line. */
const MAX_LINKED = 6;
/** A page's share buttons, one a line, under `Share` or `Share this with`. */
const SHARE = /^(?:Share(?: this(?: with| story| article)?)?|Поделиться)[:.]?$/iu;
const SHARE_TARGET = /^(?:Facebook|Twitter|X|Email|E-mail|WhatsApp|Messenger|LinkedIn|Telegram|Reddit|Pinterest|Print|Copy(?: this)? link|ВКонтакте|Одноклассники)$/u;
/** A page's notes about its pictures (BBC's `Image copyright Reuters`, `Image caption …`, `Media caption …`) and its standards. */
const PAGE_NOTE = /^(?:Image (?:copyright|caption|source)|Media caption|Getty Images$|Our Standards: The Thomson Reuters Trust Principles\.?$)/u;
/** A copyright notice closing a page: `Copyright 2019 United Press International, Inc. All Rights Reserved.`, `(c) Agencia EFE`. */
const COPYRIGHT = /^(?:Copyright|\(c\)|©)\s?(?:\d{4},?\s)?(?:\p{Lu}[\p{L}.&'’-]*,?\s(?:(?:of|the|and|&)\s)?){0,5}\p{Lu}[\p{L}.&'’-]*(?:\.?,?\s*All (?:R|r)ights (?:R|r)eserved)?\.?$/u;
/** A button's words that a copy saved from a news site keeps: `More`, `Show more`. */
const BUTTON = /^(?:More|Show more|Load more|Подробнее|Ещё|Еще)$/u;
/** A news site's list of its tags for the story, at its end: `Tags`, then a tag a line; or `Tags: a, b`. */
const TAGS = /^(?:Tags|Теги)$/u;
const TAG_LIST = /^(?:Tags|Теги):\s*[^.!?]{1,300}$/u;
/** A tag on a line of its own: a few words, no sentence, no list's point. */
const TAG_LINE = /^(?![-*•]\s)[^.!?,;:]{1,40}$/u;
/** Most tags a story's list of them holds. */
const MAX_TAGS = 15;
/** TASS under its names, in Latin and Cyrillic letters: its name of 1992-2014 too, as saved pages of its copy keep it. */
const TASS_NAMES = String.raw`TASS|ITAR-TASS|ТАСС|ИТАР-ТАСС`;
/** The agencies and photo banks a photo's credit names last: `Alexander Shcherbak/TASS`, `© Reuters`. */
const PHOTO_AGENCY = String.raw`(?:${TASS_NAMES}|AP|AP Photo|AFP|Reuters|EPA|EPA-EFE|Getty Images|Sputnik|RIA Novosti|РИА Новости|Xinhua|Kremlin\.ru|Bloomberg|Anadolu|Shutterstock)`;
/**
 * A photo's caption and credit, without its photo: `Lavrov © Alexander Shcherbak/TASS`,
 * `© Mikhail Klimentyev/Russian Presidential Press and Information Office/TASS`, `Photo: Russian
 * Defense Ministry press service/TASS`: the credit ends in a photo agency's name.
 */
const PHOTO_CREDIT = new RegExp(
  String.raw`^(?:[^©.!?]{0,150}\s)?©\s?(?:[^©.!?/]{1,80}/){0,4}${PHOTO_AGENCY}(?: Photo)?$|^(?:Photo|Photos|Фото)\s?[:©]\s?(?:[^.!?/]{1,80}/){0,4}${PHOTO_AGENCY}$`,
  'u',
);
/** How every line withoutPageLeftovers takes out begins or ends. */
const LEFTOVER_HINT = /^(?:Read|Also|See|Related|Keep|Share|Поделиться|Image|Media|Our Standards|Copyright|\(c\)|Читайте|Смотрите|More|Show|Load|Подробнее|Ещ|Еще|Tags|Теги|Photo|Фото)|©|\/\.?$/iu;
/** The agency's name in slashes ending a paragraph, where a saved page left it: `… over sanctions. /TASS/`. */
const TRAILING_AGENCY = new RegExp(String.raw`(?<!\s)\s+\/(?:${TASS_NAMES})\/\.?$`, 'u');

/**
 * Leaves out what a copy of a news site's page keeps besides the story: links to
 * other stories (`Read also` and the headline under it), buttons (`Show more`), the list of tags
 * at the end, captions and credits of photos that are not there, and the agency's name left
 * after a paragraph. Each only on a line of its own, as the page laid them out; a line that
 * reads as a sentence is the story's, whatever it starts with.
 */
function withoutPageLeftovers(paras: Line[]): Line[] {
  // Most stories have none: their paragraphs are each looked at once, no more.
  if (!paras.some((p) => LEFTOVER_HINT.test(p.text))) return paras;
  // Where the paragraphs from each one on are all tags (a few words each): a list of tags ends the story.
  const tagsFrom = new Int32Array(paras.length + 1);
  for (let i = paras.length - 1; i >= 0; i--) tagsFrom[i] = TAG_LINE.test(paras[i]!.text) ? tagsFrom[i + 1]! + 1 : 0;
  const kept: Line[] = [];
  for (let i = 0; i < paras.length; i++) {
    const text = paras[i]!.text;
    if (READ_ALSO.test(text)) {
      // The headlines of the stories it links to, when they follow and more of the story after them: lines, no full stop.
      // (At the story's end too; never the list of tags after them.)
      for (let n = 0; n < MAX_LINKED; n++) {
        const next = paras[i + 1];
        if (next === undefined || kept.length === 0 || next.text.length > 150 || SENTENCE_END.test(next.text) || TAGS.test(next.text) || READ_ALSO.test(next.text)) break;
        i++;
      }
    } else if (SHARE.test(text) && SHARE_TARGET.test(paras[i + 1]?.text ?? '')) {
      while (SHARE_TARGET.test(paras[i + 1]?.text ?? '')) i++;
    } else if (PAGE_NOTE.test(text) || (i >= paras.length - 2 && i > 0 && text.length <= 160 && COPYRIGHT.test(text))) {
      continue;
    } else if (TAGS.test(text) && tagsFrom[i + 1] === paras.length - i - 1 && paras.length - i - 1 <= MAX_TAGS) {
      break;
    } else if (!(BUTTON.test(text) || ((text.includes('©') || /^(?:Photo|Фото)/u.test(text)) && PHOTO_CREDIT.test(text)) || (TAG_LIST.test(text) && i === paras.length - 1))) {
      // (Not the agency of a dateline on a line of its own: `GENEVA, November 14. /TASS/.`.)
      kept.push(/\/\.?$/.test(text) && TRAILING_AGENCY.test(text) && datelineAlone(text) === null ? { ...paras[i]!, text: text.replace(TRAILING_AGENCY, '') } : paras[i]!);
    }
  }
  return kept;
}

/** Most blocks looked at above the lede for a dateline on a line of its own: labels, notes, a byline, bullets. */
const MAX_ABOVE_LEDE = 8;

/**
 * A dateline on a line of its own above the story (`WASHINGTON (AP) —`, `GENEVA, November 14.
 * /TASS/.`, as copy wrapped after it sets it) joined to the paragraph under it, as if written on
 * its first line: the lede's, not a headline, a page's label or a paragraph of its own. Looked
 * for above the first paragraph that ends a sentence.
 */
function joinDatelineAlone(blocks: Block[]): void {
  for (let i = 0; i < Math.min(blocks.length - 1, MAX_ABOVE_LEDE); i++) {
    const alone = blocks[i]!;
    const told = blocks[i + 1]!;
    if (alone.type === 'html') continue;
    if (datelineAlone(alone.text) === null) {
      if (SENTENCE_END.test(alone.text)) return;
      continue;
    }
    if (told.type !== 'paragraph') return;
    const joined = `${alone.text.trim()} ${told.text}`;
    if (parseDateline(joined)?.rest === told.text.trim()) blocks.splice(i, 2, { type: 'paragraph', text: joined });
    return;
  }
}

/** The line that closes a release on the newswires (`SOURCE Acme Corp`): its issuer, for editors. */
const RELEASE_SOURCE = /^SOURCE \S[^.!?]{0,100}$/u;
/** A story continued on the next page of the wire: `MORE`, `(MORE)`, `-MORE-`. */
const PAGE_MARK = /^[(-]?MORE[)-]?$/;
/** An editor's note above a story: `EDITOR'S NOTE: …`, Reuters' `(Adds analyst comment, details in paragraphs 5-7)`, AP's `Eds: UPDATES …`, Yonhap's `(ATTN: …)`. */
const EDITORS_NOTE = /^(?:EDITOR[’']?S NOTE\b|Editor[’']s note:|EDS?:|Eds?:|\(ATTN:|\((?:Adds|Updates|Corrects|Recasts|Refiles|Repeats|Changes|Rewrites|Fixes|Removes|Deletes|Inserts)\b[^()]*\)$)/u;
/**
 * A correction or clarification set above the story (`CORRECTION: An earlier version of this
 * story misstated …`): a note to readers, as an editor's note is, when it is a sentence of six
 * words or more. Shorter and with no stop (`Correction: Election 2024-Senate story`, AP's
 * corrections), it is a headline.
 */
const CORRECTION_NOTE = /^(?:CORRECTION|CLARIFICATION|Correction|Clarification)S?\s?[:—–-]\s+(?:\S+\s+){5,}\S*[.!?]["”’)]*$/u;
/** An editor's note or a correction above the story: text for readers, no headline and no lede. */
function isEditorsNote(text: string): boolean {
  return EDITORS_NOTE.test(text) || CORRECTION_NOTE.test(text);
}
/**
 * What a wire prints before a headline, its kind or its version (Reuters' `UPDATE 2-`,
 * `CORRECTED-`, `EXCLUSIVE-`, `GLOBAL MARKETS-`; `BREAKING: `; Yonhap's `(LEAD) `, `(2nd LD) `):
 * no part of the title.
 */
const TITLE_TAGS = /^(?:(?:CORRECTED|REFILE|RPT|UPDATE \d+|EXCLUSIVE|INSTANT VIEW|FACTBOX|ANALYSIS|WRAPUP(?: \d+)?|GLOBAL MARKETS|BREAKINGVIEWS|URGENT|BREAKING|FLASH)(?:-| ?: )|\((?:LEAD|\d+(?:st|nd|rd|th) LD(?:, [^()]{1,40})?|URGENT|CORRECTED|UPDATED?)\) )+(?=\S)/u;

/** The last part of a saved page's title, after a bar, a dot or a dash (`Brexit Talks Collapse - BBC News`). */
const TITLE_PART_AFTER = / (\||[·•]|[-–—]) ([^|·•]+)$/u;
/** A name of four words at most, as an outlet's is written: `BBC News`, `The Washington Post`. */
const OUTLET_NAME = /^\p{Lu}[\p{L}.&'’]*(?: (?:[\p{Lu}\p{N}][\p{L}\p{N}.&'’]*|of|the|and|&)){0,3}$/u;
/** A page's section, named between its headline and its outlet (`| Opinion | The Guardian`). */
const SECTIONS = new Set('opinion world politics business sport sports technology tech culture science health analysis commentary comment editorial news live environment economy markets'.split(' '));
/** Most parts a page's title names after its headline: its section, its outlet, when it was posted. */
const MAX_TITLE_PARTS = 3;
/** The outlets a page's title may name after its headline: the gazetteer's, and the agencies'. */
const KNOWN_OUTLETS = new Set(
  [...NEWS_MEDIA, 'Reuters', 'AP', 'AP News', 'AFP', 'ANSA', 'Kyodo', 'Xinhua', 'TASS', 'dpa', 'Press Association', 'PA Media', 'The Verge', 'Wired', 'TechCrunch', 'Ars Technica', 'Engadget']
    .map((name) => name.toLowerCase().replace(/^the /, '')),
);

/** What follows an outlet's name in its pages' titles: its section or edition. */
const EDITIONS = new Set([...SECTIONS, 'english', 'arabic', 'online', 'us', 'uk', 'international', 'asia', 'africa', 'europe', 'america', 'edition']);

/** A known outlet's name (see KNOWN_OUTLETS), or one with its section or edition after it (`BBC Sport`, `CNN Politics`, `Al Jazeera English`). */
function isKnownOutlet(part: string): boolean {
  const w = part.toLowerCase().replace(/^the /, '').split(' ');
  for (let n = w.length; n >= Math.max(1, w.length - 2); n--) if (KNOWN_OUTLETS.has(w.slice(0, n).join(' ')) && w.slice(n).every((x) => EDITIONS.has(x))) return true;
  return false;
}

/**
 * A headline without the tags a wire prints before it (see TITLE_TAGS), nor what a page's title
 * names after it: its outlet (`| Reuters`, `- The Washington Post`, see isKnownOutlet), and
 * after a bar or dot, when it was posted (`· Updated Nov 14, 2023`). `Paris - Berlin` stays.
 */
function stripTitleTags(headline: string): string {
  let text = headline.replace(TITLE_TAGS, '');
  // A line longer than a title can be is refused as one, whatever it names (and its parts were looked for in time growing with its square).
  if (text.length > MAX_TITLE) return text;
  let stamped = false;
  let named = false;
  // A few parts, each looked for at the end of what is left: a line of a thousand bars is no title.
  for (let parts = 0, m = TITLE_PART_AFTER.exec(text); m !== null && parts < MAX_TITLE_PARTS; parts++, m = TITLE_PART_AFTER.exec(text)) {
    const part = m[2]!.trim();
    const dashed = /[-–—]/u.test(m[1]!);
    // Any name before a stamp set apart by dots (`· The Verge · Updated …`) is the outlet's.
    const outlet = OUTLET_NAME.test(part) && (isKnownOutlet(part) || (stamped && !dashed));
    // A stamp says when, with words: a year alone (`| 2023`) is the headline's.
    const stamp = !dashed && isStampLine(part) && /\p{L}/u.test(part);
    const section = named && !dashed && SECTIONS.has(part.toLowerCase());
    const rest = text.slice(0, m.index).trim();
    if (!(outlet || stamp || section) || words(rest).length < 2) break;
    stamped ||= stamp;
    named ||= outlet;
    text = rest;
  }
  return text;
}

/** Xinhua's editor after its end mark: `(Editor: Zhang Xin)`, `（责任编辑：张新）`. */
const XINHUA_EDITOR = /^[(（](?:Editor|Editors|责任编辑|编辑)[:：]\s*[^()（）]{1,40}[)）]$/u;

/** A line that is a bullet point: `* `, `- `, `• ` and text. */
const BULLET = /^(?:[*•·‣▪–-]|--)\s+\S/u;

/** Whether the first paragraph of these lines, past bullets and a byline, opens with a dateline. */
function datelineFollows(lines: Line[]): boolean {
  const first = paragraphs(lines).find((p) => !isByline(p.text) && !BULLET.test(p.text) && !isEditorsNote(p.text) && !WIRE_TAG.test(p.text));
  return first !== undefined && (parseDateline(first.text) !== null || datelineAlone(first.text) !== null);
}

/** Splits body lines into paragraphs, each with the line it starts on. */
function paragraphs(lines: Line[]): Line[] {
  const groups: Line[][] = [[]];
  for (const line of lines) {
    // A line of nothing visible (spaces, a zero-width space) separates paragraphs.
    if (/^[\s\p{Cf}]*$/u.test(line.text)) {
      if ((groups.at(-1) ?? []).length > 0) groups.push([]);
    } else {
      groups.at(-1)?.push(line);
    }
  }
  const out: Line[] = [];
  const parted = splitAtDatelines(groups).flatMap(splitAtIndents);
  for (const group of parted.flatMap((g, i) => (i < HEADER_GROUPS ? splitHeader(g).flatMap(splitTitleAbove) : [g]))) {
    if (group.length === 0) continue;
    const first = group[0] as Line;
    if (isColumns(group)) {
      // Lines above the table with no gap between columns (its headline, `NBA standings`, and
      // heading, `EASTERN CONFERENCE`) are paragraphs of their own, above it.
      let start = 0;
      while (start < group.length - 3 && !COLUMN_GAP.test(group[start]!.text) && isColumns(group.slice(start + 1))) start++;
      for (const l of group.slice(0, start)) out.push({ text: l.text.trim(), number: l.number });
      const table = group.slice(start);
      out.push({ text: table.map((l) => l.text.replace(/\t/g, '    ')).join('\n'), number: table[0]!.number, columns: true });
    } else if (group.length > 1 && looksWrapped(group)) {
      out.push({ text: group.map((l) => l.text.trim()).join(' '), number: first.number });
    } else {
      for (const l of group) out.push({ text: l.text.trim(), number: l.number });
    }
  }
  return out;
}

/**
 * A group opened by a headline in Title Case with its story right under it, no blank line
 * between (`Council Approves New Budget After Long Debate` / `The council approved …`): the
 * headline a paragraph of its own. Not the first line of a wrapped paragraph, which is as long
 * as the lines under it (but the last), and runs on into the next.
 */
function splitTitleAbove(group: Line[]): Line[][] {
  // (A header splitHeader parted comes as groups of one line.)
  if (group.length < 2 || isColumns(group)) return [group];
  const first = group[0]!.text.trim();
  // The width the lines under it are wrapped at: the longest of a few (the last of a paragraph is shorter).
  const below = group.slice(1, WIDTH_LINES + 1).map((l) => l.text.trim());
  let wrapWidth = 0;
  for (const line of below.length > 1 && below.length === group.length - 1 ? below.slice(0, -1) : below) wrapWidth = Math.max(wrapWidth, line.length);
  // A page's title with its outlet or time after it (see stripTitleTags) is a headline whatever its length.
  const headline = stripTitleTags(first);
  const titled = isTitleCaseLine(headline) && (headline !== first || first.length <= wrapWidth * 0.85);
  return titled && /^["'“‘(]?\p{Lu}/u.test(below[0]!) ? [[group[0]!], group.slice(1)] : [group];
}

/** Lines looked at for the width a paragraph is wrapped at. */
const WIDTH_LINES = 8;

/** A line in Title Case: three words or more, each capitalised but articles, short prepositions and conjunctions, ending in no punctuation, holding no comma. */
function isTitleCaseLine(text: string): boolean {
  const w = words(text);
  return w.length >= 3 && w.length <= 16 && !/[.,;:!?]["'”’)]*$/u.test(text) && !text.includes(', ') && !RUN_ON.test(text) && w.every((x, i) => /^["'“‘(]?[\p{Lu}\p{N}]/u.test(x) || (i > 0 && TITLE_SMALL_WORDS.has(x)));
}

/** How many groups of lines from the top may hold a page's header: under a label or two (`Opinion`). */
const HEADER_GROUPS = 3;
/** Most lines a page's header holds: headline, deck, byline, time. */
const MAX_HEADER_LINES = 6;
/** Longest line of a header: a deck of a sentence or two. */
const MAX_HEADER_LINE = 250;

/**
 * A group of lines parted when it is a page's header set with no blank line between its lines
 * (`Headline` / `Deck` / `Jane Doe · CBC News · Posted: Nov 14, 2023`): each line a paragraph
 * of its own (see isHeader).
 */
function splitHeader(group: Line[]): Line[][] {
  return isHeader(group) ? group.map((l) => [l]) : [group];
}

/**
 * Whether a group of a few lines is a page's header: it ends in a byline or time stamp (or
 * several), with a blank line under it, and each line above those stands on its own: it runs
 * no sentence on (it ends in no comma, dash or word such as `the`) and the next opens with a
 * capital. A wrapped paragraph runs its sentences on from line to line, and a line of it that
 * happens to read as a byline has more of the paragraph under it.
 */
function isHeader(group: Line[]): boolean {
  if (group.length < 2 || group.length > MAX_HEADER_LINES) return false;
  const texts = group.map((l) => l.text.trim());
  let at = texts.length;
  while (at > 0 && isHeaderMark(texts[at - 1]!)) at--;
  return at < texts.length && texts.slice(0, at).every((t, i) => standsAlone(t, texts[i + 1]!));
}

/** A header's byline (names: `By Tuesday the council …` opens a sentence) or its time stamp (`Posted: Nov 14, 2023 4:00 AM EST`). */
function isHeaderMark(text: string): boolean {
  return isStampLine(text) || (isByline(text) && !NOT_A_NAME.test(text) && bylineNames(text).names.length > 0);
}

/** Whether a line of a header stands on its own rather than running on into the next. */
function standsAlone(text: string, next: string): boolean {
  return text.length <= MAX_HEADER_LINE && !/[,;:–—-]$/u.test(text) && !RUN_ON.test(text) && /^["'“‘(]?[\p{Lu}\p{N}]/u.test(next);
}

/** A line indented as typewritten copy opens its paragraphs: a tab, or two spaces or more. */
const INDENTED = /^(?:\t| {2,})\S/;

/**
 * A group of lines parted where a line is indented, as copy of the 1990s and earlier marks its
 * paragraphs with no blank line between them (`   MOSCOW, March 2 (Reuter) - …`, wrapped at 70
 * columns): when some of its lines are indented and the lines between them are not, each
 * indented line opens a paragraph. A table in columns is left whole.
 */
function splitAtIndents(group: Line[]): Line[][] {
  const indented = group.map((l) => INDENTED.test(l.text));
  const count = indented.filter(Boolean).length;
  if (count < 2 || count === group.length || isColumns(group)) return [group];
  const out: Line[][] = [];
  let from = 0;
  for (let i = 1; i < group.length; i++) {
    if (indented[i]) {
      out.push(group.slice(from, i));
      from = i;
    }
  }
  out.push(group.slice(from));
  return out;
}

/**
 * Groups of lines parted where a line opens with a dateline (`PARIS (AP) — …`): a headline with
 * the story right under it, no blank line between, is no wrapped paragraph of one.
 */
function splitAtDatelines(groups: Line[][]): Line[][] {
  const out: Line[][] = [];
  for (const group of groups) {
    let from = 0;
    for (let i = 1; i < group.length; i++) {
      if (parseDateline(group[i]!.text.trim()) !== null) {
        out.push(group.slice(from, i));
        from = i;
      }
    }
    out.push(group.slice(from));
  }
  return out;
}

/** A numbered point: its number, `.` or `)`, and text. */
const NUMBERED_ITEM = /^(\d{1,2})[.)]\s+(\S.*)$/su;

/** Whether a list of two points or more starts at `at`: bullets, or points numbered from 1. */
function listStarts(paras: Line[], at: number): boolean {
  const next = paras[at + 1];
  if (next === undefined) return false;
  // Points are a list or not as a whole, judged from the first (see bulletsEnd): none starts inside them.
  if (LIST_ITEM.test(paras[at]!.text) && LIST_ITEM.test(next.text)) return !(at > 0 && LIST_ITEM.test(paras[at - 1]!.text)) && !isDialogue(paras, at);
  return NUMBERED_ITEM.exec(paras[at]!.text)?.[1] === '1' && NUMBERED_ITEM.exec(next.text)?.[1] === '2';
}

/** A row of a table written with pipes: `Month | 2017 | 2018`, `| a | b |`; a line of the header's dashes, `---|:---:`. */
const PIPE_ROW = /^\|?[^|\n]*(?:\|[^|\n]*){1,30}\|?$/u;
const PIPE_RULE = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$/u;
/** A row that opens and closes with a pipe: `| Boston | 10 |`, `|---|---|`. */
const BOXED_PIPE_ROW = /^\|.*\|$/u;

/** The cells of a row written with pipes, without the pipes that open and close it. */
function pipeCells(row: string): string[] {
  return row.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
}

/**
 * Where rows of a table written with pipes end, from `at`: after two rows or more of as many
 * cells (two or more, none of them a sentence's worth), on lines one after the other, else at `at`.
 */
function pipeRowsEnd(paras: Line[], at: number): number {
  const first = paras[at]?.text ?? '';
  if (!first.includes('|') || !PIPE_ROW.test(first)) return at;
  const width = pipeCells(first).length;
  let end = at;
  if (width < 2) return at;
  // Rows on lines one after the other, each judged once, so that a run that is no table costs no
  // more than one that is. A blank line ends the table, unless the rows on both sides of it (one
  // or two) open and close with a pipe (`| Boston | 10 |`), as Markdown's are written.
  const next = (i: number): boolean => {
    const gap = paras[i]!.number - paras[i - 1]!.number;
    return gap === 1 || (gap <= 3 && BOXED_PIPE_ROW.test(paras[i]!.text) && BOXED_PIPE_ROW.test(paras[i - 1]!.text));
  };
  while (end < paras.length && (end === at || next(end)) && PIPE_ROW.test(paras[end]!.text)) {
    const text = paras[end]!.text;
    if (!PIPE_RULE.test(text)) {
      const cells = pipeCells(text);
      if (cells.length !== width || cells.some((c) => c.length > 80)) break;
    }
    end++;
  }
  return end - at >= 2 ? end : at;
}

/** A table of rows written with pipes: the first row its header when a line of dashes follows it. */
function pipeTable(rows: string[]): string {
  const header = rows.length > 2 && PIPE_RULE.test(rows[1]!) ? rows[0]! : null;
  const body = rows.filter((r, i) => !PIPE_RULE.test(r) && !(header !== null && i === 0));
  const row = (r: string, cell: 'th' | 'td'): string => `<tr>${pipeCells(r).map((c) => `<${cell}>${escapeHtml(c)}</${cell}>`).join('')}</tr>\n`;
  // As a Markdown table is rendered (see markdown.ts): it scrolls inside the article when wide.
  return `<table tabindex="0">\n${header !== null ? `<thead>\n${row(header, 'th')}</thead>\n` : ''}<tbody>\n${body.map((r) => row(r, 'td')).join('')}</tbody>\n</table>\n`;
}

/** A line of one mark, three times or more (`___`, `* * *`, `=====`): no text, a rule. (`###` ends a story: see END_MARK.) */
const RULE = /^([-_=*~•·—–])(?: ?\1){2,}$/u;
const RULE_BLOCK: Block = { type: 'html', html: '<hr>\n' };

/**
 * Where the bullet points from `at` end: after two or more, or at `at` when there is no list.
 * Questions and answers, each opened by a dash (`- Mr. Ryabkov, how would you assess …?`,
 * `- Unfortunately, …`), are an interview's, not a list: a question among them, and an answer
 * of more than a sentence.
 */
function bulletsEnd(paras: Line[], at: number): number {
  let end = at;
  while (end < paras.length && LIST_ITEM.test(paras[end]!.text)) end++;
  return end - at < 2 || isDialogue(paras, at) ? at : end;
}

/** Whether the dashed points from `at` are questions and answers (see bulletsEnd), judged by the first few: a list is told as soon. */
function isDialogue(paras: Line[], at: number): boolean {
  const items: string[] = [];
  for (let i = at; i < paras.length && items.length < 20 && LIST_ITEM.test(paras[i]!.text); i++) items.push(paras[i]!.text);
  return items.some((t) => /\?["”’]?$/u.test(t)) && items.some((t) => /[.!?]["”’]?\s+\S/u.test(t.slice(2)));
}

/** A bullet point as a list's: `* `, `• `, `- ` or Xinhua's `-- ` and text (a dash of dialogue, `– `, is no bullet). */
const LIST_ITEM = /^(?:[*•-]|--)\s+(\S.*)$/su;

/**
 * The blocks of the body's paragraphs: a run of two or more bullet points (Reuters' main points,
 * `* Brent up 0.5%`) is a list, its markers dropped; see paragraphBlocks for the rest.
 */
function toBlocks(paras: Line[], firstIsLede: boolean): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < paras.length; ) {
    // A line of one mark repeated (`___`, `* * *`, `-----`) parts the text: a rule, once, between blocks.
    if (RULE.test(paras[i]!.text)) {
      if (out.length > 0 && out.at(-1) !== RULE_BLOCK) out.push(RULE_BLOCK);
      i++;
      continue;
    }
    // Rows of cells between pipes (`Month | 2017 | 2018`): a table.
    const rows = pipeRowsEnd(paras, i);
    if (rows > i) {
      out.push({ type: 'html', html: pipeTable(paras.slice(i, rows).map((p) => p.text)) });
      i = rows;
      continue;
    }
    // A table in columns of spaces, shown as set, in a box that scrolls sideways rather than widen the page.
    if (paras[i]!.columns) {
      out.push({ type: 'html', html: `<pre tabindex="0">${escapeHtml(paras[i]!.text)}</pre>\n` });
      i++;
      continue;
    }
    let end = bulletsEnd(paras, i);
    if (end - i >= 2) {
      const items = paras.slice(i, end).map((p) => `<li>${escapeHtml(LIST_ITEM.exec(p.text)![1]!)}</li>\n`);
      out.push({ type: 'html', html: `<ul>\n${items.join('')}</ul>\n` });
      i = end;
      continue;
    }
    // Numbered points, counted from 1 (`1. Wash your hands`, `2) Keep your distance`): a numbered list.
    end = i;
    while (end < paras.length && Number(NUMBERED_ITEM.exec(paras[end]!.text)?.[1]) === end - i + 1) end++;
    if (end - i >= 2) {
      const items = paras.slice(i, end).map((p) => `<li>${escapeHtml(NUMBERED_ITEM.exec(p.text)![2]!)}</li>\n`);
      out.push({ type: 'html', html: `<ol>\n${items.join('')}</ol>\n` });
      i = end;
      continue;
    }
    // Up to the next table or list, looked for from here: from the start each time, a body of
    // thousands of lists took time growing with its square (QA 21).
    let stop = i + 1;
    while (stop < paras.length && !paras[stop]!.columns && !RULE.test(paras[stop]!.text) && !listStarts(paras, stop) && pipeRowsEnd(paras, stop) === stop) stop++;
    // One by one: spread into push, 130,000 blocks overflowed the stack.
    for (const block of paragraphBlocks(paras.slice(i, stop), firstIsLede && i === 0, i > 0)) out.push(block);
    i = stop;
  }
  return out;
}

/**
 * Short unpunctuated lines that introduce a section; a run of them is a list, not headings. A
 * date (see isStampLine) is no heading, but counts in a run, as the line of a signature above it does.
 */
function paragraphBlocks(paras: Line[], firstIsLede: boolean, afterBlock: boolean): Block[] {
  const candidate = paras.map((p, i) => !(firstIsLede && i === 0) && isSubheadingCandidate(p.text));
  return paras.map((p, i): Block => {
    const next = paras[i + 1];
    // A byline (`By Ahmad Ghaddar`) is no subheading. The first line may be one after a list or a table.
    const heading =
      candidate[i] === true && (i > 0 || afterBlock) && next !== undefined && !candidate[i - 1] && !candidate[i + 1] &&
      !/^\p{Ll}/u.test(next.text) && !isByline(p.text) && !isStampLine(p.text);
    return heading ? { type: 'heading', text: p.text } : { type: 'paragraph', text: p.text };
  });
}

/** What a body of tables and lists alone holds, or null when it holds any other block (see untitledBecause). */
function tablesOrListsOnly(blocks: Block[]): 'table' | 'list' | 'both' | null {
  let tables = false;
  let lists = false;
  for (const b of blocks) {
    if (b === RULE_BLOCK) continue;
    if (b.type !== 'html') return null;
    if (/^<(?:pre|table)\b/.test(b.html)) tables = true;
    else if (/^<[uo]l\b/.test(b.html)) lists = true;
    else return null;
  }
  return tables && lists ? 'both' : tables ? 'table' : lists ? 'list' : null;
}

/** Why an article's body is no text: it is only a byline, an end mark or an agency's sign-off (quoted, cut at 80 characters), in text and Markdown seeds alike. */
export function noTextBecause(headline: boolean, only: 'a byline' | 'an end mark' | 'a sign-off', text: string): string {
  const shown = text.length > 80 ? `${text.slice(0, 80)}…` : text;
  return `the article has ${headline ? 'a headline but ' : ''}no text: its body is only ${only} ("${shown}")`;
}

/** Why an article with no headline and a body of tables and lists alone has no title, in text and Markdown seeds alike. */
export function untitledBecause(only: 'table' | 'list' | 'both'): string {
  return only === 'table'
    ? 'the article has no title: its body is only a table, and no headline is made from its cells'
    : only === 'list'
      ? 'the article has no title: its body is only a list, and no headline is made from its items'
      : 'the article has no title: its body is only tables and lists, and no headline is made from them';
}

export type TextParse = { ok: true; seed: TextSeed } | { ok: false; problems: SeedProblem[] };

export function parseTextSeed(content: string, file: string): TextParse {
  const lines: Line[] = content.split(/\r\n|\r|\n/).map((text, i) => ({ text: text.trimEnd(), number: i + 1 }));
  const problem = (line: number, message: string, hint?: string): TextParse => ({
    ok: false,
    problems: [{ file, line, message, ...(hint ? { hint } : {}) }],
  });

  const line1 = lines[0]?.text ?? '';
  const opening = DATE_OPENING.exec(line1)?.[0];
  const first = opening === undefined ? line1.replace(INVISIBLE, '') : opening.replace(INVISIBLE, '') + line1.slice(opening.length);
  const m = FIRST_LINE.exec(first);
  if (!m) {
    return first.trim() === ''
      ? problem(1, 'the first line is empty; it must be " date YYYY-MM-DD <headline>"', 'put the date line first')
      : problem(1, `the first line does not start with "date YYYY-MM-DD": "${first.slice(0, 60)}"`, 'write " date 2017-11-14 Headline" on line 1');
  }
  const rawDate = m[1] ?? '';
  const date = parseCalendarDate(rawDate);
  if (!date) {
    return problem(1, invalidDate(rawDate), 'use a real calendar date written YYYY-MM-DD, e.g. 2017-11-14');
  }

  // A wire's priority tag alone (`URGENT`, `FLASH`) is no headline.
  // So is a rest of nothing visible (a zero-width space an editor left after the date): the date is alone on line 1.
  const written = (m[2] ?? '').replace(INVISIBLE, '').trim() === '' ? '' : (m[2] ?? '');
  const rest = [WIRE_TAG, RELEASE_NOTICE, WIRE_SLUG].some((form) => form.test(written.trim())) ? '' : stripTitleTags(written.replace(/[\u2028\u2029]/g, ' ').trim());
  // A sentence on line 1 is the lede, unless the story's lede follows it under its own dateline
  // (`NEW YORK (AP) — …`): then line 1 is the headline, a question (`Why are so many …?`) or not.
  // An editor's note on line 1 (`EDITOR'S NOTE: This story contains …`) is text above the lede, no headline.
  // So is a dateline alone on line 1 (`GENEVA, November 14. /TASS/.`), the lede on the lines under it: it opens the lede.
  const ledeForm = rest !== '' && (isEditorsNote(rest) || datelineAlone(rest) !== null || (looksLikeLede(rest) && !datelineFollows(lines.slice(1)) && !isQuestionHeadline(rest, lines.slice(1))));
  let headline = ledeForm || rest === '' ? null : rest;
  // A lede on line 1 may be wrapped, as the lines after it: they are one paragraph then.
  // Tags of priority and pages (`URGENT`, `MORE`) on lines of their own are the teleprinter's,
  // a release's notice (`FOR IMMEDIATE RELEASE`) the newswire's.
  const allParas = paragraphs(ledeForm ? [{ text: rest, number: 1 }, ...lines.slice(1)] : lines.slice(1));
  // A press release (see RELEASE_NOTICE): its closing `SOURCE` line is for editors too (below).
  const release = RELEASE_NOTICE.test((m[2] ?? '').trim()) || allParas.some((p) => RELEASE_NOTICE.test(p.text));
  const bodyParas = withoutPageLeftovers(allParas.filter((p) => !WIRE_TAG.test(p.text) && !PAGE_MARK.test(p.text) && !RELEASE_NOTICE.test(p.text) && !WIRE_SLUG.test(p.text)));
  // What follows the story (codes, notices, share buttons, contacts: see endings.ts) is no text
  // of it; an agency's sign-off among it names the source still. A table ends the search.
  // So does a `Source:` line naming an agency (`Source: Xinhua`), and Anadolu's credit (`*Writing by Jane Doe`) names the reporters.
  const cutTail = bodyParas.splice(tailStart(bodyParas.map((p) => (p.columns ? null : [p.text])))).map((p) => p.text.trim());
  const cutSignOff = closingSource(cutTail);
  const cutCredits = cutTail.map(deskCreditLine).filter((c) => c !== null);
  // The date alone on line 1 and a headline on a line of its own under it, the story after it:
  // that line is the headline, not the lede too (a lede reads as one, see looksLikeLede).
  // Under a release's or a page's header (`THE WHITE HOUSE`, `Office of the Press Secretary`,
  // its date: labels, see isLabelLine), the headline is the line after it; the header stays as text.
  const header = rest === '' ? bodyParas.findIndex((p) => !isLabelLine(p.text)) : -1;
  // Or under a page's section label (`Opinion`, `World`: a word or three, not in capitals as a
  // dateline's place is), with the story after it.
  const section = (p: { text: string }): boolean => /\p{Ll}/u.test(p.text) && p.text.split(/\s+/).length <= 3 && !/\d/.test(p.text);
  const labelled = header > 0 && (release || bodyParas.slice(0, header).some((p) => isStampLine(p.text)) || (bodyParas.slice(0, header).every(section) && header + 1 < bodyParas.length));
  let under = labelled && headlineLine(bodyParas[header]!, lines) ? header : 0;
  // A section's label above a headline dated under it, the story after the date (tass.com:
  // `Russian Politics & Diplomacy` / `Putin holds annual news conference` / `December 23, 2021, 14:05`).
  const stamp = rest === '' && under === 0 ? bodyParas.slice(0, 6).findIndex((p) => isStampLine(p.text)) : -1;
  const story = bodyParas[stamp + 1];
  if (stamp >= 2 && story && bodyParas.slice(0, stamp - 1).every((p) => isLabelLine(p.text)) && (parseDateline(story.text) !== null || !headlineLine(story, lines)) && headlineLine(bodyParas[stamp - 1]!, lines)) {
    under = stamp - 1;
  }
  // A known place alone, in capitals, above the lede (`ANKARA`) is its dateline, not a headline (see placeAbove).
  // Nor is a table's first row of cells between pipes (`| Team | W | L |`).
  if (rest === '' && bodyParas.length >= under + 2 && headlineLine(bodyParas[under]!, lines, bodyParas[under + 1]) && pipeRowsEnd(bodyParas, under) === under && !isPlaceAlone(bodyParas[under]!.text) && bodyParas.slice(under + 1).some((p) => !END_MARK.test(p.text))) {
    headline = stripTitleTags(bodyParas.splice(under, 1)[0]!.text);
  }
  if (bodyParas.length === 0) {
    // Line 1 may hold the lede rather than a headline, when it reads as a headline (short, many capitals): the hint says how to mark it.
    return problem(1, headline ? 'the article has a headline but no text' : 'the article has no text', headline ? 'add the article body after the first line; if line 1 is the text itself, write " date YYYY-MM-DD" alone on line 1 and the text from line 2' : 'add the article body after the first line');
  }
  const blocks = toBlocks(bodyParas, true);
  joinDatelineAlone(blocks);
  // The marks that end wire copy (`-30-`, `###`) are the teleprinter's, not the reader's; also
  // one before the credit line that closes a story.
  const isEndMark = (b: Block | undefined): boolean => b?.type === 'paragraph' && END_MARK.test(b.text.trim());
  // Xinhua's editor, named after its end mark (`Enditem` / `(Editor: Zhang Xin)`), is the desk's too.
  const tail = blocks.at(-1);
  if (blocks.length > 2 && tail?.type === 'paragraph' && XINHUA_EDITOR.test(tail.text) && isEndMark(blocks.at(-2))) blocks.pop();
  // End marks and agencies' sign-offs alone (`###`, `-- PTI`, `(Reuters)`; rules between them at
  // most) are no story: the article has no text, and says so on the first one's line (published,
  // the mark was its text and summary).
  const isSignOff = (b: Block | undefined): boolean => b?.type === 'paragraph' && signOffAgency(b.text) !== null;
  const mark = blocks.find((b) => isEndMark(b) || isSignOff(b));
  if (mark?.type === 'paragraph' && blocks.every((b) => isEndMark(b) || isSignOff(b) || b === RULE_BLOCK)) {
    const text = mark.text.trim();
    const at = bodyParas.find((p) => p.text.trim() === text)?.number ?? 1;
    const only = isEndMark(mark) ? 'an end mark' : 'a sign-off';
    return problem(at, noTextBecause(Boolean(headline), only, text), `add the story above the ${only.replace(/^an? /, '')}`);
  }
  while (blocks.length > 1 && (isEndMark(blocks.at(-1)) || blocks.at(-1) === RULE_BLOCK)) blocks.pop();
  // An agency's sign-off (`-- BERNAMA`, `--IANS`): an end mark that names the source.
  const signed = blocks.at(-1);
  const lastSignOff = blocks.length > 1 && signed?.type === 'paragraph' && signOffAgency(signed.text) !== null ? closingSource([signed.text]) : null;
  if (lastSignOff) blocks.pop();
  const signOff = lastSignOff ?? cutSignOff;
  // An end mark run on at the end of the last paragraph (`… through Wednesday. Enditem`, `…。（完）`).
  const runOn = blocks.at(-1);
  if (runOn?.type === 'paragraph' && RUN_ON_END_MARK.test(runOn.text)) blocks[blocks.length - 1] = { type: 'paragraph', text: runOn.text.replace(RUN_ON_END_MARK, '') };
  // A release's last line names its issuer for editors (`SOURCE Acme Corp`), with the end mark
  // before it: in a release (a notice, a newswire's dateline) or after an end mark.
  const closing = blocks.at(-1);
  const newswire = (): boolean => {
    const first = blocks.find((b) => b.type === 'paragraph');
    return first?.type === 'paragraph' && NEWSWIRE_NAMES.has(parseDateline(first.text)?.source ?? '');
  };
  if (blocks.length > 1 && closing?.type === 'paragraph' && RELEASE_SOURCE.test(closing.text) && (release || isEndMark(blocks.at(-2)) || newswire())) {
    blocks.pop();
    while (blocks.length > 1 && (isEndMark(blocks.at(-1)) || blocks.at(-1) === RULE_BLOCK)) blocks.pop();
  }
  const last = blocks.at(-1);
  if (blocks.length > 2 && last?.type === 'paragraph' && creditReporters(last.text.trim()) !== null && isEndMark(blocks.at(-2))) blocks.splice(-2, 1);
  const authors = wireAuthors(blocks);
  // Else the reporters of Anadolu's credit after an asterisk, cut with what followed the story.
  if (authors.length === 0) authors.push(...new Set(cutCredits.flatMap((c) => creditReporters(c) ?? [])));
  // Else the writers of Dow Jones's line to write to (`Write to Jane Doe at jane.doe@wsj.com`), cut with it.
  if (authors.length === 0) authors.push(...new Set(cutTail.flatMap((t) => writerNames(t) ?? [])));
  // A byline and nothing else (its outlet under it at most): the article has no text, and says so
  // (it had no title, or the byline for text, lede and summary).
  const byline = blocks.find((b) => b.type === 'paragraph' && surelyByline(b.text.trim()));
  if (byline?.type === 'paragraph' && blocks.every((b) => b === byline || (b.type === 'paragraph' && isOutletOrRole(b.text.trim())))) {
    const at = bodyParas.find((p) => p.text.trim() === byline.text.trim())?.number ?? 1;
    return problem(at, noTextBecause(Boolean(headline), 'a byline', byline.text.trim()), 'add the story under the byline');
  }

  // The lede is the first paragraph; a dateline opening it is lifted out and shown as such.
  // A byline (`By JOHN SMITH, Associated Press`) before it is no lede, nor are the bullets of a
  // story's main points above it (Reuters' `* Brent up 0.5%`).
  // Nor an editor's note above it (`EDITOR'S NOTE: …`, Reuters' `(Adds analyst comment)`), nor a photo's caption (`FILE - …`).
  const ledeLike = (b: Block): boolean => b.type === 'paragraph' && !isByline(b.text) && !BULLET.test(b.text) && !isEditorsNote(b.text) && !PHOTO_CAPTION.test(b.text);
  // Nor a page's label (`Political editor`, `Published 23 March 2020`), nor the headline said
  // again above the text (as releases repeat it, in capitals or not), where a paragraph of the story follows.
  const key = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();
  const repeatsHeadline = (text: string): boolean => headline !== null && key(text) === key(headline);
  const prose = blocks.findIndex((b) => ledeLike(b) && b.type === 'paragraph' && !isLabelLine(b.text) && !repeatsHeadline(b.text));
  let ledeIndex = prose >= 0 ? prose : blocks.findIndex(ledeLike);
  // Nor a headline's deck above a lede that opens with its dateline, as tass.com pages are saved
  // (`Lavrov says …` / `The Russian top diplomat said …` / `MOSCOW, March 13. /TASS/. …`), or
  // under a headline, above a lede that ends its sentence (`Cyclone Michaung makes landfall` /
  // `Heavy rain lashes coastal districts; Chennai limps back to normalcy` / `Severe cyclonic
  // storm Michaung crossed the coast …, the department said.`): it stays, as text.
  // (Past a page's label under the deck: `March 16th, 2022`.)
  const deck = blocks[ledeIndex];
  const belowAt = blocks.findIndex((b, i) => i > ledeIndex && !(b.type === 'paragraph' && isLabelLine(b.text)));
  const below = blocks[belowAt];
  if (deck?.type === 'paragraph' && below?.type === 'paragraph') {
    const aboveDateline = deck.text.length <= 250 && !SENTENCE_END.test(deck.text) && parseDateline(deck.text) === null && parseDateline(below.text) !== null;
    if (aboveDateline || (headline !== null && isDeckAbove(deck.text, below.text))) ledeIndex = belowAt;
  }
  // A known place alone in capitals right above the lede (`ANKARA`), as some wires and pages set
  // the dateline on a line of its own: the dateline, out of the body, when the lede has none.
  const lineAbove = blocks[ledeIndex - 1];
  let placeAbove: string | null = null;
  if (lineAbove?.type === 'paragraph' && isPlaceAlone(lineAbove.text) && blocks[ledeIndex]?.type === 'paragraph' && parseDateline((blocks[ledeIndex] as { text: string }).text) === null) {
    placeAbove = placeCase(lineAbove.text.trim());
    blocks.splice(ledeIndex - 1, 1);
    ledeIndex--;
  }
  // A dateline on a line of its own above the lede (`MADRID, 5 Dic. (EUROPA PRESS) -`, as
  // Europa Press's pages set it, or PTI's `NEW DELHI, Nov 15 (PTI)` wrapped there): the lede's,
  // as if written on its first line.
  const alone = blocks[ledeIndex];
  const told = blocks[ledeIndex + 1];
  if (alone?.type === 'paragraph' && told?.type === 'paragraph' && alone.text.length <= 100 && (/[-–—.:/]$/.test(alone.text.trim()) || datelineAlone(alone.text) !== null)) {
    const joined = `${alone.text.trim()} ${told.text}`;
    if (parseDateline(joined)?.rest === told.text.trim()) blocks.splice(ledeIndex, 2, { type: 'paragraph', text: joined });
  }
  const ledeBlock = blocks[ledeIndex];
  let lede = ledeBlock && ledeBlock.type === 'paragraph' ? ledeBlock.text : '';
  const dl = parseDateline(lede);
  // A dateline with no story after it (`GENEVA, November 14. /TASS/.` and nothing more, a copy
  // cut short) is no text: published, it was the title and the summary, the place unread.
  // (`GENEVA, November 14.` alone parses as a dateline, the agency after it its text.)
  if (ledeIndex === blocks.length - 1 && datelineAlone(lede) !== null) {
    const at = bodyParas.find((p) => p.text.trim() === lede.trim())?.number ?? 1;
    return problem(at, `the article has no text after its dateline "${lede.trim()}"`, 'add the story after the dateline, on the same line or the lines under it');
  }
  // Xinhua's and Yonhap's openings name the reporters.
  if (dl?.reporters && authors.length === 0) authors.push(...dl.reporters);
  if (dl && ledeBlock) {
    // A priority tag after the dateline (`MOSCOW, April 1. /TASS/. URGENT. The Kremlin…`) is no part of the story.
    lede = dl.rest.replace(TAG_BEFORE_TEXT, '');
    blocks[ledeIndex] = { type: 'paragraph', text: lede };
  }
  // An agency signing a lede after words that are no place (`قالت مصادر (رويترز) - …`): the source;
  // the sign leaves the text, as a dateline does, the words before it a line of their own where a
  // sentence starts anew after it (`Officials (Reuters) - The …`).
  const sign = dl === null && ledeBlock?.type === 'paragraph' ? agencySign(lede) : null;
  if (sign) {
    lede = unsignedLede(sign);
    blocks.splice(ledeIndex, 1, ...(sign.runsOn ? [] : [{ type: 'paragraph' as const, text: sign.words }]), { type: 'paragraph', text: lede });
  }
  if (headline && isAllCaps(headline)) headline = titleCase(headline);
  // No headline, and a body of tables and lists alone (a table set in columns, cells between
  // pipes, bullet points): their cells or items run together make no title; say so on the first.
  const only = headline === null ? tablesOrListsOnly(blocks) : null;
  if (only !== null) return problem(bodyParas.find((p) => !RULE.test(p.text))?.number ?? 1, untitledBecause(only), 'write a headline after the date on the first line');
  const title = headline ?? deriveTitle(lede);
  return {
    ok: true,
    seed: {
      date,
      headline,
      dateline: dl?.place ?? placeAbove ?? null,
      source: dl?.source ?? sign?.source ?? signOff,
      lede,
      title,
      titleDerived: headline === null,
      blocks,
      authors,
    },
  };
}
