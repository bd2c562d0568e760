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
 * The keys of the last build's articles, by file, kept for `serve`: a rebuild hashes only the
 * articles whose URL, digest or topics changed (hashing every article's keys took 0.3-0.5 s of
 * each rebuild of 100,000 articles). A key is reused only when what it is made of is the same.
 */
export class KeyMemo {
  readonly byFile = new Map<string, Made>();
  /** Each article's feed entry key (see feedEntryKey), with the fields it was made of: 1.2 s of each rebuild at 100,000 articles. */
  readonly feedEntries = new Map<string, { fields: unknown[]; key: string }>();

  /** Forgets the files no longer in the archive, once they are many (deleted or renamed seeds). */
  prune(articles: readonly Article[]): void {
    if (this.byFile.size <= articles.length * 1.25 + 100) return;
    const live = new Set(articles.map((a) => a.file));
    for (const file of this.byFile.keys()) if (!live.has(file)) this.byFile.delete(file);
    for (const file of this.feedEntries.keys()) if (!live.has(file)) this.feedEntries.delete(file);
  }
}

/**
 * The topic an article's source is filed under, where its key with topics names it apart (see
 * ArticleKeys.topicsKey): the name search files the source under, when the article's topics do
 * not hold it (the same object).
 */
export const sourceApart = (a: Pick<Article, 'topics' | 'sourceTopic'>): TopicRef | null => (a.sourceTopic && !a.topics.includes(a.sourceTopic) ? a.sourceTopic : null);

export class ArticleKeys {
  private readonly made: (Made | undefined)[] = [];
  private readonly topicKeys = new Map<TopicRef, string>();

  /** `articles` must be placed: their URLs, digests and topics are final (see placeArticles). */
  constructor(
    private readonly articles: readonly Article[],
    private readonly memo: KeyMemo = new KeyMemo(),
  ) {
    memo.prune(articles);
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
