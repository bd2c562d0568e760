// Runs Eleventy, the renderer, on the site data. This is the only place Eleventy is started.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Eleventy from '@11ty/eleventy';
import { writeSearchIndex } from './search-index.ts';
import type { SiteData } from './types.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const TEMPLATES_DIR = path.join(root, 'templates');
export const CONFIG_FILE = path.join(root, '.eleventy.ts');

/** Renders every page of `site` into `outDir`, then the search index. */
export async function renderSite(site: SiteData, outDir: string, quiet = true): Promise<void> {
  const eleventy = new Eleventy(TEMPLATES_DIR, outDir, {
    configPath: CONFIG_FILE,
    pathPrefix: site.meta.pathPrefix,
    quietMode: quiet,
    config: (config) => {
      config.addGlobalData('archive', site);
    },
  });
  // Eleventy's own summary line would repeat ours; its errors are thrown, not logged.
  if (quiet) eleventy.disableLogger();
  await eleventy.write();
  await writeSearchIndex(site.searchRecords, outDir);
}
