import { folds, hexHash, RESERVED_SLUGS, slugify } from '../seeds/slug.ts';
import { clockOrder } from '../seeds/dates.ts';
import type { SeedProblem, SeedRecord } from '../types.ts';

/**
 * A slug from a title or a file name, when its letters fold into a-z (see folds): a title of
 * Chinese with a figure in it would be a slug of digits (`0-1-2024`), and one of a script that
 * folds into nothing would be no slug at all.
 */
function slugOf(text: string): string {
  return folds(text) ? slugify(text) : '';
}

/** A Markdown file named as Jekyll names posts, by date and slug: `2017-11-14-talks-resume.md`. */
const JEKYLL_NAME = /^\d{4}-\d{2}-\d{2}-(.+)\.[^.]+$/;
/** A post's own folder, named by its slug, with its date or without (`2017-11-14-talks-resume/`, `talks-resume/`). */
const BUNDLE_FOLDER = /^(?:\d{4}-\d{2}-\d{2}-)?(.+)$/;

/**
 * The slug a Markdown seed's path gives it, as the site it comes from did: a Jekyll post's file
 * name (`2017-11-14-talks-resume.md`), or the folder of an `index.md` (Hugo's page bundles,
 * WordPress exports: `2017-11-14-talks-resume/index.md`). Jekyll's `/:year/:month/:day/:title/`
 * is this archive's URL, so that links to the old site's pages find them here; a title would
 * give another slug.
 */
function pathSlug(r: SeedRecord): string {
  if (r.format !== 'markdown') return '';
  const parts = r.file.split('/');
  const name = parts.at(-1)!;
  const given = /^index\.[^.]+$/i.test(name) ? (parts.length > 1 ? BUNDLE_FOLDER.exec(parts.at(-2)!)?.[1] : undefined) : JEKYLL_NAME.exec(name)?.[1];
  return given === undefined ? '' : slugOf(given);
}

/** Orders records as the archive does: by date, then by the time of day, then by file name. */
export function byPublication(a: SeedRecord, b: SeedRecord): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  // Within a day, by the time of day its seed gives (none first, as at midnight), then by file.
  const [at, bt] = [clockOrder(a.time), clockOrder(b.time)];
  if (at !== bt) return at < bt ? -1 : 1;
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

/**
 * Gives every record a slug unique within its day. Slugs a seed asked for are claimed first
 * (two seeds asking for the same one is a problem); the others are derived from a Jekyll post's
 * file name or a post's folder (see pathSlug), the title or the file name, and one that clashes gets
 * `-2`, `-3`, … in the order of the day (see byPublication). A seed whose title and file name give no slug gets one
 * made from its path (`a-` and a hash): the same from build to build, whatever seeds are added.
 * `records` must be sorted with `byPublication`.
 * A seed whose requested slug is taken gets `null` and a problem.
 */
export function assignSlugs(records: SeedRecord[]): { slugs: (string | null)[]; problems: SeedProblem[] } {
  const problems: SeedProblem[] = [];
  const slugs: (string | null)[] = [];
  // Day by day (records come sorted by date), so that slugs are keys by themselves: keys made
  // as "date/slug" cost 0.5 s at 100,000 articles, most of this function's time.
  for (let from = 0; from < records.length; ) {
    let to = from + 1;
    while (to < records.length && records[to]!.date === records[from]!.date) to++;
    for (const slug of daySlugs(records.slice(from, to), problems)) slugs.push(slug);
    from = to;
  }
  return { slugs, problems };
}

/** Each record's slug before clashes are settled: records kept from build to build (`serve`) are slugified once. */
const baseSlugs = new WeakMap<SeedRecord, string>();

/** The slug a record asks for when it names none: from its path, title or file name, or a hash of its path. */
function baseSlug(r: SeedRecord): string {
  let base = baseSlugs.get(r);
  if (base === undefined) {
    base = pathSlug(r) || slugOf(r.title) || slugOf(r.id) || `a-${hexHash(r.file, 10)}`;
    if (RESERVED_SLUGS.has(base)) base = `${base}-2`;
    baseSlugs.set(r, base);
  }
  return base;
}

const byFile = (a: SeedRecord, b: SeedRecord): number => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/** assignSlugs for the records of one day, in their order. */
function daySlugs(records: SeedRecord[], problems: SeedProblem[]): (string | null)[] {
  // Clashes are settled in file-name order, not by the time of day: a URL stays when a time is corrected.
  const inFileOrder = records.some((r) => r.time !== null) ? [...records].sort(byFile) : records;
  const taken = new Map<string, string>(); // slug -> file
  const refused = new Set<SeedRecord>();
  for (const r of inFileOrder) {
    // A reserved slug (RESERVED_SLUGS) was refused as the seed was read.
    if (!r.slug) continue;
    const other = taken.get(r.slug);
    if (other) {
      problems.push({ file: r.file, line: r.slugLine ?? 1, message: `slug "${r.slug}" on ${r.date} is already used by ${other}`, hint: 'two seeds cannot have the same URL; change one slug' });
      refused.add(r);
    } else {
      taken.set(r.slug, r.file);
    }
  }
  // The suffix each derived slug tries next: every one before it is taken, and stays so.
  // Trying from 2 each time made n seeds of one title on one day cost n² / 2 lookups.
  const next = new Map<string, number>(); // base -> suffix (1: the base itself)
  // A seed whose slug is refused gets none (null): it is reported, not published under another URL.
  if (inFileOrder === records) return records.map(slugFor);
  const slugs = new Map(inFileOrder.map((r) => [r, slugFor(r)]));
  return records.map((r) => slugs.get(r)!);

  function slugFor(r: SeedRecord): string | null {
    if (refused.has(r)) return null;
    if (r.slug) return r.slug;
    const base = baseSlug(r);
    const candidate = (n: number): string => (n === 1 ? base : `${base}-${n}`);
    let n = next.get(base) ?? 1;
    while (taken.has(candidate(n))) n++;
    next.set(base, n + 1);
    const slug = candidate(n);
    taken.set(slug, r.file);
    return slug;
  }
}
