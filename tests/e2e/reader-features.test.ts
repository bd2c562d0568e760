// Feeds, sitemap, sharing metadata and page weight, checked against /api/articles.json.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { attr, loadPages, type PageDoc, textOf } from '../helpers/crawl.ts';
import { ROOT, runCli, tempDir } from '../helpers/cli.ts';
import { readApiArticles } from '../helpers/api.ts';
import { cp } from 'node:fs/promises';

const BASE = 'https://example.org/news/';
interface ApiArticle { id: string; url: string; title: string; date: string; source: string | null; dateline: string | null; topics: { slug: string; name: string; kind: string }[] }

let out: string;
let api: ApiArticle[];
let pages: PageDoc[];
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'url', 'link', 'category', 'sitemap'].includes(name) });
const read = (f: string): Promise<string> => readFile(path.join(out, f), 'utf8');

beforeAll(async () => {
  const work = await tempDir();
  const seeds = path.join(work, 'seeds');
  await cp(path.join(ROOT, 'seeds'), seeds, { recursive: true });
  await cp(path.join(ROOT, 'tests/fixtures/site'), seeds, { recursive: true });
  out = path.join(work, '_site');
  const run = await runCli(['build', '--seeds', seeds, '--out', out, '--base-url', BASE]);
  expect(run.code, run.stderr).toBe(0);
  api = await readApiArticles<ApiArticle>(out);
  pages = await loadPages(out);
});

describe('feeds', () => {
  it('/feed.xml is well-formed Atom listing the latest articles, newest first', async () => {
    const text = await read('feed.xml');
    expect(XMLValidator.validate(text)).toBe(true);
    const feed = xml.parse(text).feed;
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe(`${BASE}feed.xml`);
    const entries = feed.entry as { title: string; id: string; updated: string; link: { '@href': string }[] }[];
    const newest = [...api].reverse().slice(0, 50);
    expect(entries.map((e) => e.link[0]!['@href'])).toEqual(newest.map((a) => a.url));
    expect(entries.map((e) => String(e.title))).toEqual(newest.map((a) => a.title));
    expect(feed.updated).toBe(`${newest[0]!.date}T00:00:00.000Z`);
    for (const e of entries) expect(e.updated).toMatch(/^\d{4}-\d\d-\d\dT00:00:00\.000Z$/);
  });

  it('/feed.json is JSON Feed 1.1', async () => {
    const feed = JSON.parse(await read('feed.json')) as { version: string; items: { url: string; title: string; date_published: string }[] };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items.map((i) => i.url)).toEqual([...api].reverse().map((a) => a.url));
  });

  it('each topic has an Atom feed of its articles, linked from its page', async () => {
    const text = await read('topics/syria/feed.xml');
    expect(XMLValidator.validate(text)).toBe(true);
    const entries = xml.parse(text).feed.entry as { link: { '@href': string }[] }[];
    expect(entries.map((e) => e.link[0]!['@href'])).toEqual(api.filter((a) => a.topics.some((t) => t.slug === 'syria')).map((a) => a.url).reverse());
    const topic = pages.find((p) => p.url === '/topics/syria/')!;
    const alternates = topic.elements('link').filter((l) => attr(l, 'rel') === 'alternate').map((l) => attr(l, 'href'));
    expect(alternates).toEqual(expect.arrayContaining([`${'/news/'}topics/syria/feed.xml`, '/news/feed.xml', '/news/feed.json']));
  });

  it('escapes hostile titles in feeds', async () => {
    const text = await read('feed.xml');
    expect(text).not.toContain('<script>');
    expect(text).toContain('Talks &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; resume');
  });
});

describe('sitemap and robots.txt', () => {
  it('lists every page but the 404 with its lastmod, and robots.txt points at it', async () => {
    const text = await read('sitemap.xml');
    expect(XMLValidator.validate(text)).toBe(true);
    const urls = xml.parse(text).urlset.url as { loc: string; lastmod?: string }[];
    const htmlPages = pages.filter((p) => p.url !== '/404.html').map((p) => `${BASE}${p.url.slice(1)}`);
    expect(urls.map((u) => u.loc).sort()).toEqual(htmlPages.sort());
    for (const a of api) expect(urls.find((u) => u.loc === a.url)?.lastmod).toBe(a.date);
    expect(await read('robots.txt')).toContain(`Sitemap: ${BASE}sitemap.xml`);
  });
});

describe('metadata for sharing and indexing', () => {
  const article = (): PageDoc => pages.find((p) => `${BASE}${p.url.slice(1)}` === api.find((a) => a.id === '002_accec6986dee77a2')!.url)!;
  const meta = (p: PageDoc, key: string): string | undefined => attr(p.elements('meta').find((m) => attr(m, 'property') === key || attr(m, 'name') === key)!, 'content');

  it('gives an article a canonical URL, OpenGraph and Twitter tags', () => {
    const p = article();
    const url = api.find((a) => a.id === '002_accec6986dee77a2')!.url;
    expect(attr(p.elements('link').find((l) => attr(l, 'rel') === 'canonical')!, 'href')).toBe(url);
    expect(meta(p, 'og:url')).toBe(url);
    expect(meta(p, 'og:type')).toBe('article');
    expect(meta(p, 'og:title')).toBe('Russian Deputy Foreign Minister Gennady Gatilov will hold talks on Tuesday…');
    expect(meta(p, 'twitter:card')).toBe('summary');
    expect(meta(p, 'description')).toMatch(/^Russian Deputy Foreign Minister Gennady Gatilov/);
  });

  it('keeps the 404 page out of search engines: noindex, and no canonical URL of its own', () => {
    const notFound = pages.find((p) => p.url === '/404.html')!;
    expect(meta(notFound, 'robots')).toBe('noindex');
    expect(notFound.elements('link').filter((l) => attr(l, 'rel') === 'canonical')).toEqual([]);
    // Every other page has its canonical URL, and is not kept out.
    for (const p of pages.filter((p) => p !== notFound)) {
      expect(p.elements('link').filter((l) => attr(l, 'rel') === 'canonical'), p.url).toHaveLength(1);
      expect(p.elements('meta').filter((m) => attr(m, 'name') === 'robots'), p.url).toEqual([]);
    }
  });

  it('gives an article NewsArticle and BreadcrumbList JSON-LD', () => {
    const blocks = article().elements('script').filter((s) => attr(s, 'type') === 'application/ld+json').map((s) => JSON.parse(textOf(s)) as Record<string, unknown>);
    const news = blocks.find((b) => b['@type'] === 'NewsArticle')!;
    expect(news).toMatchObject({
      headline: 'Russian Deputy Foreign Minister Gennady Gatilov will hold talks on Tuesday…',
      datePublished: '2017-11-14',
      locationCreated: { '@type': 'Place', name: 'Geneva' },
      sourceOrganization: { '@type': 'Organization', name: 'TASS' },
    });
    expect(news.about).toEqual(expect.arrayContaining([{ '@type': 'Place', name: 'Geneva' }, { '@type': 'Organization', name: 'TASS' }]));
    const crumbs = blocks.find((b) => b['@type'] === 'BreadcrumbList') as { itemListElement: { name: string; position: number }[] };
    expect(crumbs.itemListElement.map((i) => i.name)).toEqual(['Home', '2017', 'November 2017', '14 November 2017', 'Russian Deputy Foreign Minister Gennady Gatilov will hold talks on Tuesday…']);
  });

  it('keeps a </script> in a title inside its JSON-LD block', () => {
    const hostile = pages.find((p) => p.elements('h1').some((h) => textOf(h).startsWith('Talks </script>')))!;
    const ld = hostile.elements('script').filter((s) => attr(s, 'type') === 'application/ld+json');
    expect(ld.length).toBe(2);
    expect((JSON.parse(textOf(ld[0]!)) as { headline: string }).headline).toBe('Talks </script><script>alert(1)</script> resume');
  });
});

describe('lightweight pages', () => {
  it('loads JavaScript only on the search page', () => {
    for (const p of pages) {
      const scripts = p.elements('script').filter((s) => attr(s, 'type') !== 'application/ld+json');
      expect(scripts.length, p.url).toBe(p.url === '/search/' ? 1 : 0);
    }
  });

  it('ships an article in under 30 KB of HTML and CSS', async () => {
    const css = (await stat(path.join(out, 'assets/site.css'))).size;
    for (const a of api) {
      const file = path.join(out, new URL(a.url).pathname.slice('/news/'.length), 'index.html');
      expect((await stat(file)).size + css, a.url).toBeLessThan(30 * 1024);
    }
  });
});

describe('text written right to left', () => {
  it('is isolated wherever it sits among other text: titles and summaries take their own direction, names are <bdi>', () => {
    const home = pages.find((p) => p.url === '/')!;
    const listed = api.filter((a) => home.html.includes(`href="${new URL(a.url).pathname}"`));
    expect(listed.length).toBeGreaterThan(0);
    for (const h of home.elements('h3')) expect(attr(h, 'dir')).toBe('auto');
    const metas = home.elements('p').filter((p) => attr(p, 'class') === 'meta');
    expect(metas).toHaveLength(listed.length);
    // Each listing's dateline and source, and nothing else, are isolated.
    const isolated = metas.map((m) => (m.childNodes ?? []).filter((c) => c.nodeName === 'bdi').map(textOf));
    const byUrl = new Map(api.map((a) => [new URL(a.url).pathname, a]));
    const links = home.elements('h3').map((h) => attr((h.childNodes ?? []).find((c) => c.nodeName === 'a')!, 'href')!);
    expect(isolated).toEqual(links.map((u) => [byUrl.get(u)!.dateline, byUrl.get(u)!.source].filter((x): x is string => x !== null)));
    expect(isolated.flat().length).toBeGreaterThan(0);
    const article = pages.find((p) => `${BASE}${p.url.slice(1)}` === api.find((a) => a.id === '002_accec6986dee77a2')!.url)!;
    expect(attr(article.elements('h1')[0]!, 'dir')).toBe('auto');
    expect(article.elements('div').filter((d) => attr(d, 'class') === 'body').map((d) => attr(d, 'dir'))).toEqual(['auto']);
  });
});
