// The policies every page carries. The same values are given as HTTP headers in the README.

/**
 * No inline script or style, nothing from other origins except images linked from Markdown
 * seeds. `wasm-unsafe-eval` lets the search page run Pagefind's WebAssembly, nothing else.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' https: data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

/**
 * A site URL Eleventy may write to: absolute, plain segments, no backslash. Every segment
 * begins with a letter or digit, so that none can be `.` or `..`. Capitals and `~` are for the
 * old paths of articles (see parseAliases); the site's own URLs are in lower case.
 */
const SAFE_URL = /^\/(?:[A-Za-z0-9][A-Za-z0-9._~-]*\/)*(?:[A-Za-z0-9][A-Za-z0-9._~-]*)?$/;

export class UnsafeUrlError extends Error {}

/** Every page URL passes here before Eleventy turns it into a file path inside the output folder. */
export function assertSafeUrl(url: string): void {
  if (!SAFE_URL.test(url)) {
    throw new UnsafeUrlError(`refusing to write a page at "${url}": it could leave the output folder`);
  }
}
