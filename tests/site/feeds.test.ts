// Feeds: an entry's categories are bounded, since an entry is repeated in the feed of each of its topics.
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../src/archive/build.ts';
import { readSeed } from '../../src/seeds/read.ts';
import { parseBaseUrl } from '../../src/site/base-url.ts';
import { atomFeed, FEED_CATEGORIES, FEED_SUMMARY, jsonFeed } from '../../src/site/feeds.ts';
import type { SeedRecord } from '../../src/types.ts';

describe('feeds', () => {
  it(`list an article's first ${FEED_CATEGORIES} topics as its categories, however many it has`, () => {
    const topics = Array.from({ length: 30 }, (_, i) => `Topic ${i}`).join(', ');
    const read = readSeed('a.md', Buffer.from(`---\ntitle: Many topics\ndate: 2020-01-01\ntopics: [${topics}]\n---\nBody.\n`));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const { archive } = buildArchive([read.record]);
    const article = archive.articles[0]!;
    expect(article.topics).toHaveLength(30);
    const spec = { title: 'T', description: 'D', pageUrl: '/', atomUrl: '/feed.xml', jsonUrl: '/feed.json', lang: 'en', articles: [article] };
    const atom = atomFeed(spec, parseBaseUrl('/'), 'Site');
    const terms = [...atom.matchAll(/<category term="([^"]+)"/g)].map((m) => m[1]);
    expect(terms).toEqual(article.topics.slice(0, FEED_CATEGORIES).map((t) => t.slug));
    const json = JSON.parse(jsonFeed(spec, parseBaseUrl('/'))) as { items: { tags: string[] }[] };
    expect(json.items[0]!.tags).toEqual(article.topics.slice(0, FEED_CATEGORIES).map((t) => t.name));
  });

  it('date an entry to the instant its seed gives, with a time and zone, else to the opening of its day in UTC', () => {
    const read = (file: string, date: string): SeedRecord => {
      const r = readSeed(file, Buffer.from(`---\ntitle: ${file}\ndate: ${date}\n---\nBody.\n`));
      if (!r.ok) throw new Error(JSON.stringify(r.problems));
      return r.record;
    };
    const { archive } = buildArchive([read('a.md', '2020-01-01T23:30:00-05:00'), read('b.md', '2020-01-02T01:00:00Z'), read('c.md', '2020-01-02 10:30'), read('d.md', '2020-01-02')]);
    const articles = [...archive.articles].reverse();
    const spec = { title: 'T', description: 'D', pageUrl: '/', atomUrl: '/feed.xml', lang: 'en', articles };
    const atom = atomFeed(spec, parseBaseUrl('/'), 'Site');
    const entries = [...atom.matchAll(/<title>([a-d]\.md)<\/title>[\s\S]*?<published>([^<]+)<\/published>/g)].map((m) => [m[1], m[2]]);
    // A time without a zone pins no instant: its day's opening, as a date alone.
    expect(entries).toEqual([
      ['c.md', '2020-01-02T00:00:00.000Z'],
      ['b.md', '2020-01-02T01:00:00.000Z'],
      ['d.md', '2020-01-02T00:00:00.000Z'],
      ['a.md', '2020-01-02T04:30:00.000Z'],
    ]);
    // The feed was updated by its latest entry, wherever it is listed.
    expect(/<feed[\s\S]*?<updated>([^<]+)<\/updated>/.exec(atom)![1]).toBe('2020-01-02T04:30:00.000Z');
    const json = JSON.parse(jsonFeed(spec, parseBaseUrl('/'))) as { items: { title: string; date_published: string }[] };
    expect(json.items.map((i) => [i.title, i.date_published])).toEqual(entries);
  });

  it('are updated when their latest entry was, also before 1970, and at 1970 only when empty (QA 33)', () => {
    const r = readSeed('old.txt', Buffer.from(' date 1900-01-01 Old News From 1900\nThe paper reported a storm over the harbour.\n'));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const { archive } = buildArchive([r.record]);
    const updated = (articles: typeof archive.articles): string => /<feed[\s\S]*?<updated>([^<]+)<\/updated>/.exec(atomFeed({ title: 'T', description: 'D', pageUrl: '/', atomUrl: '/feed.xml', lang: 'en', articles }, parseBaseUrl('/'), 'Site'))![1]!;
    // A feed of articles from 1900 said it was updated in 1970, after every entry it holds.
    expect(updated(archive.articles)).toBe('1900-01-01T00:00:00.000Z');
    expect(updated([])).toBe('1970-01-01T00:00:00.000Z');
  });

  it('write every date in RFC 3339, its year of four digits, and are updated by the latest instant, whatever its year (QA 35)', () => {
    const read = (file: string, date: string): SeedRecord => {
      const r = readSeed(file, Buffer.from(`---\ntitle: ${file}\ndate: ${date}\n---\nBody.\n`));
      if (!r.ok) throw new Error(JSON.stringify(r.problems));
      return r.record;
    };
    // 23:30 at -05:00 on the last day of 9999 is in the year 10000 in UTC, which toISOString
    // writes `+010000-01-01T04:30:00.000Z`: no RFC 3339 date, and, by its `+`, below every
    // other date as text, so that the feed took the year 0000 for its latest.
    const { archive } = buildArchive([read('late.md', '9999-12-31T23:30:00-05:00'), read('early.md', '0001-01-01T00:30:00+01:00'), read('plain.md', '9999-12-31')]);
    const articles = [...archive.articles].reverse();
    const spec = { title: 'T', description: 'D', pageUrl: '/', atomUrl: '/feed.xml', lang: 'en', articles };
    const atom = atomFeed(spec, parseBaseUrl('/'), 'Site');
    const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
    const stamps = [...atom.matchAll(/<(published|updated)>([^<]+)<\/\1>/g)].map((m) => m[2]!);
    const json = JSON.parse(jsonFeed(spec, parseBaseUrl('/'))) as { items: { title: string; date_published: string }[] };
    for (const stamp of [...stamps, ...json.items.map((i) => i.date_published)]) expect(stamp).toMatch(RFC3339);
    // Out of the years 0000-9999 in UTC, the seed's own time and offset: the same instant.
    const entries = [...atom.matchAll(/<title>([a-z]+\.md)<\/title>[\s\S]*?<published>([^<]+)<\/published>/g)].map((m) => [m[1], m[2]]);
    expect(entries).toEqual([
      ['late.md', '9999-12-31T23:30:00-05:00'],
      ['plain.md', '9999-12-31T00:00:00.000Z'],
      ['early.md', '0000-12-31T23:30:00.000Z'],
    ]);
    expect(json.items.map((i) => [i.title, i.date_published])).toEqual(entries);
    for (const [, stamp] of entries) expect(Number.isNaN(Date.parse(stamp!))).toBe(false);
    expect(/<feed[\s\S]*?<updated>([^<]+)<\/updated>/.exec(atom)![1]).toBe('9999-12-31T23:30:00-05:00');
    // Listed oldest first, the latest is still found by its instant.
    const oldestFirst = atomFeed({ ...spec, articles: [...articles].reverse() }, parseBaseUrl('/'), 'Site');
    expect(/<feed[\s\S]*?<updated>([^<]+)<\/updated>/.exec(oldestFirst)![1]).toBe('9999-12-31T23:30:00-05:00');
  });

  it(`shorten an entry's summary to ${FEED_SUMMARY} characters at a word boundary`, () => {
    const lede = 'The minister said the talks would go on. '.repeat(200);
    const read = readSeed('a.txt', Buffer.from(` date 2020-01-01 Talks go on\n${lede}\n`));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const { archive } = buildArchive([read.record]);
    const article = archive.articles[0]!;
    expect(article.summary.length).toBeGreaterThan(FEED_SUMMARY);
    const spec = { title: 'T', description: 'D', pageUrl: '/', atomUrl: '/feed.xml', lang: 'en', articles: [article] };
    const summary = /<summary type="text">([^<]*)<\/summary>/.exec(atomFeed(spec, parseBaseUrl('/'), 'Site'))![1]!;
    expect(summary.length).toBeLessThanOrEqual(FEED_SUMMARY + 1);
    expect(summary).toMatch(/^The minister said .* talks…$/);
    const item = (JSON.parse(jsonFeed(spec, parseBaseUrl('/'))) as { items: { summary: string; content_text: string }[] }).items[0]!;
    expect(item.summary).toBe(summary);
    expect(item.content_text).toBe(summary);
  });
});
