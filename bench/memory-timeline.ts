// `node --import tsx bench/memory-timeline.ts [--every S] -- COMMAND [ARGS...]`: runs a command (a
// build, say), samples the resident memory of its process tree every 250 ms, and prints the five
// largest samples and one every S seconds (default 10), each split by kind of process: the
// command's own (`main`, its threads included: readers, relating, writing), Pagefind's services, their
// drivers, anything else by name (`rm`, esbuild). The bench gives a build's peak; this tells
// when it comes and whose memory it is (see cpu-timeline.ts for the cores).
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { processKind, processTree } from './measure.ts';

interface Sample {
  at: number;
  total: number;
  /** MB by kind of process. */
  kinds: Map<string, number>;
}

const { values, positionals } = parseArgs({ options: { every: { type: 'string', default: '10' } }, allowPositionals: true });
const [command, ...args] = positionals;
if (!command) throw new Error('usage: memory-timeline.ts [--every S] -- COMMAND [ARGS...]');
const every = Number(values.every);
if (!(every > 0)) throw new Error(`--every takes a number of seconds, not ${values.every}`);

const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
const started = performance.now();
const samples: Sample[] = [];
const timer = setInterval(() => {
  if (child.pid === undefined) return;
  const kinds = new Map<string, number>();
  let total = 0;
  for (const p of processTree(child.pid)) {
    const mb = p.rssBytes / 2 ** 20;
    const kind = processKind(p, child.pid);
    kinds.set(kind, (kinds.get(kind) ?? 0) + mb);
    total += mb;
  }
  samples.push({ at: (performance.now() - started) / 1000, total, kinds });
}, 250);

const line = (s: Sample): string =>
  `${s.at.toFixed(1).padStart(7)} s ${s.total.toFixed(0).padStart(6)} MB   ${[...s.kinds].map(([kind, mb]) => `${kind} ${mb.toFixed(0)}`).join(', ')}`;

child.on('exit', (code) => {
  clearInterval(timer);
  console.log('The largest samples:');
  for (const s of [...samples].sort((a, b) => b.total - a.total).slice(0, 5)) console.log(line(s));
  console.log(`Every ${every} s:`);
  let next = 0;
  for (const s of samples) {
    if (s.at < next) continue;
    console.log(line(s));
    next = s.at + every;
  }
  process.exitCode = code ?? 1;
});
