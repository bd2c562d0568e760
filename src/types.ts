// The data that flows through the pipeline: files -> records -> indexes -> pages.

/** A calendar date written `YYYY-MM-DD`. Never a `Date`, so no time zone can move it. */
export type CalendarDate = string;

export type TopicKind = 'person' | 'place' | 'organization' | 'subject';
export const TOPIC_KINDS: readonly TopicKind[] = ['person', 'place', 'organization', 'subject'];

/**
 * Topics an article has at most: those its seed states first (front matter, source, dateline),
 * then those its text names most. The longest of 2,500 real documents have up to 128; without
 * a bound, one seed listing 20,000 topics made 20,000 topic feeds of its 20,000 categories each
 * (20 GB), and relating topics visits every pair of an article's topics.
 */
export const MAX_ARTICLE_TOPICS = 200;
/** Longest topic name, source and dateline, in characters: a name, not a text. */
export const MAX_TOPIC_NAME = 200;
/**
 * Longest title, in characters. A title is repeated on the page and in the feed of each of
 * its article's topics: a seed of a 1 MB title and 200 topics would make 400 MB of pages. The
 * longest headline of the 2,500 real documents has 331.
 */
export const MAX_TITLE = 1000;

/** A topic as an article refers to it. */
export interface TopicRef {
  slug: string;
  name: string;
  kind: TopicKind;
}

/** A topic an article's text names, with how often it names it (see `src/enrich/entities.ts`). */
export interface Mention {
  name: string;
  kind: TopicKind;
  count: number;
}

/** One block of an article body. Text blocks are plain text; `html` blocks come sanitised from marked. */
export type Block =
  | { type: 'paragraph'; text: string }
  | { type: 'heading'; text: string }
  | { type: 'html'; html: string };

export type SeedFormat = 'text' | 'markdown';

/**
 * Text of a record: a string, as the reader makes it, or UTF-8 bytes in a buffer that many
 * records share, as the record cache keeps it (see src/seeds/cache.ts), decoded when read (see textOf).
 */
export type Text = string | { bytes: Uint8Array; start: number; end: number };

/** The JSON of a body's blocks (see Text). */
export type Body = Text;

/** What the seed reader makes of one file, before the archive gives it a URL. */
export interface SeedRecord {
  /** File name without extension. */
  id: string;
  /** Path of the seed relative to the seeds folder, with `/` separators. */
  file: string;
  format: SeedFormat;
  title: string;
  /** True when the seed had no headline and the title was derived from the lede. */
  titleDerived: boolean;
  date: CalendarDate;
  /**
   * The time of day the seed gives with its date, 24-hour, as written in the date's own zone
   * and as exact (`10:30`, `10:30:00`, `10:30:15.25`: see writtenClock), or null when it gives
   * none (or midnight, which exports write for none): it orders the articles of a day (see
   * clockOrder), and is shown with the date, to the minute.
   */
  time: string | null;
  /**
   * The offset from UTC of that time, `+01:00`, when the seed writes one (`T10:30:00+01:00`,
   * `10:30 -0500`, `3:30 p.m. EST`), or null: feeds then time-stamp the article to the minute.
   */
  zone: string | null;
  dateline: string | null;
  source: string | null;
  /** The lede as plain text, without dateline and source. */
  lede: string;
  /** A short description: front matter `summary`, or the lede. */
  summary: string;
  /**
   * The body's blocks as JSON (see `blocksOf`): kept as JSON until a page needs them, so that a
   * rebuild reads 100,000 bodies from the record cache as bytes, not millions of objects.
   */
  body: Body;
  /**
   * A hash of everything here but `mentions`, `terms` and `termCounts` (which are worked out
   * from the rest): it stands for the record where a page's inputs are compared (see
   * SiteBuilder.pages), made once when the seed is read.
   */
  digest: string;
  /** The same for every resend of the story: see `textFingerprint`. */
  fingerprint: string;
  words: number;
  readingMinutes: number;
  /** Topics named by the seed itself (front matter). */
  topics: TopicRef[];
  /**
   * People, places, organisations and subjects its text names, as extracted from this one
   * article; the archive merges their spellings and decides which become topics. Packed into
   * one string (see `packMentions`), which the record cache reads back far faster than objects.
   */
  mentions: string;
  /**
   * The words of its title and body that count for similarity, and their counts (see
   * `termCounts`): bytes where the record cache read the record back, since a rebuild relates
   * only the articles whose terms changed (see relating.ts) and reads no others'.
   */
  terms: Text;
  termCounts: Text;
  /** A slug the seed asked for (front matter `slug`), already validated. */
  slug: string | null;
  /** The line of the front matter key that asked for `slug`, when one did. */
  slugLine?: number;
  draft: boolean;
  /** The language the seed says it is written in (front matter `lang`), as a canonical tag; null for the site's. */
  lang: string | null;
  /** The reporters the seed names (front matter `author` or `authors`), in their order. */
  authors: string[];
  /**
   * The site paths the article had on the site it comes from (front matter `aliases` or
   * `redirect_from`), already validated: each gets a page that sends readers on to the article.
   */
  aliases: string[];
  /** The line of the front matter key that gave `aliases`, when one did. */
  aliasLine?: number;
  /**
   * The address `permalink` or `url` gave the article on the site it comes from
   * (`/tech/kramdown-features/`), kept as an old path where no page or other old path is.
   */
  permalinkAlias?: string;
  /** Files of the seeds folder its body shows (pictures) or links to (pictures, documents, sound, video; see src/seeds/media.ts), each once, in order. */
  media: MediaRef[];
  /** Its body's links to other seeds, resolved once every seed has its URL (see src/archive/seed-links.ts); only when it has any. */
  seedLinks?: SeedLink[];
  /** Its body's links to other paths of the site (see SiteLink), each checked against the site's pages (see src/site/site-links.ts); only when it has any. */
  siteLinks?: SiteLink[];
  /** Its pictures' `http:` addresses, shown over `https:`, each a warning (see HTTP_PICTURE in src/seeds/markdown.ts); only when it has any. */
  httpPictures?: { address: string; line: number }[];
  /**
   * What reading the seed left out of its article, each a warning once the article is
   * published (see placeChosen): a cover picture of an address no page may show. Only when it
   * has any.
   */
  warnings?: ReadWarning[];
}

/** A warning about a seed, found when it is read: a problem's line, message and hint, its file the seed's. */
export type ReadWarning = Omit<SeedProblem, 'file'>;

/**
 * A Markdown body's link to another seed, as the site it comes from wrote it: Jekyll's
 * `{% post_url 2019-02-20-agenda %}`, Hugo's `{{< ref "storm.md" >}}`, a relative link to the
 * seed's file (`[the agenda](agenda.md)`, as Notion, Obsidian and GitHub write them), or a wiki
 * link to a note (Obsidian's `[[Budget 2022]]`).
 */
export interface SeedLink {
  kind: 'post' | 'ref' | 'file' | 'wiki';
  /** What names the seed: a post's name (`2019-02-20-agenda`), a Hugo path (`posts/storm`), the file's path from the seeds folder (`notes/agenda.md`), or a wiki link's note (`Budget 2022`). */
  target: string;
  /** The link's address in the body until it is resolved (see seed-links.ts). */
  href: string;
  /** The seed's line that holds it. */
  line: number;
}

/**
 * A Markdown body's link to a path of the site that is no seed and no file beside the post:
 * `/2021/` from `[the index](../2021/)`, read from the site's root (see sitePath in
 * src/seeds/markdown.ts). A link that leads to no page or file of the site is a warning.
 */
export interface SiteLink {
  /** The site path it leads to, without its query and fragment, percent-encoding decoded (`/2021/`, `/café/`). */
  path: string;
  /** Its address as written (at most 60 characters of it), for the warning. */
  written: string;
  /** The seed's line that holds it. */
  line: number;
}

/** A file of the seeds folder a Markdown body shows or links to, copied into the site to `/media/…`, or to its own path from the root. */
export interface MediaRef {
  /** Its path in the seeds folder, with `/` separators. */
  file: string;
  /** The seed's line that shows it first. */
  line: number;
  /**
   * Named by a root-relative address (`/assets/x.jpg`): copied to that path, its address left
   * as written; when the seeds folder does not have it, the host may (a warning, nothing else).
   */
  rooted?: true;
  /** The cover picture front matter names, shown above the body: left out, not left for the host, when the seeds folder lacks it. */
  cover?: true;
}

/**
 * A story: reports of one event, each within days of another and with much distinctive
 * wording in common (see `src/enrich/related.ts`).
 */
export interface StoryRef {
  /** Id of the story's earliest article (by date, then id). */
  id: string;
  /** Articles in the story, this one included: 2 or more. */
  size: number;
  /** The named sources of its articles, without repeats, alphabetical. */
  sources: string[];
}

/**
 * A published article: a record with its place in the archive. Its mentions have become its
 * topics, and its terms its related articles: it does not carry them on (about 20 objects and
 * 1 KB an article, held through the whole build).
 */
export interface Article extends Omit<SeedRecord, 'mentions' | 'terms' | 'termCounts'> {
  slug: string;
  /** Site-relative URL, e.g. `/2017/11/14/new-impetus-to-geneva-talks/`. */
  url: string;
  /** Ids of related articles, best first: other reports of its story within days first. */
  related: string[];
  /** The story the article is a report of, when other articles report it too. */
  story: StoryRef | null;
  /**
   * The topic its source is filed under (see ArticleTopics.sources), or null: its name is the
   * source's in the search's source filter and among a story's sources (`ТАСС` and `TASS` are
   * one, named as the archive writes it most); `source` stays as the seed wrote it.
   */
  sourceTopic: TopicRef | null;
}

/** A problem with one seed, reported as `file:line: message`. */
export interface SeedProblem {
  file: string;
  line: number;
  message: string;
  hint?: string;
}

/** A record as the reader makes it: its texts are strings (see Text). */
export type FreshRecord = SeedRecord & { body: string; terms: string; termCounts: string };

/** What reading a seed gave: its record (`R`: as the reader made it, or as the record cache keeps it), or its problems. */
export type ReadResult<R extends SeedRecord = SeedRecord> =
  | { ok: true; record: R }
  | { ok: false; problems: SeedProblem[] };
