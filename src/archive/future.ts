// Articles dated after the day of the build: published, as every dated seed is, but said, since
// a year mistyped (2109 for 2019) puts an article at the top of the home page and the feeds for
// a century. (Hugo and Jekyll hold such posts back; an archive of news has no posts to come.)
import type { SeedProblem } from '../types.ts';

/**
 * Warnings for articles dated after `latest` (`YYYY-MM-DD`): for the first `max` by file, then
 * one for the rest, on the first of those, so that listed by file (as warnings are) it comes last.
 */
export function futureWarnings(articles: readonly { file: string; date: string }[], latest: string, max = 20): SeedProblem[] {
  const future = articles.filter((a) => a.date > latest).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const warnings: SeedProblem[] = future.slice(0, max).map((a) => ({
    file: a.file,
    line: 1,
    message: `the article is dated ${a.date}, after the day of the build: it is published, at the top of the listings and feeds`,
    hint: 'check its date; an article for a later day can wait in the drafts (draft: true)',
  }));
  if (future.length > max) {
    const rest = future.length - max;
    const others = rest === 1 ? '' : ` and ${rest - 1} more ${rest === 2 ? 'article' : 'articles'} after it`;
    warnings.push({ file: future[max]!.file, line: 1, message: `this article${others} (by file name) ${rest === 1 ? 'is' : 'are'} dated after the day of the build, as the ${max} before ${rest === 1 ? 'it' : 'them'} are`, hint: 'check the dates of the seeds: a year mistyped (2109 for 2019) or a clock set wrong' });
  }
  return warnings;
}

/** The latest date an article may have without a warning at `now`: tomorrow in UTC, so that no time zone's today is future. */
export function latestDate(now: Date): string {
  return new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
}
