// What a build writes, as units with content hashes: the basis of incremental rebuilds.
// A unit whose hash is unchanged since the last build is linked, not rendered again.
import { createHash } from 'node:crypto';
import { shardOf, shards } from '../site/search-index.ts';
import { PAGE_LISTS, type PageBase, type SiteData } from '../site/types.ts';

/** Output path of a site URL, relative to the output folder: `/2017/` -> `2017/index.html`. */
export function outputPath(url: string): string {
  const rel = url.replace(/^\//, '');
  return rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
}

export function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 22);
}


export interface BuildPlan {
  /** Output path -> hash of everything its bytes depend on (besides the renderer). */
  units: Map<string, string>;
  /** Search index shard -> hash of its records: a shard is re-indexed when its hash changes. */
  search: Map<string, string>;
  /** Hash of the site-wide settings every page depends on (title, base URL, policies). */
  settings: string;
}

export function planBuild(site: SiteData): BuildPlan {
  const units = new Map<string, string>();
  for (const list of PAGE_LISTS) {
    for (const page of site[list] as PageBase[]) units.set(outputPath(page.url), hashOf(`${list}\n${JSON.stringify(page)}`));
  }
  for (const file of site.files) units.set(outputPath(file.url), hashOf(`file\n${file.body}`));
  const search = new Map<string, string>();
  for (const [shard, records] of shards(site.searchRecords)) search.set(shard, hashOf(JSON.stringify(records)));
  return { units, search, settings: hashOf(JSON.stringify(site.meta)) };
}

/**
 * The part of a site that must be rendered: pages and files whose output path is in `paths`,
 * and the search records of the shards in `searchShards`.
 */
export function subsetOf(site: SiteData, paths: Set<string>, searchShards: Set<string>): SiteData {
  const keep = <T extends { url: string }>(list: T[]): T[] => list.filter((p) => paths.has(outputPath(p.url)));
  return {
    ...site,
    home: keep(site.home) as SiteData['home'],
    articles: keep(site.articles),
    years: keep(site.years),
    months: keep(site.months),
    days: keep(site.days),
    topicIndex: keep(site.topicIndex) as SiteData['topicIndex'],
    kinds: keep(site.kinds),
    topics: keep(site.topics),
    notFound: keep(site.notFound) as SiteData['notFound'],
    search: keep(site.search) as SiteData['search'],
    files: keep(site.files),
    searchRecords: site.searchRecords.filter((r) => searchShards.has(shardOf(r))),
  };
}
