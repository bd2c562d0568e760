// The articles' keys (see KeyMemo) kept on disk beside the record cache, so that a one-off `build`
// reuses them as `serve` does from memory: making every article's keys (its key with topics, its
// feed entry's) took about 2 s of a rebuild of 100,000 articles. An article's entry is known by
// its file, and reused only for the same URL, record digest and topics (by name, kind and slug):
// a key is a hash of what the article's URL, digest and topics make, and the digest covers every
// field of the seed a feed entry shows. Tied to the renderer's version (the whole tool's code, as
// the manifest is) and sealed: another version's, or a damaged one, is not used.
import { readSealedValue, writeSealedValue } from '../output/sealed-file.ts';
import type { Article, TopicRef } from '../types.ts';
import { type AdoptedKeys, type ArticleKeys, KEPT_ELSEWHERE, KEPT_IN_PLACE, type KeyMemo, type Made, sourceApart } from './keys.ts';

/** The file's name in the output's cache folder (see cacheDirFor). */
export const KEY_FILE = 'keys.bin';

const FORMAT = 4;

interface StoredKeys {
  format: number;
  version: string;
  /** The build that kept them (see BuildPlan.build). */
  build: string;
  files: string[];
  urls: string[];
  digests: string[];
  keys: string[];
  /** '' where the key with topics was not made. */
  withTopics: string[];
  /** '' where the feed entry's key was not made. */
  feedKeys: string[];
  /** The digest of each article page's parts (see partsDigest), '' where none was made. */
  pages: string[];
  /** The topics named, each as slug, name and kind, tab-separated. */
  topics: string[];
  /**
   * Each article's topics as numbers of `topics`: `topicIds[topicStart[i] .. topicStart[i + 1]]`;
   * and its source's topic where its key with topics names it apart (see ArticleKeys.topicsKey), or -1.
   */
  topicStart: Int32Array;
  topicIds: Int32Array;
  sourceTopics: Int32Array;
}

const topicText = (t: TopicRef): string => `${t.slug}\t${t.name}\t${t.kind}`;

/**
 * Writes the keys of `articles` as `keys` made them, or took them up (see ArticleKeys.storedKeys),
 * as `build` made them, and their pages' parts' digests (`pageDigest`, by article: see
 * ArticleKeys.pageDigest), to `file` (see writeSealedValue).
 */
export async function saveKeys(file: string, version: string, build: string, keys: ArticleKeys, articles: readonly Article[], pageDigest = (k: number): string => keys.pageDigest(k)): Promise<void> {
  const numbers = new Map<TopicRef, number>();
  const texts = new Map<string, number>();
  const topics: string[] = [];
  const number = (t: TopicRef): number => {
    let n = numbers.get(t);
    if (n === undefined) {
      const text = topicText(t);
      n = texts.get(text);
      if (n === undefined) texts.set(text, (n = topics.push(text) - 1));
      numbers.set(t, n);
    }
    return n;
  };
  const stored: StoredKeys = {
    format: FORMAT, version, build, files: [], urls: [], digests: [], keys: [], withTopics: [], feedKeys: [], pages: [], topics,
    topicStart: new Int32Array(articles.length + 1), topicIds: new Int32Array(articles.reduce((n, a) => n + a.topics.length, 0)), sourceTopics: new Int32Array(articles.length),
  };
  let at = 0;
  articles.forEach((a, i) => {
    const made = keys.storedKeys(i);
    stored.files.push(a.file);
    stored.urls.push(a.url);
    stored.digests.push(a.digest);
    stored.keys.push(made.key);
    stored.withTopics.push(made.withTopics);
    stored.feedKeys.push(made.feedKey);
    stored.pages.push(pageDigest(i));
    for (const t of a.topics) stored.topicIds[at++] = number(t);
    stored.topicStart[i + 1] = at;
    const source = sourceApart(a);
    stored.sourceTopics[i] = source ? number(source) : -1;
  });
  await writeSealedValue(file, stored);
}

/** Whether a stored set of keys has the shape of one (it was written by this code: see the seal). */
function wellFormed(s: StoredKeys): boolean {
  const n = s.files?.length;
  const lists = [s.files, s.urls, s.digests, s.keys, s.withTopics, s.feedKeys, s.pages];
  return typeof s.build === 'string' && lists.every((l) => Array.isArray(l) && l.length === n) && Array.isArray(s.topics) && s.topicStart instanceof Int32Array && s.topicStart.length === n + 1 &&
    s.topicIds instanceof Int32Array && s.topicIds.length === s.topicStart[n] && s.sourceTopics instanceof Int32Array && s.sourceTopics.length === n;
}

/** The keys kept in `file` by this version of the tool, or null: none there, another version's, damaged. */
export async function loadKeys(file: string, version: string): Promise<StoredKeys | null> {
  const s = (await readSealedValue(file)) as StoredKeys | null;
  return s?.format === FORMAT && s.version === version && wellFormed(s) ? s : null;
}

/**
 * The kept keys of those of `articles` that `memo` has none of, where the article has the URL,
 * digest and topics they were made of, by article (`made`, `feeds`: for ArticleKeys), as the memo
 * would hold them after building the same article; a memo that keeps them for later builds
 * (`serve`'s) takes them too. And, by article, whether the kept build had it with the same keys,
 * feed entry and topics: KEPT_IN_PLACE at the same place, KEPT_ELSEWHERE at another, 0 not (see
 * LastBuild.same); and the digest of its page's parts in the kept build, '' where it had none
 * for the article's URL and digest (see LastBuild.pages).
 */
export function adoptKeys(memo: KeyMemo, kept: StoredKeys, articles: readonly Article[]): AdoptedKeys & { same: Uint8Array; pages: string[] } {
  const same = new Uint8Array(articles.length);
  const pages = new Array<string>(articles.length).fill('');
  const made = new Array<Made | undefined>(articles.length).fill(undefined);
  const feeds = new Array<string | undefined>(articles.length).fill(undefined);
  // Kept in the order of the articles, which an edit keeps, and an added or deleted article
  // shifts by one from there on: each article is looked for where the last one was found, plus
  // one, before it is looked up by file. With 100,000 articles' keys this took 366-398 ms
  // against 492-531 ms with a map of every file (four each, alternating, in one process).
  let index: Map<string, number> | null = null;
  let shift = 0;
  const find = (a: Article, k: number): number | undefined => {
    if (kept.files[k + shift] === a.file) return k + shift;
    index ??= new Map(kept.files.map((f, i) => [f, i]));
    const i = index.get(a.file);
    if (i !== undefined) shift = i - k;
    return i;
  };
  const byText = new Map(kept.topics.map((t, n) => [t, n]));
  const numbers = new Map<TopicRef, number>();
  const number = (t: TopicRef): number => {
    let n = numbers.get(t);
    if (n === undefined) numbers.set(t, (n = byText.get(topicText(t)) ?? -2));
    return n;
  };
  const sameTopics = (a: Article, i: number): boolean => {
    const from = kept.topicStart[i]!;
    const source = sourceApart(a);
    if (kept.topicStart[i + 1]! - from !== a.topics.length || kept.sourceTopics[i] !== (source ? number(source) : -1)) return false;
    return a.topics.every((t, k) => number(t) === kept.topicIds[from + k]);
  };
  // A one-off build's memo serves that build alone: its keys by article, not by file (filling
  // maps of 100,000 files, and a copy of each feed entry's fields, for one build took 0.1-0.2 s).
  const keeps = memo.keepsPages;
  articles.forEach((a, k) => {
    const i = find(a, k);
    if (i === undefined || kept.urls[i] !== a.url || kept.digests[i] !== a.digest) return;
    pages[k] = kept.pages[i]!;
    if ((keeps && memo.byFile.has(a.file)) || kept.keys[i] === '') return;
    const topics = sameTopics(a, i);
    made[k] = { url: a.url, digest: a.digest, key: kept.keys[i]!, topics: topics && kept.withTopics[i] !== '' ? a.topics : null, withTopics: topics ? kept.withTopics[i]! : '' };
    if (keeps) memo.byFile.set(a.file, made[k]);
    // Its feed entry is then the kept build's too: the digest and URL cover every field it shows but the topics.
    if (topics && kept.feedKeys[i] !== '') {
      feeds[k] = kept.feedKeys[i]!;
      made[k]!.feed = { topics: a.topics, key: kept.feedKeys[i]! };
    }
    if (topics) same[k] = i === k ? KEPT_IN_PLACE : KEPT_ELSEWHERE;
  });
  return { same, pages, made, feeds };
}
