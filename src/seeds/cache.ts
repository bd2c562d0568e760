// Remembers what the seed reader made of each file, keyed by the file's path, size, mtime and
// inode, so that a rebuild reads only new and changed seeds. The cache file is tied to the
// reader's own code: another version of the reader ignores it, and a damaged file is ignored.
import { createHash } from 'node:crypto';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { ReadResult } from '../types.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface FileStamp {
  size: number;
  mtimeMs: number;
  ino: number;
}

interface Entry extends FileStamp {
  result: ReadResult;
}

interface CacheFile {
  reader: string;
  entries: Map<string, Entry>;
}

let readerHash: Promise<string> | null = null;

/** The code that turns a file into a record: its hash is the cache's version. */
export async function readerSources(): Promise<string[]> {
  const dir = path.join(root, 'src/seeds');
  // Extraction runs as a seed is read: its rules and every word list (gazetteer*.ts) count too.
  const enrich = path.join(root, 'src/enrich');
  const extraction = (await readdir(enrich)).filter((f) => /^(mentions|entities|gazetteer.*)\.ts$/.test(f)).map((f) => path.join(enrich, f));
  return [...(await readdir(dir)).map((f) => path.join(dir, f)), ...extraction, path.join(root, 'src/types.ts'), path.join(root, 'package-lock.json')].sort();
}

/** Hash of the code that turns a file into a record. */
function readerVersion(): Promise<string> {
  readerHash ??= (async () => {
    const hash = createHash('sha256');
    for (const f of await readerSources()) hash.update(f.slice(root.length)).update(await readFile(f));
    return hash.digest('base64url');
  })();
  return readerHash;
}

export class RecordCache {
  private readonly next = new Map<string, Entry>();

  private constructor(
    private readonly file: string,
    private readonly previous: Map<string, Entry>,
  ) {}

  /** Opens the cache stored in `file`; a missing, foreign or damaged one, or `fresh`, starts empty. */
  static async open(file: string, fresh = false): Promise<RecordCache> {
    if (fresh) return new RecordCache(file, new Map());
    try {
      const stored = deserialize(await readFile(file)) as CacheFile;
      if (stored.reader === (await readerVersion()) && stored.entries instanceof Map) return new RecordCache(file, stored.entries);
    } catch {
      // Not there, or not readable: start afresh.
    }
    return new RecordCache(file, new Map());
  }

  /** The cached result for a file whose stamp is unchanged. */
  get(relative: string, stamp: FileStamp): ReadResult | undefined {
    const e = this.previous.get(relative);
    if (!e || e.size !== stamp.size || e.mtimeMs !== stamp.mtimeMs || e.ino !== stamp.ino) return undefined;
    this.next.set(relative, e);
    return e.result;
  }

  set(relative: string, stamp: FileStamp, result: ReadResult): void {
    this.next.set(relative, { ...stamp, result });
  }

  /** Writes the entries of this build (files gone since are forgotten). */
  async save(): Promise<void> {
    const tmp = `${this.file}.${process.pid}`;
    await writeFile(tmp, serialize({ reader: await readerVersion(), entries: this.next } satisfies CacheFile));
    await rename(tmp, this.file);
  }
}
