// The full-text search index, written by Pagefind from the articles themselves: only titles
// and bodies are indexed, never navigation.
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

/** Writes Pagefind's bundle to `<outDir>/pagefind/`. */
export async function writeSearchIndex(records: SearchRecord[], outDir: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  try {
    if (!index) throw new SearchIndexError(`search index: ${errors.join('; ')}`);
    // Records go to Pagefind's service in batches, so that its process is never idle waiting for the next.
    for (let i = 0; i < records.length; i += BATCH) {
      const batch = records.slice(i, i + BATCH);
      const added = await Promise.all(batch.map((r) => index.addCustomRecord({ ...r, language: 'en' })));
      added.forEach((a, j) => {
        if (a.errors.length) throw new SearchIndexError(`search index, ${batch[j]!.url}: ${a.errors.join('; ')}`);
      });
    }
    const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
    if (written.errors.length) throw new SearchIndexError(`search index: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
}
