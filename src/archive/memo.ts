// What the last build of this process decided in placing its records, kept for `serve`: a rebuild
// whose records differ from the last one's only where these decisions do not look decides
// nothing again. Choosing the articles (sorting, folding duplicates, slugs), deciding their
// topics and indexing the topics are passes over the whole archive (0.4 s, 0.9 s and 0.4 s of
// each rebuild at 100,000 articles), and an edit of one seed's text, the most common change
// under `serve`, changes none of them. Each decision is reused only when every input it reads
// is the same; otherwise it is made anew, as without a memo: the result never depends on the
// memo (tests/archive/memo.test.ts).
import { articleTopics, type ArticleTopics, MentionTable } from '../enrich/topics.ts';
import type { Vocabulary } from '../enrich/vocabulary.ts';
import type { Article, SeedRecord, TopicRef } from '../types.ts';
import { chooseArticles, type ChosenArticles } from './build.ts';
import type { Topic } from './types.ts';

const sameList = <T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean = Object.is): boolean => a.length === b.length && a.every((x, i) => same(x, b[i]!));

/**
 * Whether choosing reads the same of both records, but their fingerprints (see PlacementMemo.choose):
 * the order (date, time, file), drafts, and what slugs and old paths come from.
 */
function sameForChoosing(a: SeedRecord, b: SeedRecord): boolean {
  return (
    a.file === b.file && a.id === b.id && a.date === b.date && a.time === b.time && a.draft === b.draft && a.format === b.format && a.title === b.title &&
    a.slug === b.slug && a.slugLine === b.slugLine && a.aliasLine === b.aliasLine && a.permalinkAlias === b.permalinkAlias && sameList(a.aliases, b.aliases)
  );
}

const sameRef = (a: TopicRef, b: TopicRef): boolean => a.slug === b.slug && a.name === b.name && a.kind === b.kind;

/** Whether deciding topics reads the same of both records: their mentions, given topics, source and dateline. */
function sameForTopics(a: SeedRecord, b: SeedRecord): boolean {
  return a.file === b.file && a.mentions === b.mentions && a.source === b.source && a.dateline === b.dateline && sameList(a.topics, b.topics, sameRef);
}

/** How many of these records have each fingerprint. */
function countFingerprints(records: Iterable<SeedRecord>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of records) counts.set(r.fingerprint, (counts.get(r.fingerprint) ?? 0) + 1);
  return counts;
}

/** The last build's choice, and what it was made of: its records by file, and how many have each fingerprint. */
interface LastChoice {
  byFile: Map<string, SeedRecord>;
  fingerprints: Map<string, number>;
  keepDuplicates: boolean;
  result: ChosenArticles;
}

/**
 * What a memo holds, with records named by their files: what a one-off build keeps on disk for
 * the next (see placement-file.ts), which takes the records from the record cache.
 */
export interface PlacementState {
  chosen: { keepDuplicates: boolean; result: Omit<ChosenArticles, 'records'> & { records: string[] } } | null;
  decided: { files: string[]; vocabulary: string; result: ArticleTopics } | null;
  indexed: { topics: readonly (readonly TopicRef[])[]; dates: readonly string[]; aliases: ReadonlyMap<string, string[]>; result: Topic[] } | null;
}

export class PlacementMemo {
  private chosen: LastChoice | null = null;
  private decided: { records: readonly SeedRecord[]; vocabulary: string; result: ArticleTopics } | null = null;
  /** The records' mentions, parsed once each (see MentionTable). */
  private readonly mentions = new MentionTable();
  private indexed: { topics: readonly (readonly TopicRef[])[]; dates: readonly string[]; aliases: ReadonlyMap<string, string[]>; result: Topic[] } | null = null;
  /** Which decisions the last call of each kind reused, for `--verbose`. */
  readonly reused = { choice: false, topics: false, index: false };

  /** Whether the memo holds a decision: none before the first build, or restore. */
  get empty(): boolean {
    return this.chosen === null && this.decided === null && this.indexed === null;
  }

  /** What the memo holds, its records named by their files (see PlacementState). Shares the memo's decisions: not to be changed. */
  state(): PlacementState {
    const { chosen, decided, indexed } = this;
    const chosenFiles = chosen ? chosen.result.records.map((r) => r.file) : [];
    // Most often the very records chosen: their files then serialise once.
    const decidedFiles = decided && chosen && decided.records === chosen.result.records ? chosenFiles : (decided?.records.map((r) => r.file) ?? []);
    return {
      chosen: chosen ? { keepDuplicates: chosen.keepDuplicates, result: { ...chosen.result, records: chosenFiles } } : null,
      decided: decided ? { files: decidedFiles, vocabulary: decided.vocabulary, result: decided.result } : null,
      indexed,
    };
  }

  /**
   * Takes the decisions a state describes, `records` being every record of the build it was
   * taken after, by file. Nothing is taken, and false returned, if a record it names is not
   * there (the state is of other records).
   */
  restore(state: PlacementState, records: ReadonlyMap<string, SeedRecord>): boolean {
    const named = (files: readonly string[]): SeedRecord[] | null => {
      const found: SeedRecord[] = [];
      for (const file of files) {
        const r = records.get(file);
        if (!r) return null;
        found.push(r);
      }
      return found;
    };
    const chosen = state.chosen ? named(state.chosen.result.records) : null;
    // Most often the very records chosen (see state): restored as the same array, as they were.
    const decided = state.decided ? (state.decided.files === state.chosen?.result.records ? chosen : named(state.decided.files)) : null;
    if ((state.chosen && !chosen) || (state.decided && !decided)) return false;
    if (state.chosen) {
      this.chosen = { byFile: new Map(records), fingerprints: countFingerprints(records.values()), keepDuplicates: state.chosen.keepDuplicates, result: { ...state.chosen.result, records: chosen! } };
    }
    this.decided = state.decided ? { records: decided!, vocabulary: state.decided.vocabulary, result: state.decided.result } : null;
    this.indexed = state.indexed;
    return true;
  }

  /**
   * chooseArticles, reused when every record is the one of the last build or reads the same
   * (sameForChoosing), and no fingerprint that changed was or becomes another's: then no
   * duplicate is folded differently, and the articles are the same, in the same order.
   */
  choose(records: SeedRecord[], keepDuplicates: boolean): ChosenArticles {
    const last = this.chosen;
    const reused = last && last.keepDuplicates === keepDuplicates ? reuseChosen(last, records) : null;
    this.reused.choice = reused !== null;
    if (reused) return reused;
    const result = chooseArticles(records, { keepDuplicates });
    this.chosen = { byFile: new Map(records.map((r) => [r.file, r])), fingerprints: countFingerprints(records), keepDuplicates, result };
    return result;
  }

  /**
   * collectTopics, reused when the articles have the topics of the last build, in the same arrays
   * (see topics: the same decision), on the same dates, with the same other spellings: the topics'
   * articles, first and last dates and co-occurring topics are then the same (0.4 s of a rebuild at 100,000).
   */
  topicIndex(articles: readonly Article[], aliases: Map<string, string[]>, collect: () => Topic[]): Topic[] {
    const last = this.indexed;
    this.reused.index = last !== null && last.aliases === aliases && last.topics.length === articles.length && articles.every((a, i) => a.topics === last.topics[i] && a.date === last.dates[i]);
    if (this.reused.index) return last!.result;
    const result = collect();
    this.indexed = { topics: articles.map((a) => a.topics), dates: articles.map((a) => a.date), aliases, result };
    return result;
  }

  /** articleTopics, reused when the records are in the same order and each reads the same (sameForTopics), under the same vocabulary. */
  topics(records: readonly SeedRecord[], vocabulary: Vocabulary): ArticleTopics {
    const key = JSON.stringify(vocabulary);
    const last = this.decided;
    this.reused.topics = last !== null && last.vocabulary === key && sameList(last.records, records, (a, b) => a === b || sameForTopics(a, b));
    if (last && this.reused.topics) {
      this.decided = { records, vocabulary: key, result: last.result };
      return last.result;
    }
    const result = articleTopics(records, vocabulary, this.mentions);
    this.decided = { records, vocabulary: key, result };
    return result;
  }
}

/** The last choice with this build's records in it, or null when it may not hold (see PlacementMemo.choose); updates the memo's records. */
function reuseChosen(last: LastChoice, records: readonly SeedRecord[]): ChosenArticles | null {
  if (records.length !== last.byFile.size) return null;
  const changed: [SeedRecord, SeedRecord][] = [];
  for (const r of records) {
    const before = last.byFile.get(r.file);
    if (before === r) continue;
    if (!before || !sameForChoosing(before, r)) return null;
    changed.push([before, r]);
  }
  // A fingerprint that changes must have been its record's alone, and be so still: counted with
  // the changes made one at a time, any doubt (two records trading texts) chooses anew.
  const counts = new Map<string, number>();
  const count = (fingerprint: string): number => counts.get(fingerprint) ?? last.fingerprints.get(fingerprint) ?? 0;
  for (const [before, now] of changed) {
    if (before.fingerprint === now.fingerprint) continue;
    if (count(before.fingerprint) !== 1 || count(now.fingerprint) !== 0) return null;
    counts.set(before.fingerprint, 0);
    counts.set(now.fingerprint, 1);
  }
  for (const [fingerprint, n] of counts) {
    if (n === 0) last.fingerprints.delete(fingerprint);
    else last.fingerprints.set(fingerprint, n);
  }
  for (const [, now] of changed) last.byFile.set(now.file, now);
  const result = { ...last.result, records: last.result.records.map((r) => last.byFile.get(r.file)!) };
  last.result = result;
  return result;
}
