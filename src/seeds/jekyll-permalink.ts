// The address a Jekyll site gave a post, from its permalink pattern: kept as an old path of the
// article (see SeedRecord.permalinkAlias), so that links to the old site still lead to it. A
// post of a Jekyll site's `_posts` folder (`news/_posts/2019-03-04-harbour-reopens.md`) without a
// permalink of its own had Jekyll's default, `/:categories/:year/:month/:day/:title.html`
// (`/news/2019/03/04/harbour-reopens.html`); one with a pattern (`permalink: /:categories/:title/`)
// had that.

/** Jekyll's permalink styles by name, as its `permalink` setting and a post's front matter name them. */
export const STYLES: Record<string, string> = {
  date: '/:categories/:year/:month/:day/:title:output_ext',
  pretty: '/:categories/:year/:month/:day/:title/',
  ordinal: '/:categories/:year/:y_day/:title:output_ext',
  weekdate: '/:categories/:year/W:week/:short_day/:title:output_ext',
  none: '/:categories/:title:output_ext',
};

/** A post's file in a Jekyll `_posts` folder, named by its date: the folders above `_posts` (its categories) and the name's title. */
const POST_FILE = /^(?:(.*)\/)?_posts\/(?:.*\/)?\d{4}-\d{1,2}-\d{1,2}-([^/]+)\.(?:md|markdown|mkdn|mkd|mdown|html?)$/i;

/** What a post's permalink is made of. */
export interface JekyllPost {
  /** The seed's path in the seeds folder. */
  file: string;
  date: string;
  time: string | null;
  /** Front matter `categories` and `category` as given: lists, or words in one string. */
  categories: unknown[];
  /** Front matter `permalink`, when it is a pattern or a style's name. */
  permalink: string | null;
  /** Front matter `slug` as written: Jekyll's `:title` when given. */
  slug: string | null;
}

/** Front matter categories as Jekyll reads them: a list's items, or a string's words. */
function categoryWords(value: unknown): string[] {
  const list = typeof value === 'string' ? value.split(/\s+/) : Array.isArray(value) ? value : [];
  return list.flatMap((v) => (typeof v === 'string' || typeof v === 'number' ? [String(v).trim()] : [])).filter((c) => c !== '');
}

/**
 * What Jekyll's `Utils.slugify` makes of a text in its "default" mode (`:slug`, `:name`: every
 * run of other characters than letters, marks and decimal digits a `-`, in lower case) or its
 * "pretty" mode (`:title`: `._~!$&'()+,;=@` kept too, and the case kept): letters of every
 * alphabet stay as they are (`café-crème`, `москва`), as Jekyll 4 keeps them; a `-` at either
 * end goes. Not this tool's slugify, which folds accents to a-z: Jekyll's URL of
 * `2021-05-04-café-crème.md` is `/2021/05/04/café-crème.html`, which a link to the old site names.
 */
export function jekyllSlugify(text: string, mode: 'default' | 'pretty'): string {
  const slug = text.replace(mode === 'pretty' ? /[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+/gu : /[^\p{M}\p{L}\p{Nd}]+/gu, '-').replace(/^-|-$/g, '');
  return mode === 'pretty' ? slug : slug.toLowerCase();
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Day of the year, 1 to 366, of a calendar date. */
function dayOfYear(date: string): number {
  const [y, m, d] = [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86_400_000) + 1;
}

/** ISO week number and weekday (Monday = 1) of a calendar date. */
function isoWeek(date: string): { week: number; weekday: number } {
  const day = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  return { week: Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7), weekday };
}

const SHORT_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/**
 * The path Jekyll gave a post of a `_posts` folder: its permalink pattern (or style) filled in,
 * else Jekyll's default; null for a seed that is no such post, for a pattern with a placeholder
 * Jekyll's posts do not have, and for categories a path cannot hold as they are (spaces).
 */
export function jekyllPostPath(post: JekyllPost): string | null {
  const m = POST_FILE.exec(post.file);
  if (!m) return null;
  const pattern = post.permalink === null ? STYLES.date! : Object.hasOwn(STYLES, post.permalink) ? STYLES[post.permalink]! : post.permalink;
  if (!pattern.includes(':')) return null;
  // The folders above `_posts` first, then front matter's, in lower case, each once.
  const categories = [...new Set([...(m[1] ?? '').split('/').filter((c) => c !== ''), ...post.categories.flatMap(categoryWords)].map((c) => c.toLowerCase()))];
  if (categories.some((c) => !/^[\p{L}\p{N}._~-]+$/u.test(c))) return null;
  // The post's `slug`, as Jekyll reads it: front matter's, else the name after its date, without the dots that end it.
  const slug = post.slug ?? m[2]!.replace(/\.+$/, '');
  // The file's whole name without its extension, its date too.
  const basename = post.file.slice(post.file.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '');
  const [year, month, day] = [Number(post.date.slice(0, 4)), Number(post.date.slice(5, 7)), Number(post.date.slice(8, 10))];
  // Whole seconds, as Jekyll's `%S` gives them: a time's fraction (`10:30:15.25`) is no part of it.
  const [hour = '00', minute = '00', second = '00'] = (post.time ?? '').replace(/\.\d+$/, '').split(':').filter((p) => p !== '');
  const { week, weekday } = isoWeek(post.date);
  const values: Record<string, string> = {
    year: String(year), short_year: pad(year % 100), month: pad(month), i_month: String(month), day: pad(day), i_day: String(day),
    y_day: pad(dayOfYear(post.date), 3), week: pad(week), short_day: SHORT_DAYS[weekday - 1]!, hour, minute, second,
    title: jekyllSlugify(slug, 'pretty'), slug: jekyllSlugify(slug, 'default'), name: jekyllSlugify(basename, 'default'), categories: categories.join('/'), output_ext: '.html',
  };
  let unknown = false;
  const filled = pattern.replace(/:([a-z_]+)/g, (whole, key: string) => {
    const value = values[key];
    if (value === undefined) unknown = true;
    return value ?? whole;
  });
  // As Jekyll does: no empty segment (no categories), one `/` first.
  return unknown ? null : `/${filled.split('/').filter((s) => s !== '').join('/')}${filled.endsWith('/') ? '/' : ''}`;
}
