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
 * begins with a letter or digit, so that none can be `.` or `..`. Capitals, `~`, letters of
 * other alphabets and `!$&'()+,;=@` are for the old paths of articles (see parseAliases: a
 * Jekyll post's `/2021/05/04/l'économie.html`); the site's own URLs are in lower case a-z.
 */
const SEGMENT = String.raw`[\p{L}\p{N}][\p{L}\p{M}\p{N}._~!$&'()+,;=@-]*`;
const SAFE_URL = new RegExp(`^/(?:${SEGMENT}/)*(?:${SEGMENT})?$`, 'u');

export class UnsafeUrlError extends Error {}

/** Every page URL passes here before Eleventy turns it into a file path inside the output folder. */
export function assertSafeUrl(url: string): void {
  if (!SAFE_URL.test(url)) {
    throw new UnsafeUrlError(`refusing to write a page at "${url}": it could leave the output folder`);
  }
}
