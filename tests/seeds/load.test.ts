// Loading a seeds folder: worker threads read exactly what the main thread reads, problems
// included, in the same order; the cache returns what was read.
import { cp, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RecordCache } from '../../src/seeds/cache.ts';
import { loadSeeds } from '../../src/seeds/load.ts';
import { tempDir } from '../helpers/cli.ts';
import { FIXTURES, REAL_SEEDS } from './helpers.ts';

const HOSTILE = path.resolve(FIXTURES, '../hostile');
const SITE = path.resolve(FIXTURES, '../site');

async function mixedFolder(): Promise<string> {
  const dir = path.join(await tempDir(), 'seeds');
  await mkdir(dir);
  for (const from of [REAL_SEEDS, SITE, HOSTILE]) await cp(from, path.join(dir, path.basename(from)), { recursive: true });
  return dir;
}

describe('loadSeeds', () => {
  it('reads the same records and problems with worker threads as without', async () => {
    const dir = await mixedFolder();
    const inline = await loadSeeds(dir, { workers: 0 });
    const pooled = await loadSeeds(dir, { workers: 2 });
    expect(inline.records.length).toBeGreaterThan(10);
    expect(inline.problems.length).toBeGreaterThan(5);
    expect(pooled).toEqual(inline);
  });

  it('reports progress for every file, and fills and then uses the cache', async () => {
    const dir = await mixedFolder();
    const cacheFile = path.join(await tempDir(), 'records.bin');
    const first = await RecordCache.open(cacheFile, false);
    const seen: number[] = [];
    const read = await loadSeeds(dir, { cache: first, workers: 2, onProgress: (done, total) => seen.push(done / total) });
    expect(seen.at(-1)).toBe(1);
    expect(seen).toHaveLength(read.files);
    await first.save();
    const again = await loadSeeds(dir, { cache: await RecordCache.open(cacheFile, false), workers: 0 });
    expect(again).toEqual(read);
  });
});
