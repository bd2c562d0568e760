// A deterministic generator of realistic seeds for benchmarks and scale tests: dated over many
// years, names repeated across articles, both seed forms, headlines and dateline-only ledes,
// subheadings, long and short bodies, exact duplicates, `<TICKER>` headlines and, about one
// seed in a thousand, a broken date. Its words and names follow Zipf's law over large pools, as
// a real archive's do (a few everywhere, most in a handful of articles), and some articles are
// further reports of an event told a day or two before, in words of its own: the stories that
// relating should find.
import { pad2 } from '../seeds/dates.ts';

export interface GeneratedSeed {
  /** File name, e.g. `000123_a1b2c3d4.txt`. */
  file: string;
  text: string;
  /** The event it reports, if any (some are told once only): the reports of one event are what stories should group. */
  event: number | null;
}

export interface CorpusOptions {
  count: number;
  /** Seed of the pseudo-random sequence: the same options give the same files. */
  seed: number;
  firstYear: number;
  lastYear: number;
}

export const DEFAULT_CORPUS: Omit<CorpusOptions, 'count'> = { seed: 20171114, firstYear: 2000, lastYear: 2024 };

/** mulberry32: small, fast and deterministic. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Sergei', 'Anna', 'James', 'Maria', 'Chen', 'Fatima', 'Olaf', 'Priya', 'Kofi', 'Elena', 'Hiroshi', 'Laura', 'Ahmed', 'Ines', 'Pavel', 'Grace', 'Mateo', 'Amara', 'Lars', 'Yuki'];
const LAST = ['Lavrov', 'Schmidt', 'Okafor', 'Silva', 'Wang', 'Haddad', 'Nilsen', 'Sharma', 'Mensah', 'Petrova', 'Tanaka', 'Rossi', 'Karimi', 'Moreau', 'Novak', 'Kim', 'Garcia', 'Diallo', 'Berg', 'Sato'];
const ROLES = ['Foreign Minister', 'Finance Minister', 'Prime Minister', 'central bank governor', 'trade envoy', 'Defence Minister', 'party leader', 'chief executive', 'spokesperson', 'mayor'];
const PLACES = ['GENEVA', 'MOSCOW', 'CHICAGO', 'LONDON', 'NEW YORK', 'TOKYO', 'NAIROBI', 'BRUSSELS', 'SAO PAULO', 'NEW DELHI', 'SYDNEY', 'CAIRO', 'BERLIN', 'OTTAWA', 'JAKARTA', 'LIMA'];
const SOURCES = ['TASS', 'Reuters', 'AP', 'AFP', 'Xinhua', 'Kyodo', 'dpa', 'ANSA'];
const ORGS = ['United Nations', 'World Bank', 'European Union', 'African Union', 'OPEC', 'IMF', 'World Health Organization', 'NATO', 'ASEAN', 'WTO'];
const SUBJECTS = ['wheat exports', 'interest rates', 'ceasefire talks', 'election reform', 'drought relief', 'vaccine supply', 'trade tariffs', 'oil output', 'refugee aid', 'climate finance', 'port strikes', 'bond yields'];
const VERBS = ['said', 'announced', 'warned', 'confirmed', 'denied', 'suggested', 'insisted', 'reported'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const TICKERS = ['<WEAT>', '<KO.N>', '<7203.T>', '<BP.L>', '<SIE.DE>'];
const SUBHEADS = ['Market Reaction', 'Talks Resume', 'What Comes Next', 'Regional Impact', 'Background to the Dispute', 'Official Response'];

/** Syllables of made-up words: enough for every word, name and place of a large archive. */
const ONSETS = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'sh', 'ch', 'br', 'tr', 'kr', 'st'];
const NUCLEI = ['a', 'e', 'i', 'o', 'u', 'ai', 'ou'];
const CODAS = ['', 'n', 'r', 's', 'l', 'k'];

/** The made-up word numbered `i`: two or three syllables and a coda, the same for the same number. */
export function madeUpWord(i: number): string {
  const syllables = ONSETS.length * NUCLEI.length;
  let j = Math.floor(i / CODAS.length) + syllables;
  let word = '';
  while (j > 0) {
    const s = j % syllables;
    word += ONSETS[Math.floor(s / NUCLEI.length)]! + NUCLEI[s % NUCLEI.length]!;
    j = Math.floor(j / syllables);
  }
  return word + CODAS[i % CODAS.length]!;
}

const capital = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/**
 * Draws ranks 0…size-1 by Zipf's law (the rank r with weight 1 / (r + 1)^exponent): rank 0 is
 * the commonest; most ranks are drawn rarely or never.
 */
class Zipf {
  private readonly cumulative: Float64Array;
  constructor(size: number, exponent: number) {
    this.cumulative = new Float64Array(size);
    let sum = 0;
    for (let r = 0; r < size; r++) this.cumulative[r] = sum += 1 / (r + 1) ** exponent;
  }
  draw(u: number): number {
    const target = u * this.cumulative[this.cumulative.length - 1]!;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

// Each pool's numbers of made-up words start apart, so that a word is one thing only.
const WORDS = { content: 0, surname: 1_000_000, place: 2_000_000, org: 3_000_000, subject: 4_000_000, event: 5_000_000 };
/** The common words and names first (those of the lists above), then made-up ones. */
const pool = <T>(known: readonly T[], made: (k: number) => T) => (k: number): T => (k < known.length ? known[k]! : made(k));
const surname = pool(LAST, (k) => capital(madeUpWord(WORDS.surname + k)));
const placeName = pool(PLACES, (k) => madeUpWord(WORDS.place + k).toUpperCase());
const ORG_KINDS = ['Group', 'Institute', 'Council', 'Authority', 'Foundation', 'Holdings'];
const orgName = pool(ORGS, (k) => `${capital(madeUpWord(WORDS.org + k))} ${ORG_KINDS[k % ORG_KINDS.length]}`);
const SUBJECT_KINDS = ['talks', 'exports', 'reform', 'prices', 'aid', 'strikes'];
const subjectName = pool(SUBJECTS, (k) => `${madeUpWord(WORDS.subject + k)} ${SUBJECT_KINDS[k % SUBJECT_KINDS.length]}`);
/** Pool sizes: about what 100,000 real wire stories name. */
const SIZES = { content: 60_000, people: 40_000, places: 4_000, orgs: 3_000, subjects: 2_000 };
/** Words of an event's own, its reports share them and few other articles have them. */
const EVENT_WORDS = 8;

/** An event told in several reports, a day or two apart. */
interface Event {
  id: number;
  year: number;
  month: number;
  day: number;
  words: string[];
  place: string;
  people: string[];
  /** Reports still to come. */
  left: number;
}

export function* generateCorpus(options: CorpusOptions): Generator<GeneratedSeed> {
  const rnd = random(options.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const zipf = { content: new Zipf(SIZES.content, 1.0), people: new Zipf(SIZES.people, 1.05), places: new Zipf(SIZES.places, 1.1), orgs: new Zipf(SIZES.orgs, 1.1), subjects: new Zipf(SIZES.subjects, 1.05) };
  const word = (): string => madeUpWord(WORDS.content + zipf.content.draw(rnd()));
  const person = (): string => {
    const k = zipf.people.draw(rnd());
    return `${FIRST[k % FIRST.length]} ${surname(Math.floor(k / FIRST.length))}`;
  };
  const place = (): string => placeName(zipf.places.draw(rnd()));
  const town = (name: string): string => name.toLowerCase().replace(/\b\w/g, (c) => c.toUpperCase());
  const org = (): string => orgName(zipf.orgs.draw(rnd()));
  const subject = (): string => subjectName(zipf.subjects.draw(rnd()));
  const sentence = (): string => {
    switch (Math.floor(rnd() * 7)) {
      case 0:
        return `${pick(ROLES).replace(/^./, (c) => c.toUpperCase())} ${person()} ${pick(VERBS)} on ${['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'][Math.floor(rnd() * 5)]} that ${subject()} would remain on the agenda of the ${org()}.`;
      case 1:
        return `Officials in ${town(place())} ${pick(VERBS)} the talks on ${subject()} had made "real progress" but gave no details.`;
      case 2:
        return `Analysts expect ${subject()} to weigh on markets for weeks, according to figures published by the ${org()}.`;
      case 3:
        return `${person()}, who met the ${pick(ROLES)} earlier in the week, ${pick(VERBS)} that more meetings were planned before the end of the month.`;
      case 4:
        return `Delegates discussed the ${word()} of ${word()} and ${word()}, and the ${word()} ${word()} programme.`;
      case 5:
        return `A report on ${word()} ${word()} is due before the ${word()} review, ${person()} ${pick(VERBS)}.`;
      default:
        return `The ${word()} ${word()} in ${town(place())} drew ${word()} and ${word()} from the ${org()}.`;
    }
  };
  /** A sentence of an event's own: its words, place and people. */
  const told = (e: Event): string => {
    const w = (): string => pick(e.words);
    return rnd() < 0.5
      ? `The ${w()} ${w()} near ${town(e.place)} drew ${w()} from ${pick(e.people)}, who ${pick(VERBS)} the ${w()} would go on.`
      : `${pick(e.people)} ${pick(VERBS)} that the ${w()} and ${w()} in ${town(e.place)} had reached the ${w()}.`;
  };
  const paragraph = (e: Event | null): string => Array.from({ length: 1 + Math.floor(rnd() * 4) }, (_, j) => (e && (j === 0 || rnd() < 0.3) ? told(e) : sentence())).join(' ');
  const span = options.lastYear - options.firstYear + 1;
  let previous: GeneratedSeed | null = null;
  // Events still to be reported again, later the same year, dated up to two days after their first report.
  const events: Event[] = [];
  let eventCount = 0;
  for (let i = 0; i < options.count; i++) {
    const id = `${String(i).padStart(6, '0')}_${Math.floor(rnd() * 0xffffffff).toString(16).padStart(8, '0')}`;
    // Exact resends of the previous story (same date and text), about one in 200.
    if (previous && rnd() < 0.005) {
      yield { file: `${id}${previous.file.slice(previous.file.lastIndexOf('.'))}`, text: previous.text, event: previous.event };
      continue;
    }
    const year = options.firstYear + Math.floor((i / options.count) * span);
    let month = 1 + Math.floor(rnd() * 12);
    let day = 1 + Math.floor(rnd() * 28);
    // One article in five reports an event again; one in ten tells a new one, to be reported again.
    let event: Event | null = null;
    while (events.length > 0 && (events[0]!.left === 0 || events[0]!.year !== year)) events.shift();
    const open = events.filter((e) => e.left > 0);
    if (open.length > 0 && rnd() < 0.2) {
      event = pick(open);
      event.left--;
      month = event.month;
      day = Math.min(28, event.day + Math.floor(rnd() * 3));
    } else if (rnd() < 0.1) {
      const eid = eventCount++;
      event = {
        id: eid,
        year,
        month,
        day,
        words: Array.from({ length: EVENT_WORDS }, (_, k) => madeUpWord(WORDS.event + eid * EVENT_WORDS + k)),
        place: place(),
        people: [person(), person()],
        left: 1 + Math.floor(rnd() * 4),
      };
      events.push(event);
    }
    let date = `${year}-${pad2(month)}-${pad2(day)}`;
    if (rnd() < 0.001) date = `${year}-02-30`; // a broken date, as real feeds have
    const topic = subject();
    const who = event ? event.people[0]! : person();
    const headline = rnd() < 0.05
      ? `${pick(TICKERS)} shares move on ${topic}`
      : `${who} ${pick(VERBS)} ${event ? `${event.words[0]} ${event.words[1]}` : topic} ${['will be reviewed', 'are under pressure', 'face new scrutiny', 'return to the table'][Math.floor(rnd() * 4)]}`.replace(/^./, (c) => c.toUpperCase());
    const long = rnd() < 0.2;
    const paras = Array.from({ length: long ? 8 + Math.floor(rnd() * 12) : 2 + Math.floor(rnd() * 4) }, () => paragraph(event));
    if (paras.length > 5) paras.splice(3, 0, pick(SUBHEADS));
    let text: string;
    let file: string;
    if (rnd() < 0.15) {
      const topics = [topic, org(), who].map((t) => `  - ${JSON.stringify(t)}`).join('\n');
      text = `---\ntitle: ${JSON.stringify(headline)}\ndate: ${date}\nsource: ${pick(SOURCES)}\ntopics:\n${topics}\n---\n${paras.map((p) => (SUBHEADS.includes(p) ? `## ${p}` : p)).join('\n\n')}\n`;
      file = `${id}.md`;
    } else if (rnd() < 0.35) {
      const where = event ? event.place : place();
      const lede = rnd() < 0.5
        ? `${where}, ${MONTHS[month - 1]} ${day}. /${pick(SOURCES)}/. ${event ? told(event) : sentence()}`
        : `${where}, ${MONTHS[month - 1]} ${day} - ${event ? told(event) : sentence()}`;
      text = ` date ${date} ${lede}\n\n${paras.join('\n\n')}\n`;
      file = `${id}.txt`;
    } else {
      text = ` date ${date} ${headline}\n${paras.join('\n')}\n`;
      file = `${id}.txt`;
    }
    const seed: GeneratedSeed = { file, text, event: event?.id ?? null };
    previous = seed;
    yield seed;
  }
}
