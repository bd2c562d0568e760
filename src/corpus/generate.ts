// A deterministic generator of realistic seeds for benchmarks and scale tests: dated over many
// years, names repeated across articles, both seed forms, headlines and dateline-only ledes,
// subheadings, long and short bodies, exact duplicates, `<TICKER>` headlines and, about one
// seed in a thousand, a broken date.
import { pad2 } from '../seeds/dates.ts';

export interface GeneratedSeed {
  /** File name, e.g. `000123_a1b2c3d4.txt`. */
  file: string;
  text: string;
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

export function* generateCorpus(options: CorpusOptions): Generator<GeneratedSeed> {
  const rnd = random(options.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const person = (): string => `${pick(FIRST)} ${pick(LAST)}`;
  const sentence = (): string => {
    switch (Math.floor(rnd() * 4)) {
      case 0:
        return `${pick(ROLES).replace(/^./, (c) => c.toUpperCase())} ${person()} ${pick(VERBS)} on ${['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'][Math.floor(rnd() * 5)]} that ${pick(SUBJECTS)} would remain on the agenda of the ${pick(ORGS)}.`;
      case 1:
        return `Officials in ${pick(PLACES).toLowerCase().replace(/\b\w/g, (c) => c.toUpperCase())} ${pick(VERBS)} the talks on ${pick(SUBJECTS)} had made "real progress" but gave no details.`;
      case 2:
        return `Analysts expect ${pick(SUBJECTS)} to weigh on markets for weeks, according to figures published by the ${pick(ORGS)}.`;
      default:
        return `${person()}, who met the ${pick(ROLES)} earlier in the week, ${pick(VERBS)} that more meetings were planned before the end of the month.`;
    }
  };
  const paragraph = (): string => Array.from({ length: 1 + Math.floor(rnd() * 4) }, sentence).join(' ');
  const span = options.lastYear - options.firstYear + 1;
  let previous: GeneratedSeed | null = null;
  for (let i = 0; i < options.count; i++) {
    const id = `${String(i).padStart(6, '0')}_${Math.floor(rnd() * 0xffffffff).toString(16).padStart(8, '0')}`;
    // Exact resends of the previous story (same date and text), about one in 200.
    if (previous && rnd() < 0.005) {
      yield { file: `${id}${previous.file.slice(previous.file.lastIndexOf('.'))}`, text: previous.text };
      continue;
    }
    const year = options.firstYear + Math.floor((i / options.count) * span);
    const month = 1 + Math.floor(rnd() * 12);
    const day = 1 + Math.floor(rnd() * 28);
    let date = `${year}-${pad2(month)}-${pad2(day)}`;
    if (rnd() < 0.001) date = `${year}-02-30`; // a broken date, as real feeds have
    const subject = pick(SUBJECTS);
    const who = person();
    const headline = rnd() < 0.05
      ? `${pick(TICKERS)} shares move on ${subject}`
      : `${who} ${pick(VERBS)} ${subject} ${['will be reviewed', 'are under pressure', 'face new scrutiny', 'return to the table'][Math.floor(rnd() * 4)]}`.replace(/^./, (c) => c.toUpperCase());
    const long = rnd() < 0.2;
    const paras = Array.from({ length: long ? 8 + Math.floor(rnd() * 12) : 2 + Math.floor(rnd() * 4) }, paragraph);
    if (paras.length > 5) paras.splice(3, 0, pick(SUBHEADS));
    let seed: GeneratedSeed;
    if (rnd() < 0.15) {
      const topics = [subject, pick(ORGS), who].map((t) => `  - ${JSON.stringify(t)}`).join('\n');
      const text = `---\ntitle: ${JSON.stringify(headline)}\ndate: ${date}\nsource: ${pick(SOURCES)}\ntopics:\n${topics}\n---\n${paras.map((p) => (SUBHEADS.includes(p) ? `## ${p}` : p)).join('\n\n')}\n`;
      seed = { file: `${id}.md`, text };
    } else if (rnd() < 0.35) {
      const place = pick(PLACES);
      const lede = rnd() < 0.5
        ? `${place}, ${MONTHS[month - 1]} ${day}. /${pick(SOURCES)}/. ${sentence()}`
        : `${place}, ${MONTHS[month - 1]} ${day} - ${sentence()}`;
      seed = { file: `${id}.txt`, text: ` date ${date} ${lede}\n\n${paras.join('\n\n')}\n` };
    } else {
      seed = { file: `${id}.txt`, text: ` date ${date} ${headline}\n${paras.join('\n')}\n` };
    }
    previous = seed;
    yield seed;
  }
}
