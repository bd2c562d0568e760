/** Where the site lives: an absolute URL (`https://example.org/news/`) or a path (`/news/`). */
export interface BaseUrl {
  /** Path prefix every site URL is put under, with leading and trailing `/`. */
  pathPrefix: string;
  /** `https://example.org`, when the base URL is absolute. */
  origin: string | null;
}

export class BaseUrlError extends Error {}

/**
 * Characters refused anywhere in a base URL: quotes, `<` and `>` would end or break out of the
 * attribute or text the URL is written into on every page; URL parsing silently drops
 * whitespace and control characters, and turns `\` into `/`. (The URL parser lets `"` and `'`
 * through into a host name, and `'` into a path.)
 */
const UNSAFE = /[\s"'`<>\\\p{Cc}]/u;

/** Characters a path keeps as they are: RFC 3986's unreserved ones, sub-delimiters but `'`, `:`, `@`, `/`, and `%` (of escapes). */
const PATH_CHARS = /[A-Za-z0-9\-._~!$&()*+,;=:@/%]/u;

/** A path of those characters, every `%` starting a `%XX` escape. */
const SAFE_PATH = /^(?:[A-Za-z0-9\-._~!$&()*+,;=:@/]|%[0-9A-Fa-f]{2})*$/;

/** What a decoded segment must not hold: `/`, `\` or a control character (from `%2F`, `%5C`, `%00`, …). */
const ENCODED_UNSAFE = /[/\\\p{Cc}]/u;

/**
 * Reads `--base-url`: an absolute http(s) URL or a path. Refuses (BaseUrlError, a usage error)
 * what would be unsafe to write into the pages unescaped, or could not be served; characters
 * that merely need escaping in a URL (`é`, `|`, …) are percent-encoded.
 */
export function parseBaseUrl(value: string): BaseUrl {
  const unsafe = UNSAFE.exec(value)?.[0];
  if (unsafe) throw new BaseUrlError(`--base-url cannot contain ${describeChar(unsafe)}`);
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw new BaseUrlError(`--base-url "${value}" is not a valid URL`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new BaseUrlError(`--base-url must be http(s), not ${url.protocol}`);
    if (url.search || url.hash || value.includes('?') || value.includes('#')) throw new BaseUrlError('--base-url cannot have a query or a fragment');
    return { origin: url.origin, pathPrefix: normalisePath(url.pathname) };
  }
  if (!value.startsWith('/')) throw new BaseUrlError(`--base-url must be an absolute URL or start with "/": "${value}"`);
  if (value.includes('?') || value.includes('#')) throw new BaseUrlError('--base-url cannot have a query or a fragment');
  return { origin: null, pathPrefix: normalisePath(value) };
}

/** A refused character, named, with its escape when a URL may hold it escaped. */
function describeChar(ch: string): string {
  const code = `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  if (ch === ' ') return 'a space (write it as %20)';
  if (ch === '\\') return 'a backslash';
  if (/[\s\p{Cc}]/u.test(ch)) return `a control or space character (${code})`;
  // The others are ASCII: one byte, one escape (encodeURIComponent would leave `'` as it is).
  const escape = `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
  return `${ch === '"' ? `'"'` : `"${ch}"`} (in a path, write it as ${escape})`;
}

/**
 * The path prefix of a base URL's path: percent-encoded where it must be, with a leading and a
 * trailing `/`, empty segments dropped; `.` and `..` segments, also encoded ones, are refused.
 */
function normalisePath(p: string): string {
  const encoded = encodePath(p);
  if (!SAFE_PATH.test(encoded)) throw new BaseUrlError(`--base-url has a "%" that does not start a %XX escape: "${p}"`);
  const parts = encoded.split('/').filter(Boolean);
  for (const part of parts) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(part);
    } catch {
      throw new BaseUrlError(`--base-url has %XX escapes that are not UTF-8: "${part}"`);
    }
    if (decoded === '.' || decoded === '..') throw new BaseUrlError(`--base-url cannot contain "." or ".." segments: "${part}"`);
    if (ENCODED_UNSAFE.test(decoded)) throw new BaseUrlError(`--base-url cannot contain an encoded "/", "\\" or control character: "${part}"`);
  }
  return parts.length ? `/${parts.join('/')}/` : '/';
}

/** Percent-encodes the characters of `p` that a path cannot hold as they are (UTF-8, as URLs do). */
function encodePath(p: string): string {
  let out = '';
  for (const ch of p) {
    if (PATH_CHARS.test(ch)) {
      out += ch;
      continue;
    }
    try {
      out += encodeURIComponent(ch);
    } catch {
      throw new BaseUrlError('--base-url is not valid Unicode (a lone surrogate)');
    }
  }
  return out;
}

/** A site URL (`/2017/`) as it is served: under the prefix, and absolute when the origin is known. */
export function publicUrl(base: BaseUrl, siteUrl: string): string {
  return `${base.origin ?? ''}${base.pathPrefix}${siteUrl.replace(/^\//, '')}`;
}

/** An attribute that holds a root-relative URL (`href="/2017/"`), up to the URL's first `/`. */
const ROOT_RELATIVE_URL = /(\s(?:href|src|action|poster)=")\/(?!\/)/g;

/**
 * Puts a page's root-relative URLs under the path prefix: `href="/2017/"` becomes
 * `href="/news/2017/"`. Eleventy's HtmlBasePlugin does the same by parsing every page, which
 * made rendering 2 to 4 times slower under a prefix (measured on 1,000 articles). A pattern is
 * enough here: the templates escape every value they write (`"` becomes `&quot;`), so `href="/`
 * can only ever be the start of an attribute, never text.
 */
export function prefixUrls(html: string, pathPrefix: string): string {
  if (pathPrefix === '/') return html;
  // Written into an attribute: `&` as a character reference, so that `&amp;` in a prefix is
  // not read as `&`; and `$` doubled, which the replacement string would read as `$1`, `$&`, ….
  const prefix = pathPrefix.replaceAll('&', '&amp;').replaceAll('$', '$$$$');
  return html.replace(ROOT_RELATIVE_URL, `$1${prefix}`);
}
