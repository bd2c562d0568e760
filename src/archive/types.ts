import type { Article, CalendarDate, TopicKind } from '../types.ts';

export type PeriodKind = 'year' | 'month' | 'day';

/** A year, month or day that has articles. */
export interface Period {
  kind: PeriodKind;
  /** `2017`, `2017-11` or `2017-11-14`. */
  key: string;
  url: string;
  /** Indexes into `Archive.articles`, oldest first. */
  articles: number[];
}

export interface Topic {
  slug: string;
  name: string;
  kind: TopicKind;
  url: string;
  /** Other names it goes by: aliases from `topics.yml` and spellings merged into it. */
  aliases: string[];
  /** Indexes into `Archive.articles`, oldest first. */
  articles: number[];
  first: CalendarDate;
  last: CalendarDate;
  /** The topics most often in the same articles, most shared first, with how many articles they share. */
  cooccurring: { slug: string; count: number }[];
}

/** Articles that report one story (see `StoryRef`). */
export interface Story {
  /** Id of the earliest article (by date, then id). */
  id: string;
  /** Indexes into `Archive.articles`, oldest first. */
  articles: number[];
  /** The named sources of its articles, without repeats, alphabetical. */
  sources: string[];
}

/** The archive's indexes: everything the pages are made from. */
export interface Archive {
  /** Published articles, oldest first (by date, then file name). */
  articles: Article[];
  years: Period[];
  months: Period[];
  days: Period[];
  /** Topics, most covered first, then by name. */
  topics: Topic[];
  /** Stories of two or more articles, by date of their first article. */
  stories: Story[];
  /**
   * Each article's related articles as indexes into `articles`, most related first: what its
   * `related` names by id, for the pages, which would otherwise look 500,000 ids up at 100,000
   * articles. Empty until the archive is related (see relateArchive).
   */
  related: readonly (readonly number[])[];
}
