// Lines of a saved page that label the story rather than tell it: dates, time stamps, posts,
// offices. They are no subheading and no lede (the text stays, as written).
import { isMonth } from './dateline.ts';

/** Words of a page's date and time stamp besides the date's own: `Updated 4 hours ago`, `Published 23 March 2020, 14:05 GMT`. */
const STAMP_WORDS = new Set('updated published posted last modified ago on at am pm a.m p.m gmt utc bst cet cest est edt et pt pst pdt msk ist jst kst hours hour minutes minute mins min days day weeks week h'.split(' '));

/**
 * Whether a line is only a date or a page's time stamp (`11 Apr 2019`, `OCTOBER 22, 2019`,
 * `08 Jan 2020 | Updated: 08 Jan 2020 04:12 GMT`): no heading, whatever its case.
 */
export function isStampLine(text: string): boolean {
  // A year or a stamp's word: `March 14` alone may head a day of a chronology.
  if (text.length > 80 || !/\d/.test(text) || !/\b\d{4}\b|\b(?:updated|published|posted|modified|ago|gmt|utc)\b/i.test(text)) return false;
  const parts = text.split(/[\s|,:;/()–—-]+/).filter(Boolean);
  return parts.length > 0 && parts.every((w) => /^\d+(?:[.:]\d+)*(?:st|nd|rd|th|h)?\.?$/i.test(w) || isMonth(w) || isWeekday(w) || STAMP_WORDS.has(w.toLowerCase().replace(/\.$/, '')));
}

/**
 * Whether a paragraph is a page's label rather than the story's opening, and so no lede: a date
 * or time stamp (with a place before it: `Brussels, 24 December 2020`), an editors' note of the
 * wire (`Eds: UPDATES with …`, `(ATTN: …)`), or a few words with no stop, as a reporter's post
 * (`Political editor`), an office (`Office of the Press Secretary`) or a place (`ANKARA`) are.
 */
export function isLabelLine(text: string): boolean {
  if (isStampLine(text) || /^(?:EDS?|Eds?|\(?ATTN|\(?Attn)[:.]/u.test(text)) return true;
  const placed = /^\p{Lu}[\p{L}.'’ -]{1,40}, (?=\d|\p{Lu})/u.exec(text);
  if (placed && isStampLine(text.slice(placed[0].length))) return true;
  // (Scripts written without spaces between words are counted by no words here.)
  if (text.length > 60 || /[.!?:;…"”’)。！？」』）]$/u.test(text) || /\d/.test(text) || /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}]/u.test(text)) return false;
  const count = text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  return count <= 5 || (count <= 8 && !/\p{Ll}/u.test(text));
}

/** A day of the week, whole or shortened to three letters (English). */
function isWeekday(word: string): boolean {
  return /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|\.)?$|^(?:tuesday|wednesday|thursday|saturday)$/i.test(word);
}
