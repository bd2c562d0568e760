// Loading a seeds folder: worker threads read exactly what the main thread reads, problems
// included, in the same order; the cache returns what was read.
import { cp, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readerSources, RecordCache } from '../../src/seeds/cache.ts';
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

describe('the record cache version', () => {
  it('covers every module that reading a seed runs', async () => {
    const src = path.resolve(FIXTURES, '../../../src');
    // Local imports, followed from the module that turns a file into a record.
    const seen = new Set<string>();
    const visit = async (file: string): Promise<void> => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = await readFile(file, 'utf8');
      for (const m of text.matchAll(/^(?:import|export)[^'"]*from '(\.{1,2}\/[^']+)'/gm)) await visit(path.resolve(path.dirname(file), m[1]!));
    };
    await visit(path.join(src, 'seeds/read.ts'));
    expect(seen.size).toBeGreaterThan(8);
    const hashed = new Set(await readerSources());
    for (const file of seen) expect(hashed.has(file), `${path.relative(src, file)} is not in the cache version`).toBe(true);
  });
});
