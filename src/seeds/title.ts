// Titles: derived from a lede when a seed has no headline, and all-capitals
// headlines shown in title case.
import { CITIES, COUNTRIES, KNOWN_ORGANIZATIONS, MORE_CITIES } from '../enrich/gazetteer.ts';
import { MORE_COMPANIES, NEWS_MEDIA } from '../enrich/gazetteer-orgs.ts';
import { KNOWN_PEOPLE } from '../enrich/gazetteer-people.ts';
import { lowerWord, sliceWhole } from '../unicode.ts';
import { isMonth } from './dateline.ts';

/** Longest derived title, in characters, before it is shortened at a word boundary. */
export const MAX_DERIVED_TITLE = 100;

// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS = new Set([
  // Titles and ranks, one person's or several's (`Sens.`, `Reps.`), as AP style writes them.
  'mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'st', 'sr', 'jr', 'gen', 'gens', 'col', 'lt', 'maj', 'brig', 'adm',
  'cmdr', 'cdr', 'capt', 'cpl', 'sgt', 'pvt', 'spc', 'gov', 'govs', 'sen', 'sens', 'rep', 'reps', 'rev', 'fr',
  'msgr', 'hon', 'supt', 'det', 'insp', 'atty', 'pres', 'amb',
  // Places named after them: `Mt. Everest`, `Ft. Worth`. Not those that follow a name, as states
  // do (`Salem, Ore.`) and streets (`Main St.` aside): AP ends many a sentence with them.
  'mt', 'ft', 'pt',
  'no', 'nos', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'approx', 'vol',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'a.m', 'p.m',
]);

/** How far before a full stop its word is looked for: beyond the longest abbreviation, with room to spare. */
const WORD_LOOKBACK = 32;

/**
 * Where a sentence may end: a full stop, question or exclamation mark (Arabic's `؟`, the Hindi
 * danda `।`) and any closing marks, before a space and a capital, a digit, or a letter of a
 * script without capitals (Arabic, Hebrew, Korean, Hindi); or the full-width marks that end a
 * sentence of Chinese or Japanese, which no space follows.
 */
const SENTENCE_END = /[.!?؟।॥]["'”’“»)]*(?=\s+["'“‘«„(]?[\p{Lu}\p{Lo}\d])|[。！？][」』”’）]*/gu;

/**
 * Quotation marks that open a quotation, with those that close it: English `“…”`, German `„…“`
 * (Polish `„…”`), French `«…»`, Swiss and German `»…«`, Chinese and Japanese `「…」`, `『…』`.
 */
const CLOSERS: Record<string, string> = { '“': '”', '„': '“”', '«': '»', '»': '«', '「': '」', '『': '』' };

/**
 * The first sentence of a paragraph. A stop inside a quotation ends no sentence; but a
 * quotation mark never closed (a lost `»`, an inch mark) would hold every stop after it, and the
 * title would run to the length limit: then the quotation marks are not followed.
 */
export function firstSentence(text: string): string {
  return sentenceEnd(text, true) ?? sentenceEnd(text, false) ?? text.trim();
}

/** The first sentence of a paragraph, if one ends before the paragraph does: see firstSentence. */
function sentenceEnd(text: string, quotes: boolean): string | null {
  const re = new RegExp(SENTENCE_END.source, 'gu');
  // Quotation marks before the stop, followed as the stops are met: a stop inside a quotation
  // ("We are ready. We will not back down," she said) ends no sentence.
  let counted = 0;
  const open: string[] = [];
  let straight = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (; counted < m.index; counted++) {
      const c = text[counted]!;
      if (c === '"') straight++;
      else if (open.length > 0 && CLOSERS[open.at(-1)!]!.includes(c)) open.pop();
      else if (c in CLOSERS) open.push(c);
    }
    if (quotes && (open.length > 0 || straight % 2 === 1)) continue;
    // The word before the stop, from a bounded stretch: the whole text before each stop made a
    // long paragraph of abbreviations quadratic. A longer word is no abbreviation or initial either.
    const before = text.slice(Math.max(0, m.index - WORD_LOOKBACK), m.index);
    const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
    const bare = word.toLowerCase();
    // "H.R. McMaster", "U.S. officials", "Mr. Smith": not the end of a sentence.
    // `No. 5`, but "He said no."
    const numberSign = (bare === 'no' || bare === 'nos') && !/^\s+\d/.test(text.slice(m.index + m[0].length));
    if (m[0].startsWith('.') && ((ABBREVIATIONS.has(bare) && !numberSign) || /^\p{L}$/u.test(word) || /\p{L}\.\p{L}$/u.test(word))) {
      continue;
    }
    // A German day of the month (`am 6. Mai`) is written with a full stop.
    if (m[0] === '.' && /(?:^|[\s(])\d{1,2}$/u.test(before) && isMonth(/^\s+(\p{L}+)/u.exec(text.slice(m.index + 1))?.[1] ?? '')) continue;
    return text.slice(0, m.index + m[0].length).trim();
  }
  return null;
}

// Words before which a long sentence can be cut and still read as a headline.
const PHRASE_STARTS = /^(?:with|for|on|in|at|to|and|but|after|before|as|that|which|who|while|when|where|because|amid|over|under|from|during|following|despite|since|by)$/i;

/**
 * A title from a lede: its first sentence without the final full stop. A long sentence is
 * cut at the last phrase boundary (a comma, or before a preposition or conjunction) that keeps
 * at least 60% of the limit, else at the last word boundary, and ends with "…".
 */
export function deriveTitle(lede: string, max = MAX_DERIVED_TITLE): string {
  // A headline keeps a closing quote, not the full stop inside it (`… "in the near future"`).
  const title = firstSentence(lede).replace(/[.。।॥۔](["”’]?)$/u, '$1').trim();
  if ([...title].length <= max) return title;
  // Asides in brackets (`The Ukrainian parliament (Verkhovna Rada) on Wednesday …`) are the
  // first words a headline does without.
  const bare = title.replace(ASIDE, '');
  if ([...bare].length <= max) return bare;
  // Then what explains a name between commas (`The Federation Council, the upper house of the
  // Russian parliament, has approved …`, `Putin, who is on a visit to China, said …`).
  const plain = bare.replace(APPOSITIVE, '');
  if ([...plain].length <= max) return plain;
  // Then the day the news was made (`… said on Thursday that …`, `Putin on Monday signed …`),
  // which the article's date tells; not a day to come (`… will hold talks on Tuesday`).
  const undated = withoutNewsDay(plain);
  if ([...undated].length <= max) return undated;
  // A wire lede names its source last (`…, Kremlin spokesman Dmitry Peskov told reporters on
  // Friday`): what was said is the headline, whole, with who said it when a person did, as
  // TASS's own headlines name them (`… — Peskov`): what was said is not the agency's word.
  const said = ATTRIBUTION.exec(undated);
  const claim = said ? said[1]! + (said[2] ?? said[3] ?? '') : '';
  // (Its first words only: the speaker is named before the verb.)
  const speaker = said ? speakerOf(undated.slice(claim.length + 1, claim.length + 200)) : null;
  const statement = speaker && [...claim].length + speaker.length + 3 <= max * WHOLE_LEEWAY ? `${claim} — ${speaker}` : claim;
  if (said && [...statement].length <= max) return statement;
  // A whole sentence a little over the limit says more than one cut short (`The death toll from the
  // fire at the … shopping mall…` lost what the news is: `… has risen to 64`): the shortest of
  // the sentence's forms within a fifth over the limit.
  const whole = [statement, undated, plain, bare, title].find((t) => t !== '' && [...t].length <= max * WHOLE_LEEWAY);
  if (whole !== undefined) return whole;
  const words = undated.split(/\s+/);
  let kept = '';
  let phrase = '';
  // The longest cut that parts no name (`… the city of Abu…` parts Abu Kamal).
  let named = '';
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = kept ? `${kept} ${word}` : word;
    // A phrase ends before this word (not at a list's comma: `… discussed Syria, Ukraine and
    // Iran`), whether or not the word itself fits: the last cut within the limit is that one.
    if (kept && (PHRASE_STARTS.test(word) || (/[,;:]["”’]?$/u.test(kept) && !listGoesOn(words, i)))) phrase = kept;
    if (next.length > max) break;
    kept = next;
    if (!(NAME_WORD.test(word) && NAME_WORD.test(words[i + 1] ?? ''))) named = kept;
  }
  if (kept === '') kept = sliceWhole(undated, max);
  const cut = withoutDangling(phrase.length >= max * 0.6 ? phrase : named.length >= max * 0.5 ? named : kept);
  return `${cut.replace(/[,;:](["”’])$/u, '$1').replace(/[\s,;:–—\-，；：、]+$/u, '')}…`;
}

/**
 * A phrase between commas that explains the name before it, with the comma before it: it opens
 * with an article or a relative pronoun, and the sentence goes on after it in lower case. Not
 * French's `a` and a past participle (`Bruno Le Maire, a annoncé, mardi, …`): the sentence's verb.
 */
const APPOSITIVE = /,\s(?:the|a(?!\s(?:\p{L}+é(?:e?s?)|dit|fait|pris|mis|eu|été|reçu|vu|écrit|lu|voulu|pu|dû|su|rendu|obtenu|tenu|venu|promis)(?!\p{L}))|an|who|which|whose)\s[^,;:()"“”]{3,100}?,(?=\s\p{Ll})/gu;

/** Words that end the name of a body, not of a person: `the Emergencies Ministry said`. */
const BODY_WORDS = /^(?:Ministry|Service|Office|Committee|Council|Agency|Department|Commission|Kremlin|Government|Administration|Court|Bank|Company|Corporation|Group|Press|Center|Centre|Headquarters|Staff|Mission|Embassy|Parliament|Duma|Assembly|Police|Guard|Forces|Army|Navy|Fleet|Board|Authority|Union|Organization|Organisation|Party|Institute|University|Roscosmos|Rosatom|Gazprom)$/u;

/**
 * The family name of the person an attribution names just before its verb (`Kremlin spokesman
 * Dmitry Peskov told reporters` → Peskov), or null for a body (`the Emergencies Ministry said`).
 */
function speakerOf(attribution: string): string | null {
  const m = /(\p{Lu}[\p{Ll}'’]+(?:[- ]\p{Lu}[\p{Ll}'’]+)+)\s+(?:said|says|told|tells|announced|reported|reports|stated|noted|confirmed|declared|stressed|emphasized|emphasised|warned)\b/u.exec(attribution);
  if (!m) return null;
  const last = m[1]!.split(/\s+/).at(-1)!;
  return BODY_WORDS.test(last) ? null : last;
}

/** How far over the limit a derived title may run when it is a whole sentence, not one cut short. */
const WHOLE_LEEWAY = 1.2;

/** Whether the name at `i`, after a comma, is an item of a list that goes on: another comma or `and` within the next words. */
function listGoesOn(words: readonly string[], i: number): boolean {
  if (!NAME_WORD.test(words[i] ?? '')) return false;
  const ahead = words.slice(i, i + 4);
  return ahead.some((w, k) => (k < 3 && /,$/.test(w)) || (k > 0 && /^(?:and|or|&|y|e|et|und|и)$/.test(w)));
}

/** A word that may be part of a name: capitalised, after a quote or bracket. */
const NAME_WORD = /^["'“‘(]?\p{Lu}/u;

/** An aside in brackets after a word, up to 80 characters, with the space before it. */
const ASIDE = /\s\([^()]{1,80}\)(?=[\s,;:.!?]|$)/gu;

/**
 * The day of the week a wire lede dates its news by, with the space before it: after a verb in
 * the past (`said on Thursday`, `told reporters late on Monday`, `insisted on Friday`) or before
 * one (`Putin on Friday signed`); not a day to come (`will be launched on Friday`).
 */
const DAY = /\s(?:(?:late|early|earlier)\s)?on\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s(?:morning|afternoon|evening|night))?/gu;
/**
 * The day of the week other languages date news by, as "this Tuesday" (`ce mardi`, `este
 * martes`, `nesta terça-feira`, `am Dienstag`, `questo martedì`): the day of the news, which the
 * article's date tells (a day to come has its own words: `mardi prochain`, `el próximo martes`).
 */
const THIS_DAY = /\s(?:ce|este|esta|neste|nesta|am|quest[oa]|dit)\s(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)(?:\s(?:matin|soir|après-midi|por la (?:mañana|tarde|noche)|à tarde|de manhã|abend|morgen))?(?!\s(?:prochain|siguiente|que vem))(?=[\s,;:.!?]|$)/gu;
/** French news dated by a bare day after the verb in the past: `a annoncé mardi`, `ont déclaré lundi soir`. */
const SAID_DAY_FR = /(\s(?:a|ont|avait|avaient)\s\p{Ll}+[éiu]e?s?)\s(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s(?:matin|soir|après-midi))?(?!\s(?:prochain|dernier))(?=[\s,;:.!?]|$)/gu;
const PAST = String.raw`(?:\p{Ll}{2,}ed|said|told|met|held|made|gave|took|sent|won|lost|left|came|went|saw|spoke|wrote|became|began|struck|laid|paid|sought|brought|set|put|cut|hit|shot|fought|ran|rose|fell|flew|threw|drew|broke|chose|swore|stood|stole|tore)`;
/** A verb in the past just before the day (and whom it was said to), and one just after it. */
const PAST_BEFORE = new RegExp(String.raw`\b${PAST}(?:\s(?:reporters|journalists|TASS|the press|the media))?$`, 'u');
const PAST_AFTER = new RegExp(String.raw`^\s${PAST}\b`, 'u');
/** A verb of a time to come before the day: `will be launched`, `to be held`. */
const TO_COME = /\b(?:will|would|shall|to|must|may|might|can|could)\s(?:be\s|have\s(?:been\s)?)?\p{Ll}+(?:\s\S+)?$/u;

/**
 * A sentence without the days of the week it dates its news by (see DAY). Each day is judged by
 * the few words around it, never by lookbehind over the whole sentence: a sentence of "ed"
 * repeated took time that grew with its square.
 */
function withoutNewsDay(sentence: string): string {
  // (German `am Dienstag` after `wird`, `soll` is a day to come.)
  const thisDay = (day: string, at: number): string => (/^\sam\s/u.test(day) && /\b(?:wird|werden|soll|sollen|will|wollen)\b/u.test(sentence.slice(Math.max(0, at - 60), at)) ? day : '');
  return sentence.replace(THIS_DAY, thisDay).replace(SAID_DAY_FR, '$1').replace(DAY, (day: string, at: number) => {
    const before = sentence.slice(Math.max(0, at - 60), at);
    const after = sentence.slice(at + day.length, at + day.length + 20);
    const ends = after === '' || /^[\s,;:.!?]/u.test(after);
    return (ends && PAST_BEFORE.test(before) && !TO_COME.test(before)) || PAST_AFTER.test(after) ? '' : day;
  });
}

/**
 * A sentence that ends by saying who said it: the statement (at least 30 characters), a comma,
 * then the speaker and a verb of saying with at most a time and place after it (`…, the
 * Kremlin press service said on Friday`, `…, according to the Defense Ministry`, `…, the
 * minister told TASS, adding that …`). The speaker holds no comma, so that a list in the
 * statement stays in it, and is there: in `NASA astronaut Nick Hague, who survived the landing,
 * said he was ready` the statement follows the verb, and what comes before is no news.
 */
const ATTRIBUTION = /^(.{30,}?[^\s,])(?:,(["”’])|(["”’]?),)\s+(?:[^,]{1,120}?\s(?:said|says|told|tells|announced|reported|reports|stated|noted|confirmed|declared|stressed|emphasized|emphasised|warned)|according to)\b(?![^,]*\b(?:that|he|she|it|they|we|I)\b)[^,]{0,80}(?:,\s*(?:adding|noting|saying)\b.*)?$/su;

/**
 * Words that lead into what follows them, and cannot end a shortened title (`… face à…`,
 * `… miles de…`, `… Gerasimov have…`): articles, prepositions and conjunctions of English,
 * French, Spanish, Portuguese, Italian and German, and English auxiliaries.
 */
const DANGLING = new Set(
  ('a an the and or but nor of to in on at for with by from as into than that which who whose ' +
    'against after before amid among amongst over under during between despite about around toward towards through via without within upon onto ' +
    // English auxiliaries and verbs of saying, and words that lead into what follows: `… Gerasimov have…`, `… has said…`.
    'has have had is are was were be been being will would can could may might must shall should said says told also not its their his her this these those shortly ' +
    'à au aux de du des le la les l un une et ou en pour par sur dans avec sans sous chez que qui ' +
    'al del el los las una y o para por con sin sobre ante tras según ' +
    'os as um uma e do da dos das em no na nos nas com ' +
    'il lo i gli di della dei delle nel nella su dal alla alle che ' +
    'der die das dem den des ein eine einen einem einer und oder im an am auf mit für von vom zu zum zur bei aus nach über gegen').split(' '),
);

/** A cut title without the words at its end that lead into what was cut (see DANGLING), keeping at least one word. */
export function withoutDangling(cut: string): string {
  const words = cut.split(/\s+/);
  while (words.length > 1 && DANGLING.has(words.at(-1)!.toLocaleLowerCase('en').replace(/[^\p{L}]+/gu, ''))) words.pop();
  return words.join(' ');
}

// Words kept in lower case inside a title, as in AP and Chicago style.
const SMALL_WORDS = new Set([
  'a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'nor', 'of', 'on', 'or', 'per',
  'the', 'to', 'up', 'via', 'vs', 'with',
]);

/** Acronyms an all-capitals headline keeps in capitals: in a headline, far more often acronyms than words (`US`). */
const ACRONYMS = new Set(
  ('UN US USA UK EU NATO FBI CIA NSA IMF OPEC UAE GOP NASA BBC CNN GDP CEO CFO IPO ECB ASEAN IAEA UNICEF UNESCO FIFA ' +
    'UEFA IOC NHS NYPD LAPD DNA HIV AIDS COVID SARS EPA FDA SEC FTC IRS DOJ DHS NFL NBA MLB NHL WTO OECD ANC PLO ISIS ' +
    'ICC ICJ OSCE BRICS AI TV UFO LGBT LGBTQ MP MPS PM EV EVS ID').split(' '),
);

/** The parts of a word (`US-LED`) that are acronyms, as written (`NATO'S` as `NATO's`); the others as cased. */
function keepAcronyms(word: string, cased: string): string {
  const written = word.split(/([-–—/])/);
  const parts = cased.split(/([-–—/])/);
  if (written.length !== parts.length) return cased;
  return written
    .map((part, i) => {
      const m = /^([^\p{L}]*)(\p{L}+)(['’]S)?([^\p{L}]*)$/u.exec(part);
      return m && ACRONYMS.has(m[2]!) ? `${m[1]}${m[2]}${(m[3] ?? '').toLowerCase()}${m[4]}` : parts[i];
    })
    .join('');
}

/** True when a headline has letters and none of them is lower case: `TAIWAN TENDERS FOR WHEAT`. */
export function isAllCaps(text: string): boolean {
  // Letters of cased scripts only: Chinese, Arabic or Hebrew have no capitals to be all of.
  const capitals = text.match(/\p{Lu}/gu) ?? [];
  return capitals.length >= 2 && !/\p{Ll}/u.test(text);
}

/**
 * Title case for an all-capitals headline: every word capitalised except small words
 * (articles, short prepositions, conjunctions) that are neither first nor last; words with
 * digits or inner full stops (`U.S.`, `G7`) and words of one letter stay as written.
 */
export function titleCase(text: string): string {
  return withKnownCasing(capitalised(text));
}

/** titleCase by its rules alone, before known names are given their own casing. */
function capitalised(text: string): string {
  const words = text.split(/(\s+)/);
  const last = words.length - 1;
  return words
    .map((word, i) => {
      if (/^\s+$/.test(word) || word === '') return word;
      const lower = lowerWord(word);
      const core = lower.replace(/[^\p{L}'’]/gu, '');
      if (i !== 0 && i !== last && SMALL_WORDS.has(core)) return lower;
      if (/\d/.test(word) || /\p{L}\.\p{L}/u.test(word) || /^[^\p{L}]*\p{L}[^\p{L}]*$/u.test(word)) return word;
      if (/\p{L}&\p{L}/u.test(word)) return word; // `AT&T`, `S&P`
      // The first letter as the headline writes it: a capital already (`İ` stays `İ`, not `I`).
      const cased = lower.replace(/\p{L}/u, (c) => /\p{Lu}/u.exec(word)?.[0] ?? c.toLocaleUpperCase('en'))
        .replace(/([-–—/])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toLocaleUpperCase('en'));
      return keepAcronyms(word, cased);
    })
    .join('');
}

/** Most words of a name known for its own casing (see knownCasing). */
const MAX_KNOWN_WORDS = 6;
let knownCasingTable: Map<string, string> | undefined;

/**
 * Names the gazetteer knows (people, places, organisations) whose casing the rules of title case
 * do not give (`Kim Jong Un`, not `Kim Jong UN`; `Moon Jae-in`; `McKesson`), by their words in
 * lower case: an all-capitals headline names them as they are written. Made on first use.
 */
function knownCasing(): Map<string, string> {
  if (knownCasingTable) return knownCasingTable;
  knownCasingTable = new Map();
  const names = [...KNOWN_PEOPLE.flatMap((p) => [p.name, ...p.aliases]), ...COUNTRIES, ...CITIES, ...MORE_CITIES, ...KNOWN_ORGANIZATIONS, ...MORE_COMPANIES, ...NEWS_MEDIA];
  for (const name of names) {
    const words = name.split(' ');
    if (words.length > MAX_KNOWN_WORDS || /[.&,]/.test(name)) continue;
    if (capitalised(name.toLocaleUpperCase('en')) !== name) knownCasingTable.set(name.toLocaleLowerCase('en'), name);
  }
  return knownCasingTable;
}

/** A title-cased headline with the known names in it cased as they are written (see knownCasing); longest names first. */
function withKnownCasing(cased: string): string {
  const table = knownCasing();
  const parts = cased.split(/(\s+)/);
  // Words at even indexes, the spaces between them at odd ones.
  for (let i = 0; i < parts.length; i += 2) {
    for (let n = Math.min(MAX_KNOWN_WORDS, Math.ceil((parts.length - i) / 2)); n >= 1; n--) {
      const last = i + 2 * (n - 1);
      // Punctuation around the name stays (`"Kim Jong Un's`, `(McKesson)`).
      const m = /^([^\p{L}]*)(.*?)((?:['’]s)?[^\p{L}]*)$/u.exec(parts.slice(i, last + 1).join(''));
      const known = m && table.get(m[2]!.replace(/\s+/g, ' ').toLocaleLowerCase('en'));
      if (!m || known === undefined) continue;
      parts.splice(i, last - i + 1, `${m[1]}${known}${m[3]}`);
      break;
    }
  }
  return parts.join('');
}
