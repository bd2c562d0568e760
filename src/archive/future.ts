// Articles dated after the day of the build: published, as every dated seed is, but said, since
// a year mistyped (2109 for 2019) puts an article at the top of the home page and the feeds for
// a century. (Hugo and Jekyll hold such posts back; an archive of news has no posts to come.)
import type { SeedProblem } from '../types.ts';

/** Warnings for articles dated after `latest` (`YYYY-MM-DD`), at most `max`, then one for the rest. */
export function futureWarnings(articles: readonly { file: string; date: string }[], latest: string, max = 20): SeedProblem[] {
  const future = articles.filter((a) => a.date > latest);
  const warnings: SeedProblem[] = future.slice(0, max).map((a) => ({
    file: a.file,
    line: 1,
    message: `the article is dated ${a.date}, after the day of the build: it is published, at the top of the listings and feeds`,
    hint: 'check its date; an article for a later day can wait in the drafts (draft: true)',
  }));
  if (future.length > max) {
    warnings.push({ file: future[max]!.file, line: 1, message: `${future.length - max} more articles are dated after the day of the build`, hint: 'see the warnings before this one' });
  }
  return warnings;
}

/** The latest date an article may have without a warning at `now`: tomorrow in UTC, so that no time zone's today is future. */
export function latestDate(now: Date): string {
  return new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
}
