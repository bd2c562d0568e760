// Named entities in an article's text: people, places and organisations, found by rules over
// capitalised phrases: a gazetteer of places, given names, titles and "said" for people, the
// words that end organisations' names, and aliases (README, "Topics"). Rules over word lists
// are fast (well under a millisecond an article) and their mistakes can be read and fixed.
import type { TopicKind } from '../types.ts';
import { CITIES, COUNTRIES, GIVEN_NAMES, KNOWN_ORGANIZATIONS, ORG_HEADS as ORG_HEAD_LIST, US_STATES } from './gazetteer.ts';

export type EntityKind = Exclude<TopicKind, 'subject'>;

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
    'undersecretary under acting former late then new general-designate').split(' '),
);

/** Capitalised words that start sentences or name times, never entities on their own. */
const NEVER_ALONE = new Set(
  ('monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december moreover according however meanwhile furthermore initially today tomorrow ' +
    'yesterday he she it they we i you his her its their our this that these those there here the a an and but or ' +
    'also after before while when where what who why how as at by for from in into of on to with without mr mrs ms ' +
    'dr today tonight earlier later both each every all some any no not many most more several other others ' +
    'administration government president secretary minister congress senate house department office agency').split(' '),
);

const ORG_HEADS = new Set(ORG_HEAD_LIST);
/** Capitalised nouns of titles and offices that are never a person's family name. */
const COMMON_NOUNS = new Set(
  ('affairs policy security services development cooperation relations operations programs program justice health ' +
    'education energy commerce labor labour agriculture defense defence treasury state interior transportation housing ' +
    'veterans trade finance economy environment intelligence homeland management budget science technology communications ' +
    'counsel staff fellow initiative strategy period tour directive insurance').split(' '),
);

/** Roles that open a phrase naming the body the role belongs to. */
const ROLE_WORDS = new Set('nominee trustee head member ranking chief counsel fellow partner professor dean founder ceo officer staff'.split(' '));
const PLACES = new Set([...COUNTRIES, ...US_STATES, ...CITIES]);
const GIVEN = new Set(GIVEN_NAMES);
const KNOWN_ORGS = new Set(KNOWN_ORGANIZATIONS);
/** Words a capitalised phrase may open with that belong to the sentence, not to the name. */
const LEADING = new Set('the a an in on at to from for of by with and but or as according after before during under over since while when this that these those our their his her its'.split(' '));

/** Short forms and other names of the commonest entities, mapped to the name a page takes. */
export const BUILT_IN_ALIASES: Record<string, { name: string; kind: EntityKind }> = {
  UN: { name: 'United Nations', kind: 'organization' },
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
  PRC: { name: 'China', kind: 'place' },
  "People's Republic of China": { name: 'China', kind: 'place' },
  'Republic of Korea': { name: 'South Korea', kind: 'place' },
  ROK: { name: 'South Korea', kind: 'place' },
  'Russian Federation': { name: 'Russia', kind: 'place' },
  'District of Columbia': { name: 'Washington, D.C.', kind: 'place' },
  'Washington D.C.': { name: 'Washington, D.C.', kind: 'place' },
  'Washington, D.C.': { name: 'Washington, D.C.', kind: 'place' },
  'UN Security Council': { name: 'United Nations Security Council', kind: 'organization' },
  'U.N. Security Council': { name: 'United Nations Security Council', kind: 'organization' },
  'Security Council': { name: 'United Nations Security Council', kind: 'organization' },
  'UN General Assembly': { name: 'United Nations General Assembly', kind: 'organization' },
  'White House': { name: 'White House', kind: 'organization' },
};

function clean(name: string): string {
  const trimmed = name
    .replace(/^[\s"'“‘(]+|[\s"'”’),;:!?]+$/gu, '')
    .replace(/['’]s$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
  // A final full stop ends the sentence, unless it closes an abbreviation: "U.S.", "D.C.", "Jr.".
  return /(?:\b[A-Z]\.[A-Z]\.|\b(?:Jr|Sr|St|Inc|Co)\.)$/.test(trimmed) ? trimmed : trimmed.replace(/\.+$/, '');
}

function words(name: string): string[] {
  return name.split(' ').filter(Boolean);
}

/** A person's name without the titles in front of it: "Foreign Minister Sergei Lavrov" -> "Sergei Lavrov". */
export function stripTitles(name: string): string {
  let w = words(name);
  // The name follows the last title word: "US National Security Assistant H.R. McMaster".
  let last = -1;
  w.forEach((x, i) => {
    if (i < w.length - 1 && TITLE_WORDS.has(x.toLowerCase().replace(/\.$/, ''))) last = i;
  });
  if (last >= 0) w = w.slice(last + 1);
  while (w.length > 1 && /^of$|^the$|^to$|^for$/i.test(w[0]!)) w.shift();
  return w.join(' ');
}

/** Whether a cleaned candidate can be an entity at all. */
export function isJunk(name: string): boolean {
  const w = words(name);
  if (w.length === 0 || name.length < 2) return true;
  if (!/^\p{Lu}/u.test(name)) return true;
  if (w.length === 1 && NEVER_ALONE.has(w[0]!.toLowerCase())) return true;
  if (w.every((x) => NEVER_ALONE.has(x.toLowerCase()))) return true;
  return false;
}

interface Candidate {
  name: string;
  kind: EntityKind;
}

const CONNECTOR = '(?:of|for|and|the|on|de|del|da|van|von|der|al|bin|la|le|du)';
// A capitalised word; a full stop belongs to it only in initials and abbreviations, so that a
// phrase never runs on into the next sentence.
const CAP_WORD = String.raw`(?:[A-Z]\.(?:[A-Z]\.)*|(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col)\.|[A-Z][\p{L}'’\-]*)`;
const PHRASE = new RegExp(String.raw`${CAP_WORD}(?:[ \t]+(?:${CONNECTOR}[ \t]+)*${CAP_WORD})*`, 'gu');
const SAID_AFTER = /^\s*,?\s*(?:said|says|told|added|noted|stressed|emphasized|emphasised|announced|wrote|explained)\b/u;

function titleCaseWord(word: string): string {
  return /^[A-Z]\.$/.test(word) ? word : word.charAt(0) + word.slice(1).toLowerCase();
}

function classifyPhrase(phrase: string, before: string, after: string): Candidate[] {
  // A name in capitals, as in a signature ("JOSEPH R. BIDEN JR."), is read in title case.
  if (/\p{Lu}{2}/u.test(phrase) && !/\p{Ll}/u.test(phrase) && words(phrase).length >= 2 && !BUILT_IN_ALIASES[phrase]) {
    phrase = words(phrase).map(titleCaseWord).join(' ');
  }
  const alias = BUILT_IN_ALIASES[phrase];
  if (alias) return [{ name: phrase, kind: alias.kind }];
  if (PLACES.has(phrase)) return [{ name: phrase, kind: 'place' }];
  if (KNOWN_ORGS.has(phrase)) return [{ name: phrase, kind: 'organization' }];
  const w = words(phrase);
  const lower = w.map((x) => x.toLowerCase().replace(/\.$/, ''));
  // "Secretary Jennifer Granholm and Vice President Kamala Harris": two names joined by "and",
  // unless the whole is an organisation's name ("Department of Health and Human Services").
  if (lower.includes('and') && !ORG_HEADS.has(lower.at(-1)!) && !lower.some((x, i) => ORG_HEADS.has(x) && /^(?:of|for|on)$/.test(lower[i + 1] ?? ''))) {
    const parts = phrase.split(/\s+and\s+/);
    if (parts.length > 1) return parts.flatMap((part, i) => classifyPhrase(part, i === 0 ? before : '', i === parts.length - 1 ? after : ''));
  }
  // "Syrian National Dialogue Congress": a gathering, not an organisation.
  if (/\b(?:Dialogue|Summit|Conference|Talks|Forum on)\b/.test(phrase) || (/\sCongress$/.test(phrase) && w.length >= 3 && !/^(?:United States|U\.S\.|US)\s/.test(phrase)) || /^Congress of\s/.test(phrase)) return [];
  // "The Biden Administration" names a government by its leader, not an organisation of its own.
  if (/^(?:[A-Z][\p{Ll}]+(?:-[A-Z][\p{Ll}]+)?|My|Our|This|Previous|Last|Prior)\s+Administration$/u.test(phrase) && !KNOWN_ORGS.has(phrase)) return [];
  // "Department of Homeland Security", "World Health Organization", "UN Security Council".
  if (w.length >= 2 && (ORG_HEADS.has(lower.at(-1)!) || lower.some((x, i) => ORG_HEADS.has(x) && /^(?:of|for|on)$/.test(lower[i + 1] ?? '')))) {
    return [{ name: phrase, kind: 'organization' }];
  }
  // "Director of the National Economic Council", "Nominee for NASA": the body after a role.
  const role = /^(?:[A-Z][\p{Ll}]+\s+){1,3}(?:of|for)\s+(?:the\s+)?(.+)$/u.exec(phrase);
  if (role && lower.slice(0, 3).some((x) => TITLE_WORDS.has(x) || ROLE_WORDS.has(x))) {
    const body = classifyPhrase(role[1]!, '', after).filter((c) => c.kind !== 'person');
    if (body.length > 0) return body;
  }
  // "U.S. Army" is the United States Army.
  if (/^U\.S\.\s/.test(phrase)) return classifyPhrase(phrase.replace(/^U\.S\./, 'United States'), before, after);
  // Titles inside or just before the phrase make the rest of it a person: "Foreign Minister Sergei Lavrov".
  const stripped = stripTitles(phrase);
  const titled = stripped !== phrase || /(?:^|\s)(?:Minister|President|Secretary|Ambassador|Envoy|Senator|Governor|Mayor|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Spokesperson|Adviser|Advisor|Director|Chairman|Chair|Judge|Justice|King|Queen|Prince)(?:\s+(?:to|of|for))?\s*$/u.test(before);
  if (stripped !== phrase) {
    const rest = classifyPhrase(stripped, '', after);
    if (rest.length > 0) return rest;
  }
  let sw = words(stripped);
  // "Energy Jennifer Granholm": a person's name starts at a given name.
  const given = sw.findIndex((x) => GIVEN.has(x));
  if (given > 0 && sw.length - given >= 2) sw = sw.slice(given);
  // "Syrian Ambassador to Russia Riyad Haddad": a place before a titled name is a place of its own.
  const placed: Candidate[] = [];
  while (titled && sw.length > 2 && PLACES.has(sw[0]!)) placed.push({ name: sw.shift()!, kind: 'place' });
  const personShape = sw.length >= 2 && sw.length <= 5 && sw.every((x) => /^(?:(?=\S*\p{Ll})[A-Z][\p{L}'’\-]+\.?|[A-Z]\.(?:[A-Z]\.)*|(?:de|van|von|der|bin|al|da|di|la|le|del|dos)|Jr\.|Sr\.|II|III)$/u.test(x));
  // A middle initial ("Erek L. Barron") is the mark of a person's name.
  const initial = sw.length >= 3 && sw.slice(1, -1).some((x) => /^[A-Z]\.$/.test(x));
  if (personShape && (titled || initial || GIVEN.has(sw[0]!) || SAID_AFTER.test(after))) return [...placed, { name: sw.join(' '), kind: 'person' }];
  // A family name alone after a title ("President Biden") is kept, to be joined to the full name.
  if (sw.length === 1 && stripped !== phrase && /^[A-Z][\p{Ll}'’\-]+$/u.test(stripped) && !TITLE_WORDS.has(stripped.toLowerCase()) && !COMMON_NOUNS.has(stripped.toLowerCase()) && !ORG_HEADS.has(stripped.toLowerCase())) {
    return [{ name: stripped, kind: 'person' }];
  }
  return [];
}

function candidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(PHRASE)) {
    let phrase = clean(m[0]);
    let start = m.index;
    // Drop sentence words the phrase opened with: "The", "In", "According to" …
    for (let w = words(phrase); w.length > 1 && LEADING.has(w[0]!.toLowerCase()); w = words(phrase)) {
      start += phrase.indexOf(w[1]!);
      phrase = w.slice(1).join(' ');
    }
    if (phrase.length < 2) continue;
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    // "George Mason University's Antonin Scalia Law School": two names.
    const parts = phrase.replace(/['’]s$/u, '').split(/['’]s\s+/u);
    parts.forEach((part, i) => out.push(...classifyPhrase(part, i === 0 ? before : '', i === parts.length - 1 ? after : '')));
  }
  return out;
}

/** The canonical form of a name found in text: built-in aliases applied, titles dropped. */
export function normalise(candidate: Candidate): Candidate | null {
  let name = clean(candidate.name);
  const alias = BUILT_IN_ALIASES[name] ?? BUILT_IN_ALIASES[name.replace(/^the\s+/i, '')];
  if (alias) return alias;
  if (candidate.kind === 'person') name = stripTitles(name);
  name = name.replace(/^the\s+/i, '');
  if (isJunk(name)) return null;
  // A person needs a given name and a family name, or a single family name used alone later.
  if (candidate.kind === 'person' && words(name).some((w) => ORG_HEADS.has(w.toLowerCase()))) return { name, kind: 'organization' };
  return { name, kind: candidate.kind };
}

/**
 * The people, places and organisations an article names, each once, with its number of
 * mentions. A name found as more than one kind takes the kind found most often.
 */
/** "Federal Emergency Management Agency (FEMA)": the acronyms an article defines, to their full names. */
function acronyms(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(/((?:[A-Z][\p{L}'’\-]*[ \t]+(?:(?:of|for|and|the|on)[ \t]+)*){1,8}[A-Z][\p{L}'’\-]*)[ \t]+\(([A-Z][A-Z&.]{1,9})\)/gu)) {
    const full = m[1]!.trim().replace(/^(?:The|the)\s+/, '');
    const initials = full.split(/\s+/).filter((x) => /^[A-Z]/.test(x)).map((x) => x[0]).join('');
    if (initials.endsWith(m[2]!.replace(/[.&]/g, '')) || m[2]!.replace(/[.&]/g, '').length >= 2) out.set(m[2]!, full.split(/\s+/).slice(-Math.max(2, full.split(/\s+/).length)).join(' '));
  }
  return out;
}

export function extractMentions(text: string, title = ''): Mention[] {
  const counts = new Map<string, Map<EntityKind, number>>();
  const defined = acronyms(text);
  // A headline in title case capitalises every word: only names already known by list count there.
  const fromTitle = candidates(title).filter((c) => BUILT_IN_ALIASES[c.name] || PLACES.has(c.name) || KNOWN_ORGS.has(c.name));
  const acronymUses: Candidate[] = [];
  for (const [short, full] of defined) {
    const uses = text.match(new RegExp(`\\b${short.replace(/[.&]/g, (c) => `\\${c}`)}\\b`, 'g'))?.length ?? 0;
    for (let i = 0; i < uses; i++) acronymUses.push({ name: full, kind: 'organization' });
  }
  for (const raw of [...candidates(text), ...fromTitle, ...acronymUses]) {
    const c = defined.has(raw.name) ? { name: defined.get(raw.name)!, kind: raw.kind } : raw;
    const n = normalise(c);
    if (!n) continue;
    const byKind = counts.get(n.name) ?? new Map<EntityKind, number>();
    byKind.set(n.kind, (byKind.get(n.kind) ?? 0) + 1);
    counts.set(n.name, byKind);
  }
  // A person named once in full and later by family name alone is one person.
  const people = [...counts].filter(([, k]) => k.has('person')).map(([name]) => name);
  for (const [name, byKind] of [...counts]) {
    if (words(name).length !== 1) continue;
    const full = people.filter((p) => p !== name && words(p).length > 1 && words(p).at(-1) === name);
    if (full.length === 1) {
      const target = counts.get(full[0]!)!;
      target.set('person', (target.get('person') ?? 0) + [...byKind.values()].reduce((a, b) => a + b, 0));
      counts.delete(name);
    }
  }
  const mentions: Mention[] = [];
  for (const [name, byKind] of counts) {
    const [kind] = [...byKind].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    const count = [...byKind.values()].reduce((a, b) => a + b, 0);
    mentions.push({ name, kind, count });
  }
  return mentions.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Short given names and the full forms they stand for. */
const NICKNAMES: Record<string, string> = {
  joe: 'joseph', bill: 'william', will: 'william', bob: 'robert', rob: 'robert', mike: 'michael', jim: 'james', jimmy: 'james',
  tom: 'thomas', dick: 'richard', rick: 'richard', chuck: 'charles', charlie: 'charles', pete: 'peter', jen: 'jennifer',
  liz: 'elizabeth', beth: 'elizabeth', tony: 'anthony', dan: 'daniel', dave: 'david', steve: 'steven', stephen: 'steven',
  chris: 'christopher', matt: 'matthew', nick: 'nicholas', sam: 'samuel', ted: 'edward', ed: 'edward', marty: 'martin',
  deb: 'deborah', kathy: 'katherine', kate: 'katherine', andy: 'andrew', alex: 'alexander', ben: 'benjamin', greg: 'gregory',
};

/**
 * Folds the spellings of a name: accents, case, transliteration (-iy/-y endings, ei/ey, ks/x),
 * and for people also nicknames (Joe/Joseph), middle initials and suffixes (Jr., III).
 */
export function nameKey(name: string, kind?: EntityKind): string {
  let w = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’.,]/g, '')
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((x) => x.replace(/iy$/, 'y').replace(/ey/g, 'ei').replace(/ks/g, 'x'));
  if (kind === 'person' && w.length > 1) {
    w = w.filter((x, i) => i === 0 || (x.length > 1 && !/^(?:jr|sr|ii|iii|iv)$/.test(x)));
    w[0] = NICKNAMES[w[0]!] ?? w[0]!;
  }
  return w.join(' ');
}

/**
 * Merges mentions across the archive: spellings that fold to one key are one entity, named by
 * its most frequent spelling; a person named by family name alone joins the full name that
 * is most frequent with that family name. Returns each article's mentions, canonical.
 */
export function canonicalise(perArticle: Mention[][]): Mention[][] {
  const spellings = new Map<string, Map<string, number>>();
  const fullByFamily = new Map<string, Map<string, number>>();
  for (const mentions of perArticle) {
    for (const m of mentions) {
      const key = `${m.kind}:${nameKey(m.name, m.kind)}`;
      const s = spellings.get(key) ?? new Map<string, number>();
      s.set(m.name, (s.get(m.name) ?? 0) + m.count);
      spellings.set(key, s);
      const w = words(m.name);
      if (m.kind === 'person' && w.length > 1) {
        const family = nameKey(w.at(-1)!);
        const f = fullByFamily.get(family) ?? new Map<string, number>();
        f.set(key, (f.get(key) ?? 0) + m.count);
        fullByFamily.set(family, f);
      }
    }
  }
  const best = <T extends string>(counts: Map<T, number>): T => [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
  return perArticle.map((mentions) => {
    const merged = new Map<string, Mention>();
    for (const m of mentions) {
      let key = `${m.kind}:${nameKey(m.name, m.kind)}`;
      if (m.kind === 'person' && words(m.name).length === 1) {
        const full = fullByFamily.get(nameKey(m.name));
        if (full) key = best(full);
      }
      const name = best(spellings.get(key)!);
      const prev = merged.get(key);
      merged.set(key, { name, kind: m.kind, count: (prev?.count ?? 0) + m.count });
    }
    return [...merged.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  });
}
