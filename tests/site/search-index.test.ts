import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type SearchRecord, SearchIndexError, SearchIndexWriter, shardFolder, UNUSED_FILES } from '../../src/site/search-index.ts';
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
    const writer = new SearchIndexWriter(out, { rendering: 1, idle: 3 });
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
    const writer = new SearchIndexWriter(out, { rendering: 1, idle: 2 });
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
    const writer = new SearchIndexWriter(out, { rendering: 2, idle: 2 });
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
    const writer = new SearchIndexWriter(out, { rendering: 1, idle: 1 });
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
