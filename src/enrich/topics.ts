// Each article's topics, decided across the whole archive: what the seed states (front matter
// topics, kept as given; its source; its dateline) and what its text names (extracted per
// article, merged here across spellings), with the vocabulary of `topics.yml` winning over
// extraction and a minimum support keeping one-off names out.
import { topicSlug } from '../seeds/slug.ts';
import { MAX_ARTICLE_TOPICS, MAX_TOPIC_NAME, type SeedRecord, type TopicKind, type TopicRef } from '../types.ts';
import { Canonicaliser, mentionKey, nameKey } from './entities.ts';
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

/**
 * Merges topic references by slug: one topic per slug, named by its most frequent form and
 * of its most frequent kind. Returns each record's topics, canonical and without repeats.
 */
export function mergeTopics(refsPerRecord: TopicRef[][]): TopicRef[][] {
  // Most references are a few thousand objects used over and over (one per entity, see
  // articleTopics): counted by object first, then by slug over the distinct objects.
  const uses = new Map<TopicRef, number>();
  for (const refs of refsPerRecord) for (const r of refs) uses.set(r, (uses.get(r) ?? 0) + 1);
  const names = new Map<string, Map<string, number>>();
  const kinds = new Map<string, Map<TopicKind, number>>();
  for (const [r, n] of uses) {
    tally(names, r.slug, r.name, n);
    tally(kinds, r.slug, r.kind, n);
  }
  const canonical = new Map<string, TopicRef>();
  for (const [slug, n] of names) canonical.set(slug, { slug, name: mostFrequent(n), kind: mostFrequent(kinds.get(slug)!) });
  return refsPerRecord.map((refs) => {
    const seen = new Set<string>();
    const out: TopicRef[] = [];
    for (const r of refs) {
      if (seen.has(r.slug)) continue;
      seen.add(r.slug);
      out.push(canonical.get(r.slug)!);
    }
    return out;
  });
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

/** Orders entities by name, then kind (code unit order, as the rest of the archive's ties). */
function compareNames(a: { name: string; kind: TopicKind }, b: { name: string; kind: TopicKind }): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0;
}

/** A map by name for each kind of topic. */
function byKind<V>(): Record<TopicKind, Map<string, V>> {
  return { person: new Map(), place: new Map(), organization: new Map(), subject: new Map() };
}

export interface ArticleTopics {
  /** Each record's topics, in the records' order: stated ones first, then the most named. */
  topics: TopicRef[][];
  /** Other spellings of each topic (by slug): vocabulary aliases and the variants merged into it. */
  aliases: Map<string, string[]>;
}

/**
 * Decides every record's topics. A name the text mentions becomes a topic when the vocabulary
 * names it, or when the archive mentions it at least `minMentions` times in all (a topic of
 * every article that names it), or when one article names it `minMentionsInArticle` times (a
 * topic of that article); suppressed names never do. Front matter topics are kept as given; the source and the dateline are
 * topics whatever their count, under the vocabulary's names.
 */
export function articleTopics(records: readonly SeedRecord[], vocabulary: Vocabulary = EMPTY_VOCABULARY): ArticleTopics {
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
  // Each distinct name (of a kind) gets a number, and the records' mentions become numbers and
  // counts in two flat arrays (record i's from start[i] to start[i + 1]): what follows works
  // once per distinct name, and per mention only on numbers. (1.5 million mentions of 100,000
  // records as objects, each looked up in several maps, took 3.5 s and 400 MB.)
  const ids = byKind<number>();
  const nameOf: string[] = [];
  const kindOf: TopicKind[] = [];
  const total: number[] = [];
  const start = new Int32Array(records.length + 1);
  const mentionIds: number[] = [];
  const mentionCounts: number[] = [];
  records.forEach((r, i) => {
    eachPackedMention(r.mentions, (name, kind, count) => {
      let id = ids[kind].get(name);
      if (id === undefined) {
        ids[kind].set(name, (id = nameOf.length));
        nameOf.push(name);
        kindOf.push(kind);
        total.push(0);
      }
      total[id] = total[id]! + count;
      mentionIds.push(id);
      mentionCounts.push(count);
    });
    start[i + 1] = mentionIds.length;
  });
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
  const entityList: number[] = [];
  const entityCounts: number[] = [];
  const order: number[] = [];
  records.forEach((_, i) => {
    order.length = 0;
    for (let k = start[i]!; k < start[i + 1]!; k++) {
      const e = entityOf[mentionIds[k]!]!;
      if (countOf[e] === 0) order.push(e);
      countOf[e] = countOf[e]! + mentionCounts[k]!;
    }
    order.sort((x, y) => countOf[y]! - countOf[x]! || rankOf[x]! - rankOf[y]!);
    for (const e of order) {
      const slug = slugOf[e]!;
      if (slug >= 0) {
        support[slug] = support[slug]! + countOf[e]!;
        entityList.push(e);
        entityCounts.push(countOf[e]!);
      }
      countOf[e] = 0;
    }
    entityStart[i + 1] = entityList.length;
  });
  // The entities kept as a topic of some article: their names (keys) are the topics' other
  // spellings, gathered once, at the end.
  const kept = new Uint8Array(entities.length);
  const refs = records.map((r, i) => {
    const stated: TopicRef[] = [...r.topics];
    for (const [name, kind] of [[r.source, 'organization'], [r.dateline, 'place']] as const) {
      const t = name ? named(name, kind) : null;
      if (t) stated.push(t);
    }
    const found: TopicRef[] = [];
    for (let k = entityStart[i]!; k < entityStart[i + 1]!; k++) {
      const id = entityList[k]!;
      const e = entities[id]!;
      if (!(e.listed || entityCounts[k]! >= vocabulary.minMentionsInArticle || support[slugOf[id]!]! >= vocabulary.minMentions)) continue;
      found.push(e.ref!);
      kept[id] = 1;
    }
    // A source or dateline too long to be a name stays the article's source or dateline, not a topic.
    return [...stated, ...found].filter((t) => t.slug !== '' && t.name.length <= MAX_TOPIC_NAME);
  });
  const keysOf = new Map<string, Set<string>>();
  entities.forEach((e, id) => {
    if (!kept[id]) return;
    const set = keysOf.get(e.ref!.slug);
    if (set) set.add(e.key);
    else keysOf.set(e.ref!.slug, new Set([e.key]));
  });
  const topics = mergeTopics(refs);
  for (const list of topics) if (list.length > MAX_ARTICLE_TOPICS) list.length = MAX_ARTICLE_TOPICS;

  const names = new Map<string, string>();
  for (const list of topics) for (const t of list) names.set(t.slug, t.name);
  const aliases = new Map<string, string[]>();
  for (const [slug, name] of names) {
    const set = new Set<string>();
    for (const key of keysOf.get(slug) ?? []) for (const spelling of spellings.get(key)?.keys() ?? []) set.add(spelling);
    const v = index.lookup(name);
    if (v && topicSlug(v.name) === slug) for (const a of v.aliases) set.add(a);
    set.delete(name);
    aliases.set(slug, [...set].sort());
  }
  return { topics, aliases };
}
