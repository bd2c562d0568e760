// What stands for an article in the inputs of the pages, files and search shards that list it
// (see SiteBuilder.pages): short hashes, made once each. An article is named in about 25 other
// units' inputs, and a long key, rebuilt per use, cost seconds at 100,000 articles.
import { hashOf } from '../hash.ts';
import type { Article, TopicRef } from '../types.ts';

export class ArticleKeys {
  private readonly keys: (string | undefined)[] = [];
  private readonly withTopics: (string | undefined)[] = [];
  private readonly topicKeys = new Map<TopicRef, string>();

  /** `articles` must be placed: their URLs, digests and topics are final (see placeArticles). */
  constructor(private readonly articles: readonly Article[]) {}

  /** An article by its URL, and its digest for all its seed says. */
  articleKey(k: number): string {
    let key = this.keys[k];
    if (key === undefined) {
      const a = this.articles[k]!;
      this.keys[k] = key = hashOf(`${a.url} ${a.digest}`);
    }
    return key;
  }

  /** An article's key with its topics: its page, the API and search depend on them. */
  topicsKey(k: number): string {
    let key = this.withTopics[k];
    if (key === undefined) this.withTopics[k] = key = hashOf(`${this.articleKey(k)}\t${this.articles[k]!.topics.map((t) => this.topicKey(t)).join('\t')}`);
    return key;
  }

  /** A topic reference: articles share their topics' references, so each is hashed once. */
  private topicKey(t: TopicRef): string {
    let key = this.topicKeys.get(t);
    if (key === undefined) this.topicKeys.set(t, (key = hashOf(JSON.stringify([t.slug, t.name, t.kind]))));
    return key;
  }
}
