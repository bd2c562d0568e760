// Topics decided anew, handed on in the last decision's arrays and objects wherever they came out
// the same. An addition, a deletion, or an edit that changes what a seed mentions decides every
// record's topics again (see PlacementMemo.topics), and most come out as they were: with their
// last arrays, what is made of the topics downstream (the topic index, the relation's topic lists)
// sees at once, by identity, that nothing changed for those articles, and is reused whole or
// updated where something did.
import type { ArticleTopics } from '../enrich/topics.ts';
import type { SeedRecord, TopicRef } from '../types.ts';
import { sameList } from './topic-index.ts';

const sameRef = (a: TopicRef, b: TopicRef): boolean => a.slug === b.slug && a.name === b.name && a.kind === b.kind;

/**
 * `now`, the topics of `records` decided anew, with the last decision's (`was`, of
 * `lastRecords`) arrays, maps and topic references wherever they are the same: a record's list
 * where the record (by file) has the same topics as before, the aliases and sources where none
 * changed, and the reference of every topic whose slug, name and kind are as before, in every
 * list, so that each topic is still one object (lists are looked up by object: see mergeTopics).
 * The result equals `now` in every value; `was` itself when nothing changed.
 */
export function keepLastTopics(was: ArticleTopics, lastRecords: readonly SeedRecord[], now: ArticleTopics, records: readonly SeedRecord[]): ArticleTopics {
  // The last list of a record's file: most often at the same index, or shifted by the records added or removed before it.
  let index: Map<string, number> | null = null;
  let shift = 0;
  const lastOf = (i: number): TopicRef[] | undefined => {
    const file = records[i]!.file;
    if (lastRecords[i + shift]?.file !== file) {
      index ??= new Map(lastRecords.map((r, k) => [r.file, k]));
      const k = index.get(file);
      if (k === undefined) return undefined;
      shift = k - i;
    }
    return was.topics[i + shift];
  };
  // Each reference of this decision met so far, with the last decision's of the same topic (its
  // slug, name and kind), or itself where none is: a list is compared by object, each reference's
  // strings once (comparing them in every list took 0.2 s at 100,000 articles).
  const kept = new Map<TopicRef, TopicRef>();
  // The last decision's reference of each slug, gathered only if some reference is not met in a list kept.
  let lastRefs: Map<string, TopicRef> | null = null;
  const keep = (t: TopicRef): TopicRef => {
    let out = kept.get(t);
    if (out === undefined) {
      if (!lastRefs) {
        lastRefs = new Map();
        for (const list of was.topics) for (const r of list) if (!lastRefs.has(r.slug)) lastRefs.set(r.slug, r);
        for (const r of was.sources.values()) if (!lastRefs.has(r.slug)) lastRefs.set(r.slug, r);
      }
      const before = lastRefs.get(t.slug);
      kept.set(t, (out = before && sameRef(before, t) ? before : t));
    }
    return out;
  };
  const same = (before: readonly TopicRef[], list: readonly TopicRef[]): boolean => {
    if (before.length !== list.length) return false;
    for (let k = 0; k < list.length; k++) {
      const t = list[k]!;
      const known = kept.get(t);
      if (known === undefined) {
        // The last decision holds one object for each slug (see mergeTopics): this one's.
        if (!sameRef(before[k]!, t)) return false;
        kept.set(t, before[k]!);
      } else if (known !== before[k]) return false;
    }
    return true;
  };
  const topics = now.topics.map((list, i) => {
    const before = lastOf(i);
    return before && same(before, list) ? before : list.map(keep);
  });
  const sources = new Map<string, TopicRef>();
  let sameSources = was.sources.size === now.sources.size;
  for (const [source, t] of now.sources) {
    const ref = keep(t);
    sources.set(source, ref);
    if (was.sources.get(source) !== ref) sameSources = false;
  }
  let sameAliases = was.aliases.size === now.aliases.size;
  if (sameAliases) {
    for (const [slug, list] of now.aliases) {
      const before = was.aliases.get(slug);
      if (!before || !sameList(before, list)) {
        sameAliases = false;
        break;
      }
    }
  }
  if (sameSources && sameAliases && sameList(topics, was.topics)) return was;
  return { topics, aliases: sameAliases ? was.aliases : now.aliases, sources: sameSources ? was.sources : sources };
}
