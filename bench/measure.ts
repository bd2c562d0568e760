// Runs a command and measures its wall time and the peak resident memory of its whole
// process tree (sampled from /proc every 50 ms), as the benchmark reports them.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Measured {
  ms: number;
  peakRssMb: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

const PAGE = 4096;

/** A process under a root process (the root included), as /proc/PID/stat describes it. */
export interface TreeProcess {
  pid: number;
  /** Its command name (at most 15 characters). */
  comm: string;
  rssBytes: number;
  /** CPU time used so far, user and system, in clock ticks. */
  ticks: number;
}

/** Every process in the tree under `root`, the root included. */
export function processTree(root: number): TreeProcess[] {
  const parent = new Map<number, number>();
  const all: TreeProcess[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(entry), Number(fields[1]));
      all.push({
        pid: Number(entry),
        comm: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
        rssBytes: Number(fields[21]) * PAGE,
        ticks: Number(fields[11]) + Number(fields[12]),
      });
    } catch {
      // The process ended while we looked.
    }
  }
  const tree = all.filter(({ pid }) => {
    let p: number | undefined = pid;
    while (p !== undefined && p > 1 && p !== root) p = parent.get(p);
    return p === root;
  });
  // A process started by one of the tree is a copy of it until it runs its own program: its
  // resident pages are its parent's, shared, and summed they were counted twice (a Pagefind
  // driver was caught at 734 MB so, beside a build of 1.65 GB; rebuilds of 100,000 articles
  // measured 2.9-3.2 GB in the bench where samples every 20 ms found 2.26-2.30 GB, the build
  // then starting `rm`). Such a copy has its parent's command line; no process of the tool's
  // has once it runs (Pagefind, its drivers and `rm` each have their own).
  const commands = new Map(tree.map((p) => [p.pid, commandLine(p.pid)]));
  return tree.filter((p) => {
    const up = parent.get(p.pid);
    return p.pid === root || up === undefined || !commands.has(up) || commands.get(up) !== commands.get(p.pid);
  });
}

/** A process's command line, or '' if it ended while we looked. */
function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
}

/**
 * What kind of process `p` of the tree under `root` is, for the timelines: `main` (the root, its
 * threads included), a Pagefind service, a driver of one (see search-worker.ts), else its name.
 */
export function processKind(p: Pick<TreeProcess, 'pid' | 'comm'>, root: number): string {
  if (p.pid === root) return 'main';
  const command = commandLine(p.pid);
  return command.includes('search-worker') ? 'search driver' : p.comm.startsWith('pagefind') ? 'pagefind' : p.comm;
}

function treeRss(root: number): number {
  return processTree(root).reduce((sum, p) => sum + p.rssBytes, 0);
}

export function measure(command: string, args: string[], options: { cwd?: string } = {}): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let peak = 0;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRss(child.pid));
    }, 50);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ ms: performance.now() - started, peakRssMb: peak / 1024 / 1024, code, stdout, stderr });
    });
  });
}
