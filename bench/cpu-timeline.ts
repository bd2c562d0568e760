// `node --import tsx bench/cpu-timeline.ts [--every S] -- COMMAND [ARGS...]`: runs a command (a
// build, say) and prints how busy it kept the cores, every S seconds (default 5): the CPU share
// of the process it started (its threads included: readers, V8's helpers), of each other kind of
// process under it (Pagefind, the processes that drive it), and of the whole machine left idle.
// On 2 cores a build gains only where a core sits idle: this shows where that is.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { processKind, processTree } from './measure.ts';

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

function sample(root: number): Sample {
  const used = new Map<number, { kind: string; ticks: number }>();
  for (const p of processTree(root)) used.set(p.pid, { kind: processKind(p, root), ticks: p.ticks });
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
  const heads = ['s', 'idle', ...kinds];
  const line = (cells: string[]): string => cells.map((c, i) => c.padStart(Math.max(6, heads[i]!.length))).join(' ');
  console.log(line(heads));
  for (const r of rows) console.log(line([r.from.toFixed(0), r.idle.toFixed(0), ...kinds.map((k) => (r.shares.get(k) ?? 0).toFixed(0))]));
  process.exitCode = code ?? 1;
});
