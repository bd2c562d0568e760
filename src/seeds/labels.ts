// Lines of a saved page that label the story rather than tell it: dates, time stamps, posts,
// offices. They are no subheading and no lede (the text stays, as written).
import { isMonth, parseDateline } from './dateline.ts';

/** Words of a page's date and time stamp besides the date's own: `Updated 4 hours ago`, `Published 23 March 2020, 14:05 GMT`. */
const STAMP_WORDS = new Set('updated published posted last modified ago on at am pm a.m p.m gmt utc bst cet cest est edt et pt pst pdt msk ist jst kst aest aedt nzst nzdt sgt hkt uhr hours hour minutes minute mins min days day weeks week h'.split(' '));

/**
 * Whether a line is only a date or a page's time stamp (`11 Apr 2019`, `OCTOBER 22, 2019`,
 * `08 Jan 2020 | Updated: 08 Jan 2020 04:12 GMT`): no heading, whatever its case.
 */
export function isStampLine(text: string): boolean {
  // A year or a stamp's word: `March 14` alone may head a day of a chronology.
  // Or a time of day (`11:48 A.M. EST`, as transcripts open), or a date of a two-digit year (`01/24/25`).
  if (text.length > 80 || !/\d/.test(text) || !/\b\d{4}\b|\b(?:updated|published|posted|modified|ago|gmt|utc)\b|\b\d{1,2}:\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{2}\b/i.test(text)) return false;
  const parts = text.split(/[\s|,:;/()–—-]+/).filter(Boolean);
  // (A time may have its half of the day on it: `6:32pm`.)
  return parts.length > 0 && parts.every((w) => /^\d+(?:[.:]\d+)*(?:st|nd|rd|th|h|am|pm|a\.m|p\.m)?\.?$/i.test(w) || isMonth(w) || isWeekday(w) || STAMP_WORDS.has(w.toLowerCase().replace(/\.$/, '')));
}

/** A letter's salutation: `Dear Mr. Speaker: (Dear Madam President:)`, `Dear Secretary Becerra and Secretary Vilsack,`. */
const SALUTATION = /^Dear [^.!?:,()]{1,80}(?:\.[^.!?:,()]{1,40})?[:,](?: \((?:Dear )?[^()]{1,80}\))?$/u;
/**
 * A document's number on a line of its own, with its kind: `No. 2021-12`, `Executive Order 14419`,
 * `Proclamation 10862`, `Presidential Determination No. 2024-05` (a few capitalised words, then the number).
 */
const DOCUMENT_NUMBER = /^(?:\p{Lu}[\p{L}-]*\.? ){0,4}(?:No\. ?)?\d[\d-]*$/u;
/** A memorandum's header field: `SUBJECT: Continuation of …`, `FROM: …`. */
const MEMO_FIELD = /^(?:SUBJECT|FROM|TO|CC|RE|DATE):\s/u;

/**
 * Whether a paragraph is a page's label rather than the story's opening, and so no lede: a date
 * or time stamp (with a place before it: `Brussels, 24 December 2020`), an editors' note of the
 * wire (`Eds: UPDATES with …`, `(ATTN: …)`), a letter's salutation (`Dear Mr. Speaker:`), a
 * document's number (`No. 2021-12`, `Executive Order 14419`), a memorandum's header field (`SUBJECT: …`), a line of capitals that ends in no stop (a document's kind
 * or addressee: `BY THE PRESIDENT OF THE UNITED STATES OF AMERICA`, `TO THE CONGRESS OF THE UNITED
 * STATES:`, `MEMORANDUM FOR THE HEADS OF EXECUTIVE DEPARTMENTS AND AGENCIES`), or a few words with
 * no stop, as a reporter's post (`Political editor`), an office (`Office of the Press
 * Secretary`) or a place (`ANKARA`) are.
 */
export function isLabelLine(text: string): boolean {
  if (isStampLine(text) || /^(?:EDS?|Eds?|\(?ATTN|\(?Attn)[:.]/u.test(text)) return true;
  if (SALUTATION.test(text) || DOCUMENT_NUMBER.test(text) || MEMO_FIELD.test(text)) return true;
  if (text.length <= 200 && !/\p{Ll}/u.test(text) && /\p{Lu}{2,}.*\s.*\p{Lu}{2,}/u.test(text) && !/[.!?…"”’)]$/u.test(text)) return true;
  const placed = /^\p{Lu}[\p{L}.'’ -]{1,40}, (?=\d|\p{Lu})/u.exec(text);
  if (placed && isStampLine(text.slice(placed[0].length))) return true;
  // (Scripts written without spaces between words are counted by no words here.)
  if (text.length > 60 || /[.!?:;…"”’)。！？」』）।॥۔؟]$/u.test(text) || /\d/.test(text) || /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}]/u.test(text)) return false;
  const count = text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  // (In capitals: a script with no case, Arabic, Hindi, is in none.)
  return count <= 5 || (count <= 8 && /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text));
}

/** The end of a sentence, with the quotes and brackets that close around it. */
export const SENTENCE_END = /[.!?…。！？।॥۔؟]["'”’)\]」』）]*$/u;

/**
 * Whether a paragraph under a headline is its deck (a subtitle: `Heavy rain lashes coastal
 * districts; Chennai limps back to normalcy`) above the story's lede, `below`: a line of its
 * own, as a sentence opens, ending in no stop, and the lede after it a longer sentence, ended.
 * The deck stays, as text; it is no lede nor summary.
 */
export function isDeckAbove(deck: string, below: string): boolean {
  return deck.length <= 200 && /^[\p{Lu}\p{N}]/u.test(deck) && !SENTENCE_END.test(deck) && !/[:;,]$/.test(deck) && parseDateline(deck) === null &&
    SENTENCE_END.test(below) && below.length > deck.length;
}

/** A day of the week, whole or shortened to three letters (English). */
function isWeekday(word: string): boolean {
  return /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|\.)?$|^(?:tuesday|wednesday|thursday|saturday)$/i.test(word);
}
