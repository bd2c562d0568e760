// The placement memo (see memo.ts) kept on disk beside the record cache, so that a one-off
// `build` reuses the last build's decisions as `serve` does from memory: choosing the articles,
// deciding their topics and indexing the topics took 5-6 s of a one-off rebuild of 100,000
// articles, and an edit of a seed's text changes none of them. The memo's records are not kept
// here: they are the record cache's, as the build that kept the memo saved it, which the cache's
// generation names (see RecordCache.generation). A file of another generation (a build stopped
// between the two), of another version of the tool, or damaged, is not used.
//
// The generation and the build that kept it are in a small file of their own beside it (the
// head), with the name of the body they are of: a build that changed no decision it took up
// writes the head alone (see restampPlacement), where writing the whole took 0.45-0.55 s of an
// edit's rebuild at 100,000 articles.
import { randomUUID } from 'node:crypto';
import { readSealedValue, writeSealedValue } from '../output/sealed-file.ts';
import type { TopicKind, TopicRef } from '../types.ts';
import type { PlacementState } from './memo.ts';
import type { Topic } from './types.ts';

/** The file's name in the output's cache folder (see cacheDirFor). */
export const PLACEMENT_FILE = 'placement.bin';

const FORMAT = 7;

/**
 * Lists of numbers, one after another: list i is `numbers[start[i] .. start[i + 1]]`. Typed
 * arrays deserialise as one copy: 1.2 million topic articles as arrays of numbers took 0.1 s, and
 * every article's topics as arrays of objects 0.24 s.
 */
interface Lists {
  start: Int32Array;
  numbers: Int32Array;
}

function packLists(lists: readonly (readonly number[])[]): Lists {
  const start = new Int32Array(lists.length + 1);
  let n = 0;
  for (let i = 0; i < lists.length; i++) start[i + 1] = n += lists[i]!.length;
  const numbers = new Int32Array(n);
  let at = 0;
  for (const list of lists) for (const x of list) numbers[at++] = x;
  return { start, numbers };
}

function unpackLists<T>({ start, numbers }: Lists, each: (n: number) => T): T[][] {
  const lists = new Array<T[]>(start.length - 1);
  for (let i = 0; i < lists.length; i++) {
    const list = new Array<T>(start[i + 1]! - start[i]!);
    for (let k = 0; k < list.length; k++) list[k] = each(numbers[start[i]! + k]!);
    lists[i] = list;
  }
  return lists;
}

/**
 * Topic references numbered, one number for each object: the articles' topics, the sources'
 * topics and the topic index's articles' topics share them, and are restored sharing them.
 */
class RefTable {
  readonly slugs: string[] = [];
  readonly names: string[] = [];
  readonly kinds: TopicKind[] = [];
  private readonly numbers = new Map<TopicRef, number>();

  number(ref: TopicRef): number {
    let n = this.numbers.get(ref);
    if (n === undefined) {
      this.numbers.set(ref, (n = this.slugs.length));
      this.slugs.push(ref.slug);
      this.names.push(ref.name);
      this.kinds.push(ref.kind);
    }
    return n;
  }

  lists(lists: readonly (readonly TopicRef[])[]): Lists {
    return packLists(lists.map((list) => list.map((ref) => this.number(ref))));
  }
}

/** The topic index, field by field (see Topic); a co-occurring topic by its slug's number in `cooccurringSlugs`. */
interface StoredTopics {
  slugs: string[];
  names: string[];
  kinds: TopicKind[];
  urls: string[];
  aliases: string[][];
  first: string[];
  last: string[];
  articles: Lists;
  cooccurring: Lists;
  counts: Int32Array;
  cooccurringSlugs: string[];
}

function packTopics(topics: readonly Topic[]): StoredTopics {
  const slugNumbers = new Map<string, number>();
  const cooccurringSlugs: string[] = [];
  const slugNumber = (slug: string): number => {
    let n = slugNumbers.get(slug);
    if (n === undefined) slugNumbers.set(slug, (n = cooccurringSlugs.push(slug) - 1));
    return n;
  };
  return {
    slugs: topics.map((t) => t.slug), names: topics.map((t) => t.name), kinds: topics.map((t) => t.kind), urls: topics.map((t) => t.url), aliases: topics.map((t) => t.aliases),
    first: topics.map((t) => t.first), last: topics.map((t) => t.last),
    articles: packLists(topics.map((t) => t.articles)),
    cooccurring: packLists(topics.map((t) => t.cooccurring.map((c) => slugNumber(c.slug)))),
    counts: Int32Array.from(topics.flatMap((t) => t.cooccurring.map((c) => c.count))),
    cooccurringSlugs,
  };
}

function unpackTopics(s: StoredTopics): Topic[] {
  const articles = unpackLists(s.articles, (n) => n);
  let at = 0;
  const cooccurring = unpackLists(s.cooccurring, (n) => ({ slug: s.cooccurringSlugs[n]!, count: s.counts[at++]! }));
  return s.slugs.map((slug, i) => ({
    slug, name: s.names[i]!, kind: s.kinds[i]!, url: s.urls[i]!, aliases: s.aliases[i]!, articles: articles[i]!, first: s.first[i]!, last: s.last[i]!, cooccurring: cooccurring[i]!,
  }));
}

/** What the head says of the placement kept: which body, for which cache, after which build. */
interface PlacementHead {
  format: number;
  version: string;
  /** The body's name (StoredPlacement.name). */
  body: string;
  generation: string;
  /** The build that kept it (see BuildPlan.build). */
  build: string;
}

const headFile = (file: string): string => `${file}.head`;

interface StoredPlacement {
  format: number;
  version: string;
  /** Made anew each time a body is written: the head names the body it is of. */
  name: string;
  refs: { slugs: string[]; names: string[]; kinds: TopicKind[] };
  chosen: PlacementState['chosen'];
  decided: { files: string[]; vocabulary: string; topics: Lists; aliases: Map<string, string[]>; sources: Map<string, number> } | null;
  /**
   * The index's articles' topics, or null where they are the very lists decided (as they are
   * after a build); their files, or null where they are the files chosen (as they are too).
   */
  indexed: { files: readonly string[] | null; topics: Lists | null; dates: readonly string[]; aliases: ReadonlyMap<string, string[]>; result: StoredTopics } | null;
  mentions: PlacementState['mentions'];
}

/**
 * Writes a memo's state (PlacementMemo.state) after `build` to `file`, for the records of the
 * cache of `generation` (see writeSealedValue).
 */
export async function savePlacement(file: string, version: string, generation: string, build: string, state: PlacementState): Promise<void> {
  const name = randomUUID();
  const refs = new RefTable();
  const { chosen, decided, indexed, mentions } = state;
  const sameTopics = decided !== null && indexed !== null && indexed.topics.length === decided.result.topics.length && indexed.topics.every((t, i) => t === decided.result.topics[i]);
  // Filled as the lists below are packed, before the whole is serialised.
  const stored: StoredPlacement = {
    format: FORMAT, version, name, refs: { slugs: refs.slugs, names: refs.names, kinds: refs.kinds }, chosen,
    decided: decided && {
      files: decided.files, vocabulary: decided.vocabulary, topics: refs.lists(decided.result.topics), aliases: decided.result.aliases,
      sources: new Map([...decided.result.sources].map(([source, ref]) => [source, refs.number(ref)])),
    },
    // The aliases are most often the very map decided: serialised once, as one object.
    indexed: indexed && {
      files: indexed.files === chosen?.result.records ? null : indexed.files, topics: sameTopics ? null : refs.lists(indexed.topics), dates: indexed.dates, aliases: indexed.aliases, result: packTopics(indexed.result),
    },
    mentions,
  };
  await writeSealedValue(file, stored);
  await restampPlacement(file, version, generation, build, name);
}

/**
 * Says that the body of the placement kept in `file` named `body` (as loadPlacement read it) is
 * the memo's state for the records of the cache of `generation` after `build` too: for a build
 * whose memo reused every decision it took up (see PlacementMemo.intact). A body other than the
 * one named, there by then, is not used.
 */
export async function restampPlacement(file: string, version: string, generation: string, build: string, body: string): Promise<void> {
  const head: PlacementHead = { format: FORMAT, version, body, generation, build };
  await writeSealedValue(headFile(file), head);
}

/** The state a stored placement holds. */
function unpack(s: StoredPlacement): PlacementState {
  const refs = s.refs.slugs.map((slug, i): TopicRef => ({ slug, name: s.refs.names[i]!, kind: s.refs.kinds[i]! }));
  const ref = (n: number): TopicRef => refs[n]!;
  const decided = s.decided && {
    files: s.decided.files, vocabulary: s.decided.vocabulary,
    result: { topics: unpackLists(s.decided.topics, ref), aliases: s.decided.aliases, sources: new Map([...s.decided.sources].map(([source, n]) => [source, ref(n)])) },
  };
  const indexed = s.indexed && {
    files: s.indexed.files ?? s.chosen!.result.records,
    topics: s.indexed.topics ? unpackLists(s.indexed.topics, ref) : decided!.result.topics, dates: s.indexed.dates, aliases: s.indexed.aliases, result: unpackTopics(s.indexed.result),
  };
  return { chosen: s.chosen, decided, indexed, mentions: s.mentions };
}

/** Whether a stored placement has the shape of one (it was written by this code: see the seal). */
function wellFormed(s: StoredPlacement): boolean {
  const lists = (l: Lists | null | undefined): boolean => l?.start instanceof Int32Array && l.numbers instanceof Int32Array && l.start.length > 0 && l.start[l.start.length - 1] === l.numbers.length;
  return (
    typeof s.name === 'string' && Array.isArray(s.refs?.slugs) &&
    (s.chosen === null || Array.isArray(s.chosen.result?.records)) &&
    (s.decided === null || (Array.isArray(s.decided.files) && lists(s.decided.topics) && s.decided.sources instanceof Map)) &&
    (s.indexed === null ||
      ((s.indexed.topics === null ? s.decided !== null : lists(s.indexed.topics)) && (s.indexed.files === null ? s.chosen !== null : Array.isArray(s.indexed.files)) &&
        lists(s.indexed.result?.articles) && lists(s.indexed.result.cooccurring))) &&
    (s.mentions === null ||
      (Array.isArray(s.mentions?.names) && s.mentions.kinds instanceof Uint8Array && s.mentions.start instanceof Int32Array && s.mentions.pairs instanceof Int32Array))
  );
}

/**
 * The memo's state kept in `file` by this version of the tool, the generation of the cache it
 * is for, the build that kept it and its body's name; or null: none there, another version's,
 * damaged, or a head and a body of different placements.
 */
export async function loadPlacement(file: string, version: string): Promise<{ generation: string; build: string; body: string; state: PlacementState } | null> {
  const [head, s] = (await Promise.all([readSealedValue(headFile(file)), readSealedValue(file)])) as [PlacementHead | null, StoredPlacement | null];
  if (head?.format !== FORMAT || head.version !== version || typeof head.generation !== 'string' || typeof head.build !== 'string') return null;
  try {
    return s?.format === FORMAT && s.version === version && s.name === head.body && wellFormed(s) ? { generation: head.generation, build: head.build, body: s.name, state: unpack(s) } : null;
  } catch {
    return null;
  }
}
