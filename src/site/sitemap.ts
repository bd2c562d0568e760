// The sitemap (https://www.sitemaps.org/protocol.html): one file, or an index of files past
// the protocol's 50,000 URLs per file.
import { type BaseUrl, publicUrl } from './base-url.ts';

export const SITEMAP_LIMIT = 50_000;

export interface SitemapEntry {
  url: string;
  lastmod: string | null;
}

export interface TextFile {
  url: string;
  body: string;
}

/** Text for XML content and attribute values. Control characters XML forbids are dropped. */
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const XML_SPECIAL = /[<>&'"]/g;
/** Either of the above: most text has neither, and is returned as it is. */
const XML_UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff<>&'"]/;
const XML_ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' };

export function xmlEscape(text: string): string {
  if (!XML_UNSAFE.test(text)) return text;
  return text.replace(XML_INVALID, '').replace(XML_SPECIAL, (c) => XML_ENTITIES[c]!);
}

function urlset(entries: SitemapEntry[], base: BaseUrl): string {
  const rows = entries.map(
    (e) => `  <url><loc>${xmlEscape(publicUrl(base, e.url))}</loc>${e.lastmod ? `<lastmod>${e.lastmod}</lastmod>` : ''}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${rows.join('\n')}\n</urlset>\n`;
}

/**
 * What a sitemap file listing `entries` is made of, the site's settings apart (see settingsHash):
 * its URLs, each as JSON (any character unambiguous), with their dates.
 */
export function sitemapInputs(entries: readonly SitemapEntry[]): string {
  let inputs = '';
  for (const e of entries) inputs += `${JSON.stringify(e.url)} ${e.lastmod ?? '-'}\n`;
  return inputs;
}

/** A file of the sitemap: the pages it lists (none for an index), and how to make it. */
export interface SitemapFile {
  url: string;
  entries: SitemapEntry[] | null;
  make(): TextFile;
}

/** `/sitemap.xml`, and `/sitemaps/N.xml` when it has to be an index. */
export function sitemapFiles(entries: SitemapEntry[], base: BaseUrl): SitemapFile[] {
  const listing = (url: string, chunk: SitemapEntry[]): SitemapFile => {
    // Made once: its hash is worked out from it, then it is written.
    let made: TextFile | undefined;
    return { url, entries: chunk, make: () => (made ??= { url, body: urlset(chunk, base) }) };
  };
  if (entries.length <= SITEMAP_LIMIT) return [listing('/sitemap.xml', entries)];
  const parts: SitemapFile[] = [];
  const lastmods: (string | null)[] = [];
  for (let i = 0; i < entries.length; i += SITEMAP_LIMIT) {
    const chunk = entries.slice(i, i + SITEMAP_LIMIT);
    parts.push(listing(`/sitemaps/${parts.length + 1}.xml`, chunk));
    lastmods.push(chunk.reduce<string | null>((m, e) => (e.lastmod && (!m || e.lastmod > m) ? e.lastmod : m), null));
  }
  const rows = parts.map((p, i) => `  <sitemap><loc>${xmlEscape(publicUrl(base, p.url))}</loc>${lastmods[i] ? `<lastmod>${lastmods[i]}</lastmod>` : ''}</sitemap>`);
  const index = `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${rows.join('\n')}\n</sitemapindex>\n`;
  return [{ url: '/sitemap.xml', entries: null, make: () => ({ url: '/sitemap.xml', body: index }) }, ...parts];
}

/** robots.txt: it names the sitemap only by a full URL, the only kind its `Sitemap:` line takes. */
export function robotsTxt(base: BaseUrl): string {
  return `User-agent: *\nAllow: /\n${base.origin ? `\nSitemap: ${publicUrl(base, '/sitemap.xml')}\n` : ''}`;
}
