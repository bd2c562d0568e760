// Links in Markdown bodies to paths of the site (see SiteLink): each should lead to a page or a
// file the build writes. One that leads nowhere stays as written (the host may serve that path,
// as it may a picture named from the root: see MediaRef.rooted), and is a warning with its
// file and line, as a link to no seed is (see src/archive/seed-links.ts): a link that answers 404
// is found by a reader otherwise.
import { PAGE_SIZE } from '../archive/paginate.ts';
import type { Article, SeedProblem, SeedRecord } from '../types.ts';
import { API_ARTICLES_URL, apiYearUrl, KIND_PAGE_SIZE, KIND_URLS, SEARCH_SHARDS_URL, STORY_PAGE } from './pages.ts';

/** Warnings of one article's links to no page, at most: past them, one says how many more there are. */
export const MAX_SITE_LINK_WARNINGS = 10;

/** The site's own pages and files, whatever the archive holds. */
const FIXED = ['/', '/topics/', '/search/', '/404.html', '/feed.xml', '/feed.json', '/sitemap.xml', '/robots.txt', '/favicon.svg', API_ARTICLES_URL, '/api/topics.json', SEARCH_SHARDS_URL];

/**
 * Folders whose files the site writes whole, or copies, and that no link is checked in: its
 * assets and search index, the sitemaps past the first, and the files beside the posts (a link
 * to one is read as the file's: see src/seeds/media.ts).
 */
const OWN_FOLDERS = /^\/(?:assets|pagefind|sitemaps|media)\//;

/** A page of the date archive: `/2017/`, `/2017/11/`, `/2017/11/14/`, and a month's or day's `page/N/`. */
const PERIOD = /^\/(\d{4})\/(?:(\d{2})\/(?:(\d{2})\/)?)?(?:page\/(\d+)\/)?$/;
/** A topic's page, its older pages (`page/N/`, numbered from its oldest), its feed. */
const TOPIC = /^\/topics\/([^/]+)\/(?:feed\.xml|page\/(\d+)\/)?$/;
/** A page of the list of a kind's topics, past its first. */
const KIND_PAGE = /^(\/[a-z]+\/)page\/(\d+)\/$/;

/** Whether a path is a page or file of the site that `articles` make (see SiteBuilder.pages and files). */
export function sitePaths(articles: readonly Article[]): (path: string) => boolean {
  const exact = new Set(FIXED);
  const periods = new Map<string, number>();
  const topics = new Map<string, number>();
  const kinds = new Map<string, Set<string>>();
  for (const a of articles) {
    exact.add(a.url);
    for (const alias of a.aliases) exact.add(alias);
    exact.add(apiYearUrl(a.date.slice(0, 4)));
    for (const length of [4, 7, 10]) {
      const key = a.date.slice(0, length);
      periods.set(key, (periods.get(key) ?? 0) + 1);
    }
    for (const t of a.topics) {
      topics.set(t.slug, (topics.get(t.slug) ?? 0) + 1);
      const kind = KIND_URLS[t.kind];
      let slugs = kinds.get(kind);
      if (!slugs) kinds.set(kind, (slugs = new Set()));
      slugs.add(t.slug);
    }
  }
  for (const url of Object.values(KIND_URLS)) exact.add(url);
  const pages = (count: number, size: number): number => Math.max(1, Math.ceil(count / size));
  const has = (path: string): boolean => {
    if (exact.has(path) || OWN_FOLDERS.test(path)) return true;
    // A story's every report, under its first report's URL (the stories are known later: any article's).
    const story = path.indexOf(`/${STORY_PAGE}/`);
    if (story > 0 && exact.has(path.slice(0, story + 1))) return true;
    const period = PERIOD.exec(path);
    if (period) {
      const [, year, month, day, n] = period;
      const key = [year, month, day].filter((p) => p !== undefined).join('-');
      const count = periods.get(key);
      // A year's page is one page; a month's and a day's continue at page/2/ (see paginate).
      return count !== undefined && (n === undefined || (month !== undefined && Number(n) >= 2 && Number(n) <= pages(count, PAGE_SIZE)));
    }
    const topic = TOPIC.exec(path);
    if (topic) {
      const count = topics.get(topic[1]!);
      // Numbered pages hold the full blocks of 50 from the oldest; the newest block is the topic's own page (see paginateFromOldest).
      return count !== undefined && (topic[2] === undefined || (Number(topic[2]) >= 1 && Number(topic[2]) <= Math.floor((count - 1) / PAGE_SIZE)));
    }
    const kindPage = KIND_PAGE.exec(path);
    return kindPage !== null && exact.has(kindPage[1]!) && Number(kindPage[2]) >= 2 && Number(kindPage[2]) <= pages(kinds.get(kindPage[1]!)?.size ?? 0, KIND_PAGE_SIZE);
  };
  return (path) => {
    // A folder's page by its `index.html`, and a folder named without its `/`, which hosts answer with the folder.
    const folder = path.replace(/\/index\.html$/, '/');
    return has(folder) || (!folder.endsWith('/') && has(`${folder}/`));
  };
}

/**
 * A warning for each link of a published article that leads to no page or file of the site,
 * once a path for each article, at most MAX_SITE_LINK_WARNINGS of them; `records[i]` is the
 * record of `articles[i]` (see PlacedArticles).
 */
export function siteLinkWarnings(records: readonly SeedRecord[], articles: readonly Article[]): SeedProblem[] {
  if (!records.some((r) => r.siteLinks !== undefined)) return [];
  const has = sitePaths(articles);
  const warnings: SeedProblem[] = [];
  records.forEach((r, i) => {
    if (r.siteLinks === undefined || articles[i] === undefined) return;
    const said = new Set<string>();
    let dead = 0;
    let last = 0;
    for (const link of r.siteLinks) {
      if (said.has(link.path) || has(link.path)) continue;
      said.add(link.path);
      last = link.line;
      if (++dead > MAX_SITE_LINK_WARNINGS) continue;
      const leads = link.written.replace(/[?#].*$/s, '') === link.path ? '' : ` leads to ${link.path}, which`;
      warnings.push({
        file: r.file,
        line: link.line,
        message: `the link to "${link.written}"${leads} is no page or file of the archive: readers following it will find none, unless the host serves that path`,
        hint: 'link to a page of the archive by its address from the site\'s root (/2021/, /2021/05/04/talks/), to another seed by its file (notes.md), or to another site by its full URL',
      });
    }
    if (dead > MAX_SITE_LINK_WARNINGS) {
      warnings.push({ file: r.file, line: last, message: `${dead - MAX_SITE_LINK_WARNINGS} more links lead to no page or file of the archive`, hint: 'see the warnings before this one' });
    }
  });
  return warnings;
}
