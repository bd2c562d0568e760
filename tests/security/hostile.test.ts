// Hostile and broken seeds: every problem named with file:line, nothing executed, nothing escapes.
import { existsSync } from 'node:fs';
import { cp, lstat, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { attr, loadPages, type PageDoc, textOf } from '../helpers/crawl.ts';
import { ROOT, runCli, tempDir } from '../helpers/cli.ts';
import { readApiArticles } from '../helpers/api.ts';
import { assertSafeUrl, UnsafeUrlError } from '../../src/site/security.ts';

const FIXTURES = path.join(ROOT, 'tests/fixtures/hostile');
const PWNED = '/tmp/news-archive-pwned';
type Expected = Record<string, [number, string]>;

let expected: Expected;
let seeds: string;
let out: string;
let pages: PageDoc[];
const markdownPage = (): PageDoc => pages.find((p) => p.elements('h1').some((h) => textOf(h).startsWith('Quote')))!;

beforeAll(async () => {
  expected = JSON.parse(await readFile(path.join(FIXTURES, 'expected.json'), 'utf8')) as Expected;
  await rm(PWNED, { force: true });
  seeds = path.join(await tempDir(), 'seeds');
  await cp(FIXTURES, seeds, { recursive: true, filter: (src) => !src.endsWith('expected.json') });
  out = path.join(path.dirname(seeds), '_site');
});

describe('broken seeds', () => {
  it('are all reported at once, each as file:line with its message, and the build writes nothing', async () => {
    const run = await runCli(['build', '--seeds', seeds, '--out', out]);
    expect(run.code).toBe(1);
    for (const [file, [line, message]] of Object.entries(expected)) {
      const lines = run.stderr.split('\n').filter((l) => l.startsWith(`${path.join(seeds, file)}:${line}: `));
      expect(lines.some((l) => l.includes(message)), `${file}:${line}: ${message}\n${run.stderr}`).toBe(true);
    }
    expect(existsSync(out)).toBe(false);
    expect(await readdir(path.dirname(seeds))).toEqual(['seeds']);
  });
});

describe('a lenient build of hostile seeds', () => {
  beforeAll(async () => {
    const run = await runCli(['build', '--lenient', '--seeds', seeds, '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('skipped 16 invalid seeds');
    expect(run.stdout).toContain('folded 1 duplicate (dup-b.txt = dup-a.txt)');
    pages = await loadPages(out);
  });

  it('publishes the valid seeds and lists every skipped one in build-report.json', async () => {
    const report = JSON.parse(await readFile(path.join(out, 'build-report.json'), 'utf8')) as {
      seeds: number; published: number; skipped: { file: string; line: number; message: string }[]; duplicates: { file: string; duplicateOf: string }[];
    };
    expect(new Set(report.skipped.map((s) => s.file))).toEqual(new Set(Object.keys(expected)));
    expect(report.duplicates).toEqual([{ file: 'dup-b.txt', duplicateOf: 'dup-a.txt' }]);
    const api = await readApiArticles<{ file: string; date: string }>(out);
    expect(api.map((a) => a.file).sort()).toEqual(['claim-a.md', 'dup-a.txt', 'emoji-lede.txt', 'html-in-markdown.md', 'html-in-text.txt', 'lone-surrogate.md', 'permalink-absolute.md']);
    // An absolute permalink gives its last part as the slug, under the article's date: nothing is written outside the site.
    expect(existsSync(path.join(out, '2017/11/14/x/index.html'))).toBe(true);
    expect(report.published).toBe(7);
    expect(report.seeds).toBe(24);
  });

  it('shows half an emoji (a YAML "\\uD83D" escape) as U+FFFD, and cuts a long title between whole emoji, in pages, feeds and search data', async () => {
    const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    const half = pages.find((p) => p.elements('h1').some((h) => textOf(h).startsWith('Half ')))!;
    expect(textOf(half.elements('h1')[0]!)).toBe('Half \uFFFD of an emoji');
    expect(half.html).toContain('Summary \uFFFD with the other half');
    expect(half.html).toContain('Lone \uFFFD Topic');
    const cut = pages.find((p) => p.elements('h1').some((h) => textOf(h).startsWith('x\u{1F600}')))!;
    expect(textOf(cut.elements('h1')[0]!)).toMatch(/^x(?:\u{1F600})+…$/u);
    for (const p of pages) expect(lone.test(p.html), p.url).toBe(false);
    // JSON escapes ("\ud83d") are where a lone half hides: read every string back.
    const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : []);
    const feed = JSON.parse(await readFile(path.join(out, 'feed.json'), 'utf8')) as unknown;
    expect(strings(feed).join('')).toContain('\u{1F600}…');
    expect(strings(feed).filter((s) => lone.test(s))).toEqual([]);
    expect(lone.test(await readFile(path.join(out, 'feed.xml'), 'utf8'))).toBe(false);
    // Pagefind refused the whole build over a lone half; its index is written now.
    expect((await readdir(path.join(out, 'pagefind'), { recursive: true })).filter((f) => f.endsWith('pagefind-entry.json')).length).toBeGreaterThan(0);
  });

  it('never executes front matter', () => {
    expect(existsSync(PWNED)).toBe(false);
    expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
  });

  it('shows seed HTML as text or leaves it out: no script, no event handler, no dangerous URL in any page', () => {
    for (const p of pages) {
      for (const tag of ['iframe', 'object', 'embed', 'b']) expect(p.elements(tag).length, `${p.url} <${tag}>`).toBe(0);
      // A picture only from a web address, as a seed's Markdown may show one: its handler left out (below).
      for (const img of p.elements('img')) expect(attr(img, 'src'), p.url).toMatch(/^https:\/\//);
      // The only scripts: JSON-LD data blocks, and the search page's own module.
      const scripts = p.elements('script').filter((el) => attr(el, 'type') !== 'application/ld+json');
      expect(scripts.map((el) => attr(el, 'src')), p.url).toEqual(p.url === '/search/' ? ['/assets/search.js'] : []);
      // SVG only as the build's own charts, never from a seed.
      for (const svg of p.elements('svg')) expect(attr(svg, 'role'), p.url).toBe('img');
      for (const link of p.links) expect(link.value, p.url).not.toMatch(/^\s*(?:javascript|data|vbscript):/i);
      expect([...p.attributeNames].filter((n) => n.startsWith('on')), p.url).toEqual([]);
      // After an inline <kbd> or <code>, marked passes text as written: never into a page.
      // Only the build's own pages at an article's old address (its `permalink` here) send readers on, to the article.
      const refresh = p.elements('meta').filter((m) => attr(m, 'http-equiv')?.toLowerCase() === 'refresh');
      if (p.url === '/etc/cron.d/x/') expect(refresh.map((m) => attr(m, 'content'))).toEqual(['0; url=/2017/11/14/x/']);
      else expect(refresh, p.url).toEqual([]);
    }
    const text = pages.find((p) => p.html.includes('&lt;TICKER&gt;'));
    expect(text, 'the <TICKER> headline shows as text').toBeDefined();
    expect(text!.html).toContain('&lt;script&gt;alert(&quot;headline&quot;)&lt;/script&gt;');
    const md = markdownPage();
    // HTML of the safe subset renders (see src/seeds/html.ts), without its handlers; scripts are
    // left out with what they hold; every other tag beside it shows as text, but a link's to an unsafe URL, its text alone.
    expect(md.elements('strong').map(textOf)).toEqual(['safely']);
    expect(md.elements('img').map((img) => attr(img, 'src'))).toEqual(['https://evil.example/pixel.gif']);
    const main = textOf(md.elements('main')[0]!);
    // A link to a `javascript:` URL is its text alone.
    expect(main).toContain('/2js');
    expect(main).not.toContain('<a href="javascript');
    for (const gone of ['alert(8)', 'alert(9)', 'alert(10)', 'alert(11)', 'alert(13)', 'alert(14)', 'alert(15)']) expect(main).not.toContain(gone);
    // A table whose cell holds a list is a table of its text, none of its tags shown or run (QA 40: it was shown as its HTML).
    expect(md.elements('td').map(textOf)).toEqual(['Team', 'one; two']);
    expect(main).not.toMatch(/<t[dr]|<ul|<li/);
    // An iframe of a web page is a plain link to it, its address its text: no more than a seed's own link.
    expect(md.links.map((l) => l.value).filter((v) => v.includes('evil'))).toEqual(['https://evil.example', 'https://evil.example/pixel.gif', 'https://evil.example/2']);
    expect(md.elements('a').filter((a) => attr(a, 'href')?.includes('evil')).map(textOf)).toEqual(['https://evil.example', 'https://evil.example/2']);
  });

  it('escapes front matter in attributes', () => {
    const md = markdownPage();
    const description = md.elements('meta').find((m) => attr(m, 'name') === 'description');
    expect(attr(description!, 'content')).toBe('</title><script>alert(4)</script>');
  });

  it('writes every file inside the output folder, as a regular file', async () => {
    const entries = await readdir(out, { recursive: true, withFileTypes: true });
    for (const e of entries) {
      const full = path.join(e.parentPath, e.name);
      expect(path.relative(out, full).startsWith('..'), full).toBe(false);
      expect((await lstat(full)).isSymbolicLink(), full).toBe(false);
    }
  });

  it('gives every page a strict Content-Security-Policy and a referrer policy', () => {
    for (const p of pages) {
      const metas = p.elements('meta');
      const csp = metas.find((m) => attr(m, 'http-equiv') === 'Content-Security-Policy');
      expect(attr(csp!, 'content'), p.url).toMatch(/^default-src 'self'; script-src 'self'/);
      expect(attr(csp!, 'content'), p.url).not.toContain('unsafe-inline');
      expect(metas.some((m) => attr(m, 'name') === 'referrer'), p.url).toBe(true);
    }
  });

  it('keeps both duplicates with --keep-duplicates', async () => {
    const both = path.join(path.dirname(seeds), '_both');
    const run = await runCli(['build', '--lenient', '--keep-duplicates', '--seeds', seeds, '--out', both]);
    expect(run.code).toBe(0);
    const api = await readApiArticles<{ file: string; url: string; date: string }>(both);
    expect(api.filter((a) => a.file.startsWith('dup-')).map((a) => a.url)).toEqual(['/2017/11/16/wire-story/', '/2017/11/16/wire-story-2/']);
  });
});

describe('page URLs', () => {
  it('are refused when they could leave the output folder or are not plain', () => {
    // Capitals, "~", letters of other alphabets and Jekyll's marks for the old paths of articles (see parseAliases; QA 39).
    for (const url of ['/', '/2017/11/14/talks/', '/404.html', '/topics/t-0a1b2c3d4e/feed.xml', '/api/articles/2017.json', '/A/', '/News/Council.html', '/a/b~c/', '/ä/', "/2021/05/04/l'économie.html", '/новости/']) expect(() => assertSafeUrl(url), url).not.toThrow();
    const unsafe = ['', 'relative/', '/../x/', '/a/../../b/', '/./a/', '/a/./', '/a/..', '/..', '/.', '/a/.hidden/', '/a\\..\\b/', '//host/x/', '/~/', '/a b/', '/a/%2e%2e/', '/a//b/', '/a/-x/', '/a\u202eb/', '/a\u200bb/', '/é\u0301/..', '/a:b/', '/a"b/', '/a<b/', "/'a/"];
    for (const url of unsafe) expect(() => assertSafeUrl(url), url).toThrow(UnsafeUrlError);
  });
});
