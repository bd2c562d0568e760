// Each article's topics, decided across the whole archive: what the seed states (front matter
// topics, kept as given; its source; its dateline) and what its text names (extracted per
// article, merged here across spellings), with the vocabulary of `topics.yml` winning over
// extraction and a minimum support keeping one-off names out.
import { createHash } from 'node:crypto';
import { slugify } from '../seeds/slug.ts';
import type { Mention, SeedRecord, TopicKind, TopicRef } from '../types.ts';
import { canonicalise, nameKey } from './entities.ts';
import { unpackMentions } from './mentions.ts';
import { EMPTY_VOCABULARY, type Vocabulary, type VocabularyTopic } from './vocabulary.ts';

/** A topic's URL segment: its name as a slug, or, for a name with no Latin letters or digits, a short hash of it. */
export function topicSlug(name: string): string {
  return slugify(name) || `t-${createHash('sha256').update(name.normalize('NFC')).digest('hex').slice(0, 10)}`;
}

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
  const names = new Map<string, Map<string, number>>();
  const kinds = new Map<string, Map<TopicKind, number>>();
  for (const refs of refsPerRecord) {
    for (const r of refs) {
      tally(names, r.slug, r.name);
      tally(kinds, r.slug, r.kind);
    }
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
  // Names repeat across thousands of articles: each distinct (kind, name) is looked up once, in
  // a map per kind (a key joining kind and name would be a new string to hash for every mention).
  const keys = byKind<string>();
  const keyOf = (m: Mention): string => {
    const known = keys[m.kind];
    let key = known.get(m.name);
    if (key === undefined) known.set(m.name, (key = `${m.kind}:${nameKey(m.name, m.kind)}`));
    return key;
  };
  const mentions = records.map((r) => unpackMentions(r.mentions));
  const spellings = new Map<string, Map<string, number>>();
  for (const list of mentions) for (const m of list) tally(spellings, keyOf(m), m.name, m.count);

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
  const canonical: Mention[][] = canonicalise(mentions);
  const support = new Map<string, number>();
  const extracted = canonical.map((mentions) =>
    [...mentions]
      .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .flatMap((m) => {
        const { ref: r, listed } = lookup(m.name, m.kind);
        if (!r) return [];
        support.set(r.slug, (support.get(r.slug) ?? 0) + m.count);
        return [{ ref: r, count: m.count, listed, key: keyOf(m) }];
      }),
  );
  // The names (keys) each topic was found under; their spellings are gathered once, at the end.
  const keysOf = new Map<string, Set<string>>();
  const refs = records.map((r, i) => {
    const stated: TopicRef[] = [...r.topics];
    for (const [name, kind] of [[r.source, 'organization'], [r.dateline, 'place']] as const) {
      const t = name ? named(name, kind) : null;
      if (t) stated.push(t);
    }
    const kept = extracted[i]!.filter(
      (e) => e.listed || e.count >= vocabulary.minMentionsInArticle || (support.get(e.ref.slug) ?? 0) >= vocabulary.minMentions,
    );
    for (const e of kept) {
      const set = keysOf.get(e.ref.slug);
      if (set) set.add(e.key);
      else keysOf.set(e.ref.slug, new Set([e.key]));
    }
    return [...stated, ...kept.map((e) => e.ref)].filter((t) => t.slug !== '');
  });
  const topics = mergeTopics(refs);

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
