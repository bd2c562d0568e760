// What stands for an article in the inputs of the pages, files and search shards that list it
// (see SiteBuilder.pages): short hashes, made once each. An article is named in about 25 other
// units' inputs, and a long key, rebuilt per use, cost seconds at 100,000 articles.
import { hashOf } from '../hash.ts';
import type { Article, TopicRef } from '../types.ts';
import { atomEntryInputs } from './feeds.ts';
import { type SitemapEntry, sitemapInputs, type TextFile } from './sitemap.ts';

/** The hash of a page known by its inputs (see PendingPage); unlike page hashes, prefixed by "i". */
export function inputsHash(list: string, inputs: string): string {
  return `i${hashOf(`${list}\n${inputs}`)}`;
}

/** The hash of a file made whole (see PendingFile), by its bytes. */
export function fileHash(file: TextFile): string {
  return hashOf(`file\n${file.body}`);
}

/** One article's keys, with what they were made of. */
export interface Made {
  url: string;
  digest: string;
  key: string;
  /** The topics its key with topics was made with: the same array from build to build when they were not decided anew (see PlacementMemo). */
  topics: readonly TopicRef[] | null;
  withTopics: string;
  /**
   * Its feed entry's key (see ArticleKeys.feedEntryKey), with the topics it was made with: its
   * URL and digest cover every other field an entry shows (the digest, every field of its record).
   */
  feed?: { topics: readonly TopicRef[]; key: string };
}

/** Keys a build took up from the last build's kept on disk, by article (see adoptKeys): undefined where none. */
export interface AdoptedKeys {
  made: readonly (Made | undefined)[];
  /** Feed entries' keys (see ArticleKeys.feedEntryKey). */
  feeds: readonly (string | undefined)[];
}

/**
 * The keys of the last build's articles, by file, kept for `serve`: a rebuild hashes only the
 * articles whose URL, digest or topics changed (hashing every article's keys took 0.3-0.5 s of
 * each rebuild of 100,000 articles). A key is reused only when what it is made of is the same.
 * The pages' and files' hashes it keeps are of one site's settings (title, base URL, language),
 * as `serve`'s builds share them: a page's inputs leave the settings out (see settingsHash).
 */
export class KeyMemo {
  /** Each article's keys, by file; with its feed entry's (1.2 s of each rebuild at 100,000 articles, made anew). */
  readonly byFile = new Map<string, Made>();
  /** Each article page's inputs hash, with what its inputs were made of (see ArticleKeys.pageHash); none when not `keepsPages`. */
  readonly pages = new Map<string, KnownPage>();
  /**
   * Each day, month and topic page's inputs hash (and topic feed's), by URL, with the articles it
   * lists, by their places in the build that made or last knew it (see ArticleKeys.listingHash);
   * none when not `keepsPages`.
   */
  readonly listings = new Map<string, KnownListing>();
  /** How many builds this memo served: each ArticleKeys is one. */
  builds = 0;
  /** The keys that build listed its articles by, by article (see ArticleKeys.listingHash). */
  listed: ListedKeys | null = null;
  /**
   * The keys and article pages of the last build, by place (see ArticleKeys.knownKeys): an
   * article where the last build had one of the same URL and digest, or a page of the same parts,
   * is found there, not looked up by file (two lookups in maps of 100,000 files took 0.2-0.6 s of
   * each rebuild at 100,000 articles, most of it waiting for memory).
   */
  placed: PlacedKeys | null = null;
  /** The archive's topics those pages were made with (see ArticleKeys.listingsFor). */
  listingTopics: readonly object[] | null = null;
  /** What was worked out of the archive's dates and topics alone, by name, for those topics (see ArticleKeys.ofTopics); none when not `keepsPages`. */
  readonly ofTopics = new Map<string, unknown>();
  /** Each API year file's inputs hash, with the articles it lists (see ArticleKeys.apiYearHash); none when not `keepsPages`. */
  readonly apiYears = new Map<string, KnownListing>();
  /** Each sitemap file's hash, with the URLs and dates it lists (see ArticleKeys.sitemapHash); none when not `keepsPages`. */
  readonly sitemaps = new Map<string, { entries: readonly SitemapEntry[]; hash: string }>();

  /**
   * `keepsPages`: whether the article pages' hashes are kept, for later builds with this memo
   * (`serve`'s); and the articles' keys and feed entries by file: a memo that serves one build
   * alone leaves them to that build's ArticleKeys, by article.
   */
  constructor(readonly keepsPages = true) {}

  /** Forgets the files no longer in the archive, once they are many (deleted or renamed seeds). */
  prune(articles: readonly Article[]): void {
    if (this.byFile.size <= articles.length * 1.25 + 100 && this.pages.size <= articles.length * 1.25 + 100) return;
    const live = new Set(articles.map((a) => a.file));
    for (const map of [this.byFile, this.pages]) for (const file of map.keys()) if (!live.has(file)) map.delete(file);
  }
}

/** Whether two sitemap files list the same URLs with the same dates (indexed, not every(): 180,000 entries a rebuild at 100,000 articles). */
function sameEntries(a: readonly SitemapEntry[], b: readonly SitemapEntry[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.url !== b[i]!.url || a[i]!.lastmod !== b[i]!.lastmod) return false;
  return true;
}

/** What a build made of its articles' keys and pages, by place (see KeyMemo.placed). */
interface PlacedKeys {
  build: number;
  made: readonly (Made | undefined)[];
  pages: readonly (KnownPage | undefined)[];
}

/** An article page's inputs hash, with what its inputs were made of (see ArticleKeys.pageHash). */
interface KnownPage {
  parts: ArticlePageParts;
  hash: string;
}

/** Which of an article's keys a listing lists it by: its key (pages), or its feed entry's (topic feeds). */
export type ListingKeys = 'keys' | 'feeds';

/** A listing's inputs hash, with the articles it lists, by place in build `build` (see ArticleKeys.listingHash). */
interface KnownListing {
  items: readonly number[];
  build: number;
  hash: string;
}

/** The keys of a build's articles, by place (each made when first asked for): what the listings it knew name them by. */
interface ListedKeys {
  build: number;
  keys: readonly string[] | null;
  feeds: readonly (string | undefined)[];
}

/**
 * What an article page's inputs are made of, short of its story's and related articles' places
 * on it (see SiteBuilder.pendingArticle): its key with topics (URL, digest, topics), slug, related
 * articles (ids, and each one's key), story (id, and a key of its reports and summary), its
 * neighbours' keys, and whether another article has its title. Pages whose parts are equal have
 * equal inputs.
 */
export interface ArticlePageParts {
  topicsKey: string;
  slug: string;
  related: readonly string[];
  relatedKeys: readonly (string | null)[];
  storyId: string | null;
  story: string | null;
  prev: string | null;
  next: string | null;
  sharedTitle: boolean;
}

function sameStrings(a: readonly (string | null)[], b: readonly (string | null)[]): boolean {
  if (a.length !== b.length) return false;
  // Indexed, not every(): 200,000 calls a rebuild at 100,000 articles.
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameParts(a: ArticlePageParts, b: ArticlePageParts): boolean {
  return a.topicsKey === b.topicsKey && a.slug === b.slug && a.storyId === b.storyId && a.story === b.story && a.prev === b.prev && a.next === b.next &&
    a.sharedTitle === b.sharedTitle && sameStrings(a.related, b.related) && sameStrings(a.relatedKeys, b.relatedKeys);
}

/**
 * An article page's parts, hashed (see ArticlePageParts): what keys.bin keeps of them, so that a
 * one-off rebuild knows the page by them as `serve` does (see LastBuild.pages). Equal parts, equal
 * digests; parts that differ in any field, different ones.
 */
export function partsDigest(p: ArticlePageParts): string {
  // Joined by NUL, which no file name (an id), slug or key holds, each list after its length;
  // the story's key is null exactly when its id is. Half the time of their JSON.
  const related = p.relatedKeys.map((key) => key ?? '');
  return hashOf([p.topicsKey, p.slug, p.related.length, ...p.related, related.length, ...related, p.storyId ?? '', p.story ?? '', p.prev ?? '', p.next ?? '', p.sharedTitle ? 1 : 0].join('\0'));
}

/**
 * The topic an article's source is filed under, where its key with topics names it apart (see
 * ArticleKeys.topicsKey): the name search files the source under, when the article's topics do
 * not hold it (the same object).
 */
export const sourceApart = (a: Pick<Article, 'topics' | 'sourceTopic'>): TopicRef | null => (a.sourceTopic && !a.topics.includes(a.sourceTopic) ? a.sourceTopic : null);

/** An article the kept build had with the same keys and topics, at the same place in the archive (see adoptKeys). */
export const KEPT_IN_PLACE = 2;
/** An article the kept build had with the same keys and topics, at another place (articles added or removed before it). */
export const KEPT_ELSEWHERE = 1;

/**
 * The build whose output a rebuild updates, as far as the rebuild's day, month, year and topic
 * pages (and topic feeds) can be known from it without their inputs: when the rebuild's topics
 * are the very ones that build's placement kept (see ArticleKeys.listingsFor), such a page is
 * made of what it was then but for the articles it lists; if each of those is the one that build
 * had at the same place, with the same keys (`same`: see adoptKeys), the page is as that build
 * wrote it, and its hash the one that build's manifest holds (`hash`). When the rebuild updated
 * that build's topic index instead (an article added or deleted), a topic it carried over
 * unchanged but for its articles' numbers (`carried`: see updateTopics) has the same articles,
 * and its pages and feed are as they were if each of those has the same keys, wherever it is now;
 * so has a day with as many articles as then, between the same days, with the same days of its
 * date in other years (see `dates`). Month and year pages show topics' counts in the whole archive.
 * So a one-off rebuild need not make and hash the inputs of every listing (1-1.5 s at 100,000
 * articles), as `serve` need not (see KeyMemo.listings). The manifest, keys and placement must
 * all be of that build (BuildPlan.build).
 */
export interface LastBuild {
  /** The topics of that build's placement, as restored: the very array a reused index hands back. */
  topics: readonly object[];
  /** By article: KEPT_IN_PLACE or KEPT_ELSEWHERE where that build had it with the same keys and topics, else 0. */
  same: Uint8Array;
  /** The topics the rebuild's index carried over from that build's, once it is made; null if it did not update that one. */
  carried(): ReadonlySet<string> | null;
  /** That build's articles' dates, in order: which days came or went, and how many articles each had (see SiteBuilder). */
  dates: readonly string[];
  /** The hash that build's manifest holds for the page or file at a URL, or null. */
  hash(url: string): string | null;
  /**
   * By article: the digest of the parts of its page as that build made it (see partsDigest), or ''.
   * An article page whose parts have that digest now is as that build wrote it, whatever the
   * topics (its parts hold all its inputs are made of).
   */
  pages: readonly string[];
}

export class ArticleKeys {
  private readonly made: (Made | undefined)[] = [];
  /** Each article's feed entry key (see feedEntryKey), once asked for. */
  private readonly feeds: (string | undefined)[] = [];
  private keys: string[] | null = null;
  private readonly topicKeys = new Map<TopicRef, string>();

  /** The topics carried over from the last build's index, when the topics are not that build's very ones (see listingsFor). */
  private carried: ReadonlySet<string> | null = null;

  /** The digest of each article page's parts made by this build (see partsDigest), by article. */
  private readonly digests: (string | undefined)[] = [];
  /** Whether the last build's listings can be known (see listingsFor); its article pages can whatever its topics (see pageHash). */
  private listingsFromLast: boolean;
  /** This build, among the memo's (see KeyMemo.builds), and the keys of the last one (see listingHash). */
  private readonly build: number;
  private readonly lastListed: ListedKeys | null;
  /** By article, for each of its keys: 1 where it is the one the last build had at its place (see listingHash). */
  private readonly sameAt: Partial<Record<ListingKeys, Uint8Array>> = {};
  /** The last build's keys and pages by place, and this build's (see KeyMemo.placed). */
  private readonly lastPlaced: PlacedKeys | null = null;
  private readonly placedPages: (KnownPage | undefined)[] = [];
  /** By article: 1 where its page has the parts the last build's had at its place (see apiYearHash). */
  private readonly samePage: Uint8Array;
  /** Whether every article's feed entry key is made (see allFeeds). */
  private feedsMade = false;

  /**
   * `articles` must be placed: their URLs, digests and topics are final (see placeArticles).
   * `keepsDigests`: whether the article pages' parts are to be kept on disk for the next build (see pageDigest).
   * `adopted`: the keys taken up from the last build's kept on disk, by article (see adoptKeys).
   */
  constructor(
    private readonly articles: readonly Article[],
    private readonly memo: KeyMemo = new KeyMemo(),
    private readonly lastBuild: LastBuild | null = null,
    private readonly keepsDigests = false,
    private readonly adopted: AdoptedKeys | null = null,
  ) {
    memo.prune(articles);
    this.listingsFromLast = lastBuild !== null;
    this.build = ++memo.builds;
    this.lastListed = memo.listed;
    memo.listed = { build: this.build, keys: null, feeds: this.feeds };
    this.samePage = new Uint8Array(memo.keepsPages ? articles.length : 0);
    if (memo.keepsPages) {
      this.lastPlaced = memo.placed;
      memo.placed = { build: this.build, made: this.made, pages: this.placedPages };
    }
  }

  /** How many listings were known from the last build's manifest (see LastBuild): for `--verbose`. */
  knownFromLastBuild = 0;
  /** How many article pages were (see LastBuild.pages): for `--verbose`. */
  pagesFromLastBuild = 0;

  /** An article by its URL, and its digest for all its seed says. */
  articleKey(k: number): string {
    return this.keysOf(k).key;
  }

  /**
   * Article k's entry in a feed, by what it is made of (see atomEntryInputs), hashed: a topic
   * feed's inputs are its 50 entries' keys, not their 50 inputs (at 100,000 articles, 25,000
   * topic feeds made 600 MB of inputs to hash for each build). The memo's, if made of the very same fields.
   */
  feedEntryKey(k: number): string {
    let key = this.knownFeedEntry(k);
    if (key === undefined) {
      const a = this.articles[k]!;
      key = hashOf(atomEntryInputs(a));
      if (this.memo.keepsPages) this.keysOf(k).feed = { topics: a.topics, key };
    }
    return (this.feeds[k] = key);
  }

  /**
   * Article k's keys as this build has them, for keys.bin (see saveKeys): '' for a key with
   * topics or a feed entry's key not made (or made of other topics or fields).
   */
  storedKeys(k: number): { key: string; withTopics: string; feedKey: string } {
    const made = this.knownKeys(k);
    const withTopics = made !== undefined && made.topics === this.articles[k]!.topics ? made.withTopics : '';
    return { key: made?.key ?? '', withTopics, feedKey: this.knownFeedEntry(k) ?? '' };
  }

  /** Article k's keys made or taken up before, by this build or the memo, if of its URL and digest: any other is of another article. */
  private knownKeys(k: number): Made | undefined {
    const a = this.articles[k]!;
    const same = (made: Made | undefined): made is Made => made !== undefined && made.url === a.url && made.digest === a.digest;
    const placed = this.lastPlaced?.made[k];
    const made = this.made[k] ?? this.adopted?.made[k] ?? (same(placed) ? placed : this.memo.byFile.get(a.file));
    return same(made) ? made : undefined;
  }

  /**
   * Article k's feed entry key made or taken up before, by this build or the memo: with its keys,
   * if of its URL and digest (see knownKeys), and made with its very topics. Not by comparing the
   * fields an entry shows: 0.15-0.2 s of each `serve` rebuild at 100,000 articles.
   */
  private knownFeedEntry(k: number): string | undefined {
    const known = this.feeds[k] ?? this.adopted?.feeds[k];
    if (known !== undefined) return known;
    const feed = this.knownKeys(k)?.feed;
    return feed !== undefined && feed.topics === this.articles[k]!.topics ? feed.key : undefined;
  }

  /**
   * The inputs hash of article k's page in the last build with this memo, if its page's parts
   * were the same (see ArticlePageParts): then its inputs are too, and need not be made and hashed
   * again (1.1 s of each rebuild of 100,000 articles under `serve`). Else, the hash the last build
   * kept on disk wrote it with, if its parts had the same digest then (see LastBuild.pages): 0.4 s
   * of each one-off rebuild at 100,000. Keeps the digest for keys.bin (see pageDigest).
   */
  pageHash(k: number, parts: ArticlePageParts): string | null {
    const a = this.articles[k]!;
    const placed = this.lastPlaced?.pages[k];
    if (placed && sameParts(placed.parts, parts)) {
      this.samePage[k] = 1;
      return this.keepPage(k, placed);
    }
    const known = this.memo.pages.get(a.file);
    if (known && sameParts(known.parts, parts)) return this.keepPage(k, known);
    // Else as the last build kept on disk wrote it, if its parts are the same (see LastBuild.pages).
    const last = this.lastBuild?.pages[k];
    if (!last && !this.keepsDigests) return null;
    const digest = partsDigest(parts);
    if (this.keepsDigests) this.digests[k] = digest;
    if (digest !== last) return null;
    const hash = this.lastBuild!.hash(a.url);
    if (hash === null) return null;
    this.pagesFromLastBuild++;
    if (this.memo.keepsPages) {
      const page = { parts, hash };
      this.memo.pages.set(a.file, page);
      this.keepPage(k, page);
    }
    return hash;
  }

  /** Keeps article k's page by place for the next build with this memo (see KeyMemo.placed); its hash. */
  private keepPage(k: number, page: KnownPage): string {
    if (this.memo.keepsPages) this.placedPages[k] = page;
    return page.hash;
  }

  /** Whether article pages' parts are worked out: for a memo that keeps them (`serve`'s), for the next build, or to know pages from the last (see pageHash). */
  get wantsParts(): boolean {
    return this.memo.keepsPages || this.keepsDigests || this.lastBuild !== null;
  }

  /** The digest of article k's page's parts as this build made them (see partsDigest), or '' if it made none: for keys.bin. */
  pageDigest(k: number): string {
    const made = this.digests[k];
    if (made !== undefined) return made;
    // `serve`'s builds keep the parts themselves, and make digests only when they are saved: this
    // build's, by place (the map by file may hold an older page of a file whose article moved).
    const kept = this.placedPages[k] ?? this.memo.pages.get(this.articles[k]!.file);
    return kept ? partsDigest(kept.parts) : '';
  }

  /**
   * Says which topics the archive's day, month, year and topic pages are made with. What such a page is
   * made from, but the articles it lists (its `fixed` part: see SiteBuilder.pendingListing), is
   * a function of the archive's articles' dates and topics: its period's or topic's articles,
   * neighbours, counts, calendar, most covered topics, co-occurring topics. A PlacementMemo hands
   * back the last build's very topics only when every article has the same topics on the same
   * date, in the same order (see PlacementMemo.topicIndex): so while the topics are the same
   * array, those parts are the same, and a page is known by its articles' keys alone. Other
   * topics forget every page kept.
   */
  listingsFor(topics: readonly object[]): void {
    if (this.listingsFromLast && this.lastBuild!.topics !== topics) {
      this.carried = this.lastBuild!.carried();
      if (!this.carried) this.listingsFromLast = false;
    }
    if (this.memo.listingTopics === topics) return;
    this.memo.listings.clear();
    this.memo.ofTopics.clear();
    this.memo.listingTopics = topics;
  }

  /** What `make` works out of the archive's articles' dates and topics alone, by `name`: the last build's while the topics are the same (see listingsFor). */
  ofTopics<T>(name: string, make: () => T): T {
    if (!this.memo.keepsPages) return make();
    let made = this.memo.ofTopics.get(name) as T | undefined;
    if (made === undefined) this.memo.ofTopics.set(name, (made = make()));
    return made;
  }

  /**
   * The inputs hash of the sitemap file at `url` (see sitemapInputs): the last build's with this
   * memo if it listed the same URLs with the same dates, else made now and kept. Known by what it
   * lists, not by its XML, so that a build need not make it to know it unchanged: at 100,000
   * articles, making and hashing the sitemaps of 180,000 pages took 0.33-0.35 s of every one-off
   * rebuild, their inputs 0.19 s.
   */
  sitemapHash(url: string, entries: readonly SitemapEntry[]): string {
    const known = this.memo.sitemaps.get(url);
    if (known && sameEntries(known.entries, entries)) return known.hash;
    const hash = inputsHash('sitemap', sitemapInputs(entries));
    if (this.memo.keepsPages) this.memo.sitemaps.set(url, { entries, hash });
    return hash;
  }

  /**
   * The inputs hash of the day, month or topic page (or topic feed) at `url` in the last build
   * with this memo, if it listed `items` by the same keys (its articles' `keys`, or their `feeds`'
   * keys: see listingsFor). `asBefore`: the caller knows the listing to be made of what it was in
   * the last build kept but for its articles' keys, and to list the same articles (see LastBuild).
   * A rebuild of 100,000 articles asks this of 85,000 pages and feeds of up to 50 articles: an
   * article at the same place as in the last build, with the same key there, is known at once
   * (see sameKeys); comparing every article's key took 0.25-0.3 s of each `serve` rebuild.
   */
  listingHash(url: string, items: readonly number[], by: ListingKeys, asBefore = false): string | null {
    const known = this.memo.listings.get(url);
    const last = known && this.lastListed?.build === known.build ? this.lastListed[by] : null;
    if (!known || !last || known.items.length !== items.length) return this.lastBuildHash(url, items, by, asBefore);
    const same = this.sameKeys(by);
    const keys = this.keysBy(by);
    const was = known.items;
    for (let j = 0; j < items.length; j++) {
      const k = items[j]!;
      if ((k !== was[j] || same[k] !== 1) && last[was[j]!] !== keys[k]) return null;
    }
    // Known by this build's places from now on.
    known.items = items;
    known.build = this.build;
    return known.hash;
  }

  /** By article: 1 where its key (`by`) is the one the last build with this memo had at its place. */
  private sameKeys(by: ListingKeys): Uint8Array {
    let same = this.sameAt[by];
    if (same === undefined) {
      const keys = this.keysBy(by);
      const last = this.lastListed?.[by] ?? [];
      same = this.sameAt[by] = new Uint8Array(keys.length);
      const n = Math.min(keys.length, last.length);
      for (let k = 0; k < n; k++) if (keys[k] === last[k]) same[k] = 1;
    }
    return same;
  }

  /** Whether the topic index carried `slug`'s topic over from the last build kept, unchanged (see LastBuild.carried). */
  carries(slug: string): boolean {
    return this.carried?.has(slug) ?? false;
  }

  /** The dates of the last build's articles, when the topics are not that build's very ones but listings may still be known (see LastBuild). */
  lastDates(): readonly string[] | null {
    return this.listingsFromLast && this.carried ? this.lastBuild!.dates : null;
  }

  /** The hash the last build's manifest holds for the listing at `url`, if it and each of its `items` are as they were then (see LastBuild). */
  private lastBuildHash(url: string, items: readonly number[], by: ListingKeys, asBefore: boolean): string | null {
    const last = this.lastBuild;
    if (!last || !this.listingsFromLast) return null;
    if (this.carried === null) {
      for (const k of items) if (last.same[k] !== KEPT_IN_PLACE) return null;
    } else {
      if (!asBefore) return null;
      for (const k of items) if (last.same[k] === 0) return null;
    }
    const hash = last.hash(url);
    if (hash !== null) this.knownFromLastBuild++;
    // `serve`'s first build: its next build knows the page by its keys, made now.
    if (hash !== null && this.memo.keepsPages) {
      this.keysBy(by);
      this.rememberListing(url, items, hash);
    }
    return hash;
  }

  /** Every article's key (see articleKey), by index: made once, for the many pages that list them. */
  all(): readonly string[] {
    if (this.keys === null) {
      const keys: string[] = [];
      for (let k = 0; k < this.articles.length; k++) keys.push(this.keysOf(k).key);
      this.keys = keys;
      if (this.memo.listed?.build === this.build) this.memo.listed.keys = keys;
    }
    return this.keys;
  }

  /** Every article's keys of one kind (see ListingKeys), by index: made once. */
  private keysBy(by: ListingKeys): readonly (string | undefined)[] {
    return by === 'keys' ? this.all() : this.allFeeds();
  }

  /** Every article's feed entry key (see feedEntryKey), by index. */
  private allFeeds(): readonly (string | undefined)[] {
    if (!this.feedsMade) {
      for (let k = 0; k < this.articles.length; k++) this.feedEntryKey(k);
      this.feedsMade = true;
    }
    return this.feeds;
  }

  /**
   * Keeps a day, month or topic page's inputs hash (or topic feed's), with the articles it lists
   * (`items`: by place in this build), for the next build with this memo (if it keeps pages).
   */
  rememberListing(url: string, items: readonly number[], hash: string): void {
    if (this.memo.keepsPages) this.memo.listings.set(url, { items, build: this.build, hash });
  }

  /** Keeps article k's page's inputs hash, with its parts, for the next build with this memo (if it keeps pages). */
  rememberPage(k: number, parts: ArticlePageParts, hash: string): void {
    if (!this.memo.keepsPages) return;
    const page = { parts, hash };
    this.memo.pages.set(this.articles[k]!.file, page);
    this.keepPage(k, page);
  }

  /**
   * The inputs hash of an API year file (see SiteBuilder.files), made of its articles' keys with
   * topics and related articles: the last build's with this memo, if it listed articles at the
   * same places, and this build found each one's page at its place with the parts it had there
   * (which hold both: see ArticlePageParts). Else null: the caller hashes its inputs (at 100,000
   * articles, joining and hashing them for every year took 0.15 s of each `serve` rebuild, after
   * the relation).
   */
  apiYearHash(url: string, items: readonly number[]): string | null {
    const known = this.memo.apiYears.get(url);
    if (!known || known.build !== this.lastPlaced?.build || known.items.length !== items.length) return null;
    for (let j = 0; j < items.length; j++) if (known.items[j] !== items[j] || !this.samePage[items[j]!]) return null;
    this.rememberApiYear(url, items, known.hash);
    return known.hash;
  }

  /** Keeps an API year file's inputs hash, with the articles it lists (by place), for the next build with this memo (see apiYearHash). */
  rememberApiYear(url: string, items: readonly number[], hash: string): void {
    if (this.memo.keepsPages) this.memo.apiYears.set(url, { items, build: this.build, hash });
  }

  /** An article's key with its topics: its page, the API and search depend on them. */
  topicsKey(k: number): string {
    const made = this.keysOf(k);
    const a = this.articles[k]!;
    const { topics } = a;
    if (made.topics !== topics) {
      const apart = sourceApart(a);
      const source = apart ? `\t${this.topicKey(apart)}` : '';
      made.withTopics = hashOf(`${made.key}\t${topics.map((t) => this.topicKey(t)).join('\t')}${source}`);
      made.topics = topics;
    }
    return made.withTopics;
  }

  /** Article k's keys: the memo's, if made of the same URL and digest, else made now (the key with topics when asked). */
  private keysOf(k: number): Made {
    let made = this.made[k] ?? this.knownKeys(k);
    if (!made) {
      const a = this.articles[k]!;
      made = { url: a.url, digest: a.digest, key: hashOf(`${a.url} ${a.digest}`), topics: null, withTopics: '' };
      if (this.memo.keepsPages) this.memo.byFile.set(a.file, made);
    }
    return (this.made[k] = made);
  }

  /** A topic reference: articles share their topics' references, so each is hashed once. */
  private topicKey(t: TopicRef): string {
    let key = this.topicKeys.get(t);
    if (key === undefined) this.topicKeys.set(t, (key = hashOf(JSON.stringify([t.slug, t.name, t.kind]))));
    return key;
  }
}
