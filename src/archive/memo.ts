// What the last build of this process decided in placing its records, kept for `serve`: a rebuild
// whose records differ from the last one's only where these decisions do not look decides
// nothing again. Choosing the articles (sorting, folding duplicates, slugs), deciding their
// topics and indexing the topics are passes over the whole archive (0.4 s, 0.9 s and 0.4 s of
// each rebuild at 100,000 articles), and an edit of one seed's text, the most common change
// under `serve`, changes none of them. Each decision is reused only when every input it reads
// is the same; updated where few records came, went or moved (the choice, the topic index);
// otherwise made anew, as without a memo: the result never depends on the memo
// (tests/archive/memo.test.ts).
import { articleTopics, type ArticleTopics, type MentionSnapshot, MentionTable } from '../enrich/topics.ts';
import type { Vocabulary } from '../enrich/vocabulary.ts';
import type { Article, SeedRecord } from '../types.ts';
import { chooseArticles, type ChosenArticles } from './build.ts';
import { assignSlugs, byPublication } from './slugs.ts';
import { type IndexedTopics, sameList, sameTopics, updateTopics } from './topic-index.ts';
import { keepLastTopics } from './topic-reuse.ts';
import type { Topic } from './types.ts';

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

/** Whether deciding topics reads the same of both records: their mentions, given topics, source and dateline. */
function sameForTopics(a: SeedRecord, b: SeedRecord): boolean {
  return a.file === b.file && a.mentions === b.mentions && a.source === b.source && a.dateline === b.dateline && sameTopics(a.topics, b.topics);
}

/** Whether a record asks for old paths, whose claims reach across days (see claimAliases): a choice with any is updated only where no record moves. */
const hasOldPaths = (r: SeedRecord): boolean => r.aliases.length > 0 || r.permalinkAlias !== undefined;

/** How many of these records ask for old paths. */
function countOldPaths(records: Iterable<SeedRecord>): number {
  let n = 0;
  for (const r of records) if (hasOldPaths(r)) n++;
  return n;
}

/** How many of these records have each fingerprint. */
function countFingerprints(records: Iterable<SeedRecord>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of records) counts.set(r.fingerprint, (counts.get(r.fingerprint) ?? 0) + 1);
  return counts;
}

/** At most this many fingerprints asked for are counted by a pass over the records each (see fingerprintCount). */
const FEW_FINGERPRINTS = 8;

/**
 * How many of the last choice's records have a fingerprint, for `asked` fingerprints: by a pass
 * over the records for each of a few (an edit's two), from a map of them all, made once, for
 * more. Counting 100,000 records' fingerprints into a map took 0.1 s of every one-off rebuild.
 */
function fingerprintCount(last: LastChoice, asked: number): (fingerprint: string) => number {
  if (last.fingerprints === null && asked > FEW_FINGERPRINTS) last.fingerprints = countFingerprints(last.byFile.values());
  const counted = last.fingerprints;
  if (counted) return (fingerprint) => counted.get(fingerprint) ?? 0;
  return (fingerprint) => {
    let n = 0;
    for (const r of last.byFile.values()) if (r.fingerprint === fingerprint) n++;
    return n;
  };
}

/** The last build's choice, and what it was made of: its records by file, and how many have each fingerprint. */
interface LastChoice {
  byFile: Map<string, SeedRecord>;
  /** The records as the last build gave them, in order, when known: most are at the same place in the next (see updateChosen). */
  records: readonly SeedRecord[] | null;
  /** Null until a build asks for many (see fingerprintCount). */
  fingerprints: Map<string, number> | null;
  /** How many records ask for old paths (see hasOldPaths). */
  withOldPaths: number;
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
  indexed: Indexed | null;
  /** The decided records' mentions as parsed (see MentionTable.snapshot): a process that takes the state up parses none of them again. */
  mentions: MentionSnapshot | null;
}

/** The last topic index, and what it was made of (see IndexedTopics), with the other spellings it gave the topics. */
type Indexed = IndexedTopics & { aliases: ReadonlyMap<string, string[]>; result: Topic[] };

export class PlacementMemo {
  private chosen: LastChoice | null = null;
  private decided: { records: readonly SeedRecord[]; vocabulary: string; result: ArticleTopics } | null = null;
  /** The records' mentions, parsed once each (see MentionTable). */
  readonly mentions = new MentionTable();
  /**
   * The decided records' mentions as a restored state kept them, taken into the table only when
   * topics are decided anew (see topics): a rebuild that reuses them, an edit's, does not spend
   * the time and memory (0.1 s, 20-90 MB at 100,000 articles), and keeps them as they were.
   */
  private keptMentions: MentionSnapshot | null = null;
  private indexed: Indexed | null = null;
  /** Which decisions the last call of each kind reused, for `--verbose`. */
  readonly reused = { choice: false, topics: false, index: false };
  /** Which of those it updated where records were added, removed or moved, rather than reusing them whole. */
  readonly updated = { choice: false, index: false };

  /**
   * Whether every decision since the last restore was reused whole: the state (see state) is
   * then the one restored, and a file that holds it need not be written again (see restampPlacement).
   */
  get intact(): boolean {
    return this.unchanged;
  }

  private unchanged = false;

  /**
   * The slugs of the topics the last topicIndex call carried over unchanged but for their
   * articles' numbers, when it updated the index before it (see updateTopics); else null.
   */
  get carriedTopics(): ReadonlySet<string> | null {
    return this.carried;
  }

  private carried: Set<string> | null = null;

  /** The topics of the last index made or restored, or null: the array topicIndex hands back while it is reused whole. */
  get indexedTopics(): readonly Topic[] | null {
    return this.indexed?.result ?? null;
  }

  /** The dates of the articles of the last index made or restored, in order, or null. */
  get indexedDates(): readonly string[] | null {
    return this.indexed?.dates ?? null;
  }

  /** Whether the memo holds a decision: none before the first build, or restore. */
  get empty(): boolean {
    return this.chosen === null && this.decided === null && this.indexed === null;
  }

  /**
   * The state (see state) as the memo holds it now, taken when called, or null if the memo took
   * other decisions since. `serve` keeps it on disk once idle (see BuildOptions.keep): taken during
   * each rebuild, it cost 0.2-0.25 s of the main thread at 100,000 articles, mostly its mentions'
   * snapshot, for a state the next rebuild would most often replace before it was kept.
   */
  later(): () => PlacementState | null {
    const at = this.version;
    return () => (this.version === at ? this.state() : null);
  }

  /** Counts the calls that may change the memo's decisions (see later). */
  private version = 0;

  /** What the memo holds, its records named by their files (see PlacementState). Shares the memo's decisions: not to be changed. */
  state(): PlacementState {
    const { chosen, decided, indexed } = this;
    const chosenFiles = chosen ? chosen.result.records.map((r) => r.file) : [];
    // Most often the very records chosen: their files then serialise once.
    const decidedFiles = decided && chosen && decided.records === chosen.result.records ? chosenFiles : (decided?.records.map((r) => r.file) ?? []);
    // And the files indexed: those chosen, as a rule.
    const indexedFiles = indexed && sameList(indexed.files, chosenFiles) ? chosenFiles : indexed?.files;
    return {
      chosen: chosen ? { keepDuplicates: chosen.keepDuplicates, result: { ...chosen.result, records: chosenFiles } } : null,
      decided: decided ? { files: decidedFiles, vocabulary: decided.vocabulary, result: decided.result } : null,
      indexed: indexed && { ...indexed, files: indexedFiles! },
      mentions: decided && (this.keptMentions ?? this.mentions.snapshot(decided.records)),
    };
  }

  /**
   * Takes the decisions a state describes, `records` being every record of the build it was
   * taken after, by file. Nothing is taken, and false returned, if a record it names is not
   * there (the state is of other records).
   */
  restore(state: PlacementState, records: ReadonlyMap<string, SeedRecord>): boolean {
    this.version++;
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
      this.chosen = { byFile: new Map(records), records: null, fingerprints: null, withOldPaths: countOldPaths(records.values()), keepDuplicates: state.chosen.keepDuplicates, result: { ...state.chosen.result, records: chosen! } };
    }
    this.decided = state.decided ? { records: decided!, vocabulary: state.decided.vocabulary, result: state.decided.result } : null;
    // Parsing every record's mentions took 0.5-0.6 s of a rebuild of 100,000 articles that decides topics anew.
    // Copied: the state's arrays may be views of a whole file's bytes, which this would keep.
    const m = decided ? state.mentions : null;
    this.keptMentions = m && { names: m.names, kinds: m.kinds.slice(), start: m.start.slice(), pairs: m.pairs.slice() };
    this.indexed = state.indexed;
    this.unchanged = true;
    return true;
  }

  /**
   * chooseArticles, reused when every record is the one of the last build or reads the same
   * (sameForChoosing), and no fingerprint that changed was or becomes another's: then no
   * duplicate is folded differently, and the articles are the same, in the same order. Records
   * added, removed or moved (another date, title or slug) update it day by day (see updateChosen).
   */
  choose(records: SeedRecord[], keepDuplicates: boolean): ChosenArticles {
    this.version++;
    const last = this.chosen;
    const reused = last && last.keepDuplicates === keepDuplicates ? updateChosen(last, records) : null;
    this.reused.choice = reused !== null;
    this.updated.choice = reused?.moved ?? false;
    if (!reused || reused.moved) this.unchanged = false;
    if (reused) return reused.result;
    const result = chooseArticles(records, { keepDuplicates });
    this.chosen = { byFile: new Map(records.map((r) => [r.file, r])), records, fingerprints: null, withOldPaths: countOldPaths(records), keepDuplicates, result };
    return result;
  }

  /**
   * collectTopics, reused when the articles have the topics of the last build, in the same arrays
   * (see topics: the same decision), on the same dates, with the same other spellings: the topics'
   * articles, first and last dates and co-occurring topics are then the same (0.4 s of a rebuild at 100,000);
   * else updated where few articles came, went or changed topics (see updateTopics).
   */
  topicIndex(articles: readonly Article[], aliases: Map<string, string[]>, collect: () => Topic[]): Topic[] {
    this.version++;
    const last = this.indexed;
    this.reused.index = last !== null && last.aliases === aliases && last.topics.length === articles.length && articles.every((a, i) => a.topics === last.topics[i] && a.date === last.dates[i]);
    this.updated.index = false;
    this.carried = null;
    if (this.reused.index) return last!.result;
    this.unchanged = false;
    const carried = new Set<string>();
    const updated = last ? updateTopics(last, articles, aliases, carried) : null;
    if (updated) this.carried = carried;
    this.reused.index = this.updated.index = updated !== null;
    const result = updated ?? collect();
    this.indexed = { files: articles.map((a) => a.file), topics: articles.map((a) => a.topics), dates: articles.map((a) => a.date), aliases, result };
    return result;
  }

  /** articleTopics, reused when the records are in the same order and each reads the same (sameForTopics), under the same vocabulary. */
  topics(records: readonly SeedRecord[], vocabulary: Vocabulary): ArticleTopics {
    this.version++;
    const key = JSON.stringify(vocabulary);
    const last = this.decided;
    this.reused.topics = last !== null && last.vocabulary === key && sameList(last.records, records, (a, b) => a === b || sameForTopics(a, b));
    if (last && this.reused.topics) {
      // The kept mentions, or the table's parses, are those of the records that replace the last ones.
      if (!this.keptMentions) for (let i = 0; i < records.length; i++) if (records[i] !== last.records[i]) this.mentions.follow(last.records[i]!, records[i]!);
      this.decided = { records, vocabulary: key, result: last.result };
      return last.result;
    }
    this.unchanged = false;
    if (this.keptMentions && last) this.mentions.restore(this.keptMentions, last.records);
    this.keptMentions = null;
    const now = articleTopics(records, vocabulary, this.mentions);
    // Most records' topics come out as they were: handed on in the last arrays (see topic-reuse.ts).
    const result = last && last.vocabulary === key ? keepLastTopics(last.result, last.records, now, records) : now;
    this.decided = { records, vocabulary: key, result };
    return result;
  }
}

/**
 * At most this share of the records (or 16) added, removed or placed elsewhere for a choice to be
 * updated rather than made anew: settling each of their days again is no faster past it.
 */
const UPDATE_SHARE = 0.05;

/** The index of the first of `records` (sorted by date) dated `date` or later. */
function firstOn(records: readonly SeedRecord[], date: string, from = 0): number {
  let lo = from;
  let hi = records.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (records[mid]!.date < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Inserts `file` into `files` (in byPublication order of their records) where it belongs. */
function insertInOrder(files: string[], file: string, recordOf: (file: string) => SeedRecord): void {
  const r = recordOf(file);
  let lo = 0;
  let hi = files.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (byPublication(recordOf(files[mid]!), r) < 0) lo = mid + 1;
    else hi = mid;
  }
  files.splice(lo, 0, file);
}

/**
 * The last choice with this build's records in it, or null when it may not hold; updates the
 * memo's records. Records that read the same for choosing (sameForChoosing) take their places.
 * Records added, removed, or whose date, title, slug or draft changed, are settled anew within
 * their days: a day's slugs depend on that day's records alone (see assignSlugs), so long as no
 * record asks for old paths (claimAliases weighs those across the archive) and no duplicate is
 * folded otherwise. Adding one seed to 100,000 chose anew in 0.5-1 s.
 */
function updateChosen(last: LastChoice, records: readonly SeedRecord[]): { result: ChosenArticles; moved: boolean } | null {
  const same: [SeedRecord, SeedRecord][] = [];
  const removed: SeedRecord[] = [];
  const added: SeedRecord[] = [];
  const limit = Math.max(16, records.length * UPDATE_SHARE);
  let found = 0;
  // A record at the place it had, the very one: no lookup by file (0.05-0.1 s of each rebuild at 100,000).
  const lastRecords = last.records;
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    if (lastRecords?.[i] === r) {
      found++;
      continue;
    }
    const before = last.byFile.get(r.file);
    if (before) found++;
    if (before === r) continue;
    if (before && sameForChoosing(before, r)) same.push([before, r]);
    else {
      if (before) removed.push(before);
      added.push(r);
      if (removed.length + added.length > limit) return null;
    }
  }
  if (found < last.byFile.size) {
    const files = new Set(records.map((r) => r.file));
    for (const [file, r] of last.byFile) if (!files.has(file)) removed.push(r);
    if (removed.length + added.length > limit) return null;
  }
  const moved = removed.length + added.length > 0;
  if (moved && (last.withOldPaths > 0 || added.some(hasOldPaths))) return null;
  // A fingerprint that changes must have been its record's alone, and be so still: counted with
  // the changes made one at a time, any doubt (two records trading texts) chooses anew.
  const counts = new Map<string, number>();
  let asked = removed.length + added.length;
  for (const [before, now] of same) if (before.fingerprint !== now.fingerprint) asked += 2;
  const counted = fingerprintCount(last, asked);
  const count = (fingerprint: string): number => counts.get(fingerprint) ?? counted(fingerprint);
  for (const r of removed) {
    if (count(r.fingerprint) !== 1) return null;
    counts.set(r.fingerprint, 0);
  }
  for (const [before, now] of same) {
    if (before.fingerprint === now.fingerprint) continue;
    if (count(before.fingerprint) !== 1 || count(now.fingerprint) !== 0) return null;
    counts.set(before.fingerprint, 0);
    counts.set(now.fingerprint, 1);
  }
  for (const r of added) {
    if (count(r.fingerprint) !== 0) return null;
    counts.set(r.fingerprint, 1);
  }
  const was = last.result;
  // The records the last choice refused a slug (its only problems: no old paths), and their days, before the records change.
  const refused = moved ? was.problems.map((p) => last.byFile.get(p.file)) : [];
  if (refused.includes(undefined)) return null;
  const problemDays = refused.map((r) => r!.date);
  const fingerprints = last.fingerprints;
  if (fingerprints) {
    for (const [fingerprint, n] of counts) {
      if (n === 0) fingerprints.delete(fingerprint);
      else fingerprints.set(fingerprint, n);
    }
  }
  for (const r of removed) last.byFile.delete(r.file);
  for (const [, now] of same) last.byFile.set(now.file, now);
  for (const r of added) last.byFile.set(r.file, r);
  last.records = records;
  // A record the last choice kept, as it is now: itself, or what replaced it reading the same (a small map, not every file's).
  const replaced = new Map(same);
  const current = same.length > 0 ? (r: SeedRecord): SeedRecord => replaced.get(r) ?? r : (r: SeedRecord): SeedRecord => r;
  if (!moved) {
    last.result = { ...was, records: same.length > 0 ? was.records.map(current) : was.records };
    return { result: last.result, moved };
  }
  const gone = new Set(removed);
  const days = [...new Set([...removed, ...added].filter((r) => !r.draft).map((r) => r.date))].sort();
  const result: ChosenArticles = { records: [], slugs: [], oldPaths: [], problems: [], duplicates: was.duplicates, drafts: was.drafts };
  const keep = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      result.records.push(current(was.records[i]!));
      result.slugs.push(was.slugs[i]!);
      result.oldPaths.push(was.oldPaths[i]!);
    }
  };
  let at = 0;
  let problem = 0;
  for (const day of days) {
    const from = firstOn(was.records, day, at);
    let to = from;
    while (to < was.records.length && was.records[to]!.date === day) to++;
    keep(at, from);
    at = to;
    // The day's records as chosen, refused or added, settled again as assignSlugs settles them.
    const onDay = [...was.records.slice(from, to), ...refused.filter((_, k) => problemDays[k] === day).map((r) => r!)].filter((r) => !gone.has(r)).map(current);
    for (const r of added) if (!r.draft && r.date === day) onDay.push(r);
    onDay.sort(byPublication);
    const settled = assignSlugs(onDay);
    // Problems stay in the order of their days.
    while (problem < was.problems.length && problemDays[problem]! < day) result.problems.push(was.problems[problem++]!);
    while (problem < was.problems.length && problemDays[problem] === day) problem++;
    result.problems.push(...settled.problems);
    onDay.forEach((r, k) => {
      if (settled.slugs[k] === null) return;
      result.records.push(r);
      result.slugs.push(settled.slugs[k]!);
      result.oldPaths.push(r.aliases);
    });
  }
  keep(at, was.records.length);
  while (problem < was.problems.length) result.problems.push(was.problems[problem++]!);
  if (removed.some((r) => r.draft) || added.some((r) => r.draft)) {
    const drafts = was.drafts.filter((file) => !removed.some((r) => r.draft && r.file === file));
    for (const r of added) if (r.draft) insertInOrder(drafts, r.file, (file) => last.byFile.get(file)!);
    result.drafts = drafts;
  }
  last.result = result;
  return { result, moved };
}
