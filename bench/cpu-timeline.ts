// `node --import tsx bench/cpu-timeline.ts [--every S] -- COMMAND [ARGS...]`: runs a command (a
// build, say) and prints how busy it kept the cores, every S seconds (default 5): the CPU share
// of the process it started (its threads included: readers, V8's helpers), of each other kind of
// process under it (Pagefind, the processes that drive it), and of the whole machine left idle.
// On 2 cores a build gains only where a core sits idle: this shows where that is.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';

/** Clock ticks a second, as /proc counts CPU time (USER_HZ: 100 on Linux). */
const TICKS = 100;

interface Sample {
  at: number;
  /** CPU ticks used so far, by process id, with the kind of process it is. */
  used: Map<number, { kind: string; ticks: number }>;
  /** The machine's ticks so far: all, and idle (waiting for input or output included). */
  total: number;
  idle: number;
}

function read(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null; // The process ended while we looked.
  }
}

function sample(root: number): Sample {
  const parent = new Map<number, number>();
  const info = new Map<number, { comm: string; ticks: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = read(`/proc/${entry}/stat`);
    if (stat === null) continue;
    const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    parent.set(Number(entry), Number(fields[1]));
    info.set(Number(entry), { comm, ticks: Number(fields[11]) + Number(fields[12]) });
  }
  const used = new Map<number, { kind: string; ticks: number }>();
  for (const [pid, { comm, ticks }] of info) {
    let p: number | undefined = pid;
    while (p !== undefined && p > 1 && p !== root) p = parent.get(p);
    if (p !== root) continue;
    const command = pid === root ? '' : (read(`/proc/${pid}/cmdline`) ?? '');
    const kind = pid === root ? 'main' : command.includes('search-worker') ? 'search driver' : comm.startsWith('pagefind') ? 'pagefind' : comm;
    used.set(pid, { kind, ticks });
  }
  const cpu = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).slice(1, 9).map(Number);
  return { at: performance.now(), used, total: cpu.reduce((a, b) => a + b, 0), idle: (cpu[3] ?? 0) + (cpu[4] ?? 0) };
}

const { values, positionals } = parseArgs({ options: { every: { type: 'string', default: '5' } }, allowPositionals: true });
const [command, ...args] = positionals;
if (!command) {
  console.error('usage: node --import tsx bench/cpu-timeline.ts [--every S] -- COMMAND [ARGS...]');
  process.exit(2);
}
const every = Number(values.every) * 1000;
const cores = availableParallelism();
const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
const rows: { from: number; shares: Map<string, number>; idle: number }[] = [];
let last = sample(child.pid!);
const started = last.at;
const timer = setInterval(() => {
  const now = sample(child.pid!);
  const seconds = (now.at - last.at) / 1000;
  const shares = new Map<string, number>();
  for (const [pid, { kind, ticks }] of now.used) {
    const before = last.used.get(pid)?.ticks ?? 0;
    shares.set(kind, (shares.get(kind) ?? 0) + ((ticks - before) / TICKS / seconds) * 100);
  }
  const idle = ((now.idle - last.idle) / Math.max(1, now.total - last.total)) * cores * 100;
  rows.push({ from: (last.at - started) / 1000, shares, idle });
  last = now;
}, every);
child.on('close', (code) => {
  clearInterval(timer);
  const kinds = [...new Set(rows.flatMap((r) => [...r.shares.keys()]))].sort((a, b) => (a === 'main' ? -1 : b === 'main' ? 1 : a < b ? -1 : 1));
  console.log(`\nCPU % by process (100 = one core of ${cores}), every ${every / 1000} s:`);
  console.log(['     s', 'idle', ...kinds].map((k) => k.padStart(Math.max(6, k.length))).join(' '));
  for (const r of rows) {
    const cells = [r.from.toFixed(0), r.idle.toFixed(0), ...kinds.map((k) => (r.shares.get(k) ?? 0).toFixed(0))];
    console.log(cells.map((c, i) => c.padStart(Math.max(6, i < 2 ? 0 : kinds[i - 2]!.length))).join(' '));
  }
  process.exitCode = code ?? 1;
});
