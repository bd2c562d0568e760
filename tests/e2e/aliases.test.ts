// An article's old paths (front matter `aliases`, `redirect_from`): each a page that sends readers on.
import { existsSync } from 'node:fs';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../src/archive/build.ts';
import { readSeed } from '../../src/seeds/read.ts';
import type { SeedRecord } from '../../src/types.ts';
import { ROOT, runCli, tempDir } from '../helpers/cli.ts';
import { expectProblems, expectRecord } from '../seeds/helpers.ts';

const seed = (front: string, title = 'Council approves the plan'): Uint8Array => new TextEncoder().encode(`---\ntitle: ${title}\ndate: 2021-05-06\n${front}\n---\nThe council approved the plan.\n`);
/** Records of seeds, each its file, front matter and title. */
const recordsOf = (...specs: [file: string, front: string, title?: string][]): SeedRecord[] => specs.map(([file, front, title]) => expectRecord(readSeed(file, seed(front, title))));

describe('old paths in front matter', () => {
  it('are read as site paths: a full URL\'s path, a path from the root, a page or a folder', () => {
    const r = expectRecord(readSeed('a.md', seed('aliases: [/2017/11/14/old-name, "https://old.example/News/Council.html?x#y", archive/123/, /2017/11/14/old-name/]')));
    expect(r.aliases).toEqual(['/2017/11/14/old-name/', '/News/Council.html', '/archive/123/']);
  });

  it('are not Obsidian\'s other names of a note, which hold no "/"', () => {
    expect(expectRecord(readSeed('a.md', seed('aliases: [Budget, "City budget 2023", /old/budget/, old.html]'))).aliases).toEqual(['/old/budget/', '/old.html']);
    // A lower-case name of an address's characters alone is Hugo's alias from the section, taken from the root.
    expect(expectRecord(readSeed('a.md', seed('aliases: [old-name]'))).aliases).toEqual(['/old-name/']);
    // Under `redirect_from`, Jekyll's key, every entry is a path.
    expect(expectRecord(readSeed('a.md', seed('redirect_from: [budget]'))).aliases).toEqual(['/budget/']);
  });

  it('include the address a permalink or url gave on the old site, where no other page or old path is, never a problem', () => {
    const records = recordsOf(
      ['a.md', 'permalink: /tech/kramdown-features/', 'Kramdown features'],
      ['b.md', 'url: /tech/other-name/\naliases: [/tech/kramdown-features/]', 'Claims it first'],
      ['c.md', 'permalink: /2021/05/', 'A month\'s page'],
      ['d.md', 'permalink: /:categories/:year/:title.html', 'A pattern'],
      ['e.md', 'url: /2021/05/06/own-url/', 'Own URL'],
      ['f.md', 'permalink: /news/budget.php\naliases: [/old/budget/]', 'Budget']
    );
    expect(records.map((r) => r.permalinkAlias)).toEqual(['/tech/kramdown-features/', '/tech/other-name/', '/2021/05/', undefined, '/2021/05/06/own-url/', '/news/budget.php/']);
    const { archive, problems } = buildArchive(records);
    expect(problems).toEqual([]);
    expect(Object.fromEntries(archive.articles.map((a) => [a.file, a.aliases]))).toEqual({
      'a.md': [], 'b.md': ['/tech/kramdown-features/', '/tech/other-name/'], 'c.md': [], 'd.md': [], 'e.md': [], 'f.md': ['/old/budget/', '/news/budget.php/'],
    });
  });

  it('keep a permalink\'s address that only an article left out would have taken (QA 20)', () => {
    // Zeta, of another day, asks for Beta's old path: it is left out, and its page with it.
    const zeta = expectRecord(readSeed('zeta.md', new TextEncoder().encode('---\ntitle: Zeta\ndate: 2023-05-01\naliases: [/old/b/]\n---\nText.\n')));
    const records = [...recordsOf(['alpha.md', 'permalink: /2023/05/01/zeta/', 'Alpha'], ['beta.md', 'aliases: [/old/b/]', 'Beta']), zeta];
    const { archive, problems } = buildArchive(records);
    expect(problems.map((p) => p.file)).toEqual(['zeta.md']);
    expect(archive.articles.find((a) => a.file === 'alpha.md')?.aliases).toEqual(['/2023/05/01/zeta/']);
  });

  it('refuse, on their line, a path out of the folder, with a query, a hidden name, other characters, or the site\'s own places', () => {
    for (const bad of ['/a/../b/', '/a/./b/', '"/a?page=2"', '/.git/config', '/a%E2%80%AEb/', '"/a b/"', '/a%2Fb/', '/topics/x/', '/Search/', '/', '/sitemap-1.xml', '/feed.xml']) {
      const problems = expectProblems(readSeed('a.md', seed(`redirect_from: ${bad}`)));
      expect(problems.map((p) => p.line), bad).toEqual([4]);
      expect(problems[0]!.message, bad).toMatch(/^the old path /);
    }
    // Letters of any alphabet are a name's, escaped or not (QA 39); a character that reorders what follows it is none.
    expect(expectRecord(readSeed('a.md', seed("aliases: [/caf%C3%A9/, /новости/l'économie.html]"))).aliases).toEqual(['/café/', "/новости/l'économie.html"]);
    expect(expectProblems(readSeed('a.md', seed('aliases: /a/\nredirect_from: /b/')))[0]!.message).toBe('"redirect_from" is "aliases" given a second time');
    expect(expectProblems(readSeed('a.md', seed('aliases: {a: 1}')))[0]!.message).toBe('"aliases" must be a path or a list of paths');
  });

  it('may not take a page of the archive or another article\'s old path: the seed is reported and left out, as for one slug asked twice', () => {
    const records = recordsOf(
      ['a.md', 'aliases: [/2021/05/06/council-approves-the-plan/]'],
      ['b.md', 'aliases: [/2021/05/06/COUNCIL-APPROVES-THE-PLAN/]', 'Other'],
      ['c.md', 'aliases: [/2021/05/]', 'Third'],
      ['d.md', 'aliases: [/old/x/]', 'Fourth'],
      ['e.md', 'aliases: [/OLD/X/]', 'Fifth'],
      ['f.md', 'aliases: [/2021/page/2/]', 'Sixth'],
      // The file of the first article's page.
      ['g.md', 'aliases: [/2021/05/06/council-approves-the-plan/index.html]', 'Seventh'],
      // Below an article's page, where its story's page goes.
      ['h.md', 'aliases: [/2021/05/06/council-approves-the-plan/coverage/]', 'Eighth']
    );
    const { archive, problems } = buildArchive(records);
    // A's old path is its own URL: nothing to send anywhere, no problem.
    expect(archive.articles.map((a) => a.file).sort()).toEqual(['a.md', 'd.md']);
    expect(problems.map((p) => [p.file, p.line, p.message])).toEqual([
      ['b.md', 4, 'the old path "/2021/05/06/COUNCIL-APPROVES-THE-PLAN/" is already the article of a.md'],
      ['c.md', 4, 'the old path "/2021/05/" is already a page of the date archive'],
      ['e.md', 4, 'the old path "/OLD/X/" is already an old path of d.md'],
      ['f.md', 4, 'the old path "/2021/page/2/" is already a page of the date archive'],
      ['g.md', 4, 'the old path "/2021/05/06/council-approves-the-plan/" is already the article of a.md'],
      ['h.md', 4, 'the old path "/2021/05/06/council-approves-the-plan/coverage/" is already a place of the article of a.md'],
    ]);
  });
});

describe('a build with old paths', () => {
  it('writes a page at each that sends readers on to the article under the path prefix, out of the sitemap, and removes it when the path goes', async () => {
    const work = await tempDir();
    const seeds = path.join(work, 'seeds');
    await cp(path.join(ROOT, 'seeds'), seeds, { recursive: true });
    const file = path.join(seeds, 'council.md');
    await writeFile(file, seed('aliases: [/2021/05/06/old-name/, "https://old.example/News/Council.html"]'));
    const out = path.join(work, '_site');
    const run = await runCli(['build', '--seeds', seeds, '--out', out, '--base-url', 'https://example.org/news/']);
    expect(run.code, run.stderr).toBe(0);
    const target = 'https://example.org/news/2021/05/06/council-approves-the-plan/';
    for (const page of ['2021/05/06/old-name/index.html', 'News/Council.html']) {
      const html = await readFile(path.join(out, page), 'utf8');
      type Node = { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: Node[] };
      const all: Node[] = [];
      const walk = (n: Node): void => {
        all.push(n);
        for (const c of n.childNodes ?? []) walk(c);
      };
      walk(parse(html) as unknown as Node);
      const attrs = (n: Node): Record<string, string> => Object.fromEntries((n.attrs ?? []).map((a) => [a.name, a.value]));
      // The refresh stays on the host the reader browses (a preview, a mirror): the path alone (QA 25).
      expect(all.filter((n) => n.nodeName === 'meta').map(attrs).find((a) => a['http-equiv'] === 'refresh')?.content).toBe('0; url=/news/2021/05/06/council-approves-the-plan/');
      expect(all.filter((n) => n.nodeName === 'link').map(attrs).find((a) => a.rel === 'canonical')?.href).toBe(target);
      expect(all.filter((n) => n.nodeName === 'a').map((n) => attrs(n).href)).toEqual(['/news/2021/05/06/council-approves-the-plan/']);
      expect(all.some((n) => n.nodeName === 'script')).toBe(false);
    }
    expect(await readFile(path.join(out, 'sitemap.xml'), 'utf8')).not.toMatch(/old-name|Council\.html/);
    // The path goes from front matter: its page goes from the site.
    await writeFile(file, seed('aliases: [/2021/05/06/old-name/]'));
    const again = await runCli(['build', '--seeds', seeds, '--out', out, '--base-url', 'https://example.org/news/']);
    expect(again.code, again.stderr).toBe(0);
    expect(existsSync(path.join(out, 'News/Council.html'))).toBe(false);
    expect(existsSync(path.join(out, '2021/05/06/old-name/index.html'))).toBe(true);
    await rm(work, { recursive: true, force: true });
  });
});

describe('the addresses a Jekyll site gave its posts', () => {
  const post = (file: string, front: string): SeedRecord => expectRecord(readSeed(file, new TextEncoder().encode(`---\ntitle: Harbour reopens\n${front}---\nThe harbour reopened.\n`)));

  it('are Jekyll\'s default for a post of a _posts folder, or what its permalink pattern or style makes', () => {
    expect(post('_posts/2019-03-04-harbour-reopens.md', '').permalinkAlias).toBe('/2019/03/04/harbour-reopens.html');
    // The folders above _posts first, then front matter's categories (a string's words), in lower case.
    expect(post('news/_posts/2019-03-04-harbour-reopens.md', 'categories: [Local, Port]\n').permalinkAlias).toBe('/news/local/port/2019/03/04/harbour-reopens.html');
    expect(post('_posts/2019-03-04-harbour-reopens.md', 'categories: local port\n').permalinkAlias).toBe('/local/port/2019/03/04/harbour-reopens.html');
    expect(post('_posts/2019-03-04-harbour-reopens.md', 'category: sea\npermalink: /:categories/:title/\n').permalinkAlias).toBe('/sea/harbour-reopens/');
    expect(post('_posts/2019-03-04-harbour-reopens.md', 'permalink: /blog/:year/:i_month/:y_day/:slug.html\ndate: 2019-03-05 10:00\n').permalinkAlias).toBe('/blog/2019/3/064/harbour-reopens.html');
    expect(post('_posts/2019-03-04-harbour-reopens.md', 'permalink: none\nslug: reopened\n').permalinkAlias).toBe('/reopened.html');
    // Its own address here, for the pretty style: nothing to send anywhere.
    const pretty = post('_posts/2019-03-04-harbour-reopens.md', 'permalink: pretty\n');
    expect(pretty.slug).toBeNull();
    expect(buildArchive([pretty]).archive.articles[0]!.aliases).toEqual([]);
  });

  it('keep the letters of any alphabet and the marks Jekyll keeps, as Jekyll\'s slugify does (QA 39)', () => {
    // `:title` is the name's title as written (Jekyll's "pretty" mode, its case kept), `:slug`
    // and `:name` in lower case with every run of other characters than letters, marks and
    // digits a "-" ("default" mode); `:name` is the whole file name, its date too.
    expect(post('_posts/2021-05-04-café-crème.md', '').permalinkAlias).toBe('/2021/05/04/café-crème.html');
    expect(post("_posts/2021-05-04-l'économie-Reprend.md", '').permalinkAlias).toBe("/2021/05/04/l'économie-Reprend.html");
    expect(post('_posts/2021-05-04-Москва-говорит.md', 'permalink: pretty\n').permalinkAlias).toBe('/2021/05/04/Москва-говорит/');
    expect(post('_posts/2021-05-04-café-crème.md', 'permalink: /:slug/\nslug: Café, Crème!\n').permalinkAlias).toBe('/café-crème/');
    expect(post('_posts/2021-05-04-café-crème.md', 'permalink: /:title/\nslug: Café, Crème!\n').permalinkAlias).toBe('/Café,-Crème!/');
    expect(post("_posts/2021-05-04-What's_New.md", 'permalink: /:slug/:name/\n').permalinkAlias).toBe('/what-s-new/2021-05-04-what-s-new/');
    // Trailing dots of the name are no part of its title, as Jekyll reads it.
    expect(post('_posts/2021-05-04-made-in-the-u.s..md', '').permalinkAlias).toBe('/2021/05/04/made-in-the-u.s.html');
  });

  it('are none for a seed of no _posts folder, a whole address given, a placeholder Jekyll has not, or a category a path cannot hold', () => {
    expect(post('posts/2019-03-04-harbour-reopens.md', '').permalinkAlias).toBeUndefined();
    expect(post('_posts/2019-03-04-harbour-reopens.md', 'permalink: /old/harbour/\n').permalinkAlias).toBe('/old/harbour/');
    expect(post('_posts/2019-03-04-harbour-reopens.md', 'url: /old/harbour.html\n').permalinkAlias).toBe('/old/harbour.html');
    expect(post('_posts/2019-03-04-harbour-reopens.md', 'permalink: /:author/:title/\n').permalinkAlias).toBeUndefined();
    expect(post('_posts/2019-03-04-harbour-reopens.md', 'permalink: constructor\n').permalinkAlias).toBeUndefined();
    expect(post('_posts/2019-03-04-harbour-reopens.md', 'categories: ["Local news"]\n').permalinkAlias).toBeUndefined();
  });

  it('lead to the articles when a Jekyll site is built whole', async () => {
    const work = await tempDir();
    const site = path.join(work, 'blog');
    await cp(path.join(ROOT, 'seeds'), path.join(site, '_posts'), { recursive: true });
    await writeFile(path.join(site, '_config.yml'), 'title: Harbour news\n');
    await writeFile(path.join(site, '_posts', '2019-03-04-harbour-reopens.md'), '---\ntitle: Harbour reopens\ncategories: news\n---\nThe harbour reopened.\n');
    // A name in letters other than a-z: the old address is the name as Jekyll wrote it, which a host finds by its UTF-8 name (QA 39).
    await writeFile(path.join(site, '_posts', '2021-05-04-café-crème.md'), '---\ntitle: Café crème prices rise\n---\nThe price of a café crème rose.\n');
    await writeFile(path.join(site, '_posts', "2021-05-05-l'économie-&-vous.md"), '---\ntitle: L\'économie et vous\n---\nLes prix montent.\n');
    const out = path.join(work, '_site');
    const run = await runCli(['build', '--seeds', site, '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    const old = await readFile(path.join(out, 'news/2019/03/04/harbour-reopens.html'), 'utf8');
    expect(old).toContain('0; url=/2019/03/04/harbour-reopens/');
    expect(existsSync(path.join(out, '2019/03/04/harbour-reopens/index.html'))).toBe(true);
    expect(await readFile(path.join(out, '2021/05/04/café-crème.html'), 'utf8')).toContain('0; url=/2021/05/04/cafe-creme/');
    expect(await readFile(path.join(out, "2021/05/05/l'économie-&-vous.html"), 'utf8')).toMatch(/0; url=\/2021\/05\/05\/[a-z-]+\//);
    await rm(work, { recursive: true, force: true });
  });
});

describe('old paths that a file system could not take', () => {
  it('write a page\'s name with a "/" after it as that page, refuse one before the end, and refuse a path too long', () => {
    expect(expectRecord(readSeed('a.md', seed('aliases: [/q.html/, /q.html]'))).aliases).toEqual(['/q.html']);
    for (const bad of ['/x.html/y/', `/${'a'.repeat(201)}/`, `/${Array.from({ length: 30 }, () => 'a'.repeat(20)).join('/')}/`]) {
      expect(expectProblems(readSeed('a.md', seed(`aliases: [${bad}]`)))[0]!.message, bad.slice(0, 30)).toMatch(/^the old path /);
    }
  });
});
