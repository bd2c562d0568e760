// What stands for an article in the inputs of the pages, files and search shards that list it
// (see SiteBuilder.pages): short hashes, made once each. An article is named in about 25 other
// units' inputs, and a long key, rebuilt per use, cost seconds at 100,000 articles.
import { hashOf } from '../hash.ts';
import type { Article, TopicRef } from '../types.ts';
import { atomEntryInputs, FEED_ENTRY_FIELDS } from './feeds.ts';

/** One article's keys, with what they were made of. */
interface Made {
  url: string;
  digest: string;
  key: string;
  /** The topics its key with topics was made with: the same array from build to build when they were not decided anew (see PlacementMemo). */
  topics: readonly TopicRef[] | null;
  withTopics: string;
}

/**
 * The hash of what a page or file is made from (see PendingPage), of a `kind` of unit (a page's
 * list, or `file`): what a rebuild compares with the last build's to know whether it changed.
 * Unlike the hashes of made pages, prefixed by "i".
 */
export function inputsHash(kind: string, inputs: string): string {
  return `i${hashOf(`${kind}\n${inputs}`)}`;
}

/** What a unit's inputs hash was made of (see ArticleKeys.unitHash). */
interface UnitInputs {
  kind: string;
  fixed: string;
  keys: readonly string[];
  hash: string;
  /** The build that last made this unit (see KeyMemo.begin). */
  build: number;
}

/**
 * The keys of the last build's articles, by file, kept for `serve`: a rebuild hashes only the
 * articles whose URL, digest or topics changed (hashing every article's keys took 0.3-0.5 s of
 * each rebuild of 100,000 articles). A key is reused only when what it is made of is the same.
 * And the inputs hash of each page and file known by its inputs, with what it was made of.
 */
export class KeyMemo {
  readonly byFile = new Map<string, Made>();
  /** Each article's feed entry key (see feedEntryKey), with the fields it was made of: 1.2 s of each rebuild at 100,000 articles. */
  readonly feedEntries = new Map<string, { fields: unknown[]; key: string }>();
  /** Each unit's inputs hash, by URL (see ArticleKeys.unitHash). */
  readonly units = new Map<string, UnitInputs>();
  /** The build under way (see begin), and how many units it made so far. */
  private build = 0;
  private made = 0;

  /** Forgets the files no longer in the archive, once they are many (deleted or renamed seeds). */
  prune(articles: readonly Article[]): void {
    // The units of pages gone since (a deleted seed's, a topic's), likewise.
    if (this.units.size > this.made * 1.25 + 100) for (const [url, unit] of this.units) if (unit.build !== this.build) this.units.delete(url);
    this.build++;
    this.made = 0;
    if (this.byFile.size <= articles.length * 1.25 + 100) return;
    const live = new Set(articles.map((a) => a.file));
    for (const file of this.byFile.keys()) if (!live.has(file)) this.byFile.delete(file);
    for (const file of this.feedEntries.keys()) if (!live.has(file)) this.feedEntries.delete(file);
  }

  /** The hash of unit `url`'s inputs (see ArticleKeys.unitHash): the last build's if made of the same. */
  unitHash(kind: string, url: string, fixed: string, keys: readonly string[]): string {
    this.made++;
    const known = this.units.get(url);
    if (known && known.kind === kind && known.fixed === fixed && sameKeys(known.keys, keys)) {
      known.build = this.build;
      return known.hash;
    }
    const hash = unitInputsHash(kind, fixed, keys);
    this.units.set(url, { kind, fixed, keys, hash, build: this.build });
    return hash;
  }
}

/** Keys are compared as strings: the memo's are mostly the very same strings, compared at once. */
function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let j = 0; j < a.length; j++) if (a[j] !== b[j]) return false;
  return true;
}

/** A unit's inputs hash (see inputsHash): `fixed`, then its keys, one to a line (none holds a line break). */
function unitInputsHash(kind: string, fixed: string, keys: readonly string[]): string {
  return inputsHash(kind, keys.length === 0 ? fixed : `${fixed}\n${keys.join('\n')}`);
}

export class ArticleKeys {
  private readonly made: (Made | undefined)[] = [];
  private readonly topicKeys = new Map<TopicRef, string>();

  private readonly memo: KeyMemo;
  /** Whether the memo outlives this build: only then are units' inputs kept in it (see unitHash). */
  private readonly kept: boolean;

  /** `articles` must be placed: their URLs, digests and topics are final (see placeArticles). */
  constructor(
    private readonly articles: readonly Article[],
    memo?: KeyMemo,
  ) {
    this.memo = memo ?? new KeyMemo();
    this.kept = memo !== undefined;
    this.memo.prune(articles);
  }

  /**
   * The hash of what unit `url` (a page, or a file) is made from: `fixed`, everything but the
   * keys of the articles it lists or shows, and those `keys` (none holds a line break). A memo
   * kept from build to build gives the last build's hash when both are the same: at 100,000
   * articles, 3 million keys on 300,000 units, joined and hashed anew for each rebuild.
   */
  unitHash(kind: string, url: string, fixed: string, keys: readonly string[]): string {
    return this.kept ? this.memo.unitHash(kind, url, fixed, keys) : unitInputsHash(kind, fixed, keys);
  }

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
    const a = this.articles[k]!;
    const fields = FEED_ENTRY_FIELDS.map((f) => a[f]);
    const known = this.memo.feedEntries.get(a.file);
    if (known && known.fields.every((x, i) => x === fields[i])) return known.key;
    const key = hashOf(atomEntryInputs(a));
    this.memo.feedEntries.set(a.file, { fields, key });
    return key;
  }

  /** An article's key with its topics: its page, the API and search depend on them. */
  topicsKey(k: number): string {
    const made = this.keysOf(k);
    const { topics, sourceTopic } = this.articles[k]!;
    if (made.topics !== topics) {
      // Its source's topic too (the name search files the source under), when the article's topics do not hold it.
      const source = sourceTopic && !topics.includes(sourceTopic) ? `\t${this.topicKey(sourceTopic)}` : '';
      made.withTopics = hashOf(`${made.key}\t${topics.map((t) => this.topicKey(t)).join('\t')}${source}`);
      made.topics = topics;
    }
    return made.withTopics;
  }

  /** Article k's keys: the memo's, if made of the same URL and digest, else made now (the key with topics when asked). */
  private keysOf(k: number): Made {
    let made = this.made[k];
    if (made) return made;
    const a = this.articles[k]!;
    made = this.memo.byFile.get(a.file);
    if (!made || made.url !== a.url || made.digest !== a.digest) {
      made = { url: a.url, digest: a.digest, key: hashOf(`${a.url} ${a.digest}`), topics: null, withTopics: '' };
      this.memo.byFile.set(a.file, made);
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
