// Reporters' names, where wire copy gives them: its byline (`By JOHN SMITH, Associated Press`)
// and the credit line Reuters ends a story with (`(Reporting by Jane Roe in Geneva; Editing by
// John Doe)`). Markdown seeds read their bylines with the same splitting (see markdown.ts).
import { GIVEN_NAMES, MORE_GIVEN_NAMES } from '../enrich/gazetteer.ts';
import { KNOWN_PEOPLE } from '../enrich/gazetteer-people.ts';
import { isKnownPlace, LOWER_CASE_AGENCIES, parseDateline } from './dateline.ts';
import { isStampLine, SENTENCE_END } from './labels.ts';
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
  const whole = byline.replace(/\s+/gu, ' ').trim().replace(/^by /iu, '');
  // Without the agency after the names (`Johannes Schmitt-Tegge, dpa`), when names are left.
  const named = whole.split(/ ?, ?/u).filter((p) => !isAgencyCredit(p));
  const names = named.length > 0 && named.length < whole.split(/ ?, ?/u).length ? named.join(', ') : whole;
  const parts = names.split(/ ?, ?/u);
  const byComma = parts.length > 1 && parts.every((p) => /\S \S/u.test(p)) ? parts : [names];
  return byComma.flatMap((p) => p.split(/ (?:and|&) /u));
}

/** An outlet or a reporter's role alone, as printed on a line under a byline's names: `The Associated Press`, `Staff Writer`, `AP`. */
export function isOutletOrRole(text: string): boolean {
  return text.length <= 60 && (NOT_A_REPORTER.test(text) || LOWER_CASE_AGENCIES.has(text.toLowerCase()));
}

/** Whether a byline's name is the agency's or a desk's, not a reporter's: `dpa`, `AP`, `Reuters Staff`, `AP Business Writer`. */
export function isAgencyCredit(name: string): boolean {
  return NOT_A_REPORTER.test(name) || INITIALS.test(name) || LOWER_CASE_AGENCIES.has(name);
}

/** `By The Numbers`, `By This Time`: a heading or a sentence, no byline. */
export const NOT_A_NAME = /^By\s+(?:The|A|An|This|That|These|Those|Our|My|Your|Its|Their|His|Her|All|Any|Some|Every|No)\b/u;

/**
 * What follows a reporter's name in a byline without being one: the agency or paper
 * (`, Associated Press`, `, CNN`), a role (`, AP Business Writer`, `Staff Correspondent`), a
 * credit for pictures (`, AP Photo`).
 */
const NOT_A_REPORTER = /^(?:the )?(?:associated press|reuters|agence france-presse|bloomberg|dpa|efe|ansa|kyodo|xinhua|tass|ria novosti|interfax|press association|the canadian press|al jazeera|deutsche welle|le monde|el país|politico|yonhap|the guardian|contributor|special to [\p{L} ]+|[\p{L} ]*\b(?:writers?|reporters?|correspondents?|editors?|columnists?|staff|news|agency|press|times|post|journal|herald|tribune|independent|insider|business|photo|photos|video|graphics|illustration|news service))$/iu;
/** A reporter's role written after the names without a comma. */
const ROLE_AFTER = /(?: (?:ap|staff|senior|chief|special|political|foreign|economics|business|sports|science|health|diplomatic|legal|technology|national|international|contributing|associate|deputy|managing|investigative|white|house))* (?:writer|reporter|correspondent|editor|columnist)s?$/iu;
/** An agency and a reporter's role before the names: `TASS correspondent `, `AP Moscow correspondent `, `our special correspondent `. */
const ROLE_BEFORE = /^(?:(?:TASS|AP|AFP|Reuters|RIA Novosti|Interfax|Xinhua|our|the)(?: \p{Lu}\p{Ll}+)? )?(?:(?:special|staff|own|chief|political|military|foreign|senior) )?(?:correspondents?|reporters?) (?=\p{Lu})/u;
/** An agency after a name without a comma: `MARINA VILLENEUVE Associated Press`. */
const AGENCY_AFTER = / (?:the )?(?:associated press|reuters|agence france-presse|afp|bloomberg|upi)$/iu;
/** An agency's or paper's initials after the names: `, AP`, `, CNN`, `/ AFP`. */
const INITIALS = /^\p{Lu}{2,5}$/u;

/**
 * Words no reporter's name holds: a line of them opening with "By" is a heading or the start of
 * a sentence (`By Monday Evening`, `By Popular Demand`, `By Rail, Road and River`).
 */
const NOT_NAME_WORDS = new Set(
  ('monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october ' +
    'november december morning afternoon evening night noon midnight today tomorrow yesterday week weekend year month day time ' +
    'design demand popular contrast comparison default far now then law hand chance accident mistake request order mail air sea ' +
    'land road rail river car bus train phone email numbers way the a an all any some every no this that these those our my your ' +
    'its their his her staff us them it').split(' '),
);

/** Particles of names written in lower case: `Ursula von der Leyen`, `Ahmad bin Ali`. */
const PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'das', 'di', 'du', 'del', 'della', 'dos', 'le', 'la', 'bin', 'bint', 'al', 'el', 'ibn', 'ter', 'y']);

/**
 * Whether words are a person's name as a byline writes it: two to five words, the first and last
 * capitalised (or initials, `J.R.`), none of them a word no name holds.
 */
function isName(text: string): boolean {
  const words = text.split(' ');
  if (words.length < 2 || words.length > 5 || text.length > 60) return false;
  return words.every((w, i) => {
    if (NOT_NAME_WORDS.has(w.toLowerCase().replace(/[.'’]+$/u, ''))) return false;
    if (PARTICLES.has(w) && i > 0 && i < words.length - 1) return true;
    return /^\p{Lu}[\p{L}'’.-]*$/u.test(w);
  });
}

/**
 * A name as a byline in capitals writes it (`JOHN SMITH`, `MATT O'BRIEN`, `JOHN McDONALD`), in
 * its letters' own case (`Matt O'Brien`, `John McDonald`): each word in capitals but a `Mc` or
 * `Mac` before them, a capital after an apostrophe or hyphen.
 */
function nameCase(name: string): string {
  return name
    .split(' ')
    .map((word) => {
      const m = /^(Mc|Mac)?([\p{Lu}'’.-]{2,})$/u.exec(word);
      if (!m || !/\p{Lu}{2}/u.test(m[2]!)) return word;
      const cased = titleCase(m[2]!.toLowerCase()).replace(/(['’-])(\p{Ll})/gu, (_all, mark: string, c: string) => mark + c.toUpperCase());
      return (m[1] ?? '') + (m[1] ? cased.charAt(0).toUpperCase() + cased.slice(1) : cased);
    })
    .join(' ');
}

/**
 * The reporters a wire byline names (`By JOHN SMITH and JANE ROE, Associated Press` → John
 * Smith, Jane Roe; `By Jane Roe (Reuters)`, `By Jane Roe in Washington`, `By Jane Roe | The Post`
 * → Jane Roe), or none when what follows "By" is not names alone (`By Tuesday, the council…`,
 * `By Popular Demand`): then it is no byline.
 */
export function bylineAuthors(byline: string): string[] {
  return readByline(byline).names;
}

/**
 * A byline's reporters (see bylineAuthors), and whether it reads as one for sure: names in
 * capitals, as the wires print them, more than one name, or an agency, paper, role or place after
 * them. `By Jane Roe` alone could as well be a heading (`By Royal Appointment`).
 */
export function readByline(byline: string): { names: string[]; marked: boolean } {
  const spaced = byline.replace(/\s+/gu, ' ').trim();
  // Spanish, Portuguese and French join names with their own `and`: `Por Ana García y Luis Pérez`.
  // (A byline in capitals joins them with `AND`: `BY JANE DOE AND JOHN ROE`.)
  const foreign = /^(?:por|par)\b/iu.test(spaced);
  const whole = spaced.replace(BY_WORD, '');
  // The agency and role before the names: `By TASS correspondent Anna Yurova`, `By AP reporter …`.
  const role = ROLE_BEFORE.exec(whole);
  if (role) {
    const names = readByline(`By ${whole.slice(role[0].length)}`).names;
    return { names, marked: names.length > 0 };
  }
  const text = whole
    // What a paper prints after the names: its name, a role, the time it was updated.
    .split(/ [|—–/·•] | - | Updated\b| ?\(/u)[0]!
    // Where they reported from: `Jane Roe in Washington`.
    .split(/ in (?=\p{Lu})/u)[0]!;
  const all = text.split(foreign ? / y | e | et |, | & /u : /, (?:and |AND |& )?| and | AND | & /u).map((p) => p.trim()).filter((p) => p !== '');
  const parts = all.flatMap((p, i) => {
    // A role or agency after a name without a comma: `BARBARA ORTUTAY AP Technology Writers`, `MARINA VILLENEUVE Associated Press`.
    const name = p.replace(ROLE_AFTER, '').replace(AGENCY_AFTER, '');
    // (Not a paper's name before its reporters' role: `Miami Herald Staff Writers`.)
    if (name !== p && isName(name)) return NOT_A_REPORTER.test(name) ? [] : [name];
    // A post after the names (`Natalie Quillian, Assistant to the President`) is no name either.
    return NOT_A_REPORTER.test(p) || INITIALS.test(p) || (i > 0 && isPost(p)) ? [] : [p];
  });
  if (parts.length === 0 || !parts.every(isName)) return { names: [], marked: false };
  const marked = text !== whole || parts.length < all.length || parts.length > 1 || !/\p{Ll}/u.test(parts.join(''));
  return { names: unique(parts.map(nameCase)), marked };
}

/** The word a byline opens with: English `By`, Spanish and Portuguese `Por`, French `Par`. */
const BY_WORD = /^(?:by|por|par):? /iu;
/** A byline in Spanish, Portuguese or French: `Por Pedro Peduzzi - Repórter da Agência Brasil`, `Par Jean Dupont`. */
export const FOREIGN_BY = /^(?:Por|POR|Par|PAR):?\s+\p{Lu}/u;

/**
 * A reporter's job title after the names (`Jane Patterson, Political Editor`, `Repórter da
 * Agência Brasil`): it marks the line as a byline, as no headline names its writer's post.
 */
const JOB_TITLE = /\b(?:writers?|reporters?|correspondents?|editors?|columnists?|contributors?|journalists?|producers?|bureau chief|chief of staff|assistant to the \p{L}+|secretary|director|advis[eo]r|administrator|ambassador|minister|commissioner|spokes(?:person|man|woman)|repórter(?:es)?|reporter[oa]s?|corresponsal(?:es)?|correspondentes?|periodistas?|jornalistas?|redactor(?:a|es|as)?|rédact(?:eur|rice)s?|journalistes?|envoyée? spéciale?)\b/iu;

/** A journalist's post, the only one that signs a story without "By" (`Jane Patterson, Political Editor`; an official's, `Director of Public Health`, names who a story is about). */
const JOURNALIST_TITLE = /\b(?:writers?|reporters?|correspondents?|editors?|columnists?|contributors?|journalists?|producers?|bureau chief|repórter(?:es)?|reporter[oa]s?|corresponsal(?:es)?|correspondentes?|periodistas?|jornalistas?|redactor(?:a|es|as)?|rédact(?:eur|rice)s?|journalistes?|envoyée? spéciale?)\b/iu;

/** Most words of a post written out after the names: `Assistant to the President and Deputy Chief of Staff`'s halves. */
const MAX_POST_WORDS = 6;

/** Whether a part of a byline is a post, after the names: a few words with a job title among them. */
function isPost(part: string): boolean {
  const words = part.split(' ');
  // Written as a title is: its words capitalised but the small ones (`spoke today with Prime Minister` is a sentence's).
  return words.length <= MAX_POST_WORDS && JOB_TITLE.test(part) && words.every((w) => /^\p{Lu}/u.test(w) || POST_SMALL_WORDS.has(w));
}

/** The small words of a post written out: `Assistant to the President`, `Secretary of State`. */
const POST_SMALL_WORDS = new Set(['of', 'to', 'the', 'for', 'and', '&', 'de', 'da', 'do', 'del', 'la']);

/** What a saved page prints after a byline's names, parted by dots or bars: the outlet, a post, when it was posted. */
function isCreditPart(part: string): boolean {
  return isStampLine(part) || JOB_TITLE.test(part) || isAgencyCredit(part) || /^(?:Updated|Posted|Published)\b/iu.test(part);
}

const GIVEN = new Set([...GIVEN_NAMES, ...MORE_GIVEN_NAMES]);

/** Whether a name opens with a given name the gazetteer knows (`Natalie Wong`): `Oil Prices` does not. */
export function hasGivenName(name: string): boolean {
  return GIVEN.has(name.split(' ')[0]!);
}

/**
 * Whether names joined by `and`, and nothing else, sign the story below them: it opens with its
 * dateline, as wire copy under a byline does, and does not name them: its lede names none of them
 * (`Emma Raducanu and Leylah Fernandez` above `NEW YORK (AP) — Emma Raducanu beat …` are its
 * subjects), nor the rest of the story each of them (`Claude Monet and Edgar Degas` above a lede
 * that names neither, Monet and Degas named further down). A reporter's name may well be some
 * other person's in the story (`Chan`, in Hong Kong), every reporter's is hardly so. `story` is
 * the text under the lede, asked only when the rest holds.
 */
export function signsStoryBelow(names: string[], next: string, story: () => string = () => ''): boolean {
  if (parseDateline(next) === null) return false;
  const families = names.map((n) => n.split(' ').at(-1)!);
  if (families.some((f) => next.includes(f))) return false;
  const rest = story();
  return !families.every((f) => namedIn(f, rest));
}

/** Whether a text names a family name as a word of its own (`Monet`, `Monet's`; not `Monetary`). */
function namedIn(family: string, text: string): boolean {
  for (let at = text.indexOf(family); at >= 0; at = text.indexOf(family, at + 1)) {
    if (!/[\p{L}\p{M}\p{N}]/u.test(text[at - 1] ?? '') && !/[\p{L}\p{M}\p{N}]/u.test(text[at + family.length] ?? '')) return true;
  }
  return false;
}

/** Longest byline without "By", with its outlet and time. */
const MAX_BARE_BYLINE = 160;
/** Most words of a name in a byline without "By": a given name, perhaps a second, and a family name. */
const MAX_BARE_NAME_WORDS = 3;

/** The people news is about, by their names in lower case: they are the subjects of headlines, never a story's bylined reporters. */
let newsmakers: Set<string> | undefined;
function isNewsmaker(name: string): boolean {
  newsmakers ??= new Set(KNOWN_PEOPLE.flatMap((p) => [p.name, ...p.aliases]).map((n) => n.toLowerCase()));
  const words = name.toLowerCase().split(' ');
  // The name, or a known one with words after it (`Joe Biden Resigns`).
  for (let n = words.length; n >= 2; n--) if (newsmakers.has(words.slice(0, n).join(' '))) return true;
  return false;
}

/** A byline without "By" (see bareByline): its names, and whether only the joining of names by `and` marks it. */
export interface BareByline {
  names: string[];
  /** `Kahon Chan and Natalie Wong`: as well two people a headline names, when no headline is above it. */
  joinedOnly: boolean;
}

/**
 * The reporters a byline without "By" names, on a line of its own: names with a job title after
 * them (`Jane Patterson, Political Editor`), names with their outlet (`Jane Roe - CBC News`) or a
 * saved page's names, outlet and time (`Jane Doe · CBC News · Posted: Nov 14, 2023 4:00 AM EST`)
 * that open with a known given name, or two names or more joined by `and`, one opening with a
 * known given name (`Kahon Chan and Natalie Wong`). Each name is of three words at most and none
 * the name of a person news is about (`Barack Obama and Xi Jinping`). Null when the line is no
 * such byline: a sentence, a headline of capitalised words (`Brexit Talks Collapse - BBC
 * News`, a page's title), one name alone (a signature or a heading as well).
 */
export function bareByline(text: string): BareByline | null {
  // (A paragraph of the story, asked first of all, is refused before it is copied.)
  if (text.length > 2 * MAX_BARE_BYLINE || /[.!?:;,]\s*$/u.test(text)) return null;
  const line = text.replace(/\s+/gu, ' ').trim();
  if (line.length > MAX_BARE_BYLINE || !/^\p{Lu}/u.test(line) || BY_WORD.test(line) || /[.!?:;,]$/u.test(line)) return null;
  const [first, ...credits] = line.split(/ [·•|] /u);
  if (/\d/.test(first!) || !credits.every(isCreditPart)) return null;
  const names = readByline(`By ${first}`).names;
  // A byline names people, not places (`Green Bay, WI`), and opens with them.
  if (names.length === 0 || names.some((n) => isKnownPlace(n) || isNewsmaker(n) || n.split(' ').length > MAX_BARE_NAME_WORDS) || !first!.toLowerCase().startsWith(names[0]!.toLowerCase())) return null;
  const parts = first!.split(/, | [-–—] /u).slice(1);
  // A journalist's post spelled out after the names: initials alone may be a state's (`WI`).
  const posted = parts.some((p) => isPost(p) && JOURNALIST_TITLE.test(p)) || credits.some((c) => JOURNALIST_TITLE.test(c));
  // An outlet after the names, as a page's title has it after its headline: with a known given name only.
  const given = names.some(hasGivenName);
  const outlet = given && (credits.length > 0 || parts.some((p) => NOT_A_REPORTER.test(p) || LOWER_CASE_AGENCIES.has(p)));
  // Names joined by `and` (a list parted by commas alone may be of anything: `College, Campus`).
  const joined = given && names.length >= 2 && / (?:and|&) /u.test(first!);
  if (posted || outlet) return { names, joinedOnly: false };
  return joined ? { names, joinedOnly: true } : null;
}

/** The names of a Spanish, Portuguese or French byline (`Por Ana García y Luis Pérez - Corresponsales de EFE`): short, no sentence; else null. */
export function foreignBylineNames(text: string): string[] | null {
  if (!FOREIGN_BY.test(text) || text.length > 100 || SENTENCE_END.test(text)) return null;
  const names = readByline(text).names;
  return names.length > 0 ? names : null;
}

/** Reuters' credit line, closing a story: `(Reporting by …; Additional reporting by …; Editing by …)`. */
const CREDIT_LINE = /^\((?:[^()]*;\s*)?(?:additional )?(?:reporting|writing) by [^()]+\)$/iu;
/**
 * The same without brackets, as reuters.com prints it (`Reporting by Naomi Tajitsu; Editing by
 * Christopher Cushing`): every part a credit, so that a sentence that starts alike is not one.
 */
const CREDIT_PARTS = /^(?:(?:additional )?(?:reporting|writing|editing|compiled|graphics|research) by [^();.!?]+?(?:;\s*|\.?$))+$/iu;
/** Longest credit line read: a few reporters and editors. */
const MAX_CREDIT_LINE = 500;

/**
 * The reporters of a credit line (`(Reporting by Jane Roe in Geneva and John Doe; Writing by Ann
 * Lee; Editing by Tom Poe)` → Jane Roe, John Doe, Ann Lee): those who reported and wrote it, not
 * its editors; or null when the text is no credit line.
 */
export function creditReporters(text: string): string[] | null {
  if (text.length > MAX_CREDIT_LINE) return null;
  const bracketed = CREDIT_LINE.test(text);
  if (!bracketed && !(/^(?:additional )?(?:reporting|writing) by /iu.test(text) && CREDIT_PARTS.test(text))) return null;
  const names: string[] = [];
  for (const part of (bracketed ? text.slice(1, -1) : text.replace(/\.$/u, '')).replace(/\s+/gu, ' ').split(';')) {
    const m = /^ ?(?:additional )?(?:reporting|writing) by (.+)$/iu.exec(part);
    if (!m) continue;
    // `Jane Roe in Geneva and John Doe in Paris`: the places are where they reported from.
    for (const name of m[1]!.split(/, (?:and |& )?| and | & /u)) {
      const bare = name.split(/ in (?=\p{Lu})/u)[0]!.trim();
      if (isName(bare)) names.push(nameCase(bare));
    }
  }
  return unique(names);
}

/**
 * The interviewers an interview names at its end (`Interviewed by Alexander Rozhkov`, as TASS
 * closes its interviews), or null when the text is no such line.
 */
export function interviewers(text: string): string[] | null {
  const m = text.length <= 200 ? /^Interviewed by (.+?)\.?$/u.exec(text) : null;
  if (!m) return null;
  const names = m[1]!.split(/, (?:and |& )?| and | & /u).map((n) => n.trim());
  return names.every(isName) ? unique(names.map(nameCase)) : null;
}

function unique(names: string[]): string[] {
  const out: string[] = [];
  for (const n of names) if (n !== '' && /\p{L}/u.test(n) && !out.some((o) => o.toLowerCase() === n.toLowerCase())) out.push(n);
  return out.slice(0, MAX_AUTHORS);
}

/**
 * Xinhua's end mark run on after a paragraph's last sentence (`… on Wednesday. Enditem`, `…。（完）`,
 * in French `… a-t-il ajouté. Fin`), KUNA's `(end)`, and SPA's Arabic `//انتهى//` ("ended"), which
 * its slashes mark whatever ends the sentence before it.
 */
export const RUN_ON_END_MARK = /(?:(?<=[.!?"”’。！？])\s*(?:Enditem|（完）|\(完\)|Fin|\([Ee]nd\)|\(END\))|\s+\/\/ ?انتهى ?\/\/)$/u;

/**
 * The marks that end a wire story on a line of their own: `-30-`, `###`, `END`, `(END)`, `(end)`,
 * also between dashes of any kind, as copy typed by hand sets them (`-- END --`, `—30—`, `- ENDS -`),
 * `FIN`, APA's `(Schluss)`, Dow Jones's `(END) Dow Jones Newswires`, `-0-`,
 * Xinhua's `Enditem` and `（完）`, Kyodo's `==Kyodo`, PTI's, dpa's and AFP's editors' initials (`PTI ABC XYZ`,
 * `dpa abc xx`, `burs-jh/ach`), SPA's Arabic `//انتهى//` ("ended"), Lusa's `Lusa/Fim`. Printed for the
 * teleprinter, not for readers.
 */
export const END_MARK = /^(?:[-–—]+ ?30 ?[-–—]+|[-–—]+ ?(?:END|ENDS|FIN) ?[-–—]+|\(ENDS\)|\/{1,2} ?انتهى ?\/{1,2}|\(انتهى\)|(?:Lusa|LUSA) ?\/ ?(?:Fim|FIM|fim)|-?# ?# ?#-?|\(?(?:END|FIN|FIM|ENDE)\)?|\((?:[Ee]nd|[Ff]in|Schluss|Ende)\)|\(END\) Dow Jones Newswires|ENDS|-0-|XXX|Enditem|（完）|\(完\)|== ?Kyodo|PTI(?: [A-Z]{2,4})+|dpa(?: [a-z]{2,4}){1,3}|(?:burs?-)?[a-z]{2,4}(?:-[a-z]{2,4})?(?:\/[a-z]{2,4}){1,3})$/u;
