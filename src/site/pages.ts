// The archive's indexes -> one data object per page, ready for the templates.
import { paginate } from '../archive/paginate.ts';
import { periodUrl } from '../archive/build.ts';
import type { Archive, Period, Topic } from '../archive/types.ts';
import { daysInMonth, formatCalendarDate, pad2, weekdayIndex } from '../seeds/dates.ts';
import type { Article, TopicKind, TopicRef } from '../types.ts';
import { TOPIC_KINDS } from '../types.ts';
import { type BaseUrl, publicUrl } from './base-url.ts';
import { assertSafeUrl, CONTENT_SECURITY_POLICY, REFERRER_POLICY } from './security.ts';
import type {
  ArticlePage, ArticleSummary, CalendarCell, DayPage, HomePage, Link, MonthPage, PageBase, SiteData,
  TopicGroup, TopicIndexPage, TopicLink, TopicPage, YearPage,
} from './types.ts';

export interface SiteOptions {
  base: BaseUrl;
  title: string;
}

/** Articles shown on the home page. */
export const HOME_LATEST = 20;
/** Topics shown on the home page. */
export const HOME_TOPICS = 24;
/** Longest summary on a listing, in characters. */
export const SUMMARY_LENGTH = 220;

export const KIND_LABELS: Record<TopicKind, string> = {
  person: 'People',
  place: 'Places',
  organization: 'Organisations',
  subject: 'Subjects',
};
const KIND_SINGULAR: Record<TopicKind, string> = {
  person: 'Person',
  place: 'Place',
  organization: 'Organisation',
  subject: 'Subject',
};

const dayLabel = (date: string): string => formatCalendarDate(date, 'd MMMM yyyy');
const monthLabel = (key: string): string => formatCalendarDate(`${key}-01`, 'MMMM yyyy');
const monthName = (key: string): string => formatCalendarDate(`${key}-01`, 'MMMM');

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/u, '')}…`;
}

function summaryOf(a: Article): ArticleSummary {
  return {
    url: a.url,
    title: a.title,
    date: a.date,
    dateLabel: dayLabel(a.date),
    dateline: a.dateline,
    source: a.source,
    summary: shorten(a.summary, SUMMARY_LENGTH),
    readingMinutes: a.readingMinutes,
  };
}

function neighbour<T>(list: T[], i: number, toLink: (item: T) => Link): { prev: Link | null; next: Link | null } {
  const prev = list[i - 1];
  const next = list[i + 1];
  return { prev: prev === undefined ? null : toLink(prev), next: next === undefined ? null : toLink(next) };
}

function pagedTitle(title: string, page: number): string {
  return page > 1 ? `${title} (page ${page})` : title;
}

export class SiteBuilder {
  private readonly home: Link = { url: '/', label: 'Home' };
  private readonly topicsLink: Link = { url: '/topics/', label: 'Topics' };
  private readonly topicCounts: Map<string, number>;

  constructor(
    private readonly archive: Archive,
    private readonly options: SiteOptions,
  ) {
    this.topicCounts = new Map(archive.topics.map((t) => [t.slug, t.articles.length]));
  }

  build(): SiteData {
    const { base, title } = this.options;
    return {
      meta: {
        title,
        pathPrefix: base.pathPrefix,
        origin: base.origin,
        lang: 'en',
        contentSecurityPolicy: CONTENT_SECURITY_POLICY,
        referrerPolicy: REFERRER_POLICY,
      },
      home: [this.homePage()],
      articles: this.archive.articles.map((a, i) => this.articlePage(a, i)),
      years: this.archive.years.map((p, i) => this.yearPage(p, i)),
      months: this.archive.months.flatMap((p, i) => this.monthPages(p, i)),
      days: this.archive.days.flatMap((p, i) => this.dayPages(p, i)),
      topicIndex: [this.topicIndexPage()],
      topics: this.archive.topics.flatMap((t) => this.topicPages(t)),
      notFound: [{ url: '/404.html', heading: 'Page not found', title: `Page not found · ${title}`, description: 'This page does not exist in the archive.', breadcrumbs: [] }],
      apiArticles: this.apiArticles(),
    };
  }

  private pageTitle(heading: string): string {
    return `${heading} · ${this.options.title}`;
  }

  private newestFirst(indexes: number[]): ArticleSummary[] {
    const out: ArticleSummary[] = [];
    for (let i = indexes.length - 1; i >= 0; i--) out.push(summaryOf(this.archive.articles[indexes[i]!]!));
    return out;
  }

  private topicLink(t: TopicRef): TopicLink {
    return { url: `/topics/${t.slug}/`, label: t.name, kind: t.kind, count: this.topicCounts.get(t.slug) ?? 0 };
  }

  private groupTopics(topics: TopicLink[]): TopicGroup[] {
    return TOPIC_KINDS.map((kind) => ({ kind, label: KIND_LABELS[kind], topics: topics.filter((t) => t.kind === kind) })).filter(
      (g) => g.topics.length > 0,
    );
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
    for (let i = articles.length - 1; i >= 0 && latest.length < HOME_LATEST; i--) latest.push(summaryOf(articles[i]!));
    return {
      url: '/',
      heading: this.options.title,
      title: this.options.title,
      description: first && last
        ? `An archive of ${articles.length} news articles from ${dayLabel(first.date)} to ${dayLabel(last.date)}.`
        : 'An archive of news articles.',
      breadcrumbs: [],
      count: articles.length,
      latest,
      span: first && last ? { first: this.dayLink(first.date), last: this.dayLink(last.date) } : null,
      years: [...years].reverse().map((y) => ({
        ...this.yearLink(y.key),
        count: y.articles.length,
        months: months.filter((m) => m.key.startsWith(`${y.key}-`)).map((m) => ({
          url: m.url,
          label: formatCalendarDate(`${m.key}-01`, 'MMM'),
          count: m.articles.length,
        })),
      })),
      topics: this.archive.topics.slice(0, HOME_TOPICS).map((t) => this.topicLink(t)),
    };
  }

  private articlePage(a: Article, i: number): ArticlePage {
    const year = this.yearLink(a.date.slice(0, 4));
    const month = this.monthLink(a.date.slice(0, 7));
    const day = this.dayLink(a.date);
    const toLink = (x: Article): Link => ({ url: x.url, label: x.title });
    const lede = a.summary || a.lede;
    return {
      url: a.url,
      heading: a.title,
      title: this.pageTitle(a.title),
      description: shorten(lede, 200),
      breadcrumbs: [this.home, year, month, day],
      date: a.date,
      dateLabel: day.label,
      dateline: a.dateline,
      source: a.source,
      blocks: a.blocks,
      words: a.words,
      readingMinutes: a.readingMinutes,
      topicGroups: this.groupTopics(a.topics.map((t) => this.topicLink(t))),
      day,
      month,
      year,
      ...neighbour(this.archive.articles, i, toLink),
    };
  }

  private yearPage(p: Period, i: number): YearPage {
    const counts = new Map(this.archive.months.filter((m) => m.key.startsWith(`${p.key}-`)).map((m) => [m.key, m.articles.length]));
    return {
      url: p.url,
      heading: p.key,
      title: this.pageTitle(p.key),
      description: `${p.articles.length} articles from ${p.key}, by month.`,
      breadcrumbs: [this.home],
      count: p.articles.length,
      months: Array.from({ length: 12 }, (_, m) => {
        const key = `${p.key}-${pad2(m + 1)}`;
        const count = counts.get(key) ?? 0;
        return { label: monthName(key), url: count > 0 ? periodUrl(key) : null, count };
      }),
      ...neighbour(this.archive.years, i, (y) => this.yearLink(y.key)),
    };
  }

  private calendar(key: string): CalendarCell[][] {
    const [y, m] = key.split('-').map(Number) as [number, number];
    const counts = new Map(this.archive.days.filter((d) => d.key.startsWith(`${key}-`)).map((d) => [d.key, d.articles.length]));
    const cells: CalendarCell[] = [];
    const blank = (): CalendarCell => ({ day: null, url: null, count: 0, label: '' });
    for (let i = 0; i < weekdayIndex(`${key}-01`); i++) cells.push(blank());
    for (let d = 1; d <= daysInMonth(y, m); d++) {
      const date = `${key}-${pad2(d)}`;
      const count = counts.get(date) ?? 0;
      const label = `${dayLabel(date)}: ${count === 0 ? 'no articles' : count === 1 ? '1 article' : `${count} articles`}`;
      cells.push({ day: d, url: count > 0 ? periodUrl(date) : null, count, label });
    }
    while (cells.length % 7 !== 0) cells.push(blank());
    const weeks: CalendarCell[][] = [];
    for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
    return weeks;
  }

  private monthPages(p: Period, i: number): MonthPage[] {
    const heading = monthLabel(p.key);
    const weeks = this.calendar(p.key);
    const nav = neighbour(this.archive.months, i, (m) => this.monthLink(m.key));
    return paginate(this.newestFirst(p.articles), p.url).map((page) => ({
      url: page.url,
      heading,
      title: this.pageTitle(pagedTitle(heading, page.pager.page)),
      description: `${p.articles.length} articles from ${heading}.`,
      breadcrumbs: [this.home, this.yearLink(p.key.slice(0, 4))],
      count: p.articles.length,
      articles: page.items,
      pager: page.pager,
      weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
      weeks,
      ...nav,
    }));
  }

  private dayPages(p: Period, i: number): DayPage[] {
    const heading = dayLabel(p.key);
    const nav = neighbour(this.archive.days, i, (d) => this.dayLink(d.key));
    return paginate(this.newestFirst(p.articles), p.url).map((page) => ({
      url: page.url,
      heading,
      title: this.pageTitle(pagedTitle(heading, page.pager.page)),
      description: `${p.articles.length === 1 ? '1 article' : `${p.articles.length} articles`} from ${heading}.`,
      breadcrumbs: [this.home, this.yearLink(p.key.slice(0, 4)), this.monthLink(p.key.slice(0, 7))],
      count: p.articles.length,
      articles: page.items,
      pager: page.pager,
      ...nav,
    }));
  }

  private topicIndexPage(): TopicIndexPage {
    return {
      url: '/topics/',
      heading: 'Topics',
      title: this.pageTitle('Topics'),
      description: `${this.archive.topics.length} topics in the archive: people, places, organisations and subjects.`,
      breadcrumbs: [this.home],
      groups: this.groupTopics(this.archive.topics.map((t) => this.topicLink(t))),
    };
  }

  private topicPages(t: Topic): TopicPage[] {
    return paginate(this.newestFirst(t.articles), t.url).map((page) => ({
      url: page.url,
      heading: t.name,
      title: this.pageTitle(pagedTitle(t.name, page.pager.page)),
      description: `${t.articles.length === 1 ? '1 article' : `${t.articles.length} articles`} about ${t.name} (${KIND_SINGULAR[t.kind].toLowerCase()}), from ${dayLabel(t.first)} to ${dayLabel(t.last)}.`,
      breadcrumbs: [this.home, this.topicsLink],
      count: t.articles.length,
      articles: page.items,
      pager: page.pager,
      kind: t.kind,
      kindLabel: KIND_SINGULAR[t.kind],
      firstLabel: dayLabel(t.first),
      lastLabel: dayLabel(t.last),
    }));
  }

  private apiArticles(): string {
    const { base } = this.options;
    return JSON.stringify(
      this.archive.articles.map((a) => ({
        id: a.id,
        url: publicUrl(base, a.url),
        title: a.title,
        date: a.date,
        source: a.source,
        dateline: a.dateline,
        topics: a.topics.map((t) => ({ slug: t.slug, name: t.name, kind: t.kind })),
        related: a.related,
        words: a.words,
        file: a.file,
      })),
    );
  }
}

/** Every page of the site, whatever its template. */
export function allPages(site: SiteData): PageBase[] {
  return [...site.home, ...site.articles, ...site.years, ...site.months, ...site.days, ...site.topicIndex, ...site.topics, ...site.notFound];
}

export function buildSite(archive: Archive, options: SiteOptions): SiteData {
  const site = new SiteBuilder(archive, options).build();
  for (const page of allPages(site)) assertSafeUrl(page.url);
  return site;
}
