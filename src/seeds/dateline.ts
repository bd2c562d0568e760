// Recognises the dateline that opens a wire story's lede:
//   GENEVA, November 14. /TASS/. Russian Deputy Foreign Minister …
//   CHICAGO, March 24 - Taiwan will tender …
//   LONDON, March 24 (Reuters) - …      WASHINGTON (AP) — …
//   KYIV, Ukraine (AP) — …   ALBANY, N.Y. (AP) — …   MOSCOW, 14 November (Interfax) - …
//   (Reuters) - … (a source and no place)
// The place is written in capitals; a date, a source or a dash must follow it,
// so that an ordinary sentence opening with an acronym is not taken for one. After a
// bare dash (`WASHINGTON – `) the capitals must name a place the gazetteer knows:
// `BREAKING - `, `EXCLUSIVE - ` and `NASA - ` open stories too, and name no place.

import { CITIES, COUNTRIES, MORE_CITIES, US_STATES } from '../enrich/gazetteer.ts';
import { lowerWord } from '../unicode.ts';

export interface Dateline {
  /** The place as a reader sees it: `Geneva`, `New York`, `St. Petersburg`, `Kyiv, Ukraine`; null when only a source opens the lede. */
  place: string | null;
  /** The source named in the dateline (`TASS`, `Reuters`), if any. */
  source: string | null;
  /** The lede text after the dateline. */
  rest: string;
  /** The reporters the dateline names, as Xinhua's and Yonhap's do (`（记者王晓洁）`, `김철수 기자 =`). */
  reporters?: string[];
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Months as the wires of other languages write them in datelines (`PARIS, 4 mai (AFP) -`,
 * `МОСКВА, 1 мая. /ТАСС/.`, `BERLIN, 4. Mai (dpa) -`): French, Spanish, Portuguese, Italian,
 * German, Dutch and Turkish, and Russian, Ukrainian, Polish and Greek (the genitive a date
 * takes, and Russian's nominative), in lower case. Shortened
 * with a full stop (`déc.`, `сент.`), a beginning of three letters or more of one of them is one too.
 */
const OTHER_MONTHS = new Set(
  ('janvier février mars avril mai juin juillet août septembre octobre novembre décembre ' +
    'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre ' +
    'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro ' +
    'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre ' +
    'januar jänner februar märz april mai juni juli august september oktober november dezember ' +
    'января февраля марта апреля мая июня июля августа сентября октября ноября декабря ' +
    'январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь ' +
    'січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня ' +
    'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia ' +
    'ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου οκτωβρίου νοεμβρίου δεκεμβρίου ' +
    'ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık ' +
    'januari februari maart april mei juni juli augustus september oktober november december').split(' '),
);

const OTHER_MONTH_LIST = [...OTHER_MONTHS];

// A place is up to five words of up to 40 capitals each (the longest place names run to about
// 20; unbounded, a run of a million capitals was a dateline, repeated on every listing of its article).
// The region after the place: a state's abbreviation (`Ore.`, `N.Y.`), or the name of a
// country or state (`Ukraine`, `Gaza Strip`), as AP writes datelines outside its home cities.
const DATELINE = new RegExp(
  // Reuters names two cities when its reporters filed from both: `BRUSSELS/LONDON`, `NEW YORK/WASHINGTON`.
  '^(?<place>\\p{Lu}[\\p{Lu}\'’.\\-]{0,39}(?:(?: |/)\\p{Lu}[\\p{Lu}\'’.\\-]{0,39}){0,5})' +
    // TASS names the country of a place abroad in slashes: `DA NANG /Vietnam/, November 11.`
    '(?: /(?<slashRegion>\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){0,2})/)?' +
    // A month and its day (`Nov. 14`) are no region, though `Nov.` is shaped as `Ore.` is.
    '(?:, (?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\p{Ll}*\\.? \\d)(?<region>\\p{Lu}[\\p{Ll}]{1,5}\\.|(?:\\p{Lu}\\.){2,3}|(?<regionName>\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,2})))?' +
    '(?:,? (?:(?<month>\\p{L}{3,9}\\.?) (?<day>\\d{1,2})(?:, \\d{4})?|(?<dayFirst>\\d{1,2})(?:\\.|er)? (?<monthAfter>\\p{L}{3,12}\\.?)(?:,? \\d{4})?))?' +
    '\\.?' +
    // A source names its reporter at times: `/TASS correspondent Ivan Pilshchikov/` (see sourceAndReporters).
    '(?: ?(?:/(?<slashSource>[^/\\n]{2,80})/|\\((?<parenSource>[^)\\n]{2,40})\\))|(?<=\\d) (?<wordSource>Kyodo|Xinhua|Yonhap|Bernama|Antara|KUNA|WAM)(?= [-–—]))?' +
    // PTI and some others put no mark after the source: `NEW DELHI, Nov 15 (PTI) Indian …`.
    '(?<sep> ?[.:] | [-–—]+ |\\.?[-–—]+ |(?<bare> )(?=[\\p{Lu}\\p{N}"“‘]))',
  'u',
);

const SMALL_PLACE_WORDS = new Set(['de', 'da', 'do', 'del', 'la', 'le', 'les', 'of', 'on', 'upon', 'am', 'an', 'der', 'el']);

/** The flags wire services put before a story, never a place, whatever follows them. */
const WIRE_FLAGS = new Set(
  ('breaking exclusive update updated urgent flash bulletin alert correction corrected analysis editorial opinion ' +
    'advisory review feature interview factbox explainer wrapup rpt refile insight column commentary preview ' +
    'timeline poll graphic diary highlights snapshot special live developing repeat repeats fact').split(' '),
);

/**
 * Words that open or close no place's name, whatever a bracket after them holds: the subjects and
 * verbs a story's sentence opens with (`Officials (Reuters) - …`, `Police (AP) - …`, `They (AFP)
 * - …`), pronouns and determiners, in lower case. A known agency vouches for a town the gazetteer
 * does not know (`Halle (dpa) -`), not for these. (Not `said`, the last word of Port Said.)
 */
const NOT_PLACE_WORDS = new Set(
  ('officials official authorities authority police sources source analysts analyst investors traders lawmakers legislators ' +
    'residents witnesses prosecutors investigators doctors researchers scientists experts economists diplomats protesters ' +
    'demonstrators rescuers firefighters troops soldiers militants rebels insurgents activists leaders ministers negotiators ' +
    'regulators voters workers employees unions shareholders shares stocks prices markets bonds futures spokesman spokeswoman ' +
    'spokesperson government ministry company companies president minister officers reports report media reporters agency ' +
    'the a an this that these those he she it they we i you his her its their our there here it’s it\'s according meanwhile ' +
    'however today yesterday says told reported reports announced added stated warned confirmed').split(' '),
);

/**
 * The same in Arabic and Hindi, where no capital tells a name: the verbs a sentence of the wires
 * opens with (`ذكرت` reported, `قالت` said, `أعلن` announced; `कहा` said, `बताया` told), the nouns
 * of who says it (`وكالة` agency, `مصادر` sources, `مسؤولون` officials; `सूत्रों` sources, `पुलिस`
 * police), and particles and postpositions (`في`, `من`, `أن`; `ने`, `का`, `में`), which no
 * place's name holds. An Arabic word with `و` or `ف` (and) before it is the word.
 */
const SCRIPT_NOT_PLACE_WORDS = new Set(
  ('قال قالت ذكر ذكرت أعلن أعلنت اعلن اعلنت أفاد أفادت افاد افادت أكد أكدت اكد اكدت نقل نقلت أورد أوردت اورد اوردت ' +
    'أضاف أضافت اضاف اضافت صرح صرحت أشار أشارت اشار اشارت كشف كشفت أوضح أوضحت اوضح اوضحت نفى نفت أظهر أظهرت اظهر اظهرت ' +
    'بث بثت نشر نشرت أبلغ أبلغت ابلغ ابلغت يقول تقول قالوا ذكروا أفادوا أكدوا أعلنوا أضافوا ' +
    'وكالة وكالات الوكالة مصادر مصدر المصادر مسؤول مسؤولون مسؤولين المسؤولون مسؤولو متحدث المتحدث الناطق ناطق صحيفة ' +
    'الصحيفة صحف وسائل الإعلام إعلام تقرير تقارير بيان البيان وزارة الوزارة وزير الوزير الحكومة حكومة الشرطة شرطة الجيش ' +
    'جيش الرئيس رئيس شهود الشهود مراسل مراسلة محللون خبراء سكان السكان ' +
    'في من إلى الى على عن مع أن ان إن قد لقد حسب بحسب وفق وفقا وفقاً نقلا نقلاً كما أيضا هذا هذه ذلك تلك التي الذي الذين ثم لكن ' +
    'ने का की के में से को पर तक और भी है हैं था थे थी यह वह इस उस ये वे कि कहा बताया कहते कहती कहना दिया किया गया ' +
    'सूत्रों सूत्र पुलिस सरकार अधिकारियों अधिकारी मंत्रालय मंत्री प्रवक्ता एजेंसी रिपोर्ट समाचार खबर उन्होंने उसने').split(' '),
);

/**
 * Whether a place a dateline would name is plainly none (see NOT_PLACE_WORDS): its first or last
 * word a common one, or, written in Arabic or Devanagari, any of its words (with `و` or `ف`
 * before it or not). A place the gazetteer knows is one.
 */
function notAPlace(place: string): boolean {
  const words = place.split(/[ -]+/u).filter((w) => w !== '');
  if (words.length === 0) return false;
  if (/[\p{sc=Arabic}\p{sc=Devanagari}]/u.test(place)) {
    return words.some((w) => SCRIPT_NOT_PLACE_WORDS.has(w) || (/^[وف]/u.test(w) && w.length > 3 && SCRIPT_NOT_PLACE_WORDS.has(w.slice(1))));
  }
  if (isKnownPlace(place)) return false;
  return NOT_PLACE_WORDS.has(lowerWord(words[0]!)) || NOT_PLACE_WORDS.has(lowerWord(words.at(-1)!));
}

/** Places datelines name that the gazetteer lists as no country, state or city. */
const DATELINE_ONLY_PLACES = ['United Nations', 'Vatican City'];

/** A place's name without case or accents: `SAO PAULO` and `São Paulo` alike. */
function placeKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

let knownPlaces: Set<string> | undefined;
/** Whether the gazetteer knows a place by this name (made on first use). */
export function isKnownPlace(place: string): boolean {
  knownPlaces ??= new Set([...COUNTRIES, ...US_STATES, ...CITIES, ...MORE_CITIES, ...DATELINE_ONLY_PLACES].map(placeKey));
  return knownPlaces.has(placeKey(place));
}

/** Whether a word names a month, in English or another language of the wires (see OTHER_MONTHS). */
export function isMonth(word: string): boolean {
  const w = word.replace(/\.$/, '').toLocaleLowerCase('en');
  if (/^[a-z]+$/.test(w) && MONTHS.some((m) => w.startsWith(m) && (w.length <= 4 || m.length === 3))) return true;
  if (OTHER_MONTHS.has(w)) return true;
  // Shortened: with a full stop (`déc.`, `сент.`), or to three letters, as EFE, Lusa and ANSA write them (`ene`, `abr`, `MAG`).
  return (word.endsWith('.') ? w.length >= 3 : w.length === 3) && OTHER_MONTH_LIST.some((m) => m.startsWith(w));
}

function capitalise(word: string): string {
  return word.charAt(0).toLocaleUpperCase('en') + lowerWord(word.slice(1));
}

/** `ST. PETERSBURG` -> `St. Petersburg`, `RIO DE JANEIRO` -> `Rio de Janeiro`, `BRUSSELS/LONDON` -> `Brussels/London`. */
export function placeCase(place: string): string {
  if (place.includes('/')) return place.split('/').map(placeCase).join('/');
  return place
    .split(' ')
    .map((word, i) =>
      word
        .split('-')
        .map((part, j) => {
          const lower = lowerWord(part);
          return (i > 0 || j > 0) && SMALL_PLACE_WORDS.has(lower) ? lower : capitalise(part);
        })
        .join('-'),
    )
    .join(' ');
}

/**
 * A source that names its reporters, as TASS's do (`TASS correspondent Ivan Pilshchikov`,
 * `TASS special correspondent …`, `корр. ТАСС Иван Иванов`): the agency, and the reporters,
 * who are the story's authors. Names are two to four capitalised words; anything else after
 * `correspondent` is no byline, and the source stays as written.
 */
const CORRESPONDENT = [
  // The agency: a name in capitals (`TASS`, `ITAR-TASS`, `RIA`) or one the wires know by its name.
  /^(?<source>\p{Lu}[\p{Lu}&-]+(?: \p{Lu}[\p{Lu}&-]+)?|Reuters?|Xinhua|Interfax(?:-Ukraine)?|Sputnik|RIA Novosti|Kyodo|Yonhap|Bloomberg|Ukrinform|BelTA|Kazinform|Trend|Anadolu) (?:(?:special|staff|own|chief|political|military|foreign) )?(?:correspondents?|reporters?) (?<names>.+)$/u,
  /^(?:(?:[Сс]пец\.|[Сс]пециальный|[Сс]обственный) ?)?[Кк]орр(?:\.|еспондент)(?:ы)? (?<source>ТАСС|РИА Новости|Интерфакса?|ИТАР-ТАСС|ПРАЙМ|Укрінформу?) (?<names>.+)$/u,
];
const REPORTER_NAME = /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,3}$/u;
/** Words of a post, not of a name: `/Reuter correspondent Moscow Bureau Chief/`. */
const POST_WORDS = /\b(?:Bureau|Chief|Office|Desk|Service|Editor|Staff|Correspondent|Reporter|Team)\b/u;

/**
 * The newswires that carry press releases, as their datelines write them (`/PRNewswire/`,
 * `/PRNewswire-USNewswire/`, `(GLOBE NEWSWIRE)`, `(BUSINESS WIRE)`), by the names they go by:
 * one source, and one topic, however the dateline wrote it.
 */
const NEWSWIRES: [RegExp, string][] = [
  [/^PR ?Newswire(?:-[\w ]+)?$/i, 'PR Newswire'],
  [/^Globe ?Newswire$/i, 'GlobeNewswire'],
  [/^Business ?Wire$/i, 'Business Wire'],
  [/^Marketwired$/i, 'Marketwired'],
  [/^ACCESSWIRE$/i, 'ACCESSWIRE'],
];

/** The newswires' names, as sources (see NEWSWIRES): a story under one is a press release. */
export const NEWSWIRE_NAMES: ReadonlySet<string> = new Set(NEWSWIRES.map(([, name]) => name));

/** A dateline's source and the reporters it names (see CORRESPONDENT). */
function sourceAndReporters(written: string): { source: string; reporters?: string[] } {
  // A name of words in capitals (`EUROPA PRESS`, `KYODO NEWS`) is a name, as the wire's own pages
  // write it: `Europa Press`; an acronym alone (`TASS`, `AFP`) stays.
  const named = /^\p{Lu}{4,}(?: \p{Lu}{4,})+$/u.test(written) ? written.split(' ').map((w) => w.charAt(0) + w.slice(1).toLowerCase()).join(' ') : written;
  const source = NEWSWIRES.find(([form]) => form.test(named))?.[1] ?? named;
  for (const form of CORRESPONDENT) {
    const m = form.exec(source);
    if (!m?.groups) continue;
    const names = m.groups.names!.split(/,\s*|\s+(?:and|и|і)\s+/u).map((n) => n.trim());
    if (names.length > 0 && names.length <= 4 && names.every((n) => REPORTER_NAME.test(n) && !POST_WORDS.test(n))) return { source: m.groups.source!.trim(), reporters: names };
  }
  return { source };
}

/**
 * A lede opened by a source alone: `(Reuters) - `, `(Bloomberg) -- `; or after a date, as UPI
 * writes it (`Sept. 14 (UPI) -- `).
 */
const SOURCE_ONLY = /^(?:(?:(?<month>\p{Lu}\p{Ll}{2,8}\.?) \d{1,2},? )?\((?<source>\p{Lu}[^)\n]{1,39})\) ?[-–—]+ |\/(?<slashed>TASS-DOSSIER|TASS|ITAR-TASS|ТАСС-ДОСЬЕ|ТАСС|ИТАР-ТАСС)\/\.?\s+(?=\S))/u;

/** A newswire's name between dashes, as Business Wire and others write it: `CAMBRIDGE, Mass.--(BUSINESS WIRE)--Acme …`. */
const DASHED_NEWSWIRE = /^([^\n]{2,80}?) ?--? ?\(([^)\n]{2,40})\) ?--? ?(?=\S)/u;

export function parseDateline(lede: string): Dateline | null {
  if (lede.startsWith('**') || lede.startsWith('__')) return parseBoldDateline(lede);
  // tass.com and others set a no-break space after `/TASS/.` and inside the date: a space here.
  let text = HAS_NO_BREAK_SPACE.test(lede) ? lede.replace(NO_BREAK_SPACES, ' ') : lede;
  // A newswire between dashes, as the other newswires write theirs: `CAMBRIDGE, Mass. (BUSINESS WIRE) -- `.
  const dashed = text.includes('--') ? DASHED_NEWSWIRE.exec(text) : null;
  if (dashed && NEWSWIRES.some(([form]) => form.test(dashed[2]!))) text = `${dashed[1]} (${dashed[2]}) -- ${text.slice(dashed[0].length)}`;
  return parseCapitals(text) ?? parseSourceOnly(text) ?? parseMixedCase(text) ?? parseEastAsian(text) ?? parseArabicOrHindi(text);
}

/** A sentence of a story, written after a line to see whether that line is a dateline with none after it. */
const STORY_AFTER = 'The story goes on.';

/**
 * A dateline written alone, with no story after it (`GENEVA, November 14. /TASS/.`,
 * `WASHINGTON (AP) —`), as wire copy wrapped at the dateline or cut after it leaves one on a line
 * of its own: it reads as one when a sentence put after it is the story it opens.
 */
export function datelineAlone(text: string): Dateline | null {
  const line = text.trim();
  if (line === '' || line.length > 120) return null;
  const found = parseDateline(`${line} ${STORY_AFTER}`);
  return found?.rest === STORY_AFTER ? found : null;
}

/** A dateline set in bold, as Markdown writes it: `**Madrid, 5 dic (EFE).-**`, `__WASHINGTON__`. */
const BOLD_OPENING = /^(\*\*|__)([^*_\n]{2,120}?)\1[ \t]*/u;

/**
 * A dateline set in bold (`**Madrid, 5 dic (EFE).-** El Gobierno …`, `**WASHINGTON** — The …`),
 * read as the plain one: only where the bold holds the opening of the dateline, no more.
 */
function parseBoldDateline(lede: string): Dateline | null {
  const m = BOLD_OPENING.exec(lede);
  if (!m) return null;
  const after = lede.slice(m[0].length);
  const found = parseDateline(`${m[2]!.trim()} ${after}`);
  return found !== null && found.rest.length <= after.trim().length ? found : null;
}

const NO_BREAK_SPACES = /[\u00a0\u2007\u202f]/gu;
const HAS_NO_BREAK_SPACE = /[\u00a0\u2007\u202f]/u;

/**
 * Agencies that Russian and Ukrainian wires name after the dash of a dateline rather than in
 * brackets: `МОСКВА, 1 мая — РИА Новости. Президент …`.
 */
const AGENCY_AFTER_DASH = /^(?<source>РИА Новости|RIA Novosti|Интерфакс|ИНТЕРФАКС|Interfax|ПРАЙМ|Прайм|ТАСС|Спутник|Sputnik|РБК|Укрінформ|УНІАН|Інтерфакс-Україна)[.,]\s+/u;

/** A dateline with its place in capitals (see DATELINE). */
function parseCapitals(lede: string): Dateline | null {
  const m = DATELINE.exec(lede);
  if (!m?.groups) return null;
  const g = m.groups;
  // `MOSCOW. Nov 14 (Interfax)`: the full stop ends the place, it is no part of its name.
  const place = (g.place ?? '').replace(/(?<=^|\s)([^\s.]{3,})\.$/u, '$1');
  if ((place.match(/\p{Lu}/gu) ?? []).length < 2) return null;
  if (WIRE_FLAGS.has(place.split(' ')[0]!.toLowerCase()) || notAPlace(placeCase(place))) return null;
  // Two cities (`BRUSSELS/LONDON`) must both be places the gazetteer knows: `AC/DC (Reuters)` names none.
  if (place.includes('/') && !place.split('/').every((part) => isKnownPlace(placeCase(part)))) return null;
  const month = g.month ?? g.monthAfter;
  if (month !== undefined && !isMonth(month)) return null;
  const source = (g.slashSource ?? g.parenSource ?? g.wordSource ?? '').trim() || null;
  const dash = /[-–—]/.test(g.sep ?? '');
  // With no mark after it, a source in brackets must follow a date or a place the gazetteer
  // knows: `UN (United Nations) Officials …` opens no dateline.
  if (g.bare !== undefined && (source === null || (month === undefined && !isKnownPlace(placeCase(place))))) return null;
  // A region spelled out is a dateline's only when a source or a dash follows: `PARIS, Texas —`.
  if (g.regionName !== undefined && source === null && !dash) return null;
  if (month === undefined && source === null) {
    // A bare `CAPS - ` opening is only a dateline when the capitals name a known place, or are
    // followed by a state's abbreviation (`PORTLAND, Ore. - `), as no acronym or flag is; so is
    // `CAPS: `, as Indian and Pakistani papers write it (`MUMBAI: The Bombay high court …`), when
    // the capitals name a known place (`NOTE: `, `WARNING: ` name none).
    // (And a sentence follows, ended: `UKRAINE: Russia launches new offensive` is a headline.)
    const colon = /:/.test(g.sep ?? '');
    const told = (): boolean => /[.!?…"”’)]$/u.test(lede.trim()) || lede.length > 150;
    if (colon ? !isKnownPlace(placeCase(place)) || !told() : !dash || (g.region === undefined && !isKnownPlace(placeCase(place)))) return null;
  }
  let rest = lede.slice(m[0].length).trim();
  let named = source;
  const agency = dash && source === null && month !== undefined ? AGENCY_AFTER_DASH.exec(rest) : null;
  if (agency) {
    named = agency.groups!.source!;
    rest = rest.slice(agency[0].length);
  }
  if (rest.length === 0) return null;
  const region = g.region ? `, ${g.region}` : g.slashRegion ? `, ${g.slashRegion}` : '';
  return { place: placeCase(place) + region, ...(named === null ? { source: null } : sourceAndReporters(named)), rest };
}

/**
 * A dateline with its place written as a name (`Paris (AFP) - `, `Ciudad de México, 6 may
 * (EFE).- `, `Москва. 1 мая. ИНТЕРФАКС - `), as AFP, EFE, dpa and Interfax write it in their
 * own languages: a source and a dash must follow, and a date or a place the gazetteer knows,
 * since an ordinary sentence can open with a capitalised word and a bracket too.
 */
const MIXED_CASE = new RegExp(
  // (An apostrophe within a word: `Sana'a`.)
  '^(?<place>\\p{Lu}\\p{Ll}+(?:[\'’]\\p{Ll}+)?(?:[ -](?:\\p{Lu}\\p{Ll}+|de|del|la|le|les|di|do|da|dos|am|an|sur|en|upon|on)){0,4})' +
    // PTI names the state in brackets before the date, ANI the state or country in square ones:
    // `Kevadia (Gujarat), Oct 31 (PTI)`, `New Delhi [India], November 14 (ANI):`.
    // `Srinagar (Jammu and Kashmir) [India], May 2 (ANI):`.
    '(?: \\((?<region>\\p{Lu}\\p{Ll}+(?: (?:\\p{Lu}\\p{Ll}+|and)){0,3})\\)(?=,| \\[))?(?: \\[(?<country>\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,2})\\](?=,))?' +
    // WAM writes the day as an ordinal: `Abu Dhabi, 14th November, 2024 (WAM) --`.
    '(?:[,.] (?:(?<day>\\d{1,2})(?:\\.|er|st|nd|rd|th)? (?<month>\\p{L}{3,12}\\.?)|(?<monthFirst>\\p{L}{3,12}\\.?) (?<dayAfter>\\d{1,2}))(?:,? \\d{4})?)?' +
    '\\.?' +
    // Gulf and Iranian agencies put a comma before theirs: `Riyadh, December 06, 2023, SPA -- `, `Tehran, IRNA -- `.
    '(?: ?\\((?<parenSource>[^)\\n]{2,40})\\)| ?/(?<slashSource>[^/\\n]{2,80})/|,? (?<capsSource>\\p{Lu}{3,}(?: \\p{Lu}{3,})?))' +
    // IANS, PTI and Prensa Latina put no mark after the source: `New Delhi, March 24 (IANS) Prime …`; ANI a colon.
    '(?:\\.?[-–—]+ ?| [-–—]+ |: |(?<bare> )(?=[\\p{Lu}\\p{N}"“‘]))',
  'u',
);

/**
 * Agencies whose datelines name any town, one the gazetteer may not know (`Halle (dpa) -`,
 * `Hà Nội (VNA) –`): with one of them after it, a capitalised name is a place.
 */
const KNOWN_AGENCIES = new Set([
  ...'dpa AFP AP Reuters EFE ANSA IANS PTI ANI UNI UPI VNA Xinhua Kyodo Yonhap Bernama Anadolu AA TASS Interfax KUNA WAM SPA APA ATS SDA'.split(' '),
  ...'Belga ANP Lusa CTK PAP MTI BTA Hina Tanjug Antara PNA Sputnik NAN MENA IRNA ISNA IRIB BSS APP'.split(' '),
  'Prensa Latina',
]);

/** Whether a name is an agency's the wires know (`Xinhua`, `EFE`, `Reuters`): a `Source:` line closing a story gives it as the source. */
export function isKnownAgency(name: string): boolean {
  return KNOWN_AGENCIES.has(name);
}

let agenciesInCapitals: Map<string, string> | undefined;
/** The agency the wires know by this name, as written or in capitals (`Reuters`, `REUTERS`: Reuters), else null. */
export function knownAgencyName(name: string): string | null {
  if (KNOWN_AGENCIES.has(name)) return name;
  agenciesInCapitals ??= new Map([...KNOWN_AGENCIES].map((a) => [a.toUpperCase(), a]));
  return name === name.toUpperCase() ? (agenciesInCapitals.get(name) ?? null) : null;
}

/** Agencies that write their names in lower case (`Berlin (dpa) -`): any other source in brackets is capitalised. */
export const LOWER_CASE_AGENCIES: ReadonlySet<string> = new Set(['dpa', 'sda', 'apa', 'kna', 'epd', 'ots', 'afp', 'efe', 'ap']);

/** Days of the week, which open ledes (`Tuesday, March 4 (AP) -`) and are never a place. */
const WEEKDAYS = new Set('monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi samedi dimanche montag dienstag mittwoch donnerstag freitag samstag sonntag lunes martes miércoles jueves viernes sábado domingo'.split(' '));

/**
 * Whether what a bracket holds names an agency, as a dateline's source does: one to three
 * capitalised words (`AFP`, `Reuters`, `Agência Brasil`) or an agency that writes its name in
 * lower case (`dpa`), with no digits, and no place (`Paris (Texas) -`). An aside in brackets
 * (`China (and Russia) -`, `Jordan (23 points) -`, `Washington (the state) -`) is no source.
 */
function isAgency(source: string): boolean {
  if (LOWER_CASE_AGENCIES.has(source.toLowerCase()) && source === source.toLowerCase()) return true;
  return /^\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,2}$/u.test(source) && !isKnownPlace(source);
}

function parseMixedCase(lede: string): Dateline | null {
  const m = MIXED_CASE.exec(lede);
  if (!m?.groups) return null;
  const g = m.groups;
  const place = g.place!;
  if (WEEKDAYS.has(place.toLowerCase()) || WIRE_FLAGS.has(place.split(' ')[0]!.toLowerCase()) || notAPlace(place)) return null;
  const month = g.month ?? g.monthFirst;
  const source = (g.parenSource ?? g.slashSource ?? g.capsSource ?? '').trim();
  const known = KNOWN_AGENCIES.has(source);
  if (month !== undefined ? !isMonth(month) : !isKnownPlace(place) && !known) return null;
  // With no mark after it, only a date and a known agency make a dateline: `Apple (Reuters) said …` is none.
  if (g.bare !== undefined && (month === undefined || !known)) return null;
  const rest = lede.slice(m[0].length).trim();
  if (rest.length === 0 || WIRE_FLAGS.has(source.split(' ')[0]!.toLowerCase())) return null;
  const named = sourceAndReporters(source);
  if (!named.reporters && !isAgency(source)) return null;
  return { place: [place, g.region, g.country].filter(Boolean).join(', '), ...named, rest };
}

/**
 * The openings of Chinese, Japanese and Korean wires: Xinhua's `新华社北京5月2日电（记者 …）`,
 * China News Service's and the papers' sites' (`中新社北京12月5日电 (记者 张三)`, `人民网北京12月5日电`,
 * `中新网12月5日电`, with no place), Kyodo's `【東京共同】`, Yonhap's `(서울=연합뉴스) 김철수 기자 = `.
 */
const EAST_ASIAN = [
  /^(?<source>新华社|新华网|中新社|中新网|中国新闻网|人民网|人民日报|央视网|央广网|光明网|环球网|国际在线|中国日报网)?(?<place>\p{sc=Han}{2,6}?)?\d{1,2}月\d{1,2}日电\s*(?:[（(](?<note>[^）)\n]{0,40})[）)])?\s*/u,
  /^【(?<place>\p{sc=Han}{1,6}?)(?<source>共同|時事)】\s*/u,
  /^\((?<place>\p{sc=Hangul}{1,10})=(?<source>[^)\n]{1,20})\)\s*(?:(?<reporter>\p{sc=Hangul}{2,4})\s*(?:기자|특파원)\s*=\s*)?/u,
];

/** The reporters of Xinhua's note after its dateline: `记者王晓洁`, `记者 王晓洁 李明`, `记者王晓洁、李明`. */
function notedReporters(note: string | undefined): string[] {
  const m = /^\s*记者\s*(.+)$/u.exec(note ?? '');
  return m ? m[1]!.split(/[、，,\s]+/u).filter((name) => /^\p{sc=Han}{2,4}$/u.test(name)) : [];
}

function parseEastAsian(lede: string): Dateline | null {
  for (const form of EAST_ASIAN) {
    const m = form.exec(lede);
    if (!m?.groups) continue;
    const rest = lede.slice(m[0].length).trim();
    if (rest.length === 0 || (m.groups.place === undefined && m.groups.source === undefined)) return null;
    // The reporters the opening names are the story's authors, not words lost with the dateline.
    const reporters = m.groups.reporter ? [m.groups.reporter] : notedReporters(m.groups.note);
    return { place: m.groups.place ?? null, source: m.groups.source ?? null, rest, ...(reporters.length > 0 ? { reporters } : {}) };
  }
  return null;
}

/**
 * Months as the Arabic and Hindi wires write them: Egypt's and the Gulf's (`مايو`), the Levant's
 * and Iraq's (`أيار`, `تشرين الثاني`), the Maghreb's (`ماي`, `جوان`); Hindi's (`मई`, `सितंबर`,
 * `सितम्बर`). A month may be written twice, the Levant's and Egypt's (`أيار/مايو`).
 */
const SCRIPT_MONTHS = new Set(
  ('يناير فبراير مارس أبريل ابريل إبريل مايو يونيو يونيه يوليو يوليه أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر ' +
    'كانون_الثاني شباط آذار اذار نيسان أيار ايار حزيران تموز آب اب أيلول ايلول تشرين_الأول تشرين_الاول تشرين_الثاني كانون_الأول كانون_الاول ' +
    'جانفي فيفري أفريل افريل ماي جوان جويلية أوت اوت ' +
    'जनवरी फरवरी फ़रवरी मार्च अप्रैल अप्रेल मई जून जुलाई अगस्त सितंबर सितम्बर अक्टूबर अक्तूबर नवंबर नवम्बर दिसंबर दिसम्बर')
    .split(' ')
    // (In the form NFC gives: `फ़रवरी` with its nukta apart, however it is typed.)
    .map((m) => m.replace('_', ' ').normalize('NFC')),
);

/**
 * The agencies of the Arabic and Hindi wires, as they write their names in their datelines:
 * Reuters (`رويترز`), AFP (`أ ف ب`, `فرانس برس`), EFE (`إفي`), dpa (`د ب أ`), AP, Anadolu,
 * Xinhua, Sputnik, UPI, the Arab states' own (SPA `واس`, WAM `وام`, QNA `قنا`, KUNA `كونا`, BNA
 * `بنا`, SANA `سانا`, WAFA `وفا`, Petra `بترا`, MENA `أ ش أ`, MAP `ومع`, APS `واج`, TAP `وات`); PTI's
 * Hindi service Bhasha (`भाषा`), UNI's Varta (`वार्ता`, `यूनीवार्ता`), PTI, IANS, ANI, Reuters, AFP and
 * AP in Devanagari. Spaces and full stops inside an acronym are as written (`أ.ف.ب`).
 */
const SCRIPT_AGENCIES = new Set(
  ('رويترز|أ ف ب|أ.ف.ب|ا ف ب|فرانس برس|إفي|افي|د ب أ|د.ب.أ|أ ب|أسوشيتد برس|الأناضول|الاناضول|شينخوا|سبوتنيك|يو بي آي|واس|وام|قنا|كونا|بنا|سانا|وفا|بترا|أ ش أ|أ.ش.أ|ومع|واج|وات|العمانية|' +
    'भाषा|वार्ता|यूनीवार्ता|पीटीआई|आईएएनएस|एएनआई|रॉयटर्स|रायटर|एएफपी|एपी').split('|'),
);

/** A word of Arabic or of Devanagari letters and marks, no digits; an Arabic word may take the Persian letters too. */
const ARABIC_WORD = String.raw`(?:(?![\u0660-\u0669\u06F0-\u06F9])[\p{sc=Arabic}\p{M}])+`;
const DEVANAGARI_WORD = String.raw`(?:(?![\u0966-\u096F\u0964\u0965])[\p{sc=Devanagari}\p{M}])+`;
/**
 * A day of the month in Western, Arabic-Indic or Devanagari digits, or in Hindi words, as Bhasha
 * writes the first nine (`नयी दिल्ली, चार मई (भाषा)`).
 */
const SCRIPT_DAY = String.raw`(?:\d{1,2}|[\u0660-\u0669]{1,2}|[\u06F0-\u06F9]{1,2}|[\u0966-\u096F]{1,2}|एक|दो|तीन|चार|पांच|पाँच|छह|छः|सात|आठ|नौ)`;

/**
 * The datelines of the Arabic and Hindi wires, as the Latin script's mixed-case ones (see
 * MIXED_CASE): a place of up to three words, a date at times (after a comma, Arabic's `،` or
 * Latin's), the agency in brackets, then a dash or a colon, or nothing, as PTI writes its Hindi
 * service's (`नई दिल्ली, 4 मई (भाषा) …`): `القاهرة (رويترز) - …`, `نيودلهي، 4 مايو (إفي) - …`.
 */
const SCRIPT_DATELINES = [ARABIC_WORD, DEVANAGARI_WORD].map(
  (word) =>
    new RegExp(
      `^(?<place>${word}(?: ${word}){0,2})` +
        `(?:\\s?[،,] ?(?<day>${SCRIPT_DAY}) (?<month>${word}(?: ${word})?(?: ?/ ?${word})?))?` +
        ' ?\\((?<source>[^()\\n]{1,30})\\)' +
        '(?: ?[-–—:]+ ?|(?<bare> ))(?=\\S)',
      'u',
    ),
);

/** Days of the week in Arabic and Hindi, which a bracket after a date may hold (`(الأحد)`, `(शनिवार)`): no agency. */
const SCRIPT_WEEKDAYS = new Set('الأحد الاحد الاثنين الإثنين الثلاثاء الأربعاء الاربعاء الخميس الجمعة السبت सोमवार मंगलवार बुधवार गुरुवार बृहस्पतिवार शुक्रवार शनिवार रविवार'.split(' '));

/** An agency's name of one to three words of either script, no digits: no aside (`(الذي طلب عدم ذكر اسمه)`). */
const SCRIPT_SOURCE = new RegExp(`^(?:${ARABIC_WORD}(?: ${ARABIC_WORD}){0,2}|${DEVANAGARI_WORD}(?: ${DEVANAGARI_WORD}){0,2})$`, 'u');

/** Whether the lede opens with a letter of Arabic or Devanagari: only then are SCRIPT_DATELINES tried. */
const ARABIC_OR_DEVANAGARI = /^[\p{sc=Arabic}\p{sc=Devanagari}]/u;

/**
 * A dateline of the Arabic or Hindi wires (see SCRIPT_DATELINES): its place and its agency as
 * written, as a Cyrillic or Chinese one's are. A known agency (SCRIPT_AGENCIES) vouches for
 * a place with no date; with a date, an agency of one to three words of the script will do,
 * before a dash; with no mark after it, only a date and a known agency make one, as in MIXED_CASE.
 */
function parseArabicOrHindi(lede: string): Dateline | null {
  if (!ARABIC_OR_DEVANAGARI.test(lede)) return null;
  for (const form of SCRIPT_DATELINES) {
    const m = form.exec(lede);
    if (!m?.groups) continue;
    const g = m.groups;
    const source = g.source!.trim();
    const known = SCRIPT_AGENCIES.has(source);
    // Each of the Levant's and Egypt's months, where both are written (`أيار/مايو`).
    if (g.month !== undefined && !g.month.split(/ ?\/ ?/u).every((month) => SCRIPT_MONTHS.has(month.normalize('NFC')))) return null;
    const dated = g.month !== undefined;
    // A sentence's verb and subject (`ذكرت وكالة (رويترز) - …`, the agency reported) are no place.
    if (notAPlace(g.place!)) return null;
    if (g.bare !== undefined ? !dated || !known : !known && (!dated || !SCRIPT_SOURCE.test(source) || SCRIPT_WEEKDAYS.has(source))) return null;
    const rest = lede.slice(m[0].length).trim();
    if (rest.length === 0) return null;
    return { place: g.place!, source, rest };
  }
  return null;
}

/** A lede's first words, an agency in brackets and a dash (`قالت مصادر (رويترز) - …`, `Officials (Reuters) - …`). */
const AGENCY_SIGN = /^(?<words>[^()\n]{1,60}?) ?\((?<source>[^()\n]{1,30})\) ?(?<dash>[-–—]+) ?(?=(?<next>\S))/u;
/** Most words before such a sign: a sentence's subject and verb, as a dateline's place is up to three. */
const MAX_SIGN_WORDS = 5;

/**
 * The agency a lede signs with after words that are no dateline's place, a sentence's subject
 * and verb (`قالت مصادر (رويترز) - إن …`, sources said (Reuters) that …; `Officials (Reuters) -
 * The …`), which parseDateline leaves whole: the wire's sign all the same, so the agency, when
 * the wires know it, is the source. Also the words before the sign and the text after it, and
 * whether the sentence runs on across it (no capital after it, as in Arabic and Hindi) or starts
 * anew, the words before it a line of their own. Null for any other lede.
 */
export function agencySign(lede: string): { source: string; words: string; rest: string; runsOn: boolean } | null {
  const m = AGENCY_SIGN.exec(lede);
  if (!m?.groups) return null;
  const source = m.groups.source!.trim();
  const words = m.groups.words!.trim();
  if ((!KNOWN_AGENCIES.has(source) && !SCRIPT_AGENCIES.has(source.normalize('NFC'))) || words === '' || words.split(/\s+/u).length > MAX_SIGN_WORDS) return null;
  return { source, words, rest: lede.slice(m[0].length), runsOn: !/\p{Lu}/u.test(m.groups.next!) };
}

/** A signed lede's story without the sign: the sentence joined across it, or the sentence after it (see agencySign). */
export function unsignedLede(sign: { words: string; rest: string; runsOn: boolean }): string {
  return sign.runsOn ? `${sign.words} ${sign.rest}` : sign.rest;
}

function parseSourceOnly(lede: string): Dateline | null {
  const m = SOURCE_ONLY.exec(lede);
  // TASS's backgrounders open with its name alone, in slashes: `/TASS-DOSSIER/. On January 16, …`;
  // so did its stories under its name of 1992-2014 (`/ITAR-TASS/. …`), whose title was the name.
  const source = (m?.groups?.source ?? m?.groups?.slashed)?.trim();
  if (!m || !source || WIRE_FLAGS.has(source.split(' ')[0]!.toLowerCase())) return null;
  if (m.groups!.month !== undefined && (!isMonth(m.groups!.month) || !KNOWN_AGENCIES.has(source))) return null;
  const rest = lede.slice(m[0].length).trim();
  if (rest.length === 0) return null;
  // ANSA's English service names its source first, then the dateline: `(ANSA) - ROME, MAY 31 - `.
  const then = parseCapitals(rest);
  if (then && then.source === null) return { place: then.place, source, rest: then.rest };
  return { place: null, source, rest };
}
