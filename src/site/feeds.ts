// Atom (RFC 4287) and JSON Feed 1.1 documents for the whole archive and for each topic.
// Links are absolute when --base-url gives an origin; without one they are path-absolute
// (readers resolve them against the feed's own URL) and ids use the `urn:news-archive:` form.
import { writtenInstant } from '../seeds/dates.ts';
import type { Article } from '../types.ts';
import { type BaseUrl, publicUrl } from './base-url.ts';
import { shorten } from './shorten.ts';
import { xmlEscape } from './sitemap.ts';

/** Entries in each feed: the latest articles. */
export const FEED_SIZE = 50;
/**
 * Categories of a feed entry at most: the article's first topics (those its seed states, then
 * those its text names most). An entry is repeated in the feed of each of its topics: with all
 * of them, an article of 200 topics put 200 categories into 200 feeds.
 */
export const FEED_CATEGORIES = 20;
/**
 * Longest summary (and JSON Feed `content_text`) of an entry, in characters: a summary is the
 * article's first paragraph unless its seed gives one, and an entry is in the feed of each of
 * its topics. A 1.8 MB first paragraph made 363 MB of feeds.
 */
export const FEED_SUMMARY = 2000;

export interface FeedSpec {
  title: string;
  description: string;
  /** Site URL of the page the feed belongs to, and of the feeds themselves. */
  pageUrl: string;
  atomUrl: string;
  jsonUrl?: string;
  /** The language of its articles (see language.ts). */
  lang: string;
  /** Newest first. */
  articles: Article[];
}

/** A calendar date as the instant that opens it, in UTC: what feeds and sitemaps time-stamp. */
export function dateTime(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/**
 * When an article was published, as feeds write it, in RFC 3339: the instant its seed gives (a
 * time of day with its zone; see writtenInstant), else the opening of its day in UTC.
 */
function published(a: Pick<Article, 'date' | 'time' | 'zone'>): string {
  return writtenInstant(a.date, a.time, a.zone) ?? dateTime(a.date).toISOString();
}

/** An id that never changes for the same URL, absolute even without an origin. */
function atomId(base: BaseUrl, url: string): string {
  return base.origin ? publicUrl(base, url) : `urn:news-archive:${publicUrl(base, url)}`;
}

/**
 * What an article's Atom entry is made of (see atomEntry), as a string that changes when the
 * entry does: a topic feed is known by its entries' inputs, and made only when they changed.
 * Reads the article's URL and topics, and fields of its seed's record alone, which its digest
 * covers: the same URL, digest and topics, the same inputs (see ArticleKeys.feedEntryKey).
 */
export function atomEntryInputs(a: Article): string {
  return JSON.stringify([a.url, a.title, a.date, a.time, a.zone, a.source, a.authors, a.lang, shorten(a.summary, FEED_SUMMARY), a.topics.slice(0, FEED_CATEGORIES).map((t) => [t.slug, t.name])]);
}

/** An entry's authors: the reporters the seed names, else its source. */
function feedAuthors(a: Article): string[] {
  return a.authors.length ? a.authors : a.source ? [a.source] : [];
}

/**
 * An article's Atom entry, made for each feed it is in (those of its topics). Not kept from feed
 * to feed: the topic feeds are made last, and holding every article's entry until the build's
 * end raised the main process of a full build of 100,000 articles from 1.51 GB to 1.87 GB there,
 * and the whole build's peak from 1.89 GB to 2.09 GB. Making them again costs about 3 s of that
 * build (its topic feeds hold 295,000 entries of 99,400 articles; making 100,000 took ~1.5 s).
 */
function atomEntry(a: Article, base: BaseUrl): string {
  const x = xmlEscape;
  const link = publicUrl(base, a.url);
  const when = published(a);
  return [
    // An article in a language of its own says so (xml:lang), as its page does.
    a.lang ? `  <entry xml:lang="${x(a.lang)}">` : '  <entry>',
    `    <title>${x(a.title)}</title>`,
    `    <id>${x(atomId(base, a.url))}</id>`,
    `    <link rel="alternate" type="text/html" href="${x(link)}"/>`,
    `    <published>${when}</published>`,
    `    <updated>${when}</updated>`,
    ...feedAuthors(a).map((name) => `    <author><name>${x(name)}</name></author>`),
    ...a.topics.slice(0, FEED_CATEGORIES).map((t) => `    <category term="${x(t.slug)}" label="${x(t.name)}"/>`),
    `    <summary type="text">${x(shorten(a.summary, FEED_SUMMARY))}</summary>`,
    '  </entry>',
  ]
    .filter(Boolean)
    .join('\n');
}

export function atomFeed(spec: FeedSpec, base: BaseUrl, siteTitle: string): string {
  // The latest entry's: articles of one day written in different zones need not come in the order of their instants.
  // Only a feed of no entries takes 1970, which as the start of the search dated a feed of
  // articles from 1900 after all of them.
  // Compared as instants, not as text: `9999-12-31T23:30:00-05:00`, written with its own offset
  // (see writtenInstant), is later than any date written in UTC.
  const instants = spec.articles.map(published);
  const updated = instants.length ? instants.reduce((latest, when) => (Date.parse(when) > Date.parse(latest) ? when : latest)) : dateTime('1970-01-01').toISOString();
  const x = xmlEscape;
  const entries = spec.articles.map((a) => atomEntry(a, base));
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(spec.lang)}">`,
    `  <title>${x(spec.title)}</title>`,
    `  <subtitle>${x(spec.description)}</subtitle>`,
    `  <id>${x(atomId(base, spec.atomUrl))}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${x(publicUrl(base, spec.atomUrl))}"/>`,
    `  <link rel="alternate" type="text/html" href="${x(publicUrl(base, spec.pageUrl))}"/>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${x(siteTitle)}</name></author>`,
    '  <generator>news-archive</generator>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1). */
export function jsonFeed(spec: FeedSpec, base: BaseUrl): string {
  return JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: spec.title,
      description: spec.description,
      home_page_url: publicUrl(base, spec.pageUrl),
      feed_url: publicUrl(base, spec.jsonUrl ?? spec.atomUrl),
      language: spec.lang,
      items: spec.articles.map((a) => ({
        id: publicUrl(base, a.url),
        url: publicUrl(base, a.url),
        title: a.title,
        summary: shorten(a.summary, FEED_SUMMARY),
        content_text: shorten(a.lede || a.summary, FEED_SUMMARY),
        date_published: published(a),
        tags: a.topics.slice(0, FEED_CATEGORIES).map((t) => t.name),
        ...(a.lang ? { language: a.lang } : {}),
        ...(feedAuthors(a).length ? { authors: feedAuthors(a).map((name) => ({ name })) } : {}),
      })),
    },
    null,
    2,
  );
}
