// The pages left at an article's old paths (front matter `aliases`, `redirect_from`): each sends
// the reader on to the article, as Hugo's and Jekyll's own redirect pages do, with no script.
import { textDirection } from '../language.ts';
import { type BaseUrl, publicUrl } from './base-url.ts';
import { CONTENT_SECURITY_POLICY, REFERRER_POLICY } from './security.ts';
import { xmlEscape } from './sitemap.ts';

/**
 * A page that sends the reader on to an article at once: by a refresh
 * (which a static host serves as it serves any page), a canonical link for search engines, which
 * also keep it out of their index, and a link for a reader whose browser does not follow.
 */
export function redirectPage(article: { url: string; title: string; lang: string | null }, base: BaseUrl, lang: string): string {
  // Links are written as site URLs, which the build gives the path prefix (see prefixUrls) as on
  // every page; the refresh names the article's path under the prefix itself (the prefix is not
  // put into a meta tag's content), never its origin, so that a reader stays on the host they
  // browse (a deploy preview, a mirror, a local copy); the canonical link names the origin when
  // it is known, as the article's own page does.
  const url = xmlEscape(article.url);
  const path = xmlEscape(publicUrl({ origin: null, pathPrefix: base.pathPrefix }, article.url));
  const canonical = base.origin ? xmlEscape(publicUrl(base, article.url)) : url;
  const title = article.title;
  // The title is in the article's language (its own, else the site's), and runs as it does on
  // the article's page: an Arabic title on an English site was marked English, and laid out
  // left to right when it opened with a Latin name (`CNN: …`).
  const titleLang = article.lang ?? lang;
  return [
    '<!doctype html>',
    `<html lang="${xmlEscape(lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${xmlEscape(CONTENT_SECURITY_POLICY)}">`,
    `<meta name="referrer" content="${REFERRER_POLICY}">`,
    `<title>${xmlEscape(title)}</title>`,
    `<link rel="canonical" href="${canonical}">`,
    '<meta name="robots" content="noindex">',
    `<meta http-equiv="refresh" content="0; url=${path}">`,
    '</head>',
    `<body><p lang="en">This article has moved: <a href="${url}" lang="${xmlEscape(titleLang)}" dir="${textDirection(titleLang)}">${xmlEscape(title)}</a>.</p></body>`,
    '</html>',
    '',
  ].join('\n');
}
