// What Eleventy's data cascade receives: one ready-made object per page. Templates only render these.
import type { Pager } from '../archive/paginate.ts';
import type { Block, TopicKind } from '../types.ts';
import type { BarChart, Sparkline } from './charts.ts';
import type { FeedLink, HeadMeta } from './metadata.ts';
import type { TextFile } from './sitemap.ts';

export interface Link {
  url: string;
  label: string;
  /** An article's own language, when the label is its title (see ArticleSummary.lang); null or absent for the site's. */
  lang?: string | null;
  /** The label's `dir` when it is an article's title (see ArticleSummary.dir); absent for others, isolated with `auto`. */
  dir?: 'rtl' | 'auto';
}

export interface PageBase {
  /** Site-relative URL the page is written to. */
  url: string;
  /** The page's `<h1>`. */
  heading: string;
  /** Whether the heading is the tool's own words (a date, "Topics"), not an article's, a topic's or the site's name. */
  ownHeading: boolean;
  /** The heading's own language, when it is an article's title in another (see ArticleSummary.lang). */
  headingLang?: string | null;
  /** The heading's `dir` when it is an article's title (see ArticleSummary.dir). */
  headingDir?: 'rtl' | 'auto';
  /** The `<title>`. */
  title: string;
  description: string;
  breadcrumbs: Link[];
  head: HeadMeta;
  /** Newest article date on the page, for the sitemap. */
  lastmod: string | null;
  /** Scripts the page loads (site URLs); only the search page has any. */
  scripts: string[];
}

export interface ArticleSummary {
  url: string;
  title: string;
  /** The date, with the time of day and its offset as the seed gives them (`2017-11-14T10:30:00+01:00`, `2017-11-14T10:30`), for `<time datetime>`. */
  date: string;
  dateLabel: string;
  dateline: string | null;
  source: string | null;
  summary: string;
  readingMinutes: number;
  /** The article's own language (front matter `lang`), for its title and summary; null for the site's. */
  lang: string | null;
  /** The `dir` of its title and summary (see ArticlePage.dir). */
  dir: 'rtl' | 'auto';
}

/** A link to a topic page. */
export interface KindLink extends Link {
  kind: TopicKind;
}

/** A link to a topic page with the topic's article count. */
export interface TopicLink extends KindLink {
  count: number;
}

export interface TopicGroup<T extends KindLink = TopicLink> {
  kind: TopicKind;
  label: string;
  topics: T[];
  /** Topics of this kind in the whole archive; `topics` may list only the most covered. */
  total: number;
  /** The page that lists every topic of this kind (`/people/`, …). */
  all: Link;
}

/** A link to another article, with its date and source. */
export interface ArticleLink extends Link {
  /** As ArticleSummary's: what its `<time datetime>` says, as exact as the seed. */
  date: string;
  dateLabel: string;
  source: string | null;
  /** The article's own language, for its title; null for the site's. */
  lang: string | null;
}

/** The other reports of the story an article belongs to. */
export interface StoryReports {
  /** E.g. "2 reports, from TASS and one other source". */
  summary: string;
  /** The other reports (the nearest in date, at most STORY_LISTED), oldest first. */
  reports: ArticleLink[];
  /** "and 49 more reports", linking to the story's page, when not all are listed. */
  more: Link | null;
}

export interface ArticlePage extends PageBase {
  /** As ArticleSummary's. */
  date: string;
  dateLabel: string;
  dateline: string | null;
  source: string | null;
  /** "By Jane Roe and John Doe", from the seed's authors; null when it names none. */
  byline: string | null;
  blocks: Block[];
  /** The article's own language, for its title and text; null for the site's. */
  lang: string | null;
  /** The `dir` of its title and text: `rtl` when their language (its own, else the site's) is written right to left (see textDirection). */
  dir: 'rtl' | 'auto';
  words: number;
  readingMinutes: number;
  /** Without counts: an article page does not change when its topics gain articles. */
  topicGroups: TopicGroup<KindLink>[];
  day: Link;
  month: Link;
  year: Link;
  prev: Link | null;
  next: Link | null;
  /** The story's other reports, when the article is a report of a story. */
  story: StoryReports | null;
  /** Related articles, best first, without those listed with the story. */
  related: ArticleLink[];
}

export interface MonthCount {
  label: string;
  url: string | null;
  count: number;
}

export interface YearPage extends PageBase {
  count: number;
  /** "1 article", "12 articles". */
  countLabel: string;
  timeline: BarChart;
  months: MonthCount[];
  /** The topics of most of its articles, most first (see YEAR_TOPICS); `count` is of the year's articles only. */
  topics: TopicLink[];
  /** What they are: "Most covered in 2022". */
  topicsHeading: string;
  prev: Link | null;
  next: Link | null;
}

export interface CalendarCell {
  day: number | null;
  url: string | null;
  count: number;
  label: string;
  /** Heat-map shade, 0 (no article) to 4 (the month's busiest day). */
  level: number;
}

export interface ListingPage extends PageBase {
  count: number;
  /** "1 article", "12 articles". */
  countLabel: string;
  articles: ArticleSummary[];
  pager: Pager;
}

export interface MonthPage extends ListingPage {
  weekdays: string[];
  weeks: CalendarCell[][];
  /** On its first page, the topics of most of its articles (see YearPage.topics; MONTH_TOPICS of them); none on the others. */
  topics: TopicLink[];
  /** What they are: "Most covered in March 2022". */
  topicsHeading: string;
  prev: Link | null;
  next: Link | null;
}

/** Every report of a story too large to list beside each of them (see SiteBuilder.storyPages), oldest first. */
export interface StoryPage extends ListingPage {
  /** The story's first report, whose title names the story and under whose URL its page is. */
  first: Link & { lang: string | null };
  /** E.g. "60 reports, from TASS, Xinhua and 3 other sources". */
  summary: string;
}

export interface DayPage extends ListingPage {
  prev: Link | null;
  next: Link | null;
  /** The same day of the other years that have articles on it ("14 November" of 2016, 2018 …), oldest first, each labelled by its year. */
  otherYears: Link[];
  /** What they are: "14 November in other years". */
  otherYearsHeading: string;
}

/** What a topic's own page says of the whole topic. */
export interface TopicOverview {
  count: number;
  /** "1 article", "12 articles". */
  countLabel: string;
  /** "from 3 May 2017 to 9 June 2020", or "on 3 May 2017" when that is the only day. */
  spanLabel: string;
  /** Other names the topic goes by: the first ALIASES_SHOWN of them (the API lists all). */
  aliases: string[];
  /** "and 180 other spellings" when it goes by more, or null. */
  moreAliases: string | null;
  /** The topics most often in the same articles; `count` is how many articles they share. */
  cooccurring: TopicLink[];
  sparkline: Sparkline;
}

/**
 * A page of a topic: its own URL (the overview and its newest articles), or one of its older
 * pages, which hold only their own articles so that they never change as the topic grows.
 */
export interface TopicPage extends PageBase {
  kind: TopicKind;
  kindLabel: string;
  /** The page listing every topic of this kind. */
  kindPage: Link;
  /** The topic's own page. */
  topic: Link;
  feed: FeedLink;
  articles: ArticleSummary[];
  pager: Pager;
  /** On the topic's own page only. */
  overview: TopicOverview | null;
  /** On older pages only: "Articles 51 to 100 about Syria, from 3 May 2017 to 9 June 2017". */
  range: string | null;
}

export interface TopicIndexPage extends PageBase {
  groups: TopicGroup[];
}

/** Every topic of one kind (`/people/`, `/places/`, …), most covered first. */
export interface KindPage extends PageBase {
  kind: TopicKind;
  count: number;
  topics: TopicLink[];
  pager: Pager;
}

export interface YearLink extends Link {
  count: number;
  /** Each month with an accessible name that says its year and count ("Mar 2017, 1 article"). */
  months: (Link & { count: number; ariaLabel: string })[];
}

export interface HomePage extends PageBase {
  count: number;
  /** "1 article", "12 articles". */
  countLabel: string;
  latest: ArticleSummary[];
  span: { first: Link; last: Link } | null;
  years: YearLink[];
  topics: TopicLink[];
  timeline: BarChart;
}

export interface SiteMeta {
  title: string;
  /** Path prefix the site is served under (`/` or `/news/archive/`). */
  pathPrefix: string;
  /** Absolute origin when known, for canonical URLs. */
  origin: string | null;
  lang: string;
  /**
   * The language of the tool's own words (navigation, headings, labels, dates): English. Null on
   * an English site; on another, the `lang` the templates mark those words with, so that a screen
   * reader speaks them as English within pages in the site's language.
   */
  uiLang: string | null;
  contentSecurityPolicy: string;
  referrerPolicy: string;
}

/** The page lists of SiteData that Eleventy renders, one template each. */
export const PAGE_LISTS = ['home', 'articles', 'years', 'months', 'days', 'topicIndex', 'kinds', 'topics', 'stories', 'notFound', 'search'] as const;
export type PageList = (typeof PAGE_LISTS)[number];

/** The search page: the names of the search index's filters, so that the page knows them before it loads their values. */
export interface SearchPage extends PageBase {
  filters: string[];
}

/**
 * Everything the templates receive, under the global data key `archive`. Single pages come
 * as one-item lists so that every template paginates the same way; a chunk of the site being
 * rendered has only some of the pages.
 */
export interface SiteData {
  meta: SiteMeta;
  home: HomePage[];
  articles: ArticlePage[];
  years: YearPage[];
  months: MonthPage[];
  days: DayPage[];
  topicIndex: TopicIndexPage[];
  /** One listing per kind of topic, paginated. */
  kinds: KindPage[];
  topics: TopicPage[];
  stories: StoryPage[];
  notFound: PageBase[];
  search: SearchPage[];
  /** Files that are not HTML pages: feeds, sitemap, robots.txt, the JSON API. */
  files: TextFile[];
}
