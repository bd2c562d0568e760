// A build killed mid-way leaves the previous site intact and, by the next build at the latest,
// no temporary folder behind. Two builds of the same seeds give the same bytes.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, cp, lstat, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyChanges, discard, writeAtomically } from '../../src/output/atomic.ts';
import { listFiles } from '../helpers/crawl.ts';
import { BIN, ROOT, runCli, tempDir } from '../helpers/cli.ts';

let work: string;
let seeds: string;
let out: string;

async function generate(dir: string, count: number, order: 'forward' | 'reverse' = 'forward'): Promise<void> {
  const indexes = Array.from({ length: count }, (_, i) => i);
  if (order === 'reverse') indexes.reverse();
  for (const i of indexes) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = String((i % 12) + 1).padStart(2, '0');
    await writeFile(path.join(dir, `gen-${String(i).padStart(4, '0')}.txt`), ` date 20${10 + (i % 8)}-${month}-${day} Report number ${i}\nThe text of report ${i}.\n`);
  }
}

// Temporary folders a build makes beside the output (the build cache, `.site.cache`, is meant to stay).
const others = async (): Promise<string[]> => (await readdir(work)).filter((e) => /^\..*\.(?:tmp|old)-/.test(e));

/**
 * The temporary folders left once their deletion, which builds leave to a process of its own (see
 * discard), is over. That process runs at the lowest priority: while the suite's other files build
 * on both cores it once took over 20 s to start deleting a small folder (2026-12-08), so it is given 90.
 */
async function othersOnceDeleted(): Promise<string[]> {
  const until = Date.now() + 90_000;
  let left = await others();
  while (left.length > 0 && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 50));
    left = await others();
  }
  return left;
}

async function killMidway(signal: NodeJS.Signals): Promise<void> {
  const child = spawn(process.execPath, [BIN, 'build', '--seeds', seeds, '--out', out], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  // Wait until the build has started writing its temporary folder, then kill it.
  const until = Date.now() + 60_000;
  while ((await others()).length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
  expect((await others()).length, 'a temporary folder appeared').toBeGreaterThan(0);
  child.kill(signal);
  await exited;
}

beforeAll(async () => {
  work = await tempDir();
  seeds = path.join(work, 'seeds');
  out = path.join(work, 'site');
  await mkdir(seeds);
  await cp(path.join(ROOT, 'seeds'), seeds, { recursive: true });
  await generate(seeds, 400);
  expect((await runCli(['build', '--seeds', seeds, '--out', out])).code).toBe(0);
});

describe('an interrupted build', () => {
  it('leaves the previous site intact and cleans up on SIGTERM', async () => {
    const before = await readFile(path.join(out, 'index.html'), 'utf8');
    await writeFile(path.join(seeds, 'new.txt'), ' date 2019-01-01 Added later\nText.\n');
    await killMidway('SIGTERM');
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe(before);
    expect(await othersOnceDeleted()).toEqual([]);
  });

  it('leaves the previous site intact on SIGKILL, and the next build removes what it left', async () => {
    const before = await readFile(path.join(out, 'index.html'), 'utf8');
    await killMidway('SIGKILL');
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe(before);
    const run = await runCli(['build', '--seeds', seeds, '--out', out]);
    expect(run.code).toBe(0);
    // Stopped before their commits, neither build touched the site nor its manifest: this one builds on them.
    expect(run.stdout).toMatch(/\(\d+ files? written, [1-9]\d* unchanged/);
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toContain('Added later');
    expect(await othersOnceDeleted()).toEqual([]);
  });

  it('finishes a commit under way before it stops on SIGINT or SIGTERM, and a second signal stops it at once', async () => {
    const dir = await tempDir('commit-signal-');
    const script = path.join(dir, 'commit.mts');
    // A commit that moves ten files in one by one, the signal arriving after the first.
    await writeFile(
      script,
      `import { mkdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { writeAtomically } from ${JSON.stringify(path.join(ROOT, 'src/output/atomic.ts'))};
const [out, signal, times] = process.argv.slice(2);
await writeAtomically(out, async (tmp) => {
  const { writeFile } = await import('node:fs/promises');
  for (let i = 0; i < 10; i++) await writeFile(path.join(tmp, i + '.txt'), 'new');
}, async (stage, target) => {
  await mkdir(target);
  for (let i = 0; i < 10; i++) {
    await rename(path.join(stage, i + '.txt'), path.join(target, i + '.txt'));
    if (i === 0) for (let k = 0; k < Number(times); k++) process.kill(process.pid, signal);
    await new Promise((r) => setTimeout(r, 30));
  }
});
console.log('returned');
`,
    );
    const run = (signal: string, times: number): Promise<{ code: number | null; stdout: string }> =>
      new Promise((resolve) => {
        const target = path.join(dir, `site-${signal}-${times}`);
        const child = spawn(process.execPath, ['--import', 'tsx', script, target, signal, String(times)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
        let stdout = '';
        child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
        child.on('exit', (code) => resolve({ code, stdout }));
      });
    for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
      const once = await run(signal, 1);
      expect(once.code).toBe(code);
      expect(once.stdout).toBe('');
      expect((await readdir(path.join(dir, `site-${signal}-1`))).filter((f) => f.endsWith('.txt')).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `${i}.txt`).sort());
    }
    const twice = await run('SIGINT', 2);
    expect(twice.code).toBe(130);
    expect((await readdir(path.join(dir, 'site-SIGINT-2'))).filter((f) => f.endsWith('.txt'))).toEqual(['0.txt']);
  });
});

describe('a full build over a site', () => {
  /**
   * A PATH whose `rm` notes its arguments in `log`, waits a second, then deletes: what is still
   * there after a build or discard() returned was not waited for.
   */
  async function slowRm(): Promise<{ path: string; log: string }> {
    const bin = await tempDir('slow-rm-');
    const log = path.join(bin, 'calls.log');
    await writeFile(path.join(bin, 'rm'), `#!/bin/sh\necho "$@" >> '${log}'\nsleep 1\nexec /bin/rm "$@"\n`, { mode: 0o755 });
    return { path: `${bin}${path.delimiter}${process.env.PATH ?? ''}`, log };
  }

  /** discard() with `rm` on the PATH (see slowRm). */
  async function discardWith(rm: { path: string }, dir: string): Promise<void> {
    const saved = process.env.PATH;
    process.env.PATH = rm.path;
    try {
      await discard(dir);
    } finally {
      process.env.PATH = saved;
    }
  }

  async function gone(dir: string): Promise<boolean> {
    const until = Date.now() + 20_000;
    while (existsSync(dir) && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    return !existsSync(dir);
  }

  it('puts the new site in place and leaves deleting the previous one to a process of its own', async () => {
    const files = await listFiles(out);
    const rm = await slowRm();
    const run = await runCli(['build', '--full', '--seeds', seeds, '--out', out], { env: { PATH: rm.path } });
    expect(run.code, run.stderr).toBe(0);
    expect(await listFiles(out)).toEqual(files);
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toContain('Added later');
    // The previous site was moved beside the output, whole, and handed to `rm`, which had not finished.
    const [old, ...more] = await others();
    expect(more).toEqual([]);
    expect(old).toMatch(/^\.site\.old-\d+-/);
    expect((await listFiles(path.join(work, old!))).length).toBe(files.length);
    expect(await readFile(rm.log, 'utf8')).toContain(`-rf -- ${path.join(work, old!)}`);
    expect(await gone(path.join(work, old!))).toBe(true);
  });

  it("leaves an old site that an `rm` is deleting to it, its build gone, and discards one no `rm` deletes", async () => {
    // A process that is gone: its number names the folders as a build's that was killed.
    const gonePid = spawnSync(process.execPath, ['-e', '0']).pid;
    const deleting = path.join(work, `.other-site.old-${gonePid}-1-0`);
    const left = path.join(work, `.other-site.old-${gonePid}-2-0`);
    for (const dir of [deleting, left]) {
      await mkdir(path.join(dir, 'a'), { recursive: true });
      await writeFile(path.join(dir, 'a', 'page.html'), 'x');
    }
    const rm = await slowRm();
    await discardWith(rm, deleting);
    const run = await runCli(['build', '--seeds', seeds, '--out', path.join(work, 'other-site')], { env: { PATH: rm.path } });
    expect(run.code, run.stderr).toBe(0);
    expect(await gone(left)).toBe(true);
    expect(await gone(deleting)).toBe(true);
    // One `rm` for each: the build started none for the folder being deleted.
    expect((await readFile(rm.log, 'utf8')).split('\n').filter(Boolean).sort()).toEqual([`-rf -- ${deleting}`, `-rf -- ${left}`].sort());
  });

  it('discard() resolves once `rm` is started, and `rm` deletes the folder', async () => {
    const dir = path.join(work, 'to-discard');
    await mkdir(path.join(dir, 'a', 'b'), { recursive: true });
    await writeFile(path.join(dir, 'a', 'b', 'page.html'), 'x');
    const rm = await slowRm();
    await discardWith(rm, dir);
    expect(existsSync(path.join(dir, 'a', 'b', 'page.html'))).toBe(true);
    expect(await gone(dir)).toBe(true);
    expect(await readFile(rm.log, 'utf8')).toBe(`-rf -- ${dir}\n`);
  });
});

/**
 * Makes a folder one this process may not write in, and returns what undoes it; null where it
 * cannot. Root writes in a folder whatever its mode, but not in one marked immutable.
 */
function makeReadOnly(dir: string): (() => Promise<void>) | null {
  if (process.getuid?.() !== 0) {
    void chmod(dir, 0o555);
    return () => chmod(dir, 0o755);
  }
  if (spawnSync('chattr', ['+i', dir]).status !== 0) return null;
  return async () => void spawnSync('chattr', ['-i', dir]);
}

describe('an incremental commit', () => {
  it('lands pages whose path turns from a file into a folder and back, and drops what is gone', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'site');
    const stage = path.join(dir, 'stage');
    // The previous site: `old.html` a file, `was-folder` a folder.
    await mkdir(path.join(target, 'was-folder', 'deep'), { recursive: true });
    await writeFile(path.join(target, 'old.html'), 'old page');
    await writeFile(path.join(target, 'was-folder', 'index.html'), 'old folder page');
    await writeFile(path.join(target, 'was-folder', 'deep', 'index.html'), 'old deeper page');
    await writeFile(path.join(target, 'kept.html'), 'kept');
    // The change: `old.html` is now a folder, `was-folder` a file.
    await mkdir(path.join(stage, 'old.html'), { recursive: true });
    await writeFile(path.join(stage, 'old.html', 'index.html'), 'new folder page');
    await writeFile(path.join(stage, 'was-folder'), 'new file');
    await applyChanges({
      files: ['old.html/index.html', 'was-folder'],
      deletes: ['old.html', 'was-folder/index.html', 'was-folder/deep/index.html'],
      folders: [],
    })(stage, target);
    expect(await listFiles(target)).toEqual(['kept.html', 'old.html/index.html', 'was-folder']);
    expect(await readFile(path.join(target, 'old.html', 'index.html'), 'utf8')).toBe('new folder page');
    expect(await readFile(path.join(target, 'was-folder'), 'utf8')).toBe('new file');
  });

  it('is refused before it changes anything when it may not write in a folder it changes, and leaves the output as it was', async (context) => {
    const dir = await tempDir();
    const target = path.join(dir, 'site');
    await writeAtomically(target, async (stage) => {
      await mkdir(path.join(stage, '2017/11'), { recursive: true });
      await writeFile(path.join(stage, 'index.html'), 'old home');
      await writeFile(path.join(stage, '2017/11/index.html'), 'old month');
    });
    // A new article's page goes into a folder that may be written, the home page into the
    // output's top, which may not (a site folder made read-only, or owned by the web server).
    const undo = makeReadOnly(target);
    if (!undo) return context.skip();
    let error: unknown;
    try {
      error = await writeAtomically(target, async (stage) => {
        await mkdir(path.join(stage, '2017/11/20'), { recursive: true });
        await writeFile(path.join(stage, '2017/11/20/index.html'), 'new article');
        await writeFile(path.join(stage, 'index.html'), 'new home');
      }, applyChanges({ files: ['2017/11/20/index.html', 'index.html'], deletes: [], folders: [] })).catch((e: unknown) => e);
    } finally {
      await undo();
    }
    expect((error as NodeJS.ErrnoException).code).toMatch(/^(?:EACCES|EPERM)$/);
    expect((error as { partlyCommitted?: boolean }).partlyCommitted).toBeUndefined();
    expect(await listFiles(target)).toEqual(['.news-archive', '2017/11/index.html', 'index.html']);
    expect(await readFile(path.join(target, 'index.html'), 'utf8')).toBe('old home');
  });

  it('refused before any change, keeps the previous manifest: the build after it is incremental, not full', async (context) => {
    const dir = await tempDir();
    const seedDir = path.join(dir, 'seeds');
    const site = path.join(dir, 'site');
    await mkdir(seedDir);
    await generate(seedDir, 12);
    expect((await runCli(['build', '--seeds', seedDir, '--out', site])).code).toBe(0);
    await writeFile(path.join(seedDir, 'new.txt'), ' date 2019-03-04 A new report\nThe text of the new report.\n');
    const undo = makeReadOnly(site);
    if (!undo) return context.skip();
    let refused;
    try {
      refused = await runCli(['build', '--seeds', seedDir, '--out', site]);
    } finally {
      await undo();
    }
    expect(refused.code, refused.stdout).toBe(3);
    const next = await runCli(['build', '--seeds', seedDir, '--out', site]);
    expect(next.code, next.stderr).toBe(0);
    const counts = /\((\d+) files? written, (\d+) unchanged/.exec(next.stdout);
    expect(counts, next.stdout).not.toBeNull();
    expect(Number(counts![2])).toBeGreaterThan(Number(counts![1]));
  });

  it('says so when it fails part of the way, since the output has changed', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'site');
    // A site an earlier build wrote.
    await writeAtomically(target, async (stage) => writeFile(path.join(stage, 'index.html'), 'old'));
    const failing = async (_stage: string, into: string): Promise<void> => {
      await writeFile(path.join(into, 'index.html'), 'new');
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    };
    const error = await writeAtomically(target, async () => {}, failing).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'ENOSPC', partlyCommitted: true });
    // A whole swap that fails leaves the previous site: nothing to say.
    const before = await writeAtomically(target, async () => {
      throw Object.assign(new Error('EIO'), { code: 'EIO' });
    }).catch((e: unknown) => e);
    expect((before as { partlyCommitted?: boolean }).partlyCommitted).toBeUndefined();
  });
});

describe('reproducible output', () => {
  it('is byte-identical from another folder, with seeds written in another order, under another TZ and locale', async () => {
    const elsewhere = path.join(await tempDir('other-place-'), 'deeper', 'my seeds');
    await mkdir(elsewhere, { recursive: true });
    await generate(elsewhere, 400, 'reverse');
    await cp(path.join(ROOT, 'seeds'), elsewhere, { recursive: true });
    await writeFile(path.join(elsewhere, 'new.txt'), ' date 2019-01-01 Added later\nText.\n');
    const out2 = path.join(path.dirname(elsewhere), 'out');
    const run = await runCli(['build', '--seeds', elsewhere, '--out', out2], { env: { TZ: 'Asia/Kathmandu', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' } });
    expect(run.code).toBe(0);
    const files = await listFiles(out);
    expect(await listFiles(out2)).toEqual(files);
    for (const f of files) expect((await readFile(path.join(out2, f))).equals(await readFile(path.join(out, f))), f).toBe(true);
  });
});

describe('an output reached through a link', () => {
  it('is written into the folder the link names, made if missing, and the link stays', async () => {
    const dir = await tempDir();
    const link = path.join(dir, 'www');
    // As deployed: www -> releases/3, a release folder not made yet.
    await symlink(path.join(dir, 'releases', '3'), link);
    await writeAtomically(link, async (tmp) => writeFile(path.join(tmp, 'index.html'), 'new site'));
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readFile(path.join(dir, 'releases', '3', 'index.html'), 'utf8')).toBe('new site');
    // And again, through a relative link, once the folder is there.
    const relative = path.join(dir, 'current');
    await symlink('releases/3', relative);
    await writeAtomically(relative, async (tmp) => writeFile(path.join(tmp, 'index.html'), 'newer site'));
    expect(await readFile(path.join(dir, 'releases', '3', 'index.html'), 'utf8')).toBe('newer site');
  });
});

describe('builds into one output at once (QA 24 b)', () => {
  it('refuses a second build while one writes the output, and takes over the lock a killed build left', async () => {
    const child = spawn(process.execPath, [BIN, 'build', '--seeds', seeds, '--out', out, '--full'], { stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const until = Date.now() + 60_000;
    while ((await others()).length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    const second = await runCli(['build', '--seeds', seeds, '--out', out]);
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(/another build \(process \d+\) is writing ".*site": wait for it to end/);
    expect(await exited).toBe(0);
    // A lock whose process is gone (killed outright) is no lock.
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((r) => gone.on('exit', r));
    await writeFile(path.join(work, '.site.cache', 'lock'), `${gone.pid}\n`);
    expect((await runCli(['build', '--seeds', seeds, '--out', out])).code).toBe(0);
    expect(existsSync(path.join(work, '.site.cache', 'lock'))).toBe(false);
  });
});

describe('an output link turned to another release folder (QA 24 b)', () => {
  it('is rebuilt there, not taken for the folder the last build wrote', async () => {
    const dir = await tempDir();
    const small = path.join(dir, 'seeds');
    await cp(path.join(ROOT, 'seeds'), small, { recursive: true });
    const link = path.join(dir, 'news');
    const point = async (to: string): Promise<void> => {
      await rm(link, { force: true });
      await symlink(path.join('rel', to), link);
    };
    await mkdir(path.join(dir, 'rel'));
    await point('blue');
    expect((await runCli(['build', '--seeds', small, '--out', link])).code).toBe(0);
    await point('green');
    expect((await runCli(['build', '--seeds', small, '--out', link])).code).toBe(0);
    await point('blue');
    const seed = path.join(small, (await readdir(small)).find((f) => f.endsWith('.txt'))!);
    await writeFile(seed, `${(await readFile(seed, 'utf8')).trimEnd()} An extra closing sentence.\n`);
    expect((await runCli(['build', '--seeds', small, '--out', link])).code).toBe(0);
    await point('green');
    expect((await runCli(['build', '--seeds', small, '--out', link])).code).toBe(0);
    const pages = await listFiles(path.join(dir, 'rel', 'green'));
    const texts = await Promise.all(pages.filter((f) => f.endsWith('index.html')).map((f) => readFile(path.join(dir, 'rel', 'green', f), 'utf8')));
    expect(texts.some((t) => t.includes('An extra closing sentence.'))).toBe(true);
  });
});
