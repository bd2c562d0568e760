// What agency copy and saved pages print after a story's last paragraph: transmission codes and
// times, copyright lines, the agency's notices, share buttons, a release's contacts, links to
// other stories, the author's biography. None of it is the story's text: it is left out of the
// body (as the end marks are, see bylines.ts), so that it shows as no text, enters no summary and
// names no topic. Only a run of such lines that reaches the body's end is cut, and only where
// one of them is sure (a mark, a notice, a labelled block): a line that merely looks like one
// (a time, a name after `Editor:`) is cut with them, never alone.
import { END_MARK } from './bylines.ts';
import { isKnownAgency, knownAgencyName } from './dateline.ts';
import { isStampLine, SENTENCE_END } from './labels.ts';

/** Editors' initials a wire prints after its name at the story's end: EFE's `mr/jd`, IANS's `ab/cd` (lower case, parted by slashes). */
const DESK_INITIALS = String.raw`(?:\s+[a-z]{2,4}(?:\/[a-z]{2,4}){1,4})?`;

/**
 * An agency's sign-off closing its story, and group 1 the agency: `-- BERNAMA`, `--IANS` (also
 * with its editors' initials, `--IANS ab/cd`), `-- VNA`, Dow Jones's `--Dow Jones Newswires`;
 * EFE's name with its editors' initials after it, or alone (`EFE mr/jd`, `EFE-EPA jd/mr`, `EFE`).
 */
export const SIGN_OFF = new RegExp(String.raw`^(?:-{2,}\s?(BERNAMA|IANS|PTI|VNA|ANTARA|KUNA|WAM|SPA|QNA|APP|BSS|PNA|MENA|IRNA|Dow Jones Newswires)${DESK_INITIALS}|(EFE)(?:-EPA)?${DESK_INITIALS})$`, 'u');

/**
 * Any agency the wires know (see knownAgencyName) signing off by its name alone, and group 1 or
 * 2 the name: after dashes (`-- AP`, `— Reuters`) or in brackets (`(Reuters)`, `(AFP)`).
 */
const NAMED_SIGN_OFF = /^(?:(?:-{2,}|[—–])\s?(\p{L}[\p{L} ]{0,20}?)|\((\p{L}[\p{L} ]{0,20}?)\))$/u;

/** The agency a sign-off names (see SIGN_OFF and NAMED_SIGN_OFF), or null when the line is none. */
export function signOffAgency(text: string): string | null {
  const line = text.trim();
  const m = SIGN_OFF.exec(line);
  if (m) return m[1] ?? m[2]!;
  const named = line.length <= 30 ? NAMED_SIGN_OFF.exec(line) : null;
  return named ? knownAgencyName(named[1] ?? named[2]!) : null;
}

/** The names the agencies signing in capitals go by in their datelines: `(Bernama)`. */
const SIGN_OFF_NAMES = new Map([
  ['BERNAMA', 'Bernama'],
  ['ANTARA', 'Antara'],
]);

/**
 * The source what was cut after a story names, as its datelines would write it: the agency of
 * a sign-off among those lines (`-- PTI`, `(Reuters)`, `-- BERNAMA`: Bernama), else of a
 * `Source:` line naming one the wires know (`Source: Xinhua`); else null. The source, in text
 * and Markdown seeds alike, when neither front matter nor a dateline gives one.
 */
export function closingSource(lines: readonly string[]): string | null {
  const agency = lines.map(signOffAgency).find((a) => a !== null) ?? lines.map(sourceLineAgency).find((a) => a !== null) ?? null;
  return agency === null ? null : (SIGN_OFF_NAMES.get(agency) ?? agency);
}

/** Most blocks, and lines, at a body's end looked at: a tail of notices is a few of each. */
const MAX_TAIL_BLOCKS = 40;
const MAX_TAIL_LINES = 80;
/** Longest line a notice can be (Anadolu's runs to 230 characters); a longer one is text. */
const MAX_NOTICE = 600;

/** The transmission's stamp after a sign-off: its time (`13:52 LOCAL TIME 10:52 GMT`, SPA's Arabic `13:52ت م`) and number (`0003`). */
function isStamp(text: string): boolean {
  return text.length <= 60 && /\d/u.test(text) && text.replace(/local time|gmt|utc|hrs|ت\s?[مغ]|[\d\s:./,()-]/giu, '') === '';
}

/** An agency's code for the story and its time of sending: APA's `APA0312 2023-12-05/11:42`. */
function isAgencyCode(text: string): boolean {
  const m = /^\p{Lu}{2,6}\d{3,6}\s+(.+)$/u.exec(text);
  return m !== null && isStamp(m[1]!) && /\d{1,2}:\d{2}|\d{4}-\d{2}-\d{2}/u.test(m[1]!);
}

/** An agency's name alone in brackets, as some sign their stories: `(ANTARA)`. */
const BRACKETED_AGENCY = /^\(\p{Lu}{2,10}\)$/u;

/** Who wrote, edited or translated the story, on a line of its own after the marks (Antara's `Editor: Rahmad Nasution`, Xinhua's `(Editor: Zhang Xin)`), and group 1 the names. */
const CREDIT = /^[(（]?(?:editors?|reporters?|writers?|translators?|producers?|editor in charge|translated by|edited by|compiled by|pewarta|penerjemah|redaktur|责任编辑|编辑)\s*[:：]\s*([^.!?()（）:]{1,80})[)）]?\.?$/iu;

/** Whether a line credits people by name (see CREDIT): words in capitals (or Chinese), no sentence after the colon. */
function isCredit(text: string): boolean {
  const names = CREDIT.exec(text)?.[1];
  return names !== undefined && names.split(/[\s,;/]+/u).every((w) => w === '' || /^[\p{Lu}\p{sc=Han}]/u.test(w) || /^(?:and|&|de|da|del|van|von|bin|binti|al|el)$/u.test(w));
}
/** Editors' initials a wire prints before its end mark: Lusa's `SBR // VM`. */
const INITIALS = /^\p{Lu}{2,4}(?:\s?\/\/?\s?\p{Lu}{2,4})+$/u;

/** A copyright line's opening: `Copyright ©`, `Copyright 2023`, `© 2023`, `(c) Copyright`, `(c) 2023` (a letter in brackets before anything else opens a list's item). */
const COPYRIGHT_OPENING = /^(?:copyright\s*(?:©|\(c\))?|©|\(c\)\s*copyright|\(c\)(?=\s*\d{4}\b))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s*)?/iu;
/** `All rights reserved`, also in Italian (ANSA's `RIPRODUZIONE RISERVATA`), Spanish, Portuguese, French and German. */
const ALL_RIGHTS_WORDS = String.raw`(?:all rights reserved|riproduzione riservata|(?:todos los )?derechos reservados|todos os direitos reservados|tous droits réservés|alle rechte vorbehalten)`;
const ALL_RIGHTS = new RegExp(String.raw`\b${ALL_RIGHTS_WORDS}\b`, 'iu');
/** The words first, the copyright after them: ANSA's `ALL RIGHTS RESERVED © Copyright ANSA`. */
const ALL_RIGHTS_FIRST = new RegExp(String.raw`^${ALL_RIGHTS_WORDS}[.,:]?\s*`, 'iu');
/** What AP and others forbid of their copy: `This material may not be published, broadcast, rewritten or redistributed.` */
const REUSE = /\b(?:published|broadcast|rewritten|redistributed|reproduced|republished|copied|distributed|transmitted)\b/giu;

/**
 * A copyright line: `© 2023 Reuters. All rights reserved.`, `Copyright © ANTARA 2023`,
 * `Copyright 2023 The Associated Press. All rights reserved.`. Its holder is a name (words in
 * capitals, a year), or rights are reserved: `Copyright 2019 is the year the law changed.` and
 * `© 2020 lawsuit filed by …` are sentences.
 */
const MAX_COPYRIGHT = 300;

function isCopyright(text: string): boolean {
  if (text.length > MAX_COPYRIGHT) return false;
  const first = ALL_RIGHTS_FIRST.exec(text);
  if (first) return first[0].length === text.length || isCopyright(text.slice(first[0].length));
  const m = COPYRIGHT_OPENING.exec(text);
  if (!m || m[0].trim() === '' || (!/©|copyright/iu.test(m[0]) && !/\d/u.test(m[0]))) return false;
  if (ALL_RIGHTS.test(text)) return true;
  const holder = text.slice(m[0].length).replace(/\.$/u, '').split(/\s+/u).filter((w) => w !== '');
  return holder.length > 0 && holder.length <= 8 && holder.every((w) => /^[\p{Lu}\d(©]/u.test(w) || /^(?:of|the|and|&|by|für|de|del|la|le)$/iu.test(w));
}

/**
 * An agency's or a site's notice about its copy: Anadolu's (`Anadolu Agency website contains only
 * a portion of the news stories offered to subscribers …`), a site's running syndicated copy as
 * received (`This story has not been edited by NDTV staff and is auto-generated from a syndicated
 * feed.`), AP's terms of reuse, Reuters' `Click For Restrictions`.
 */
function isNotice(text: string): boolean {
  if (text.length > MAX_NOTICE) return false;
  // Each form by a word it must hold, found first without a pattern: every paragraph near a body's
  // end is asked, and four patterns over each cost an eighth of reading a seed.
  const lower = text.toLowerCase();
  if (lower.includes('subscri') && /\bonly (?:a portion|a part|part|some) of (?:the|its) (?:news|stories|news stories|content)\b/iu.test(text) && /\bcontact us\b|\bsubscription\b/iu.test(text)) return true;
  if (lower.includes(' feed') && /\b(?:syndicated|automated|agency|wire) feed\b/iu.test(text) && /\b(?:not been edited|auto-generated|automatically generated|generated from|published from|reworked|without modifications?)\b/iu.test(text)) return true;
  if (lower.includes('may not be') && (text.match(REUSE)?.length ?? 0) >= 3) return true;
  return lower.includes('click for restrictions');
}

/** A page's share buttons: `Share this article`, `Share on Facebook`, `Tweet`, WordPress's `Click to share on Twitter (Opens in new window)`. */
const SHARE = /^(?:click to )?(?:share|tweet|partager|compartir|compartilhar|teilen|condividi|поделиться)(?: this| (?:this|the) (?:page|article|story|post|video|link))?(?: (?:on|via|to|by|with) (?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|e-?mail|messenger|threads|bluesky))?(?: \(opens in new window\))?\s*[:.!]?$/iu;
/** A share button's platform, or a page's button beside them: only with a `Share` line (a platform named alone may be a story's word). */
const SHARE_TARGET = /^(?:click to (?:email|print)\b.{0,60}|facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|e-?mail|print|messenger|copy link|like this:?|like loading\.{3}|loading\.{3})$/iu;

/** A news agency credited for what the story drew on, as Canadian papers close theirs: `With files from The Canadian Press`. */
export function isFilesCredit(text: string): boolean {
  const m = /^[-—–]*\s*(?:with )?files from (.{2,120}?)\.?$/iu.exec(text);
  return m !== null && m[1]!.split(/[\s,]+/u).every((w) => w === '' || /^[\p{Lu}&]/u.test(w) || /^(?:the|and|of)$/u.test(w));
}

/** The labels of links to other stories. */
const LINK_LABEL = String.raw`(?:related(?: news| stories| story| articles?| content| coverage| reading| links?| topics)?|read more|read also|also read|see also|more on this(?: story| topic)?|more stories|you may also like|recommended (?:stories|articles|for you|reading)|lire aussi|à lire aussi|lea también|lee también|leer más|mehr zum thema|leia também|leia mais|читайте также|смотрите также)`;
/** A link to another story with its headline: `Related: …`, `READ MORE: …`; not a sentence, which is the story's (`Read more: The row began when …`). */
const LINK_FORM = new RegExp(String.raw`^${LINK_LABEL}\s*[:：|»>]\s*\S.{0,200}$`, 'iu');
const isLinkLine = (text: string): boolean => LINK_FORM.test(text) && !SENTENCE_END.test(text);
/** A label above links to other stories: `Related`, `Read more:`, `You may also like`. */
const LINK_HEADER = new RegExp(String.raw`^${LINK_LABEL}\s*[:：]?$`, 'iu');
/** Whether a line under such a label reads as a linked headline: a sentence, ended, is the story's (as text.ts's `Read also` judges). */
const isHeadlineLine = (text: string): boolean => text.length <= 200 && !SENTENCE_END.test(text);
const MAX_LINKS = 12;

/** A label that opens the author's biography: `ABOUT THE AUTHOR`, `About the authors:`. */
const AUTHOR_HEADER = /^(?:about (?:the )?(?:authors?|writers?|contributors?|columnist)|author bio(?:graphy)?|über (?:den autor|die autorin)|sobre (?:el autor|la autora|o autor|a autora)|à propos de l['’]auteur)\s*[:：]?$/iu;
/** The same with the biography after it on its line. */
const AUTHOR_LINE = /^about (?:the )?(?:authors?|writers?)\s*[:：]\s*\S/iu;
/** Most paragraphs, and characters, a biography under its label holds; beyond them it may be the story's text. */
const MAX_BIO_LINES = 4;
const MAX_BIO = 1500;

/**
 * A label that opens a release's contacts, or a wire's (Bloomberg's `To contact the reporter on this
 * story:`): `Media contact:`, `Contacts:`, `Investor Relations:`,
 * `For further information, contact:` (the contacts may follow on its line), and group 1 what follows it.
 */
const CONTACT_HEADER = /^(?:(?:to contact the (?:reporters?|editors?|authors?|writers?)(?: (?:on|of|for|responsible for) this (?:story|article|report))?|(?:for )?(?:media|press|investors?|analysts?|journalists?|news media|editorial|pr|public relations)(?: (?:and|&) (?:media|investors?|analysts?|press))? (?:contacts?|inquiries|enquiries|relations)|contacts?(?: information| details)?)\s*(?:[:：]\s*(.*)|$)|for (?:more|further|additional) information,?(?: please)?(?: (?:media|journalists|reporters) should)? contact\b\s*[:：]?\s*(.*))/iu;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/u;
/** A telephone number: seven digits or more, with spaces, dots, dashes or brackets between. */
const PHONE = /(?:\+|\b)\d[\d ().-]{5,}\d\b/u;
const WEB = /\bhttps?:\/\/|\bwww\./iu;
/** Most lines a release's contacts run to (a few people, each with a title, a telephone, an address). */
const MAX_CONTACT_LINES = 30;

/** A line of a contact: a name, a title, a company, a number, an address; no sentence. */
function isContactLine(text: string): boolean {
  if (text.length > 150) return false;
  if (EMAIL.test(text) || (PHONE.test(text) && (text.match(/\d/gu)?.length ?? 0) >= 7) || WEB.test(text)) return true;
  const words = text.split(/\s+/u);
  // A sentence ends in a stop after a word in lower case (`… said.`); a contact's line in none, or in an abbreviation (`Acme Corp.`).
  return text.length <= 80 && words.length <= 10 && !/[!?]$/u.test(text) && !/^\p{Ll}[\p{Ll}-]{2,}\.$/u.test(words.at(-1) ?? '') && !/[.!?]\s+\p{Lu}\p{Ll}+\s+\p{Ll}/u.test(text);
}

/** A line of one mark repeated (`---`, `* * *`): a rule between the story and what follows it. */
const RULE = /^([-_=*~•·—–])(?: ?\1){2,}$/u;

/** An end mark with the editors' initials after it: APA's `(Schluss) ste/kan`. */
const MARK_AND_INITIALS = /^(\S.*?)\s+\p{L}{2,4}(?:\/\p{L}{2,4}){1,3}$/u;

/** Names as a credit writes them: capitalised words, joined by `and`, `&` or commas, where each reported (`in Ankara`); no sentence. */
const CREDIT_NAMES = String.raw`\p{Lu}[\p{L}'’.-]*(?:(?:\s+|,\s*|\s+(?:and|&|in|de|da|del|van|von|bin|al|el)\s+)\p{Lu}[\p{L}'’.-]*){0,15}`;

/**
 * A credit the agency's desk prints under the story: Anadolu's, after an asterisk (`*Writing by
 * Jane Doe`, `*Contributed by John Roe`, `*Reporting by …`), and Reuters' editors' alone, no
 * reporter named (`(Editing by Jane Roe)`: the credit line that names reporters stays, see
 * bylines.ts).
 */
const DESK_CREDIT = new RegExp(
  String.raw`^(?:\*\s?(?:(?:[Aa]dditional )?(?:[Ww]riting|[Rr]eporting|[Ee]diting|[Tt]ranslation|[Cc]ontribution|[Cc]ontributing)(?: by)?|(?:[Cc]ontributed|[Ww]ritten|[Rr]eported|[Ee]dited|[Tt]ranslated|[Cc]ompiled) by)\s+${CREDIT_NAMES}|\(?(?:(?:[Ee]diting|[Ee]dited|[Cc]ompiled|[Gg]raphics|[Rr]esearch|[Ff]act-checking) by\s+${CREDIT_NAMES}(?:;\s*|\)?\.?$))+)\.?$`,
  'u',
);
const isDeskCredit = (text: string): boolean => text.length <= 300 && DESK_CREDIT.test(text) && (text.startsWith('*') || text.startsWith('(') === text.endsWith(')'));

/** The reporters Anadolu's credit after an asterisk names (`*Writing by Jane Doe in Ankara`: `Writing by Jane Doe in Ankara`), as Reuters' credit line does; else null. */
export function deskCreditLine(text: string): string | null {
  return text.startsWith('*') && isDeskCredit(text) ? text.replace(/^\*\s?/u, '') : null;
}

/**
 * A line naming where the story came from, closing it: `Source: Xinhua`, `Source: Xinhua |
 * Editor: Zhang Xin`; a name, no sentence. Group 1 the name.
 */
const SOURCE_LINE = /^(?:Source|Sources|SOURCE|Fuente|Fonte|Quelle)\s?[:：]\s*(\p{Lu}[^.!?:;|/]{0,80}?)(?:\s*[|/]\s*(.{1,80}))?\.?$/u;
function isSourceLine(text: string): boolean {
  const m = SOURCE_LINE.exec(text);
  return m !== null && m[1]!.split(/[\s,]+/u).length <= 8 && m[1]!.split(/[\s,]+/u).every((w) => w === '' || /^[\p{Lu}\d&(]/u.test(w) || /^(?:of|the|and|for|de|del|la|le|des|du)$/u.test(w)) && (m[2] === undefined || isCredit(m[2].trim()));
}

/** The agency a `Source:` line closing a story names (see SOURCE_LINE), when the wires know it: the source, when no dateline gives one. */
export function sourceLineAgency(text: string): string | null {
  const name = isSourceLine(text) ? SOURCE_LINE.exec(text)![1]!.trim() : null;
  return name !== null && isKnownAgency(name) ? name : null;
}

/** The writer's address a wire prints at the end: Yonhap's `jhk@yna.co.kr`, Dow Jones's `Write to Jane Doe at jane.doe@wsj.com`. */
const WRITER_ADDRESS = /^(?:(?:write to|e-?mail|contact)\s?:?\s[^@]{1,100}?\bat\s+)?[\w.+-]+@[\w-]+\.[\w.-]+$/iu;

/** One name a writer's address follows: two to four capitalised words, not an office's (`The Editor`). */
const WRITER_NAME = String.raw`(?!(?:The|A|An|Our|Your|This|Letters|Editor|Editors)\b)\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}`;
const ADDRESS = String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`;
/** Dow Jones's `Write to Jane Doe at jane.doe@wsj.com`, also to more writers (`… and John Roe at john.roe@wsj.com`). */
const WRITE_TO = new RegExp(String.raw`^Write to ${WRITER_NAME}\s+at\s+${ADDRESS}(?:(?:,\s*|,?\s+and\s+)${WRITER_NAME}\s+at\s+${ADDRESS})*\.?$`, 'u');

/** The writers Dow Jones's line to write to names (`Write to Jane Doe at jane.doe@wsj.com`: Jane Doe), as a credit's reporters are; else null. */
export function writerNames(text: string): string[] | null {
  const line = text.trim();
  if (line.length > MAX_COPYRIGHT || !WRITE_TO.test(line)) return null;
  return [...line.matchAll(new RegExp(String.raw`(${WRITER_NAME})\s+at\s+${ADDRESS}`, 'gu'))].map((m) => m[1]!);
}

/** Whether a line is sure to be no text of the story, alone at its end. */
function isSure(text: string): boolean {
  // A line longer than a copyright line can only be a notice or a biography: the other forms are not looked for in it.
  if (text.length > MAX_COPYRIGHT) return isNotice(text) || (AUTHOR_LINE.test(text) && text.length <= MAX_NOTICE);
  return (
    END_MARK.test(text) || signOffAgency(text) !== null || isDeskCredit(text) || WRITE_TO.test(text) || isSourceLine(text) || END_MARK.test(MARK_AND_INITIALS.exec(text)?.[1] ?? '') || BRACKETED_AGENCY.test(text) || isAgencyCode(text) || isCopyright(text) || isNotice(text) || SHARE.test(text) ||
    isFilesCredit(text) || isLinkLine(text) || (AUTHOR_LINE.test(text) && text.length <= MAX_NOTICE)
  );
}

/** Bloomberg's credit to those who helped: `--With assistance from Jane Doe and John Roe.` */
const ASSISTED = /^-*\s*with assistance from \p{Lu}[^.!?]{0,150}\.?$/iu;

/** Whether a line is no text of the story when something sure is cut with it (see isSure): a stamp, a credit, a button. */
function isLikely(text: string): boolean {
  return isStamp(text) || isStampLine(text) || WRITER_ADDRESS.test(text) || isCredit(text) || ASSISTED.test(text) || INITIALS.test(text) || SHARE_TARGET.test(text) || RULE.test(text) || /^SOURCE \S[^.!?]{0,100}$/u.test(text);
}

/**
 * Whether these lines from `from`, the last of a body, are all what follows a story (see the head of this
 * file): each sure, or likely with something sure among them, or a labelled block that runs to the
 * end (contacts, links, a biography).
 */
function isTail(lines: string[], from: number): boolean {
  let sure = false;
  for (let i = from; i < lines.length; ) {
    const text = lines[i]!;
    const contact = CONTACT_HEADER.exec(text);
    if (contact) {
      // Its lines up to the next sure one; among them a number, an address, or a label that says whose they are.
      let end = i + 1;
      while (end < lines.length && end - i <= MAX_CONTACT_LINES && !isSure(lines[end]!) && isContactLine(lines[end]!)) end++;
      const after = contact[1] ?? contact[2] ?? '';
      // `For more information, contact the library on 01234 567890.`: a sentence of the story, in
      // sentence case (a release's boilerplate in capitals, or its contacts under a label, are none).
      if (contact[2] !== undefined && !/[:：]/u.test(text) && /\.$/u.test(after) && /\p{Ll}/u.test(text)) return false;
      const block = [after, ...lines.slice(i + 1, end)].filter((l) => l !== '');
      const reached = after === '' || isContactLine(after);
      const reachable = block.some((l) => EMAIL.test(l) || PHONE.test(l) || WEB.test(l)) || (!/^(?:contacts?|for )/iu.test(text) && block.length > 0);
      if (!reached || !reachable) return false;
      sure = true;
      i = end;
    } else if (LINK_HEADER.test(text)) {
      let end = i + 1;
      while (end < lines.length && end - i <= MAX_LINKS && !isSure(lines[end]!) && isHeadlineLine(lines[end]!)) end++;
      sure = true;
      i = end;
    } else if (AUTHOR_HEADER.test(text)) {
      let end = i + 1;
      let length = 0;
      while (end < lines.length && end - i <= MAX_BIO_LINES && !isSure(lines[end]!)) length += lines[end++]!.length;
      if (length > MAX_BIO) return false;
      sure = true;
      i = end;
    } else if (isSure(text)) {
      sure = true;
      i++;
    } else if (isLikely(text)) {
      i++;
    } else {
      return false;
    }
  }
  return sure;
}

/**
 * Where what follows a story starts among a body's last blocks, each given as its lines (null: a
 * block that is no text of lines, a table or a picture, which ends the search): the index of the
 * first block cut, or `blocks.length` when none is. The first block is never cut: a body of
 * nothing else keeps it.
 */
export function tailStart(blocks: readonly (readonly string[] | null)[]): number {
  let from = blocks.length;
  let count = 0;
  // From the end, as far as blocks of lines go and the limits allow.
  while (from > 1 && blocks.length - from < MAX_TAIL_BLOCKS) {
    const block = blocks[from - 1];
    if (block === null || block === undefined || count + block.length > MAX_TAIL_LINES || block.some((l) => l.length > MAX_NOTICE)) break;
    count += block.length;
    from--;
  }
  // Their lines, trimmed once, and where each block's start.
  const lines: string[] = [];
  const starts: number[] = [];
  for (let i = from; i < blocks.length; i++) {
    starts.push(lines.length);
    for (const line of blocks[i]!) if (line.trim() !== '') lines.push(line.trim());
  }
  for (let i = from; i < blocks.length; i++) {
    const start = starts[i - from]!;
    // A `Source:` line right under a table is the table's note, the story's.
    if (blocks[i - 1] === null && isSourceLine(lines[start] ?? '')) continue;
    if (start < lines.length && isTail(lines, start)) return i;
  }
  return blocks.length;
}

/** A line that labels rather than tells, wherever it stands: a credit for files (`With files from Reuters`) or a link to another story (`Read more: …`). No subheading. */
export function isLabelNotHeading(text: string): boolean {
  return isFilesCredit(text) || isLinkLine(text);
}
