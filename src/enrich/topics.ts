// Topics from what a seed states: front matter topics, the source and the dateline.
// Extraction of people, places and organisations from the text is a later stage that
// feeds the same merge.
import { slugify } from '../seeds/slug.ts';
import type { SeedRecord, TopicKind, TopicRef } from '../types.ts';

/** The topics one record names, before they are merged across the archive. */
export function statedTopics(record: SeedRecord): TopicRef[] {
  const refs: TopicRef[] = [...record.topics];
  if (record.source) refs.push({ slug: slugify(record.source), name: record.source, kind: 'organization' });
  if (record.dateline) refs.push({ slug: slugify(record.dateline), name: record.dateline, kind: 'place' });
  return refs.filter((r) => r.slug !== '');
}

function mostFrequent<T extends string>(counts: Map<T, number>): T {
  // Highest count wins; ties go to the alphabetically first, so the result does not depend on order.
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0]![0];
}

/**
 * Merges topic references by slug: one topic per slug, named by its most frequent form and
 * of its most frequent kind. Returns each record's topics, canonical and without repeats.
 */
export function mergeTopics(refsPerRecord: TopicRef[][]): TopicRef[][] {
  const names = new Map<string, Map<string, number>>();
  const kinds = new Map<string, Map<TopicKind, number>>();
  for (const refs of refsPerRecord) {
    for (const ref of refs) {
      const n = names.get(ref.slug) ?? new Map<string, number>();
      n.set(ref.name, (n.get(ref.name) ?? 0) + 1);
      names.set(ref.slug, n);
      const k = kinds.get(ref.slug) ?? new Map<TopicKind, number>();
      k.set(ref.kind, (k.get(ref.kind) ?? 0) + 1);
      kinds.set(ref.slug, k);
    }
  }
  const canonical = new Map<string, TopicRef>();
  for (const [slug, n] of names) {
    canonical.set(slug, { slug, name: mostFrequent(n), kind: mostFrequent(kinds.get(slug)!) });
  }
  return refsPerRecord.map((refs) => {
    const seen = new Set<string>();
    const out: TopicRef[] = [];
    for (const ref of refs) {
      if (seen.has(ref.slug)) continue;
      seen.add(ref.slug);
      out.push(canonical.get(ref.slug)!);
    }
    return out;
  });
}
