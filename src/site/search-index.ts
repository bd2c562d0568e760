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

/** Writes Pagefind's bundle to `<outDir>/pagefind/`. */
export async function writeSearchIndex(records: SearchRecord[], outDir: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  try {
    if (!index) throw new SearchIndexError(`search index: ${errors.join('; ')}`);
    for (const r of records) {
      const added = await index.addCustomRecord({ ...r, language: 'en' });
      if (added.errors.length) throw new SearchIndexError(`search index, ${r.url}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
    if (written.errors.length) throw new SearchIndexError(`search index: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
}
