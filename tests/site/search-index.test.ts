import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SearchDriverPool, type SearchRecord, SearchIndexError, SearchIndexWriter, shardFolder, UNUSED_FILES } from '../../src/site/search-index.ts';
import { tempDir } from '../helpers/cli.ts';

const record = (shard: string, i: number): SearchRecord => ({
  url: `/${shard}/01/01/story-${i}/`,
  content: `Story ${i} of ${shard}: the harbour authority reported ${i} ships in the bay.`,
  meta: { title: `Story ${i}`, date: `${shard}-01-01`, dateLabel: `1 January ${shard}` },
  filters: { year: [shard] },
  sort: { date: `${shard}-01-01` },
});

describe('SearchIndexWriter', () => {
  it('indexes each shard exactly once when services that start later take the shards left', async () => {
    const out = await tempDir();
    const shards = ['2011', '2012', '2013', '2014', '2015', '2016'];
    // One service while "rendering", three once it is done: they race for the same shards.
    const writer = new SearchIndexWriter(out, { services: { rendering: 1, idle: 3 } });
    shards.forEach((shard, n) => writer.add(shard, 20 + n * 10, () => Array.from({ length: 20 + n * 10 }, (_, i) => record(shard, i))));
    let indexed = 0;
    const running = writer.run((done) => (indexed = done));
    writer.writeRecords();
    writer.renderingDone();
    await running;
    // A shard indexed twice would count its records twice.
    expect(indexed).toBe(writer.records);
    for (const shard of shards) {
      const files = await readdir(path.join(out, shardFolder(shard)));
      expect(files).toContain('pagefind-entry.json');
      expect(files).toContain('pagefind.js');
      // Pagefind's own search interfaces, which the search page does not use, are left out.
      expect(files.filter((f) => UNUSED_FILES.has(f))).toEqual([]);
      expect(files).not.toContain('pagefind-ui.js');
    }
    // No shard's records are left behind, taken or not.
    expect((await readdir(out)).filter((f) => f.startsWith('.search-shard-'))).toEqual([]);
  });

  it('reports a record Pagefind refuses, and leaves no shard files behind', async () => {
    const out = await tempDir();
    const writer = new SearchIndexWriter(out, { services: { rendering: 1, idle: 2 } });
    writer.add('2011', 1, () => [record('2011', 1)]);
    writer.add('2012', 1, () => [{ ...record('2012', 1), url: 42 as unknown as string }]);
    const running = writer.run();
    writer.writeRecords();
    writer.renderingDone();
    await expect(running).rejects.toThrow(SearchIndexError);
    expect((await readdir(out)).filter((f) => f.startsWith('.search-shard-'))).toEqual([]);
  });

  it('starts before the records are written: its services wait for each shard, and take none twice', async () => {
    const out = await tempDir();
    const shards = ['2011', '2012', '2013'];
    const writer = new SearchIndexWriter(out, { services: { rendering: 2, idle: 2 } });
    shards.forEach((shard) => writer.add(shard, 5, () => Array.from({ length: 5 }, (_, i) => record(shard, i))));
    let indexed = 0;
    const running = writer.run((done) => (indexed = done));
    expect(writer.recordsUntaken()).toBe(15);
    // The services are up and looking for shards before the first is written.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(writer.recordsUntaken()).toBe(15);
    writer.writeRecords();
    await running;
    expect(indexed).toBe(15);
    for (const shard of shards) expect(await readdir(path.join(out, shardFolder(shard)))).toContain('pagefind-entry.json');
    expect((await readdir(out)).filter((f) => f.startsWith('.search-shard-'))).toEqual([]);
  });

  it('stops its services when a shard\'s records cannot be made, and leaves no files behind', async () => {
    const out = await tempDir();
    const writer = new SearchIndexWriter(out, { services: { rendering: 1, idle: 1 } });
    writer.add('2011', 1, () => [record('2011', 1)]);
    writer.add('2012', 2, () => {
      throw new Error('no records for you');
    });
    const running = writer.run();
    expect(() => writer.writeRecords()).toThrow('no records for you');
    await expect(running).rejects.toThrow(SearchIndexError);
    expect((await readdir(out)).filter((f) => f.startsWith('.search-shard-'))).toEqual([]);
  });
});

describe('SearchDriverPool (serve, and a build\'s own)', () => {
  /** One run of a writer on the pool, in the background as a rebuild's unless said: the shards given, `count` records each. */
  async function runOn(pool: SearchDriverPool, out: string, shards: string[], count: number, services = 1, background = true): Promise<void> {
    const writer = new SearchIndexWriter(out, { services: { rendering: services, idle: services }, background, pool });
    shards.forEach((shard) => writer.add(shard, count, () => Array.from({ length: count }, (_, i) => record(shard, i))));
    const running = writer.run();
    writer.writeRecords();
    await running;
  }
  const pageCount = async (out: string, shard: string): Promise<number> =>
    (JSON.parse(await readFile(path.join(out, shardFolder(shard), 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> }).languages.en!.page_count;
  const drivers = (pool: SearchDriverPool): number[] => [...(pool as unknown as { all: Set<{ pid: number }> }).all].map((c) => c.pid);

  it('keeps its drivers from run to run, each run indexing its own shards whole', async () => {
    const pool = new SearchDriverPool();
    try {
      const first = await tempDir();
      await runOn(pool, first, ['2011', '2012'], 7);
      const kept = drivers(pool);
      expect(kept).toHaveLength(1);
      const second = await tempDir();
      await runOn(pool, second, ['2013'], 4);
      expect(drivers(pool)).toEqual(kept);
      expect([await pageCount(first, '2011'), await pageCount(first, '2012'), await pageCount(second, '2013')]).toEqual([7, 7, 4]);
      // The second run indexed nothing of the first's into its folder, nor the first anything more.
      expect(await readdir(second)).toEqual(['pagefind']);
      expect((await readdir(path.join(second, 'pagefind'))).sort()).toEqual(['2013']);
      expect((await readdir(path.join(first, 'pagefind'))).sort()).toEqual(['2011', '2012']);
    } finally {
      pool.close();
    }
  });

  it('starts another driver for one that failed or was killed', async () => {
    const pool = new SearchDriverPool();
    try {
      await runOn(pool, await tempDir(), ['2011'], 3);
      const [before] = drivers(pool);
      // A record Pagefind refuses: that run fails, and its driver is not kept.
      const out = await tempDir();
      const writer = new SearchIndexWriter(out, { services: { rendering: 1, idle: 1 }, background: true, pool });
      writer.add('2012', 1, () => [{ ...record('2012', 1), url: 42 as unknown as string }]);
      const running = writer.run();
      writer.writeRecords();
      await expect(running).rejects.toThrow(SearchIndexError);
      await expect.poll(() => drivers(pool)).toEqual([]);
      // The next run gets a new driver, and works.
      const next = await tempDir();
      await runOn(pool, next, ['2013'], 5);
      const [after] = drivers(pool);
      expect(after).not.toBe(before);
      expect(await pageCount(next, '2013')).toBe(5);
      // Killed while idle (as by the system): the next run starts another.
      process.kill(after!);
      await expect.poll(() => drivers(pool)).toEqual([]);
      const last = await tempDir();
      await runOn(pool, last, ['2014'], 2);
      expect(await pageCount(last, '2014')).toBe(2);
    } finally {
      pool.close();
    }
  });

  it('runs a job on a driver started beforehand, and gives a run only drivers of its priority', async () => {
    const pool = new SearchDriverPool();
    try {
      pool.prestart(1);
      const [started] = drivers(pool);
      const first = await tempDir();
      // A full build's run, at the build's priority, on the driver started before it.
      await runOn(pool, first, ['2011'], 6, 1, false);
      expect(drivers(pool)).toEqual([started]);
      expect(await pageCount(first, '2011')).toBe(6);
      // A background run cannot have it (its service keeps the priority it started with): it gets another.
      const second = await tempDir();
      await runOn(pool, second, ['2012'], 3);
      const both = drivers(pool);
      expect(both).toHaveLength(2);
      expect(both).toContain(started);
      // And each priority's next run, the driver of that priority.
      await runOn(pool, await tempDir(), ['2013'], 2);
      await runOn(pool, await tempDir(), ['2014'], 2, 1, false);
      expect(drivers(pool)).toEqual(both);
    } finally {
      pool.close();
    }
  });

  it('ends every driver when closed', async () => {
    const pool = new SearchDriverPool();
    await runOn(pool, await tempDir(), ['2011', '2012', '2013'], 3, 2);
    const pids = drivers(pool);
    expect(pids.length).toBeGreaterThanOrEqual(1);
    pool.close();
    const alive = (pid: number): boolean => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    await expect.poll(() => pids.filter(alive)).toEqual([]);
  });
});
