// Rendering in chunks (one run of Eleventy per chunk) gives exactly the bytes of one run, in a
// full build and in an incremental one.
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { register } from 'tsx/esm/api';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildOptions, CHUNK_LIMITS, chunkLimitsFor, ONE_RUN_PAGES } from '../../src/build.ts';
import { listFiles } from '../helpers/crawl.ts';
import { ROOT, tempDir } from '../helpers/cli.ts';

// Eleventy imports .eleventy.ts and the templates itself, outside vitest's loader, as the CLI does.
register();

let work: string;
let seeds: string;

const options = (out: string, extra: Partial<BuildOptions> = {}): BuildOptions => ({
  seeds, out, baseUrl: '/news/', title: 'Chunks', lenient: false, keepDuplicates: false, full: false, quiet: true, ...extra,
});

async function expectSameFiles(a: string, b: string): Promise<void> {
  const files = await listFiles(a);
  expect(await listFiles(b)).toEqual(files);
  for (const f of files) expect((await readFile(path.join(b, f))).equals(await readFile(path.join(a, f))), f).toBe(true);
}

beforeAll(async () => {
  work = await tempDir();
  seeds = path.join(work, 'seeds');
  await mkdir(seeds);
  await cp(path.join(ROOT, 'seeds'), seeds, { recursive: true });
  await cp(path.join(ROOT, 'tests/fixtures/site'), seeds, { recursive: true });
  for (let i = 0; i < 60; i++) {
    await writeFile(path.join(seeds, `gen-${i}.md`), `---\ntitle: Harvest report ${i}\ndate: 2016-0${(i % 9) + 1}-1${i % 10}\ntopics: [Harvest]\n---\nReport ${i} on the harvest in Geneva.\n`);
  }
});

describe('chunked rendering', () => {
  it('gives the same site whatever the chunks, by count or by bytes', async () => {
    const one = path.join(work, 'one');
    const result = await build(options(one, { full: true }));
    expect(result.written).toBe(true);
    expect(result.rendered).toBeGreaterThan(100);
    for (const [name, chunkLimits] of [['by-count', { items: 7, bytes: 2 ** 40 }], ['by-bytes', { items: 2 ** 40, bytes: 20_000 }]] as const) {
      const out = path.join(work, name);
      expect((await build(options(out, { full: true, chunkLimits }))).written).toBe(true);
      await expectSameFiles(one, out);
    }
  });

  it('gives the same site after an incremental rebuild in small chunks', async () => {
    const out = path.join(work, 'incremental');
    const chunkLimits = { items: 5, bytes: 2 ** 40 };
    await build(options(out, { chunkLimits }));
    await writeFile(path.join(seeds, 'gen-7.md'), `---\ntitle: Harvest report 7, revised\ndate: 2016-08-17\ntopics: [Harvest, Drought]\n---\nRevised.\n`);
    const again = await build(options(out, { chunkLimits }));
    expect(again.rendered).toBeGreaterThan(5);
    expect(again.linked).toBeGreaterThan(again.rendered);
    const full = path.join(work, 'incremental-full');
    await build(options(full, { full: true }));
    await expectSameFiles(full, out);
  });

  it('renders a small site in one run and a large one in runs of CHUNK_LIMITS', () => {
    expect(ONE_RUN_PAGES).toBeGreaterThan(CHUNK_LIMITS.items);
    for (const pages of [1, 120, ONE_RUN_PAGES]) expect(chunkLimitsFor(pages)).toEqual({ items: ONE_RUN_PAGES, bytes: CHUNK_LIMITS.bytes });
    for (const pages of [ONE_RUN_PAGES + 1, 100_000]) expect(chunkLimitsFor(pages)).toEqual(CHUNK_LIMITS);
  });
});
