// A record cache kept open from build to build (`serve`): each rebuild reads only the seeds that
// changed, without reading the cache back from disk, and gives exactly the bytes of a full build,
// also with related articles worked out on a thread kept from build to build (as `serve` does).
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { register } from 'tsx/esm/api';
import { beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { build, type BuildOptions, DEFAULT_TITLE } from '../../src/build.ts';
import { Relater } from '../../src/enrich/relating.ts';
import { RELATION_FILE } from '../../src/enrich/relation-file.ts';
import { PlacementMemo } from '../../src/archive/memo.ts';
import { cacheDirFor, ManifestMemo } from '../../src/output/incremental.ts';
import { RecordCache } from '../../src/seeds/cache.ts';
import { KEY_FILE } from '../../src/site/key-file.ts';
import { KeyMemo } from '../../src/site/keys.ts';
import { expectSameAsFullBuild, ROOT, tempDir } from '../helpers/cli.ts';

// Eleventy imports .eleventy.ts and the templates itself, outside vitest's loader, as the CLI does.
register();

let work: string;
let seeds: string;
let out: string;
let records: string;

const options = (extra: Partial<BuildOptions> = {}): BuildOptions => ({
  seeds, out, baseUrl: '/', title: DEFAULT_TITLE, lenient: false, keepDuplicates: false, full: false, quiet: true, ...extra,
});

beforeAll(async () => {
  work = await tempDir();
  seeds = path.join(work, 'seeds');
  out = path.join(work, 'site');
  records = path.join(cacheDirFor(out), 'records');
  await mkdir(seeds);
  await cp(path.join(ROOT, 'seeds'), seeds, { recursive: true });
  for (let i = 0; i < 30; i++) {
    await writeFile(path.join(seeds, `gen-${i}.txt`), ` date 2016-0${(i % 9) + 1}-1${i % 10} Harvest report ${i}\nReport ${i} on the harvest in Geneva.\n`);
  }
});

describe('a resident record cache', () => {
  it('reads only what changed, from memory, build after build, and gives the bytes of a full build', async () => {
    const cache = await RecordCache.open(records, false, { resident: true });
    // As `serve` relates: on a thread kept from build to build; and as it keeps the records'
    // choice of articles, their topics and mentions parsed, their keys, and the manifest it wrote.
    const relater = new Relater();
    onTestFinished(() => relater.close());
    const kept = { cache, relater, placement: new PlacementMemo(), keys: new KeyMemo(), manifest: new ManifestMemo() };
    const first = await build(options(kept));
    expect(first.written).toBe(true);
    expect(first.read).toBe(first.report.seeds);
    expect((await readdir(records)).length).toBeGreaterThan(0);

    // The cache on disk goes: the next builds still take every unchanged record from memory.
    await rm(records, { recursive: true });
    await writeFile(path.join(seeds, 'gen-3.txt'), ' date 2016-04-13 Harvest report 3, revised\nRevised, in Geneva.\n');
    const edited = await build(options(kept));
    expect(edited.read).toBe(1);
    expect(edited.rendered).toBeGreaterThan(0);
    await expectSameAsFullBuild(seeds, out, work);

    // A sentence more: the choice of articles and their topics are the last build's (see PlacementMemo).
    await writeFile(path.join(seeds, 'gen-4.txt'), ' date 2016-05-14 Harvest report 4\nReport 4 on the harvest in Geneva. A sentence more.\n');
    expect((await build(options(kept))).read).toBe(1);
    await expectSameAsFullBuild(seeds, out, work);

    await writeFile(path.join(seeds, 'added.txt'), ' date 2016-05-20 A report added\nAdded while serving.\n');
    await rm(path.join(seeds, 'gen-7.txt'));
    const changed = await build(options(kept));
    expect(changed.read).toBe(1);
    expect(changed.report.seeds).toBe(first.report.seeds);
    await expectSameAsFullBuild(seeds, out, work);

    // Another build of the same folder meanwhile (`news-archive build` in another terminal)
    // writes another manifest: the next build reads that one, not the one it remembers. Here the
    // seed goes back to what the remembered manifest describes, which the folder no longer holds.
    const gen3 = path.join(seeds, 'gen-3.txt');
    await writeFile(gen3, ' date 2016-04-13 Harvest report 3, revised twice\nRevised again, in Geneva.\n');
    expect((await build(options())).rendered).toBeGreaterThan(0);
    await writeFile(gen3, ' date 2016-04-13 Harvest report 3, revised\nRevised, in Geneva.\n');
    expect((await build(options(kept))).rendered).toBeGreaterThan(0);
    await expectSameAsFullBuild(seeds, out, work);

    // What the resident cache wrote back holds every seed: a build that opens it anew reads none.
    const reopened = await build(options({ cache: await RecordCache.open(records), full: true }));
    expect(reopened.read).toBe(0);
  });

  it('forgets what a build that stopped before saving read', async () => {
    const cache = await RecordCache.open(records, false, { resident: true });
    expect((await build(options({ cache }))).read).toBe(0);
    const broken = path.join(seeds, 'broken.txt');
    const passing = path.join(seeds, 'passing.txt');
    await writeFile(broken, ' date 2016-02-30 A broken date\nText.\n');
    await writeFile(passing, ' date 2016-02-27 Here for one build\nText.\n');
    const { size, mtimeMs, ctimeMs, ino } = await stat(passing);
    const stopped = await build(options({ cache }));
    expect(stopped.written).toBe(false);
    expect(stopped.read).toBe(2);
    // Mended, and the other seed gone before any build was written: it never reaches the cache.
    await writeFile(broken, ' date 2016-02-28 A date mended\nText.\n');
    await rm(passing);
    const mended = await build(options({ cache }));
    expect(mended.written).toBe(true);
    expect(mended.read).toBe(1);
    await expectSameAsFullBuild(seeds, out, work);
    const onDisk = await RecordCache.open(records);
    expect(onDisk.get('passing.txt', { size, mtimeMs, ctimeMs, ino })).toBeUndefined();
    expect(onDisk.get('broken.txt', await stat(broken))).toBeDefined();
  });

  it('a one-off rebuild of a large archive relates on a thread of its own, and gives the bytes of a full build', async () => {
    const started = vi.spyOn(Relater.prototype, 'start');
    onTestFinished(() => started.mockRestore());
    // A full build relates here, whatever the archive's size, and keeps the relation for the next.
    const relation = path.join(cacheDirFor(out), RELATION_FILE);
    await rm(relation, { force: true });
    await build(options({ full: true, relateThreadAt: 1 }));
    expect(started).not.toHaveBeenCalled();
    const kept = await stat(relation);
    await writeFile(path.join(seeds, 'gen-6.txt'), ' date 2016-07-16 Harvest report 6, revised\nRevised, in Geneva, at the harvest.\n');
    expect((await build(options({ relateThreadAt: 1 }))).read).toBe(1);
    expect(started).toHaveBeenCalledTimes(1);
    await expectSameAsFullBuild(seeds, out, work);
    // The rebuild kept its own; a damaged one is not used.
    expect((await stat(relation)).mtimeMs).toBeGreaterThan(kept.mtimeMs);
    const bytes = await readFile(relation);
    bytes[bytes.length - 1]! ^= 1;
    await writeFile(relation, bytes);
    await writeFile(path.join(seeds, 'gen-6.txt'), ' date 2016-07-16 Harvest report 6, revised again\nRevised again, in Geneva.\n');
    const damaged = await build(options({ relateThreadAt: 1 }));
    expect(damaged.read).toBe(1);
    expect(damaged.phases.map((p) => p.name)).toContain('  of which waiting for related articles (related from scratch)');
    expect(started).toHaveBeenCalledTimes(2);
    await expectSameAsFullBuild(seeds, out, work);
    // Another title renders every page again, relating here (no thread) from the relation kept;
    // and back, after an edit, the same way, from the relation that build kept.
    const waits = (r: { phases: { name: string }[] }): string[] => r.phases.map((p) => p.name).filter((n) => n.includes('waiting for related articles'));
    expect(waits(await build(options({ title: 'Another Archive', relateThreadAt: 1 })))).toEqual(["  of which waiting for related articles (from the last build's relation)"]);
    await writeFile(path.join(seeds, 'gen-6.txt'), ' date 2016-07-16 Harvest report 6, revised once more\nRevised once more, in Geneva.\n');
    expect((await build(options({ relateThreadAt: 1 }))).linked).toBe(0);
    expect(started).toHaveBeenCalledTimes(2);
    await expectSameAsFullBuild(seeds, out, work);
    // Below the size (SPLIT_AT by default), here.
    await writeFile(path.join(seeds, 'gen-6.txt'), ' date 2016-07-16 Harvest report 6, revised twice\nRevised twice.\n');
    expect((await build(options())).read).toBe(1);
    expect(started).toHaveBeenCalledTimes(2);
    await expectSameAsFullBuild(seeds, out, work);
  });

  it("a one-off rebuild of a large archive reuses the articles' keys the last build kept, and gives the bytes of a full build", async () => {
    const keys = path.join(cacheDirFor(out), KEY_FILE);
    await rm(keys, { force: true });
    await build(options({ full: true, relateThreadAt: 1 }));
    const kept = await stat(keys);
    // A new name and a new source: the article's topics, its topics' pages and feeds change; the others' keys are reused.
    await writeFile(path.join(seeds, 'gen-8.txt'), ' date 2016-09-18 Harvest report 8\nGENEVA (Reuters) - Report 8 on the harvest, with Maria Lopez of the Harvest Council in Geneva. Maria Lopez said so.\n');
    expect((await build(options({ relateThreadAt: 1 }))).read).toBe(1);
    await expectSameAsFullBuild(seeds, out, work);
    expect((await stat(keys)).mtimeMs).toBeGreaterThan(kept.mtimeMs);
    // A damaged file is not used; another title renders every page again, with the keys kept.
    const bytes = await readFile(keys);
    bytes[bytes.length - 1]! ^= 1;
    await writeFile(keys, bytes);
    await writeFile(path.join(seeds, 'gen-8.txt'), ' date 2016-09-18 Harvest report 8\nReport 8 on the harvest in Geneva, revised.\n');
    expect((await build(options({ relateThreadAt: 1 }))).read).toBe(1);
    await expectSameAsFullBuild(seeds, out, work);
    expect((await build(options({ title: 'Another Archive', relateThreadAt: 1 }))).linked).toBe(0);
    await build(options({ relateThreadAt: 1 }));
    await expectSameAsFullBuild(seeds, out, work);
  });

  it('is what a build opens for itself without one: read again from disk', async () => {
    await rm(records, { recursive: true });
    await writeFile(path.join(seeds, 'gen-5.txt'), ' date 2016-06-15 Harvest report 5, revised\nRevised.\n');
    const result = await build(options());
    expect(result.read).toBe(result.report.seeds);
  });
});
