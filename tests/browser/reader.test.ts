// The built site in a real headless Chromium, served over HTTP under a path prefix:
// accessibility, errors, layout at 320 px in both colour schemes, a reader's path, search.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { ROOT, runCli, tempDir } from '../helpers/cli.ts';
import { readApiArticles } from '../helpers/api.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { MIN_SHARD_ARTICLES } from '../../src/site/search-index.ts';
import { cp, readFile } from 'node:fs/promises';

const PREFIX = '/news/archive/';
const SCREENSHOTS = path.join(ROOT, 'screenshots');

let browser: Browser;
let server: StaticServer;
let api: { id: string; url: string; title: string; date: string; topics: { slug: string }[] }[];
const pageTypes: Record<string, string> = {};

beforeAll(async () => {
  const work = await tempDir();
  const seeds = path.join(work, 'seeds');
  await cp(path.join(ROOT, 'seeds'), seeds, { recursive: true });
  await cp(path.join(ROOT, 'tests/fixtures/site'), seeds, { recursive: true });
  // A story of more reports than an article lists, long ago, for its own page: report i shares rare words with report i + 1.
  const word = (n: number): string => `zor${'bcdfghklmnprstvz'[n % 16]}a`;
  for (let i = 0; i < 13; i++) {
    await writeFile(path.join(seeds, `story-${String(i).padStart(2, '0')}.md`), `---\ntitle: Herring quota report ${i}\ndate: 2001-05-0${1 + (i % 3)}\nsource: Agency ${i}\n---\n${`${word(i)} ${word(i + 1)} `.repeat(6)}today.\n`);
  }
  const out = path.join(work, '_site');
  const run = await runCli(['build', '--seeds', seeds, '--out', out, '--base-url', `http://127.0.0.1${PREFIX}`]);
  expect(run.code, run.stderr).toBe(0);
  api = await readApiArticles(out);
  server = await serveStatic(out, PREFIX);
  const local = (u: string): string => `${server.root}${new URL(u).pathname.slice(PREFIX.length)}`;
  const tass = api.find((a) => a.id === '002_accec6986dee77a2')!;
  // Markdown with a code block wider than a phone: it scrolls, and a keyboard can reach it.
  const markdown = api.find((a) => a.title.startsWith('Talks </script>'))!;
  Object.assign(pageTypes, {
    home: server.root,
    year: `${server.root}2017/`,
    month: `${server.root}2017/11/`,
    day: `${server.root}2017/11/14/`,
    article: local(tass.url),
    markdown: local(markdown.url),
    topics: `${server.root}topics/`,
    topic: `${server.root}topics/geneva/`,
    people: `${server.root}people/`,
    search: `${server.root}search/`,
    notFound: `${server.root}no/such/page/`,
    story: `${server.root}2001/05/01/herring-quota-report-0/coverage/`,
  });
  browser = await launchChromium();
  await mkdir(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Watched {
  page: Page;
  context: BrowserContext;
  problems: string[];
}

async function open(options: { width: number; scheme: 'light' | 'dark' }): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: options.width, height: 800 }, colorScheme: options.scheme });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  // A load the next click cancels (the favicon, say) is aborted, not failed: a missing or broken
  // file still shows, as a status below or as another network error.
  page.on('requestfailed', (r) => {
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && r.request().resourceType() !== 'document') problems.push(`${r.status()}: ${r.url()}`);
  });
  return { page, context, problems };
}

describe.each(['light', 'dark'] as const)('every page type in the %s scheme', (scheme) => {
  it.each(['home', 'year', 'month', 'day', 'article', 'markdown', 'topics', 'topic', 'people', 'search', 'notFound', 'story'])('%s: no axe violation, no error, no sideways scroll at 320 px', async (type) => {
    const { page, context, problems } = await open({ width: 320, scheme });
    await page.goto(pageTypes[type]!);
    if (type === 'search') {
      await page.fill('#search-query', 'Geneva');
      await page.waitForSelector('.search-results li');
    }
    // The dark scheme changes colours alone (one block of custom properties): there, the rules of colour.
    const axe = new AxeBuilder({ page });
    const results = await (scheme === 'light' ? axe.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']) : axe.withRules(['color-contrast', 'link-in-text-block'])).analyze();
    const violations = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(violations).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // The previous and next links share their line: neither is squeezed by a long title in the other.
    const navWidths = await page.locator('.period-nav a').evaluateAll((links) => links.map((l) => l.getBoundingClientRect().width));
    if (navWidths.length === 2) expect(Math.abs(navWidths[0]! - navWidths[1]!)).toBeLessThan(2);
    if (type === 'markdown') {
      // A wide table scrolls within the article, its words whole.
      const table = await page.locator('.story table').evaluate((t) => {
        const height = (text: string): number => [...t.querySelectorAll('td')].find((td) => td.textContent === text)!.getBoundingClientRect().height;
        return { scroll: t.scrollWidth, client: t.clientWidth, long: height('Intercontinental'), short: height('Monday') };
      });
      expect(table.scroll).toBeGreaterThan(table.client);
      expect(table.long).toBe(table.short);
    }
    if (type === 'story') expect(await page.locator('h1').textContent()).toBe('Coverage: Herring quota report 0');
    // The 404 page is itself served with status 404, which Chromium logs; nothing else may fail.
    const expected = type === 'notFound' ? ['console: Failed to load resource: the server responded with a status of 404 (Not Found)'] : [];
    expect(problems).toEqual(expected);
    await context.close();
  });
});

it('the dark scheme sets colours alone, which its axe checks cover (color-contrast, link-in-text-block)', async () => {
  const css = await readFile(path.join(ROOT, 'public/assets/site.css'), 'utf8');
  const blocks = [...css.matchAll(/@media[^{]*prefers-color-scheme:\s*dark[^{]*\{([\s\S]*?\})\s*\}/g)].map((m) => m[1]!);
  expect(blocks.length).toBeGreaterThan(0);
  for (const block of blocks) {
    const declarations = block.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*:root\s*\{/, '').replace(/\}\s*$/, '').split(';').map((d) => d.trim()).filter(Boolean);
    expect(declarations.length).toBeGreaterThan(0);
    for (const d of declarations) expect(d).toMatch(/^--[a-z0-9-]+:\s*#[0-9a-f]{3,8}$/i);
  }
});

describe('printing', () => {
  it.each(['home', 'month', 'article', 'topic'])('%s: prints dark text on the white page, also from a browser in the dark scheme (QA 33)', async (type) => {
    // Printing keeps the reader's colour scheme, and leaves backgrounds out: the dark scheme's
    // light text printed light grey on white paper (the site's name #e8e8e6, dates #b0b0ab).
    const { page, context, problems } = await open({ width: 1280, scheme: 'dark' });
    await page.goto(pageTypes[type]!);
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const results = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(await page.locator('.brand').evaluate((e) => getComputedStyle(e).color)).toBe('rgb(27, 27, 27)');
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('a reader', () => {
  it('clicks from home to year, month, day, article, topic and another article, and back up by breadcrumbs', async () => {
    const { page, context, problems } = await open({ width: 1280, scheme: 'light' });
    await page.goto(server.root);
    await page.click('.year-list > li > a:text-is("2017")');
    await expect.poll(() => page.url()).toBe(`${server.root}2017/`);
    await page.click('.month-grid a:text-is("November")');
    await expect.poll(() => page.url()).toBe(`${server.root}2017/11/`);
    await page.click('.calendar a:text-is("14")');
    await expect.poll(() => page.url()).toBe(`${server.root}2017/11/14/`);
    await page.click('.article-list a:text-is("New Impetus to Geneva Talks")');
    await expect.poll(() => page.locator('h1').textContent()).toBe('New Impetus to Geneva Talks');
    await page.goto(pageTypes.article!);
    await page.click('.topics a:text-is("Geneva")');
    await expect.poll(() => page.url()).toBe(`${server.root}topics/geneva/`);
    await page.click('.article-list h3 a');
    await expect.poll(() => page.locator('h1').textContent()).toContain('Gatilov');
    await page.click('.breadcrumbs a:text-is("November 2017")');
    await expect.poll(() => page.url()).toBe(`${server.root}2017/11/`);
    await page.click('.breadcrumbs a:text-is("2017")');
    await expect.poll(() => page.url()).toBe(`${server.root}2017/`);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('search', () => {
  const titles = (page: Page) => () => page.locator('.search-results h3').allTextContents().then((t) => t.sort());
  const TASS = 'Russian Deputy Foreign Minister Gennady Gatilov will hold talks on Tuesday…';
  const IMPETUS = 'New Impetus to Geneva Talks';

  it('finds articles by a word, narrows by filters, and works under the prefix', async () => {
    const { page, context, problems } = await open({ width: 1280, scheme: 'light' });
    await page.goto(pageTypes.search!, { waitUntil: 'networkidle' });
    await page.fill('#search-query', 'Lavrov');
    await expect.poll(titles(page)).toEqual([IMPETUS, TASS]);
    await page.fill('#search-query', 'Shoigu');
    await expect.poll(titles(page)).toEqual([TASS]);
    // The filters count what this search would give: a source of no result cannot be chosen (QA 29).
    const sources = () => page.locator('#filter-source option').evaluateAll((options) => options.slice(1).map((o) => [(o as HTMLOptionElement).textContent, (o as HTMLOptionElement).disabled]));
    await expect.poll(async () => (await sources()).filter(([, disabled]) => !disabled).map(([label]) => label)).toEqual(['TASS (1)']);
    expect((await sources()).length).toBeGreaterThan(1);
    await page.fill('#search-query', 'Valdai');
    await expect.poll(titles(page)).toEqual([IMPETUS]);
    await page.fill('#search-query', 'Lavrov');
    await expect.poll(titles(page)).toEqual([IMPETUS, TASS]);
    const offered = async (): Promise<string[]> => (await sources()).filter(([, disabled]) => !disabled).map(([label]) => String(label).replace(/ \(\d+\)$/, ''));
    await expect.poll(offered).toContain('TASS');
    const beforeChoice = await offered();
    await page.selectOption('#filter-source', 'TASS');
    await expect.poll(titles(page)).toEqual([TASS]);
    expect(page.url()).toContain('source=TASS');
    // A source chosen is counted over the query alone: the other sources of its results stay on offer.
    await expect.poll(offered).toEqual(beforeChoice);
    // Nothing searched for: the archive's counts, every source on offer.
    await page.fill('#search-query', '');
    await page.selectOption('#filter-source', '');
    await expect.poll(async () => (await sources()).every(([label, disabled]) => !disabled && !/\(0\)$/.test(String(label)))).toBe(true);
    await page.fill('#search-query', 'Lavrov');
    await page.selectOption('#filter-source', 'TASS');
    await expect.poll(titles(page)).toEqual([TASS]);
    const href = await page.locator('.search-results h3 a').getAttribute('href');
    expect(href, 'result links live under the prefix').toMatch(new RegExp(`^${PREFIX}2017/11/14/[a-z-]+/$`));
    await page.click('.search-results h3 a');
    await expect.poll(() => page.locator('h1').textContent()).toContain('Gatilov');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('leaves the list as it is when the search it shows is asked for again (a letter typed and taken back)', async () => {
    const { page, context, problems } = await open({ width: 1280, scheme: 'light' });
    await page.goto(pageTypes.search!, { waitUntil: 'networkidle' });
    await page.fill('#search-query', 'Lavrov');
    await expect.poll(titles(page)).toEqual([IMPETUS, TASS]);
    await page.locator('.search-results h3 a').first().evaluate((a) => ((a as HTMLElement).dataset.marked = 'yes'));
    // Within the pause before a search: the same words again, the same list, its very links.
    await page.press('#search-query', 'End');
    await page.press('#search-query', 'x');
    await page.press('#search-query', 'Backspace');
    await page.waitForTimeout(1000);
    expect(await page.locator('.search-results h3 a[data-marked="yes"]').count()).toBe(1);
    // Another word is searched for.
    await page.press('#search-query', 'Backspace');
    await expect.poll(() => page.locator('.search-results h3 a[data-marked="yes"]').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('orders the results newest or oldest first when asked, and keeps the order in the address', async () => {
    const { page, context, problems } = await open({ width: 1280, scheme: 'light' });
    const dates = () => page.locator('.search-results time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!));
    await page.goto(`${pageTypes.search!}?q=Herring`, { waitUntil: 'networkidle' });
    await expect.poll(async () => (await dates()).length).toBe(13);
    // The 13 reports, on 1, 2 and 3 May by turns: polled whole, since the first 10 come before the rest.
    const oldest = Array.from({ length: 13 }, (_, i) => `2001-05-0${1 + (i % 3)}`).sort();
    await page.selectOption('#search-order', 'oldest');
    await expect.poll(dates).toEqual(oldest);
    expect(new URL(page.url()).searchParams.get('order')).toBe('oldest');
    await page.selectOption('#search-order', 'newest');
    await expect.poll(dates).toEqual([...oldest].reverse());
    // From the address; an order the page does not offer is none, and no filter either.
    await page.goto(`${pageTypes.search!}?q=Herring&order=oldest`);
    await expect.poll(async () => (await dates())[0]).toBe('2001-05-01');
    expect(await page.locator('#search-order').inputValue()).toBe('oldest');
    await page.goto(`${pageTypes.search!}?q=Herring&order=sideways`);
    await expect.poll(async () => (await dates()).length).toBe(13);
    expect(await page.locator('#search-order').inputValue()).toBe('');
    await expect.poll(() => new URL(page.url()).search).toBe('?q=Herring');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows readers without JavaScript the notice, not a search form that could not serve them (QA 25)', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(pageTypes.search!);
    expect(await page.locator('.search-form').isVisible()).toBe(false);
    expect(await page.locator('noscript').count()).toBe(1);
    expect(await page.locator('main').innerText()).toContain('Search runs in your browser and needs JavaScript.');
    await context.close();
    // With it, the form is there.
    const { page: scripted, context: withScript, problems } = await open({ width: 1280, scheme: 'light' });
    await scripted.goto(pageTypes.search!);
    await expect.poll(() => scripted.locator('.search-form').isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await withScript.close();
  });

  it('shows an excerpt as the article shows its text: markup in it is text, never an element', async () => {
    const { page, context, problems } = await open({ width: 1280, scheme: 'light' });
    await page.goto(`${pageTypes.search!}?q=Envoys`, { waitUntil: 'networkidle' });
    const summary = page.locator('.search-results .summary').first();
    // An angle-bracketed word that is no HTML is text; a picture's tag with a handler is left out of the text.
    await expect.poll(() => summary.textContent()).toContain('Envoys met in Vienna on Monday. The <UNSC> talks');
    expect(await summary.locator('mark').allTextContents()).toEqual(['Envoys']);
    expect(await page.locator('.search-results img, .search-results script').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('runs the search in the address with its filters, and drops filters the index does not have', async () => {
    const { page, context, problems } = await open({ width: 1280, scheme: 'light' });
    // Filter indexes are held back: results must not wait for the filter lists.
    let release = (): void => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/*.pf_filter', async (route) => {
      await held;
      await route.continue();
    });
    // A parameter that names no filter (a link's tracking tag) is no filter, from the first search.
    await page.goto(`${pageTypes.search!}?q=Lavrov&utm_source=newsletter`);
    await expect.poll(titles(page)).toEqual([IMPETUS, TASS]);
    expect(await page.locator('.search-filters').isHidden()).toBe(true);
    release();
    await expect.poll(() => page.locator('.search-filters').isVisible()).toBe(true);
    await page.unroute('**/*.pf_filter');
    // In the page's order: the year and the source first, then the kinds of topics (QA 25).
    const order = (await page.locator('.search-filters').getAttribute('data-filters'))!.split(' ');
    const shown = await page.locator('.search-filters select').evaluateAll((selects) => selects.map((s) => (s as HTMLSelectElement).name));
    expect(shown.slice(0, 2)).toEqual(['year', 'source']);
    expect(shown).toEqual([...shown].sort((a, b) => order.indexOf(a) - order.indexOf(b)));

    // The address's filters apply from the first search; the lists then show them chosen.
    await page.goto(`${pageTypes.search!}?q=Lavrov&source=TASS`);
    await expect.poll(titles(page)).toEqual([TASS]);
    await expect.poll(() => page.locator('#filter-source').inputValue()).toBe('TASS');
    expect(await page.inputValue('#search-query')).toBe('Lavrov');

    await page.goto(`${pageTypes.search!}?q=Lavrov&colour=red&source=Nobody`);
    await expect.poll(titles(page)).toEqual([IMPETUS, TASS]);
    await expect.poll(() => new URL(page.url()).search).toBe('?q=Lavrov');
    expect(await page.locator('#filter-source').inputValue()).toBe('');
    expect(problems).toEqual([]);
    await context.close();
  });
});

/** Builds a site of text seeds (file name -> text) in a folder of its own; returns the output folder. */
async function buildSeeds(files: [string, string][], options: string[] = []): Promise<string> {
  const work = await tempDir();
  const seeds = path.join(work, 'seeds');
  await mkdir(seeds);
  for (const [name, text] of files) await writeFile(path.join(seeds, name), text);
  const out = path.join(work, '_site');
  const run = await runCli(['build', '--seeds', seeds, '--out', out, ...options]);
  expect(run.code, run.stderr).toBe(0);
  return out;
}

describe('an article migrated with its pictures, footnotes and an embedded video', () => {
  it('shows its picture from /media/ under the path prefix, its notes and the video\'s link, and passes axe at 320 px', async () => {
    const work = await tempDir();
    const seeds = path.join(work, 'seeds');
    await mkdir(path.join(seeds, 'harbour'), { recursive: true });
    // A PNG of 2 × 1 pixels, as a camera or an export would leave it beside the post.
    await writeFile(
      path.join(seeds, 'harbour', 'quay at dawn.png'),
      Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAADUlEQVR4nGP4zwAE/wEHAAH/4iOeWQAAAABJRU5ErkJggg==', 'base64'),
    );
    await writeFile(
      path.join(seeds, 'harbour', 'index.md'),
      [
        '---', 'title: Harbour reopens', 'date: 2023-05-02', '---',
        'The harbour reopened on Tuesday after a month of repairs, the port authority said.[^1]',
        '', '![The quay at dawn](quay%20at%20dawn.png)', '',
        '<iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ" allowfullscreen></iframe>', '',
        '[^1]: Port authority statement, 2 May 2023.', '',
      ].join('\n'),
    );
    const out = path.join(work, '_site');
    const run = await runCli(['build', '--seeds', seeds, '--out', out, '--base-url', `http://127.0.0.1${PREFIX}`]);
    expect(run.code, run.stderr).toBe(0);
    const site = await serveStatic(out, PREFIX);
    try {
      const { page, context, problems } = await open({ width: 320, scheme: 'light' });
      await page.goto(`${site.root}2023/05/02/harbour/`);
      // The picture loaded and decoded: its own size, not a broken image's.
      const picture = await page.locator('.story img').evaluate((img) => ({ src: img.getAttribute('src'), width: (img as HTMLImageElement).naturalWidth, alt: img.getAttribute('alt') }));
      expect(picture).toEqual({ src: `${PREFIX}media/harbour/quay%20at%20dawn.png`, width: 2, alt: 'The quay at dawn' });
      expect(await page.locator('.story sup').allTextContents()).toEqual(['[1]']);
      expect(await page.locator('.story ol li').allTextContents()).toEqual(['Port authority statement, 2 May 2023. ↩\uFE0E']);
      // The number leads to its note, and the note back to the number, under the path prefix too.
      await page.locator('.story sup a').click();
      expect(new URL(page.url()).hash).toBe('#fn-1');
      expect(await page.locator(':target').getAttribute('id')).toBe('fn-1');
      await page.getByRole('link', { name: 'Back to reference 1' }).click();
      expect(await page.locator(':target').getAttribute('id')).toBe('fnref-1');
      expect(new URL(page.url()).pathname).toBe(`${PREFIX}2023/05/02/harbour/`);
      expect(await page.locator('.story a[href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"]').count()).toBe(1);
      expect(await page.locator('.story iframe').count()).toBe(0);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      expect(problems).toEqual([]);
      await context.close();
    } finally {
      await site.close();
    }
  });
});

describe('a migrated post with a cover and a callout, and wire copy with a table in columns', () => {
  it('shows the cover above the body, the table in a box that scrolls, and passes axe at 320 px without widening the page', async () => {
    const work = await tempDir();
    const seeds = path.join(work, 'seeds');
    await mkdir(path.join(seeds, 'assets', 'img'), { recursive: true });
    await writeFile(
      path.join(seeds, 'assets', 'img', 'vote.png'),
      Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAADUlEQVR4nGP4zwAE/wEHAAH/4iOeWQAAAABJRU5ErkJggg==', 'base64'),
    );
    await writeFile(
      path.join(seeds, 'vote.md'),
      ['---', 'title: Council votes', 'date: 2023-05-03', 'image: /assets/img/vote.png', '---', 'The council voted on Wednesday.', '', "> [!note] Editor's note", '> The vote was close.', ''].join('\n'),
    );
    const table = ['Team                       W    L    Pct    GB   Streak   Last ten', 'Boston Harbour Rowers     10    2   .833    —      W4       8-2', 'New York Riverside        8    4   .667    2      L1       6-4', 'Toronto Lakeshore          5    7   .417    5      W2       5-5'];
    await writeFile(path.join(seeds, 'standings.txt'), ` date 2023-05-04 Rowing Standings\nBOSTON (AP) — The standings after Sunday's races.\n\n${table.join('\n')}\n\nMore races follow next week.\n`);
    const out = path.join(work, '_site');
    const run = await runCli(['build', '--seeds', seeds, '--out', out, '--base-url', `http://127.0.0.1${PREFIX}`]);
    expect(run.code, run.stderr).toBe(0);
    const site = await serveStatic(out, PREFIX);
    try {
      const { page, context, problems } = await open({ width: 320, scheme: 'dark' });
      await page.goto(`${site.root}2023/05/03/council-votes/`);
      const cover = await page.locator('.story img').evaluate((img) => ({ src: img.getAttribute('src'), width: (img as HTMLImageElement).naturalWidth }));
      expect(cover).toEqual({ src: `${PREFIX}assets/img/vote.png`, width: 2 });
      expect(await page.locator('.story blockquote strong').textContent()).toBe("Editor's note");
      await page.goto(`${site.root}2023/05/04/rowing-standings/`);
      expect(await page.locator('.story pre').textContent()).toBe(table.join('\n'));
      for (const url of [`${site.root}2023/05/03/council-votes/`, `${site.root}2023/05/04/rowing-standings/`]) {
        await page.goto(url);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), url).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), url).toBeLessThanOrEqual(0);
      }
      expect(problems).toEqual([]);
      await context.close();
    } finally {
      await site.close();
    }
  });
});

describe('search in the language of the archive (--lang)', () => {
  const found = async (root: string, q: string): Promise<string[]> => {
    const { page, context, problems } = await open({ width: 1280, scheme: 'light' });
    await page.goto(`${root}search/?q=${encodeURIComponent(q)}`);
    await expect.poll(async () => (await page.textContent('.search-status')) ?? '', { timeout: 10_000 }).toMatch(/found/);
    const titles = await page.locator('.search-results h3').allTextContents();
    expect(problems).toEqual([]);
    await context.close();
    return titles;
  };

  /** Builds the seeds in `lang`, serves them, and checks what each query finds (titles, in order). */
  const searchIn = async (lang: string, files: [string, string][], expected: [string, string[]][]): Promise<void> => {
    const site = await serveStatic(await buildSeeds(files, ['--lang', lang]));
    try {
      for (const [query, titles] of expected) expect(await found(site.root, query), query).toEqual(titles);
    } finally {
      await site.close();
    }
  };

  it('marks the tool\'s English words on a Russian site, and passes axe\'s language rules there', async () => {
    const out = await buildSeeds(
      [
        ['deal.txt', ' date 2024-05-01 Россия и Китай подписали торговое соглашение\nМОСКВА, 1 мая. /ТАСС/. Соглашение вступит в силу в следующем году, сообщили в Кремле.\n'],
        ['rain.txt', ' date 2024-05-02 В Москве прошли дожди\nДожди шли весь день, сообщили в ТАСС.\n'],
      ],
      ['--lang', 'ru', '--title', 'Архив новостей'],
    );
    const site = await serveStatic(out);
    // Every topic's page (the source, TASS, at least).
    const topicUrls = (JSON.parse(await readFile(path.join(out, 'api/topics.json'), 'utf8')) as { url: string }[]).map((t) => t.url.slice(1));
    expect(topicUrls.length).toBeGreaterThan(0);
    try {
      const { page, context, problems } = await open({ width: 1280, scheme: 'light' });
      for (const url of ['', '2024/', '2024/05/', '2024/05/01/', '2024/05/01/rossiya-i-kitai-podpisali-torgovoe-soglashenie/', 'topics/', 'people/', ...topicUrls, 'search/?q=соглашения', 'no/such/page/']) {
        await page.goto(`${site.root}${url}`);
        if (url.startsWith('search/')) await expect.poll(async () => (await page.textContent('.search-status')) ?? '', { timeout: 10_000 }).toMatch(/found/);
        expect(await page.getAttribute('html', 'lang'), url).toBe('ru');
        // The rules of language: the others read the same of every language (see every page type above).
        const results = await new AxeBuilder({ page }).withRules(['html-has-lang', 'html-lang-valid', 'valid-lang', 'html-xml-lang-mismatch']).analyze();
        expect(results.passes.map((r) => r.id), url).toEqual(expect.arrayContaining(['html-has-lang', 'html-lang-valid', 'valid-lang']));
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), url).toEqual([]);
        // Every English word of the page is inside an element marked English.
        const unmarked = await page.evaluate(() => {
          const words: string[] = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const text = n.textContent ?? '';
            const holder = n.parentElement;
            if (!holder || holder.closest('script, style, noscript, [hidden]') || !/[A-Za-z]{3,}/.test(text)) continue;
            if (holder.closest('[lang]')?.getAttribute('lang') !== 'en') words.push(text.trim());
          }
          return words;
        });
        expect(unmarked, url).toEqual([]);
      }
      // The one page not found, as asked.
      expect(problems).toEqual(['console: Failed to load resource: the server responded with a status of 404 (Not Found)']);
      await context.close();
    } finally {
      await site.close();
    }
  });

  it('finds a Chinese word inside a sentence, which has no spaces between its words', async () => {
    await searchIn(
      'zh',
      [
        ['trade.md', '---\ntitle: 中国与俄罗斯签署贸易协定\ndate: 2024-05-02\n---\n\n中国国家主席与俄罗斯总统周三签署了一项贸易协定。该协定将于明年生效。\n'],
        ['rain.md', '---\ntitle: 北京今天下雨\ndate: 2024-05-03\n---\n\n北京今天全天有雨，气温较低。\n'],
      ],
      [
        ['贸易', ['中国与俄罗斯签署贸易协定']],
        ['下雨', ['北京今天下雨']],
      ],
    );
  });

  it('lists only articles with a form of the word, not those where Pagefind found a stray beginning of it', async () => {
    const strike = 'Bahnstreik legt den Verkehr lahm';
    await searchIn(
      'de',
      [
        ['streik.txt', ` date 2024-05-01 ${strike}\nDer Streik bei der Bahn legte am Mittwoch den Verkehr im ganzen Land lahm.\n`],
        ['haus.txt', ' date 2024-05-02 Häuser am See verkauft\nDie Häuser am See wurden am Donnerstag verkauft.\n'],
      ],
      [
        ['Bahnhofsvorsteher', []],
        ['Bahnstreiks', [strike]],
        ['Bahnen', [strike]],
        ['Haus', ['Häuser am See verkauft']],
      ],
    );
  });

  it('finds a Russian word in another of its forms, as the Russian stemmer folds them', async () => {
    await searchIn(
      'ru',
      [
        ['deal.txt', ' date 2024-05-01 Россия и Китай подписали торговое соглашение\nСоглашение вступит в силу в следующем году.\n'],
        ['rain.txt', ' date 2024-05-02 В Москве прошли дожди\nДожди шли весь день.\n'],
      ],
      [
        // Genitive for the nominative of the text.
        ['соглашения', ['Россия и Китай подписали торговое соглашение']],
        ['дождями', ['В Москве прошли дожди']],
      ],
    );
  });
});

describe('search with many results', () => {
  it('shows the first 50 of them, the first few before the rest are loaded', async () => {
    const day = (i: number): string => new Date(Date.UTC(2019, 0, 1 + i)).toISOString().slice(0, 10);
    const out = await buildSeeds(Array.from({ length: 70 }, (_, i) => [`harbour-${i}.txt`, ` date ${day(i)} Harbour report ${i}\nShips waited in the harbour on day ${i}.\n`]));
    const site = await serveStatic(out);
    try {
      const { page, context, problems } = await open({ width: 1280, scheme: 'light' });
      // Each result's data is a fragment file: the first ten load, the others are held back.
      let fragments = 0;
      let release = (): void => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/*.pf_fragment', async (route) => {
        if (fragments++ >= 10) await held;
        await route.continue();
      });
      await page.goto(`${site.root}search/?q=harbour`);
      await expect.poll(() => page.locator('.search-results h3').count()).toBe(10);
      expect(await page.textContent('.search-status')).toBe('70 articles found; showing the first 50.');
      release();
      await expect.poll(() => page.locator('.search-results h3').count()).toBe(50);
      const titles = await page.locator('.search-results h3').allTextContents();
      expect(new Set(titles).size).toBe(50);
      for (const t of titles) expect(t).toMatch(/^Harbour report \d+$/);
      expect(problems).toEqual([]);
      await context.close();
    } finally {
      await site.close();
    }
  });
});

describe('search with more results than a page', () => {
  it('shows 50, and 50 more at each press of a button that moves the focus to the first added, until all are shown', async () => {
    const day = (i: number): string => new Date(Date.UTC(2019, 0, 1 + i)).toISOString().slice(0, 10);
    const out = await buildSeeds(Array.from({ length: 120 }, (_, i) => [`harbour-${i}.txt`, ` date ${day(i)} Harbour report ${i}\nShips waited in the harbour on day ${i}.\n`]));
    const site = await serveStatic(out);
    try {
      for (const scheme of ['light', 'dark'] as const) {
        const { page, context, problems } = await open({ width: 320, scheme });
        // Only the results shown have their data loaded: one fragment file each.
        let fragments = 0;
        page.on('request', (r) => {
          if (r.url().endsWith('.pf_fragment')) fragments++;
        });
        const titles = (): Promise<string[]> => page.locator('.search-results h3').allTextContents();
        const focused = (): Promise<string | null> => page.evaluate(() => (document.activeElement?.matches('.search-results h3 a') ? document.activeElement.textContent : null));
        const button = page.getByRole('button', { name: 'Show more results' });
        await page.goto(`${site.root}search/?q=harbour`);
        await expect.poll(() => page.locator('.search-results h3').count()).toBe(50);
        await expect.poll(() => button.isVisible()).toBe(true);
        expect(await page.textContent('.search-status')).toBe('120 articles found; showing the first 50.');
        expect(await page.locator('.search-more').evaluate((b) => b.tagName)).toBe('BUTTON');
        expect(fragments).toBe(50);
        const first = await titles();
        expect(new URL(page.url()).search).toBe('?q=harbour');
        if (scheme === 'dark') {
          const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
          expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
          expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
        }

        // By keyboard: the button comes next after the last result.
        await page.locator('.search-results h3 a').last().focus();
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.className)).toBe('search-more');
        await page.keyboard.press('Enter');
        await expect.poll(() => page.locator('.search-results h3').count()).toBe(100);
        await expect.poll(() => page.textContent('.search-status')).toBe('120 articles found; showing the first 100.');
        const second = await titles();
        expect(second.slice(0, 50)).toEqual(first);
        expect(new Set(second).size).toBe(100);
        await expect.poll(focused).toBe(second[50]);
        expect(fragments).toBe(100);
        expect(await button.isVisible()).toBe(true);
        expect(new URL(page.url()).searchParams.get('shown')).toBe('100');

        // The last 20: the button is gone, the focus on the first of them.
        await button.click();
        await expect.poll(() => page.locator('.search-results h3').count()).toBe(120);
        await expect.poll(() => page.textContent('.search-status')).toBe('120 articles found; showing all 120.');
        const all = await titles();
        expect(new Set(all).size).toBe(120);
        for (const t of all) expect(t).toMatch(/^Harbour report \d+$/);
        await expect.poll(focused).toBe(all[100]);
        expect(await page.locator('.search-more').isHidden()).toBe(true);
        expect(fragments).toBe(120);

        // Back from an article shows as many results again.
        await page.locator('.search-results h3 a').nth(110).click();
        await expect.poll(() => page.locator('h1').textContent()).toBe(all[110]);
        await page.goBack();
        await expect.poll(() => page.locator('.search-results h3').count()).toBe(120);
        await expect.poll(() => page.textContent('.search-status')).toBe('120 articles found; showing all 120.');
        expect(await page.locator('.search-more').isHidden()).toBe(true);

        // So does the address, on a page loaded afresh; a new query starts at 50 again.
        await page.goto(`${site.root}search/?q=harbour&shown=100`);
        await expect.poll(() => page.locator('.search-results h3').count()).toBe(100);
        await expect.poll(() => page.textContent('.search-status')).toBe('120 articles found; showing the first 100.');
        await expect.poll(() => button.isVisible()).toBe(true);
        await page.fill('#search-query', 'harbour ships');
        await expect.poll(() => new URL(page.url()).search).toBe('?q=harbour+ships');
        await expect.poll(() => page.locator('.search-results h3').count()).toBe(50);
        await expect.poll(() => page.textContent('.search-status')).toBe('120 articles found; showing the first 50.');
        expect(problems).toEqual([]);
        await context.close();
      }
    } finally {
      await site.close();
    }
  });
});

describe('search over many bundles', () => {
  it('opens every bundle at once, and finds articles in each', async () => {
    // The newest year's months are bundles of their own, once it holds enough articles (the
    // filler, which the query does not find); the past year is one more.
    const dates = ['2010-05-06', '2019-01-10', '2019-02-10', '2019-03-10', '2019-04-10'];
    const filler = Array.from({ length: MIN_SHARD_ARTICLES }, (_, i): [string, string] => [`harbour-${i}.txt`, ` date 2019-0${(i % 4) + 1}-20 Harbour note ${i}\nShips waited in the harbour.\n`]);
    const out = await buildSeeds([...dates.map((date, i): [string, string] => [`lighthouse-${i}.txt`, ` date ${date} Lighthouse report ${i}\nThe lighthouse keeper wrote report ${i}.\n`]), ...filler]);
    const bundles = JSON.parse(await readFile(path.join(out, 'search/indexes.json'), 'utf8')) as string[];
    expect(bundles).toHaveLength(dates.length);
    const site = await serveStatic(out);
    try {
      const { page, context, problems } = await open({ width: 1280, scheme: 'light' });
      // The merged bundles' entry files are held until all are asked for (or 5 s pass): one
      // after another, the second would be asked for only once the first had come. (The first
      // bundle opens before the others, which wait for its code.)
      const merged = bundles.slice(1);
      const asked = new Set<string>();
      let release = (): void => {};
      const all = new Promise<void>((resolve) => (release = resolve));
      const timeout = setTimeout(release, 5000);
      let askedWhenReleased = 0;
      void all.then(() => (askedWhenReleased = asked.size));
      await page.route('**/pagefind-entry.json*', async (route) => {
        const bundle = new URL(route.request().url()).pathname.split('/').at(-2)!;
        if (merged.includes(bundle)) {
          asked.add(bundle);
          if (asked.size === merged.length) release();
          await all;
        }
        await route.continue();
      });
      await page.goto(`${site.root}search/?q=lighthouse`);
      await expect.poll(() => page.locator('.search-results h3').count()).toBe(dates.length);
      clearTimeout(timeout);
      expect(askedWhenReleased).toBe(merged.length);
      const titles = await page.locator('.search-results h3').allTextContents();
      expect(titles.sort()).toEqual(dates.map((_, i) => `Lighthouse report ${i}`));
      expect(problems).toEqual([]);
      await context.close();
    } finally {
      await site.close();
    }
  });
});

describe('search by date over many bundles', () => {
  it('orders newest or oldest first across bundles, not bundle by bundle as Pagefind merges them (QA 33)', async () => {
    // Three bundles (2010, 2015, 2019), the word in more articles of the older ones: Pagefind
    // sorts each bundle's results by date, but merges the bundles' lists by their scores, which
    // in a sorted search are each page's place in its own bundle. On the 2,500 real documents,
    // `climate` newest first opened with December 2022, the 2023-2026 articles after it.
    const dates = ['2010-03-01', '2010-04-01', '2010-05-01', '2010-06-01', '2015-01-05', '2015-02-05', '2019-07-09'];
    const out = await buildSeeds(dates.map((date, i): [string, string] => [`beacon-${i}.txt`, ` date ${date} Beacon report ${i}\nThe beacon keeper wrote report ${i}.\n`]), ['--base-url', '/']);
    const site = await serveStatic(out);
    try {
      const { page, context, problems } = await open({ width: 1280, scheme: 'light' });
      const shown = (): Promise<string[]> => page.locator('.search-results time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!));
      await page.goto(`${site.root}search/?q=beacon&order=newest`);
      await expect.poll(async () => (await shown()).length).toBe(dates.length);
      expect(await shown()).toEqual([...dates].reverse());
      await page.selectOption('#search-order', 'oldest');
      await expect.poll(shown).toEqual(dates);
      // With a year chosen, the other bundles give nothing; without a query, newest first too.
      await page.goto(`${site.root}search/?year=2010`);
      await expect.poll(shown).toEqual(dates.slice(0, 4).reverse());
      expect(problems).toEqual([]);
      await context.close();
    } finally {
      await site.close();
    }
  });
});

describe('search results in a language written right to left', () => {
  it('run right to left, as the article and every list show them, even opening with a Latin name (QA 33)', async () => {
    const out = await buildSeeds([
      ['cnn.md', '---\ntitle: "CNN: قالت الحكومة إن المحادثات ستستأنف"\ndate: 2020-05-05\nlang: ar\n---\nCNN قالت الحكومة إن المحادثات ستستأنف الأسبوع المقبل.\n'],
      ['talks.md', '---\ntitle: CNN reports talks resume\ndate: 2020-05-06\n---\nCNN said the talks would resume next week.\n'],
    ]);
    const site = await serveStatic(out);
    try {
      const { page, context, problems } = await open({ width: 1280, scheme: 'light' });
      await page.goto(`${site.root}search/?q=CNN`);
      await expect.poll(() => page.locator('.search-results h3').count()).toBe(2);
      // Each result's title and excerpt: the Arabic article's right to left, the English one's left to right.
      const directions = await page.locator('.search-results h3, .search-results .summary').evaluateAll((els) => els.map((e) => `${e.getAttribute('lang') ?? 'en'} ${getComputedStyle(e).direction}`));
      expect(directions.sort()).toEqual(['ar rtl', 'ar rtl', 'en ltr', 'en ltr']);
      expect(problems).toEqual([]);
      await context.close();
    } finally {
      await site.close();
    }
  });
});

describe('search for a word some bundles lack', () => {
  it('lists only articles with the word, not those where Pagefind found a shorter beginning of it', async () => {
    // Two bundles: the past year, and the newest. Pagefind, asked for a word a bundle lacks,
    // answers for the longest beginning of it that the bundle has: "segregated" finds "S." in
    // 2019, "xylophone" finds "X", "artery" finds "arts".
    const out = await buildSeeds([
      ['segregated.txt', ' date 2010-05-06 Schools report\nThe segregated schools of the county were closed.\n'],
      ['artery.txt', ' date 2010-06-06 Surgeons report\nA blocked artery was opened in time.\n'],
      ['senate.txt', ' date 2019-02-10 S. 254 signed into law\nThe President signed S. 254 into law on Friday.\n'],
      ['title-x.txt', ' date 2019-03-10 Clinics report\nThe Title X program was renewed for clinics.\n'],
      ['museum.txt', ' date 2019-04-10 Museum report\nThe museum opened its arts wing to visitors.\n'],
    ]);
    expect(JSON.parse(await readFile(path.join(out, 'search/indexes.json'), 'utf8'))).toEqual(['2019', '2010']);
    const site = await serveStatic(out);
    try {
      const { page, context, problems } = await open({ width: 1280, scheme: 'light' });
      const search = async (q: string): Promise<{ status: string; titles: string[] }> => {
        await page.goto(`${site.root}search/?q=${encodeURIComponent(q)}`);
        await expect.poll(async () => (await page.textContent('.search-status')) ?? '', { timeout: 10_000 }).toMatch(/found/);
        return { status: (await page.textContent('.search-status'))!, titles: await page.locator('.search-results h3').allTextContents() };
      };
      expect(await search('segregated')).toEqual({ status: '1 article found.', titles: ['Schools report'] });
      // A word being typed is still completed where the bundle has longer words beginning with it.
      expect(await search('segregat')).toEqual({ status: '1 article found.', titles: ['Schools report'] });
      expect(await search('artery')).toEqual({ status: '1 article found.', titles: ['Surgeons report'] });
      // So is a word that is not the last one.
      expect(await search('segregat schools')).toEqual({ status: '1 article found.', titles: ['Schools report'] });
      expect(await search('xylophone')).toEqual({ status: 'No articles found.', titles: [] });
      expect(await search('schools xylophone')).toEqual({ status: 'No articles found.', titles: [] });
      // Words every bundle has are untouched; so is a word of another script, which is not judged.
      expect((await search('report')).titles.sort()).toEqual(['Clinics report', 'Museum report', 'Schools report', 'Surgeons report']);
      expect((await search('arts')).titles.sort()).toEqual(['Museum report', 'Surgeons report']);
      expect(problems).toEqual([]);
      await context.close();
    } finally {
      await site.close();
    }
  });
});

describe('search counts', () => {
  it('count only articles with the word, strays ranked past the first 50 left out', async () => {
    const day = (i: number): string => new Date(Date.UTC(2019, 0, 1 + i)).toISOString().slice(0, 10);
    const out = await buildSeeds([
      ...Array.from({ length: 60 }, (_, i): [string, string] => [`harbour-${i}.txt`, ` date ${day(i)} Harbour report ${i}\nShips waited in the harbour on day ${i}; the harbour was full.\n`]),
      // A past year's bundle without the word: Pagefind answers there for "h", which "H. Smith" holds.
      ['smith.txt', ' date 2010-05-06 Letters report\nH. Smith wrote to the council about the roads.\n'],
    ]);
    const site = await serveStatic(out);
    try {
      const { page, context, problems } = await open({ width: 1280, scheme: 'light' });
      await page.goto(`${site.root}search/?q=harbour`);
      await expect.poll(async () => page.textContent('.search-status'), { timeout: 10_000 }).toBe('60 articles found; showing the first 50.');
      await expect.poll(() => page.locator('.search-results h3').count(), { timeout: 10_000 }).toBe(50);
      // Checked once more after the check of the count is over: it says the same.
      await page.waitForTimeout(500);
      expect(await page.textContent('.search-status')).toBe('60 articles found; showing the first 50.');
      const titles = await page.locator('.search-results h3').allTextContents();
      for (const t of titles) expect(t).toMatch(/^Harbour report \d+$/);
      // The next results leave the stray out too.
      await page.click('.search-more');
      await expect.poll(() => page.locator('.search-results h3').count()).toBe(60);
      expect(await page.textContent('.search-status')).toBe('60 articles found; showing all 60.');
      for (const t of await page.locator('.search-results h3').allTextContents()) expect(t).toMatch(/^Harbour report \d+$/);
      expect(problems).toEqual([]);
      await context.close();
    } finally {
      await site.close();
    }
  });

  it('are checked before "Show more results", pressed meanwhile, adds results: the stray is left out of them too', async () => {
    const day = (i: number): string => new Date(Date.UTC(2019, 0, 1 + i)).toISOString().slice(0, 10);
    const out = await buildSeeds([
      ...Array.from({ length: 60 }, (_, i): [string, string] => [`harbour-${i}.txt`, ` date ${day(i)} Harbour report ${i}\nShips waited in the harbour on day ${i}; the harbour was full.\n`]),
      // Articles without the word beside them make it rare, so that Pagefind ranks the stray
      // (long, in a bundle of its own) past the first 50: it is found by the check of the count.
      ...Array.from({ length: 200 }, (_, i): [string, string] => [`rain-${i}.txt`, ` date ${day(i % 60)} Weather note ${i}\nIt rained on day ${i}.\n`]),
      ['smith.txt', ` date 2010-05-06 Letters report\nH. Smith wrote to the council about the roads. ${'The council met again on the matter of the roads. '.repeat(40)}\n`],
    ]);
    const site = await serveStatic(out);
    try {
      const { page, context, problems } = await open({ width: 1280, scheme: 'light' });
      // The check loads the best result of the past year's bundle (the stray): it is held back
      // until the button has been pressed.
      let checking = false;
      let release = (): void => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/2010/fragment/*', async (route) => {
        checking = true;
        await held;
        await route.continue();
      });
      await page.goto(`${site.root}search/?q=harbour`);
      await expect.poll(() => page.locator('.search-results h3').count()).toBe(50);
      await expect.poll(() => checking).toBe(true);
      // Pagefind's count, the stray in it.
      expect(await page.textContent('.search-status')).toBe('61 articles found; showing the first 50.');
      const first = await page.locator('.search-results h3').allTextContents();
      await page.focus('.search-more');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.textContent('.search-more')).toBe('Loading more results…');
      expect(await page.getAttribute('.search-more', 'aria-disabled')).toBe('true');
      release();
      await expect.poll(() => page.locator('.search-results h3').count()).toBe(60);
      await expect.poll(() => page.textContent('.search-status')).toBe('60 articles found; showing all 60.');
      const titles = await page.locator('.search-results h3').allTextContents();
      for (const t of titles) expect(t).toMatch(/^Harbour report \d+$/);
      expect(titles.slice(0, 50)).toEqual(first);
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(titles[50]);
      expect(await page.locator('.search-more').isHidden()).toBe(true);
      expect(problems).toEqual([]);
      await context.close();
    } finally {
      await site.close();
    }
  });
});

describe('screenshots for people to look at', () => {
  it.each([360, 1280])('are written for every page type at %i px', async (width) => {
    const { page, context } = await open({ width, scheme: 'light' });
    for (const [type, url] of Object.entries(pageTypes)) {
      await page.goto(url);
      if (type === 'search') {
        await page.fill('#search-query', 'Lavrov');
        await page.waitForSelector('.search-results li');
      }
      const file = path.join(SCREENSHOTS, `${type}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      expect((await readFile(file)).length).toBeGreaterThan(1000);
    }
    await context.close();
  });
});
