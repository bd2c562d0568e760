import { withoutDangling } from '../seeds/title.ts';
import { sliceWhole } from '../unicode.ts';

/**
 * `text` cut to at most `max` characters, at a word boundary if there is one in its second half,
 * with "…": not inside a name, where it can step back (`… opened in St…` for St. Petersburg), nor
 * after an article, preposition or conjunction.
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = sliceWhole(text, max);
  let space = cut.lastIndexOf(' ');
  // A word and the capitalised one after it (`St. Petersburg`, `Vladimir Putin`): the cut goes before both.
  // A comma before the capitalised word ends what came before (`… Emmanuel Macron, British…`).
  for (let steps = 0; steps < 6 && space > max / 2 && /^["'“‘(]?\p{Lu}/u.test(text.slice(space + 1)) && !/[,;:]$/.test(cut.slice(0, space)); steps++) {
    const before = cut.lastIndexOf(' ', space - 1);
    if (before <= max / 2 || !/^["'“‘(]?\p{Lu}/u.test(cut.slice(before + 1))) break;
    space = before;
  }
  // Nor after a word that leads into what was cut (`… opened in…`).
  const kept = space > max / 2 ? withoutDangling(cut.slice(0, space)) : cut;
  return `${kept.replace(/[\s,;:.–—-]+$/u, '')}…`;
}
