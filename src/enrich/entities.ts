// Named entities in an article's text: people, places, organisations and subjects (named events
// and processes: "Geneva talks", "G20 Summit", "COVID-19 pandemic"). A small rule tokenizer
// (`tokenize`) does the language work (tokens, sentence boundaries, coarse parts of speech); the
// rules here pick the capitalised chunks out of its tokens and classify them with word lists
// (gazetteer.ts), titles, the words that end organisations' and events' names, and aliases
// (README, "Topics"). Every rule can be read and its mistakes fixed; nothing is downloaded at
// run time, and no model is loaded.
import type { TopicKind } from '../types.ts';
import {
  ACRONYMS,
  CAPITAL_OF,
  CITIES,
  COMPANIES,
  COUNTRIES,
  DEMONYM_OF,
  GIVEN_NAMES,
  KNOWN_ORGANIZATIONS,
  lookupTable,
  MORE_CITIES,
  MORE_GIVEN_NAMES,
  ORG_HEADS as ORG_HEAD_LIST,
  REGIONS,
  STATE_CODES,
  US_STATES,
} from './gazetteer.ts';
import { LAW_FIRMS, MORE_ACRONYMS, MORE_COMPANIES, NEWS_MEDIA, ORG_OTHER_NAMES } from './gazetteer-orgs.ts';
import { KNOWN_PEOPLE } from './gazetteer-people.ts';
import { LANDFORMS, NATIONAL_PARKS, RIVERS } from './gazetteer-places.ts';

export type EntityKind = TopicKind;

/** One entity named in one article, with how often it is named there. */
export interface Mention {
  name: string;
  kind: EntityKind;
  count: number;
}

/** Titles and honorifics dropped from the front of a person's name. */
const TITLE_WORDS = new Set(
  ('mr mrs ms miss dr prof sir dame lord lady president vice prime deputy foreign defense defence finance interior ' +
    'minister secretary ambassador envoy special senator sen rep representative governor gov mayor chancellor premier ' +
    'king queen prince princess general gen admiral colonel col lieutenant lt captain capt sergeant judge justice chief ' +
    'chairman chairwoman chair director spokesperson spokesman spokeswoman adviser advisor assistant commissioner ' +
    'pope cardinal bishop reverend rev sheikh emir sultan state national security high first lady leader speaker ' +
    'majority minority whip attorney surgeon press congressman congresswoman council member administrator ' +
    'undersecretary under general-designate elect designate coordinator counselor counsellor ' +
    'envoy-designate nominee designate ceo founder chairperson officer sgt maj major gov. sen. rep. pres. ' +
    // Ranks: "Sergeant First Class Heath Robinson", "Corporal Fred B. McGee".
    'corporal cpl pfc class brigadier commander cmdr ensign petty seaman airman').split(' '),
);

/** Capitalised words that start sentences or name times, never entities on their own. */
const NEVER_ALONE = new Set(
  ('monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december moreover according however meanwhile furthermore initially today tomorrow ' +
    'yesterday he she it they we i you his her its their our this that these those there here the a an and but or ' +
    'also after before while when where what who why how as at by for from in into of on to with without mr mrs ms ' +
    'dr today tonight earlier later both each every all some any no not many most more several other others ' +
    'administration government president secretary minister house department office agency ' +
    'federal national international american americans republican republicans democrat democrats ' +
    'democratic god covid covid-19 internet act program plan bill order section chapter article ' +
    // A company's legal form after a comma (`Halvern Therapeutics, Inc.`), and the Gulf agencies' `the Kingdom`.
    'inc inc. ltd ltd. llc corp corp. co. plc kingdom').split(' '),
);

const ORG_HEADS = new Set([...ORG_HEAD_LIST, 'chamber', 'conference', 'llp', 'pharmaceuticals', 'airlines', 'holdings', 'partners', 'partnership', 'collaborative', 'subcommittee', 'division', 'section', 'directorate', 'reserve', 'institutes', 'centers']);
/** Capitalised nouns of titles and offices that are never a person's family name. */
const COMMON_NOUNS = new Set(
  ('affairs policy security services development cooperation relations operations programs program justice health ' +
    'education energy commerce labor labour agriculture defense defence treasury state interior transportation housing ' +
    'veterans trade finance economy environment intelligence homeland management budget science technology communications ' +
    'counsel staff fellow initiative strategy period tour directive insurance general').split(' '),
);

/** Words that end the name of an event, agreement or process: the mark of a subject. */
const SUBJECT_HEADS = new Set(
  ('talks summit conference agreement agreements accord accords treaty pact pandemic epidemic war elections election ' +
    'negotiations dialogue convention conventions protocol crisis games olympics revolution deal ceasefire truce').split(' '),
);
/** Subject heads written in lower case after a place or a code name: "the Geneva talks", "the COVID-19 pandemic". */
const LOWER_SUBJECT_HEADS = new Set('talks summit pandemic epidemic war agreement agreements accord accords deal negotiations elections process ceasefire'.split(' '));
/** "Senate Republican Conference", "Conference of Mayors": bodies that meet, not events. */
const STANDING_BODY_WORDS = new Set('senate house republican republicans democratic democrats mayors bishops governors party'.split(' '));
/** Words that make "… Congress" a gathering rather than a legislature. */
const EVENT_CONGRESS_WORDS = new Set('dialogue peace world international global annual'.split(' '));

/** Weekdays and months: a name never runs on into a date. */
const DATE_WORDS = new Set('monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(' '));

/**
 * Names that end in a body's head word but name a class of employees or a speech, not a body:
 * "a career member of the Senior Foreign Service", "the State of the Union".
 */
const NOT_BODIES = new Set(['Senior Foreign Service', 'Senior Executive Service', 'Foreign Service', 'Civil Service', 'Postal Career Service', 'Senior Executive Services', 'State of the Union']);

const NOT_BODY_END = new RegExp(`\\s(?:of\\s+)?(?:the\\s+)?(?:${[...NOT_BODIES].join('|')})$`);

/** Words before "Fund" that make it a programme's money, not a body: "Higher Education Emergency Relief Fund". */
const PROGRAM_FUND_WORDS = new Set('relief reduction innovation support equity broadband recovery resilience revolving assistance stabilization stabilisation grant grants loan loans connectivity'.split(' '));

/** Officers named by acronym after their body's name: "Department of State CIO" is the department's. */
const OFFICER_ACRONYM = /\s(?:CIO|CEO|CFO|CTO|COO|CISO|CDO|CHCO|CAO)$/;

/** Modifiers that with a single head make a description, not a name: "Permanent Mission", "Advisory Council". */
const GENERIC_MODIFIERS = new Set(
  ('permanent advisory executive special regional local federal joint press task steering policy technical working ' +
    'standing select planning organizing organising governing judiciary appropriations subcommittee ad hoc private public ' +
    'sector interagency inter-agency new senior cabinet-level global international national state city county field ' +
    'main central general presidential leadership transition review oversight budget legal export').split(' '),
);

/** Roles that open a phrase naming the body the role belongs to. */
const ROLE_WORDS = new Set('nominee trustee head member members ranking chief counsel fellow partner professor dean founder ceo officer staff lecturer instructor president chair chairman director'.split(' '));
const PLACES = new Set([...COUNTRIES, ...US_STATES, ...CITIES, ...MORE_CITIES, ...REGIONS, ...RIVERS, ...LANDFORMS, ...NATIONAL_PARKS]);
let placeKeyMap: Map<string, string> | undefined;
/** The listed places by folded name (case, accents and hyphens), built on first use. */
function placeKeys(): Map<string, string> {
  if (!placeKeyMap) {
    placeKeyMap = new Map();
    for (const p of PLACES) if (!placeKeyMap.has(nameKey(p))) placeKeyMap.set(nameKey(p), p);
  }
  return placeKeyMap;
}
/** The states alone: a state beside "Washington" makes it the state, not the capital. */
const STATES = new Set(US_STATES);
/** Countries: "Aqaba, Jordan", like "Queensbury, NY", makes the town a place. */
const COUNTRY_SET = new Set(COUNTRIES);
const GIVEN = new Set([...GIVEN_NAMES, ...MORE_GIVEN_NAMES]);
/** Companies go with the known organisations: "Walmart reported …" has no head word to mark it. */
const KNOWN_ORGS = new Set([...KNOWN_ORGANIZATIONS, ...COMPANIES, ...MORE_COMPANIES, ...NEWS_MEDIA, ...LAW_FIRMS]);
/** Acronyms and other names of bodies, to the names their pages take: "FBI", "UCLA", "Oxford University". */
const ORG_NAME_OF = new Map(Object.entries({ ...ACRONYMS, ...MORE_ACRONYMS, ...ORG_OTHER_NAMES }));
/** Words a capitalised phrase may open with that belong to the sentence, not to the name. */
const LEADING = new Set('the a an in on at to from for of by with and but or as according after before during under over since while when this that these those our their his her its'.split(' '));
/** Lower-case words that may stand inside a name: "Department of the Treasury", "Staffan de Mistura". */
const CONNECTORS = new Set('of for and the on de del da van von der al bin la le du & at'.split(' '));
/** Name particles: they join a person's names, never a body's name to a person's. */
const PARTICLES = new Set('de del da van von der al bin la le du'.split(' '));
/** Possessors that belong to the name that follows: "President's Export Council", "People's Republic of China". */
const NAME_POSSESSORS = new Set(['President', 'People', 'Women', 'Children', 'Workers', 'Veterans', 'King', 'Queen', 'Presidents', 'Governor', 'Mayor', 'Attorney', 'Attorneys']);
/** Parts of speech a chunk may start with: a capitalised function word opens a sentence, not a name ("Moreover", "According": DET). */
const START_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM', 'X', 'SYM']);
/** Parts of speech that end a chunk even when capitalised: "Damascus Hopes for …" in a headline. */
const BREAK_POS = new Set(['VERB', 'AUX', 'PRON', 'DET', 'SCONJ', 'ADV', 'PART', 'INTJ']);

/** The United States' executive departments, named "Department of …" on topic pages whatever the text says. */
const US_DEPARTMENTS = lookupTable<string>({
  Treasury: 'Department of the Treasury', State: 'Department of State', Justice: 'Department of Justice', Defense: 'Department of Defense',
  Commerce: 'Department of Commerce', Labor: 'Department of Labor', Energy: 'Department of Energy', Education: 'Department of Education',
  Agriculture: 'Department of Agriculture', Interior: 'Department of the Interior', Transportation: 'Department of Transportation',
  'Homeland Security': 'Department of Homeland Security', 'Veterans Affairs': 'Department of Veterans Affairs',
  'Health and Human Services': 'Department of Health and Human Services', 'Housing and Urban Development': 'Department of Housing and Urban Development',
});

/** Short forms and other names of the commonest entities, mapped to the name a page takes. */
export const BUILT_IN_ALIASES = lookupTable<{ name: string; kind: EntityKind }>({
  // Departments named without "Department of" ("funds from Health and Human Services"); the others' names say nothing alone.
  'Health and Human Services': { name: 'Department of Health and Human Services', kind: 'organization' },
  'Housing and Urban Development': { name: 'Department of Housing and Urban Development', kind: 'organization' },
  UN: { name: 'United Nations', kind: 'organization' },
  'United Nations': { name: 'United Nations', kind: 'organization' },
  'U.N.': { name: 'United Nations', kind: 'organization' },
  US: { name: 'United States', kind: 'place' },
  'U.S.': { name: 'United States', kind: 'place' },
  USA: { name: 'United States', kind: 'place' },
  'U.S.A.': { name: 'United States', kind: 'place' },
  'United States of America': { name: 'United States', kind: 'place' },
  America: { name: 'United States', kind: 'place' },
  UK: { name: 'United Kingdom', kind: 'place' },
  'U.K.': { name: 'United Kingdom', kind: 'place' },
  Britain: { name: 'United Kingdom', kind: 'place' },
  'Great Britain': { name: 'United Kingdom', kind: 'place' },
  EU: { name: 'European Union', kind: 'organization' },
  'E.U.': { name: 'European Union', kind: 'organization' },
  NATO: { name: 'NATO', kind: 'organization' },
  WHO: { name: 'World Health Organization', kind: 'organization' },
  DPRK: { name: 'North Korea', kind: 'place' },
  "Democratic People's Republic of Korea": { name: 'North Korea', kind: 'place' },
  PRC: { name: 'China', kind: 'place' },
  "People's Republic of China": { name: 'China', kind: 'place' },
  'Republic of Korea': { name: 'South Korea', kind: 'place' },
  ROK: { name: 'South Korea', kind: 'place' },
  'Russian Federation': { name: 'Russia', kind: 'place' },
  Hague: { name: 'The Hague', kind: 'place' },
  'District of Columbia': { name: 'Washington, D.C.', kind: 'place' },
  'Washington D.C.': { name: 'Washington, D.C.', kind: 'place' },
  'Washington, D.C.': { name: 'Washington, D.C.', kind: 'place' },
  'Washington DC': { name: 'Washington, D.C.', kind: 'place' },
  'Washington, DC': { name: 'Washington, D.C.', kind: 'place' },
  'D.C.': { name: 'Washington, D.C.', kind: 'place' },
  'City of Washington': { name: 'Washington, D.C.', kind: 'place' },
  UAE: { name: 'United Arab Emirates', kind: 'place' },
  'U.A.E.': { name: 'United Arab Emirates', kind: 'place' },
  'UN Security Council': { name: 'United Nations Security Council', kind: 'organization' },
  'U.N. Security Council': { name: 'United Nations Security Council', kind: 'organization' },
  'Security Council': { name: 'United Nations Security Council', kind: 'organization' },
  'UN General Assembly': { name: 'United Nations General Assembly', kind: 'organization' },
  'U.N. General Assembly': { name: 'United Nations General Assembly', kind: 'organization' },
  'White House': { name: 'White House', kind: 'organization' },
  // The central bank's formal names: "Board of Governors of the Federal Reserve System".
  'Federal Reserve System': { name: 'Federal Reserve', kind: 'organization' },
  'Federal Reserve Board': { name: 'Federal Reserve', kind: 'organization' },
  // Ukrainian cities under the names Russian gave them, as the wires wrote them until about 2019:
  // one topic, under the name the country gives them, whatever year an article is from.
  Kiev: { name: 'Kyiv', kind: 'place' },
  Kharkov: { name: 'Kharkiv', kind: 'place' },
  Lugansk: { name: 'Luhansk', kind: 'place' },
  Zaporozhye: { name: 'Zaporizhzhia', kind: 'place' },
  Nikolayev: { name: 'Mykolaiv', kind: 'place' },
  Donbass: { name: 'Donbas', kind: 'place' },
  'Islamic State': { name: 'Islamic State', kind: 'organization' },
  ISIS: { name: 'Islamic State', kind: 'organization' },
  'ITAR-TASS': { name: 'TASS', kind: 'organization' },
  // As the English press wrote that name until 2014 (`the Itar-Tass news agency`).
  'Itar-Tass': { name: 'TASS', kind: 'organization' },
  'Itar-TASS': { name: 'TASS', kind: 'organization' },
  // TASS's backgrounders, under its name: no organisation of their own.
  'TASS-DOSSIER': { name: 'TASS', kind: 'organization' },
  ISIL: { name: 'Islamic State', kind: 'organization' },
  Daesh: { name: 'Islamic State', kind: 'organization' },
  // News agencies, under the name their datelines give them (one topic for `(AP)` and "The Associated Press").
  AP: { name: 'Associated Press', kind: 'organization' },
  'Associated Press': { name: 'Associated Press', kind: 'organization' },
  'Agence France-Presse': { name: 'AFP', kind: 'organization' },
  'Agence France Presse': { name: 'AFP', kind: 'organization' },
  'Yonhap News Agency': { name: 'Yonhap', kind: 'organization' },
  'Xinhua News Agency': { name: 'Xinhua', kind: 'organization' },
  'Kyodo News': { name: 'Kyodo', kind: 'organization' },
  'Anadolu Agency': { name: 'Anadolu Agency', kind: 'organization' },
  'Deutsche Presse-Agentur': { name: 'dpa', kind: 'organization' },
  'State Duma': { name: 'State Duma', kind: 'organization' },
  'Verkhovna Rada': { name: 'Verkhovna Rada', kind: 'organization' },
});

/**
 * The organisation a dateline's source is, as a topic: under the name the text's mentions take
 * (`ITAR-TASS` is TASS), and Reuters under its name of today (`Reuter`, as it signed until 1998).
 */
export function sourceOrganization(source: string): string {
  return SOURCE_NAMES.get(source) ?? builtInName(source, 'organization');
}

/** Sources by the short names their datelines give them, which the text does not use alone: Anadolu's `(AA)`. */
const SOURCE_NAMES = new Map([
  ['Reuter', 'Reuters'],
  ['AA', 'Anadolu Agency'],
  ['Anadolu', 'Anadolu Agency'],
  ['DPA', 'dpa'],
]);

/**
 * A topic a seed names itself (front matter), under the name and kind the text's mentions of it
 * take: a built-in alias's (`Kiev` is the place Kyiv, `UN` the organisation United Nations), or
 * a known body's full name for its acronym (`IMF` is the International Monetary Fund); else as given.
 */
export function givenTopicName(name: string, kind: EntityKind): { name: string; kind: EntityKind } {
  const alias = BUILT_IN_ALIASES.get(name);
  if (alias) return alias;
  const full = /^[A-Z][A-Za-z]{1,7}$/.test(name) ? ORG_NAME_OF.get(name) : undefined;
  return full === undefined ? { name, kind } : { name: full, kind: 'organization' };
}

/** The name a built-in alias of this kind gives `name` (`Kiev` is Kyiv), or `name` itself. */
function builtInName(name: string, kind: EntityKind): string {
  const a = BUILT_IN_ALIASES.get(name);
  return a?.kind === kind ? a.name : name;
}

/** The last word of a region's name: `Yamal Peninsula`, `Krasnodar Region`, `Primorsky Territory`. */
const REGION_WORD = /\s(?:Peninsula|Region|Territory|Republic|Oblast|Krai|Province|District|Okrug|Islands?)$/u;

/**
 * The places a dateline names, as topics: its city under the name the text's mentions take
 * (`Kiev` is Kyiv), and the country AP adds as a place of its own (`KYIV, Ukraine` is Kyiv and
 * Ukraine, as the text names them; so is a region TASS adds, `Sabetta, Yamal Peninsula`); a
 * state stays with its city (`Portland, Ore.` and `Portland, Maine` are two places). Reuters'
 * two cities (`Brussels/London`) are two places.
 */
export function datelinePlaces(dateline: string): string[] {
  const comma = dateline.lastIndexOf(', ');
  const region = comma > 0 ? dateline.slice(comma + 2) : '';
  // A dateline's WASHINGTON is the capital, as the text's Washington is unless it names the state
  // (also one of Reuters' two cities: `WASHINGTON/BEIJING`).
  const alias = (x: string): string => (x === 'Washington' ? 'Washington, D.C.' : builtInName(x, 'place'));
  if (dateline === 'Washington') return ['Washington, D.C.'];
  // A country, or a region TASS names in slashes (`SABETTA /Yamal Peninsula/`): a place of its own.
  const regionAfter = region !== '' && (COUNTRY_SET.has(alias(region)) || alias(region) === 'United States' || REGION_WORD.test(region));
  // `Mumbai, Maharashtra, India`, as ANI writes its datelines: the place and its state, then the country.
  if (regionAfter && dateline.slice(0, comma).includes(', ')) return [...datelinePlaces(dateline.slice(0, comma)), alias(region)];
  const place = regionAfter ? dateline.slice(0, comma) : dateline;
  // (Two places only when both are ones the gazetteer knows: `N/A`, `24/7 Studio` are one name.)
  const parts = place.includes('/') && !place.includes(', ') ? place.split('/') : [];
  const places = parts.length > 1 && parts.every((x) => isPlaceName(x) || CAPITAL_OF.has(x) || placeKeys().has(nameKey(x))) ? parts.map(alias) : [alias(place)];
  return regionAfter ? [...places, alias(region)] : places;
}

/** A tally of which kinds a name was found as. */
type Kind = EntityKind | 'unknown';

interface Candidate {
  name: string;
  kind: Kind;
  /** Found by a list or a title, so trusted even in a headline. */
  sure?: boolean;
}

/**
 * A name clean already: no mark or space to trim at either end, no "'s" or full stop at its end, and
 * single spaces only. clean() returns it as it is.
 */
const CLEAN_ALREADY = /^[^\s"'“‘(/](?:\S| (?! ))*[^\s"'”’),;:!?/.s]$/u;

function clean(name: string): string {
  if (CLEAN_ALREADY.test(name)) return name;
  const trimmed = name
    .replace(/^[\s"'“‘(/]+|[\s"'”’),;:!?/]+$/gu, '')
    // "Domino's", "McDonald's": the possessive of a listed company's own name stays.
    .replace(/['’]s$/u, (x, at: number, all: string) => (KNOWN_ORGS.has(`${all.slice(0, at)}'s`) || KNOWN_ORGS.has(`${lastWord(all.slice(0, at))}'s`) ? "'s" : ''))
    .replace(/\s+/g, ' ')
    .trim();
  // A final full stop ends the sentence, unless it closes an abbreviation: "U.S.", "D.C.", "Jr.".
  return /(?:\b[A-Z]\.[A-Z]\.|\b(?:Jr|Sr|St|Inc|Co)\.)$/.test(trimmed) ? trimmed : trimmed.replace(/\.+$/, '');
}

/** The words of a name: `name.split(' ').filter(Boolean)`, by a loop (which is faster than split for short names). */
function words(name: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (;;) {
    const space = name.indexOf(' ', from);
    const end = space < 0 ? name.length : space;
    if (end > from) out.push(name.slice(from, end));
    if (space < 0) return out;
    from = space + 1;
  }
}

/** `words(name).length`, without the array. */
function wordCount(name: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < name.length; i++) {
    if (name.charCodeAt(i) === 32) inWord = false;
    else if (!inWord) {
      inWord = true;
      count++;
    }
  }
  return count;
}

const lastWord = (name: string): string => name.slice(name.lastIndexOf(' ') + 1);

/** A person's name without the titles in front of it: "Foreign Minister Sergei Lavrov" -> "Sergei Lavrov". */
export function stripTitles(name: string): string {
  return untitledWords(words(name)).join(' ');
}

/** The words of a name without the titles in front of them (see stripTitles), as a new array. */
function untitledWords(w: string[]): string[] {
  // The name follows the last title word: "US National Security Assistant H.R. McMaster".
  let last = -1;
  for (let i = 0; i < w.length - 1; i++) if (isTitleWord(w[i]!) && !(GIVEN_AS_TITLE.test(w[i]!) && FAMILY_PARTICLE.test(w[i + 1]!))) last = i;
  let from = last + 1;
  // The rest of a compound title: "Chief Executive", "Chief Financial Officer".
  while (last >= 0 && w.length - from > 2 && TITLE_TAILS.has(w[from]!)) from++;
  while (w.length - from > 1 && /^of$|^the$|^to$|^for$/i.test(w[from]!)) from++;
  return w.slice(from);
}

/** The article of an Arabic family name written apart from it: `Al Jaber`, `El Sisi`. */
const ARTICLE_OF_NAME = /^(?:Al|El)$/u;

/**
 * A title that is a given name as well (`Sultan Al Jaber`, `Sultan bin Salman`): a given name
 * when a family name's particle follows it, as a sultan's own given name follows his title
 * (`Sultan Haitham bin Tarik`).
 */
const GIVEN_AS_TITLE = /^Sultan$/u;
const FAMILY_PARTICLE = /^(?:Al|al|El|el|bin|Bin|ibn|Ibn)(?:-\p{L}+)?$/u;

/** Words that end a compound title after a title word, and are no name: "Chief Executive Carrie Lam". */
const TITLE_TAILS = new Set(['Executive', 'Executives', 'Officer', 'Operating', 'Financial', 'Technology', 'Information']);

/** A title word, also hyphenated: "Secretary-General", "Attorney-General". */
function isTitleWord(word: string): boolean {
  const x = lowerWithoutStop(word);
  return TITLE_WORDS.has(x) || (x.includes('-') && x.split('-').every((p) => TITLE_WORDS.has(p)));
}

/** Whether a title is followed by the office's domain rather than a name: "Secretary of Homeland Security". */
export function isOffice(phrase: string): boolean {
  const w = words(phrase);
  let last = -1;
  for (let i = 0; i < w.length - 1; i++) if (isTitleWord(w[i]!)) last = i;
  return last >= 0 && /^(?:of|for|to|on)$/i.test(w[last + 1] ?? '');
}

/** Whether a cleaned candidate can be an entity at all. */
export function isJunk(name: string): boolean {
  const w = words(name);
  if (w.length === 0 || name.length < 2) return true;
  if (!/^\p{Lu}|^\d/u.test(name)) return true;
  if (w.length === 1 && NEVER_ALONE.has(w[0]!.toLowerCase())) return true;
  if (w.every((x) => NEVER_ALONE.has(x.toLowerCase()) || CONNECTORS.has(x.toLowerCase()))) return true;
  // "Two Thousand", "Twenty-Four": numbers written out, as proclamations date themselves.
  // Ordinals alone may name a body ("Fifth Third"): a cardinal must be among them.
  // (Every hyphenated part a number, an ordinal or "and", and a number among them.)
  let cardinal = false;
  for (const x of w) {
    for (const y of x.toLowerCase().split('-')) {
      if (NUMBER_WORDS.has(y)) cardinal = true;
      else if (!ORDINAL_WORDS.has(y) && y !== 'and') return false;
    }
  }
  return cardinal;
}

/** Numbers in words. */
const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion'.split(' '),
);
const ORDINAL_WORDS = new Set('first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth hundredth thousandth'.split(' '));

/**
 * Whether an organisation's name is only a description: generic modifiers and one head ("Permanent
 * Mission", "Advisory Council", "UN Office"), a fragment of a longer name cut by the sentence.
 */
export function isGenericOrganization(name: string): boolean {
  // "Board of Directors", "Board of Trustees": every body has one; the name says which only with its body.
  if (BOARD.test(name)) return true;
  const w = words(name);
  if (w.length > 3 || w.length < 2) return false;
  if (!ORG_HEADS.has(w.at(-1)!.toLowerCase())) return false;
  // The UN or the US only in front ("UN Office", "US Mission"): "New America Foundation" is a name.
  return w.slice(0, -1).every((x, i) => GENERIC_MODIFIERS.has(x.toLowerCase()) || (i === 0 && (BUILT_IN_ALIASES.get(x)?.name === 'United Nations' || BUILT_IN_ALIASES.get(x)?.name === 'United States')));
}

/** The kind a group was found as most often (on a tie, the first by name), or unknown. */
function kindOf(g: Group): Kind {
  let best: Kind = 'unknown';
  let most = 0;
  for (const [k, c] of g.kinds) {
    if (k === 'unknown') continue;
    if (best === 'unknown' || c > most || (c === most && k < best)) {
      best = k;
      most = c;
    }
  }
  return best;
}

/** How often a group was found, as any kind. */
function total(g: Group): number {
  let sum = 0;
  for (const c of g.kinds.values()) sum += c;
  return sum;
}

/** A group's commonest spelling in running text (for a subject, one with the event word last first; on a tie the first by name). */
function nameOf(g: Group, kind: Kind): string {
  let best: string | undefined;
  let most = 0;
  let bestLast = 0;
  for (const [name, c] of g.spellings) {
    const last = kind === 'subject' ? Number(headLast(name)) : 0;
    if (best === undefined || last > bestLast || (last === bestLast && (c > most || (c === most && name < best)))) {
      best = name;
      most = c;
      bestLast = last;
    }
  }
  return best ?? g.any;
}

/** The kinds of named storm, as written before its name. */
// (Not "Storm" alone: "Storm Shadow" is a missile.)
const STORM_KINDS = /^(?:Hurricane|(?:Super )?Typhoon|(?:Post-)?Tropical (?:Storm|Cyclone|Depression)|Cyclone|Winter Storm) /;
/**
 * A named storm: its kind and a given name ("Hurricane Ian", "Post-Tropical Cyclone Helene"), not
 * a word of a heading ("Hurricane Season", "Hurricane Preparedness").
 */
const NAMED_STORM = new RegExp(
  `${STORM_KINDS.source}(?!(?:Season|Seasons|Center|Centre|Watch|Warning|Warnings|Relief|Recovery|Preparedness|Response|Hunters|Force|Week|Month|Day|Program|Programme|Act)$)\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}'’]+)?$`,
  'u',
);

/** The key events' names fold to: content words, demonyms read as their country, in any order. */
function subjectKey(name: string): string {
  // One storm, whatever it was when it was named: "Hurricane Helene", "Tropical Storm Helene".
  if (STORM_KINDS.test(name) && NAMED_STORM.test(name)) return `storm ${lastWord(name).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()}`;
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[.'’,]/g, '')
    .split(/[\s]+/)
    .filter((x) => x && !/^(?:of|the|on|for|in|and|to|a)$/i.test(x))
    .map((x) => {
      // "the COVID pandemic", "the coronavirus pandemic": the COVID-19 pandemic.
      if (/^(?:covid|coronavirus|covid19)$/i.test(x)) return 'covid-19';
      const country = DEMONYM_OF.get(x) ?? DEMONYM_OF.get(x.replace(/s$/, ''));
      return (country ?? x).toLowerCase();
    })
    .sort()
    .join(' ');
}

/** Whether a subject's spelling is the compact form topic pages use: "Paris Agreement", not "Agreement of Paris". */
function headLast(name: string): boolean {
  return !/\s(?:of|on|for)\s/.test(name) && (SUBJECT_HEADS.has(lastWord(name).toLowerCase()) || /\sCongress$/.test(name));
}

/** Why a phrase names an event, agreement or process, or null. */
function subjectOf(phrase: string, lower: string[]): string | null {
  const last = lower.at(-1)!;
  // "Syrian National Dialogue Congress", "Congress of National Dialogue of Syrians": a gathering.
  if (lower.includes('congress') && lower.length >= 3 && lower.some((x) => EVENT_CONGRESS_WORDS.has(x))) return phrase;
  if (lower.length < 2) return null;
  // "Secretary of War" is an office; "Combat the Climate Crisis" (in a headline) a call to act.
  if (isTitleWord(lower[0]!) || /^(?:combat|combating|tackle|tackling|address|addressing|end|ending|fight|fighting|prevent|preventing|advance|advancing|promote|promoting|protect|protecting|support|supporting|strengthen|strengthening)$/.test(lower[0]!)) return null;
  const headAt = lower.findIndex((x, i) => SUBJECT_HEADS.has(x) && (i === lower.length - 1 || /^(?:of|on|for)$/.test(lower[i + 1] ?? '')));
  if (headAt < 0) return null;
  // "Department of War", "Senate Republican Conference": a body's name that contains an event's word.
  if (lower.slice(0, headAt).some((x, i) => ORG_HEADS.has(x) && /^(?:of|for|on)$/.test(lower[i + 1] ?? ''))) return null;
  if (lower[headAt] === 'conference' && lower.some((x) => STANDING_BODY_WORDS.has(x))) return null;
  if (last === 'games' && !lower.includes('olympic') && !lower.includes('paralympic') && !lower.includes('commonwealth')) return null;
  return phrase;
}

const CAPS_NAME = /\p{Lu}{2}/u;

function titleCaseWord(word: string): string {
  return /^[A-Z]\.$/.test(word) || BUILT_IN_ALIASES.get(word) || ORG_NAME_OF.has(word) || KNOWN_ORGS.has(word) ? word : word.charAt(0) + word.slice(1).toLowerCase();
}

/** Whether a phrase has the shape of a person's name: two to five capitalised names, initials, particles. */
const PERSON_WORD = /^(?:(?=\S*\p{Ll})\p{Lu}[\p{L}'’\-]+\.?|(?:al|el|ad|as|ash|bin|ibn|abu|abd)-\p{Lu}[\p{L}'’]+|[A-Z]\.(?:[A-Z]\.)*|(?:de|van|von|der|bin|al|da|di|la|le|del|dos)|Jr\.?|Sr\.?|II|III|IV)$/u;

/** Verbs in -ing that open the rest of a law's or a program's name after a person's: never a family name. */
const ACT_VERBS = new Set(
  'honoring honouring protecting supporting strengthening ensuring promoting advancing improving expanding creating providing reducing preventing restoring combating combatting investing lowering helping securing empowering modernizing modernising'.split(' '),
);

/** What the words around a phrase say about it. */
interface Context {
  /** A title just before it: "Ambassador to", "President". */
  titled: boolean;
  /** "said" or "told" just after it: a person speaking. */
  said: boolean;
  /** A verb of speech or will just after it: "Moscow said", "Damascus hopes". */
  speaks: boolean;
  /** The title before it is one of courtesy only: "Mr.", "Dr.". */
  courtesy?: boolean;
}
const NO_CONTEXT: Context = { titled: false, said: false, speaks: false };

/** A listed place, or a short name of one. */
const isPlaceName = (x: string): boolean => PLACES.has(x) || BUILT_IN_ALIASES.get(x)?.kind === 'place';
/** Whether lower-case words hold a body's head followed by "of", "for" or "on". */
function headAndDomain(lower: string[]): boolean {
  for (let i = 0; i < lower.length; i++) {
    if (!ORG_HEADS.has(lower[i]!)) continue;
    const next = lower[i + 1];
    if (next === 'of' || next === 'for' || next === 'on') return true;
  }
  return false;
}
/** Whether lower-case words end in a body's head or hold a head and its domain. */
const headed = (x: string[]): boolean => ORG_HEADS.has(x.at(-1)!) || headAndDomain(x);
/** A body's candidate, or a place its name holds: "Section at the U.S. Embassy in Cairo". */
const ofBody = (body: Candidate[], c: Candidate): boolean => c.kind === 'organization' || (c.kind === 'place' && body.some((o) => o.kind === 'organization' && o.name.includes(c.name)));

/**
 * Most words a phrase may have to be read as one name. The longest real ones are lists of officials
 * run together (about 150 words); reading a phrase's structure splits it at each "of", "and" or "at"
 * and reads the parts again, which takes time and stack that grow with the phrase: past this bound
 * it is read piece by piece ("Department of the " 3,000 times overflowed the stack).
 */
const MAX_NAME_WORDS = 200;

/** Whether a text has a character /\s/ matches, by its character codes. */
function hasSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isSpaceCode(text.charCodeAt(i))) return true;
  return false;
}

/** `x.toLowerCase().replace(/\.$/, '')`, without the expression. */
function lowerWithoutStop(x: string): string {
  const l = x.toLowerCase();
  return l.endsWith('.') ? l.slice(0, -1) : l;
}

/** Phrases already classified, by the flags of their context and the phrase (a cache: results are the same without it). */
const classifiedPhrases = new Map<string, Candidate[]>();

/**
 * The names a phrase holds, and their kinds. Remembered: the reading of a long phrase tries its
 * parts in more than one way ("Director of the Office at the …"), and without it took time
 * exponential in the number of parts.
 */
function classify(phrase: string, ctx: Context): Candidate[] {
  if (wordCount(phrase) > MAX_NAME_WORDS) return innerNames(phrase);
  const key = `${ctx.titled ? 1 : 0}${ctx.said ? 1 : 0}${ctx.speaks ? 1 : 0}${ctx.courtesy ? 1 : 0}${phrase}`;
  let found = classifiedPhrases.get(key);
  if (!found) {
    found = classifyPhrase(phrase, ctx);
    if (classifiedPhrases.size > 50_000) classifiedPhrases.clear();
    classifiedPhrases.set(key, found);
  }
  return found;
}

function classifyPhrase(phrase: string, ctx: Context): Candidate[] {
  // A name in capitals, as in a signature ("JOSEPH R. BIDEN JR."), is read in title case.
  // (Each test below that an expression makes is guarded by a cheaper one it needs, where there is
  // one: most phrases are a word or two, and each Unicode expression costs about 0.1 µs.)
  const spaced = hasSpace(phrase);
  if (spaced && wordCount(phrase) >= 2 && !/\p{Ll}/u.test(phrase) && CAPS_NAME.test(phrase) && !BUILT_IN_ALIASES.get(phrase)) {
    phrase = words(phrase).map(titleCaseWord).join(' ');
  }
  const alias = BUILT_IN_ALIASES.get(phrase);
  if (alias) return [{ name: phrase, kind: alias.kind, sure: true }];
  // A named storm is an event: "Hurricane Laura", "Typhoon Haiyan" (its given name is no person's).
  if (spaced && STORM_KINDS.test(phrase)) {
    const storm = NAMED_STORM.exec(phrase);
    if (storm) return [{ name: storm[0], kind: 'subject', sure: true }];
  }
  if (PLACES.has(phrase)) {
    // "Moscow said", "Damascus hopes": the capital speaks for its country's government.
    const country = CAPITAL_OF.get(phrase);
    if (country && ctx.speaks) {
      return [{ name: country, kind: 'place', sure: true }];
    }
    return [{ name: phrase, kind: 'place', sure: true }];
  }
  // "Sharm El Sheikh" for "Sharm el-Sheikh": a listed place in another case or hyphenation.
  // "México", "Canadá", "Bogotá": a listed place written with its accents (one word only then: case
  // alone does not make a common word a place). (The key is made only where the place would count.)
  const listedPlace = isUpper(phrase) && (wordCount(phrase) > 1 || /[^\x00-\x7F]/.test(phrase)) ? placeKeys().get(nameKey(phrase)) : undefined;
  if (listedPlace) return [{ name: listedPlace, kind: 'place', sure: true }];
  // "U.S.-Turkey", "Russia-Ukraine", "U.S.-South Korea": places joined by hyphens, each a place.
  if (phrase.includes('-')) {
    const parts = phrase.split('-');
    if (parts.length > 1 && parts.every(isPlaceName)) return parts.map((x): Candidate => ({ name: x, kind: 'place', sure: true }));
  }
  const acronym = ORG_NAME_OF.get(phrase);
  if (acronym) return [{ name: acronym, kind: 'organization', sure: true }];
  if (KNOWN_ORGS.has(phrase)) return [{ name: phrase, kind: 'organization', sure: true }];
  // "Honeywell International", "Siemens Energy", "Veolia North America": a listed company and the words of a company's name.
  if (phrase.includes(' ') && companyAndSuffix(phrase)) return [{ name: phrase, kind: 'organization', sure: true }];
  if (phrase.endsWith('Service') || phrase.endsWith('Services') || phrase.endsWith('Union')) {
    if (NOT_BODIES.has(phrase) || NOT_BODY_END.test(phrase)) return [];
  }
  // "Department of State CIO": the officer's body.
  if (spaced && OFFICER_ACRONYM.test(phrase)) return classify(phrase.replace(OFFICER_ACRONYM, ''), ctx).filter((c) => c.kind === 'organization');
  // "CEO of PJM", "President and CEO of Williams Companies": an officer's company, whatever its name looks like.
  // (The expressions below run only where the words they need are there.)
  const officer = OFFICER_WORD.test(phrase) ? COMPANY_OFFICER.exec(phrase) : null;
  if (officer) {
    const body = classify(officer[1]!, NO_CONTEXT);
    if (body.length === 1 && body[0]!.kind === 'unknown' && !GIVEN.has(words(body[0]!.name)[0]!)) return [{ name: body[0]!.name, kind: 'organization' }];
  }
  // "U.S. Embassy in Cairo", "United States Mission to the United Nations": a post, and the place it is in.
  const post = !POST_WORD.test(phrase) ? null : /^(.*\b(?:Embassy|Consulate(?: General)?|Mission|Delegation))\s+(?:in|to)\s+(?:the\s+)?(.+)$/.exec(phrase);
  if (post && wordCount(post[1]!) <= 5) {
    const where = classify(post[2]!, NO_CONTEXT);
    // The whole of the rest names the place or the body: not "Permanent Mission to the UN Office and …".
    if (where.length === 1 && where[0]!.kind !== 'unknown' && where[0]!.kind !== 'person' && (where[0]!.name === post[2] || BUILT_IN_ALIASES.get(post[2]!))) {
      const name = phrase.replace(/^(?:U\.S\.|US)\s/, 'United States ');
      return [{ name, kind: 'organization', sure: true }, ...where.filter((c) => c.kind === 'place')];
    }
    // Otherwise the two names the chunk joined, each on its own.
    return [...classify(post[1]!, ctx), ...where];
  }
  // "the Senate Chamber" is a room, and names the Senate; "Chamber of Commerce" is a body.
  const room = phrase.includes('Chamber') ? /^(.+)\s+Chambers?$/.exec(phrase) : null;
  if (room && /^(?:Senate|House|Assembly|Council|Court|Commission|House of Representatives)$/.test(room[1]!)) return classify(room[1]!, ctx);
  // "Office of Legislative Affairs at the Commission": a unit "at" a body named only by its head is the unit.
  const atBare = phrase.includes(' at the ') ? /^(\S+\s.+?)\s+at\s+the\s+(\S+)$/.exec(phrase) : null;
  if (atBare && BARE_BODY.test(atBare[2]!)) return classify(atBare[1]!, ctx);
  // "Departments of State, Treasury, and Commerce": each a department.
  const depts = phrase.startsWith('Departments') ? /^Departments\s+of\s+(?:the\s+)?(.+)$/.exec(phrase) : null;
  if (depts) {
    const each = depts[1]!.split(/\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?/).map((x) => US_DEPARTMENTS.get(x));
    if (each.every(Boolean)) return each.map((x): Candidate => ({ name: x!, kind: 'organization', sure: true }));
  }
  // "Higher Education Emergency Relief Fund", "Economic Support Fund": a programme's money.
  if (phrase.endsWith(' Fund')) {
    const fw = words(phrase);
    if (PROGRAM_FUND_WORDS.has(fw.at(-2)!.toLowerCase())) return [];
  }
  // "Harvard University Georgetown University": two names a list ran together.
  const twoSchools = phrase.endsWith('University') || phrase.endsWith('College') ? /^(.+?\s(?:University|College))\s+((?!of\b|for\b|at\b|in\b)\p{Lu}.*\s(?:University|College))$/u.exec(phrase) : null;
  if (twoSchools && !/\s(?:of|for|at|in)\s/.test(twoSchools[2]!)) return [...classify(twoSchools[1]!, NO_CONTEXT), ...classify(twoSchools[2]!, NO_CONTEXT)];
  // "Lula", "Kishida Fumio", "Zelensky": the other names of known people.
  if (knownPeople().full.has(nameKey(phrase, 'person'))) return [{ name: phrase, kind: 'person', sure: true }];
  // Places by the shape of their names: "Suffolk County", "Fort Bragg", "Ohio River", "Eastern District of Washington".
  if (spaced && placeShaped(phrase)) return [{ name: phrase, kind: 'place' }];
  // "United States District Judge for the Northern District of Indiana", "U.S. Circuit Judge for the
  // First Circuit": a federal judge's office names the court it sits on.
  const judge = phrase.includes('Judge') ? /^(?:United States|U\.S\.|US)\s+(District|Circuit)\s+Judge\s+for\s+the\s+(.+)$/.exec(phrase) : null;
  if (judge) {
    const court = judge[1] === 'District' ? `United States District Court for the ${judge[2]}` : `United States Court of Appeals for the ${judge[2]}`;
    return [{ name: court, kind: 'organization', sure: true }];
  }
  // "United States Attorney's Office for the Northern District of Indiana": an office or a court of a
  // judicial district keeps the district in its name ("in the …" is the same office).
  const districtOffice = !phrase.includes('District') ? null : /^((?:\p{Lu}[\p{L}'’.]*\s)+(?:Office|Court))\s+(?:for|in)\s+the\s+((?:(?:Northern|Southern|Eastern|Western|Middle|Central)\s+)?District\s+of\s+(.+))$/u.exec(phrase);
  if (districtOffice && (PLACES.has(districtOffice[3]!) || BUILT_IN_ALIASES.get(districtOffice[3]!)?.kind === 'place')) {
    return [{ name: `${districtOffice[1]!.replace(/^(?:U\.S\.|US)\s/, 'United States ')} for the ${districtOffice[2]}`, kind: 'organization', sure: true }];
  }
  const district = phrase.includes('District') ? /^(?:(?:Northern|Southern|Eastern|Western|Middle|Central)\s+)?District\s+of\s+(.+)$/.exec(phrase) : null;
  if (district && PLACES.has(district[1]!)) return [{ name: phrase, kind: 'place', sure: true }];
  const w = words(phrase);
  const lower = w.map(lowerWithoutStop);
  // "Board of Directors of Raytheon Technologies", "Woodruff Arts Center Board of Trustees": every body
  // has a board; the name is the body's, and the board vouches that it is a body though no head word says so.
  // Before "and" splits it: "Board of Trustees of the Morris K. Udall and Stewart L. Udall Foundation".
  // "Member of the Board of Trustees of …", "Vice Chair of the Board of …": a role on the board.
  const onBoard = phrase.includes('Board') ? /^(.+?)\s+(?:of|on)\s+the\s+((?:(?:Executive|Advisory)\s+)?Boards?\s+of\s.+)$/.exec(phrase) : null;
  const roleOnBoard = onBoard && words(onBoard[1]!).every((x) => isTitleWord(x) || ROLE_WORDS.has(x.toLowerCase()) || WEAK_TITLES.has(x.toLowerCase()));
  const board = phrase.includes('Board') ? (BOARD_OF.exec(roleOnBoard ? onBoard[2]! : phrase) ?? BOARD_AFTER.exec(phrase)) : null;
  if (board) {
    const body = board[2]!;
    const found = classify(body, NO_CONTEXT);
    if (found.length > 0 && found.every((c) => c.kind === 'organization')) return found;
    // "Chamber of Commerce for Greater Philadelphia": the body whole, with the place in its name.
    const whole = found.find((c) => c.kind === 'organization' && c.name === body);
    if (whole) return [whole];
    // "Board of the American Conservatory Theater": a name of two words or more the board makes a body.
    if ((board[1] || wordCount(body) >= 2) && found.length === 1 && found[0]!.kind === 'unknown') return [{ name: body, kind: 'organization' }];
  }
  if (lower.includes('and')) {
    const pair = bodiesJoined(phrase);
    if (pair) return pair;
    // "Secretary Jennifer Granholm and Vice President Kamala Harris": two names joined by "and",
    // unless the whole is an organisation's name ("Department of Health and Human Services").
    if (!ORG_HEADS.has(lower.at(-1)!) && !headAndDomain(lower) && !subjectOf(phrase, lower)) {
      const parts = phrase.split(/\s+and\s+(?:the\s+)?/);
      if (parts.length > 1) return parts.flatMap((part, i) => classify(part, { titled: i === 0 && ctx.titled, said: i === parts.length - 1 && ctx.said, speaks: i === parts.length - 1 && ctx.speaks }));
    }
    // "Israel and the Palestinian Authority": "and the" joins two names when each side is one.
    const andThe = /^(.+?)\s+and\s+the\s+(.+)$/.exec(phrase);
    if (andThe && !subjectOf(phrase, lower)) {
      const left = classify(andThe[1]!, { ...NO_CONTEXT, titled: ctx.titled });
      const right = classify(andThe[2]!, { ...ctx, titled: false });
      if (left.some((c) => c.kind !== 'unknown') && right.some((c) => c.kind !== 'unknown')) return [...left, ...right];
      // "Justice40 Initiative and the Biden-Harris Administration": a body after "and the" stands alone.
      if (left.every((c) => c.kind === 'unknown') && right.length > 0 && right.every((c) => c.kind === 'organization')) return [...left, ...right];
    }
    // "NYU Law School and the NYU Tandon School of Engineering": two bodies, the first ending in its
    // head, or naming its domain ("Department of Health and the National Institutes of Health").
    const m = /^(.+?\s(\S+))\s+and\s+(?:the\s+)?(.+)$/.exec(phrase);
    const lw = m ? words(m[1]!) : [];
    const domain = lw.some((x, i) => ORG_HEADS.has(x.toLowerCase()) && /^(?:of|for|on)$/.test(lw[i + 1] ?? '')) && wordCount(m![3]!) >= 3;
    // Not where the first would end in an adjective ("Office of Legislative and Intergovernmental Affairs").
    if (m && (ORG_HEADS.has(m[2]!.toLowerCase()) || (domain && !ADJECTIVE_END.test(m[2]!))) && lw.length >= 2) {
      const right = classify(m[3]!, { ...ctx, titled: false });
      // The second must be named from its first word: in "Center for Diplomacy and Global Engagement at the
      // University of Pennsylvania" the university is the center's, and "Global Engagement" the center's name.
      const own = (c: Candidate): boolean => c.name === m[3] || words(c.name)[0] === words(m[3]!)[0] || Boolean(ORG_NAME_OF.get(words(m[3]!)[0]!)) || Boolean(BUILT_IN_ALIASES.get(words(m[3]!)[0]!));
      if (right.length > 0 && right.every((c) => c.kind === 'organization') && (ORG_HEADS.has(m[2]!.toLowerCase()) || own(right[0]!))) return [...classify(m[1]!, { ...NO_CONTEXT, titled: ctx.titled }), ...right];
    }
  }
  // "Geneva Talks", "G20 Summit", "Paris Agreement", "Syrian National Dialogue Congress".
  const subject = subjectOf(phrase, lower);
  if (subject) return [{ name: subject, kind: 'subject' }];
  // "The Biden Administration" names a government by its leader, not an organisation of its own; it
  // names the leader, though, unless the word is an agency's field ("Maritime Administration"). In
  // "Biden-Harris Administration" the administration is the first's: the running mate after the
  // hyphen is named by it no more than the cabinet is.
  if (phrase.endsWith('Administration') && /^(?:[A-Z][\p{Ll}]+(?:-[A-Z][\p{Ll}]+)?|My|Our|This|Previous|Last|Prior)\s+Administration$/u.test(phrase) && !KNOWN_ORGS.has(phrase)) {
    const leaders = words(phrase)[0]!.split('-').slice(0, 1).filter(leaderName);
    if (leaders.length > 0) return leaders.map((x): Candidate => ({ name: x, kind: 'person', sure: true }));
    if (/^(?:My|Our|This|Previous|Last|Prior)\s/.test(phrase)) return [];
  }
  // "U.S. Department of State" is the Department of State; "U.S. Army" is the United States Army.
  const us = phrase.charCodeAt(0) === 85 ? /^(?:U\.S\.|US|United States)\s+(.+)$/.exec(phrase) : null;
  if (us && !/^(?:of|and)\s/.test(us[1]!)) {
    // "U.S. Senate", "US Congress": the chambers go by their own names.
    // So do their committees: "U.S. Senate Judiciary Committee" is the "Senate Judiciary Committee".
    if (/^(?:Senate|Congress|House of Representatives)$|^(?:Senate|House)\s.*(?:Committee|Subcommittee|Caucus)\b/.test(us[1]!)) return classify(us[1]!, ctx);
    if (/^Department\b/.test(us[1]!) || US_DEPARTMENTS.get(us[1]!.replace(/\s+Department$/, ''))) return classify(us[1]!, ctx);
    // "U.S. National Academy of Engineering", "U.S. Federal Maritime Commission": a body named by its
    // nation already; "U.S." is no part of its name.
    if (/^(?:National|Federal)\s/.test(us[1]!) && (ORG_HEADS.has(lower.at(-1)!) || headAndDomain(lower))) return classify(us[1]!, ctx);
    if (!phrase.startsWith('United States') && (ORG_HEADS.has(lower.at(-1)!) || headAndDomain(lower))) return classify(`United States ${us[1]}`, ctx);
  }
  // "Treasury Department", "State Department": the department's full name.
  const dept = phrase.endsWith('Department') ? /^(.+)\s+Department$/.exec(phrase) : null;
  if (dept && US_DEPARTMENTS.get(dept[1]!)) return [{ name: US_DEPARTMENTS.get(dept[1]!)!, kind: 'organization', sure: true }];
  // "Judge Kim McLane Wardlaw of the US Court of Appeals", "Director of the National Economic Council":
  // a role and the body it belongs to.
  const roleAt = spaced ? /\s(?:of|for|on|at)\s+(?:the\s+)?/.exec(phrase) : null;
  const leftWords = roleAt ? lower.slice(0, wordCount(phrase.slice(0, roleAt.index))) : [];
  const role = leftWords.some((x) => TITLE_WORDS.has(x) || ROLE_WORDS.has(x));
  // A role or a field before a body: "Chapter of the Structural Engineering Institute", "Master of
  // Philosophy at Cambridge University", "Counterterrorism at the National Security Agency". Without
  // a role word the body must be a body by itself, and the left part no body's name.
  const described = !role && roleAt !== null && !leftWords.some((x, i) => ORG_HEADS.has(x) && (i === leftWords.length - 1 || /^(?:of|for|on)$/.test(leftWords[i + 1]!)));
  if (roleAt && !ORG_HEADS.has(leftWords.at(-1)!) && (role || described)) {
    const left = phrase.slice(0, roleAt.index);
    const right = phrase.slice(roleAt.index + roleAt[0].length);
    // "Chair of the Board", "Members of the Committee": the body is only named as the role's.
    if (role && BARE_BODY.test(right)) return [...leadingEntities(left), ...(stripTitles(left) !== left ? classify(left, { ...NO_CONTEXT, titled: ctx.titled }).filter((c) => c.kind === 'person') : [])];
    const body = classify(right, { ...ctx, titled: false });
    if (body.length > 0 && (role ? body.some((c) => c.kind !== 'unknown') : body.every((c) => c.kind === 'organization'))) {
      const person = stripTitles(left) !== left ? classify(left, { ...NO_CONTEXT, titled: ctx.titled }).filter((c) => c.kind === 'person') : [];
      // "Washington, D.C. for NATO": a place is no field of a body, and is named.
      const place = !role && (PLACES.has(left) || BUILT_IN_ALIASES.get(left)?.kind === 'place') ? classify(left, NO_CONTEXT) : [];
      return [...leadingEntities(left), ...person, ...place, ...body];
    }
  }
  // "Criminal Division of the Department of Justice", "Institute at George Mason University": a unit and its body.
  const unit = spaced ? unitAndBody(phrase) : null;
  if (unit) return unit;
  // "National Aeronautics and Space Administration": a body's name, though it opens with a word of titles.
  if (w.length >= 2 && ORG_HEADS.has(lower.at(-1)!)) return isGenericOrganization(phrase) ? leadingEntities(phrase) : [{ name: phrase, kind: 'organization' }];
  // Titles inside or just before the phrase make the rest of it a person: "Foreign Minister Sergei Lavrov".
  // stripTitles(phrase), from its words.
  const untitled = untitledWords(w);
  const stripped = untitled.join(' ');
  const titled = stripped !== phrase || ctx.titled;
  // Not after words of titles that are adjectives ("State Treasurer", "National Academies", "Veterans of
  // Foreign Wars"): they make no family name of the word after them.
  const before = phrase.slice(0, phrase.length - stripped.length);
  // (A compound title is a strong one: "Chief Executive Carrie Lam".)
  const strongTitle = ctx.titled || words(before).some((x, i, all) => (isTitleWord(x) && !WEAK_TITLES.has(x.toLowerCase())) || (i > 0 && TITLE_TAILS.has(x) && isTitleWord(all[i - 1]!)));
  // "Secretary of Homeland Security" names an office, and what follows "of" is a body or a place.
  // Unless nothing is found there and the phrase is a body's name: "Office of the Secretary of Defense".
  if (stripped !== phrase && isOffice(phrase)) {
    const domain = classify(stripped, NO_CONTEXT).filter((c) => c.kind !== 'person' && c.kind !== 'unknown');
    if (domain.length > 0 || !headAndDomain(lower)) return domain;
  }
  if (stripped !== phrase) {
    const courtesy = !ctx.titled && words(phrase.slice(0, phrase.length - stripped.length)).every((x) => HONORIFICS.has(x.toLowerCase().replace(/\.$/, '')));
    const rest = classify(stripped, { ...ctx, titled: ctx.titled || strongTitle, courtesy });
    // "National Institutes of Health": a word of titles that opens a body's name stays in it.
    if (rest.length > 0 && rest.every((c) => c.kind === 'organization') && rest[0]!.name === stripped && (ORG_HEADS.has(lower.at(-1)!) || headAndDomain(lower))) return [{ name: phrase, kind: 'organization' }];
    // Only names of unknown kind after the title, in a body's name: the body, below.
    if (rest.length > 0 && (rest.some((c) => c.kind !== 'unknown') || !headAndDomain(lower))) return [...leadingEntities(phrase.slice(0, phrase.length - stripped.length)), ...rest.map((c) => (c.kind === 'person' ? { ...c, sure: true } : c))];
  }
  // "Department of Homeland Security", "World Health Organization", "UN Security Council".
  if (w.length >= 2 && (ORG_HEADS.has(lower.at(-1)!) || headAndDomain(lower))) {
    // "UN Office" alone is a fragment, but it still names the UN.
    return isGenericOrganization(phrase) ? leadingEntities(phrase) : [{ name: phrase, kind: 'organization' }];
  }
  // "Texas, Oklahoma & Kansas": places listed with "&".
  if (phrase.includes(' & ')) {
    const listed = phrase.split(/\s*,\s*&?\s*|\s+&\s+/);
    if (listed.every((x) => PLACES.has(x))) return listed.map((x): Candidate => ({ name: x, kind: 'place', sure: true }));
  }
  // "Johnson & Johnson", "Morrison & Foerster": a firm.
  if (phrase.includes('&') && /^[A-Z][\p{L}'’.\-]*(?:,?\s[A-Z][\p{L}'’.\-]*)*,?\s&\s[A-Z]/u.test(phrase) && !phrase.split(/,?\s&?\s?/).some((x) => PLACES.has(x))) return [{ name: phrase, kind: 'organization' }];
  // words(stripped): the words stripped was joined from.
  let sw = untitled;
  // "Syrian Ambassador to Russia Riyad Haddad", "Syria Staffan de Mistura" (after "Envoy for"): a place
  // before a titled name, or before a given name, is a place of its own.
  const placed: Candidate[] = [];
  const given = sw.findIndex((x) => GIVEN.has(x));
  while (sw.length > 2 && PLACES.has(sw[0]!) && (titled || given > 0)) placed.push({ name: sw.shift()!, kind: 'place', sure: true });
  // "Energy Jennifer Granholm": a person's name starts at a given name, when a word before it can
  // be no part of a name. "Cathy Ann Harris", "Seth Robert Aframe": a given name in the middle of
  // name-shaped words is a middle name.
  const at = sw.findIndex((x) => GIVEN.has(x));
  const middle = at > 0 && ctx.said && sw.slice(0, at).every(nameShaped);
  // (Words cut off that are no title: "Congregation" of "Congregation Beth Israel".)
  const cut = at > 0 && sw.length - at >= 2 && !middle;
  const cutName = cut && !sw.slice(0, at).every((x) => isTitleWord(x) || /^(?:Honorable|Honourable|Hon\.|Reverend|Rev\.)$/.test(x));
  if (cut) sw = sw.slice(at);
  // "Jake Sullivan Welcoming Iraqi Progress": a headline's verb in -ing after two names ends the name.
  // Last in the chunk too where it is a verb no family name spells: "the Sergeant First Class Heath Robinson Honoring our Promise … Act".
  const verb = sw.findIndex((x, i) => i >= 2 && (i < sw.length - 1 || ACT_VERBS.has(x.toLowerCase())) && /^\p{Lu}\p{Ll}{2,}ing$/u.test(x));
  if (verb > 0) sw = sw.slice(0, verb);
  // A place may end a name after a given name that is no place: "Jim Jordan", "Lloyd Austin"; not
  // after words that are no name ("Congregation Beth Israel").
  const familyPlace = !cutName && GIVEN.has(sw[0]!) && !PLACES.has(sw[0]!);
  const personShape =
    sw.length >= 2 &&
    sw.length <= 5 &&
    sw.every((x) => PERSON_WORD.test(x)) &&
    !sw.some((x, i) => (PLACES.has(x) && !(familyPlace && i === sw.length - 1)) || NOT_IN_NAMES.has(x.toLowerCase())) &&
    !isTitleWord(sw.at(-1)!);
  // A middle initial ("Erek L. Barron") is the mark of a person's name.
  const initial = sw.length >= 3 && sw.slice(1, -1).some((x) => /^[A-Z]\.$/.test(x));
  if (personShape && (titled || initial || GIVEN.has(sw[0]!) || GIVEN.has(sw[0]!.split('-')[0]!) || ctx.said)) {
    return [...placed, { name: sw.join(' '), kind: 'person', sure: titled || GIVEN.has(sw[0]!) }];
  }
  // A family name alone after a title ("President Biden") is kept, to be joined to the full name.
  // Nor a word shaped like a common noun: "Ambassador Extraordinary", "President Emeritus".
  if (sw.length === 1 && titled && strongTitle && /^\p{Lu}[\p{Ll}'’]+(?:-[A-Z]?[\p{Ll}'’]+)*$/u.test(sw[0]!) && !NOUN_SHAPE.test(sw[0]!) && !TITLE_WORDS.has(sw[0]!.toLowerCase()) && !COMMON_NOUNS.has(sw[0]!.toLowerCase()) && !ORG_HEADS.has(sw[0]!.toLowerCase()) && !PROGRAM_WORDS.has(sw[0]!.toLowerCase())) {
    // "President Macron", "Secretary-General Guterres": the one known person with that family name,
    // after a title of office; "Mr. Sullivan" may be anyone.
    const full = ctx.courtesy ? undefined : knownPeople().family.get(nameKey(sw[0]!));
    return [...placed, { name: full ?? sw[0]!, kind: 'person', sure: true }];
  }
  // "Norma Jean Mattei of Louisiana", "Madhu Beriwal of Florida": a person named with her state or
  // country, as lists of appointees and delegations name them.
  const from = phrase.includes(' of ') ? /^((?:\S+\s){1,3}\S+)\s+of\s+(\S+(?:\s\S+)?)$/.exec(phrase) : null;
  if (from && (STATES.has(from[2]!) || COUNTRY_SET.has(from[2]!))) {
    // "Taoiseach Leo Varadkar of Ireland": a known person's name may follow a word of office.
    const fw = words(from[1]!);
    const known = fw.map((_, k) => fw.slice(k).join(' ')).find((x) => wordCount(x) >= 2 && knownPeople().full.has(nameKey(x, 'person')));
    const who = known ?? stripTitles(from[1]!);
    if (known || personShaped(who)) return [{ name: who, kind: 'person', sure: true }, { name: from[2]!, kind: 'place', sure: true }];
  }
  // "Governments of Afghanistan", "Syria for FY": the known names inside a phrase that is no name.
  if (spaced && /\s(?:of|for|on|in|the)\s/.test(phrase)) {
    const inner = innerNames(phrase);
    if (inner.length > 0) return inner;
  }
  // "White House Tennis Pavilion", "White House Fellow", "Google Maps": a listed body's name, then
  // words that name no body of their own, name the body.
  const lead = knownLead(w);
  if (lead) return [lead];
  // Anything else may still be a name the article makes clear elsewhere ("Lavrov" after "Sergei Lavrov").
  if (w.length <= 4 && w.every((x) => PERSON_WORD.test(x) || /^\p{Lu}[\p{Lu}\d&\-]+$/u.test(x))) return [{ name: phrase, kind: 'unknown' }];
  return [];
}

/**
 * The sure names inside a phrase that is no name, split at "of", "for", "on", "in" and "the"; parts
 * are rejoined where the longer stretch is itself a sure name: "John Smith of the District of
 * Columbia" names the District of Columbia, not "Columbia".
 */
function innerNames(phrase: string): Candidate[] {
  const pieces = phrase.split(/(\s+(?:of|for|on|in|the)(?:\s+the)?\s+)/);
  const out: Candidate[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    // A piece too long for a name names nothing (see MAX_NAME_WORDS): read, it would be split here again.
    if (wordCount(pieces[i]!) > MAX_NAME_WORDS) continue;
    const found = innerClassify(pieces[i]!).filter((c) => c.sure);
    // Only where a part names something is the part before it tried with it: "District of" + "Columbia".
    if (found.length > 0 && i >= 2 && !(i === 2 && pieces.length === 3)) {
      const stretch = pieces.slice(i - 2, i + 1).join('');
      const whole = innerClassify(stretch);
      if (whole.length === 1 && whole[0]!.sure && (whole[0]!.name === stretch || BUILT_IN_ALIASES.get(stretch))) {
        const before = innerClassify(pieces[i - 2]!).filter((c) => c.sure).length;
        out.splice(out.length - before, before, ...whole);
        continue;
      }
    }
    out.push(...found);
  }
  return out;
}

/** `classify` without context, remembered: the parts of phrases repeat. */
const innerClassified = new Map<string, Candidate[]>();
function innerClassify(phrase: string): Candidate[] {
  let found = innerClassified.get(phrase);
  if (!found) {
    found = classify(phrase, NO_CONTEXT);
    if (innerClassified.size > 50_000) innerClassified.clear();
    innerClassified.set(phrase, found);
  }
  return found;
}

/** Endings of adjectives, which end no body's name: "Legislative", "Intergovernmental", "Economic". */
const ADJECTIVE_END = /(?:ive|al|ic)$/;

/** Heads that end a body's own name, never a field of one ("Human Services"): "Princeton University". */
const NAMING_HEADS = new Set('university college institute foundation hospital inc inc. corporation corp corp. llc llp ltd company group'.split(' '));
/** A company's name in one word, written as companies write them: "KinderCare", "UCLA", "DoorDash". */
const COMPANY_WORD = /^(?:\p{Lu}[\p{Lu}\d&]+|\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*)$/u;

/**
 * Two bodies joined by "and", where the name of one body cannot go on: "KinderCare and Learning Care
 * Group", "UCLA and Princeton University", "Medicaid and Department of Health and Human Services",
 * "Advanced Energy Economy and the Smart Electric Power Alliance". Not "Department of Health and Human
 * Services", "Food and Drug Administration": there the right side is a field, not a body.
 */
let listedBodies: Set<string> | undefined;
/** Whether the lists know a body by this name or acronym ("NATO", "European Union"). */
function isListedBody(name: string): boolean {
  listedBodies ??= new Set([...KNOWN_ORGS, ...ORG_NAME_OF.keys(), ...ORG_NAME_OF.values(), ...[...BUILT_IN_ALIASES.entries()].filter(([, v]) => v.kind === 'organization').flatMap(([k, v]) => [k, v.name])]);
  return listedBodies.has(name);
}

function bodiesJoined(phrase: string): Candidate[] | null {
  const re = /\s+and\s+(the\s+)?/g;
  for (let m = re.exec(phrase); m !== null; m = re.exec(phrase)) {
    const left = phrase.slice(0, m.index);
    const right = phrase.slice(m.index + m[0].length);
    // A place and a body the lists know: "the U.S. and European Union", "Japan and NATO".
    if ((PLACES.has(left) || BUILT_IN_ALIASES.get(left)?.kind === 'place') && isListedBody(right)) {
      return [...classify(left, NO_CONTEXT), ...classify(right, NO_CONTEXT)];
    }
    const rl = words(right).map((x) => x.toLowerCase());
    const ll = words(left).map((x) => x.toLowerCase());
    if (rl.length < 2 || ll.length === 0) continue;
    // "… and Department of Labor": a head and its domain open a new name.
    const opens = ORG_HEADS.has(rl[0]!) && /^(?:of|for|on)$/.test(rl[1]!);
    const solidLeft = ll.length === 1 ? COMPANY_WORD.test(left) || KNOWN_ORGS.has(left) || ORG_NAME_OF.has(left) : NAMING_HEADS.has(ll.at(-1)!) || headed(ll);
    const naming = NAMING_HEADS.has(rl.at(-1)!) && (solidLeft || Boolean(m[1]));
    if (!opens && !naming && !(m[1] && headed(rl))) continue;
    const body = classify(right, NO_CONTEXT);
    if (body.length === 0 || !body.every((c) => c.kind === 'organization')) continue;
    const first = classify(left, NO_CONTEXT).map((c): Candidate => (c.kind === 'unknown' && COMPANY_WORD.test(c.name) ? { ...c, kind: 'organization' } : c));
    return [...first, ...body];
  }
  return null;
}

/** Verbs that make what follows a workplace: "founded X", "joined X". */
const FOUNDED = new Set(['founded', 'co-founded', 'cofounded', 'joined', 'joining']);
/** Words before "at" that make what follows a workplace: "worked at", "years at", "positions at". */
const EMPLOYER_BEFORE_AT = new Set('worked work works working employed years career positions position roles role tenure stint internship interned'.split(' '));
/** Officers of a company: "CEO of X", "President and CEO of X", "founder of X". */
const COMPANY_OFFICER = /^(?:.*\s)?(?:CEO|CFO|COO|CTO|CIO|CISO|Founder|Co-Founder|Cofounder|Chief Executive Officer|Chief Operating Officer|Chief Financial Officer|Managing Partner|Managing Director|Owner)(?:\s+and\s+(?:President|Chairman|Chair|CEO|Founder))?\s+(?:of|at)\s+(?:the\s+)?(.+)$/;

/** Words one of which COMPANY_OFFICER needs. */
const OFFICER_WORD = /CEO|CFO|COO|CTO|CIO|CISO|Founder|Cofounder|Chief|Managing|Owner/;
/** Words one of which a diplomatic post's name needs. */
const POST_WORD = /Embassy|Consulate|Mission|Delegation/;

/** Heads of diplomatic posts, named with "in" or "to" and where they are. */
const DIPLOMATIC_POSTS = new Set(['Embassy', 'Embassies', 'Consulate', 'Consulates', 'Mission', 'Delegation']);

/**
 * A body's name by its shape: two words or more, a head word last or a head and its domain; no title
 * of office in it ("Executive Director Washington Bureau") and no event's word ("Geneva Talks & …").
 */
function bodyShaped(name: string): boolean {
  const w = words(name);
  // Nor a heading's gerund and a head: "Crediting Service".
  if (w.length < 2 || /^\p{Lu}\p{Ll}+ing$/u.test(w[0]!)) return false;
  const lower = w.map((x) => x.toLowerCase());
  if (lower.some((x) => (isTitleWord(x) && !WEAK_TITLES.has(x)) || (SUBJECT_HEADS.has(x) && x !== 'conference' && x !== 'convention'))) return false;
  return ORG_HEADS.has(lower.at(-1)!) || lower.some((x, i) => ORG_HEADS.has(x) && /^(?:of|for|on)$/.test(lower[i + 1] ?? ''));
}

/** Words that follow a company's name in the name of the company, a unit or a subsidiary: "Siemens Energy", "Toyota Motor North America". */
const CORPORATE_WORDS = new Set(
  ('international holdings technologies technology energy pharmaceuticals pharma healthcare health financial capital motor motors airlines ' +
    'automation electric electronics systems solutions foods communications semiconductor semiconductors software entertainment industries ' +
    'brands group corporation corp corp. inc inc. co co. company companies llc ltd plc ag sa se nv usa america north americas worldwide global').split(' '),
);

/** Whether a phrase is a listed company's name followed only by words of a company's name. */
function companyAndSuffix(phrase: string): boolean {
  // The last word first, without splitting: most phrases end in no word of a company's name.
  if (phrase.charCodeAt(phrase.length - 1) !== 32 && !CORPORATE_WORDS.has(lastWord(phrase).toLowerCase().replace(/,$/, ''))) return false;
  const w = words(phrase);
  for (let i = w.length - 1; i >= 1; i--) {
    if (!CORPORATE_WORDS.has(w[i]!.toLowerCase().replace(/,$/, ''))) return false;
    if (KNOWN_ORGS.has(w.slice(0, i).join(' ').replace(/,$/, ''))) return true;
  }
  return false;
}

/** A listed body's name (up to three words) that opens a phrase whose other words name no body, person or event. */
function knownLead(w: string[]): Candidate | null {
  for (let i = Math.min(3, w.length - 1); i >= 1; i--) {
    const head = w.slice(0, i).join(' ');
    if (BUILT_IN_ALIASES.get(head)?.kind !== 'organization' && !KNOWN_ORGS.has(head) && !ORG_NAME_OF.has(head)) continue;
    const rest = w.slice(i).map((x) => x.toLowerCase());
    // Not before a body's head ("Senate Veterans Committees"), an event's, a link word or a given name.
    if (rest.some((x) => ORG_HEADS.has(x) || ORG_HEADS.has(x.replace(/ies$/, 'y').replace(/s$/, '')) || SUBJECT_HEADS.has(x) || CONNECTORS.has(x) || GIVEN.has(x.charAt(0).toUpperCase() + x.slice(1)))) return null;
    const body = classify(head, NO_CONTEXT);
    return body.length === 1 && body[0]!.kind === 'organization' ? { ...body[0]!, sure: true } : null;
  }
  return null;
}

/** Two to four words that can only be a person's names: no word of a body, an office, a place or a common noun. */
function personShaped(name: string): boolean {
  const w = words(name);
  if (w.length < 2 || w.length > 4 || KNOWN_ORGS.has(name) || ORG_NAME_OF.has(name)) return false;
  return w.every((x, i) => (i > 0 && /^[A-Z]\.$/.test(x)) || (/^\p{Lu}\p{Ll}/u.test(x) && nameShaped(x) && !ORG_HEADS.has(x.toLowerCase()) && !COMMON_NOUNS.has(x.toLowerCase()) && !NOUN_SHAPE.test(x.toLowerCase()) && !GEO_WORDS.has(x.toLowerCase())));
}
/** Words of the names of lands and regions: "Eastern Shore of Maryland", "Capital Region of Louisiana". */
const GEO_WORDS = new Set(
  'north south east west northern southern eastern western central northeast northwest southeast southwest upper lower greater inner outer capital region regions shore coast coastal area metro metropolitan district territory territories commonwealth republic kingdom state states city county island islands valley bay gulf lake river mountain mountains hills plains delta basin peninsula highlands lowlands desert forest park harbor harbour port heights'.split(' '),
);

/** Titles of courtesy, not of office: after them a family name may be anyone's. */
const HONORIFICS = new Set('mr mrs ms miss dr prof sir dame'.split(' '));

/** A word that may stand in a person's name before the given name: no common noun, title, modifier or demonym. */
function nameShaped(x: string): boolean {
  const l = x.toLowerCase();
  return PERSON_WORD.test(x) && !NOT_IN_NAMES.has(l) && !GENERIC_MODIFIERS.has(l) && !isTitleWord(x) && !DEMONYM_OF.get(x) && !PLACES.has(x) && !NEVER_ALONE.has(l);
}

/** Words of titles that are adjectives: alone before a word they do not make it a family name ("State Treasurer"). */
const WEAK_TITLES = new Set('state national security high first foreign defense defence finance interior special deputy vice general chief press majority minority senior under assistant council member'.split(' '));
/** Endings of common nouns and adjectives, seldom of family names: "Extraordinary", "Academies", "Emeritus". */
const NOUN_SHAPE = /(?:ary|ies|ment|ments|ness|ity|tion|sion|ship|ance|ence|ism|ous|ive|able|ible|itus|ate|ing)$/;
/** A word that may be a leader's family name in "the Biden administration". */
function leaderName(x: string): boolean {
  const l = x.toLowerCase();
  return /^[A-Z][a-z]+$/.test(x) && !PLACES.has(x) && !DEMONYM_OF.get(x) && !NOT_IN_NAMES.has(l) && !GENERIC_MODIFIERS.has(l) && !NEVER_ALONE.has(l) && !TITLE_WORDS.has(l) && !/(?:al|ic|ary|ime|ive|ion|ian|ity|ing|ed)$/.test(l);
}

/**
 * A unit and the body it belongs to, when the body is an organisation: "Criminal Division of the
 * Department of Justice" is two, as is "National Security Institute at George Mason University";
 * a board ("Board of Directors of the Hispanic Federation") leaves only its body.
 */
function unitAndBody(phrase: string): Candidate[] | null {
  const re = /\s(?:(?:of|for|in)\s+the|at(?:\s+the)?)\s/g;
  for (let m = re.exec(phrase); m !== null; m = re.exec(phrase)) {
    const left = phrase.slice(0, m.index);
    const right = phrase.slice(m.index + m[0].length);
    const lw = words(left);
    // "Bureau of Legislative Affairs at the Department of State": the unit may name its field.
    const ll = lw.map((x) => x.toLowerCase());
    const headed = ORG_HEADS.has(ll.at(-1)!) || (m[0].includes('at') && ll.some((x, i) => ORG_HEADS.has(x) && /^(?:of|for|on)$/.test(ll[i + 1] ?? '')));
    if (lw.length < 2 || (!headed && !BOARD.test(left))) continue;
    const body = classify(right, NO_CONTEXT);
    // A place the body's name holds comes with it: "Section at the U.S. Embassy in Cairo".
    if (body.length === 0 || !body.every((c) => ofBody(body, c))) continue;
    const unitPart = BOARD.test(left) ? [] : classify(left, NO_CONTEXT).filter((c) => c.kind === 'organization');
    return [...unitPart, ...body];
  }
  return null;
}

/** A board of a body: "Board of Trustees of X", "Board of X" (the second group is the body; the first vouches for it). */
const BOARD_OF = /^(?:(?:Executive|Advisory)\s+)?(?:Board|Boards)\s+(?:of\s+(Directors|Trustees|Governors|Regents|Visitors|Advisors|Advisers|Overseers)\s+)?(?:of|at)\s+(?:the\s+)?(.+)$/;
const BOARD_AFTER = /^()(.+?)\s+(?:Board|Boards)\s+of\s+(?:Directors|Trustees|Governors|Regents|Visitors|Advisors|Advisers|Overseers)$/;
/** A body named by its head alone, after a role: "the Board" in "Chair of the Board". */
const BARE_BODY = /^(?:(?:Executive|Advisory|Full|Select|Standing)\s+)?(?:Board|Boards|Committee|Council|Commission|Cabinet|Caucus|Panel|Court|Company|Firm|Agency|Department|Office)$/;
/** A board named only by what it is: every body has one. */
const BOARD =
  /^(?:(?:Executive|Advisory)\s+)?(?:Board|Boards|Council|Committee)\s+of\s+(?:Directors|Trustees|Governors|Regents|Visitors|Advisors|Advisers|Commissioners|Overseers)$|^(?:Board|Boards)$/;

/** The bodies and places a title opens with: "UN" in "UN Special Envoy", "EU" in "EU High Representative". */
function leadingEntities(titlePart: string): Candidate[] {
  const w = words(titlePart);
  const first = w[0];
  if (!first) return [];
  const alias = BUILT_IN_ALIASES.get(first);
  if (alias && alias.kind === 'organization') return [{ name: first, kind: alias.kind, sure: true }];
  if (KNOWN_ORGS.has(first)) return [{ name: first, kind: 'organization', sure: true }];
  // "NSC Spokesperson", "United Nations Secretary General": the words before the first title, when a
  // list knows them as a body.
  const acronym = ORG_NAME_OF.get(first);
  if (acronym) return [{ name: acronym, kind: 'organization', sure: true }];
  const at = w.findIndex((x) => isTitleWord(x));
  if (at >= 2 && at <= 4) {
    const body = w.slice(0, at).join(' ');
    const found = classify(body, NO_CONTEXT);
    if (found.length > 0 && found.every((c) => c.kind === 'organization' && c.sure)) return found;
  }
  return [];
}

const NAME_WORD = String.raw`[A-Z][\p{L}'’.\-]*`;
/** Counties, parishes, forts and camps. */
const PLACE_SHAPE = new RegExp(String.raw`^(?:${NAME_WORD}\s){1,3}(?:County|Parish|Borough)$|^(?:Fort|Camp|Mount|Lake)\s${NAME_WORD}(?:\s${NAME_WORD})?$`, 'u');
/** Rivers, basins, bays and other features of the land, named by a proper name and a head. */
const GEO_HEAD = new RegExp(
  String.raw`^(?:${NAME_WORD}\s){1,3}(?:River|Basin|Bay|Harbor|Harbour|Valley|Mountains|Island|Islands|Peninsula|Canyon|Desert|Strait|Estuary|Gulf|Stadium|Arena|Airport|Bridge|Spaceport|Cosmodrome|Cathedral|Square|City Hall|Region|Territory|Oblast|Krai|Province)$`,
  'u',
);
/** Venues named only by what they are: `Main Square`, `Central Stadium` are anywhere's. (A hall is a venue as a `City Hall` only: Hall is a family name too.) */
const GENERIC_VENUE = /^(?:City|Town|Main|Central|Village|Union|Great|Old|New|Memorial|Music|Concert|Exhibition|Convention|Sports|Olympic|International|National)\s(?:Hall|Square|Stadium|Arena|Airport|Bridge|Cathedral)$/u;

/** The last words of PLACE_SHAPE's and GEO_HEAD's names, and the first of PLACE_SHAPE's others. */
const PLACE_SHAPE_LAST = new Set('County Parish Borough River Basin Bay Harbor Harbour Valley Mountains Island Islands Peninsula Canyon Desert Strait Estuary Gulf Stadium Arena Airport Bridge Spaceport Cosmodrome Cathedral Square Hall Region Territory Oblast Krai Province'.split(' '));
const PLACE_SHAPE_FIRST = /^(?:Fort|Camp|Mount|Lake)\s/;

/** Whether a phrase matches PLACE_SHAPE or GEO_HEAD; the expressions run only where its last or first word allows. */
function placeShaped(phrase: string): boolean {
  let at = phrase.length;
  while (at > 0 && !isSpaceCode(phrase.charCodeAt(at - 1))) at--;
  if (!PLACE_SHAPE_LAST.has(phrase.slice(at)) && !PLACE_SHAPE_FIRST.test(phrase)) return false;
  return PLACE_SHAPE.test(phrase) || (GEO_HEAD.test(phrase) && !GENERIC_VENUE.test(phrase));
}

/**
 * What government programs and tools are called, after a word that is also a title ("Major
 * Disaster Declaration", "Justice System Reform", "Major Non-NATO Ally"): no person's name.
 */
const PROGRAM_WORDS = new Set('declaration declarations reform reforms tool tools system systems ally allies project projects check checks relief database registry hotline portal index'.split(' '));
/** Words that are never part of a person's name: the heads of other kinds of names, and common nouns of laws and plans. */
const NOT_IN_NAMES = new Set([
  ...ORG_HEADS,
  ...SUBJECT_HEADS,
  ...COMMON_NOUNS,
  ...'act acts plan program programme law bill order strategy report day week month year award medal prize fellowship scholarship grant grants fund vaccine vaccination tour period month region territory oblast krai okrug province'.split(' '),
  ...PROGRAM_WORDS,
]);

/**
 * Capitalised words that cannot open a name: function words, sentence adverbs, and the verbs of
 * headlines ("Damascus Hopes for Peace", "President Signs …"). The tokenizer tags them DET.
 */
const FUNCTION_WORDS = new Set(
  ('the a an this that these those each every all both some any no many much more most other another such what which who whom ' +
    'whose why how i we you he she it they me us him her them my our your his its their is are was were be been being am do ' +
    'does did have has had will would shall should can could may might must in on at to from for of by with about against ' +
    'between into over under after before during above below across along around behind beyond near off out up down per via ' +
    'like unlike toward towards as than and but or nor so if whether because since unless until while whereas although though ' +
    'when where once then thus therefore hence however moreover furthermore additionally meanwhile instead indeed also still ' +
    'yet already again never always often together here there now today yesterday tomorrow tonight according following ' +
    'including regarding despite through throughout among amid within without upon please let join read watch learn click see ' +
    'visit find get make take help thank thanks yes not just only even last next first second third finally currently recently ' +
    'specifically previously later earlier importantly notably similarly overall ultimately initially altogether every whatever ' +
    'whoever nothing everyone everything someone something anyone anything nobody none few several both either neither hopes ' +
    'says said announces announced signs signed nominates nominated appoints appointed names named hosts hosted meets met calls ' +
    'urges visits launches releases issues welcomes joins holds delivers makes takes travels speaks unveils approves declares ' +
    'proclaims marks celebrates honors honours commemorates condemns congratulates discusses expands extends invests vows warns ' +
    'plans seeks sends sets returns highlights outlines touts tours lays laid highlights building working taking making bringing ' +
    'helping creating ensuring supporting advancing lowering delivering protecting strengthening').split(' '),
);
/** Abbreviations whose full stop ends no sentence: "Mr. Smith", "St. Louis", "Jan. 6". */
const ABBREVIATION =
  /^(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gov|Sen|Rep|Gen|Lt|Col|Capt|Sgt|Inc|Co|Corp|Ltd|No|Pres|Prof|Rev|Maj|Adm|Mt|Ft|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|vs|etc|approx|Ave|Blvd|Dept|Univ|Assn|Bros|Hon|Amb|Supt|Cmdr|Gens|Reps|Sens)\.$/;
/** The pieces of a run other than a web or e-mail address (see PIECE). */
const PIECE_NOT_MAIL_SOURCE =
  String.raw`(?:\p{L}\.){2,}|(?:` +
  ABBREVIATION.source.slice(4, -4) +
  String.raw`)\.|\p{Lu}\.$|\d+(?:[.,:]\d+)*|[\p{L}\p{M}\d]+(?:['’](?![sS]\b)[\p{L}\p{M}]+)*|['’][sS]\b|\S`;
/**
 * The pieces a run of non-space characters splits into, first match first: addresses whole, dotted
 * abbreviations ("D.C.", "U.S.") and titles ("Mr.") whole, an initial ("W.") at the run's end, numbers
 * with their separators, words with inner apostrophes ("O'Brien"), the possessive "'s" on its own,
 * and any other character alone.
 */
const PIECE = new RegExp(
  // The address's local part at most 64 characters long, as addresses are: unbounded, it was tried
  // to the end of the run at every "_" of a long run ("____…"), which took quadratic time.
  String.raw`https?:\/\/\S+|[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+|` + PIECE_NOT_MAIL_SOURCE,
  'gu',
);
/** PIECE for a run without "@", which holds no address: no address is tried at each of its characters. */
const PIECE_NOT_MAIL = new RegExp(String.raw`https?:\/\/\S+|` + PIECE_NOT_MAIL_SOURCE, 'gu');
/** Most runs are a plain word (/^[A-Za-z]+$/), or a plain word and one mark (/^[A-Za-z]+[,.;:]$/): these skip the pieces' expression. */

/** Whether a UTF-16 code unit is one that /\s/ matches: ASCII spaces and controls first, then the Unicode spaces. */
function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
const isAsciiLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
/** ",", ".", ";" or ":". */
const isClauseMark = (c: number): boolean => c === 44 || c === 46 || c === 59 || c === 58;

const isUpper = (x: string): boolean => {
  // ASCII first: the Unicode property test is the slow path.
  const c = x.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(x);
};

/** A text's tokens, as parallel arrays. */
export interface Tokens {
  /** The tokens; a line break is a token of its own, "\n". */
  v: string[];
  /** A coarse part of speech: PROPN, DET (a capitalised word that opens no name), WORD, NUM, PUNCT, SPACE. */
  pos: string[];
  /** The spaces before each token. */
  sp: string[];
  /** 1 where a sentence starts (one entry more than the tokens). */
  start: Uint8Array;
}

/**
 * The tokens, sentence starts and coarse parts of speech of a text, by rule: all the rules need, at
 * a fraction of a tagger's cost. A sentence starts after ".", "!", "?" or "…" (and a closing quote
 * or bracket after it), at a line break, and after a dotted abbreviation followed by a capitalised
 * function word ("in the U.S. The …"); never after "Mr." or an initial, which stay one token.
 */
/**
 * A span of months or days written as one word (`January-October`, `Monday-Friday`), as wire
 * copy writes them: an ordinary word, no name.
 */
const HYPHENATED = /^(\p{Lu}\p{L}*(?:-\p{L}+)+)([.,;:!?]?)$/u;

function hyphenatedWord(x: string): boolean {
  const parts = x.toLowerCase().split('-');
  return parts.length > 1 && parts.every((p) => DATE_WORDS.has(p));
}

export function tokenize(text: string): Tokens {
  const v: string[] = [];
  const sp: string[] = [];
  const length = text.length;
  let last = 0;
  let at = 0;
  // The runs of non-space characters (as /\S+/g finds them), read by character codes.
  for (;;) {
    while (at < length && isSpaceCode(text.charCodeAt(at))) at++;
    if (at >= length) break;
    const from = at;
    // How far the run is plain ASCII letters.
    while (at < length && isAsciiLetter(text.charCodeAt(at))) at++;
    const letters = at;
    while (at < length && !isSpaceCode(text.charCodeAt(at))) at++;
    const space = from === last + 1 && text.charCodeAt(last) === 32 ? ' ' : text.slice(last, from);
    last = at;
    const run = text.slice(from, at);
    // A line break in the spaces before a run is a token of its own.
    const newline = space.length > 1 && space.includes('\n');
    if (newline || space === '\n') {
      v.push('\n');
      sp.push('');
    }
    let before = newline || space === '\n' ? space.slice(space.lastIndexOf('\n') + 1) : space;
    // PLAIN: letters only.
    if (letters === at) {
      v.push(run);
      sp.push(before);
      continue;
    }
    // "said," -> "said" ","; but "Mr." and an initial ("W.") keep their full stop.
    // PLAIN_PUNCT: letters and one mark.
    if (letters > from && letters === at - 1 && isClauseMark(text.charCodeAt(letters)) && !(run.endsWith('.') && (run.length === 2 || ABBREVIATION.test(run)))) {
      v.push(run.slice(0, -1), run.slice(-1));
      sp.push(before, '');
      continue;
    }
    // `January-October`: one ordinary word (see hyphenatedWord), and its mark.
    const compound = run.includes('-') ? HYPHENATED.exec(run) : null;
    if (compound && hyphenatedWord(compound[1]!)) {
      v.push(compound[1]!);
      sp.push(before);
      if (compound[2]) {
        v.push(compound[2]);
        sp.push('');
      }
      continue;
    }
    const pieces = run.includes('@') ? PIECE : PIECE_NOT_MAIL;
    pieces.lastIndex = 0;
    for (let p = pieces.exec(run); p !== null; p = pieces.exec(run)) {
      v.push(p[0]);
      sp.push(before);
      before = '';
    }
  }
  const n = v.length;
  const pos = new Array<string>(n).fill('');
  const start = new Uint8Array(n + 1);
  let open = true;
  for (let i = 0; i < n; i++) {
    const x = v[i]!;
    if (x === '\n') {
      pos[i] = 'SPACE';
      open = true;
      continue;
    }
    const c = x.charCodeAt(0);
    const upper = isUpper(x);
    // A sentence starts at a capital, a digit, an opening quote or a bracket after its end.
    if (open && (upper || (c >= 48 && c <= 57) || x === '"' || x === '“' || x === '‘' || x === "'" || x === '(' || x === '[')) start[i] = 1;
    open = false;
    if (c >= 48 && c <= 57) pos[i] = 'NUM';
    // A capitalised function word, or an adverb opening a sentence ("Additionally"), opens no name.
    else if (upper) pos[i] = FUNCTION_WORDS.has(x.toLowerCase()) || (start[i] === 1 && x.endsWith('ly') && /^\p{Lu}\p{Ll}+ly$/u.test(x)) ? 'DET' : x.includes('-') && hyphenatedWord(x) ? 'WORD' : 'PROPN';
    else pos[i] = (c >= 97 && c <= 122) || (c >= 128 && /^\p{L}/u.test(x)) ? 'WORD' : 'PUNCT';
    if (x === '.' || x === '!' || x === '?' || x === '…') open = true;
    // "… in the U.S. The talks": a dotted abbreviation ends the sentence when a capitalised function word follows.
    else if (x.length > 3 && x.endsWith('.') && isUpper(v[i + 1] ?? '') && FUNCTION_WORDS.has(v[i + 1]!.toLowerCase()) && /^(?:\p{L}\.){2,}$/u.test(x)) open = true;
    // A closing quote or bracket right after the end belongs to the sentence that ends.
    if (open && sp[i + 1] === '' && /^["”’)\]]$/.test(v[i + 1] ?? '')) {
      i++;
      pos[i] = 'PUNCT';
    }
  }
  start[0] = 1;
  return { v, pos, sp, start };
}

/**
 * Whether a name read so far ends in a body's head and its domain: "Senate Committee on Commerce",
 * "President's Council on Sports". A comma after it may open a list that belongs to the name.
 */
function domainOpen(text: string): boolean {
  const w = words(text);
  for (let i = w.length - 2; i >= 0 && i >= w.length - 5; i--) if (/^(?:on|of|for)$/.test(w[i + 1]!) && (ORG_HEADS.has(w[i]!.toLowerCase()) || w[i] === 'Departments')) return true;
  return false;
}

/** A run of capitalised tokens, with the words around it that classify it. */
interface Chunk {
  text: string;
  /** Its first and last tokens. */
  from: number;
  to: number;
  /** The words around it say it is a place: "Queensbury, NY", "Bridgeport, Connecticut". */
  place?: boolean;
  /** One of a list of counties or parishes: "the counties of Cook, Glynn, and Lowndes". */
  county?: string;
  /** What the words around it say. */
  ctx: Context;
  /** Right after "the". */
  the: boolean;
  /** In a headline or a title-case heading, where every word is capitalised. */
  heading: boolean;
  /** In the headline itself. */
  headline?: boolean;
  /** In a title-case line other than the headline, the whole line or its last comma-separated cell. */
  cell?: boolean;
  /** An acronym the text defines right after it: "Federal Emergency Management Agency (FEMA)". */
  defines?: string;
  /** A lower-case event word right after it: "talks" in "the Geneva talks". */
  event?: string;
  /** The words around it say it is a company or another body: "X, a utility", "X's CEO", "companies such as X". */
  company?: boolean;
  /** The words before it name a workplace: "worked at X", "20 years at X", "founded X". */
  employer?: boolean;
  /** "the House", standing alone: the House of Representatives where the article names Congress. */
  house?: boolean;
}

/** Nouns that say what kind of body a name is: "PJM, a regional grid operator". */
const COMPANY_NOUNS = new Set(
  ('company firm provider utility nonprofit non-profit manufacturer retailer startup start-up maker operator chain distributor supplier ' +
    'producer developer giant conglomerate charity corporation insurer lender automaker carrier airline publisher subsidiary ' +
    'business organization organisation cooperative co-op platform consultancy contractor wholesaler grocer processor').split(' '),
);
/** Plural nouns that open a list of bodies: "employers such as X, Y and Z". */
const COMPANY_PLURALS = new Set('companies firms providers utilities nonprofits manufacturers retailers employers businesses organizations organisations brands carriers airlines banks chains partners'.split(' '));
/** What a company's name is followed by in its possessive: "X's CEO". */
const COMPANY_POSSESSED = new Set('ceo chief executives shareholders stock shares employees subsidiary'.split(' '));
/** Words that may follow the noun of "X, a … company" when that noun is the head: "a company based in …". */
const AFTER_HEAD_NOUN = new Set('that which who based headquartered in with of from and owned founded serving providing specializing specialising'.split(' '));

const isNewline = (v: string): boolean => v.includes('\n');
/** Whether token k is a word: it opens with a letter or a digit (ASCII first: the Unicode test is the slow path). */
function wordAt(v: string[], n: number, k: number): boolean {
  if (k >= n) return false;
  const x = v[k];
  // Before the first token: the test read "undefined", a word.
  if (x === undefined) return true;
  const c = x.charCodeAt(0);
  return c < 128 ? (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) : /^[\p{L}\d]/u.test(x);
}
/** Whether token k is a capitalised word. */
function capAt(v: string[], n: number, k: number): boolean {
  if (k >= n) return false;
  const x = v[k];
  if (x === undefined) return false;
  const c = x.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(x);
}

/** The capitalised chunks of a text, read with `tokenize`'s tokens, sentences and parts of speech. */
// Small tests of chunksOf's, at module level: a function declared inside its loop is made anew
// for every chunk, and the TypeScript loader names each one it makes, which costs more than the test.
const linked = (x: string): boolean => x === 'to' || x === 'of' || x === 'for';
const sep = (x: string | undefined): boolean => x === ',' || x === 'and' || x === 'or';
const county = (x: string | undefined): string | undefined => (x && x.length === 8 && /^(?:counties|parishes)$/i.test(x) ? (x.toLowerCase() === 'counties' ? 'County' : 'Parish') : undefined);

/** Whether a token is a name a list knows. */
function knownName(x: string): boolean {
  return PLACES.has(x) || GIVEN.has(x) || KNOWN_ORGS.has(x) || Boolean(BUILT_IN_ALIASES.get(x)) || ORG_NAME_OF.has(x);
}
/** Whether a line ends before token k. */
function lineEndAt(v: string[], sp: string[], n: number, k: number): boolean {
  return k >= n || isNewline(v[k]!) || isNewline(sp[k]!);
}
/** A single name in a firm's list of names (see firmEndAt). */
function itemAt(v: string[], n: number, start: Uint8Array, m: number): boolean {
  return capAt(v, n, m) && !start[m] && !PLACES.has(v[m]!) && !isTitleWord(v[m]!);
}
/** A US state's postal code at k, after a comma: "Queensbury, NY". */
function postalCodeAt(v: string[], n: number, k: number): string | undefined {
  return /^[A-Z]{2}$/.test(v[k] ?? '') && v[k - 1] === ',' && !capAt(v, n, k + 1) ? STATE_CODES[v[k]!] : undefined;
}
/** Only commas and "and" between from and to. */
function listedBetween(v: string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (v[k] !== ',' && v[k] !== 'and') return false;
  return true;
}
/**
 * The end of a list that a body's name takes in after its domain: ", Science, and Transportation"
 * after "Committee on Commerce". Each item is one to three capitalised words, never a title, a
 * given name or a place ("…, Senator Bob Menendez, and" is no part of it); -1 if there is no such list.
 */
function listEndAt(v: string[], n: number, start: Uint8Array, k: number): number {
  let m = k;
  for (let items = 0; items < 8; items++) {
    let last = false;
    if (v[m] === ',') m++;
    if (v[m] === 'and' || v[m] === '&') {
      last = true;
      m++;
    } else if (items > 0 && v[m - 1] !== ',') return -1;
    const from = m;
    while (m < n && m - from < 3 && capAt(v, n, m) && !start[m] && !isTitleWord(v[m]!) && !GIVEN.has(v[m]!)) m++;
    // "University of Maryland, Harvard University, …": an item that is a body's name is a name of its own.
    if (m === from || PLACES.has(v.slice(from, m).join(' ')) || (m - from >= 2 && NAMING_HEADS.has(v[m - 1]!.toLowerCase()))) return -1;
    if (last) return capAt(v, n, m) ? -1 : m - 1;
    if (v[m] !== ',' && v[m] !== 'and' && v[m] !== '&') return -1;
  }
  return -1;
}
/**
 * The last token of a firm's name that runs on from the word before k (a comma) as a list of single
 * names ending in "& Name": ", Swaine & Moore", ", Lipton, Rosen & Katz"; -1 if none does. `ends`
 * (0 where unknown, as made) remembers where the list that runs on from each comma stops: else every
 * comma of a long list of names ("Smith, Jones, …") read the rest of it again.
 */
function firmEndAt(v: string[], n: number, start: Uint8Array, k: number, ends: Int32Array): number {
  let m = ends[k]!;
  if (m === 0) {
    m = k;
    while (v[m] === ',' && itemAt(v, n, start, m + 1) && (v[m + 2] === ',' || v[m + 2] === '&')) m += 2;
    for (let x = k; x < m; x += 2) ends[x] = m;
  }
  if (m === k) return -1;
  if (v[m] === ',' && v[m + 1] === '&') m++;
  return v[m] === '&' && itemAt(v, n, start, m + 1) ? m + 1 : -1;
}
/** "Spokane, Washington", "Washington State", "Oregon, Washington and Idaho": the state, not the capital. */
function washingtonStateAt(v: string[], i: number, j: number): boolean {
  const after = v[j + 1] === ',' || v[j + 1] === 'and' ? v[j + 2] : v[j + 1];
  // "Ohio, and Washington": the comma before "and" too.
  const before = sep(v[i - 1]) ? (sep(v[i - 2]) ? v[i - 3] : v[i - 2]) : '';
  return (
    /^[Ss]tate$/.test(v[j + 1] ?? '') ||
    (v[i - 1] === 'of' && /^[Ss]tate$/.test(v[i - 2] ?? '')) ||
    (v[i - 1] === ',' && PLACES.has(v[i - 2] ?? '')) ||
    STATES.has(before ?? '') ||
    STATES.has(after ?? '')
  );
}
/** A place's name of one to three words at k, ended by a comma or a full stop: "of Maryland, to be …". */
function placeAtK(v: string[], n: number, k: number): boolean {
  // "of the Northern Mariana Islands,", "of the District of Columbia,".
  if (v[k] === 'the') k++;
  for (let len = 3; len >= 1; len--) {
    if (!capAt(v, n, k + len - 1) || !/^[,.;]$/.test(v[k + len] ?? '')) continue;
    if (PLACES.has(v.slice(k, k + len).join(' '))) return true;
  }
  return false;
}
/** Whether the words around tokens i to j call them a company; listAt is the last token of an open list of bodies, or -1. */
function companyCueAt(v: string[], n: number, pos: string[], sp: string[], listAt: number, i: number, j: number): boolean {
  const a = v[j + 1];
  // "X (NYSE: X)".
  if (a === '(' && /^(?:NYSE|NASDAQ|Nasdaq|AMEX|LSE|TSX|OTC)$/.test(v[j + 2] ?? '')) return true;
  // "shares of X", "X shares", "X stock".
  if (v[i - 1] === 'of' && /^(?:shares|stock|stake)$/.test(v[i - 2] ?? '')) return true;
  if (/^(?:shares|stock)$/.test(a ?? '') && sp[j + 1] !== '') return true;
  // "X's CEO", "X’s chief executive".
  if ((a === "'s" || a === '’s') && COMPANY_POSSESSED.has(v[j + 2]?.toLowerCase() ?? '')) return true;
  // "X, a regional grid operator, …": the noun the apposition ends in.
  if (a === ',' && (v[j + 2] === 'a' || v[j + 2] === 'an' || v[j + 2] === 'the')) {
    for (let k = j + 3; k < n && k < j + 10 && pos[k] !== 'PUNCT'; k++) {
      if (COMPANY_NOUNS.has(v[k]!) && (pos[k + 1] !== 'WORD' || AFTER_HEAD_NOUN.has(v[k + 1]!))) return true;
    }
  }
  // "companies such as X, Y and Z", "employers including X": the list's first item …
  const b1 = v[i - 1];
  if ((b1 === 'including' || b1 === 'like' || (b1 === 'as' && v[i - 2] === 'such')) && COMPANY_PLURALS.has(v[b1 === 'as' ? i - 3 : i - 2]?.toLowerCase() ?? '')) return true;
  // … and the items after it, joined by commas and "and".
  if (listAt >= 0) {
    for (let k = listAt + 1; k < i; k++) if (v[k] !== ',' && v[k] !== 'and' && v[k] !== 'or') return false;
    return true;
  }
  return false;
}

/** A word of a body's name: its head or its legal form. */
const isBodyWord = (x: string): boolean => ORG_HEADS.has(x.toLowerCase()) || LEGAL_FORMS.has(x.toLowerCase().replace(/\.$/, ''));
/** A word that may be in a town's name. */
const isTownWord = (x: string): boolean => !NOT_IN_NAMES.has(x.toLowerCase()) && !GENERIC_MODIFIERS.has(x.toLowerCase());

function chunksOf(text: string, title = ''): Chunk[] {
  // One reading for headline and body: the headline is the first line, and a heading.
  const headline = title.replace(/\s+/g, ' ').trim();
  // Sentence starts and line starts: a chunk never runs across either.
  const { v, pos, sp, start } = tokenize(headline ? `${headline}\n${text}` : text);
  const n = v.length;
  const heading = new Uint8Array(n);
  let lineStart = 0;
  let firstLine = headline !== '';
  for (let i = 0; i <= n; i++) {
    // (A token holds a line break only as the token "\n".)
    if (i < n && v[i] !== '\n' && !sp[i]!.includes('\n')) continue;
    if (i < n) start[i] = 1;
    // A title-case line: most of its longer words capitalised and no closing full stop.
    // (Counted only where it can decide: not on the headline, nor on a line over 25 tokens.)
    let long = 0;
    let caps = 0;
    if (!firstLine && i - lineStart <= 25) {
      for (let k = lineStart; k < i; k++) {
        const x = v[k]!;
        if (x.length < 4) continue;
        const first = x.charCodeAt(0);
        if (first < 128) {
          if ((first | 32) >= 97 && (first | 32) <= 122) {
            long++;
            if (first <= 90) caps++;
          }
          continue;
        }
        const c = x.charAt(0);
        if (c.toLowerCase() !== c.toUpperCase()) {
          long++;
          if (c === c.toUpperCase()) caps++;
        }
      }
    }
    // Not a list's item that ends in ";" ("(ii) the Department of Transportation's … Program;"): a sentence's part.
    const itemEnd = v[i - 1] === ';' || ((v[i - 1] === 'and' || v[i - 1] === 'or') && v[i - 2] === ';');
    const isHeading = firstLine || (long > 0 && caps / long >= 0.7 && i - lineStart <= 25 && !/^[.!?"”]$/.test(v[i - 1] ?? '') && !itemEnd);
    if (isHeading) heading.fill(firstLine ? 2 : 1, lineStart, i);
    lineStart = i + 1;
    firstLine = false;
  }
  // The last token of the last chunk of a list of bodies, -1 when no list is open.
  let listAt = -1;
  const firmEnds = new Int32Array(n + 1);
  const out: Chunk[] = [];
  let i = 0;
  while (i < n) {
    if (!capAt(v, n, i) || (!START_POS.has(pos[i]!) && !knownName(v[i]!))) {
      i++;
      continue;
    }
    let text = v[i]!;
    let j = i;
    for (;;) {
      const k = j + 1;
      if (k >= n || start[k]) break;
      // "Biden-Harris", "Al-Qaeda", "Guinea-Bissau": hyphenated without spaces.
      if (v[k] === '-' && sp[k] === '' && k + 1 < n && sp[k + 1] === '' && wordAt(v, n, k + 1)) {
        text += `-${v[k + 1]}`;
        j = k + 1;
        continue;
      }
      // "Sharm el-Sheikh", "Deir ez-Zor": a lower-case particle hyphenated to a capitalised word.
      if (v[k + 1] === '-' && sp[k + 1] === '' && sp[k + 2] === '' && /^\p{Ll}{1,3}$/u.test(v[k]!) && capAt(v, n, k + 2)) {
        text += ` ${v[k]}-${v[k + 2]}`;
        j = k + 2;
        continue;
      }
      // "Washington, D.C."
      if (v[j] === 'Washington' && v[k] === ',' && (v[k + 1] === 'D.C.' || v[k + 1] === 'DC')) {
        text += `, ${v[k + 1]}`;
        j = k + 1;
        continue;
      }
      // "University of Massachusetts, Amherst", "State University of New York, at Fredonia": a state
      // university's campus, named by its town after a comma (not a state, nor a body of its own).
      const stateAt = v[j - 1] === 'of' ? j - 2 : v[j - 2] === 'of' ? j - 3 : -1;
      if (v[k] === ',' && stateAt >= 0 && v[stateAt] === 'University' && STATES.has(v.slice(stateAt + 2, j + 1).join(' '))) {
        const at = v[k + 1] === 'at' ? k + 2 : k + 1;
        let e = at;
        while (capAt(v, n, e + 1) && !start[e + 1] && e - at < 1) e++;
        const town = v.slice(at, e + 1).join(' ');
        if (capAt(v, n, at) && !start[at] && !capAt(v, n, e + 1) && !STATES.has(town) && !COUNTRY_SET.has(town) && !KNOWN_ORGS.has(town) && !ORG_NAME_OF.has(town) && !GIVEN.has(town)) {
          text += ` at ${town}`;
          j = e;
          continue;
        }
      }
      // "People's Republic of China", "President's Export Council".
      // "State's Attorney's Office": a county prosecutor's office.
      const possessive = v[k] === "'s" || v[k] === '’s';
      if (possessive && (NAME_POSSESSORS.has(v[j]!) || (v[j] === 'State' && v[k + 1] === 'Attorney')) && capAt(v, n, k + 1) && !start[k + 1]) {
        text += `'s ${v[k + 1]}`;
        j = k + 1;
        continue;
      }
      // "Domino's", "Lowe's": a listed company whose name ends in "'s".
      if (possessive && (KNOWN_ORGS.has(`${v[j]}'s`) || KNOWN_ORGS.has(`${text}'s`))) {
        text += "'s";
        j = k;
        break;
      }
      // "Cravath, Swaine & Moore", "Wachtell, Lipton, Rosen & Katz": a firm named by its partners' names.
      if (v[k] === ',' && j === i && !PLACES.has(text)) {
        const end = firmEndAt(v, n, start, k, firmEnds);
        if (end > 0) {
          for (let x = k; x <= end; x++) text += v[x] === ',' ? ',' : ` ${v[x]}`;
          j = end;
          continue;
        }
      }
      // In running text a capitalised word inside a name is part of it whatever its part of speech
      // ("Defense Production Act"); in a title-case heading it may be a verb ("Damascus Hopes for").
      if (capAt(v, n, k) && !(heading[k] && BREAK_POS.has(pos[k]!) && !knownName(v[k]!))) {
        text += sp[k] === '' ? v[k] : ` ${v[k]}`;
        j = k;
        continue;
      }
      // "Senate Committee on Commerce, Science, and Transportation": a list inside a body's name.
      // Not after a place ("University of Chicago, Harvard and Yale" is a list of schools).
      if (v[k] === ',' && domainOpen(text) && !PLACES.has(text.replace(/^.*\s(?:of|for|on)\s+(?:the\s+)?/, ''))) {
        const end = listEndAt(v, n, start, k);
        if (end > 0) {
          for (let x = k; x <= end; x++) text += sp[x] === '' ? v[x] : ` ${v[x]}`;
          j = end;
          continue;
        }
      }
      // "Embassy in Cairo", "Consulate General in Mumbai", "Mission to the United Nations": a diplomatic post and where it is.
      if ((v[k] === 'in' || v[k] === 'to') && (DIPLOMATIC_POSTS.has(v[j]!) || (v[j] === 'General' && v[j - 1] === 'Consulate'))) {
        const at = v[k + 1] === 'the' ? k + 2 : k + 1;
        if (capAt(v, n, at) && !start[at]) {
          for (let x = k; x <= at; x++) text += ` ${v[x]}`;
          j = at;
          continue;
        }
      }
      // Lower-case connectors between capitalised words: "Department of the Treasury".
      let m = k;
      while (m < n && m - k < 3 && CONNECTORS.has(v[m]!) && !start[m]) m++;
      if (m > k && capAt(v, n, m) && !start[m] && !(heading[m] && BREAK_POS.has(pos[m]!) && !knownName(v[m]!))) {
        // "UN General Assembly de Mistura": a particle joins a person's names, not a body's to a person's.
        if (PARTICLES.has(v[k]!) && (ORG_HEADS.has(v[j]!.toLowerCase()) || /^\p{Lu}{2,}$/u.test(v[j]!) || TITLE_WORDS.has(v[j]!.toLowerCase()))) break;
        // "the Senate on January 23": a date is no part of a name; nor is "the" alone a link
        // ("the Executive Office of the President the Investing in …" runs two names together).
        if (DATE_WORDS.has(v[m]!.toLowerCase()) || (m === k + 1 && v[k] === 'the')) break;
        for (let x = k; x <= m; x++) text += ` ${v[x]}`;
        j = m;
        continue;
      }
      break;
    }
    // "Washington" alone is the capital, unless the words around it name the state.
    if (text === 'Washington' && !washingtonStateAt(v, i, j)) text = 'Washington, D.C.';
    // "Ambassador to Russia …", "President …" before; "… said", "… hopes" after.
    const p1 = v[i - 1] ?? '';
    // "the Biden administration": the word before "administration" is its leader's name, as after a title.
    const leads = j === i && v[j + 1] === 'administration' && leaderName(text);
    const titled = leads || TITLE_BEFORE.has(p1) || (linked(p1) && TITLE_BEFORE.has(v[i - 2] ?? '')) || (linked(v[i - 2] ?? '') && TITLE_BEFORE.has(v[i - 3] ?? ''));
    const next = (v[j + 1] === ',' ? v[j + 2] : v[j + 1])?.toLowerCase() ?? '';
    // "Jane Doe, of Maryland, to be …": a list of appointees names each by her place, the mark of a person.
    const appointee = v[j + 1] === ',' && v[j + 2] === 'of' && placeAtK(v, n, j + 3);
    // "Derrick Johnson, President, NAACP": a line of a list of people, each name then a title.
    const roleLine = v[j + 1] === ',' && (i === 0 || isNewline(v[i - 1]!) || isNewline(sp[i]!)) && j > i && !words(text).some(isBodyWord) && !KNOWN_ORGS.has(text) && (isTitleWord(v[j + 2] ?? '') || ROLE_WORDS.has(v[j + 2]?.toLowerCase() ?? '') || WEAK_TITLES.has(v[j + 2]?.toLowerCase() ?? ''));
    const ctx: Context = { titled: titled || roleLine, said: SAID_AFTER.has(next) || appointee || roleLine, speaks: v[j + 1] !== ',' && SPEAKS_AFTER.has(next) };
    const chunk: Chunk = { text, from: i, to: j, ctx, the: p1 === 'the' || (p1.length === 3 && p1.toLowerCase() === 'the'), heading: Boolean(heading[i]) };
    if (heading[i] === 2) chunk.headline = true;
    // A title-case line other than the headline that ends in a name: "Department of Energy", "Director, National
    // Security Council", "(xii) the Chair of the Council on Environmental Quality; and".
    if (heading[i] === 1) {
      let e = /^[:;,.]$/.test(v[j + 1] ?? '') ? j + 2 : j + 1;
      if (v[e] === 'and' || v[e] === 'or') e++;
      // Not in a line of capitals ("THE SECRETARY OF HEALTH AND HUMAN SERVICES"), where "AND" and "OF" break the chunk.
      if (lineEndAt(v, sp, n, e) && /\p{Ll}/u.test(text)) chunk.cell = true;
    }
    // "Queensbury, NY": a state's postal code after a town names the state, and makes the town a place.
    if (i === j && postalCodeAt(v, n, i) && capAt(v, n, i - 2) && !heading[i]) chunk.text = postalCodeAt(v, n, i)!;
    else if (v[j + 1] === ',' && (postalCodeAt(v, n, j + 2) || ((STATES.has(v[j + 2] ?? '') || COUNTRY_SET.has(v[j + 2] ?? '')) && !capAt(v, n, j + 3))) && wordCount(text) <= 3 && !heading[i] && words(text).every(isTownWord)) chunk.place = true;
    // "the counties of Cook, Glynn, and Lowndes", "Bristol and Worcester counties": each is a county.
    const prev = out.at(-1);
    // "the counties of Bristol and Worcester": the last two of the list may be one chunk.
    if (v[i - 1] === 'of' && county(v[i - 2]) && (j - i <= 1 || /^\S+(?: \S+)? and \S+(?: \S+)?$/.test(text))) chunk.county = county(v[i - 2]);
    else if (prev?.county && j - i <= 1 && i - prev.to <= 3 && listedBetween(v, prev.to + 1, i)) chunk.county = prev.county;
    const after = county(v[j + 1]);
    if (after && wordCount(text.replace(/\s+and\s+/g, ' ')) <= 4) {
      chunk.county = after;
      for (let k = out.length - 1; k >= 0 && listedBetween(v, out[k]!.to + 1, k === out.length - 1 ? i : out[k + 1]!.from) && wordCount(out[k]!.text) <= 2; k--) out[k]!.county = after;
    }
    if (v[j + 1] === '(' && v[j + 3] === ')' && /^[A-Z][A-Za-z&.]{1,9}$/.test(v[j + 2] ?? '') && /[A-Z].*[A-Z]/.test(v[j + 2]!)) {
      chunk.defines = v[j + 2]!;
      // "CDC Advisory Committee on Immunization Practices (ACIP)": the acronym spells where the name
      // starts; a body's acronym before it is its parent, a name of its own.
      const cw = words(chunk.text);
      const parent = cw[0]!;
      const rest = cw.slice(1).join(' ');
      const parentBody = ORG_NAME_OF.has(parent) || KNOWN_ORGS.has(parent) || BUILT_IN_ALIASES.get(parent)?.kind === 'organization';
      if (cw.length >= 3 && parentBody && initials(rest) === chunk.defines.replace(/\./g, '').toUpperCase() && initials(chunk.text) !== initials(rest)) {
        out.push({ text: parent, from: i, to: i, ctx: NO_CONTEXT, the: false, heading: chunk.heading });
        chunk.text = rest;
      }
    }
    if (LOWER_SUBJECT_HEADS.has(v[j + 1] ?? '') && sp[j + 1] !== '') chunk.event = v[j + 1];
    // "spent 23 years at X", "worked at X", "founded X": a workplace, when nothing else says what it is.
    const b1 = v[i - 1] ?? '';
    if ((b1 === 'at' && EMPLOYER_BEFORE_AT.has(v[i - 2]?.toLowerCase() ?? '')) || FOUNDED.has(b1)) chunk.employer = true;
    if (text === 'House' && chunk.the && !((v[j + 1] === 'and' || v[j + 1] === 'or' || v[j + 1] === '&') && capAt(v, n, j + 2))) chunk.house = true;
    if (companyCueAt(v, n, pos, sp, listAt, i, j)) {
      chunk.company = true;
      listAt = j;
    }
    out.push(chunk);
    // "the U.S. embassy in Cairo", "the U.S. embassies in New Delhi, India and in Kuala Lumpur": the posts,
    // written in lower case, each named as its page names it.
    // (The chunk may run on from before: "Deputy Chief of Mission at the U.S.")
    if ((v[j] === 'U.S.' || v[j] === 'US' || (v[j] === 'States' && v[j - 1] === 'United')) && LOWER_POSTS.get(v[j + 1] ?? '') && v[j + 2] === 'in') {
      const post = LOWER_POSTS.get(v[j + 1]!)!;
      const plural = v[j + 1]!.endsWith('s');
      for (let k = j + 3; capAt(v, n, k) && !start[k]; ) {
        let e = k;
        while (capAt(v, n, e + 1) && !start[e + 1]) e++;
        const where = v.slice(k, e + 1).join(' ');
        out.push({ text: `United States ${post} in ${where}`, from: k, to: e, ctx: NO_CONTEXT, the: false, heading: false });
        // "New Delhi, India": the country after a city.
        if (v[e + 1] === ',' && capAt(v, n, e + 2) && COUNTRY_SET.has(v[e + 2]!) && !COUNTRY_SET.has(where)) e += 2;
        if (!plural) break;
        // ", and in …", "and …", ", …": the next of the list.
        let m = e + 1;
        if (v[m] === ',') m++;
        if (v[m] === 'and' || v[m] === 'or') m++;
        if (v[m] === 'in') m++;
        if (m === e + 1) break;
        k = m;
      }
    }
    i = j + 1;
  }
  return out;
}

/** The initials of a name's words, its lower-case words left out: "Advisory Committee on Immunization Practices" is "ACIP". */
function initials(name: string): string {
  return words(name)
    .filter((x) => /^\p{Lu}/u.test(x))
    .map((x) => x.charAt(0))
    .join('')
    .toUpperCase();
}

/** Diplomatic posts in lower case after the country's name, to the name of one post. */
const LOWER_POSTS = lookupTable<string>({ embassy: 'Embassy', embassies: 'Embassy', consulate: 'Consulate', consulates: 'Consulate' });

/** A chunk's candidates: sentence words in front dropped, possessives split, classified. */
function candidatesOf(chunk: Chunk): Candidate[] {
  const { ctx, the } = chunk;
  // The same phrase in the same context classifies alike: articles repeat their names.
  if (chunk.county) {
    // "Bristol and Worcester" is one chunk: "and" may stand inside a name. "Washington" in a list
    // of counties is the county, not the capital chunksOf took it for.
    return (chunk.text === 'Washington, D.C.' ? 'Washington' : clean(chunk.text))
      .split(/\s*,\s*|\s+and\s+/)
      .filter(Boolean)
      .map((x): Candidate => ({ name: `${x} ${chunk.county}`, kind: 'place', sure: true }));
  }
  // Cached by text, then by the event word and the flags of the context.
  const event = chunk.event === undefined ? 0 : (EVENT_NUMBER.get(chunk.event) ?? -1);
  const key = (ctx.titled ? 1 : 0) | (ctx.said ? 2 : 0) | (ctx.speaks ? 4 : 0) | (the ? 8 : 0) | (chunk.company ? 16 : 0) | (chunk.place ? 32 : 0) | (chunk.employer ? 64 : 0) | (event << 7);
  let byContext = classified.get(chunk.text);
  let found = byContext?.get(key);
  if (!found) {
    found = classifyChunk(chunk.text, chunk.event, ctx, the);
    // A town the words around call one: "Queensbury, NY".
    if (chunk.place) found = found.map((c) => (c.kind === 'unknown' ? { ...c, kind: 'place' } : c));
    // A name the words around call a company is one, though no list or head word says so.
    if (chunk.employer) found = found.map((c) => (c.kind === 'unknown' ? { ...c, kind: 'organization' } : c));
    if (chunk.company) found = found.map((c) => (c.kind === 'unknown' || (c.kind === 'person' && !c.sure) ? { ...c, kind: 'organization' } : c));
    if (classifiedSize > 50_000) {
      classified.clear();
      classifiedSize = 0;
      byContext = undefined;
    }
    if (!byContext) {
      byContext = new Map();
      classified.set(chunk.text, byContext);
    }
    byContext.set(key, found);
    classifiedSize++;
  }
  return found;
}

function classifyChunk(text: string, event: string | undefined, ctx: Context, the: boolean): Candidate[] {
  let phrase = clean(text);
  // A phrase too long to be a name is read piece by piece (see MAX_NAME_WORDS): not word by word
  // here, where each word taken off the front would read the rest again.
  if (wordCount(phrase) > MAX_NAME_WORDS) return classify(phrase, ctx).map(normalise).filter((c): c is Candidate => c !== null);
  for (let w = words(phrase); w.length > 1 && LEADING.has(w[0]!.toLowerCase()); w = words(phrase)) {
    // A title does not reach over a sentence word: "President" in "… President. The Hague".
    ctx = { ...ctx, titled: false };
    the = w[0]!.toLowerCase() === 'the';
    phrase = w.slice(1).join(' ');
  }
  // "Establishing the CRI Fund", "Increasing United States Coast Guard …": a verb in -ing that opens a
  // heading or a list's item, before "the" or before a name a list knows, belongs to the sentence.
  const gerund = /^(\p{Lu}\p{Ll}+ing)\s+(?:(the|a|an|our|its|their)\s+)?(.+)$/u.exec(phrase);
  if (gerund && !GIVEN.has(gerund[1]!) && !PLACES.has(gerund[1]!)) {
    const rest = gerund[3]!;
    if (gerund[2] || classifyChunk(rest, event, NO_CONTEXT, false).some((c) => c.sure)) {
      phrase = rest;
      ctx = { ...ctx, titled: false };
      the = Boolean(gerund[2]);
    }
  }
  // "Spokane-based", "Nazi-occupied Europe", "Iran-backed Houthis": a name joined to a participle makes
  // an adjective of it; the name is named (a place or a body, when sure), and the words after are a name of their own.
  const compound = COMPOUND_MODIFIER.exec(phrase);
  if (compound) {
    const first = classify(compound[1]!, NO_CONTEXT).filter((c) => c.sure && (c.kind === 'place' || c.kind === 'organization'));
    const rest = compound[2] ? classifyChunk(compound[2], event, { ...ctx, titled: false }, false) : [];
    return [...first.map(normalise).filter((c): c is Candidate => c !== null), ...rest];
  }
  if (phrase.length < 2) return [];
  if (event) {
    // "the Geneva talks", "the COVID-19 pandemic", "the Astana talks": a place or a code name, then the event word.
    const n = wordCount(phrase);
    const code = /\d/.test(phrase) || /^\p{Lu}{2,}$/u.test(phrase);
    const theTalks = event === 'talks' && the && !NEVER_ALONE.has(phrase.toLowerCase());
    if ((PLACES.has(phrase) && n <= 3) || (n === 1 && code) || theTalks) return [{ name: `${phrase} ${event}`, kind: 'subject', sure: true }];
  }
  // "George Mason University's Antonin Scalia Law School": two names. But "President's Council on
  // Sports", "Governor's Office", "Attorney's Office": the possessor is part of the name.
  // (Split only where there is a possessive to split at.)
  const parts = !phrase.includes("'s") && !phrase.includes('’s') ? [phrase] : phrase.split(/(?<!\b(?:President|People|Women|Children|Workers|Veterans|King|Queen|Presidents|Governor|Mayor|Attorney|Attorneys))(?<!\bState(?=['’]s Attorney))['’]s\s+/u);
  return parts
    .flatMap((part, i) => classify(clean(part), { titled: i === 0 && ctx.titled, said: i === parts.length - 1 && ctx.said, speaks: i === parts.length - 1 && ctx.speaks }))
    .map(normalise)
    .filter((c): c is Candidate => c !== null);
}

/** A name, a hyphen and a participle: "Texas-based", "Nazi-occupied", "U.S.-led", "Iran-backed", "US-drafted", "Russian-made". */
const COMPOUND_MODIFIER = /^(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)-(?:based|held|led|owned|born|run|area|made|built|\p{Ll}{2,}ed)(?:\s+(.+))?$/u;
/** Classifications already made, by phrase and context (a cache: results are the same without it). */
const classified = new Map<string, Map<number, Candidate[]>>();
/** The event words a chunk may carry, numbered from 1 for the cache's keys. */
const EVENT_NUMBER = new Map([...LOWER_SUBJECT_HEADS].map((x, i) => [x, i + 1]));
let classifiedSize = 0;
/** Titles that make the name after them a person's: "Ambassador to Russia Riyad Haddad", "Mr. Smith". */
const TITLE_BEFORE = new Set(
  'Minister President Secretary Ambassador Envoy Senator Sen. Rep. Governor Gov. Mayor Mr. Mr Ms. Ms Mrs. Mrs Dr. Dr Spokesperson Adviser Advisor Director Chairman Chair Judge Justice King Queen Prince Coordinator Administrator Commissioner'.split(' '),
);
/** Verbs after a capital that make it speak for its government: "Moscow said", "Damascus hopes". */
const SPEAKS_AFTER = new Set('has have had is was will would says said hopes wants insists believes accuses accused warns warned denies denied rejects rejected claims claimed argues demands refuses refused'.split(' '));
/** Verbs of speech after a name: the mark of a person. */
const SAID_AFTER = new Set('said says told added noted stressed emphasized emphasised announced wrote explained'.split(' '));

/** The canonical form of a name found in text: built-in aliases applied, titles dropped. */
export function normalise(candidate: Candidate): Candidate | null {
  let name = clean(candidate.name);
  // (Without "the" in front only when it is there: otherwise the same look-up.)
  const alias = BUILT_IN_ALIASES.get(name) ?? (/^the\s/i.test(name) ? BUILT_IN_ALIASES.get(name.replace(/^the\s+/i, '')) : undefined);
  if (alias) return { ...alias, sure: true };
  if (candidate.kind === 'person') name = stripTitles(name);
  name = name.replace(/^the\s+/i, '');
  if (isJunk(name)) return null;
  if (candidate.kind === 'person' && words(name).some((w) => ORG_HEADS.has(w.toLowerCase()))) return { name, kind: 'organization' };
  // A body found by its acronym however it was found ("FEMA Administrator Deanne Criswell"): by its full name.
  const full = candidate.kind === 'organization' ? ORG_NAME_OF.get(name) : undefined;
  if (full) return { ...candidate, name: full };
  return { ...candidate, name };
}

interface Group {
  kinds: Map<Kind, number>;
  /** Spellings found in running text; a headline's capitals vote for none. */
  spellings: Map<string, number>;
  any: string;
  inBody: boolean;
  sure: boolean;
}

/** A full name that a bare name may join. */
interface Target {
  key: string;
  kind: Kind;
}

function addTarget(byLast: Map<string, Target[]>, head: string, key: string, kind: Kind): void {
  const list = byLast.get(head);
  if (list) list.push({ key, kind });
  else byLast.set(head, [{ key, kind }]);
}

/** Counts a candidate in its group; `defined` holds the acronyms the article defines. */
function add(groups: Map<string, Group>, defined: Map<string, Candidate>, raw: Candidate, inHeading: boolean): void {
  const n = defined.get(raw.name) ?? raw;
  const key = keyOf(n.name, n.kind);
  let g = groups.get(key);
  if (!g) {
    g = { kinds: new Map(), spellings: new Map(), any: n.name, inBody: false, sure: false };
    groups.set(key, g);
  }
  g.kinds.set(n.kind, (g.kinds.get(n.kind) ?? 0) + 1);
  if (!inHeading) {
    g.spellings.set(n.name, (g.spellings.get(n.name) ?? 0) + 1);
    g.inBody = true;
  }
  if (n.sure || defined.has(raw.name)) g.sure = true;
}

/**
 * Words a headline puts right after a person's name that are no part of it: its verb ("President
 * Donald J. Trump Establishes …") or what the name is the subject of ("Readout of President Joe
 * Biden Call with …").
 */
const AFTER_NAME_IN_HEADLINE = new Set(
  ('accepts addresses adds affirms announces appoints approves amends arrives awards begins call calls cites commemorates condemns congratulates ' +
    'convenes declares delivers designates directs discusses ends establishes expands extends files grants greets hails highlights holds honors honours hosts ' +
    'issues joins launches leads makes marks meets meeting message names nominates notes orders outlines pardons phone praises proclaims proposes protects ' +
    'receives releases remarks responds restores returns reveals says secures sends sets signs speaks statement statements strengthens supports takes ' +
    'talks tells thanks travels unveils urges vetoes visits vows warns welcomes wins').split(' '),
);

const isLongPerson = (c: Candidate): boolean => c.kind === 'person' && hasSpace(c.name);

/**
 * A person's name in a headline, without the words its capitals ran on into: the longest
 * beginning of it that ends in the family name of a person the article's text names in full,
 * or that is a known person; else the name without the headline's verbs at its end. A family
 * name alone ("President Biden Signs …") is cut from a verb only, and names the person in full.
 */
function headlinePerson(name: string, families: Map<string, string | null>): string {
  const w = words(name);
  const afterName = (x: string): boolean => AFTER_NAME_IN_HEADLINE.has(x.toLowerCase());
  for (let k = w.length; k >= 1; k--) {
    if (k === 1 && !w.slice(1).every(afterName)) break;
    const head = k === w.length ? name : w.slice(0, k).join(' ');
    // (Not before a suffix: "David E. White Jr.".)
    if (k < w.length && SUFFIX.test(w[k]!)) continue;
    const family = families.get(nameKey(w[k - 1]!));
    if (family) return k === 1 ? family : head;
    const known = knownPersonName(head);
    if (known !== undefined) return k === 1 ? known : head;
  }
  while (w.length > 2 && afterName(w.at(-1)!)) w.pop();
  return w.join(' ');
}

const SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;

const isBodyShapedOrganization = (c: Candidate): boolean => c.kind === 'organization' && bodyShaped(c.name);
const isHouse = (c: Chunk): boolean => c.house === true;

const keyOf = (name: string, kind: Kind): string => (kind === 'subject' ? `S:${subjectKey(name)}` : nameKey(name));

/**
 * The people, places, organisations and subjects an article names, each once, with its number
 * of mentions. A name found as more than one kind takes the kind found most often; a bare family
 * name joins the one person of the article with that family name; a bare head ("the Congress")
 * joins the one event or body of the article that ends in it.
 */
export function extractMentions(text: string, title = ''): Mention[] {
  const chunks = chunksOf(text, title);
  // Acronyms the article defines: "Federal Emergency Management Agency (FEMA)".
  const defined = new Map<string, Candidate>();
  for (const chunk of chunks) {
    if (!chunk.defines) continue;
    let full = candidatesOf(chunk).at(-1);
    // "International Counter Ransomware Initiative (CRI)": an initiative with an acronym of its own is a body.
    if (full?.kind === 'unknown' && /\sInitiative$/.test(full.name) && wordCount(full.name) >= 3) full = { ...full, kind: 'organization' };
    if (full && full.kind !== 'unknown') defined.set(chunk.defines, full);
  }
  const groups = new Map<string, Group>();
  // Names the words around call a company once ("Sysco, a food distributor", "shares of Sysco"): a
  // company everywhere in the article, whatever a bare mention elsewhere looks like.
  const cued = new Set<string>();
  const foundIn = chunks.map(candidatesOf);
  // The family names of the people the article names in full: "Austin said" after "Lloyd Austin"
  // is the man, not the city, and "Hague told reporters" after "Nick Hague" no city at all.
  // The full name is counted, not the word, which stays the place where it is one ("visited Jordan").
  const families = new Map<string, string | null>();
  for (const [i, found] of foundIn.entries()) {
    // (Not a headline's: its capitals run words together, "Donald J. Trump Protects America".)
    if (chunks[i]!.heading) continue;
    for (const c of found) {
      if (c.kind !== 'person' || !hasSpace(c.name)) continue;
      const family = nameKey(lastWord(c.name));
      const known = families.get(family);
      families.set(family, known === undefined || nameKey(known ?? '') === nameKey(c.name) ? c.name : null);
    }
  }
  // Russia's Security Council where the article names it so, or one of its posts: "Dmitry Medvedev,
  // deputy chairman of the Security Council" is no member of the UN's.
  const russianCouncil = text.includes('Security Council') && RUSSIAN_SECURITY_COUNCIL.test(text);
  for (const [i, chunk] of chunks.entries()) {
    let found = foundIn[i]!;
    if (russianCouncil && found.length === 1 && found[0]!.name === 'United Nations Security Council' && clean(chunk.text) === 'Security Council') {
      found = [{ name: 'Security Council of Russia', kind: 'organization', sure: true }];
    }
    // An acronym the article defines is what it defines, not the built-in name it stands for elsewhere: "the Additional Protocol (AP)".
    const own = defined.size > 0 && found.length === 1 ? defined.get(clean(chunk.text)) : undefined;
    if (own && BUILT_IN_ALIASES.get(clean(chunk.text)) && found[0]!.name !== own.name && spellsOut(own.name, clean(chunk.text))) found = [own];
    else if (families.size > 0 && found.length === 1 && found[0]!.kind === 'place' && !chunk.the && (chunk.ctx.said || chunk.ctx.titled)) {
      const word = clean(chunk.text);
      const person = hasSpace(word) ? undefined : families.get(nameKey(word));
      if (person) found = [{ name: person, kind: 'person' }];
    }
    // Anywhere, a word that is only a short name of a place ("Hague" of The Hague): "Ovchinin and Hague were to spend …".
    if (families.size > 0 && found.some((c) => c.kind === 'place') && !chunk.the) {
      found = found.map((c) => {
        if (c.kind !== 'place') return c;
        const word = chunk.text.split(/\s+/).map(clean).find((w) => w !== c.name && BUILT_IN_ALIASES.get(w)?.name === c.name && families.get(nameKey(w)));
        return word ? { name: families.get(nameKey(word))!, kind: 'person' } : c;
      });
    }
    if (chunk.headline && found.some(isLongPerson)) found = found.map((c) => (isLongPerson(c) ? { ...c, name: headlinePerson(c.name, families) } : c));
    const label = chunk.cell === true && found.every(isBodyShapedOrganization);
    for (const c of found) {
      // A body's name that is a line of its own, or a list's last cell ("…, National Security Council"): a label, not a headline's words.
      add(groups, defined, label && !c.sure ? { ...c, sure: true } : c, chunk.heading);
      if (chunk.company && c.kind === 'organization' && !c.sure) cued.add(keyOf((defined.get(c.name) ?? c).name, 'organization'));
    }
  }
  // "the House" where the article names Congress, the Senate or the Capitol: the House of Representatives.
  if (chunks.some(isHouse) && /\b(?:Congress|Senate|Speaker|Representatives|Capitol|Congressman|Congresswoman)\b/.test(text)) {
    for (const chunk of chunks) if (chunk.house) add(groups, defined, { name: 'House of Representatives', kind: 'organization', sure: true }, chunk.heading);
  }
  // A headline capitalises every word: what is found only there counts if a list or a title vouches for it.
  for (const [key, g] of groups) if (!g.inBody && !g.sure) groups.delete(key);
  for (const key of cued) {
    const g = groups.get(key);
    if (g) g.kinds = new Map([['organization', total(g)]]);
  }
  // Bare family names and bare heads join the one full name of the article they end.
  const byLast = new Map<string, Target[]>();
  for (const [key, g] of groups) {
    const kind = kindOf(g);
    const name = nameOf(g, kind);
    if (wordCount(name) < 2 || kind === 'place' || kind === 'unknown') continue;
    // An event is referred to by its head word wherever that stands: "the Congress" for the "Congress of National Dialogue".
    if (kind === 'subject') {
      const seen = new Set<string>();
      for (const x of words(name)) {
        if (!SUBJECT_HEADS.has(x.toLowerCase()) && x !== 'Congress') continue;
        const h = nameKey(x);
        if (seen.has(h)) continue;
        seen.add(h);
        addTarget(byLast, h, key, kind);
      }
    } else {
      const last = lastWord(name);
      addTarget(byLast, nameKey(last), key, kind);
      // "Falih said" after "Khalid al-Falih": the family name without its article.
      const bare = kind === 'person' ? /^(?:al|el|Al|El)-(\p{Lu}.+)$/u.exec(last) : null;
      if (bare) addTarget(byLast, nameKey(bare[1]!), key, kind);
      // "Al Jaber said" after "Sultan Al Jaber": the family name with its article, apart.
      const w = words(name);
      if (kind === 'person' && w.length >= 3 && ARTICLE_OF_NAME.test(w.at(-2)!)) addTarget(byLast, nameKey(w.slice(-2).join(' ')), key, kind);
    }
  }
  for (const [key, g] of [...groups]) {
    const kind = kindOf(g);
    const name = nameOf(g, kind);
    if (!(wordCount(name) === 1 || ((kind === 'person' || kind === 'unknown') && wordCount(name) === 2 && ARTICLE_OF_NAME.test(words(name)[0]!))) || kind === 'place' || kind === 'subject') continue;
    // A person's family name joins a person; a body's one-word name ("Congress") joins an event or
    // a body that ends in it; a word of unknown kind joins whichever the article has.
    // The one target, or else the one person among them.
    let targets = 0;
    let only: Target | undefined;
    let people = 0;
    let person: Target | undefined;
    for (const t of byLast.get(nameKey(name)) ?? []) {
      if (!(kind === 'person' ? t.kind === 'person' : kind === 'unknown' ? true : t.kind === 'subject' || t.kind === kind)) continue;
      targets++;
      only = t;
      if (t.kind === 'person') {
        people++;
        person ??= t;
      }
    }
    const pick = targets === 1 ? only : people === 1 ? person : undefined;
    if (!pick || pick.key === key) continue;
    const target = groups.get(pick.key)!;
    target.kinds.set(pick.kind, (target.kinds.get(pick.kind) ?? 0) + total(g));
    groups.delete(key);
  }
  foldCountryLessBodies(groups);
  // By kind, then name.
  const mentions = new Map<Kind, Map<string, Mention>>();
  for (const g of groups.values()) {
    const kind = kindOf(g);
    if (kind === 'unknown') continue;
    let name = nameOf(g, kind);
    // A person the article names by an other name ("Lula") or with middle names ("Janet Louise
    // Yellen") takes the name a known person goes by, when only one known person answers to it.
    if (kind === 'person' && wordCount(name) !== 1) name = knownPersonName(name) ?? name;
    else if (kind === 'person') name = knownPeople().full.get(nameKey(name, 'person')) ?? name;
    let ofKind = mentions.get(kind);
    if (!ofKind) {
      ofKind = new Map();
      mentions.set(kind, ofKind);
    }
    const prev = ofKind.get(name);
    ofKind.set(name, { name, kind, count: (prev?.count ?? 0) + total(g) });
  }
  const all: Mention[] = [];
  for (const ofKind of mentions.values()) for (const m of ofKind.values()) all.push(m);
  return all.sort(byNameThenKind);
}

/** What names Russia's Security Council, not the UN's: its name with Russia's, or its posts. */
const RUSSIAN_SECURITY_COUNCIL =
  /\b(?:Russian|Russia['’]s) Security Council\b|\bSecurity Council of (?:Russia|the Russian Federation)\b|\b(?:[Dd]eputy [Cc]hairman|[Ss]ecretary) of the (?:Russian )?Security Council\b|\bSecurity Council (?:Secretary|Deputy Chairman)\b/u;

/** Whether an acronym is the initials of a name's words: "AP", "Additional Protocol". */
function spellsOut(name: string, acronym: string): boolean {
  const initials = words(name)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.charAt(0))
    .join('');
  return initials === acronym.replace(/\./g, '');
}

/** A body's name without the country it belongs to: "Defense Ministry" of "Russian Defense Ministry" or "Defense Ministry of Russia". */
function countryLess(name: string): string | null {
  const w = words(name);
  if (w.length >= 3 && COUNTRY_SET.has(DEMONYM_OF.get(w[0]!) ?? '')) return w.slice(1).join(' ');
  const of = name.includes(' of ') ? /^(\S+(?:\s\S+)+?)\s+of\s+(?:the\s+)?(\S.*)$/.exec(name) : null;
  return of && (COUNTRY_SET.has(of[2]!) || BUILT_IN_ALIASES.get(of[2]!)?.kind === 'place') ? of[1]! : null;
}

/**
 * "The Defense Ministry added" after "the Russian Defense Ministry said": a body the article names
 * without its country joins the one body of the article that has it (not two ministries of two
 * countries, which stay apart with the bare name).
 */
function foldCountryLessBodies(groups: Map<string, Group>): void {
  const full = new Map<string, string | null>();
  for (const [key, g] of groups) {
    if (kindOf(g) !== 'organization') continue;
    const rest = countryLess(nameOf(g, 'organization'));
    if (rest === null) continue;
    const k = nameKey(rest);
    full.set(k, full.has(k) ? null : key);
  }
  for (const [k, key] of full) {
    const bare = groups.get(k);
    if (key === null || key === k || !bare || kindOf(bare) !== 'organization') continue;
    const target = groups.get(key)!;
    target.kinds.set('organization', (target.kinds.get('organization') ?? 0) + total(bare));
    groups.delete(k);
  }
}

interface KnownPeople {
  /** Person keys of known people's names and other names, to the name their page takes. */
  full: Map<string, string>;
  /** Family names (folded) to the one known person with it; null when two known people share it. */
  family: Map<string, string | null>;
  /** First and last names (folded) to the one known person with them; null when shared. */
  firstLast: Map<string, string | null>;
}
let known: KnownPeople | undefined;

/** The known people's names, indexed on first use. */
function knownPeople(): KnownPeople {
  if (known) return known;
  const k: KnownPeople = { full: new Map(), family: new Map(), firstLast: new Map() };
  const once = (map: Map<string, string | null>, key: string, name: string): void => {
    const prev = map.get(key);
    map.set(key, prev === undefined || prev === name ? name : null);
  };
  for (const { name, aliases } of KNOWN_PEOPLE) {
    for (const x of [name, ...aliases]) k.full.set(nameKey(x, 'person'), name);
    const w = words(name).filter((x) => !/^(?:Jr\.?|Sr\.?|II|III|IV)$/.test(x));
    if (w.length < 2) continue;
    // "al-Sudani" is also "Sudani", "el-Sisi" also "Sisi".
    const family = w.at(-1)!;
    for (const f of new Set([family, family.replace(/^(?:al|el|Al|El)-/, '')])) once(k.family, nameKey(f), name);
    once(k.firstLast, nameKey(`${w[0]} ${w.at(-1)}`, 'person'), name);
  }
  known = k;
  return k;
}

/**
 * The name a known person's page takes, for a person's name found in an article: an other name
 * ("Lula"), a family name alone ("Macron", after a title) or a full name with middle names ("Janet
 * Louise Yellen"), when only one known person answers to it. Undefined when none does.
 */
export function knownPersonName(name: string): string | undefined {
  const k = knownPeople();
  const full = k.full.get(nameKey(name, 'person'));
  if (full) return full;
  const w = words(name);
  if (w.length === 1) return k.family.get(nameKey(name)) ?? undefined;
  if (w.length >= 3) return k.firstLast.get(nameKey(`${w[0]} ${w.at(-1)}`, 'person')) ?? undefined;
  return undefined;
}

/** Short given names and the full forms they stand for. */
const NICKNAMES = lookupTable<string>({
  joe: 'joseph', bill: 'william', will: 'william', bob: 'robert', rob: 'robert', mike: 'michael', jim: 'james', jimmy: 'james',
  tom: 'thomas', dick: 'richard', rick: 'richard', chuck: 'charles', charlie: 'charles', pete: 'peter', jen: 'jennifer',
  liz: 'elizabeth', beth: 'elizabeth', tony: 'anthony', dan: 'daniel', dave: 'david', steve: 'steven', stephen: 'steven',
  chris: 'christopher', matt: 'matthew', nick: 'nicholas', sam: 'samuel', ted: 'edward', ed: 'edward', marty: 'martin',
  deb: 'deborah', kathy: 'katherine', kate: 'katherine', andy: 'andrew', alex: 'alexander', ben: 'benjamin', greg: 'gregory',
});

/**
 * Folds the spellings of a name: accents, case, transliteration (-iy/-y endings, ei/ey, ks/x),
 * and for people also nicknames (Joe/Joseph), middle initials and suffixes (Jr., III); for other
 * names a closing legal form ("Inc.", "LLC", "LLP", "Corp."); for
 * subjects, word order, "of" and demonyms ("Congress of National Dialogue of Syrians" is the
 * "Syrian National Dialogue Congress").
 */
export function nameKey(name: string, kind?: EntityKind): string {
  const cache = kind === undefined ? keysOfAny : (keys.get(kind) ?? newKeys(kind));
  let key = cache.get(name);
  if (key === undefined) {
    key = foldName(name, kind);
    if (cache.size > 100_000) cache.clear();
    cache.set(name, key);
  }
  return key;
}

function newKeys(kind: EntityKind): Map<string, string> {
  const cache = new Map<string, string>();
  keys.set(kind, cache);
  return cache;
}

/** Abbreviated legal forms at the end of a company's name, folded away in its key. */
const LEGAL_FORMS = new Set('inc llc llp lp ltd plc corp pllc'.split(' '));

/** Keys already folded, by kind (a cache: results are the same without it). */
const keys = new Map<EntityKind, Map<string, string>>();
const keysOfAny = new Map<string, string>();

const ASCII_ONLY = /^[\x00-\x7F]*$/;
/** One word of a name, folded: "&" is "and"; -iy is -y, ey is ei, ks is x. */
function foldWord(x: string): string {
  if (x === '&') return 'and';
  // "Council of Economic Advisors" and "Advisers" are one body.
  if (x === 'advisor' || x === 'advisors') return x.replace('advisor', 'adviser');
  if (x.endsWith('iy')) x = `${x.slice(0, -2)}y`;
  if (x.includes('ey')) x = x.replace(/ey/g, 'ei');
  if (x.includes('ks')) x = x.replace(/ks/g, 'x');
  return x;
}
/**
 * A word of a person's name folded across the ways Russian, Ukrainian and Arabic names are
 * written in English: `ya` is `ia` (`Nebenzya`/`Nebenzia`, `Mariya`/`Maria`), and the Slavic
 * ending `-sky` is `-ski` however written (`Zelensky`/`Zelenskyy`/`Zelenskiy`). Given names
 * written in more ways go by GIVEN_SPELLINGS; no general rule for doubled letters or a final
 * `y`, which tell English names apart (Michael Bennett and Michael Bennet, Kelly and Kelli Ward).
 */
function transliterated(x: string): string {
  return x.replace(/iya$/, 'ia').replace(/ya/g, 'ia').replace(/sk(?:yy|y|i)$/, 'ski');
}

/**
 * Given names of Russian, Ukrainian, Georgian and Arabic origin as the wires write them, folded
 * (by foldWord and transliterated) to one: `Dmitry`/`Dmitri`, `Vassily`/`Vasily`, `Hasan`/`Hassan`,
 * `Pyotr`/`Petro`, `Aleksandr`/`Alexander`, `Mikheil`/`Mikhail`, `Volodymyr`/`Vladimir`.
 */
const GIVEN_SPELLINGS = new Map(
  Object.entries({
    dmitri: 'dmitry', dmitriy: 'dmitry', yuri: 'yury', yuriy: 'yury', vasili: 'vasily', vassily: 'vasily', vasiliy: 'vasily', valeri: 'valery', valeriy: 'valery',
    grigori: 'grigory', anatoli: 'anatoly', anatoliy: 'anatoly', gennadi: 'gennady', gennadiy: 'gennady', arkadi: 'arkady', arkadiy: 'arkady', georgi: 'georgy', georgiy: 'georgy',
    nikolay: 'nikolai', hasan: 'hassan', mikheil: 'mikhail', pyotr: 'peter', petr: 'peter', petro: 'peter', aleksandr: 'alexander', oleksandr: 'alexander', alexandr: 'alexander',
    volodymyr: 'vladimir', yevgeny: 'evgeny', yevgeni: 'evgeny', evgeni: 'evgeny', yevgeniy: 'evgeny', evgeniy: 'evgeny', vitali: 'vitaly', vitaliy: 'vitaly',
  }).map(([from, to]) => [transliterated(foldWord(from)), transliterated(foldWord(to))]),
);

/** A word of a person's name that counts: the first, and no initial or suffix after it. */
const isPersonNamePart = (x: string, i: number): boolean => i === 0 || (x.length > 1 && !/^(?:jr|sr|ii|iii|iv)$/.test(x));

function foldName(name: string, kind?: EntityKind): string {
  if (kind === 'subject') return subjectKey(name);
  // "Office of the U.S. Trade Representative" is the "Office of the United States Trade Representative".
  if (kind !== 'person' && (name.includes('U.S.') || (name.includes('US') && /\bUS\b/.test(name)))) name = name.replace(/\bU\.S\.(?=\s|$)|\bUS\b/g, 'United States');
  // (ASCII has no accents to take off.)
  let w = (ASCII_ONLY.test(name) ? name : name.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .toLowerCase()
    .replace(/['’.,]/g, '')
    .split(/[\s-]+/)
    .filter(Boolean)
    // "&" and "and" are one: "Cybersecurity & Infrastructure Security Agency".
    .map(foldWord);
  if (kind === 'person' && w.length > 1) {
    w = w.filter(isPersonNamePart);
    w[0] = NICKNAMES.get(w[0]!) ?? w[0]!;
    w = w.map(transliterated);
    w[0] = GIVEN_SPELLINGS.get(w[0]!) ?? w[0]!;
  } else if (kind !== 'person' && w.length > 1) {
    // "Alltel Corp.", "Kirkpatrick & Lockhart LLP": a company with or without its legal form is one.
    if (LEGAL_FORMS.has(w.at(-1)!)) w.pop();
    // "University of Maryland at College Park", "University of Maryland, College Park": one campus.
    if (w.length > 3 && w.includes('at')) w = w.filter((x, i) => x !== 'at' || i === 0);
  }
  return w.join(' ');
}

/** `${kind}:${nameKey(name, kind)}`, remembered: the same string for the same name, so that it is hashed once. */
export function mentionKey(name: string, kind: EntityKind): string {
  let cache = mentionKeys.get(kind);
  if (!cache) {
    cache = new Map();
    mentionKeys.set(kind, cache);
  }
  let key = cache.get(name);
  if (key === undefined) {
    key = `${kind}:${nameKey(name, kind)}`;
    if (cache.size > 100_000) cache.clear();
    cache.set(name, key);
  }
  return key;
}
const mentionKeys = new Map<EntityKind, Map<string, string>>();
const headLastNumber = (x: string): number => Number(headLast(x));
const byNameThenKind = (a: Mention, b: Mention): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.kind < b.kind ? -1 : 1);

/**
 * Merges mentions across the archive: spellings that fold to one key are one entity, named by
 * its most frequent spelling (for subjects, the spelling with the event word last first); a person
 * named by family name alone joins the full name that is most frequent with that family name.
 *
 * Told every mention of the archive (`add`; each distinct name once with its total count will
 * do: only totals count), then asked where each name ends (`resolve`). Nothing depends on the
 * order of either.
 */
export class Canonicaliser {
  private readonly spellings = new Map<string, Map<string, number>>();
  private readonly fullByFamily = new Map<string, Map<string, number>>();
  /** Longer names joined to a shorter one; null until every mention is added. */
  private joined: Map<string, string> | null = null;
  private readonly bestFull = new Map<string, string>();
  private readonly bestName = new Map<string, string>();

  /** Counts `count` mentions of `name` as `kind`. */
  add(name: string, kind: EntityKind, count: number): void {
    if (this.joined) throw new Error('Canonicaliser: every mention must be added before any is resolved');
    const key = mentionKey(name, kind);
    let s = this.spellings.get(key);
    if (!s) {
      s = new Map<string, number>();
      this.spellings.set(key, s);
    }
    s.set(name, (s.get(name) ?? 0) + count);
    if (kind === 'person' && wordCount(name) > 1) {
      const family = nameKey(words(name).at(-1)!);
      let f = this.fullByFamily.get(family);
      if (!f) {
        f = new Map<string, number>();
        this.fullByFamily.set(family, f);
      }
      f.set(key, (f.get(key) ?? 0) + count);
    }
  }

  /** resolve, for a name the archive's text names as `kind`; null for one it never does. */
  resolveKnown(name: string, kind: EntityKind): { key: string; name: string } | null {
    return this.spellings.has(mentionKey(name, kind)) ? this.resolve(name, kind) : null;
  }

  /** The key a mention of `name` as `kind` ends under, and that key's name. */
  resolve(name: string, kind: EntityKind): { key: string; name: string } {
    const joined = (this.joined ??= this.joins());
    let key = mentionKey(name, kind);
    if (kind === 'person' && wordCount(name) === 1) {
      const family = nameKey(name);
      let full = this.bestFull.get(family);
      if (full === undefined) {
        const counts = this.fullByFamily.get(family);
        if (counts) {
          full = best(counts);
          this.bestFull.set(family, full);
        }
      }
      if (full !== undefined) key = full;
    }
    key = joined.get(key) ?? key;
    let canonicalName = this.bestName.get(key);
    if (canonicalName === undefined) {
      canonicalName = best(this.spellings.get(key)!, kind === 'subject' ? headLastNumber : undefined);
      this.bestName.set(key, canonicalName);
    }
    return { key, name: canonicalName };
  }

  /** An article's mentions, canonical: one per key, by name then kind. */
  canonical(mentions: readonly Mention[]): Mention[] {
    const merged = new Map<string, Mention>();
    for (const m of mentions) {
      const { key, name } = this.resolve(m.name, m.kind);
      const prev = merged.get(key);
      merged.set(key, { name, kind: m.kind, count: (prev?.count ?? 0) + m.count });
    }
    return [...merged.values()].sort(byNameThenKind);
  }

  /**
   * "Jonathan Eugene Meyer" and "Jonathan Meyer": the longer name joins the shorter when it is the
   * only longer name with that first and last name (two would make "John Smith" ambiguous).
   */
  private joins(): Map<string, string> {
    // Each short name's first longer name, and how many there are: only a lone one joins. (A
    // list of them, copied at each, made 20,000 middle names of one "First Last" take 14 s.)
    const longer = new Map<string, { key: string; count: number }>();
    for (const key of this.spellings.keys()) {
      if (!key.startsWith('person:')) continue;
      const w = key.slice(7).split(' ');
      const short = `person:${w[0]} ${w.at(-1)}`;
      if (w.length < 3 || !this.spellings.has(short)) continue;
      const known = longer.get(short);
      if (known) known.count++;
      else longer.set(short, { key, count: 1 });
    }
    const joined = new Map<string, string>();
    for (const [short, { key, count }] of longer) {
      if (count !== 1) continue;
      joined.set(key, short);
      const into = this.spellings.get(short)!;
      for (const [name, c] of this.spellings.get(key)!) into.set(name, (into.get(name) ?? 0) + c);
    }
    return joined;
  }
}

/** The most frequent; on a tie, the shorter spelling (Gennady before Gennadiy), then the alphabetically first: never the order of the seeds. */
function best<T extends string>(counts: Map<T, number>, prefer: (x: T) => number = () => 0): T {
  return [...counts].sort((a, b) => prefer(b[0]) - prefer(a[0]) || b[1] - a[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1))[0]![0];
}

/** Each article's mentions, canonical (see Canonicaliser). */
export function canonicalise(perArticle: Mention[][]): Mention[][] {
  const c = new Canonicaliser();
  for (const mentions of perArticle) for (const m of mentions) c.add(m.name, m.kind, m.count);
  return perArticle.map((mentions) => c.canonical(mentions));
}
