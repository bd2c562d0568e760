// A build killed while its Pagefind drivers (src/site/search-worker.ts) run leaves none of them
// behind, nor their Pagefind services: a driver whose build is gone quits, however early it
// went, and quietly.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, tempDir } from '../helpers/cli.ts';

interface Proc {
  pid: number;
  ppid: number;
  state: string;
  cmd: string;
}

/** The processes of this machine, from /proc; those that end while it is read are left out. */
function processes(): Proc[] {
  const found: Proc[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command's name, in parentheses, may hold spaces: the fields that matter follow its last `)`.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ');
      found.push({ pid: Number(entry), ppid: Number(ppid), state: state!, cmd });
    } catch {
      // Gone meanwhile.
    }
  }
  return found;
}

/** Whether a process still runs: a zombie (ended, not yet reaped by whoever adopted it) does not. */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Polls until `check` gives something truthy, or `ms` have passed; returns its last answer. */
async function poll<T>(check: () => T, ms: number, every = 10): Promise<T> {
  const until = Date.now() + ms;
  let last = check();
  while (!last && Date.now() < until) {
    await sleep(every);
    last = check();
  }
  return last;
}

let seeds: string;
let work: string;
/** What a failed test left running, stopped after it so that no test run leaves orphans. */
let had: Proc[] = [];
afterEach(() => {
  // The same process still, not another that got its pid since.
  const same = (p: Proc): boolean => processes().some((q) => q.pid === p.pid && q.cmd === p.cmd);
  for (const p of had.filter((q) => alive(q.pid) && same(q))) process.kill(p.pid, 'SIGKILL');
  had = [];
});

beforeAll(async () => {
  work = await tempDir();
  seeds = path.join(work, 'seeds');
  await mkdir(seeds);
  await cp(path.join(ROOT, 'seeds'), seeds, { recursive: true });
  for (let i = 0; i < 400; i++) {
    const date = `20${10 + (i % 8)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
    await writeFile(path.join(seeds, `gen-${String(i).padStart(4, '0')}.txt`), ` date ${date} Report number ${i}\nThe text of report ${i}.\n`);
  }
});

/**
 * Starts `build --full`, waits until `ready` says so of the processes under it, SIGKILLs the
 * build, and returns the drivers and services it had, and what they wrote to standard error.
 */
async function killBuild(ready: (drivers: Proc[], services: Proc[]) => boolean): Promise<{ left: () => Proc[]; stderr: () => string; had: Proc[] }> {
  const out = path.join(work, `site-${Date.now()}`);
  const child = spawn(process.execPath, [BIN, 'build', '--full', '--quiet', '--seeds', seeds, '--out', out], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const tree = (): { drivers: Proc[]; services: Proc[] } => {
    const all = processes();
    const drivers = all.filter((p) => p.ppid === child.pid && p.cmd.includes('search-worker'));
    const services = all.filter((p) => drivers.some((d) => d.pid === p.ppid) && p.cmd.includes('pagefind'));
    return { drivers, services };
  };
  const seen = await poll(() => {
    const t = tree();
    return ready(t.drivers, t.services) ? t : null;
  }, 90_000);
  child.kill('SIGKILL');
  await exited;
  expect(seen, 'the build started its search drivers').toBeTruthy();
  const mine = [...seen!.drivers, ...seen!.services];
  had = mine;
  return { had: mine, left: () => mine.filter((p) => alive(p.pid)), stderr: () => stderr };
}

describe.runIf(existsSync('/proc/self/stat'))('a build killed while it indexes for search', () => {
  it('leaves no driver behind when killed as soon as one starts', async () => {
    const run = await killBuild((drivers) => drivers.length > 0);
    const left = await poll(() => run.left().length === 0, 10_000, 100);
    expect(left, `still running: ${JSON.stringify(run.left())}`).toBe(true);
  });

  it("leaves no driver or Pagefind service behind, and no stack trace of a driver's, when killed while they index", async () => {
    const run = await killBuild((drivers, services) => drivers.length > 0 && services.length > 0);
    expect(run.had.some((p) => p.cmd.includes('pagefind'))).toBe(true);
    const left = await poll(() => run.left().length === 0, 10_000, 100);
    expect(left, `still running: ${JSON.stringify(run.left())}`).toBe(true);
    await sleep(200);
    // The drivers' own errors only: Pagefind's binary, whose stderr is the build's, may still
    // report the broken pipe of a parent killed in mid-message ("panicked … Broken pipe").
    expect(run.stderr()).not.toMatch(/ERR_IPC_CHANNEL_CLOSED|at .*search-worker|Error \[/);
  });
});

/** A process's nice value (field 19 of /proc/PID/stat), or null once it is gone. */
function niceOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
  } catch {
    return null;
  }
}

/** Runs a build to its end, and returns the nice values its search drivers had while they ran. */
async function driverNices(args: string[]): Promise<number[]> {
  const child = spawn(process.execPath, [BIN, 'build', '--quiet', ...args], { stdio: 'ignore' });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const nices = new Map<number, number>();
  let done = false;
  void exited.then(() => (done = true));
  while (!done) {
    for (const p of processes().filter((q) => q.ppid === child.pid && q.cmd.includes('search-worker'))) {
      const nice = niceOf(p.pid);
      // Once set, a driver's priority stays: the last value read is the one it indexes at.
      if (nice !== null) nices.set(p.pid, nice);
    }
    await sleep(5);
  }
  expect(await exited).toBe(0);
  return [...nices.values()];
}

describe.runIf(existsSync('/proc/self/stat'))('search indexing priority', () => {
  it("indexes a rebuild's few shards below the build's priority, and a full build's at the same", async () => {
    const out = path.join(work, 'site-priority');
    const own = niceOf(process.pid)!;
    const full = await driverNices(['--seeds', seeds, '--out', out]);
    expect(full.length).toBeGreaterThan(0);
    expect(full.every((n) => n === own)).toBe(true);
    // A seed of the newest year, a shard of its own: a few articles of 400.
    await writeFile(path.join(seeds, 'gen-0007.txt'), ' date 2017-08-08 Report number 7, revised\nThe text of report 7, revised.\n');
    const rebuild = await driverNices(['--seeds', seeds, '--out', out]);
    expect(rebuild.length).toBeGreaterThan(0);
    expect(rebuild.every((n) => n > own)).toBe(true);
  });
});

/**
 * Starts `serve` on a copy of the seeds, edits a seed once it serves, and returns once the
 * rebuild is done, with the kept drivers (and their services) it had then.
 */
async function serveAndRebuild(): Promise<{ child: ReturnType<typeof spawn>; exited: Promise<void>; mine: Proc[]; edit: (i: number) => Promise<void> }> {
  const dir = await tempDir();
  const copy = path.join(dir, 'seeds');
  await cp(seeds, copy, { recursive: true });
  const child = spawn(process.execPath, [BIN, 'serve', '--seeds', copy, '--out', path.join(dir, '_site'), '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  let log = '';
  child.stdout!.on('data', (d: Buffer) => (log += d.toString()));
  const built = (): number => log.split('\nBuilt ').length - (log.startsWith('Built ') ? 0 : 1);
  expect(await poll(() => log.includes('Serving '), 90_000, 50), log).toBe(true);
  // A seed of the newest year, a shard of a few articles: indexed in the background, by a kept driver.
  const edit = async (i: number): Promise<void> => {
    const before = built();
    await writeFile(path.join(copy, 'gen-0007.txt'), ` date 2017-08-08 Report number 7, revision ${i}\nThe text of report 7, revision ${i}.\n`);
    expect(await poll(() => built() > before, 60_000, 50), log).toBe(true);
  };
  await edit(1);
  const all = processes();
  const drivers = all.filter((p) => p.ppid === child.pid && p.cmd.includes('search-worker') && p.cmd.includes('--kept'));
  const mine = [...drivers, ...all.filter((p) => drivers.some((d) => d.pid === p.ppid) && p.cmd.includes('pagefind'))];
  had = mine;
  return { child, exited, mine, edit };
}

describe.runIf(existsSync('/proc/self/stat'))("serve's kept search drivers", () => {
  it('stay between rebuilds, and end with serve when it stops', async () => {
    const { child, exited, mine, edit } = await serveAndRebuild();
    expect(mine.some((p) => p.cmd.includes('search-worker'))).toBe(true);
    expect(mine.some((p) => p.cmd.includes('pagefind'))).toBe(true);
    // The next rebuild indexes with the same driver and service, which are still there after it.
    await edit(2);
    await sleep(500);
    expect(mine.every((p) => alive(p.pid))).toBe(true);
    expect(processes().filter((p) => p.ppid === child.pid && p.cmd.includes('search-worker')).map((p) => p.pid)).toEqual(mine.filter((p) => p.cmd.includes('search-worker')).map((p) => p.pid));
    child.kill('SIGINT');
    await exited;
    expect(await poll(() => mine.every((p) => !alive(p.pid)), 10_000, 100), `still running: ${JSON.stringify(mine.filter((p) => alive(p.pid)))}`).toBe(true);
  });

  it('end, with their services, when serve is killed', async () => {
    const { child, exited, mine } = await serveAndRebuild();
    expect(mine.length).toBeGreaterThanOrEqual(2);
    child.kill('SIGKILL');
    await exited;
    expect(await poll(() => mine.every((p) => !alive(p.pid)), 10_000, 100), `still running: ${JSON.stringify(mine.filter((p) => alive(p.pid)))}`).toBe(true);
  });
});
