// The full-text search index, written by Pagefind from the articles themselves: only titles
// and bodies are indexed, never navigation. One Pagefind bundle per year (`/pagefind/2017/`),
// merged by the search page, so that a new article re-indexes its year, not the archive.
import path from 'node:path';
import * as pagefind from 'pagefind';

export interface SearchRecord {
  /** Public URL path (under the prefix), as the result links to it. */
  url: string;
  content: string;
  meta: { title: string; date: string; dateLabel: string };
  filters: Record<string, string[]>;
  sort: { date: string };
}

export class SearchIndexError extends Error {}

const BATCH = 256;

/** The year a record's index shard is: its article's year. */
export function shardOf(record: SearchRecord): string {
  return record.sort.date.slice(0, 4);
}

/** Records grouped by shard, in the records' order. */
export function shards(records: SearchRecord[]): Map<string, SearchRecord[]> {
  const out = new Map<string, SearchRecord[]>();
  for (const r of records) {
    const key = shardOf(r);
    const list = out.get(key);
    if (list) list.push(r);
    else out.set(key, [r]);
  }
  return out;
}

/** Folder of a shard's bundle, relative to the output folder. */
export function shardFolder(shard: string): string {
  return `pagefind/${shard}`;
}

/** Writes the Pagefind bundle of each shard that has records to `<outDir>/pagefind/<shard>/`. */
export async function writeSearchIndex(records: SearchRecord[], outDir: string, onProgress?: (done: number, total: number) => void): Promise<void> {
  if (records.length === 0) return;
  let done = 0;
  try {
    for (const [shard, list] of shards(records)) {
      const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
      if (!index) throw new SearchIndexError(`search index: ${errors.join('; ')}`);
      // Records go to Pagefind's service in batches, so that its process is never idle waiting for the next.
      for (let i = 0; i < list.length; i += BATCH) {
        const batch = list.slice(i, i + BATCH);
        const added = await Promise.all(batch.map((r) => index.addCustomRecord({ ...r, language: 'en' })));
        added.forEach((a, j) => {
          if (a.errors.length) throw new SearchIndexError(`search index, ${batch[j]!.url}: ${a.errors.join('; ')}`);
        });
      }
      const written = await index.writeFiles({ outputPath: path.join(outDir, shardFolder(shard)) });
      if (written.errors.length) throw new SearchIndexError(`search index: ${written.errors.join('; ')}`);
      await index.deleteIndex();
      done += list.length;
      onProgress?.(done, records.length);
    }
  } finally {
    await pagefind.close();
  }
}
