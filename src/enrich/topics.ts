// Each article's topics, decided across the whole archive: what the seed states (front matter
// topics, under the name the text's mentions of them take; its source; its dateline) and what its text names (extracted per
// article, merged here across spellings), with the vocabulary of `topics.yml` winning over
// extraction and a minimum support keeping one-off names out.
import { agencyInLatin } from '../seeds/agencies.ts';
import { topicSlug } from '../seeds/slug.ts';
import { MAX_ARTICLE_TOPICS, MAX_TOPIC_NAME, type SeedRecord, TOPIC_KINDS, type TopicKind, type TopicRef } from '../types.ts';
import { Canonicaliser, datelinePlaces, givenTopicName, mentionKey, nameKey, sourceOrganization } from './entities.ts';
import { eachPackedMention } from './mentions.ts';
import { EMPTY_VOCABULARY, type Vocabulary, type VocabularyTopic } from './vocabulary.ts';

export { topicSlug };

function ref(name: string, kind: TopicKind): TopicRef {
  return { slug: topicSlug(name), name, kind };
}

function mostFrequent<T extends string>(counts: Map<T, number>): T {
  // Highest count wins; ties go to the alphabetically first, so the result does not depend on order.
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0]![0];
}

function tally<K, V extends string>(map: Map<K, Map<V, number>>, key: K, value: V, by = 1): void {
  const counts = map.get(key) ?? new Map<V, number>();
  counts.set(value, (counts.get(value) ?? 0) + by);
  map.set(key, counts);
}

/** What mergeTopics returns: each record's topics, and the names each topic was given, with their counts. */
export interface MergedTopics {
  lists: TopicRef[][];
  /** By the topic's slug. */
  names: Map<string, Map<string, number>>;
  /** Each topic by its slug. */
  canonical: Map<string, TopicRef>;
  /** The slug each slug of a group merged together (see `together`) became: the topic's, its name's. */
  moved: Map<string, string>;
}

/**
 * Merges topic references by slug: one topic per slug, named by its most frequent form and
 * of its most frequent kind. Returns each record's topics, canonical and without repeats, and
 * the names each topic was given, with their counts. `together`, given the distinct references,
 * may put slugs together (by a key of its own for each group): a group is one topic too, named
 * the same way (or by the name `preferred` says, the vocabulary's), under its name's slug.
 */
export function mergeTopics(
  refsPerRecord: TopicRef[][],
  together?: (refs: Iterable<TopicRef>) => Map<string, string>,
  preferred?: (name: string) => boolean,
): MergedTopics {
  // Most references are a few thousand objects used over and over (one per entity, see
  // articleTopics): counted by object first, then by slug over the distinct objects.
  const uses = new Map<TopicRef, number>();
  for (const refs of refsPerRecord) for (const r of refs) uses.set(r, (uses.get(r) ?? 0) + 1);
  const groups = together?.(uses.keys()) ?? new Map<string, string>();
  const keyOf = (slug: string): string => groups.get(slug) ?? slug;
  const names = new Map<string, Map<string, number>>();
  const kinds = new Map<string, Map<TopicKind, number>>();
  for (const [r, n] of uses) {
    tally(names, keyOf(r.slug), r.name, n);
    tally(kinds, keyOf(r.slug), r.kind, n);
  }
  const canonical = new Map<string, TopicRef>();
  const byKey = new Map<string, TopicRef>();
  const moved = new Map<string, string>();
  const merged = new Set(groups.values());
  for (const [key, n] of names) {
    const listed = merged.has(key) && preferred ? [...n.keys()].filter(preferred) : [];
    const name = listed.length ? mostFrequent(new Map(listed.map((x) => [x, n.get(x)!]))) : mostFrequent(n);
    const slug = merged.has(key) ? topicSlug(name) : key;
    const c = { slug, name, kind: mostFrequent(kinds.get(key)!) };
    byKey.set(key, c);
    canonical.set(slug, c);
  }
  for (const [slug, key] of groups) if (byKey.has(key)) moved.set(slug, byKey.get(key)!.slug);
  // The names by the topics' slugs.
  for (const key of merged) {
    const c = byKey.get(key);
    if (!c) continue;
    names.set(c.slug, names.get(key)!);
    names.delete(key);
  }
  // One canonical object per slug: a record's topics are told apart by object, looked up by object.
  const canonicalOf = new Map<TopicRef, TopicRef>();
  for (const r of uses.keys()) canonicalOf.set(r, byKey.get(keyOf(r.slug))!);
  const lists = refsPerRecord.map((refs) => {
    const out: TopicRef[] = [];
    // A few topics each, as a rule: looked for in the list, which a set would only outrun beyond dozens.
    const seen = refs.length > 32 ? new Set<TopicRef>() : null;
    for (const r of refs) {
      const c = canonicalOf.get(r)!;
      if (seen ? seen.has(c) : out.includes(c)) continue;
      seen?.add(c);
      out.push(c);
    }
    return out;
  });
  return { lists, names, canonical, moved };
}

/** The key of the group of an agency's slugs, until its name is decided: no topic's slug holds a NUL. */
const AGENCY_GROUP = '\0agency\0';

/**
 * Puts together the topics of an agency the archive names in several scripts (see agencies.ts):
 * `ТАСС` and `TASS`, `رويترز` and `Reuters`, `भाषा` and `PTI` are each one topic, under the name
 * the archive writes most (mergeTopics). An organisation's name in another script goes with the
 * topic its name in Latin letters is (`topicOf`: a source's, `AP` is the Associated Press), and
 * with whatever else has either slug.
 */
function agencyGroups(refs: Iterable<TopicRef>, topicOf: (latin: string) => TopicRef | null): Map<string, string> {
  const groups = new Map<string, string>();
  for (const r of refs) {
    if (r.kind !== 'organization') continue;
    const latin = agencyInLatin(r.name);
    if (latin === r.name) continue;
    const agency = topicOf(latin);
    if (!agency || agency.slug === '' || agency.slug === r.slug) continue;
    const group = groups.get(agency.slug) ?? groups.get(r.slug) ?? `${AGENCY_GROUP}${agency.slug}`;
    groups.set(agency.slug, group);
    groups.set(r.slug, group);
  }
  return groups;
}

/** Looks names up in the vocabulary: by canonical name or alias, spelled in any of the ways names fold. */
class VocabularyIndex {
  private readonly topics = new Map<string, VocabularyTopic>();
  private readonly suppressed = new Set<string>();

  constructor(readonly vocabulary: Vocabulary) {
    for (const name of vocabulary.suppress) this.suppressed.add(nameKey(name));
    for (const t of vocabulary.topics) for (const n of [t.name, ...t.aliases]) this.topics.set(nameKey(n), t);
  }

  suppresses(name: string): boolean {
    return this.suppressed.has(nameKey(name));
  }

  lookup(name: string): VocabularyTopic | undefined {
    return this.topics.get(nameKey(name));
  }
}

/**
 * Sorts the first `n` items of `items` by `before`, keeping the order of items neither comes
 * before: by insertion, as an article names a few entities (an array sort with a comparison
 * function, for each of 100,000 articles, took 0.3 s), and by a stable array sort beyond a few.
 */
function sortPrefix(items: Int32Array, n: number, before: (x: number, y: number) => boolean): void {
  if (n > 64) {
    const sorted = Array.from(items.subarray(0, n)).sort((x, y) => (before(x, y) ? -1 : before(y, x) ? 1 : 0));
    items.set(sorted);
    return;
  }
  for (let a = 1; a < n; a++) {
    const item = items[a]!;
    let b = a - 1;
    for (; b >= 0 && before(item, items[b]!); b--) items[b + 1] = items[b]!;
    items[b + 1] = item;
  }
}

/** Orders entities by name, then kind (code unit order, as the rest of the archive's ties). */
function compareNames(a: { name: string; kind: TopicKind }, b: { name: string; kind: TopicKind }): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0;
}

/** A map by name for each kind of topic. */
function byKind<V>(): Record<TopicKind, Map<string, V>> {
  return { person: new Map(), place: new Map(), organization: new Map(), subject: new Map() };
}

/**
 * Records' mentions, parsed once and kept from build to build, for `serve`: a rebuild parses
 * only the records read anew. Names are numbered once, for as long as the table lives; each
 * build numbers them again in the order it meets them, as without a table, so that the topics
 * do not depend on what earlier builds met. Parsing every record's mentions took 0.7 s of each
 * rebuild of 100,000 articles.
 */
export class MentionTable {
  private readonly ids = byKind<number>();
  readonly names: string[] = [];
  readonly kinds: TopicKind[] = [];
  /** Each record's mentions as pairs of name number and count, with the packed mentions they were read from. */
  private readonly parsed = new WeakMap<SeedRecord, { packed: string; pairs: Int32Array }>();
  /** How many records' mentions this table parsed (for tests). */
  parses = 0;

  /**
   * The mentions of `records` as parsed, to keep for a later process (see restore): null if any
   * is not parsed as it now is. Their names numbered anew, in the order the records meet them.
   */
  snapshot(records: readonly SeedRecord[]): MentionSnapshot | null {
    const start = new Int32Array(records.length + 1);
    const lists: Int32Array[] = [];
    for (let i = 0; i < records.length; i++) {
      const known = this.parsed.get(records[i]!);
      if (known?.packed !== records[i]!.mentions) return null;
      lists.push(known.pairs);
      start[i + 1] = start[i]! + known.pairs.length;
    }
    const pairs = new Int32Array(start[records.length]!);
    const renumbered = new Int32Array(this.names.length).fill(-1);
    const names: string[] = [];
    const kinds: number[] = [];
    lists.forEach((list, i) => {
      for (let k = 0; k < list.length; k += 2) {
        const id = list[k]!;
        if (renumbered[id]! < 0) {
          renumbered[id] = names.length;
          names.push(this.names[id]!);
          kinds.push(TOPIC_KINDS.indexOf(this.kinds[id]!));
        }
        pairs[start[i]! + k] = renumbered[id]!;
        pairs[start[i]! + k + 1] = list[k + 1]!;
      }
    });
    return { names, kinds: Uint8Array.from(kinds), start, pairs };
  }

  /**
   * Takes `snapshot` as the parse of `records`' mentions, as they are now: the records a
   * snapshot was taken of, or ones with the same mentions (see PlacementMemo.restore).
   * False, and nothing taken, if it is of another number of records.
   */
  restore(snapshot: MentionSnapshot, records: readonly SeedRecord[]): boolean {
    const { names, kinds, start, pairs } = snapshot;
    if (start.length !== records.length + 1 || kinds.length !== names.length || start[records.length] !== pairs.length) return false;
    for (let i = 0; i < records.length; i++) if (start[i + 1]! < start[i]! || (start[i + 1]! - start[i]!) % 2 !== 0) return false;
    for (let k = 0; k < pairs.length; k += 2) if (pairs[k]! < 0 || pairs[k]! >= names.length) return false;
    if (kinds.some((kind) => kind >= TOPIC_KINDS.length)) return false;
    const ids = names.map((name, k) => {
      const kind = TOPIC_KINDS[kinds[k]!]!;
      let id = this.ids[kind].get(name);
      if (id === undefined) {
        this.ids[kind].set(name, (id = this.names.length));
        this.names.push(name);
        this.kinds.push(kind);
      }
      return id;
    });
    // Into an empty table (a process's first build), the names keep their numbers; else the
    // pairs are renumbered. A copy either way: the snapshot's arrays may be views of a whole file's bytes.
    const own = ids.every((id, k) => id === k) ? pairs.slice() : pairs.map((x, k) => (k % 2 === 0 ? ids[x]! : x));
    records.forEach((r, i) => this.parsed.set(r, { packed: r.mentions, pairs: own.subarray(start[i]!, start[i + 1]!) }));
    return true;
  }

  /** Takes `from`'s parse as `to`'s, a record with the same mentions (`from` read again, say), if it has one. */
  follow(from: SeedRecord, to: SeedRecord): void {
    const known = this.parsed.get(from);
    if (known?.packed === to.mentions) this.parsed.set(to, known);
  }

  /** A record's mentions, as pairs of name number and count, in order. */
  pairsOf(r: SeedRecord): Int32Array {
    const known = this.parsed.get(r);
    if (known?.packed === r.mentions) return known.pairs;
    const pairs: number[] = [];
    this.parses++;
    eachPackedMention(r.mentions, (name, kind, count) => {
      let id = this.ids[kind].get(name);
      if (id === undefined) {
        this.ids[kind].set(name, (id = this.names.length));
        this.names.push(name);
        this.kinds.push(kind);
      }
      pairs.push(id, count);
    });
    const made = Int32Array.from(pairs);
    this.parsed.set(r, { packed: r.mentions, pairs: made });
    return made;
  }
}

/**
 * Records' mentions as a MentionTable parsed them (see MentionTable.snapshot): record i's pairs
 * of name number and count are `pairs[start[i] .. start[i + 1]]`, a name's kind its index in TOPIC_KINDS.
 */
export interface MentionSnapshot {
  names: string[];
  kinds: Uint8Array;
  start: Int32Array;
  pairs: Int32Array;
}

export interface ArticleTopics {
  /** Each record's topics, in the records' order: stated ones first, then the most named. */
  topics: TopicRef[][];
  /** Other spellings of each topic (by slug): vocabulary aliases and the variants merged into it. */
  aliases: Map<string, string[]>;
  /**
   * The topic each source, as seeds write it, is filed under (`Reuter` under Reuters, `ТАСС` under
   * whichever of ТАСС and TASS the archive writes most): the name the search's source filter and a
   * story's sources give it. A source that is no topic (too long, suppressed) is not here.
   */
  sources: Map<string, TopicRef>;
}

/**
 * Decides every record's topics. A name the text mentions becomes a topic when the vocabulary
 * names it, or when the archive mentions it at least `minMentions` times in all (a topic of
 * every article that names it), or when one article names it `minMentionsInArticle` times (a
 * topic of that article); suppressed names never do. Front matter topics are kept whatever their
 * count or suppression, under the name the text's mentions of them take; the source and the dateline are
 * topics whatever their count, under the vocabulary's names.
 */
export function articleTopics(records: readonly SeedRecord[], vocabulary: Vocabulary = EMPTY_VOCABULARY, table?: MentionTable): ArticleTopics {
  const index = new VocabularyIndex(vocabulary);
  const lookups = byKind<{ ref: TopicRef | null; listed: boolean }>();
  const lookup = (name: string, kind: TopicKind): { ref: TopicRef | null; listed: boolean } => {
    let found = lookups[kind].get(name);
    if (found === undefined) {
      const suppressed = index.suppresses(name);
      const v = suppressed ? undefined : index.lookup(name);
      found = { ref: suppressed ? null : v ? ref(v.name, v.kind) : ref(name, kind), listed: v !== undefined };
      lookups[kind].set(name, found);
    }
    return found;
  };
  const named = (name: string, kind: TopicKind): TopicRef | null => lookup(name, kind).ref;
  // Each distinct name (of a kind) gets a number, and each record's mentions become pairs of
  // numbers, name and count (see MentionTable): what follows works once per distinct name, and
  // per mention only on numbers. (1.5 million mentions of 100,000 records as objects, each
  // looked up in several maps, took 3.5 s and 400 MB.) This build numbers the names in the
  // order it meets them, through the table's numbers (a table of its own when none is kept).
  const known = table ?? new MentionTable();
  const pairs = records.map((r) => known.pairsOf(r));
  const local = new Int32Array(known.names.length).fill(-1);
  const nameOf: string[] = [];
  const kindOf: TopicKind[] = [];
  const total = new Float64Array(known.names.length);
  for (const list of pairs) {
    for (let k = 0; k < list.length; k += 2) {
      const global = list[k]!;
      let id = local[global]!;
      if (id < 0) {
        local[global] = id = nameOf.length;
        nameOf.push(known.names[global]!);
        kindOf.push(known.kinds[global]!);
      }
      total[id] = total[id]! + list[k + 1]!;
    }
  }
  // Spellings under each key, and the archive's canonical names: from the totals alone.
  const spellings = new Map<string, Map<string, number>>();
  const canonicaliser = new Canonicaliser();
  for (let id = 0; id < nameOf.length; id++) {
    tally(spellings, mentionKey(nameOf[id]!, kindOf[id]!), nameOf[id]!, total[id]!);
    canonicaliser.add(nameOf[id]!, kindOf[id]!, total[id]!);
  }
  // Each name's canonical entity, by number, with its topic (or null) and its key.
  interface Entity {
    name: string;
    kind: TopicKind;
    ref: TopicRef | null;
    listed: boolean;
    key: string;
  }
  const entities: Entity[] = [];
  const entityIds = new Map<string, number>();
  const entityOf = Int32Array.from(nameOf, (name, id) => {
    const { key, name: canonical } = canonicaliser.resolve(name, kindOf[id]!);
    let e = entityIds.get(key);
    if (e === undefined) {
      const kind = kindOf[id]!;
      const { ref: r, listed } = lookup(canonical, kind);
      entityIds.set(key, (e = entities.length));
      entities.push({ name: canonical, kind, ref: r, listed, key: mentionKey(canonical, kind) });
    }
    return e;
  });

  // Each record's entities and their counts, most named first (ties by name, then kind), as
  // canonicalise orders them; and each topic's support across the archive.
  // Entities ranked by name, then kind, once: records sort theirs by count, then rank. Equal
  // names and kinds share a rank, so that the sort keeps their order as a comparison of the names would.
  const byName = entities.map((_, e) => e).sort((x, y) => compareNames(entities[x]!, entities[y]!));
  const rankOf = new Int32Array(entities.length);
  byName.forEach((e, k) => (rankOf[e] = k > 0 && compareNames(entities[byName[k - 1]!]!, entities[e]!) === 0 ? rankOf[byName[k - 1]!]! : k));
  // Topics' support, by number: a map by slug, updated at each of 1.5 million mentions, took
  // 0.3 s at 100,000 articles.
  const slugNumbers = new Map<string, number>();
  const slugOf = Int32Array.from(entities, (e) => {
    if (!e.ref) return -1;
    let n = slugNumbers.get(e.ref.slug);
    if (n === undefined) slugNumbers.set(e.ref.slug, (n = slugNumbers.size));
    return n;
  });
  const support = new Float64Array(slugNumbers.size);
  const countOf = new Int32Array(entities.length);
  const entityStart = new Int32Array(records.length + 1);
  // At most one entry per mention, in flat arrays (record i's from entityStart[i] to entityStart[i + 1]).
  let mentions = 0;
  let most = 0;
  for (const list of pairs) {
    mentions += list.length / 2;
    most = Math.max(most, list.length / 2);
  }
  const entityList = new Int32Array(mentions);
  const entityCounts = new Int32Array(mentions);
  let listed = 0;
  const order = new Int32Array(most);
  // Entity x comes before y when more named, or as often and first by name.
  const before = (x: number, y: number): boolean => countOf[x]! > countOf[y]! || (countOf[x] === countOf[y] && rankOf[x]! < rankOf[y]!);
  pairs.forEach((list, i) => {
    let n = 0;
    for (let k = 0; k < list.length; k += 2) {
      const e = entityOf[local[list[k]!]!]!;
      if (countOf[e] === 0) order[n++] = e;
      countOf[e] = countOf[e]! + list[k + 1]!;
    }
    sortPrefix(order, n, before);
    for (let k = 0; k < n; k++) {
      const e = order[k]!;
      const slug = slugOf[e]!;
      if (slug >= 0) {
        support[slug] = support[slug]! + countOf[e]!;
        entityList[listed] = e;
        entityCounts[listed++] = countOf[e]!;
      }
      countOf[e] = 0;
    }
    entityStart[i + 1] = listed;
  });
  // A seed's own topics (front matter) under the name the text's mentions of them take, so that
  // `topics: [ASEAN]` and the text's "Association of Southeast Asian Nations (ASEAN)" are one
  // topic; unless the vocabulary suppresses that name, as given.
  const givenRefs = new Map<string, TopicRef>();
  // The names given that another name took over (`ASEAN`): the topic's other spellings.
  const givenSpellings = new Map<string, Set<string>>();
  const givenRef = (t: TopicRef): TopicRef => {
    const cacheKey = `${t.kind}\0${t.name}`;
    let out = givenRefs.get(cacheKey);
    if (out === undefined) {
      const built = givenTopicName(t.name, t.kind);
      const name = canonicaliser.resolveKnown(built.name, built.kind)?.name ?? built.name;
      // The vocabulary's name and kind when it lists the name (`topics: [Geneva process]` under
      // its alias's topic, `Geneva talks`); a suppressed name stays as given.
      const found = lookup(name, built.kind);
      out = found.listed ? found.ref! : name === t.name && built.kind === t.kind ? t : (found.ref ?? t);
      givenRefs.set(cacheKey, out);
      if (out !== t) {
        const set = givenSpellings.get(out.slug);
        if (set) set.add(t.name);
        else givenSpellings.set(out.slug, new Set([t.name]));
      }
    }
    return out;
  };
  // The entities kept as a topic of some article: their names (keys) are the topics' other
  // spellings, gathered once, at the end.
  const kept = new Uint8Array(entities.length);
  // Each source's topic, as named before merging.
  const sourceRefs = new Map<string, TopicRef>();
  const refs = records.map((r, i) => {
    const out: TopicRef[] = [];
    // A source or dateline too long to be a name stays the article's source or dateline, not a topic.
    const add = (t: TopicRef | null): t is TopicRef => {
      if (!t || t.slug === '' || t.name.length > MAX_TOPIC_NAME) return false;
      out.push(t);
      return true;
    };
    for (const t of r.topics) add(givenRef(t));
    if (r.source) {
      const t = named(sourceOrganization(r.source), 'organization');
      if (add(t)) sourceRefs.set(r.source, t);
    }
    if (r.dateline) for (const place of datelinePlaces(r.dateline)) add(named(place, 'place'));
    for (let k = entityStart[i]!; k < entityStart[i + 1]!; k++) {
      const id = entityList[k]!;
      const e = entities[id]!;
      if (!(e.listed || entityCounts[k]! >= vocabulary.minMentionsInArticle || support[slugOf[id]!]! >= vocabulary.minMentions)) continue;
      add(e.ref);
      kept[id] = 1;
    }
    return out;
  });
  const keysOf = new Map<string, Set<string>>();
  entities.forEach((e, id) => {
    if (!kept[id]) return;
    const set = keysOf.get(e.ref!.slug);
    if (set) set.add(e.key);
    else keysOf.set(e.ref!.slug, new Set([e.key]));
  });
  // An agency the archive names in several scripts is one topic (see agencyGroups); a name the
  // vocabulary lists names it, else the one written most.
  const merged = mergeTopics(
    refs,
    (distinct) => agencyGroups(distinct, (latin) => named(sourceOrganization(latin), 'organization')),
    (name) => index.lookup(name)?.name === name,
  );
  const { lists: topics, names: spellingsBySlug } = merged;
  // The slugs each merged topic had before (its spellings are theirs too).
  const slugsBefore = new Map<string, string[]>();
  for (const [before, slug] of merged.moved) slugsBefore.set(slug, [...(slugsBefore.get(slug) ?? []), before]);
  const sources = new Map<string, TopicRef>();
  for (const [source, t] of sourceRefs) sources.set(source, merged.canonical.get(merged.moved.get(t.slug) ?? t.slug)!);
  for (const list of topics) if (list.length > MAX_ARTICLE_TOPICS) list.length = MAX_ARTICLE_TOPICS;

  const names = new Map<string, string>();
  for (const list of topics) for (const t of list) names.set(t.slug, t.name);
  const aliases = new Map<string, string[]>();
  for (const [slug, name] of names) {
    const set = new Set<string>();
    const before = slugsBefore.get(slug) ?? [slug];
    for (const s of before) for (const key of keysOf.get(s) ?? []) for (const spelling of spellings.get(key)?.keys() ?? []) set.add(spelling);
    // And the names merged into it from front matter, sources and datelines ("C Plus Plus" into "C++").
    for (const spelling of spellingsBySlug.get(slug)?.keys() ?? []) set.add(spelling);
    for (const s of before) for (const spelling of givenSpellings.get(s) ?? []) set.add(spelling);
    const v = index.lookup(name);
    if (v && topicSlug(v.name) === slug) for (const a of v.aliases) set.add(a);
    set.delete(name);
    aliases.set(slug, [...set].sort());
  }
  return { topics, aliases, sources };
}
