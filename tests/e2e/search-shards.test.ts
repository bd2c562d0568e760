// A past year of more articles than a search shard holds (MAX_SHARD_ARTICLES) is indexed as
// halves of the year, each its own Pagefind bundle that the search page lists; an edit
// re-indexes the half it falls in, and the rebuild gives the bytes of a full build.
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_SHARD_ARTICLES } from '../../src/site/search-index.ts';
import { expectSameAsFullBuild, runCli, tempDir } from '../helpers/cli.ts';

let work: string;
let seeds: string;
let out: string;

/** Pages a bundle indexed, from its entry file. */
async function pageCount(shard: string): Promise<number> {
  const entry = JSON.parse(await readFile(path.join(out, 'pagefind', shard, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
}

const day = (i: number): string => `2010-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;

beforeAll(async () => {
  work = await tempDir();
  seeds = path.join(work, 'seeds');
  out = path.join(work, 'site');
  await mkdir(seeds);
  // One more article in 2010 than a shard holds, spread over its months, and one in 2011, the newest year (too few to split by month).
  for (let i = 0; i <= MAX_SHARD_ARTICLES; i++) {
    await writeFile(path.join(seeds, `s${String(i).padStart(4, '0')}.txt`), ` date ${day(i)} Harbour note ${i}\nNote ${i} on the harbour${i % 2 ? ' cranes' : ''}.\n`);
  }
  await writeFile(path.join(seeds, 'newest.txt'), ' date 2011-02-03 Harbour closes\nThe harbour closed for the winter.\n');
  const run = await runCli(['build', '--seeds', seeds, '--out', out]);
  expect(run.code, run.stderr).toBe(0);
}, 120_000);

describe('a past year of many articles', () => {
  it('is indexed in halves, each holding its months, all listed for the search page', async () => {
    expect(JSON.parse(await readFile(path.join(out, 'search/indexes.json'), 'utf8'))).toEqual(['2011', '2010-h2', '2010-h1']);
    expect((await readdir(path.join(out, 'pagefind'))).sort()).toEqual(['2010-h1', '2010-h2', '2011']);
    const firstHalf = Array.from({ length: MAX_SHARD_ARTICLES + 1 }, (_, i) => day(i)).filter((d) => d < '2010-07').length;
    expect(await pageCount('2010-h1')).toBe(firstHalf);
    expect(await pageCount('2010-h2')).toBe(MAX_SHARD_ARTICLES + 1 - firstHalf);
    expect(await pageCount('2011')).toBe(1);
  });

  it('re-indexes only the half an edit falls in, and rebuilds to the bytes of a full build', async () => {
    const untouched = (await stat(path.join(out, 'pagefind/2010-h2/pagefind-entry.json'))).ino;
    const edited = (await stat(path.join(out, 'pagefind/2010-h1/pagefind-entry.json'))).ino;
    // s0002 is dated 2010-03-03: the first half.
    await writeFile(path.join(seeds, 's0002.txt'), ` date ${day(2)} Harbour note 2, corrected\nNote 2 on the harbour, corrected.\n`);
    const run = await runCli(['build', '--seeds', seeds, '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    expect((await stat(path.join(out, 'pagefind/2010-h2/pagefind-entry.json'))).ino).toBe(untouched);
    expect((await stat(path.join(out, 'pagefind/2010-h1/pagefind-entry.json'))).ino).not.toBe(edited);

    await expectSameAsFullBuild(seeds, out, work);
  }, 120_000);
});
