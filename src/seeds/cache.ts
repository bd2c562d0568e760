// Remembers what the seed reader made of each file, keyed by the file's path, size,
// modification and change times and inode, so that a rebuild reads only new and changed seeds.
// The cache is a folder of bucket files, each holding the files whose paths hash to it, so that
// a rebuild rewrites only the buckets of the seeds that changed. Every bucket is tied to the
// reader's own code: another version of the reader ignores it, and a damaged bucket is ignored.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { readSealedPair, writeSealedPair } from '../output/sealed-file.ts';
import { codeVersion, ROOT } from '../paths.ts';
import type { ReadResult, SeedRecord, Text } from '../types.ts';
import { textBytes } from './stored-text.ts';

export interface FileStamp {
  size: number;
  mtimeMs: number;
  /** Changes with the content even when a tool puts the modification time back (`cp -p`, `rsync -t`), and with permissions. */
  ctimeMs: number;
  ino: number;
}

interface Entry extends FileStamp {
  result: ReadResult;
}

/**
 * An entry as a bucket file holds it: a record's body, terms and term counts are ranges of the
 * bucket's `bodies`, one after another (`texts`: where each starts, and where the last ends), and
 * its summary, when it is its lede (as it is unless front matter gives one), is left out.
 */
interface StoredEntry extends FileStamp {
  result: ReadResult;
  texts: [body: number, terms: number, termCounts: number, end: number] | null;
  summaryIsLede?: true;
}

/**
 * A bucket file's first part: its entries, serialised. The second holds the bodies of the
 * records, as UTF-8, one after another: one buffer to read back, where 100,000 bodies as strings
 * took 3 s to deserialise and collect. A part of its own (see writeSealedPair), not a buffer
 * among the entries: v8.deserialize gives a buffer as a view of the bytes it reads, and the
 * records' bodies kept the whole file alive (177 MB of a 100,000-article cache's 328 MB). Their
 * terms and term counts with them, which a rebuild reads for the few records it relates again
 * (see relating.ts): as strings among the entries, they were 67 MB of 100,000 records' heap.
 */
interface BucketFile {
  reader: string;
  /** New each time the bucket is written: what was worked out from the cache names the buckets it was (see RecordCache.generation). */
  token: string;
  entries: Map<string, StoredEntry>;
}

/** The bucket's entries as stored: each record's body, terms and term counts moved into one buffer. */
function toStored(entries: Map<string, Entry>): { entries: Map<string, StoredEntry>; bodies: Uint8Array } {
  const parts: Uint8Array[] = [];
  let end = 0;
  const add = (text: Text): number => {
    const bytes = textBytes(text);
    parts.push(bytes);
    return (end += bytes.length);
  };
  const stored = new Map<string, StoredEntry>();
  for (const [file, e] of entries) {
    const { size, mtimeMs, ctimeMs, ino, result } = e;
    if (!result.ok) {
      stored.set(file, { size, mtimeMs, ctimeMs, ino, result, texts: null });
      continue;
    }
    const r = result.record;
    const start = end;
    const texts: StoredEntry['texts'] = [start, add(r.body), add(r.terms), add(r.termCounts)];
    // The summary is the lede in nearly every record: stored twice, it was 7% of the cache.
    const summaryIsLede = r.summary === r.lede;
    const record = { ...r, body: '', terms: '', termCounts: '', summary: summaryIsLede ? '' : r.summary };
    stored.set(file, { size, mtimeMs, ctimeMs, ino, result: { ok: true, record }, texts, ...(summaryIsLede ? { summaryIsLede } : {}) });
  }
  return { entries: stored, bodies: Buffer.concat(parts, end) };
}

/** The bucket's entries as the reader made them, each record's texts ranges of `bodies` (not copied). Throws if a range is not there. */
function fromStored(stored: BucketFile, bodies: Uint8Array): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  for (const [file, e] of stored.entries) {
    if (e.result.ok) {
      const t = e.texts;
      if (!Array.isArray(t) || t.length !== 4 || !(t[0] >= 0 && t[0] <= t[1] && t[1] <= t[2] && t[2] <= t[3] && t[3] <= bodies.length)) throw new Error(`damaged cache entry: ${file}`);
      const r = e.result.record;
      r.body = { bytes: bodies, start: t[0], end: t[1] };
      r.terms = { bytes: bodies, start: t[1], end: t[2] };
      r.termCounts = { bytes: bodies, start: t[2], end: t[3] };
      if (e.summaryIsLede) r.summary = r.lede;
    }
    entries.set(file, { size: e.size, mtimeMs: e.mtimeMs, ctimeMs: e.ctimeMs, ino: e.ino, result: e.result });
  }
  return entries;
}

/**
 * Buckets of a cache. A rebuild after one seed changed rewrites one bucket: 1/64 of the cache,
 * where one file meant rewriting hundreds of MB for a large archive.
 */
export const BUCKETS = 64;

/** The bucket of a path: FNV-1a, so that a path keeps its bucket from build to build. */
export function bucketOf(relative: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < relative.length; i++) h = Math.imul(h ^ relative.charCodeAt(i), 0x01000193);
  return (h >>> 0) % BUCKETS;
}

/** The file of a bucket in the cache folder: `00.bin` to `3f.bin`. */
export const bucketFile = (dir: string, bucket: number): string => path.join(dir, `${bucket.toString(16).padStart(2, '0')}.bin`);

let readerHash: Promise<string> | null = null;

/** The code that turns a file into a record: its hash is the cache's version. */
export async function readerSources(): Promise<string[]> {
  const dir = path.join(ROOT, 'src/seeds');
  // Extraction and terms are worked out as a seed is read: their rules and every word list (gazetteer*.ts) count too.
  const enrich = path.join(ROOT, 'src/enrich');
  const extraction = (await readdir(enrich)).filter((f) => /^(mentions|entities|terms|gazetteer.*)\.ts$/.test(f)).map((f) => path.join(enrich, f));
  const shared = ['src/types.ts', 'src/hash.ts', 'src/unicode.ts', 'src/yaml-message.ts', 'src/language.ts', 'package-lock.json'].map((f) => path.join(ROOT, f));
  return [...(await readdir(dir)).map((f) => path.join(dir, f)), ...extraction, ...shared].sort();
}

/** Hash of the code that turns a file into a record. */
function readerVersion(): Promise<string> {
  readerHash ??= readerSources().then((files) => codeVersion(files));
  return readerHash;
}

/**
 * The bytes of a cache's bucket files, read ahead: a rebuild reads them (370 MB at 100,000
 * articles) while it stamps the seeds, which keeps the main thread busy meanwhile (1 s less
 * than one after the other, at 100,000). A build that finds nothing changed cancels them.
 */
export class BucketReads {
  private readonly abort = new AbortController();
  /** Each bucket's parts (see BucketFile), or null when it cannot be read or is not whole. */
  readonly buffers: Promise<(BucketBytes | null)[]>;

  constructor(dir: string) {
    this.buffers = Promise.all(Array.from({ length: BUCKETS }, (_, bucket) => readSealedPair(bucketFile(dir, bucket), this.abort.signal)));
  }

  cancel(): void {
    this.abort.abort();
  }
}

// A bucket file is sealed (see sealed-file.ts): damage that keeps a file's size and still
// deserialises (a flipped byte in a record's text) would otherwise be published as the article's
// text. Checking 330 MB of buckets (100,000 articles) takes about 0.1 s.

/** A bucket file's two parts, whole: its entries, serialised, and its records' bodies. */
type BucketBytes = [entries: Uint8Array, bodies: Uint8Array];

/** A bucket file's entries and token, if it is one of this reader's. */
function parseBucket([bytes, bodies]: BucketBytes, reader: string): { entries: Map<string, Entry>; token: string } | null {
  try {
    const stored = deserialize(bytes) as BucketFile;
    if (stored.reader === reader && stored.entries instanceof Map && typeof stored.token === 'string') return { entries: fromStored(stored, bodies), token: stored.token };
  } catch {
    // Damaged: this bucket starts afresh.
  }
  return null;
}

export class RecordCache {
  private next = Array.from({ length: BUCKETS }, () => new Map<string, Entry>());
  /** Buckets that changed: a file read anew, or a bucket that could not be used. */
  private readonly dirty = new Set<number>();
  /** Whether this build saved already: once is all (see save). */
  private saved = false;

  private constructor(
    private readonly dir: string,
    private previous: Map<string, Entry>[],
    /** Each bucket's token (see BucketFile), as read or last written; null for a bucket that started afresh. */
    private readonly tokens: (string | null)[],
    private readonly resident: boolean,
  ) {}

  /**
   * Opens the cache stored in folder `dir`; missing, foreign or damaged buckets, or all with
   * `fresh`, start empty. A `resident` cache serves one build after another in the same process
   * (`serve`): it keeps what it holds in memory, instead of reading it back for each build
   * (3-4 s at 100,000 articles), and still writes what changed to `dir`.
   */
  static async open(dir: string, fresh = false, { resident = false, reads }: { resident?: boolean; reads?: BucketReads } = {}): Promise<RecordCache> {
    const reader = await readerVersion();
    const previous = fresh
      ? Array.from({ length: BUCKETS }, () => null)
      : reads
        ? (await reads.buffers).map((bytes) => bytes && parseBucket(bytes, reader))
        : await Promise.all(
            Array.from({ length: BUCKETS }, async (_, bucket) => {
              // Not there, not readable or not whole: this bucket starts afresh.
              const bytes = await readSealedPair(bucketFile(dir, bucket));
              return bytes && parseBucket(bytes, reader);
            }),
          );
    const cache = new RecordCache(dir, previous.map((bucket) => bucket?.entries ?? new Map()), previous.map((bucket) => bucket?.token ?? null), resident);
    previous.forEach((entries, bucket) => {
      if (entries === null) cache.dirty.add(bucket);
    });
    return cache;
  }

  /**
   * Names the buckets' contents: the same for two caches only if they hold the same entries,
   * read or saved by the same build. Something worked out from the records a build saved, and
   * kept with this (see placement-file.ts), holds for the records the next build opens if the
   * generations match. Null while a bucket is unsaved.
   */
  generation(): string | null {
    return this.tokens.every((t) => t !== null) ? this.tokens.join(' ') : null;
  }

  /** The records of the last build saved, by file, whatever their files' stamps now: what that build's placement was made of. */
  lastRecords(): Map<string, SeedRecord> {
    const records = new Map<string, SeedRecord>();
    for (const entries of this.previous) for (const [file, e] of entries) if (e.result.ok) records.set(file, e.result.record);
    return records;
  }

  /**
   * Starts a build: what a build that stopped before saving took or read is forgotten, and the
   * last build saved is what this one reuses.
   */
  begin(): void {
    for (const entries of this.next) entries.clear();
    this.saved = false;
  }

  /** The cached result for a file whose stamp is unchanged. */
  get(relative: string, stamp: FileStamp): ReadResult | undefined {
    const bucket = bucketOf(relative);
    const e = this.previous[bucket]!.get(relative);
    if (!e || e.size !== stamp.size || e.mtimeMs !== stamp.mtimeMs || e.ctimeMs !== stamp.ctimeMs || e.ino !== stamp.ino) return undefined;
    this.next[bucket]!.set(relative, e);
    return e.result;
  }

  set(relative: string, stamp: FileStamp, result: ReadResult): void {
    const bucket = bucketOf(relative);
    this.next[bucket]!.set(relative, { ...stamp, result });
    this.dirty.add(bucket);
  }

  /**
   * Writes the buckets that changed in this build, each by a rename: files gone since are
   * forgotten. A bucket that kept every entry it had, and gained none, is left as it is.
   * Then the cache lets go of every record, so that the rest of the build does not hold them
   * twice: it is saved once, when the seeds are read. A resident cache keeps them instead, as
   * what the next build reuses.
   */
  async save(): Promise<void> {
    // Saving again writes nothing: an emptied bucket must not replace the one just written.
    if (this.saved) return;
    this.saved = true;
    const reader = await readerVersion();
    await mkdir(this.dir, { recursive: true });
    for (let bucket = 0; bucket < BUCKETS; bucket++) {
      const entries = this.next[bucket]!;
      const file = bucketFile(this.dir, bucket);
      // A bucket's file may be gone since it was read (the folder is safe to delete): written again.
      if (!this.dirty.has(bucket) && entries.size === this.previous[bucket]!.size && existsSync(file)) continue;
      const { entries: stored, bodies } = toStored(entries);
      const token = randomUUID();
      // Unsaved until it is written: a build stopped meanwhile leaves a cache no generation names.
      this.tokens[bucket] = null;
      await writeSealedPair(file, serialize({ reader, token, entries: stored } satisfies BucketFile), bodies);
      this.tokens[bucket] = token;
    }
    // The one-file cache of earlier versions, which this one does not read.
    await rm(path.join(path.dirname(this.dir), 'records.bin'), { force: true });
    if (this.resident) {
      this.previous = this.next;
      this.next = Array.from({ length: BUCKETS }, () => new Map<string, Entry>());
    } else for (const list of [this.previous, this.next]) for (const entries of list) entries.clear();
    this.dirty.clear();
  }
}
