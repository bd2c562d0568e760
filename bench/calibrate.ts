// `node --import tsx bench/calibrate.ts SEEDS [PASSES]`: how fast this machine is right now. Reads
// every seed of a folder into memory, then parses and analyses them all on this one thread
// (readSeed), PASSES times (default 3): the first pass runs cold code, the others warm. Pure CPU
// work on one core, nothing written: on a shared machine its time varies with the machine
// alone (the warm pass over the generated 10,000 took 2.4-2.6 s in quiet minutes and 2.7 s in
// a slow hour that made builds 20-40% slower). Run it before and after an A/B measurement.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readSeed } from '../src/seeds/read.ts';

const dir = process.argv[2];
if (!dir) throw new Error('usage: node --import tsx bench/calibrate.ts SEEDS [PASSES]');
const passes = Number(process.argv[3] ?? 3);
const files = readdirSync(dir).filter((f) => f.endsWith('.txt') || f.endsWith('.md'));
const bytes = files.map((f) => readFileSync(path.join(dir, f)));
for (let pass = 0; pass < passes; pass++) {
  const started = performance.now();
  let ok = 0;
  for (let i = 0; i < files.length; i++) if (readSeed(files[i]!, bytes[i]!).ok) ok++;
  console.log(`pass ${pass + 1}${pass === 0 ? ' (cold)' : ''}: ${files.length} seeds (${ok} valid) in ${(performance.now() - started).toFixed(0)} ms`);
}
