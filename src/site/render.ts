// Runs Eleventy, the renderer, on the site data, and writes the search index and the static
// assets. This is the only place Eleventy is started.
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Eleventy from '@11ty/eleventy';
import { writeSearchIndex } from './search-index.ts';
import type { SiteData } from './types.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const TEMPLATES_DIR = path.join(root, 'templates');
export const CONFIG_FILE = path.join(root, '.eleventy.ts');
export const PUBLIC_DIR = path.join(root, 'public');

export interface RenderOptions {
  quiet: boolean;
  phases?: { done(name: string): void };
  observer?: { begin(phase: string): void; advance(done: number, total: number): void };
}

function pageCount(site: SiteData): number {
  return site.home.length + site.articles.length + site.years.length + site.months.length + site.days.length +
    site.topicIndex.length + site.topics.length + site.notFound.length + site.search.length + site.files.length;
}

/** Renders every page and file of `site` into `outDir`, then its search records and the assets. */
export async function renderSite(site: SiteData, outDir: string, options: RenderOptions): Promise<void> {
  options.observer?.begin(`Rendering ${pageCount(site).toLocaleString('en')} pages`);
  if (pageCount(site) > 0) {
    const eleventy = new Eleventy(TEMPLATES_DIR, outDir, {
      configPath: CONFIG_FILE,
      pathPrefix: site.meta.pathPrefix,
      quietMode: options.quiet,
      config: (config) => {
        config.addGlobalData('archive', site);
      },
    });
    // Eleventy's own summary line would repeat ours; its errors are thrown, not logged.
    if (options.quiet) eleventy.disableLogger();
    await eleventy.write();
  }
  options.phases?.done('render pages (Eleventy)');
  options.observer?.begin('Indexing for search');
  await writeSearchIndex(site.searchRecords, outDir, (done, total) => options.observer?.advance(done, total));
  options.phases?.done('search index (Pagefind)');
  await cp(PUBLIC_DIR, outDir, { recursive: true });
}
