// Records -> the archive's indexes: articles with URLs, periods and topics.
import { relateArticles, type RelatedResult } from '../enrich/related.ts';
import { articleTopics } from '../enrich/topics.ts';
import { EMPTY_VOCABULARY, type Vocabulary } from '../enrich/vocabulary.ts';
import { textOf } from '../seeds/stored-text.ts';
import type { Article, SeedProblem, SeedRecord, TopicRef } from '../types.ts';
import { dateRuns } from './by-date.ts';
import { type Duplicate, foldDuplicates } from './duplicates.ts';
import type { PlacementMemo } from './memo.ts';
import { linkSeeds } from './seed-links.ts';
import { assignSlugs, byPublication } from './slugs.ts';
import { collectTopics } from './topic-index.ts';
import type { Archive, Period, PeriodKind, Story } from './types.ts';

export function periodUrl(key: string): string {
  return `/${key.replaceAll('-', '/')}/`;
}

function groupPeriods(articles: Article[], kind: PeriodKind, length: number): Period[] {
  const periods = new Map<string, Period>();
  for (const { date, first, count } of dateRuns(articles)) {
    const key = date.slice(0, length);
    let p = periods.get(key);
    if (!p) {
      p = { kind, key, url: periodUrl(key), articles: [] };
      periods.set(key, p);
    }
    for (let i = first; i < first + count; i++) p.articles.push(i);
  }
  return [...periods.values()];
}

/** Orders names as the archive's lists do (one collator: `localeCompare` with a locale makes its own each call). */
const byName = new Intl.Collator('en').compare;

/**
 * Relates placed articles on this thread (see relating.ts for relating alongside other work),
 * by their records' ids, as the relating thread does.
 */
function relatePlaced(placed: PlacedArticles): RelatedResult {
  const { articles, records } = placed;
  return relateArticles(
    articles.map((a, i) => ({ id: records[i]!.id, file: a.file, date: a.date, topics: a.topics, terms: textOf(records[i]!.terms), termCounts: textOf(records[i]!.termCounts) })),
  );
}

/**
 * Each record's article id: its file name without the extension, as seeds name themselves;
 * where published seeds share that name (`2017/report.txt` and `2018/report.txt`), their
 * paths without it, or with it (`a.txt` and `a.md`); any id still taken gets `~2`, `~3`, …
 * Articles link to each other by id, and the API names them by it: one id, one article.
 */
export function articleIds(records: readonly SeedRecord[]): string[] {
  const tally = (keys: string[]): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
    return counts;
  };
  const names = tally(records.map((r) => r.id));
  // Most archives have one folder, where names cannot clash.
  if (names.size === records.length) return records.map((r) => r.id);
  const paths = records.map((r) => r.file.replace(/\.[^./]*$/, ''));
  const pathCounts = tally(paths);
  const taken = new Set<string>();
  return records.map((r, i) => {
    const wanted = names.get(r.id) === 1 ? r.id : pathCounts.get(paths[i]!) === 1 ? paths[i]! : r.file;
    let id = wanted;
    for (let n = 2; taken.has(id); n++) id = `${wanted}~${n}`;
    taken.add(id);
    return id;
  });
}

/** The name an article's source goes by in search and among a story's sources: its topic's (see Article.sourceTopic), else as written. */
export function sourceName(a: Pick<Article, 'source' | 'sourceTopic'>): string | null {
  return a.sourceTopic?.name ?? a.source;
}

/** Fills in each article's related articles and story, from the relation of the articles; returns the stories. */
function applyRelation(articles: Article[], records: readonly SeedRecord[], relation: RelatedResult): Story[] {
  const stories: Story[] = relation.stories.map((s) => {
    const indexes = [...s.articles].sort((a, b) => a - b);
    // A source under its topic's name, as the search's filter gives it: an agency once, in whatever script each report names it (`ТАСС` and `TASS`).
    const sources = [...new Set(indexes.map((i) => sourceName(articles[i]!)).filter((x): x is string => x !== null))];
    // Relating names a story by its first report's record id; the story takes that article's own id.
    const first = indexes.find((i) => records[i]!.id === s.id) ?? indexes[0]!;
    return { id: articles[first]!.id, articles: indexes, sources: sources.sort((a, b) => byName(a, b) || (a < b ? -1 : a > b ? 1 : 0)) };
  });
  articles.forEach((a, i) => {
    a.related = relation.related[i]!.map((j) => articles[j]!.id);
    const s = relation.story[i];
    a.story = s === null || s === undefined ? null : { id: stories[s]!.id, size: stories[s]!.articles.length, sources: stories[s]!.sources };
  });
  return stories;
}

/**
 * A record as an article, written out field by field: made by spreading the record, each of
 * 100,000 articles got a hidden class of its own (80 MB, and slow property access everywhere).
 */
function toArticle(r: SeedRecord, id: string, slug: string, topics: TopicRef[], aliases: string[], sourceTopic: TopicRef | null): Article {
  return {
    id, file: r.file, format: r.format, title: r.title, titleDerived: r.titleDerived, date: r.date, time: r.time, zone: r.zone, dateline: r.dateline, source: r.source,
    lede: r.lede, summary: r.summary, body: r.body, digest: r.digest, fingerprint: r.fingerprint, words: r.words, readingMinutes: r.readingMinutes,
    draft: r.draft, lang: r.lang, authors: r.authors, aliases, media: r.media, seedLinks: r.seedLinks, slug, url: `${periodUrl(r.date)}${slug}/`, topics, related: [], story: null, sourceTopic,
  };
}

export interface ArchiveOptions {
  /** Publish seeds whose text duplicates another's instead of folding them into one. */
  keepDuplicates: boolean;
  /** Canonical and suppressed topics, from `topics.yml`. */
  vocabulary?: Vocabulary;
  /** The topics the last build decided, reused when nothing they come from changed, and its records' mentions parsed (`serve` keeps them: see PlacementMemo). */
  placement?: PlacementMemo;
}

/** Published articles in their places (URLs, topics), before the indexes that relate them. */
export interface PlacedArticles {
  articles: Article[];
  /** The record of each article, by index: what relating reads (its terms). */
  records: SeedRecord[];
  /** Other spellings of each topic, by slug. */
  aliases: Map<string, string[]>;
  problems: SeedProblem[];
  /** Links to other seeds that name no published article (see seed-links.ts), pictures shown over https, and what reading left out of an article (see SeedRecord.warnings): the articles are published without them. */
  warnings: SeedProblem[];
  duplicates: Duplicate[];
  drafts: string[];
}

export interface ArchiveResult {
  archive: Archive;
  problems: SeedProblem[];
  duplicates: Duplicate[];
  drafts: string[];
}

/**
 * Places every record read: drafts are left out, duplicates folded, and each published article
 * gets its URL and topics. Problems found here (two seeds claiming one URL) are returned, not
 * thrown, so that all are reported at once; the seeds concerned are left out. Everything a
 * search record needs is known from here on: search indexing can begin while the archive is
 * indexed (see indexArchive).
 */
export function placeArticles(records: SeedRecord[], options: ArchiveOptions = { keepDuplicates: false }): PlacedArticles {
  return placeChosen(chooseArticles(records, options), options);
}

/** The records to publish, in order, with their slugs: placeArticles before topics are decided. */
export interface ChosenArticles {
  /** By date, then file. */
  records: SeedRecord[];
  slugs: string[];
  /** Each record's old paths: its `aliases`, and the address its `permalink` gave when no other page has it. */
  oldPaths: string[][];
  problems: SeedProblem[];
  duplicates: Duplicate[];
  drafts: string[];
}

/** A path of the date archive's listings past their first page: `/2017/page/2/`, `/2017/11/14/page/3/`. */
const PERIOD_PAGE = /^\/\d{4}(?:\/\d{2}){0,2}\/page\/\d+\/$/;

/** The article's URL a path is below (`/2017/11/14/talks/coverage/`), where the site's own pages of the article go (a story's page). */
const BELOW_ARTICLE = /^(\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/)[^/]/;

/** The pages an article makes: its own, and its year's, month's and day's. */
function pagesOf(r: SeedRecord, slug: string): string[] {
  return [`${periodUrl(r.date)}${slug}/`, ...[4, 7, 10].map((length) => periodUrl(r.date.slice(0, length)))];
}

/**
 * Checks the old paths of the records given slugs (`slugs[i]` not null): a path that is an
 * article's URL, a period's (`/2017/11/`) or its pages', or another article's old path is a
 * problem of the seed that gives it, which is left out (its slug becomes null), as for two seeds
 * asking for one slug: one URL, one page.
 */
function claimAliases(records: readonly SeedRecord[], slugs: (string | null)[], problems: SeedProblem[]): string[][] {
  const oldPaths: string[][] = records.map((r) => r.aliases);
  if (!records.some((r) => r.aliases.length > 0 || r.permalinkAlias !== undefined)) return oldPaths;
  // By lower case: on a file system that ignores case (macOS, Windows), `/2017/A/` is `/2017/a/`.
  const pages = new Map<string, string>();
  records.forEach((r, i) => {
    if (slugs[i] === null) return;
    const [own, ...periods] = pagesOf(r, slugs[i]!);
    pages.set(own!, `the article of ${r.file}`);
    for (const period of periods) pages.set(period, 'a page of the date archive');
  });
  const claimed = new Map<string, string>();
  records.forEach((r, i) => {
    if (slugs[i] === null) return;
    const own = `${periodUrl(r.date)}${slugs[i]}/`;
    const by = (a: string): string | undefined => {
      const key = a.toLowerCase();
      if (key === own) return undefined;
      const above = BELOW_ARTICLE.exec(key)?.[1];
      return pages.get(key) ?? claimed.get(key) ?? (PERIOD_PAGE.test(key) ? 'a page of the date archive' : above !== undefined && pages.get(above)?.startsWith('the article') ? `a place of ${pages.get(above)}` : undefined);
    };
    const taken = r.aliases.map((a): [string, string | undefined] => [a, by(a)]).find(([, b]) => b !== undefined);
    if (taken) {
      const [alias, by] = taken;
      problems.push({ file: r.file, line: r.aliasLine ?? 1, message: `the old path "${alias}" is already ${by}`, hint: 'two pages cannot have one URL: drop that path from the aliases' });
      slugs[i] = null;
      return;
    }
    for (const a of r.aliases) claimed.set(a.toLowerCase(), `an old path of ${r.file}`);
  });
  // The address `permalink` or `url` gave, once every asked-for path is claimed: kept where
  // nothing else is, never a problem, since the seed did not ask for it. Against the pages of the
  // articles left, not of those just left out.
  if (!records.some((r) => r.permalinkAlias !== undefined)) return oldPaths;
  const live = new Set<string>();
  records.forEach((r, i) => {
    if (slugs[i] !== null) for (const page of pagesOf(r, slugs[i]!)) live.add(page);
  });
  records.forEach((r, i) => {
    const implied = r.permalinkAlias?.toLowerCase();
    if (implied === undefined || slugs[i] === null || implied === `${periodUrl(r.date)}${slugs[i]}/`) return;
    const above = BELOW_ARTICLE.exec(implied)?.[1];
    if (live.has(implied) || claimed.has(implied) || PERIOD_PAGE.test(implied) || (above !== undefined && live.has(above))) return;
    claimed.set(implied, `an old path of ${r.file}`);
    oldPaths[i] = [...r.aliases, r.permalinkAlias!];
  });
  return oldPaths;
}

/**
 * The first half of placeArticles: leaves out drafts, folds duplicates and gives each record
 * left its slug. What follows from the records alone (their term vectors, see relating.ts) can
 * begin here, while placeChosen decides their topics.
 */
export function chooseArticles(records: SeedRecord[], options: Pick<ArchiveOptions, 'keepDuplicates'>): ChosenArticles {
  const sorted = [...records].sort(byPublication);
  const drafts = sorted.filter((r) => r.draft).map((r) => r.file);
  const candidates = sorted.filter((r) => !r.draft);
  const { kept, duplicates } = options.keepDuplicates ? { kept: candidates, duplicates: [] } : foldDuplicates(candidates);
  const { slugs, problems } = assignSlugs(kept);
  const oldPaths = claimAliases(kept, slugs, problems);
  return {
    records: kept.filter((_, i) => slugs[i] !== null),
    slugs: slugs.filter((s): s is string => s !== null),
    oldPaths: oldPaths.filter((_, i) => slugs[i] !== null),
    problems,
    duplicates,
    drafts,
  };
}

/** The second half of placeArticles: each chosen record's topics, and the article it becomes. */
export function placeChosen(chosen: ChosenArticles, options: Pick<ArchiveOptions, 'vocabulary' | 'placement'> = {}): PlacedArticles {
  const { records, slugs, oldPaths, problems, duplicates, drafts } = chosen;
  const vocabulary = options.vocabulary ?? EMPTY_VOCABULARY;
  const { topics, aliases, sources } = options.placement ? options.placement.topics(records, vocabulary) : articleTopics(records, vocabulary);
  const ids = articleIds(records);
  const linked = linkSeeds(records.map((r, i) => toArticle(r, ids[i]!, slugs[i]!, topics[i]!, oldPaths[i]!, r.source === null ? null : (sources.get(r.source) ?? null))), duplicates, drafts);
  const warnings = [...linked.warnings, ...records.flatMap(httpPictureWarnings), ...records.flatMap((r) => (r.warnings ?? []).map((w) => ({ file: r.file, ...w })))];
  return { articles: linked.articles, records, aliases, problems, warnings, duplicates, drafts };
}

/**
 * The archive's indexes of placed articles: related articles and stories, periods and topics.
 * `relation` is the articles' relation, when it was worked out alongside (see relating.ts);
 * `placement`, the last build's decisions, which `serve` keeps (see PlacementMemo).
 */
export function indexArchive(placed: PlacedArticles, relation: RelatedResult = relatePlaced(placed), placement?: PlacementMemo): Archive {
  const archive = indexPlaced(placed, placement);
  relateArchive(archive, placed.records, relation);
  return archive;
}

/**
 * The indexes that need no relation of the articles: periods and topics; no stories yet, and no
 * article related to another, until relateArchive. The pages of the periods and topics can be
 * made meanwhile (see UNRELATED_LISTS in pages.ts), while another thread relates the articles.
 */
export function indexPlaced(placed: PlacedArticles, placement?: PlacementMemo): Archive {
  const { articles } = placed;
  return {
    articles,
    years: groupPeriods(articles, 'year', 4),
    months: groupPeriods(articles, 'month', 7),
    days: groupPeriods(articles, 'day', 10),
    topics: placement ? placement.topicIndex(articles, placed.aliases, () => collectTopics(articles, placed.aliases)) : collectTopics(articles, placed.aliases),
    stories: [],
    related: [],
  };
}

/** Gives an archive of placed articles (indexPlaced) its relation: each article's related articles and story, and the stories. */
export function relateArchive(archive: Archive, records: readonly SeedRecord[], relation: RelatedResult): void {
  archive.stories = applyRelation(archive.articles, records, relation);
  archive.related = relation.related;
}

/** Builds the archive from every record read: placeArticles, then indexArchive. */
export function buildArchive(records: SeedRecord[], options: ArchiveOptions = { keepDuplicates: false }): ArchiveResult {
  const placed = placeArticles(records, options);
  return { archive: indexArchive(placed), problems: placed.problems, duplicates: placed.duplicates, drafts: placed.drafts };
}

/** A warning for each picture a published seed shows from an `http:` address, which the site shows over `https:` (see HTTP_PICTURE). */
function httpPictureWarnings(r: SeedRecord): SeedProblem[] {
  return (r.httpPictures ?? []).map((p) => ({
    file: r.file,
    line: p.line,
    message: `the picture "${p.address}" is shown from https:${p.address.trim().slice('http:'.length)}: the site's pages load pictures over https only`,
    hint: 'write its address with https:, once its host serves it there, or copy the picture beside the post',
  }));
}
