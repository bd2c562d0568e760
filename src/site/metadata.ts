// What a page says about itself in <head>: canonical URL, sharing cards, feeds, JSON-LD.
import type { Article, TopicKind } from '../types.ts';
import { type BaseUrl, publicUrl } from './base-url.ts';
import { isImageFile, mediaRefUrl } from '../seeds/media.ts';
import { isAgencyCredit } from '../seeds/bylines.ts';
import type { Link } from './types.ts';

export interface FeedLink {
  type: 'application/atom+xml' | 'application/feed+json';
  /** Site URL (the HTML base plugin puts it under the prefix). */
  href: string;
  title: string;
}

export interface HeadMeta {
  /** `<link rel="canonical">`: absolute when the origin is known, else a site URL; none for a page search engines should not index. */
  canonical: string | null;
  /** `<meta name="robots">`: `noindex` for a page that is no document of the archive (the 404 page). */
  robots: string | null;
  /** `og:url`: the public URL, under the prefix. */
  publicUrl: string;
  ogType: 'website' | 'article';
  /** `og:image`: an article's first picture from the seeds folder, absolute; none without an origin, since a card needs a whole URL. */
  image: string | null;
  alternates: FeedLink[];
  /** JSON-LD blocks, serialised so that no `<` can close the script element. */
  jsonLd: string[];
}

/** JSON for a `<script type="application/ld+json">`: `<`, `>`, `&` and line separators escaped. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const SCHEMA_TYPE: Record<TopicKind, string> = { person: 'Person', place: 'Place', organization: 'Organization', subject: 'Thing' };

export class MetadataBuilder {
  constructor(
    private readonly base: BaseUrl,
    private readonly siteTitle: string,
    private readonly siteFeeds: FeedLink[],
    /** The site's language (`--lang`): an article's own, when it names one, wins. */
    private readonly siteLang: string,
  ) {}

  head(url: string, options: { ogType?: 'website' | 'article'; feeds?: FeedLink[]; jsonLd?: unknown[]; noindex?: boolean; image?: string } = {}): HeadMeta {
    return {
      image: options.image !== undefined && this.base.origin ? publicUrl(this.base, options.image) : null,
      canonical: options.noindex ? null : this.base.origin ? publicUrl(this.base, url) : url,
      robots: options.noindex ? 'noindex' : null,
      publicUrl: publicUrl(this.base, url),
      ogType: options.ogType ?? 'website',
      alternates: [...(options.feeds ?? []), ...this.siteFeeds],
      jsonLd: (options.jsonLd ?? []).map(scriptSafeJson),
    };
  }

  breadcrumbList(trail: Link[], current: Link): object {
    return {
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [...trail, current].map((l, i) => ({ '@type': 'ListItem', position: i + 1, name: l.label, item: publicUrl(this.base, l.url) })),
    };
  }

  newsArticle(a: Article, description: string): object {
    const url = publicUrl(this.base, a.url);
    return {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: a.title,
      description,
      datePublished: a.date,
      url,
      mainEntityOfPage: url,
      inLanguage: a.lang ?? this.siteLang,
      wordCount: a.words,
      ...(a.dateline ? { locationCreated: { '@type': 'Place', name: a.dateline } } : {}),
      publisher: { '@type': 'Organization', name: this.siteTitle },
      ...(a.source ? { sourceOrganization: { '@type': 'Organization', name: a.source }, author: { '@type': 'Organization', name: a.source } } : {}),
      // The reporters, when the seed names them, are the authors: the source is the organisation behind them.
      // An agency's or desk's credit (`Reuters Staff`) is no person.
      ...(a.authors.length ? { author: a.authors.map((name) => ({ '@type': isAgencyCredit(name) ? 'Organization' : 'Person', name })) } : {}),
      ...(a.topics.length ? { about: a.topics.map((t) => ({ '@type': SCHEMA_TYPE[t.kind], name: t.name })) } : {}),
      // Its pictures from the seeds folder, as search engines show a news article's.
      ...(a.media.some((m) => isImageFile(m.file)) ? { image: a.media.filter((m) => isImageFile(m.file)).map((m) => publicUrl(this.base, mediaRefUrl(m))) } : {}),
    };
  }
}
