// Search newest or oldest first, in a real headless Chromium with the real Pagefind index: the
// articles of one day come in the order of their times of day, as the day's page lists them.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { runCli, tempDir } from '../helpers/cli.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const PREFIX = '/archive/';
let browser: Browser;
let server: StaticServer;

// Files named against the order of their times, so that neither the index's order nor the
// files' gives the day's: a, b, c, … are written at 18:00, 09:30, none, 23:15, 09:30:15 and 07:00.
const SEEDS: [string, string][] = [
  ['a.md', '2019-03-04T18:00:00+01:00'],
  ['b.md', '2019-03-04 09:30'],
  ['c.md', '2019-03-04'],
  ['d.md', '2019-03-04T23:15:00Z'],
  ['e.md', '2019-03-04T09:30:15-05:00'],
  ['f.md', '2019-03-04T07:00'],
  ['g.md', '2019-03-03T23:59:00Z'],
  ['h.md', '2019-03-05'],
  // Many more on the day, their files named against their times (Pagefind is given a shard's
  // records many at once, and its order of equal sort values is its own).
  ...Array.from({ length: 40 }, (_, i): [string, string] => [`m${String(i).padStart(2, '0')}.md`, `2019-03-04T${String(22 - Math.floor(i / 4)).padStart(2, '0')}:${String(59 - i).padStart(2, '0')}:00Z`]),
];
/** The day page's order, newest first: by time of day as written, the article without a time last. */
const NEWEST = ((): string[] => {
  const day = SEEDS.filter(([, date]) => date.startsWith('2019-03-04'));
  const time = (date: string): string => /[T ](\d\d:\d\d(?::\d\d)?)/.exec(date)?.[1]?.replace(/:00$/, '') ?? '';
  const sorted = day.sort((x, y) => (time(x[1]) < time(y[1]) ? -1 : time(x[1]) > time(y[1]) ? 1 : x[0] < y[0] ? -1 : 1)).map(([file]) => file);
  return ['h.md', ...sorted.reverse(), 'g.md'];
})();

beforeAll(async () => {
  const work = await tempDir();
  const seeds = path.join(work, 'seeds');
  await mkdir(seeds, { recursive: true });
  for (const [file, date] of SEEDS) await writeFile(path.join(seeds, file), `---\ntitle: Pelican count ${file}\ndate: ${date}\n---\nThe pelican count on the lagoon was taken again.\n`);
  const out = path.join(work, '_site');
  const run = await runCli(['build', '--seeds', seeds, '--out', out, '--base-url', `http://127.0.0.1${PREFIX}`]);
  expect(run.code, run.stderr).toBe(0);
  server = await serveStatic(out, PREFIX);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('search by date', () => {
  it("orders a day's articles by their time of day, newest or oldest first, as the day's page does (QA 35)", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    // The day's page, newest first, is the order to match.
    await page.goto(`${server.root}2019/03/04/`, { waitUntil: 'networkidle' });
    const dayTitles = await page.locator('main h2 a, main h3 a').allTextContents();
    expect(dayTitles.map((t) => t.slice('Pelican count '.length))).toEqual(NEWEST.filter((f) => f !== 'g.md' && f !== 'h.md'));
    expect(NEWEST.filter((f) => !f.startsWith('m'))).toEqual(['h.md', 'd.md', 'a.md', 'e.md', 'b.md', 'f.md', 'c.md', 'g.md']);

    const shown = () => page.locator('.search-results h3').allTextContents().then((t) => t.map((s) => s.trim().slice('Pelican count '.length)));
    const dates = () => page.locator('.search-results time').evaluateAll((times) => times.map((t) => [t.getAttribute('datetime'), t.textContent]));
    await page.goto(`${server.root}search/?q=pelican&order=newest`, { waitUntil: 'networkidle' });
    await expect.poll(shown).toEqual(NEWEST);
    // Each result is dated by its calendar date, as before.
    expect((await dates())[1]).toEqual(['2019-03-04', '4 March 2019']);
    await page.selectOption('#search-order', 'oldest');
    await expect.poll(shown).toEqual([...NEWEST].reverse());
    expect(problems).toEqual([]);
    await context.close();
  });
});
