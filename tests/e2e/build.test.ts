// Builds a site from fixtures with the real CLI and checks it as a reader's browser would.
import { existsSync, lstatSync, statSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { attr, brokenLinks, listFiles, loadPages, type PageDoc, textOf } from '../helpers/crawl.ts';
import { ROOT, runCli, tempDir } from '../helpers/cli.ts';
import { readApiArticles } from '../helpers/api.ts';

interface ApiArticle {
  id: string;
  url: string;
  title: string;
  date: string;
  source: string | null;
  dateline: string | null;
  topics: { slug: string; name: string; kind: string }[];
  related: string[];
  words: number;
  file: string;
}

const TOPIC_ARTICLES = 53; // over one page of 50
const DAY_ARTICLES = 52;

async function makeSeeds(): Promise<string> {
  const dir = path.join(await tempDir(), 'seeds');
  await mkdir(dir, { recursive: true });
  await cp(path.join(ROOT, 'seeds'), dir, { recursive: true });
  await cp(path.join(ROOT, 'tests/fixtures/site'), dir, { recursive: true });
  // Enough articles on one topic, and on one day, to need a second page.
  for (let i = 0; i < TOPIC_ARTICLES; i++) {
    const date = `2015-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
    await writeFile(path.join(dir, `gen-topic-${String(i).padStart(3, '0')}.md`), `---\ntitle: Grain report ${i}\ndate: ${date}\ntopics: [Grain markets]\n---\nGrain prices moved in report ${i}.\n`);
  }
  for (let i = 0; i < DAY_ARTICLES; i++) {
    await writeFile(path.join(dir, `gen-day-${String(i).padStart(3, '0')}.txt`), ` date 2014-06-02 Busy day bulletin\nBulletin number ${i} of a busy day.\n`);
  }
  return dir;
}

let seeds: string;
let out: string;
let pages: PageDoc[];
let api: ApiArticle[];
const page = (url: string): PageDoc => {
  const p = pages.find((x) => x.url === url);
  if (!p) throw new Error(`no page ${url}`);
  return p;
};

beforeAll(async () => {
  seeds = await makeSeeds();
  out = path.join(path.dirname(seeds), '_site');
  const run = await runCli(['build', '--seeds', seeds, '--out', out]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  pages = await loadPages(out);
  api = await readApiArticles<ApiArticle>(out);
});

describe('a built site', () => {
  it('has every page type', () => {
    const seedArticle = api.find((a) => a.id === '000_ca04473b45ea682b')!;
    for (const url of ['/', '/2017/', '/2017/11/', '/2017/11/14/', seedArticle.url, '/topics/', '/topics/syria/', '/topics/grain-markets/', '/topics/grain-markets/page/1/', '/2014/06/02/page/2/', '/404.html']) {
      expect(pages.some((p) => p.url === url), url).toBe(true);
    }
  });

  it('has no broken internal link or asset on any page', () => {
    expect(pages.length).toBeGreaterThan(150);
    expect(brokenLinks(out, pages)).toEqual([]);
  });

  it('gives every page one h1, a title, a language and a description', () => {
    for (const p of pages) {
      expect(p.elements('h1').length, p.url).toBe(1);
      expect(textOf(p.elements('title')[0]!).trim(), p.url).not.toBe('');
      expect(attr(p.elements('html')[0]!, 'lang'), p.url).toBe('en');
      const description = p.elements('meta').find((m) => attr(m, 'name') === 'description');
      expect(attr(description!, 'content')?.length, p.url).toBeGreaterThan(10);
    }
  });

  it('lists the years of the article API in /api/articles.json: each with its count and file, oldest first', async () => {
    const index = JSON.parse(await readFile(path.join(out, 'api/articles.json'), 'utf8')) as { years: { year: string; count: number; url: string }[] };
    const years = [...new Set(api.map((a) => a.date.slice(0, 4)))];
    expect(years.length).toBeGreaterThan(1);
    expect(index.years).toEqual(years.map((year) => ({ year, count: api.filter((a) => a.date.startsWith(year)).length, url: `/api/articles/${year}.json` })));
  });

  it('lists every published article in /api/articles/YYYY.json, and no draft', async () => {
    const files = (await readdir(seeds)).filter((f) => !f.includes('draft'));
    expect(api.map((a) => a.file).sort()).toEqual(files.sort());
    for (const a of api) {
      expect(Object.keys(a).sort()).toEqual(['authors', 'date', 'dateline', 'file', 'id', 'related', 'source', 'time', 'title', 'topics', 'url', 'words', 'zone']);
      expect(pages.some((p) => p.url === a.url), a.url).toBe(true);
    }
    expect(api.find((a) => a.id === '002_accec6986dee77a2')).toMatchObject({ source: 'TASS', dateline: 'Geneva', date: '2017-11-14' });
    // Oldest first.
    expect([...api].sort((a, b) => a.date.localeCompare(b.date)).map((a) => a.date)).toEqual(api.map((a) => a.date));
  });

  it('renders an article with its dateline, source, subheadings, time, topics and links up and across', () => {
    const tass = page(api.find((a) => a.id === '002_accec6986dee77a2')!.url);
    expect(textOf(tass.elements('h1')[0]!)).toBe('Russian Deputy Foreign Minister Gennady Gatilov will hold talks on Tuesday…');
    expect(tass.elements('time').map((t) => attr(t, 'datetime'))).toContain('2017-11-14');
    expect(tass.html).toContain('<bdi class="dateline">Geneva</bdi>');
    expect(tass.html).toContain('Source: <bdi>TASS</bdi>');
    expect(tass.html).not.toContain('/TASS/');
    const hrefs = tass.links.map((l) => l.value);
    for (const href of ['/2017/11/14/', '/2017/11/', '/2017/', '/topics/geneva/', '/topics/tass/']) expect(hrefs).toContain(href);

    const impetus = page(api.find((a) => a.id === '000_ca04473b45ea682b')!.url);
    const h2 = impetus.elements('h2').map((h) => textOf(h));
    expect(h2).toContain('Geneva Talks & Syrian National Congress');
    expect(h2).toContain('Damascus Hopes for Political Settlement in Syria');
    expect(impetus.html).toMatch(/\d+ min read/);
    const prevNext = impetus.elements('a').filter((a) => attr(a, 'rel') === 'prev' || attr(a, 'rel') === 'next');
    expect(prevNext.length).toBe(2);
  });

  it('lists related articles in /api/articles.json: ids of other articles, best first, at most 5', () => {
    const ids = new Set(api.map((a) => a.id));
    for (const a of api) {
      expect(a.related.length, a.id).toBeLessThanOrEqual(5);
      expect(a.related, a.id).not.toContain(a.id);
      expect(new Set(a.related).size, a.id).toBe(a.related.length);
      for (const id of a.related) expect(ids.has(id), `${a.id} -> ${id}`).toBe(true);
    }
    // The two real seeds report the same Geneva talks: each lists the other first.
    expect(api.find((a) => a.id === '000_ca04473b45ea682b')!.related[0]).toBe('002_accec6986dee77a2');
    expect(api.find((a) => a.id === '002_accec6986dee77a2')!.related[0]).toBe('000_ca04473b45ea682b');
    // Near-identical grain reports on one topic are related to each other.
    const grain = api.find((a) => a.file === 'gen-topic-010.md')!;
    expect(grain.related.length).toBe(5);
    for (const id of grain.related) expect(id).toMatch(/^gen-topic-/);
  });

  it('shows related coverage on an article page: the other reports of its story, then related articles', () => {
    const tass = page(api.find((a) => a.id === '002_accec6986dee77a2')!.url);
    const impetus = api.find((a) => a.id === '000_ca04473b45ea682b')!;
    const section = tass.elements('section').find((s) => attr(s, 'class') === 'coverage')!;
    expect(section).toBeDefined();
    const text = textOf(section).replace(/\s+/g, ' ');
    expect(text).toContain('Related coverage');
    expect(text).toContain('2 reports, from TASS and one other source:');
    expect(text).toContain(`${impetus.title} 14 November 2017`);
    expect(tass.links.map((l) => l.value)).toContain(impetus.url);
    // The section heading is an h2 after the one h1, and its story is listed once.
    const headings = tass.elements('h1').concat(tass.elements('h2'));
    expect(headings.map((h) => textOf(h).trim())).toContain('Related coverage');
    expect(tass.elements('h1').length).toBe(1);
    expect(text.split(impetus.title).length - 1).toBe(1);
    // An article in no story lists its related articles without a story line.
    const wheat = page(api.find((a) => a.file === '2016-wheat.txt')!.url);
    const wheatText = textOf(wheat.elements('section').find((s) => attr(s, 'class') === 'coverage')!);
    expect(wheatText).not.toMatch(/\d+ reports/);
    expect(wheatText).toContain('Wheat Prices Rise on U.S. Export Demand');
  });

  it('shows every word of a seed body on its page', async () => {
    for (const a of api.filter((x) => x.file.endsWith('.txt'))) {
      const raw = await readFile(path.join(seeds, a.file), 'utf8');
      const text = textOf(page(a.url).elements('main')[0]!).replace(/\s+/g, ' ');
      for (const w of raw.split('\n').slice(1).join(' ').split(/\s+/).filter(Boolean)) expect(text.includes(w), `${a.file}: ${w}`).toBe(true);
    }
  });

  it('links a month calendar only to days that have articles', () => {
    const month = page('/2017/11/');
    const dayLinks = month.links.map((l) => l.value).filter((v) => /^\/2017\/11\/\d\d\/$/.test(v));
    expect(new Set(dayLinks)).toEqual(new Set(['/2017/11/14/', '/2017/11/20/']));
    expect(month.elements('td').length % 7).toBe(0);
    const year = page('/2017/');
    expect(year.links.map((l) => l.value)).toContain('/2017/11/');
    expect(year.links.map((l) => l.value)).toEqual(expect.arrayContaining(['/2016/', '/2018/']));
  });

  it('paginates a topic at 50, newest first, older pages numbered from its first article', () => {
    const latest = page('/topics/grain-markets/');
    const oldest = page('/topics/grain-markets/page/1/');
    const titles = (p: PageDoc) => p.elements('h3').map((h) => textOf(h).trim());
    const dates = (p: PageDoc) => p.elements('time').map((t) => attr(t, 'datetime')!);
    // 53 articles: all on the topic's own page (the 3 after the first full page, with that page's
    // 50: never a page of 3 where readers land), the first 50 on page 1 too.
    expect(titles(latest).length).toBe(TOPIC_ARTICLES);
    expect(titles(oldest).length).toBe(50);
    const all = dates(latest);
    expect([...all].sort().reverse()).toEqual(all);
    expect(dates(oldest)).toEqual(all.slice(TOPIC_ARTICLES - 50));
    // Nothing older to go to from the topic's page; page 1 leads back to it.
    expect(latest.elements('a').filter((a) => attr(a, 'rel') === 'next')).toEqual([]);
    expect(oldest.links.map((l) => l.value)).toContain('/topics/grain-markets/');
    expect(textOf(oldest.elements('h1')[0]!)).toBe('Grain markets');
    expect(textOf(oldest.elements('main')[0]!)).toContain('Articles 1 to 50 about Grain markets');
    expect(pages.some((p) => p.url === '/topics/grain-markets/page/2/')).toBe(false);
  });

  it("draws a topic's sparkline from its articles per month", () => {
    const perMonth = new Map<string, number>();
    for (const a of api.filter((x) => x.topics.some((t) => t.slug === 'grain-markets'))) perMonth.set(a.date.slice(0, 7), (perMonth.get(a.date.slice(0, 7)) ?? 0) + 1);
    const months = [...perMonth.keys()].sort();
    const label = (key: string): string => new Date(`${key}-01T00:00:00Z`).toLocaleString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
    const svg = page('/topics/grain-markets/').elements('svg').find((el) => attr(el, 'class') === 'sparkline')!;
    expect(attr(svg, 'aria-label')).toBe(
      `Coverage of Grain markets per month, ${label(months[0]!)} to ${label(months.at(-1)!)}, at most ${Math.max(...perMonth.values())} articles in a month.`,
    );
  });

  it('shows seed HTML as text and runs none of it', () => {
    const hostile = page(api.find((a) => a.file === '2017-hostile.md')!.url);
    expect(hostile.elements('script').filter((el) => attr(el, 'type') !== 'application/ld+json').length).toBe(0);
    expect(hostile.elements('img').length).toBe(0);
    expect(textOf(hostile.elements('h1')[0]!)).toBe('Talks </script><script>alert(1)</script> resume');
    expect(hostile.html).not.toContain('javascript:');
    expect(hostile.links.map((l) => l.value)).toContain('https://example.org/report');
    // A picture's handler never reaches the page; a picture of no file the site has is its description.
    expect(hostile.html).not.toMatch(/onerror|alert\(1\)<\/(?!title|h1)/);
  });

  it('shows an all-capitals headline in title case', () => {
    const caps = page(api.find((a) => a.file === '2018-caps.txt')!.url);
    expect(textOf(caps.elements('h1')[0]!)).toBe('Wheat Prices Rise on U.S. Export Demand');
  });
});

describe('under a path prefix', () => {
  it('puts every link, asset and API URL under --base-url', async () => {
    const prefixed = path.join(path.dirname(seeds), '_prefixed');
    const run = await runCli(['build', '--seeds', seeds, '--out', prefixed, '--base-url', 'https://example.org/news/archive/']);
    expect(run.code).toBe(0);
    const prefixedPages = await loadPages(prefixed);
    expect(brokenLinks(prefixed, prefixedPages, '/news/archive/')).toEqual([]);
    const home = prefixedPages.find((p) => p.url === '/')!;
    expect(home.links.map((l) => l.value)).toContain('/news/archive/assets/site.css');
    const prefixedApi = await readApiArticles<ApiArticle>(prefixed);
    for (const a of prefixedApi) expect(a.url.startsWith('https://example.org/news/archive/')).toBe(true);
  });
});

describe('reproducible builds', () => {
  it('writes the same bytes under any time zone', async () => {
    const other = path.join(path.dirname(seeds), '_tz');
    for (const tz of ['Pacific/Kiritimati', 'America/Adak']) {
      const run = await runCli(['build', '--seeds', seeds, '--out', other], { env: { TZ: tz } });
      expect(run.code).toBe(0);
      const a = await listFiles(out);
      expect(await listFiles(other)).toEqual(a);
      for (const f of a) {
        expect(await readFile(path.join(other, f), 'utf8'), `${tz} ${f}`).toBe(await readFile(path.join(out, f), 'utf8'));
      }
    }
  });
});

describe('seeds folders as people keep them', () => {
  let work: string;
  let out: string;
  let run: Awaited<ReturnType<typeof runCli>>;
  let report: { seeds: number; published: number; skipped: { file: string; line: number; message: string }[] };

  beforeAll(async () => {
    work = await tempDir();
    const seeds = path.join(work, 'seeds');
    for (const dir of ['a', 'b', 'fill', '.git/objects', 'outside', 'archive~', '#drafts#', 'Thumbs.db']) await mkdir(path.join(seeds, dir), { recursive: true });
    const seed = (file: string, text: string): Promise<void> => writeFile(path.join(seeds, file), text);
    // Two seeds of one name in two folders, and the article that is related to the second.
    await seed('a/report.txt', ' date 2017-01-01 Cats Win Show\nThe cats won the show again this year, judges said of the cats.\n');
    await seed('b/report.txt', ' date 2017-03-01 Zeppelin Hangar Opens\nA new zeppelin hangar opened for airship flights near the zeppelin field.\n');
    await seed('c.txt', ' date 2017-06-01 Zeppelin Flights Resume\nZeppelin flights resumed from the new hangar, the airship company said of its zeppelin.\n');
    for (let i = 1; i <= 6; i++) await seed(`fill/f${i}.txt`, ` date 2017-0${i}-1${i} Filler number ${i}\nSomething about gardening and tomatoes number ${i}.\n`);
    // What editors, links and other tools leave in a folder.
    await seed('c.txt~', ' date 2017-06-01 Stale Backup\nAn older copy.\n');
    await seed('#c.txt#', ' date 2017-06-01 Autosave\nAn autosave.\n');
    await seed('c.txt.bak', ' date 2017-06-01 Bak Copy\nA copy.\n');
    await seed('.git/objects/x.txt', ' date 2017-06-01 In Git\nNot a seed.\n');
    await writeFile(path.join(work, 'elsewhere.txt'), ' date 2017-06-02 Elsewhere\nText.\n');
    await symlink('../elsewhere.txt', path.join(seeds, 'link.txt'));
    await symlink('outside', path.join(seeds, 'folder-link'));
    // A name in Latin-1, as old archives and zip files have them.
    await writeFile(Buffer.concat([Buffer.from(`${seeds}/`), Buffer.from('caf\xe9.txt', 'latin1')]), ' date 2017-06-03 Latin-1 Name\nText.\n');
    await seed('untitled.txt', ' date 2017-06-04\n.\nMore of the body.\n');
    // Folders named like backups hold articles all the same; a real U+FFFD in a name is valid UTF-8.
    await seed('archive~/old.txt', ' date 2015-01-01 From the Archive Folder\nText.\n');
    await seed('#drafts#/d.txt', ' date 2015-01-02 From the Drafts Folder\nText.\n');
    await seed('Thumbs.db/t.txt', ' date 2015-01-03 From a Folder Named Thumbs.db\nText.\n');
    await seed('replacement-\uFFFD.txt', ' date 2015-01-04 Real Replacement Character\nText.\n');
    // Deployed through a link, as /var/www/news -> releases/1.
    await mkdir(path.join(work, 'releases', '1'), { recursive: true });
    await symlink(path.join(work, 'releases', '1'), path.join(work, 'site'));
    out = path.join(work, 'site');
    run = await runCli(['build', '--lenient', '--seeds', seeds, '--out', out]);
    report = JSON.parse(await readFile(path.join(out, 'build-report.json'), 'utf8'));
  });

  it('gives every article an id of its own, and links related articles by it', async () => {
    expect(run.code, run.stderr).toBe(0);
    const api = await readApiArticles<ApiArticle>(out);
    const ids = api.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    const byId = new Map(api.map((a) => [a.id, a]));
    expect(byId.get('a/report')?.title).toBe('Cats Win Show');
    expect(byId.get('b/report')?.title).toBe('Zeppelin Hangar Opens');
    const c = api.find((a) => a.title === 'Zeppelin Flights Resume')!;
    expect(c.related.map((id) => byId.get(id)?.title)).toContain('Zeppelin Hangar Opens');
    const page = await readFile(path.join(out, c.url.replace(/^\//, ''), 'index.html'), 'utf8');
    const coverage = page.slice(page.indexOf('Related coverage'));
    expect(coverage).toContain('Zeppelin Hangar Opens');
    expect(coverage).not.toContain('Cats Win Show');
  });

  it('reports links, bad file names, other files and untitled articles, and leaves out backups and hidden folders', () => {
    const skipped = new Map(report.skipped.map((p) => [p.file, p.message]));
    expect(skipped.get('link.txt')).toMatch(/symbolic link/);
    expect(skipped.get('folder-link')).toMatch(/symbolic link/);
    expect([...skipped.keys()].some((f) => f.startsWith('caf') && /not valid UTF-8/.test(skipped.get(f)!))).toBe(true);
    expect(skipped.get('c.txt.bak')).toMatch(/not seeds/);
    expect(skipped.get('untitled.txt')).toMatch(/no title/);
    expect(run.stdout + run.stderr).not.toMatch(/Stale Backup|Autosave|In Git/);
    expect(report.published).toBe(13);
    expect(report.seeds).toBe(report.published + report.skipped.length);
  });

  it('reads the articles in folders named like backups, and a file whose name holds a real U+FFFD', async () => {
    const files = (await readApiArticles<ApiArticle>(out)).map((a) => a.file);
    expect(files).toEqual(expect.arrayContaining(['archive~/old.txt', '#drafts#/d.txt', 'Thumbs.db/t.txt', 'replacement-\uFFFD.txt']));
    expect(report.skipped.filter((p) => /not valid UTF-8/.test(p.message))).toHaveLength(1);
  });

  it('writes the site into the folder a link for --out points to, readable by others', async () => {
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    const real = path.join(work, 'releases', '1');
    expect(existsSync(path.join(real, 'index.html'))).toBe(true);
    expect(statSync(real).mode & 0o755).toBe(0o755);
  });
});
