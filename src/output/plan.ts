// What a build writes, as units with content hashes: the basis of incremental rebuilds.
// A unit whose hash is unchanged since the last build is kept, not rendered again.
import { hashOf } from '../hash.ts';
import { addPage, emptySite, type ListedPage } from '../site/pages.ts';
import type { TextFile } from '../site/sitemap.ts';
import type { ArticleSummary, SiteData, SiteMeta } from '../site/types.ts';

/** Output path of a site URL, relative to the output folder: `/2017/` -> `2017/index.html`. */
export function outputPath(url: string): string {
  const rel = url.replace(/^\//, '');
  return rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
}


/**
 * The files a build writes, in the order it makes them, each with the hash of everything its
 * bytes depend on (besides the renderer); and, against the previous build's, which of them are
 * unchanged and which of its files are gone. Kept as two lists rather than a map of paths: a
 * build makes its files in the order the last one did, but for the few that changed, so that
 * each is found where the last one left off, without hashing its path (at 100,000 articles,
 * 245,000 paths took 0.35-0.4 s to put in a map and look up in the last build's; and the
 * manifest 0.5-0.65 s to write as an object of them, 0.1 s as two lists).
 */
export class Units {
  readonly paths: string[] = [];
  readonly hashes: string[] = [];
  /** Which of the previous build's files this build writes too. */
  private readonly kept: Uint8Array;
  /** Where the previous build's list is looked at first: just after the last file found in it. */
  private next = 0;
  /** The previous build's files by path, made only once one is not found near where it was expected. */
  private byPath: Map<string, number> | null = null;

  constructor(private readonly previous: { paths: readonly string[]; hashes: readonly string[] } | null = null) {
    this.kept = new Uint8Array(previous?.paths.length ?? 0);
  }

  get size(): number {
    return this.paths.length;
  }

  /** Adds a file this build writes; true when the previous build wrote it with the same hash. */
  add(rel: string, hash: string): boolean {
    this.paths.push(rel);
    this.hashes.push(hash);
    const k = this.find(rel);
    if (k < 0) return false;
    this.kept[k] = 1;
    return this.previous!.hashes[k] === hash;
  }

  /** Whether the previous build wrote `rel` with `hash` (for a file that is added only once copied). */
  had(rel: string, hash: string): boolean {
    return this.previousHash(rel) === hash;
  }

  /** The hash the previous build wrote `rel` with, or null: found where add() then looks first. */
  previousHash(rel: string): string | null {
    const k = this.find(rel);
    return k < 0 ? null : this.previous!.hashes[k]!;
  }

  /** The previous build's files that this one does not write, sorted. */
  gone(): string[] {
    const paths = this.previous?.paths ?? [];
    return paths.filter((_, k) => this.kept[k] === 0).sort();
  }

  /** `rel`'s place in the previous build's list, or -1. */
  private find(rel: string): number {
    const paths = this.previous?.paths;
    if (!paths) return -1;
    // Where the last file was found (asked again, by had() then add()), then a few files on (the
    // previous build's files this one no longer writes), then anywhere.
    const end = Math.min(paths.length, this.next + UNITS_AHEAD);
    for (let k = Math.max(0, this.next - 1); k < end; k++) {
      if (paths[k] === rel) {
        this.next = k + 1;
        return k;
      }
    }
    if (!this.byPath) {
      this.byPath = new Map();
      for (let k = 0; k < paths.length; k++) this.byPath.set(paths[k]!, k);
    }
    const k = this.byPath.get(rel);
    if (k === undefined) return -1;
    this.next = k + 1;
    return k;
  }
}

/** How far on in the previous build's list a file is looked for before it is looked up by path. */
const UNITS_AHEAD = 32;

export interface BuildPlan {
  units: Units;
  /** Search index shard -> hash of its records: a shard is re-indexed when its hash changes. */
  search: Map<string, string>;
  /** Hash of the site-wide settings every page depends on (title, base URL, policies). */
  settings: string;
  /**
   * Names the build (random): its manifest, kept keys and placement carry it, so that a later
   * build can tell whether the three are of one build (see LastBuild in keys.ts).
   */
  build: string;
}

/** Each article summary's hash and JSON length, worked out once: a summary is on many listing pages. */
const summaryDigests = new WeakMap<ArticleSummary, { hash: string; size: number }>();

function summaryDigest(summary: ArticleSummary): { hash: string; size: number } {
  let d = summaryDigests.get(summary);
  if (d === undefined) {
    const json = JSON.stringify(summary);
    summaryDigests.set(summary, (d = { hash: hashOf(json), size: json.length }));
  }
  return d;
}

/**
 * A page's hash, and the size of its data (about the size of the HTML it becomes). The
 * articles a listing page lists count by their summaries' hashes, so that the text of an
 * article listed on its day, month and a dozen topic pages is hashed once, not on each.
 */
export function pageHash(item: ListedPage): { hash: string; size: number } {
  if (!('articles' in item.page)) {
    const json = JSON.stringify(item.page);
    return { hash: hashOf(`${item.list}\n${json}`), size: json.length };
  }
  const { articles, ...rest } = item.page;
  const json = JSON.stringify(rest);
  let size = json.length;
  const hashes: string[] = [];
  for (const a of articles) {
    const d = summaryDigest(a);
    hashes.push(d.hash);
    size += d.size;
  }
  return { hash: hashOf(`${item.list}\n${json}\n${hashes.join(',')}`), size };
}

/** Each article summary's JSON length, worked out once: a summary is on many listing pages. */
const summarySizes = new WeakMap<ArticleSummary, number>();

function summarySize(summary: ArticleSummary): number {
  let size = summarySizes.get(summary);
  if (size === undefined) summarySizes.set(summary, (size = JSON.stringify(summary).length));
  return size;
}

/** What a page's data holds beside its articles or its body: head, navigation, topics, related articles (2-4 KB). */
const PAGE_FRAME = 4096;

/**
 * About the size of a page's data (about the size of the HTML it becomes), to bound a chunk's:
 * a listing page counts its articles by their summaries' sizes, worked out once, and an article
 * page its body by the length of its text. Turning every page into JSON only to measure it
 * took 0.6-0.9 s for 10,000 articles.
 */
export function pageSize(item: ListedPage): number {
  const page = item.page;
  let size = PAGE_FRAME;
  if ('articles' in page) for (const a of page.articles) size += summarySize(a);
  else if ('blocks' in page) for (const b of page.blocks) size += b.type === 'html' ? b.html.length : b.text.length;
  else size = JSON.stringify(page).length;
  return size;
}


export function settingsHash(meta: SiteMeta): string {
  return hashOf(JSON.stringify(meta));
}

/** Hash of a search index shard, from its inputs (see PendingShard). */
export function searchHash(inputs: string): string {
  return hashOf(`search\n${inputs}`);
}

/** Most pages and files in one chunk, and most bytes of their data. */
export interface ChunkLimits {
  items: number;
  bytes: number;
}

/**
 * Gathers the pages and files to render into chunks, and hands each full chunk to `render`:
 * the renderer never holds more than one chunk. Eleventy's memory grows with the pages of a
 * run and with the bytes they hold, so a chunk is bounded in both.
 */
export class ChunkQueue {
  private chunk: SiteData;
  private items = 0;
  private bytes = 0;

  constructor(
    private readonly meta: SiteMeta,
    private readonly limits: ChunkLimits,
    private readonly render: (chunk: SiteData) => Promise<void>,
  ) {
    this.chunk = emptySite(meta);
  }

  async addPage(item: ListedPage, size: number): Promise<void> {
    addPage(this.chunk, item);
    await this.added(size);
  }

  async addFile(file: TextFile): Promise<void> {
    this.chunk.files.push(file);
    await this.added(file.body.length);
  }

  private async added(size: number): Promise<void> {
    this.items++;
    this.bytes += size;
    if (this.items >= this.limits.items || this.bytes >= this.limits.bytes) await this.flush();
  }

  /** Renders what is left. */
  async flush(): Promise<void> {
    if (this.items === 0) return;
    const chunk = this.chunk;
    this.chunk = emptySite(this.meta);
    this.items = 0;
    this.bytes = 0;
    await this.render(chunk);
  }
}
