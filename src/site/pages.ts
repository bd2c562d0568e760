// The archive's indexes -> one data object per page, ready for the templates.
import { isEnglish, textDirection } from '../language.ts';
import { PAGE_SIZE, type Paged, paginate, paginateFromOldest } from '../archive/paginate.ts';
import { perDate } from '../archive/by-date.ts';
import { periodUrl, sourceName } from '../archive/build.ts';
import { mostCounted, TopicRanks, topicUrl } from '../archive/topic-index.ts';
import type { Archive, Period, Story, Topic } from '../archive/types.ts';
import { clockOrder, daysInMonth, formatCalendarDate, pad2, weekdayIndex } from '../seeds/dates.ts';
import type { Article, TopicKind, TopicRef } from '../types.ts';
import { TOPIC_KINDS } from '../types.ts';
import { type BaseUrl, publicUrl } from './base-url.ts';
import { type ArticlePageParts, ArticleKeys, inputsHash } from './keys.ts';
import { hashOf } from '../hash.ts';
import { articlesLabel, heatLevel, monthRange, monthTimeline, sparkline } from './charts.ts';
import { atomFeed, FEED_SIZE, type FeedSpec, jsonFeed } from './feeds.ts';
import { shorten } from './shorten.ts';
import { type FeedLink, MetadataBuilder } from './metadata.ts';
import { type SearchRecord, shardKeys } from './search-index.ts';
import { CONTENT_SECURITY_POLICY, REFERRER_POLICY } from './security.ts';
import { redirectPage } from './redirects.ts';
import { robotsTxt, type SitemapEntry, sitemapFiles, type TextFile } from './sitemap.ts';
import { blocksOf, blockText } from '../seeds/words.ts';
import { isImageFile, mediaRefUrl } from '../seeds/media.ts';
import {
  PAGE_LISTS, type ArticleLink, type ArticlePage, type ArticleSummary, type CalendarCell, type HomePage, type KindLink, type KindPage,
  type Link, type ListingPage, type PageBase, type PageList, type SearchPage, type SiteData, type SiteMeta, type TopicGroup, type TopicIndexPage, type TopicLink, type TopicOverview, type TopicPage,
  type YearPage,
} from './types.ts';

const EVERY_LIST: ReadonlySet<PageList> = new Set(PAGE_LISTS);
/** The pages that show what relating gives (related articles, stories): the rest can be made before it is done. */
export const RELATED_LISTS: ReadonlySet<PageList> = new Set<PageList>(['articles', 'stories']);
/** The pages made without the relation of the articles (see RELATED_LISTS). */
export const UNRELATED_LISTS: ReadonlySet<PageList> = new Set(PAGE_LISTS.filter((l) => !RELATED_LISTS.has(l)));

/** The list of search index shards (years, and months of the newest year; newest first) that the search page merges. */
export const SEARCH_SHARDS_URL = '/search/indexes.json';
/** The API's list of years; each year's articles are at apiYearUrl(year). */
export const API_ARTICLES_URL = '/api/articles.json';
export function apiYearUrl(year: string): string {
  return `/api/articles/${year}.json`;
}

export interface SiteOptions {
  base: BaseUrl;
  title: string;
  /** The language of the site's articles (see language.ts). */
  lang: string;
}

/** Articles shown on the home page. */
export const HOME_LATEST = 20;
/** Topics shown on the home page. */
export const HOME_TOPICS = 24;
/** Topics a year's page names as its most covered. */
export const YEAR_TOPICS = 16;
/** Topics a month's first page names as its most covered. */
export const MONTH_TOPICS = 8;
/** Longest summary on a listing, in characters. */
export const SUMMARY_LENGTH = 220;
/** Other reports of a story listed on an article page: the nearest in date. */
export const STORY_LISTED = 10;
/** The last segment of a story page's URL, below its first report's: `/2017/11/14/talks-resume/coverage/`. */
export const STORY_PAGE = 'coverage';
/** Whether a story has a page of its own: when its reports do not all fit beside each of them (see STORY_LISTED). */
export const hasStoryPage = (s: Story): boolean => s.articles.length > STORY_LISTED + 1;

export const KIND_LABELS: Record<TopicKind, string> = {
  person: 'People',
  place: 'Places',
  organization: 'Organisations',
  subject: 'Subjects',
};
/** The page that lists every topic of a kind. */
export const KIND_URLS: Record<TopicKind, string> = {
  person: '/people/',
  place: '/places/',
  organization: '/organizations/',
  subject: '/subjects/',
};
/** Topics of each kind listed on /topics/; the kind's own page lists them all. */
export const TOPIC_INDEX_PER_KIND = 40;
/** Topics per page on /people/, /places/, … */
export const KIND_PAGE_SIZE = 100;
/**
 * Other spellings a topic page names: a name written in hundreds of ways (by front matter, or
 * by as many transliterations) made a paragraph of them all; `/api/topics.json` lists every one.
 */
export const ALIASES_SHOWN = 20;
const spellingsLabel = (n: number): string => (n === 1 ? '1 other spelling' : `${n} other spellings`);

const KIND_SINGULAR: Record<TopicKind, string> = {
  person: 'Person',
  place: 'Place',
  organization: 'Organisation',
  subject: 'Subject',
};

const monthLabel = (key: string): string => formatCalendarDate(`${key}-01`, 'MMMM yyyy');
/**
 * `14 November 2017` (date-fns' `d MMMM yyyy`): the day's number before its month's label, so
 * that date-fns formats each month once, not each day (every day of every month has a label in
 * the month calendars: 9,000 days of a 25-year archive took 0.18 s). Formatting is slow, and an
 * archive has a few thousand days but millions of dated links: labels are remembered.
 */
const dayLabels = new Map<string, string>();
function dayLabel(date: string): string {
  let label = dayLabels.get(date);
  if (label === undefined) dayLabels.set(date, (label = `${Number(date.slice(8, 10))} ${monthLabel(date.slice(0, 7))}`));
  return label;
}
/**
 * An article's date as `<time datetime>` takes it, as exact as its seed: a date alone is a date
 * (`2017-11-14`, HTML's valid date string); a time of day comes as written, to the second or
 * its fraction when the seed has them (see writtenClock), with its offset when the seed gives
 * one (`2017-11-14T10:30:00+01:00`, a global date and time). A time without one stays a local
 * date and time (`2017-11-14T09:05`), which HTML allows and which means the time on the clocks
 * where the news was written: an offset (the build machine's zone, or UTC) would be made up,
 * and would tell machines an instant the seed never gave, hours off for every article.
 */
const machineDate = (a: Pick<Article, 'date' | 'time' | 'zone'>): string => (a.time ? `${a.date}T${a.time}${a.zone ?? ''}` : a.date);
/** An article's date as readers see it: `14 November 2017`, or `14 November 2017, 10:30` (its seconds for `datetime` only). */
const dateTimeLabel = (a: Article): string => (a.time ? `${dayLabel(a.date)}, ${a.time.slice(0, 5)}` : dayLabel(a.date));
const monthName = (key: string): string => formatCalendarDate(`${key}-01`, 'MMMM');

/** `dir`: its title's and summary's (see SiteBuilder.dirOf). */
function summaryOf(a: Article, dir: 'rtl' | 'auto'): ArticleSummary {
  return {
    url: a.url,
    title: a.title,
    date: machineDate(a),
    dateLabel: dateTimeLabel(a),
    dateline: a.dateline,
    source: a.source,
    summary: shorten(a.summary, SUMMARY_LENGTH),
    readingMinutes: a.readingMinutes,
    lang: a.lang,
    dir,
  };
}

/** What search finds an article by: its title, dateline, source, authors and body. */
function searchContent(a: Article): string {
  // The excerpt a result shows is cut from this text: the title (unless it was derived from the
  // lede, which says it again) and the body first, each block a sentence of its own (a heading
  // ran into the paragraph under it: "…Syrian National Congress UN Special Envoy…"); the names
  // that find an article but tell nothing (dateline, source, authors) last.
  const blocks = blocksOf(a).map(blockText).filter((t) => t.trim() !== '');
  const text = a.titleDerived ? blocks : [a.title, ...blocks];
  return [...text.map(asSentence), a.dateline, a.source, ...a.authors].filter(Boolean).join('\n');
}

/** Text that ends a sentence, as it is or with a full stop. */
function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…:;。！？]["'”’»)\]]*$/u.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** "A", "A and B", "A, B and C". */
function joinNames(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * Sources a story's summary names at most: the line is on the page of every report, and a story
 * of 1,600 reports from as many sources made 516 MB of article pages naming them all.
 */
export const STORY_SOURCES_NAMED = 3;

/**
 * The line that introduces a story's reports: "2 reports, from TASS and one other source",
 * "3 reports, from Reuters and TASS", "4 reports of this story" (when no source is named),
 * "9 reports, from AFP, AP, Reuters and 6 other sources". `sources` are alphabetical; `unnamed`
 * counts the reports that name no source.
 */
export function storySummary(size: number, sources: string[], unnamed: number): string {
  if (sources.length === 0) return `${size} reports of this story`;
  const other = unnamed + Math.max(0, sources.length - STORY_SOURCES_NAMED);
  const others = other === 0 ? [] : [other === 1 ? 'one other source' : `${other} other sources`];
  return `${size} reports, from ${joinNames([...sources.slice(0, STORY_SOURCES_NAMED), ...others])}`;
}

/** A heading before what follows it in a description: with a colon, unless it ends a sentence of its own (`Coverage: Why are so many leaving?`). */
function headed(heading: string): string {
  return /[.!?…]["'”’)]*$/u.test(heading) ? heading : `${heading}:`;
}

/** "60 articles", and on a listing of several pages which of them this page lists: "60 articles; 51 to 60 on this page". */
function pageCountLabel(count: number, page: number, shown: number): string {
  if (shown === count) return articlesLabel(count);
  const first = (page - 1) * PAGE_SIZE + 1;
  return `${articlesLabel(count)}; ${first === first + shown - 1 ? `${first}` : `${first} to ${first + shown - 1}`} on this page`;
}

/**
 * The days whose pages list what they listed in the build whose articles had `lastDates` (in
 * order), and are made of what they were then but for their articles' keys: as many articles as
 * then (the articles a caller finds unchanged are then the same ones), the same days before and
 * after, and the same days of that date in other years. A day page shows nothing else that
 * another day's articles decide.
 */
export function daysAsBefore(lastDates: readonly string[], days: readonly Period[]): Set<string> {
  const counts = new Map<string, number>();
  for (const date of lastDates) counts.set(date, (counts.get(date) ?? 0) + 1);
  const lastDays = [...counts.keys()].sort();
  const lastAt = new Map(lastDays.map((day, i) => [day, i]));
  const sameDate = (keys: readonly string[]): Map<string, string> => {
    const byDate = new Map<string, string>();
    for (const key of keys) byDate.set(key.slice(5), `${byDate.get(key.slice(5)) ?? ''}${key} `);
    return byDate;
  };
  const lastSameDate = sameDate(lastDays);
  const nowSameDate = sameDate(days.map((d) => d.key));
  const same = new Set<string>();
  days.forEach((d, i) => {
    const j = lastAt.get(d.key);
    if (j === undefined || counts.get(d.key) !== d.articles.length) return;
    if ((lastDays[j - 1] ?? null) !== (days[i - 1]?.key ?? null) || (lastDays[j + 1] ?? null) !== (days[i + 1]?.key ?? null)) return;
    if (lastSameDate.get(d.key.slice(5)) === nowSameDate.get(d.key.slice(5))) same.add(d.key);
  });
  return same;
}

/** A page's previous and next pages of its kind, if any. */
type Neighbours = { prev: Link | null; next: Link | null };

function neighbour<T>(list: T[], i: number, toLink: (item: T) => Link): Neighbours {
  const prev = list[i - 1];
  const next = list[i + 1];
  return { prev: prev === undefined ? null : toLink(prev), next: next === undefined ? null : toLink(next) };
}

/** "from 3 May 2017 to 9 June 2020", or "on 3 May 2017" for a single day. */
function spanOf(first: string, last: string): string {
  return first === last ? `on ${dayLabel(first)}` : `from ${dayLabel(first)} to ${dayLabel(last)}`;
}

/**
 * Which part of a listing of several pages page `n` lists, for its description: "page 2 of 3:
 * articles 51 to 100 of 120" (`noun` names one item, `nouns` several; none for bare numbers).
 * Pages past the first said what the first says, and search engines take pages that share a
 * description for copies of each other.
 */
function pagePart(n: number, count: number, shown: number, size: number, noun = '', nouns = noun): string {
  const first = (n - 1) * size + 1;
  const last = first + shown - 1;
  const range = first === last ? `${noun} ${first}` : `${nouns} ${first} to ${last}`;
  return `page ${n} of ${Math.max(1, Math.ceil(count / size))}: ${range.trim()} of ${count}`;
}

/** How many pages a listing of `items` has, `size` to a page (one, when empty). */
const listingPages = (items: number, size = PAGE_SIZE): number => Math.max(1, Math.ceil(items / size));

function pagedTitle(title: string, page: number): string {
  return page > 1 ? `${title} (page ${page})` : title;
}

export class SiteBuilder {
  private readonly home: Link = { url: '/', label: 'Home' };
  private readonly topicsLink: Link = { url: '/topics/', label: 'Topics' };
  private readonly topicCounts: Map<string, number>;
  private readonly topicsBySlug: Map<string, Topic>;
  private readonly meta: MetadataBuilder;
  private readonly monthCounts: Map<string, number>;
  private readonly dayCounts: Map<string, number>;
  /** The newest article's date: the default `lastmod`. */
  private readonly newest: string | null;
  /** The story of each article that has one, by article index, and the stories it was made of (see storyOf). */
  private stories: { of: readonly Story[]; byArticle: Map<number, Story> } | null = null;
  private readonly storySummaries = new Map<Story, string>();
  private readonly storyKeys = new Map<Story, string>();
  private readonly summaries: (ArticleSummary | undefined)[] = [];
  private readonly feedEntries: (string | undefined)[] = [];
  /** Each article's month, `2017-11`, by article index. */
  private readonly monthKeys: string[];
  /** Each article's month as a number (year * 12 + month), by article index. */
  private readonly monthNumbers: Int32Array;
  /** The days that have articles, by month and day (`11-14`), oldest first: "on this day" of other years. */
  private readonly sameDays = new Map<string, string[]>();
  /** The days whose pages are made of what they were in the last build kept, but for their articles' keys (see daysAsBefore). */
  private readonly daysAsBefore: ReadonlySet<string>;
  /**
   * By article, 1 where another article has its title (a daily briefing's, a weekly notice's):
   * its page's title names its day. By article, not by title: looking each article's title up
   * in a set, for its page's parts, took 0.1-0.3 s of each `serve` rebuild at 100,000 articles,
   * most of it waiting for the title's string.
   */
  private readonly sharedTitle: Uint8Array;

  private readonly keys: ArticleKeys;
  /**
   * Each article's topics' places in the archive's topics (most covered first); and a count for
   * each topic, all zero between uses. Made when first needed, once: an array of counts for each
   * year and month page took most of 0.76 s of an edit rebuild of 100,000 articles, when every
   * such page was made (main-thread profiles, 2026-12-07).
   */
  private topicRanks: { ranks: TopicRanks; counts: Int32Array } | undefined;

  /** `keys` are the archive's articles' keys, when they were made before (for search: see searchShards). */
  constructor(
    private readonly archive: Archive,
    private readonly options: SiteOptions,
    keys?: ArticleKeys,
  ) {
    this.keys = keys ?? new ArticleKeys(archive.articles);
    this.keys.listingsFor(archive.topics);
    this.topicCounts = new Map(archive.topics.map((t) => [t.slug, t.articles.length]));
    this.topicsBySlug = new Map(archive.topics.map((t) => [t.slug, t]));
    this.monthCounts = new Map(archive.months.map((m) => [m.key, m.articles.length]));
    this.dayCounts = new Map(archive.days.map((d) => [d.key, d.articles.length]));
    this.newest = archive.articles.at(-1)?.date ?? null;
    this.monthKeys = perDate(archive.articles, (date) => date.slice(0, 7));
    // Compared as numbers, not as keys; absolute, so that an article in a new month renumbers none.
    this.monthNumbers = Int32Array.from(perDate(archive.articles, (date) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7))));
    this.sharedTitle = new Uint8Array(archive.articles.length);
    const firstWith = new Map<string, number>();
    archive.articles.forEach((a, i) => {
      const first = firstWith.get(a.title);
      if (first === undefined) firstWith.set(a.title, i);
      else this.sharedTitle[first] = this.sharedTitle[i] = 1;
    });
    for (const d of archive.days) {
      const list = this.sameDays.get(d.key.slice(5));
      if (list) list.push(d.key);
      else this.sameDays.set(d.key.slice(5), [d.key]);
    }
    const lastDates = this.keys.lastDates();
    this.daysAsBefore = lastDates ? daysAsBefore(lastDates, archive.days) : new Set();
    this.meta = new MetadataBuilder(options.base, options.title, [
      { type: 'application/atom+xml', href: '/feed.xml', title: `${options.title} (Atom)` },
      { type: 'application/feed+json', href: '/feed.json', title: `${options.title} (JSON Feed)` },
    ], options.lang);
  }

  /**
   * Every page of `lists` (by default all), one at a time, list by list in the order of PAGE_LISTS: a caller that hashes
   * or renders them in chunks never holds the whole site's page data at once. Article pages,
   * most of the site, come unmade, with their inputs (see PendingPage): a rebuild that finds
   * them as they were need not make them.
   */
  *pages(lists: ReadonlySet<PageList> = EVERY_LIST): Generator<PendingPage> {
    if (lists.has('home')) yield made({ list: 'home', page: this.homePage() });
    if (lists.has('articles')) for (let i = 0; i < this.archive.articles.length; i++) yield this.pendingArticle(this.archive.articles[i]!, i);
    if (lists.has('years')) for (let i = 0; i < this.archive.years.length; i++) yield this.pendingYear(this.archive.years[i]!, i);
    if (lists.has('months')) for (let i = 0; i < this.archive.months.length; i++) yield* this.monthPages(this.archive.months[i]!, i);
    if (lists.has('days')) for (let i = 0; i < this.archive.days.length; i++) yield* this.dayPages(this.archive.days[i]!, i);
    if (lists.has('topicIndex')) yield made({ list: 'topicIndex', page: this.topicIndexPage() });
    if (lists.has('kinds')) for (const kind of TOPIC_KINDS) for (const page of this.kindPages(kind)) yield made({ list: 'kinds', page });
    if (lists.has('topics')) for (const t of this.archive.topics) yield* this.topicPages(t);
    if (lists.has('stories')) for (const s of this.archive.stories) if (hasStoryPage(s)) yield* this.storyPages(s);
    if (lists.has('notFound')) yield made({
      list: 'notFound',
      page: {
        ...this.plainPage('/404.html', 'Page not found', 'This page does not exist in the archive.', []),
        title: `Page not found · ${this.options.title}`,
        // Served for any missing address: no canonical address of its own, and not for search engines.
        head: this.meta.head('/404.html', { noindex: true }),
      },
    });
    if (lists.has('search')) yield made({ list: 'search', page: this.searchPage() });
  }

  /**
   * An article page, with what it is made from: the article (its digest stands for all the
   * seed says), its place in the archive, and the articles it links to (by URL and digest).
   */
  private pendingArticle(a: Article, i: number): PendingPage {
    const key = (k: number): string => this.keys.articleKey(k);
    const [prev, next] = [i - 1, i + 1].map((k) => (k >= 0 && k < this.archive.articles.length ? key(k) : null));
    // topicsKey(i) stands for the article's URL, digest and topics; the story's key for its
    // reports and summary, of which the page lists those nearest to it (see coverage). Worked
    // out only to know the page by them, now or in a later build (see ArticleKeys.wantsParts).
    const parts: ArticlePageParts | null = !this.keys.wantsParts ? null : {
      topicsKey: this.keys.topicsKey(i),
      slug: a.slug,
      related: a.related,
      relatedKeys: this.relatedOf(i).map(key),
      storyId: a.story?.id ?? null,
      story: this.storyKey(this.storyOf(i)),
      prev: prev ?? null,
      next: next ?? null,
      // Whether another article has its title, which its page's title then tells apart.
      sharedTitle: this.sharedTitle[i] === 1,
    };
    const known = parts && this.keys.pageHash(i, parts);
    if (known) return { list: 'articles', url: a.url, lastmod: a.date, inputs: '', hash: known, make: () => ({ list: 'articles', page: this.articlePage(a, i, this.coverage(i)) }) };
    const coverage = this.coverage(i);
    const story = coverage.story && { ...coverage.story, reports: coverage.story.reports.map(key) };
    const inputs = JSON.stringify([this.keys.topicsKey(i), a.slug, a.related, a.story?.id ?? null, [prev ?? null, next ?? null], story, coverage.related.map(key), this.sharedTitle[i] === 1]);
    const hash = inputsHash('articles', inputs);
    if (parts) this.keys.rememberPage(i, parts, hash);
    return { list: 'articles', url: a.url, lastmod: a.date, inputs, hash, make: () => ({ list: 'articles', page: this.articlePage(a, i, coverage) }) };
  }

  /**
   * What a story's reports and summary are, hashed once a build (see ArticlePageParts): every
   * report's key, in order, which stands for its URL and so its date and place among them.
   */
  private storyKey(s: Story | undefined): string | null {
    if (!s) return null;
    let k = this.storyKeys.get(s);
    if (k === undefined) this.storyKeys.set(s, (k = hashOf(JSON.stringify([s.articles.map((r) => this.keys.articleKey(r)), this.storySummaryOf(s)]))));
    return k;
  }

  /** How many pages `pages()` yields, without making them: for a progress display. */
  pageCount(): number {
    let n = 4 + this.archive.articles.length + this.archive.years.length; // home, topics, 404, search
    for (const p of [...this.archive.months, ...this.archive.days]) n += listingPages(p.articles.length);
    for (const t of this.archive.topics) n += listingPages(t.articles.length);
    for (const kind of TOPIC_KINDS) n += listingPages(this.archive.topics.filter((t) => t.kind === kind).length, KIND_PAGE_SIZE);
    return n + this.storyPageCount();
  }

  /** How many pages the stories have (see hasStoryPage): none until the archive is related (see relateArchive). */
  storyPageCount(): number {
    let n = 0;
    for (const s of this.archive.stories) if (hasStoryPage(s)) n += listingPages(s.articles.length);
    return n;
  }

  private plainPage(url: string, heading: string, description: string, breadcrumbs: Link[]): PageBase {
    return { url, heading, ownHeading: true, title: this.pageTitle(heading), description, breadcrumbs, head: this.meta.head(url), lastmod: this.newest, scripts: [] };
  }

  /** Date of the newest of these articles (indexes are in archive order, oldest first). */
  private newestDate(indexes: number[]): string | null {
    const last = indexes.at(-1);
    return last === undefined ? null : this.archive.articles[last]!.date;
  }

  /**
   * The site's feed and every topic's, one at a time (a topic's feed holds the text of its latest
   * articles: all of them at once would be hundreds of megabytes at 100,000 articles). Made of the
   * articles, their dates and topics, not of how they are related: a build that relates them on
   * a thread plans these while it waits (at 100,000 articles, 0.3-0.6 s of a rebuild's main thread).
   */
  private *feeds(): Generator<PendingFile> {
    const { base, title, lang } = this.options;
    const latest = (indexes: number[]): number[] => indexes.slice(-FEED_SIZE).reverse();
    const articles = (indexes: number[]): Article[] => indexes.map((i) => this.archive.articles[i]!);
    const siteFeed = {
      title,
      description: `The latest articles in ${title}.`,
      pageUrl: '/',
      atomUrl: '/feed.xml',
      jsonUrl: '/feed.json',
      lang,
      articles: articles(latest(this.archive.articles.map((_, i) => i))),
    };
    yield madeFile({ url: '/feed.xml', body: atomFeed(siteFeed, base, title) });
    yield madeFile({ url: '/feed.json', body: jsonFeed(siteFeed, base) });
    // Topic feeds, most of the feeds' bytes, come unmade, known by their inputs: or, as the
    // topics' pages are (see pendingListing), by their entries' keys, while the topics are the
    // last build's (about 0.2 s of each rebuild at 100,000 articles).
    for (const t of this.archive.topics) {
      const url = `${t.url}feed.xml`;
      const entries = latest(t.articles);
      const spec = (): Omit<FeedSpec, 'articles'> => ({ title: `${t.name} · ${title}`, description: `The latest articles about ${t.name}.`, pageUrl: t.url, atomUrl: url, lang });
      const make = (): TextFile => ({ url, body: atomFeed({ ...spec(), articles: articles(entries) }, base, title) });
      const known = this.keys.listingHash(url, entries, 'feeds', this.keys.carries(t.slug));
      if (known) {
        yield { url, inputs: '', hash: known, make };
        continue;
      }
      const keys = entries.map((i) => this.feedEntryKey(i));
      const inputs = `${JSON.stringify(spec())}\n${keys.join('\n')}`;
      const hash = inputsHash('file', inputs);
      this.keys.rememberListing(url, entries, hash);
      yield { url, inputs, hash, make };
    }
  }

  /**
   * Every file but the pages: feeds, robots.txt, redirects and the JSON API (see unrelatedFiles,
   * unless `withUnrelated` is false: planned before), then the sitemap and the API's year files,
   * one at a time; `entries` are the sitemap's pages, in order.
   */
  *files(entries: SitemapEntry[], withUnrelated = true): Generator<PendingFile> {
    if (withUnrelated) yield* this.unrelatedFiles();
    // A sitemap file is known by the pages it lists, with their dates (see ArticleKeys.sitemapHash): made only if they changed.
    for (const file of sitemapFiles(entries, this.options.base)) {
      if (file.entries === null) yield madeFile(file.make());
      else yield { url: file.url, inputs: '', hash: this.keys.sitemapHash(file.url, file.entries), make: file.make };
    }
    // A year to a file: at 100,000 articles one file would be 130 MB, rewritten for every article
    // added. Each comes unmade, known by its articles' keys, topics and related articles: or by
    // their pages, as they were in the last build (see ArticleKeys.apiYearHash).
    for (const year of this.archive.years) {
      const url = apiYearUrl(year.key);
      const make = (): TextFile => ({ url, body: this.apiArticles(year.articles) });
      const known = this.keys.apiYearHash(url, year.articles);
      if (known) {
        yield { url, inputs: '', hash: known, make };
        continue;
      }
      const inputs = year.articles.map((k) => this.apiEntryInputs(k)).join('\n');
      const hash = inputsHash('file', inputs);
      this.keys.rememberApiYear(url, year.articles, hash);
      yield { url, inputs, hash, make };
    }
  }

  /**
   * The files made of the articles, their dates and topics, not of how they are related (see
   * feeds): a build that relates on a thread plans them while it waits. The topics' file, the
   * years' and the redirects were 0.1 s of each `serve` rebuild's main thread at 100,000
   * articles, after the relation, which that thread waited 0.2-1.2 s for.
   */
  *unrelatedFiles(): Generator<PendingFile> {
    const { base, lang } = this.options;
    yield* this.feeds();
    yield madeFile({ url: '/robots.txt', body: robotsTxt(base) });
    // An article's old paths (see parseAliases), each a page that sends readers on to it.
    for (const a of this.archive.articles) {
      for (const alias of a.aliases) if (alias.toLowerCase() !== a.url) yield madeFile({ url: alias, body: redirectPage(a, base, lang) });
    }
    yield madeFile({ url: API_ARTICLES_URL, body: this.apiYears() });
    yield madeFile({ url: '/api/topics.json', body: this.apiTopics() });
    yield madeFile({ url: SEARCH_SHARDS_URL, body: JSON.stringify([...new Set(shardKeys(this.archive.articles))].sort().reverse()) });
  }

  /** An article's entry in a feed, by what it is made of (see ArticleKeys.feedEntryKey), worked out once: an article is in many topics' feeds. */
  private feedEntryKey(i: number): string {
    let key = this.feedEntries[i];
    if (key === undefined) this.feedEntries[i] = key = this.keys.feedEntryKey(i);
    return key;
  }

  /** What an article's entry in the API is made from: the article and its topics (see topicsKey), and its related articles. */
  private apiEntryInputs(k: number): string {
    return `${this.keys.topicsKey(k)}\t${this.archive.articles[k]!.related.join(' ')}`;
  }

  private pageTitle(heading: string): string {
    return `${heading} · ${this.options.title}`;
  }

  /** An article's summary, made once: an article is listed on its day, month and every topic page. */
  private summary(i: number): ArticleSummary {
    let s = this.summaries[i];
    if (s === undefined) this.summaries[i] = s = summaryOf(this.archive.articles[i]!, this.dirOf(this.archive.articles[i]!));
    return s;
  }

  private topicLink(t: TopicRef): TopicLink {
    return { url: topicUrl(t.slug), label: t.name, kind: t.kind, count: this.topicCounts.get(t.slug) ?? 0 };
  }

  /**
   * The `n` topics of most of these articles, most first, each with how many of them it is a
   * topic of; ties go to the topic of more articles in the whole archive (see mostCounted).
   */
  private mostCoveredIn(articles: readonly number[], n: number): TopicLink[] {
    // The topics' places, looked up for these articles alone, since a rebuild makes one month's
    // page or two (ranking every article's topics first took 0.12-0.2 s at 100,000), once for
    // each article: a rebuild whose topics changed makes every month's and year's page, and
    // looking up each article's topics for each took 0.3-0.45 s of it at 100,000.
    const { ranks, counts } = (this.topicRanks ??= { ranks: new TopicRanks(this.archive.articles, new Map(this.archive.topics.map((t, rank) => [t.slug, rank]))), counts: new Int32Array(this.archive.topics.length) });
    const seen: number[] = [];
    for (const i of articles) ranks.count(i, counts, seen);
    const most = mostCounted(seen, counts, n).map((rank) => ({ ...this.topicLink(this.archive.topics[rank]!), count: counts[rank]! }));
    for (const rank of seen) counts[rank] = 0;
    return most;
  }

  private kindLink(kind: TopicKind): Link {
    return { url: KIND_URLS[kind], label: KIND_LABELS[kind] };
  }

  /** Topics grouped by kind, in the order given; `limit` caps each group. */
  private groupTopics<T extends KindLink>(topics: T[], limit = Infinity): TopicGroup<T>[] {
    return TOPIC_KINDS.map((kind) => {
      const all = topics.filter((t) => t.kind === kind);
      return { kind, label: KIND_LABELS[kind], topics: all.slice(0, limit), total: all.length, all: this.kindLink(kind) };
    }).filter((g) => g.total > 0);
  }

  private yearLink(year: string): Link {
    return { url: periodUrl(year), label: year };
  }

  private monthLink(key: string): Link {
    return { url: periodUrl(key), label: monthLabel(key) };
  }

  private dayLink(date: string): Link {
    return { url: periodUrl(date), label: dayLabel(date) };
  }

  private homePage(): HomePage {
    const { articles, years, months } = this.archive;
    const first = articles[0];
    const last = articles.at(-1);
    const latest: ArticleSummary[] = [];
    for (let i = articles.length - 1; i >= 0 && latest.length < HOME_LATEST; i--) latest.push(summaryOf(articles[i]!, this.dirOf(articles[i]!)));
    const description = first && last
      ? `An archive of ${articles.length} news articles from ${dayLabel(first.date)} to ${dayLabel(last.date)}.`
      : 'An archive of news articles.';
    return {
      ...this.plainPage('/', this.options.title, description, []),
      ownHeading: false,
      title: this.options.title,
      count: articles.length,
      countLabel: articlesLabel(articles.length),
      timeline: first && last ? monthTimeline(monthRange(first.date.slice(0, 7), last.date.slice(0, 7), this.monthCounts)) : monthTimeline([]),
      latest,
      span: first && last ? { first: this.dayLink(first.date), last: this.dayLink(last.date) } : null,
      years: [...years].reverse().map((y) => ({
        ...this.yearLink(y.key),
        count: y.articles.length,
        months: months.filter((m) => m.key.startsWith(`${y.key}-`)).map((m) => {
          const label = formatCalendarDate(`${m.key}-01`, 'MMM');
          return { url: m.url, label, count: m.articles.length, ariaLabel: `${label} ${y.key}, ${articlesLabel(m.articles.length)}` };
        }),
      })),
      topics: this.archive.topics.slice(0, HOME_TOPICS).map((t) => this.topicLink(t)),
    };
  }

  private articlePage(a: Article, i: number, coverage: Coverage): ArticlePage {
    const year = this.yearLink(a.date.slice(0, 4));
    const month = this.monthLink(a.date.slice(0, 7));
    const day = this.dayLink(a.date);
    // An article of a photo alone has no text to describe it: its title does.
    const description = shorten(a.summary || a.lede || a.title, 200);
    const breadcrumbs = [this.home, year, month, day];
    return {
      url: a.url,
      heading: a.title,
      ownHeading: false,
      headingLang: a.lang,
      headingDir: this.dirOf(a),
      // A browser's tabs and history, and search engines' results, tell apart by their titles the
      // articles of one headline (`Nominations Sent to the Senate`, every few weeks).
      title: this.pageTitle(this.sharedTitle[i] === 1 ? `${a.title} (${dayLabel(a.date)})` : a.title),
      description,
      breadcrumbs,
      head: this.meta.head(a.url, {
        ogType: 'article',
        ...(a.media.some((m) => isImageFile(m.file)) ? { image: mediaRefUrl(a.media.find((m) => isImageFile(m.file))!) } : {}),
        jsonLd: [this.meta.newsArticle(a, description), this.meta.breadcrumbList(breadcrumbs, { url: a.url, label: a.title })],
      }),
      lastmod: a.date,
      scripts: [],
      date: machineDate(a),
      dateLabel: dateTimeLabel(a),
      dateline: a.dateline,
      source: a.source,
      byline: a.authors.length ? `By ${joinNames(a.authors)}` : null,
      blocks: blocksOf(a),
      lang: a.lang,
      dir: this.dirOf(a),
      words: a.words,
      readingMinutes: a.readingMinutes,
      topicGroups: this.groupTopics(a.topics.map((t): KindLink => ({ url: topicUrl(t.slug), label: t.name, kind: t.kind }))),
      day,
      month,
      year,
      ...neighbour(this.archive.articles, i, (x) => ({ url: x.url, label: x.title, lang: x.lang, dir: this.dirOf(x) })),
      story: coverage.story && { ...coverage.story, reports: coverage.story.reports.map((k) => this.articleLink(k)) },
      related: coverage.related.map((k) => this.articleLink(k)),
    };
  }

  private articleLink(i: number): ArticleLink {
    const a = this.archive.articles[i]!;
    return { url: a.url, label: a.title, date: machineDate(a), dateLabel: dayLabel(a.date), source: a.source, lang: a.lang, dir: this.dirOf(a) };
  }

  /** The `dir` of an article's title and text: its language's (its own, else the site's) when written right to left. */
  private dirOf(a: Article): 'rtl' | 'auto' {
    return textDirection(a.lang ?? this.options.lang);
  }

  /** The story article `i` is a report of, if any: by the archive's stories as they are now, which relating gives (see relateArchive). */
  private storyOf(i: number): Story | undefined {
    if (this.stories?.of !== this.archive.stories) {
      const byArticle = new Map<number, Story>();
      for (const s of this.archive.stories) for (const k of s.articles) byArticle.set(k, s);
      this.stories = { of: this.archive.stories, byArticle };
    }
    return this.stories.byArticle.get(i);
  }

  /** Article i's related articles, as indexes (see Archive.related): none until the archive is related. */
  private relatedOf(i: number): readonly number[] {
    return this.archive.related[i] ?? [];
  }

  /** The other reports of an article's story and its related articles (indexes), each article linked once. */
  private coverage(i: number): Coverage {
    // A dozen articles at most: looked for in a list, as a set for each of 100,000 pages cost more.
    const listed = [i];
    let story: Coverage['story'] = null;
    const s = this.storyOf(i);
    if (s) {
      const nearest = this.nearestReports(s, i);
      listed.push(...nearest);
      const rest = s.articles.length - 1 - nearest.length;
      story = {
        summary: this.storySummaryOf(s),
        reports: nearest.sort((x, y) => x - y),
        more: rest > 0 ? { url: this.storyUrl(s), label: `and ${rest} more ${rest === 1 ? 'report' : 'reports'}` } : null,
      };
    }
    const related: number[] = [];
    for (const k of this.relatedOf(i)) {
      if (listed.includes(k)) continue;
      listed.push(k);
      related.push(k);
    }
    return { story, related };
  }

  /** The page of a story's every report (see hasStoryPage): below its first report's. */
  private storyUrl(s: Story): string {
    return `${this.archive.articles[s.articles[0]!]!.url}${STORY_PAGE}/`;
  }

  /**
   * Every report of a story, oldest first, 50 to a page: where each report lists only the
   * STORY_LISTED nearest, the rest are a link away. A page's inputs are the story's first report
   * (its title and URL name the page), its summary and the reports the page lists.
   */
  private *storyPages(s: Story): Generator<PendingPage> {
    const first = this.archive.articles[s.articles[0]!]!;
    const firstLink = { url: first.url, label: first.title, lang: first.lang, dir: this.dirOf(first) };
    const summary = this.storySummaryOf(s);
    const lastmod = this.newestDate(s.articles);
    for (const page of paginate(s.articles, this.storyUrl(s))) {
      const n = page.pager.page;
      const heading = `Coverage: ${first.title}`;
      // Past the first page, which reports it lists, and from when (oldest first, as listed).
      const dates = [page.items[0]!, page.items.at(-1)!].map((k) => this.archive.articles[k]!.date);
      // The first page names the story as the others do: by its count and sources alone, stories' pages read alike.
      const description = n > 1 ? `${heading}, ${pagePart(n, s.articles.length, page.items.length, PAGE_SIZE, 'report', 'reports')}, ${spanOf(dates[0]!, dates[1]!)}, oldest first.` : `${headed(heading)} ${summary}, every report, oldest first.`;
      yield this.pendingListing('stories', page.url, lastmod, () => [this.keys.articleKey(s.articles[0]!), page.url, page.pager, summary, lastmod], page.items, () => ({
        list: 'stories',
        page: {
          ...this.plainPage(page.url, heading, description, [this.home, firstLink]),
          ownHeading: false,
          title: this.pageTitle(pagedTitle(heading, n)),
          lastmod,
          count: s.articles.length,
          countLabel: pageCountLabel(s.articles.length, n, page.items.length),
          articles: page.items.map((k) => this.summary(k)),
          pager: page.pager,
          first: firstLink,
          summary,
        },
      }));
    }
  }

  /** A story's summary line, made once for all its reports. */
  private storySummaryOf(s: Story): string {
    let summary = this.storySummaries.get(s);
    if (summary === undefined) {
      const unnamed = s.articles.filter((k) => this.archive.articles[k]!.source === null).length;
      this.storySummaries.set(s, (summary = storySummary(s.articles.length, s.sources, unnamed)));
    }
    return summary;
  }

  /**
   * The STORY_LISTED other reports of `s` nearest in date to article `i`, walking outwards from
   * it in the story's order (by date, then file): on a tie, the earlier side first, and on one
   * side the nearer first. (Sorting all of them for each report made a story of n reports cost
   * n² log n.)
   */
  private nearestReports(s: Story, i: number): number[] {
    const list = s.articles;
    const day = (k: number): number => Date.parse(this.archive.articles[k]!.date);
    const at = day(i);
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]! < i) lo = mid + 1;
      else hi = mid;
    }
    let left = lo - 1;
    let right = lo + 1;
    const nearest: number[] = [];
    while (nearest.length < STORY_LISTED && (left >= 0 || right < list.length)) {
      const l = left >= 0 ? at - day(list[left]!) : Infinity;
      const r = right < list.length ? day(list[right]!) - at : Infinity;
      nearest.push(l <= r ? list[left--]! : list[right++]!);
    }
    return nearest;
  }

  /**
   * A year page, known as a listing of no articles (see pendingListing): it is made of the
   * archive's dates and topics alone, and its most covered topics (the year's every article's
   * topics counted) are worked out only when the page is made.
   */
  private pendingYear(p: Period, i: number): PendingPage {
    let page: YearPage | undefined;
    const make = (): YearPage => (page ??= this.yearPage(p, i));
    return this.pendingListing('years', p.url, this.newestDate(p.articles), make, [], () => ({ list: 'years', page: make() }));
  }

  private yearPage(p: Period, i: number): YearPage {
    const counts = this.monthCounts;
    return {
      ...this.plainPage(p.url, p.key, `${articlesLabel(p.articles.length)} from ${p.key}, by month.`, [this.home]),
      lastmod: this.newestDate(p.articles),
      count: p.articles.length,
      countLabel: articlesLabel(p.articles.length),
      timeline: monthTimeline(monthRange(`${p.key}-01`, `${p.key}-12`, this.monthCounts)),
      months: Array.from({ length: 12 }, (_, m) => {
        const key = `${p.key}-${pad2(m + 1)}`;
        const count = counts.get(key) ?? 0;
        return { label: monthName(key), url: count > 0 ? periodUrl(key) : null, count };
      }),
      topics: this.keys.ofTopics(`year ${p.key}`, () => this.mostCoveredIn(p.articles, YEAR_TOPICS)),
      topicsHeading: `Most covered in ${p.key}`,
      ...neighbour(this.archive.years, i, (y) => this.yearLink(y.key)),
    };
  }

  private calendar(key: string): CalendarCell[][] {
    const [y, m] = key.split('-').map(Number) as [number, number];
    const counts = this.dayCounts;
    const days = daysInMonth(y, m);
    let max = 0;
    for (let d = 1; d <= days; d++) max = Math.max(max, counts.get(`${key}-${pad2(d)}`) ?? 0);
    const cells: CalendarCell[] = [];
    const blank = (): CalendarCell => ({ day: null, url: null, count: 0, label: '', level: 0 });
    for (let i = 0; i < weekdayIndex(`${key}-01`); i++) cells.push(blank());
    for (let d = 1; d <= days; d++) {
      const date = `${key}-${pad2(d)}`;
      const count = counts.get(date) ?? 0;
      const label = `${dayLabel(date)}: ${count === 0 ? 'no articles' : articlesLabel(count)}`;
      cells.push({ day: d, url: count > 0 ? periodUrl(date) : null, count, label, level: heatLevel(count, max) });
    }
    while (cells.length % 7 !== 0) cells.push(blank());
    const weeks: CalendarCell[][] = [];
    for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
    return weeks;
  }

  // A month's and a day's parts beside their articles are worked out only for a page not known
  // by its articles' keys (see pendingListing): their dates' labels alone took 0.2 s of each
  // rebuild at 100,000 articles.
  private *monthPages(p: Period, i: number): Generator<PendingPage> {
    let around: { weeks: CalendarCell[][]; nav: Neighbours; topicsHeading: string } | undefined;
    const parts = (): NonNullable<typeof around> => (around ??= {
      weeks: this.calendar(p.key),
      nav: neighbour(this.archive.months, i, (m) => this.monthLink(m.key)),
      topicsHeading: `Most covered in ${monthLabel(p.key)}`,
    });
    for (const [n, listing] of this.periodListing(p, () => monthLabel(p.key), () => [this.home, this.yearLink(p.key.slice(0, 4))]).entries()) {
      // On the first page, which readers land on; the later pages list older articles only.
      let topics: TopicLink[] | undefined;
      const mostCovered = (): TopicLink[] => (topics ??= n === 0 ? this.keys.ofTopics(`month ${p.key}`, () => this.mostCoveredIn(p.articles, MONTH_TOPICS)) : []);
      yield this.pendingListing('months', listing.url, listing.lastmod, () => [listing.fixed, parts().weeks, parts().nav, mostCovered()], listing.items, () => {
        const { weeks, nav, topicsHeading } = parts();
        return { list: 'months', page: { ...listing.make(), weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'], weeks, topics: mostCovered(), topicsHeading, ...nav } };
      });
    }
  }

  private *dayPages(p: Period, i: number): Generator<PendingPage> {
    let around: { nav: Neighbours; others: { otherYears: Link[]; otherYearsHeading: string } } | undefined;
    const parts = (): NonNullable<typeof around> => (around ??= {
      nav: neighbour(this.archive.days, i, (d) => this.dayLink(d.key)),
      // The same day of other years, for a reader browsing an anniversary.
      others: {
        otherYears: (this.sameDays.get(p.key.slice(5)) ?? []).filter((k) => k !== p.key).map((k) => ({ url: periodUrl(k), label: k.slice(0, 4) })),
        otherYearsHeading: `${formatCalendarDate(p.key, 'd MMMM')} in other years`,
      },
    });
    const breadcrumbs = (): Link[] => [this.home, this.yearLink(p.key.slice(0, 4)), this.monthLink(p.key.slice(0, 7))];
    for (const listing of this.periodListing(p, () => dayLabel(p.key), breadcrumbs)) {
      yield this.pendingListing('days', listing.url, listing.lastmod, () => [listing.fixed, parts().nav, parts().others], listing.items, () => ({ list: 'days', page: { ...listing.make(), ...parts().nav, ...parts().others } }), this.daysAsBefore.has(p.key));
    }
  }

  /**
   * A day's or a month's articles, newest first, 50 to a page: for each page, the articles it
   * lists (indexes), everything else it is made from (`fixed`), and how to make it; its heading
   * and breadcrumbs are asked for only to make it.
   */
  private periodListing(p: Period, headingOf: () => string, breadcrumbs: () => Link[]): { url: string; lastmod: string | null; items: number[]; fixed: unknown; make(): ListingPage }[] {
    const count = p.articles.length;
    let heading: string | undefined;
    // Page 1 says what the period holds; each page after it, which of its articles it lists
    // (and, on a month's, from which days), so that no two pages share a description.
    const description = (page: Paged<number>): string => {
      heading ??= headingOf();
      const n = page.pager.page;
      if (n <= 1) return `${articlesLabel(count)} from ${heading}.`;
      const dates = p.kind === 'day' ? [] : [page.items.at(-1)!, page.items[0]!].map((k) => this.archive.articles[k]!.date);
      return `${heading}, ${pagePart(n, count, page.items.length, PAGE_SIZE, 'article', 'articles')}${dates.length ? `, ${spanOf(dates[0]!, dates[1]!)}` : ''}, newest first.`;
    };
    const lastmod = this.newestDate(p.articles);
    return paginate([...p.articles].reverse(), p.url).map((page) => ({
      url: page.url,
      lastmod,
      items: page.items,
      fixed: [p.key, page.url, page.pager, p.articles.length, lastmod],
      make: () => ({
        ...this.plainPage(page.url, (heading ??= headingOf()), description(page), breadcrumbs()),
        title: this.pageTitle(pagedTitle(heading, page.pager.page)),
        lastmod,
        count: p.articles.length,
        countLabel: pageCountLabel(p.articles.length, page.pager.page, page.items.length),
        articles: page.items.map((k) => this.summary(k)),
        pager: page.pager,
      }),
    }));
  }

  /**
   * A listing page known by its inputs: everything it is made from but the articles it lists
   * (`fixed`, which must hold all of that), and those articles by key (see articleKey). A day,
   * month, year or topic page whose articles have the keys they had in the last build with the same
   * topics is known by that build's hash (see ArticleKeys.listingsFor), and its fixed part is
   * not even made: at 100,000 articles, making and hashing the inputs of the 60,000 such pages
   * took about 1 s of every rebuild under `serve`.
   */
  private pendingListing(list: PageList, url: string, lastmod: string | null, fixed: () => unknown, items: number[], make: () => ListedPage, asBefore = false): PendingPage {
    const all = this.keys.all();
    const kept = list !== 'stories';
    const known = kept ? this.keys.listingHash(url, items, 'keys', asBefore) : null;
    if (known) return { list, url, lastmod, inputs: '', hash: known, make };
    const keys = items.map((k) => all[k]!);
    // Keys are URL-safe hashes: spaces part them unambiguously, without JSON's escaping of each (0.3 s at 100,000 articles).
    let inputs = `${JSON.stringify(fixed())}\n`;
    for (const key of keys) inputs += `${key} `;
    const hash = inputsHash(list, inputs);
    if (kept) this.keys.rememberListing(url, items, hash);
    return { list, url, lastmod, inputs, hash, make };
  }

  private topicIndexPage(): TopicIndexPage {
    return {
      ...this.plainPage('/topics/', 'Topics', `${this.archive.topics.length} topics in the archive: people, places, organisations and subjects.`, [this.home]),
      groups: this.groupTopics(this.archive.topics.map((t) => this.topicLink(t)), TOPIC_INDEX_PER_KIND),
    };
  }

  /** Every topic of one kind, most covered first: `/people/`, `/places/`, … (a kind with none still has its page). */
  private kindPages(kind: TopicKind): KindPage[] {
    const topics = this.archive.topics.filter((t) => t.kind === kind).map((t) => this.topicLink(t));
    const label = KIND_LABELS[kind];
    const description = `${topics.length} ${label.toLowerCase()} in the archive, most covered first.`;
    return paginate(topics, KIND_URLS[kind], KIND_PAGE_SIZE).map((page) => ({
      ...this.plainPage(page.url, label, page.pager.page > 1 ? `${label}, ${pagePart(page.pager.page, topics.length, page.items.length, KIND_PAGE_SIZE)} in the archive, most covered first.` : description, [this.home, this.topicsLink]),
      title: this.pageTitle(pagedTitle(label, page.pager.page)),
      kind,
      count: topics.length,
      topics: page.items,
      pager: page.pager,
    }));
  }

  /**
   * A topic's pages: its own URL gives the overview and its newest articles; older articles
   * are on numbered pages counted from its first article, which never change once written
   * (see paginateFromOldest), so that adding an article rewrites one page of each topic.
   */
  private *topicPages(t: Topic): Generator<PendingPage> {
    const feed: FeedLink = { type: 'application/atom+xml', href: `${t.url}feed.xml`, title: `${t.name} (Atom)` };
    const kindLabel = KIND_SINGULAR[t.kind];
    const topic = { url: t.url, label: t.name };
    const crumbs = [this.home, this.topicsLink, this.kindLink(t.kind)];
    // Written out field by field, as one literal: built by spreading, each page got a hidden class of its own.
    const topicPage = (page: Paged<number>, title: string, description: string, breadcrumbs: Link[], lastmod: string, overview: TopicOverview | null, range: string | null): TopicPage => ({
      url: page.url,
      heading: t.name,
      ownHeading: false,
      title,
      description,
      breadcrumbs,
      head: this.meta.head(page.url, { feeds: [feed] }),
      lastmod,
      scripts: [],
      kind: t.kind,
      kindLabel,
      kindPage: this.kindLink(t.kind),
      topic,
      feed,
      articles: page.items.map((k) => this.summary(k)),
      pager: page.pager,
      overview,
      range,
    });
    for (const page of paginateFromOldest(t.articles, t.url)) {
      if (page.pager.page === 0) {
        // Known by what it shows of the topic (its sparkline by the counts it is drawn from), so
        // that a rebuild makes the pages of the topics that changed only (0.4 s a rebuild at 100,000 articles).
        const fixed = (): unknown => {
          const cooccurring = t.cooccurring.map((c) => {
            const other = this.topicsBySlug.get(c.slug)!;
            return [c.slug, other.name, other.kind, c.count];
          });
          return [t.url, t.name, t.kind, t.aliases, t.first, t.last, t.articles.length, cooccurring, this.monthCountsKey(t), page.url, page.pager];
        };
        yield this.pendingListing('topics', page.url, t.last, fixed, page.items, () => {
          const span = spanOf(t.first, t.last);
          const description = `${articlesLabel(t.articles.length)} about ${t.name} (${kindLabel.toLowerCase()}), ${span}.`;
          return { list: 'topics', page: topicPage(page, this.pageTitle(t.name), description, crumbs, t.last, this.topicOverview(t, span, this.monthCountsOf(t)), null) };
        }, this.keys.carries(t.slug));
        continue;
      }
      // Only what is on this page: nothing here may change as the topic grows.
      const n = page.pager.page;
      const lastmod = this.archive.articles[page.items[0]!]!.date;
      yield this.pendingListing('topics', page.url, lastmod, () => [t.url, t.name, t.kind, page.url, page.pager], page.items, () => {
        const dates = [page.items.at(-1)!, page.items[0]!].map((k) => this.archive.articles[k]!.date);
        const range = `Articles ${(n - 1) * PAGE_SIZE + 1} to ${n * PAGE_SIZE} about ${t.name}, ${spanOf(dates[0]!, dates[1]!)}`;
        return { list: 'topics', page: topicPage(page, this.pageTitle(`${t.name} (page ${n})`), `${range}.`, [...crumbs, topic], lastmod, null, range) };
      }, this.keys.carries(t.slug));
    }
  }

  /** What a topic's own page says of the whole topic; `counts` are its articles by month (see monthCountsOf). */
  private topicOverview(t: Topic, span: string, counts: Map<string, number>): TopicOverview {
    return {
      count: t.articles.length,
      countLabel: articlesLabel(t.articles.length),
      spanLabel: span,
      aliases: t.aliases.slice(0, ALIASES_SHOWN),
      moreAliases: t.aliases.length > ALIASES_SHOWN ? `and ${spellingsLabel(t.aliases.length - ALIASES_SHOWN)}` : null,
      cooccurring: t.cooccurring.map((c) => ({ ...this.topicLink(this.topicsBySlug.get(c.slug)!), count: c.count })),
      sparkline: sparkline(monthRange(t.first.slice(0, 7), t.last.slice(0, 7), counts), t.name),
    };
  }

  /**
   * Calls `run` with each month of a topic's articles, oldest first (the months without any left
   * out): the index of its first article and how many it has. Articles come oldest first, so each
   * month's are one run, told apart by month numbers (see monthNumbers).
   */
  private eachMonth(t: Topic, run: (first: number, count: number) => void): void {
    let first = -1;
    let count = 0;
    for (const i of t.articles) {
      if (count > 0 && this.monthNumbers[i] !== this.monthNumbers[first]) {
        run(first, count);
        count = 0;
      }
      if (count === 0) first = i;
      count++;
    }
    if (count > 0) run(first, count);
  }

  /** What monthCountsOf says, as a key: every topic page 0's inputs hold it; the map itself is made only for pages made. */
  private monthCountsKey(t: Topic): string {
    let key = '';
    this.eachMonth(t, (first, count) => (key += `${this.monthNumbers[first]}:${count} `));
    return key;
  }

  /** A topic's articles by month (`2017-11`), oldest first, the months without any left out. */
  private monthCountsOf(t: Topic): Map<string, number> {
    const counts = new Map<string, number>();
    this.eachMonth(t, (first, count) => counts.set(this.monthKeys[first]!, count));
    return counts;
  }

  private searchPage(): SearchPage {
    return {
      ...this.plainPage('/search/', 'Search', `Search the ${this.archive.articles.length} articles of ${this.options.title}.`, [this.home]),
      scripts: ['/assets/search.js'],
      filters: SEARCH_FILTERS,
    };
  }

  /** The years of `/api/articles/YYYY.json`, oldest first: `{year, count, url}`. */
  private apiYears(): string {
    const { base } = this.options;
    return JSON.stringify({ years: this.archive.years.map((y) => ({ year: y.key, count: y.articles.length, url: publicUrl(base, apiYearUrl(y.key)) })) });
  }

  /** Articles (indexes into the archive), oldest first, as the API gives them. */
  private apiArticles(indexes: number[]): string {
    const { base } = this.options;
    return JSON.stringify(
      indexes.map((i) => {
        const a = this.archive.articles[i]!;
        return {
          id: a.id,
          url: publicUrl(base, a.url),
          title: a.title,
          date: a.date,
          time: a.time,
          zone: a.zone,
          source: a.source,
          authors: a.authors,
          dateline: a.dateline,
          topics: a.topics.map((t) => ({ slug: t.slug, name: t.name, kind: t.kind })),
          related: a.related,
          words: a.words,
          file: a.file,
        };
      }),
    );
  }

  /** Every topic, most covered first: `{slug, name, kind, aliases, count, url}`. */
  private apiTopics(): string {
    const { base } = this.options;
    return JSON.stringify(
      this.archive.topics.map((t) => ({
        slug: t.slug,
        name: t.name,
        kind: t.kind,
        aliases: t.aliases,
        count: t.articles.length,
        first: t.first,
        last: t.last,
        url: publicUrl(base, t.url),
      })),
    );
  }
}

/** What an article page shows of other articles, as indexes into the archive (see SiteBuilder.coverage). */
interface Coverage {
  story: { summary: string; reports: number[]; more: Link | null } | null;
  related: number[];
}

/** Site-wide settings every page depends on. */
export function siteMeta(options: SiteOptions): SiteMeta {
  const { base, title, lang } = options;
  return {
    title,
    pathPrefix: base.pathPrefix,
    origin: base.origin,
    lang,
    uiLang: isEnglish(lang) ? null : 'en',
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    referrerPolicy: REFERRER_POLICY,
  };
}

/**
 * What the search index holds, a shard at a time, oldest first: each article's title and
 * text, with its filters. A shard comes with its inputs, as an article page does (see
 * PendingPage): the records are made only for a shard whose inputs changed. Needs placed
 * articles only, not the archive's indexes: indexing can start before they are built. `lang`
 * is the site's language (`--lang`), for the direction of the articles that name none.
 */
export function* searchShards(articles: readonly Article[], keys: ArticleKeys, base: BaseUrl, lang: string): Generator<PendingShard> {
  const shards = shardKeys(articles);
  let start = 0;
  for (let i = 0; i < shards.length; i++) {
    if (shards[i + 1] === shards[i]) continue;
    const from = start;
    const list = articles.slice(from, i + 1);
    start = i + 1;
    // A record is made of the article (its URL and what its seed says: see articleKey) and its
    // topics' names (the filters); an edit of the seed re-indexes its shard even when the edit
    // changes nothing searched (a front matter summary), which is rare and safe.
    const inputs = list.map((_, j) => keys.topicsKey(from + j)).join('\n');
    const records = (): SearchRecord[] => {
      const places = dayPlaces(list);
      return list.map((a, j) => searchRecord(a, base, lang, places[j]!));
    };
    yield { shard: shards[i]!, inputs, count: list.length, records };
  }
}

/** The filters a search record may have (see searchRecord). */
export const SEARCH_FILTERS = ['year', 'source', ...TOPIC_KINDS.map((kind) => KIND_LABELS[kind])];

/**
 * Each article's place among the articles of its day, 0 for the first, in archive order (by time
 * of day, those without one first, then by file: see byPublication), which the day pages show
 * reversed. A day's articles are all in one shard, one after another.
 */
function dayPlaces(list: readonly Article[]): number[] {
  const places: number[] = [];
  for (let j = 0; j < list.length; j++) places.push(j > 0 && list[j - 1]!.date === list[j]!.date ? places[j - 1]! + 1 : 0);
  return places;
}

/**
 * What search sorts an article by, newest or oldest first: its date, its time of day with its
 * seconds (`2017-11-14T10:30:00`, as the archive orders it: see clockOrder; none for a date
 * alone) and its place in its day (see dayPlaces), `2017-11-14T10:30:00 000002`, so that the
 * articles of a day come in the day pages' order, not in the index's. Pagefind sorts values as
 * numbers only when every value of a bundle reads as one, else as text, byte by byte:
 * `2017-11-14 000000` (no time) before `2017-11-14T09:05:00 000001`, `T10:30:15 …` before
 * `T10:30:15.5 …`, since a space is below `T`, `.`, `:` and the digits. The place
 * settles equal times as the day pages do, whatever order Pagefind keeps for equal values.
 */
export function searchSortKey(a: Pick<Article, 'date' | 'time'>, place: number): string {
  return `${a.time ? `${a.date}T${clockOrder(a.time)}` : a.date} ${String(place).padStart(6, '0')}`;
}

/** An article's search record, as one literal (see topicPages); `place`: its place in its day (see dayPlaces). */
function searchRecord(a: Article, base: BaseUrl, lang: string, place: number): SearchRecord {
  const filters: Record<string, string[]> = { year: [a.date.slice(0, 4)] };
  // Under its topic's name, as its page names it: one agency is one value, in whatever script each report names it (`ТАСС`, `TASS`: see agencies.ts).
  const source = sourceName(a);
  if (source) filters.source = [source];
  for (const kind of TOPIC_KINDS) {
    const names = a.topics.filter((t) => t.kind === kind).map((t) => t.name);
    if (names.length) filters[KIND_LABELS[kind]] = names;
  }
  return {
    url: publicUrl({ origin: null, pathPrefix: base.pathPrefix }, a.url),
    content: searchContent(a),
    // Its direction as SiteBuilder.dirOf gives it to the site's lists: dir="auto" alone laid out
    // an Arabic title opening with a Latin name (`CNN: …`) left to right among the results.
    meta: { title: a.title, date: a.date, dateLabel: dayLabel(a.date), ...(a.lang ? { lang: a.lang } : {}), ...(textDirection(a.lang ?? lang) === 'rtl' ? { dir: 'rtl' as const } : {}) },
    filters,
    // The date shown and placed in a bundle is meta.date, the calendar date: this is the order only.
    sort: { date: searchSortKey(a, place) },
  };
}

/** A search index shard, known by its inputs; `records()` makes its records. */
export interface PendingShard {
  shard: string;
  inputs: string;
  /** Its articles, one record each. */
  count: number;
  records(): SearchRecord[];
}

/** A file (feed, sitemap, API), made, or known by its inputs as a page can be (see PendingPage). */
export interface PendingFile {
  url: string;
  inputs: string | null;
  /** The hash of `inputs` (see inputsHash), when it comes with them; or alone, when it was known without them (see ArticleKeys.listingHash, sitemapHash): `inputs` is then ''. */
  hash?: string;
  make(): TextFile;
}

function madeFile(file: TextFile): PendingFile {
  return { url: file.url, inputs: null, make: () => file };
}

/** A page with the list (and so the template) it belongs to. */
export type ListedPage = { [L in PageList]: { list: L; page: SiteData[L][number] } }[PageList];

/** A page to write, made only when it must be rendered or hashed. */
export interface PendingPage {
  list: PageList;
  url: string;
  lastmod: string | null;
  /**
   * Everything the page is made from, as text, when that is much cheaper to know than the
   * page itself; null when the page comes made. The renderer's code is part of the build
   * cache's version, so equal inputs make equal pages.
   */
  inputs: string | null;
  /** The hash of `inputs` (see inputsHash), when it comes with them; or alone, when it was known without them (see ArticleKeys.pageHash): `inputs` is then ''. */
  hash?: string;
  make(): ListedPage;
}

function made(item: ListedPage): PendingPage {
  return { list: item.list, url: item.page.url, lastmod: item.page.lastmod, inputs: null, make: () => item };
}

/** A site with no pages or files yet: what a chunk of pages is added to. */
export function emptySite(meta: SiteMeta): SiteData {
  return {
    meta, home: [], articles: [], years: [], months: [], days: [], topicIndex: [], kinds: [], topics: [], stories: [], notFound: [], search: [], files: [],
  };
}

export function addPage(site: SiteData, item: ListedPage): void {
  (site[item.list] as PageBase[]).push(item.page);
}

/** Whether a page is listed in the sitemap: all but the 404 page. */
export function inSitemap(item: { list: PageList }): boolean {
  return item.list !== 'notFound';
}
