// `serve` keeps on disk what only the next process's builds use (the articles' keys, the
// relation, the placement's decisions) once it is idle, or when it stops: not during its rebuilds (see BuildOptions.keep).
import { existsSync, statSync } from 'node:fs';
import { cp, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { register } from 'tsx/esm/api';
import { describe, expect, it, onTestFinished } from 'vitest';
import { PLACEMENT_FILE } from '../../src/archive/placement-file.ts';
import { build, DEFAULT_TITLE } from '../../src/build.ts';
import { serve } from '../../src/cli/serve.ts';
import { RELATION_FILE } from '../../src/enrich/relation-file.ts';
import { cacheDirFor, rendererVersion } from '../../src/output/incremental.ts';
import { KEY_FILE, loadKeys } from '../../src/site/key-file.ts';
import { ROOT, tempDir } from '../helpers/cli.ts';

// Eleventy imports .eleventy.ts and the templates itself, outside vitest's loader, as the CLI does.
register();

async function waitFor(check: () => boolean, what: string, ms = 30_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('serve', () => {
  it("keeps the articles' keys, the relation and the placement once idle, and when it stops, not while it rebuilds", async () => {
    const dir = await tempDir();
    const seeds = path.join(dir, 'seeds');
    const out = path.join(dir, 'site');
    await cp(path.join(ROOT, 'seeds'), seeds, { recursive: true });
    for (let i = 0; i < 12; i++) await writeFile(path.join(seeds, `gen-${i}.txt`), ` date 2016-0${(i % 9) + 1}-1${i % 10} Harvest report ${i}\nReport ${i} on the harvest in Geneva.\n`);
    const relation = path.join(cacheDirFor(out), RELATION_FILE);
    const keys = path.join(cacheDirFor(out), KEY_FILE);
    const placement = path.join(cacheDirFor(out), PLACEMENT_FILE);
    let log = '';
    const builds = (): number => log.split('\n').filter((l) => l.startsWith('Built ')).length;
    // relateThreadAt 1: this small archive is kept as one of 50,000 articles would be.
    const stop = await serve({ seeds, out, baseUrl: '/', title: DEFAULT_TITLE, lenient: false, keepDuplicates: false, full: false, quiet: true, relateThreadAt: 1 }, 0, (line) => (log += `${line}\n`));
    let stopped = false;
    onTestFinished(async () => {
      if (!stopped) await stop();
    });
    // The first build keeps its relation itself (it relates on this thread); its keys once idle.
    expect(builds()).toBe(1);
    expect(existsSync(relation)).toBe(true);
    expect(existsSync(keys)).toBe(false);
    await waitFor(() => existsSync(keys), 'the keys kept once idle');

    await waitFor(() => existsSync(placement), 'the placement kept once idle');

    // A rebuild keeps none while it runs; all once idle.
    await rm(relation);
    await rm(placement);
    const keysBefore = (await stat(keys)).mtimeMs;
    await writeFile(path.join(seeds, 'gen-3.txt'), ' date 2016-04-13 Harvest report 3, revised\nRevised, in Geneva.\n');
    await waitFor(() => builds() === 2, 'the rebuild');
    expect(existsSync(relation)).toBe(false);
    expect(existsSync(placement)).toBe(false);
    expect((await stat(keys)).mtimeMs).toBe(keysBefore);
    await waitFor(() => existsSync(relation) && existsSync(placement) && modified(keys) > keysBefore, 'the relation, the placement and the keys kept once idle');

    // Stopped right after a rebuild: kept before it ends.
    await rm(relation);
    await rm(keys);
    await rm(placement);
    await writeFile(path.join(seeds, 'gen-4.txt'), ' date 2016-05-14 Harvest report 4, revised\nRevised, in Geneva.\n');
    await waitFor(() => builds() === 3, 'the second rebuild');
    await stop();
    stopped = true;
    expect(existsSync(relation)).toBe(true);
    expect(existsSync(keys)).toBe(true);
    expect(existsSync(placement)).toBe(true);
    // With each article page's parts' digest, which serve made from the parts it holds (see ArticleKeys.pageDigest).
    const kept = (await loadKeys(keys, await rendererVersion()))!;
    expect(kept.files.length).toBeGreaterThan(12);
    expect(kept.pages.every((p) => /^[\w-]{22}$/.test(p))).toBe(true);
    // The placement kept is the last rebuild's, as it stood when kept: the next process takes it up.
    await writeFile(path.join(seeds, 'gen-5.txt'), ' date 2016-06-15 Harvest report 5, revised\nRevised, in Geneva.\n');
    const next = await build({ seeds, out, baseUrl: '/', title: DEFAULT_TITLE, lenient: false, keepDuplicates: false, full: false, quiet: true, relateThreadAt: 1 });
    expect(next.read).toBe(1);
    expect(next.phases.map((p) => p.name).find((name) => name.startsWith('place articles'))).toMatch(/: the last build's choice and topics reused/);
  });
});

/** A file's modification time, or 0 while it is not there. */
function modified(file: string): number {
  return statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0;
}
