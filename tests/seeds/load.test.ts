// Loading a seeds folder: worker threads read exactly what the main thread reads, problems
// included, in the same order; the cache returns what was read.
import { mkdirSync, unlinkSync } from 'node:fs';
import { cp, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BucketReads, BUCKETS, bucketFile, bucketOf, type FileStamp, readerSources, RecordCache } from '../../src/seeds/cache.ts';
import { type LoadedSeeds, loadSeeds, RACY_MS, racyProof } from '../../src/seeds/load.ts';
import { blocksOf } from '../../src/seeds/words.ts';
import { textOf } from '../../src/seeds/stored-text.ts';
import type { Block, ReadResult, SeedRecord } from '../../src/types.ts';
import { readSealedPair, writeSealedPair } from '../../src/output/sealed-file.ts';
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

/** Records with their bodies as blocks, however they are held. */
/** The records with their bodies' blocks, and their terms as strings, however they were kept (see Text). */
function withBlocks(loaded: LoadedSeeds): Omit<LoadedSeeds, 'records'> & { records: (Omit<SeedRecord, 'body' | 'terms' | 'termCounts'> & { body: Block[]; terms: string; termCounts: string })[] } {
  return { ...loaded, records: loaded.records.map((r) => ({ ...r, body: blocksOf(r), terms: textOf(r.terms), termCounts: textOf(r.termCounts) })) };
}

describe('loadSeeds', () => {
  it('reads a post\'s folder as exports keep it: its images and media are no seeds and no problems; any other file is reported', async () => {
    const dir = path.join(await tempDir(), 'seeds');
    const bundle = path.join(dir, 'posts', '2017-11-14-council-ok', 'images');
    await mkdir(bundle, { recursive: true });
    await writeFile(path.join(dir, 'posts', '2017-11-14-council-ok', 'index.md'), '---\ntitle: Council approves the plan\ndate: 2017-11-14\n---\n![Chamber](images/IMG_2034.JPG)\n\nThe council voted.\n');
    for (const name of ['IMG_2034.JPG', 'chart.png', 'clip.mp4', 'report.pdf', 'logo.svg', 'minutes.docx', 'main.css', 'site.js', 'font.woff2']) await writeFile(path.join(bundle, name), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
    await writeFile(path.join(bundle, 'notes.html'), '<p>An article?</p>');
    // Hugo's page of a section, which lists its posts: no post.
    await writeFile(path.join(dir, 'posts', '_index.md'), '+++\ntitle = "Posts"\ndate = 2023-01-01T10:00:00+01:00\n+++\n');
    await writeFile(path.join(dir, 'posts', '_index.fr.md'), '+++\ntitle = "Articles"\n+++\n');
    const loaded = await loadSeeds(dir, { workers: 0 });
    expect(loaded.records.map((r) => r.file)).toEqual(['posts/2017-11-14-council-ok/index.md']);
    expect(loaded.problems.map((p) => [p.file, p.message])).toEqual([['posts/2017-11-14-council-ok/images/notes.html', '".html" files are not seeds']]);
  });

  it('reads the same records and problems with worker threads as without', async () => {
    const dir = await mixedFolder();
    const inline = await loadSeeds(dir, { workers: 0 });
    const pooled = await loadSeeds(dir, { workers: 2 });
    expect(inline.records.length).toBeGreaterThan(10);
    expect(inline.problems.length).toBeGreaterThan(5);
    expect(pooled).toEqual(inline);
  });

  it('counts a file deleted after the folder was listed as never listed, and reports one that cannot be read, with or without threads and cache', async () => {
    for (const [workers, cached] of [[1, false], [0, true]] as const) {
      const dir = path.join(await tempDir(), 'seeds');
      await mkdir(dir);
      for (let i = 0; i < 300; i++) await writeFile(path.join(dir, `s${String(i).padStart(3, '0')}.txt`), ` date 2016-01-0${(i % 9) + 1} Story ${i}\nText of story ${i}.\n`);
      const cache = cached ? await RecordCache.open(path.join(await tempDir(), 'records'), false) : undefined;
      let deleted = false;
      // Reading goes in order, a few batches at a time: the last file is read long after the first.
      const loaded = await loadSeeds(dir, {
        workers,
        cache,
        onProgress: () => {
          if (!deleted) {
            unlinkSync(path.join(dir, 's299.txt'));
            // Listed as a file, read as a folder.
            unlinkSync(path.join(dir, 's298.txt'));
            mkdirSync(path.join(dir, 's298.txt'));
          }
          deleted = true;
        },
      });
      expect(deleted).toBe(true);
      expect(loaded.problems).toEqual([expect.objectContaining({ file: 's298.txt', line: 1, message: 'cannot read the file: EISDIR' })]);
      expect(loaded.files).toBe(299);
      expect(loaded.records.map((r) => r.file)).not.toContain('s299.txt');
      expect(loaded.records).toHaveLength(298);
    }
  });

  it('reports progress for every file, and fills and then uses the cache', async () => {
    const dir = await mixedFolder();
    const cacheFile = path.join(await tempDir(), 'records');
    const first = await RecordCache.open(cacheFile, false);
    const seen: number[] = [];
    const read = await loadSeeds(dir, { cache: first, workers: 2, onProgress: (done, total) => seen.push(done / total) });
    expect(seen.at(-1)).toBe(1);
    expect(seen).toHaveLength(read.files);
    await first.save();
    const again = await loadSeeds(dir, { cache: await RecordCache.open(cacheFile, false), workers: 0 });
    // The cache keeps bodies as bytes, not strings: the same blocks.
    expect(again.records.some((r) => typeof r.body !== 'string')).toBe(true);
    expect(withBlocks(again)).toEqual({ ...withBlocks(read), cached: read.files, fresh: new Set() });
    expect(read.cached).toBe(0);
    // Every record the first read anew; none the second, which took them from the cache.
    expect(read.records.every((r) => read.fresh.has(r))).toBe(true);
    expect(again.fresh.size).toBe(0);
    expect(withBlocks(again).records.some((r) => r.body.length > 1)).toBe(true);
    // Summaries that are the lede (stored once) and front matter ones both come back.
    expect(again.records.some((r) => r.summary === r.lede)).toBe(true);
    expect(again.records.some((r) => r.summary !== r.lede)).toBe(true);
  });
});

describe('the record cache', () => {
  const stamp = (size: number): FileStamp => ({ size, mtimeMs: 1, ctimeMs: 1, ino: 1 });
  const result = (file: string): ReadResult => ({ ok: false, problems: [{ file, line: 1, message: 'm' }] });
  /** Names that fall into two different buckets. */
  const names = Array.from({ length: 200 }, (_, i) => `seed-${i}.txt`);
  const inBucket = (b: number): string[] => names.filter((n) => bucketOf(n) === b);
  const [a, b] = [bucketOf(names[0]!), bucketOf(names.find((n) => bucketOf(n) !== bucketOf(names[0]!))!)];

  async function filled(): Promise<string> {
    const dir = path.join(await tempDir(), 'records');
    const cache = await RecordCache.open(dir);
    for (const n of names) cache.set(n, stamp(1), result(n));
    await cache.save();
    return dir;
  }

  it('rewrites only the bucket of a changed file, and forgets deleted files', async () => {
    const dir = await filled();
    const before = await Promise.all(Array.from({ length: BUCKETS }, (_, i) => stat(bucketFile(dir, i)).then((s) => s.ino, () => null)));
    const cache = await RecordCache.open(dir);
    for (const n of names) if (n !== inBucket(a)[0] && n !== inBucket(b)[0]) expect(cache.get(n, stamp(1))).toEqual(result(n));
    // inBucket(a)[0] changed; inBucket(b)[0] was deleted (not asked for).
    expect(cache.get(inBucket(a)[0]!, stamp(2))).toBeUndefined();
    cache.set(inBucket(a)[0]!, stamp(2), result('changed'));
    await cache.save();
    // A bucket is rewritten by a rename: a new inode.
    const after = await Promise.all(Array.from({ length: BUCKETS }, (_, i) => stat(bucketFile(dir, i)).then((s) => s.ino, () => null)));
    const rewritten = after.flatMap((m, i) => (m !== before[i] ? [i] : []));
    expect(rewritten.sort()).toEqual([a, b].sort());
    const again = await RecordCache.open(dir);
    expect(again.get(inBucket(a)[0]!, stamp(2))).toEqual(result('changed'));
    expect(again.get(inBucket(b)[0]!, stamp(1))).toBeUndefined();
    expect(again.get(inBucket(b)[1]!, stamp(1))).toEqual(result(inBucket(b)[1]!));
  });

  it("names its records' generation: the same once read back, another once a bucket is written again, none while one is unsaved", async () => {
    const dir = await filled();
    const cache = await RecordCache.open(dir);
    const generation = cache.generation();
    expect(generation).not.toBeNull();
    // The last build's records, whatever the files' stamps now.
    const withRecord = (await loadSeeds(REAL_SEEDS, { workers: 0 })).records[0]!;
    expect(cache.lastRecords().size).toBe(0);
    for (const n of names) expect(cache.get(n, stamp(1))).toBeDefined();
    // Nothing changed: nothing written, the same generation.
    await cache.save();
    expect(cache.generation()).toBe(generation);
    expect((await RecordCache.open(dir)).generation()).toBe(generation);
    const next = await RecordCache.open(dir);
    for (const n of names) next.get(n, stamp(1));
    next.set(withRecord.file, stamp(5), { ok: true, record: withRecord });
    await next.save();
    const saved = next.generation();
    expect(saved).not.toBeNull();
    expect(saved).not.toBe(generation);
    const reopened = await RecordCache.open(dir);
    expect(reopened.generation()).toBe(saved);
    expect([...reopened.lastRecords().keys()]).toEqual([withRecord.file]);
    expect(reopened.lastRecords().get(withRecord.file)?.title).toBe(withRecord.title);
    // A bucket not there (the folder is safe to delete): no generation.
    await rm(bucketFile(dir, a));
    expect((await RecordCache.open(dir)).generation()).toBeNull();
    // A fresh cache has none until it is saved.
    const fresh = await RecordCache.open(dir, true);
    expect(fresh.generation()).toBeNull();
    await fresh.save();
    expect(fresh.generation()).not.toBeNull();
  });

  it('ignores a damaged bucket, and only that one, and rewrites it', async () => {
    const dir = await filled();
    await writeFile(bucketFile(dir, a), 'not a cache');
    const cache = await RecordCache.open(dir);
    for (const n of names) expect(cache.get(n, stamp(1))).toEqual(bucketOf(n) === a ? undefined : result(n));
    for (const n of inBucket(a)) cache.set(n, stamp(1), result(n));
    await cache.save();
    const again = await RecordCache.open(dir);
    for (const n of names) expect(again.get(n, stamp(1))).toEqual(result(n));
  });

  it('ignores a bucket damaged in place, its size kept, where the text of a record changed', async () => {
    const dir = path.join(await tempDir(), 'records');
    const cache = await RecordCache.open(dir);
    const seeds = await loadSeeds(REAL_SEEDS, { workers: 0 });
    seeds.records.forEach((r, i) => cache.set(r.file, stamp(i + 1), { ok: true, record: r }));
    await cache.save();
    const damaged = bucketOf(seeds.records[0]!.file);
    const bytes = await readFile(bucketFile(dir, damaged));
    const at = bytes.indexOf('Geneva');
    expect(at).toBeGreaterThan(32);
    bytes[at] = 'X'.charCodeAt(0);
    await writeFile(bucketFile(dir, damaged), bytes);
    const again = await RecordCache.open(dir);
    seeds.records.forEach((r, i) => {
      const got = again.get(r.file, stamp(i + 1));
      if (bucketOf(r.file) === damaged) expect(got).toBeUndefined();
      else expect(got?.ok && got.record.title).toBe(r.title);
    });
  });

  it('ignores a bucket whose bodies do not hold what its records point to', async () => {
    const dir = path.join(await tempDir(), 'records');
    const cache = await RecordCache.open(dir);
    const seeds = await loadSeeds(REAL_SEEDS, { workers: 0 });
    const files = seeds.records.map((r) => r.file);
    seeds.records.forEach((r, i) => cache.set(r.file, stamp(i + 1), { ok: true, record: r }));
    await cache.save();
    const damaged = bucketOf(files[0]!);
    // Damaged and sealed again (see sealed-file.ts), so that only the ranges can tell.
    const [entries, bodies] = (await readSealedPair(bucketFile(dir, damaged)))!;
    await writeSealedPair(bucketFile(dir, damaged), entries, bodies.subarray(0, 10));
    const again = await RecordCache.open(dir);
    files.forEach((f, i) => {
      const got = again.get(f, stamp(i + 1));
      if (bucketOf(f) === damaged) expect(got).toBeUndefined();
      else expect(got?.ok && blocksOf(got.record)).toEqual(blocksOf(seeds.records[i]!));
    });
  });

  it("keeps of a bucket, in the records it gives, their bodies' bytes and not the file's", async () => {
    const dir = path.join(await tempDir(), 'records');
    const cache = await RecordCache.open(dir);
    const seeds = await loadSeeds(REAL_SEEDS, { workers: 0 });
    seeds.records.forEach((r, i) => cache.set(r.file, stamp(i + 1), { ok: true, record: r }));
    await cache.save();
    const again = await RecordCache.open(dir);
    for (const [i, r] of seeds.records.entries()) {
      const got = again.get(r.file, stamp(i + 1));
      const body = got?.ok ? got.record.body : null;
      if (body === null || typeof body === 'string') throw new Error(`${r.file}: no body from the cache`);
      // A buffer of the bodies (and terms) alone: the file's serialised entries are not kept alive with them.
      const { size } = await stat(bucketFile(dir, bucketOf(r.file)));
      expect(body.bytes.buffer.byteLength).toBe(body.bytes.byteLength);
      expect(body.bytes.byteLength).toBeLessThan(size * 0.8);
      expect(got?.ok && blocksOf(got.record)).toEqual(blocksOf(r));
      // The terms are bytes of that buffer too, decoded only when read.
      const terms = got?.ok ? got.record.terms : null;
      if (terms === null || typeof terms === 'string') throw new Error(`${r.file}: terms as a string from the cache`);
      expect(terms.bytes).toBe(body.bytes);
      expect(got?.ok && [textOf(got.record.terms), textOf(got.record.termCounts)]).toEqual([r.terms, r.termCounts]);
    }
  });

  it('lets go of its records once saved, and a second save keeps what the first wrote', async () => {
    const dir = await filled();
    const cache = await RecordCache.open(dir);
    for (const n of names) expect(cache.get(n, stamp(1))).toEqual(result(n));
    cache.set(inBucket(a)[0]!, stamp(2), result('changed'));
    await cache.save();
    // Nothing is held any more: a build does not keep every record twice.
    expect(cache.get(names[0]!, stamp(1))).toBeUndefined();
    await cache.save();
    const again = await RecordCache.open(dir);
    for (const n of names) expect(again.get(n, stamp(n === inBucket(a)[0] ? 2 : 1))).toEqual(n === inBucket(a)[0] ? result('changed') : result(n));
  });

  it('opens the same from buckets read ahead (see BucketReads), a damaged one ignored; cancelled, starts empty', async () => {
    const dir = await filled();
    await writeFile(bucketFile(dir, a), 'not a cache');
    const cache = await RecordCache.open(dir, false, { reads: new BucketReads(dir) });
    for (const n of names) expect(cache.get(n, stamp(1))).toEqual(bucketOf(n) === a ? undefined : result(n));
    const cancelled = new BucketReads(dir);
    cancelled.cancel();
    expect((await cancelled.buffers).every((b) => b === null)).toBe(true);
    const empty = await RecordCache.open(dir, false, { reads: cancelled });
    expect(names.every((n) => empty.get(n, stamp(1)) === undefined)).toBe(true);
    // Every bucket is written again, as for a cache that was not there.
    for (const n of names) empty.set(n, stamp(1), result(n));
    await empty.save();
    const again = await RecordCache.open(dir);
    for (const n of names) expect(again.get(n, stamp(1))).toEqual(result(n));
  });

  it('starts empty with fresh, and a path keeps its bucket', async () => {
    const dir = await filled();
    const cache = await RecordCache.open(dir, true);
    expect(cache.get(names[0]!, stamp(1))).toBeUndefined();
    expect(bucketOf('2017/a.txt')).toBe(bucketOf('2017/a.txt'));
    expect(new Set(names.map(bucketOf)).size).toBeGreaterThan(BUCKETS / 2);
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

describe('stamps on a file system of whole seconds (QA 24 b)', () => {
  it('are of this build alone for a file changed within seconds of the listing, so that a change in the same second is read next time', () => {
    const listedAt = 1_700_000_000_500;
    const stamp = { size: 10, mtimeMs: 1_700_000_000_000, ctimeMs: 1_700_000_000_000, ino: 7 };
    // Written in the second the build listed it: a second write of the same size would keep the stamp.
    expect(racyProof(stamp, listedAt)).toEqual({ ...stamp, mtimeMs: -listedAt });
    // The next build's stamp differs whatever it finds, so that the file is read again.
    expect(racyProof(stamp, listedAt + 1000)).not.toEqual(racyProof(stamp, listedAt));
    // Older than that, or with times finer than seconds (a file system that keeps nanoseconds), the stamp is trusted.
    expect(racyProof(stamp, stamp.mtimeMs + RACY_MS + 1)).toBe(stamp);
    const fine = { ...stamp, mtimeMs: 1_700_000_000_123.456, ctimeMs: 1_700_000_000_123.456 };
    expect(racyProof(fine, listedAt)).toBe(fine);
  });
});

describe("a Jekyll or Hugo site's own folder as the seeds folder (QA 25)", () => {
  const write = async (root: string, files: Record<string, string>): Promise<void> => {
    for (const [file, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(root, file)), { recursive: true });
      await writeFile(path.join(root, file), text);
    }
  };

  it("reads a Jekyll site's _posts and _drafts, and of the rest only the files posts show", async () => {
    const root = await tempDir();
    await write(root, {
      '_config.yml': 'title: Site\n', Gemfile: 'source "https://rubygems.org"\n', 'README.md': '# Readme\n', 'about.md': '---\nlayout: page\ntitle: About\n---\nAbout us.\n',
      'robots.txt': 'User-agent: *\n', '_layouts/default.html': '<html></html>\n', '_data/x.yml': 'a: 1\n', '_site/2019/index.html': 'copy\n', '_site/assets/copy.png': 'PNG',
      'assets/images/podium.png': 'PNG', '_posts/2019-02-20-podium.md': '---\ntitle: Podium\n---\nThe podium was built.\n', '_drafts/later.md': '---\ntitle: Later\n---\nDraft.\n',
      // A category's posts, as Jekyll reads them (QA 26).
      'news/_posts/2019-07-02-category.md': '---\ntitle: Category\n---\nA post of the news category.\n',
    });
    const loaded = await loadSeeds(root);
    expect(loaded.problems).toEqual([]);
    expect(loaded.records.map((r) => [r.file, r.draft])).toEqual([['_drafts/later.md', true], ['_posts/2019-02-20-podium.md', false], ['news/_posts/2019-07-02-category.md', false]]);
    expect(loaded.listing.media).toEqual(['assets/images/podium.png']);
  });

  it("reads a Hugo site's content sections, not its own pages at the top of content, and of the rest only the files posts show", async () => {
    const root = await tempDir();
    await write(root, {
      'hugo.toml': 'title = "Site"\n', 'archetypes/default.md': '---\ntitle: x\n---\n', 'themes/t/README.md': '# Theme\n', 'layouts/_default/single.html': '<html></html>\n',
      'content/about.md': '---\ntitle: About\n---\nAbout.\n', 'content/posts/_index.md': '---\ntitle: Posts\n---\n', 'public/images/crane.png': 'PNG',
      'content/posts/crane.md': '---\ntitle: Crane collapses\ndate: 2023-04-11\n---\nA crane collapsed.\n', 'static/images/crane.png': 'PNG',
    });
    const loaded = await loadSeeds(root);
    expect(loaded.problems).toEqual([]);
    expect(loaded.records.map((r) => r.file)).toEqual(['content/posts/crane.md']);
    expect(loaded.listing.media).toEqual(['static/images/crane.png']);
    // A folder with the configuration but not the posts' folder is read as any folder; so is one
    // with a `config.toml` and a `content` folder but none of Hugo's own folders (QA 26).
    const plain = await tempDir();
    await write(plain, { 'config.toml': 'x = 1\n', 'a.md': '---\ntitle: A\ndate: 2023-04-11\n---\nText.\n' });
    expect((await loadSeeds(plain)).problems.map((p) => [p.file, p.message])).toEqual([['config.toml', '".toml" files are not seeds']]);
    const generic = await tempDir();
    await write(generic, { 'config.json': '{}\n', 'content/posts/p.md': '---\ntitle: P\ndate: 2023-04-11\n---\nText.\n', 'top.txt': ' date 2023-04-12 Top\nText of the top seed.\n' });
    const read = await loadSeeds(generic);
    expect(read.records.map((r) => r.file)).toEqual(['content/posts/p.md', 'top.txt']);
  });
});
