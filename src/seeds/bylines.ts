// Reporters' names, where wire copy gives them: its byline (`By JOHN SMITH, Associated Press`)
// and the credit line Reuters ends a story with (`(Reporting by Jane Roe in Geneva; Editing by
// John Doe)`). Markdown seeds read their bylines with the same splitting (see markdown.ts).
import { titleCase } from './title.ts';

/** Authors an article can name: a byline of a few reporters, not a masthead. */
export const MAX_AUTHORS = 20;

/**
 * The names of a byline written as one string: `Jane Roe and John Doe`, `Jane Roe, John Doe &
 * Ann Lee`. Commas part names only when every part is a name of two words or more: `Roe, Jane`
 * is one name, written surname first.
 */
export function splitByline(byline: string): string[] {
  // `By Jane Roe`, as a byline is printed; its spaces made one first, as splitting around runs of them was quadratic.
  const names = byline.replace(/\s+/gu, ' ').trim().replace(/^by /iu, '');
  const parts = names.split(/ ?, ?/u);
  const byComma = parts.length > 1 && parts.every((p) => /\S \S/u.test(p)) ? parts : [names];
  return byComma.flatMap((p) => p.split(/ (?:and|&) /u));
}

/** `By The Numbers`, `By This Time`: a heading or a sentence, no byline. */
export const NOT_A_NAME = /^By\s+(?:The|A|An|This|That|These|Those|Our|My|Your|Its|Their|His|Her|All|Any|Some|Every|No)\b/u;

/**
 * What follows a reporter's name in a byline without being one: the agency or paper
 * (`, Associated Press`, `(Reuters)`), a role (`, AP Business Writer`, `Staff Correspondent`).
 */
const NOT_A_REPORTER = /^(?:the )?(?:associated press|ap|reuters|afp|agence france-presse|bloomberg|upi|dpa|efe|ansa|kyodo|xinhua|tass|ria novosti|interfax|press association|pa|cp|the canadian press|[\p{L} ]*\b(?:writer|reporter|correspondent|editor|columnist|staff|news|agency|press|times|post|journal|herald|tribune))$/iu;

/** A name as a byline in capitals writes it (`JOHN SMITH`), in its letters' own case. */
function nameCase(name: string): string {
  return /\p{Ll}/u.test(name) ? name : titleCase(name);
}

/** The reporters a wire byline names: `By JOHN SMITH and JANE ROE, Associated Press` → John Smith, Jane Roe. */
export function bylineAuthors(byline: string): string[] {
  const text = byline.replace(/\s+/gu, ' ').trim().replace(/^by /iu, '').replace(/\s*\([^()]*\)\s*$/u, '');
  const parts = text.split(/ ?, ?/u).filter((p) => !NOT_A_REPORTER.test(p.trim()));
  // `A, B, and C`: the last name without its `and`.
  return unique(splitByline(parts.join(', ')).map((n) => nameCase(n.trim().replace(/^(?:and|&)\s+/iu, ''))));
}

/** Reuters' credit line, closing a story: `(Reporting by …; Additional reporting by …; Editing by …)`. */
const CREDIT_LINE = /^\((?:[^()]*;\s*)?(?:additional )?(?:reporting|writing) by [^()]+\)$/iu;

/**
 * The reporters of a credit line (`(Reporting by Jane Roe in Geneva and John Doe; Writing by Ann
 * Lee; Editing by Tom Poe)` → Jane Roe, John Doe, Ann Lee): those who reported and wrote it, not
 * its editors; or null when the text is no credit line.
 */
export function creditReporters(text: string): string[] | null {
  if (!CREDIT_LINE.test(text)) return null;
  const names: string[] = [];
  for (const part of text.slice(1, -1).split(';')) {
    const m = /^\s*(?:additional )?(?:reporting|writing) by (.+)$/iu.exec(part);
    if (!m) continue;
    // `Jane Roe in Geneva and John Doe in Paris`: the places are where they reported from.
    for (const name of m[1]!.split(/,| and | & /u)) {
      const bare = name.replace(/\s+in\s+\p{Lu}.*$/u, '').trim();
      if (/^\p{Lu}/u.test(bare)) names.push(nameCase(bare));
    }
  }
  return unique(names);
}

function unique(names: string[]): string[] {
  const out: string[] = [];
  for (const n of names) if (n !== '' && /\p{L}/u.test(n) && !out.some((o) => o.toLowerCase() === n.toLowerCase())) out.push(n);
  return out.slice(0, MAX_AUTHORS);
}

/**
 * The marks that end a wire story on a line of their own: `-30-`, `###`, `END`, `(END)`, `-0-`.
 * Printed for the teleprinter, not for readers.
 */
export const END_MARK = /^(?:-+ ?30 ?-+|# ?# ?#|\(?end\)?|ends|-0-|x ?x ?x)$/iu;
