// `node --import tsx bench/read-ab.ts [--base REV] [--seeds DIR] [--mode read|extract] [--rounds N] [--slice K]`:
// compares the time to read seeds (readSeed, or entity extraction alone) of a git revision
// (default HEAD) and of the working tree, in one process: both are bundled, loaded side by side,
// and run over the same seeds in alternating slices of K seeds (default 25), so that the machine's
// changes of speed, which reach ±40% within minutes here, fall on both alike. Round 0 starts
// cold, as a build's reader does; later rounds run warm. Prints each round's times and ratio, and
// whether both read every seed alike (a hash of the records, or of the mentions).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { listSeedFiles } from '../src/seeds/load.ts';

interface Reader {
  /** Reads seeds `from` to `to`; returns the time taken in ms, and feeds what was read to `hash`. */
  pass(files: string[], bytes: Buffer[], from: number, to: number, hash: (text: string) => void): number;
}

const { values } = parseArgs({
  options: {
    base: { type: 'string', default: 'HEAD' },
    seeds: { type: 'string', default: '../shared/corpus/seeds' },
    mode: { type: 'string', default: 'read' },
    rounds: { type: 'string', default: '3' },
    slice: { type: 'string', default: '25' },
  },
});
if (values.mode !== 'read' && values.mode !== 'extract') throw new Error('--mode is read or extract');
const root = path.resolve(import.meta.dirname, '..');
const work = mkdtempSync(path.join(tmpdir(), 'news-archive-read-ab-'));

/** The entry bundled for a tree: its own readSeed or extractMentions, behind Reader. */
function entry(tree: string): string {
  const read = JSON.stringify(path.join(tree, 'src/seeds/read.ts'));
  const entities = JSON.stringify(path.join(tree, 'src/enrich/entities.ts'));
  const body =
    values.mode === 'read'
      ? `const r = readSeed(files[i], bytes[i]); hash(JSON.stringify(r));`
      : `hash(JSON.stringify(extractMentions(bytes[i].toString('utf8'))));`;
  return `import { readSeed } from ${read};
import { extractMentions } from ${entities};
export function pass(files, bytes, from, to, hash) {
  const t = performance.now();
  for (let i = from; i < to; i++) { ${body} }
  return performance.now() - t;
}
void readSeed; void extractMentions;
`;
}

async function bundle(tree: string, name: string): Promise<Reader> {
  const source = path.join(work, `${name}-entry.js`);
  writeFileSync(source, entry(tree));
  const outfile = path.join(work, `${name}.mjs`);
  await build({
    entryPoints: [source],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
    // The revision's worktree has no node_modules of its own.
    nodePaths: [path.join(root, 'node_modules')],
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  return (await import(pathToFileURL(outfile).href)) as Reader;
}

const worktree = path.join(work, 'base');
try {
  execFileSync('git', ['worktree', 'add', '--detach', '--quiet', worktree, values.base], { cwd: root, stdio: 'inherit' });
  const base = await bundle(worktree, 'base');
  const current = await bundle(root, 'current');
  const dir = path.resolve(values.seeds);
  // The files a build of the folder reads, as it lists them.
  const files = await listSeedFiles(dir);
  const bytes = files.map((f) => readFileSync(path.join(dir, f)));
  const slice = Number(values.slice);
  console.log(`${files.length} seeds from ${dir}; ${values.mode}; ${values.base} (base) against the working tree, alternating slices of ${slice}`);
  for (let round = 0; round < Number(values.rounds); round++) {
    const times = { base: 0, current: 0 };
    const hashes = { base: createHash('sha256'), current: createHash('sha256') };
    for (let from = 0, k = 0; from < files.length; from += slice, k++) {
      const to = Math.min(files.length, from + slice);
      // Each goes first in every other slice: the second of a pair runs on caches the first warmed.
      const order = k % 2 === 0 ? (['base', 'current'] as const) : (['current', 'base'] as const);
      for (const which of order) {
        const reader = which === 'base' ? base : current;
        times[which] += reader.pass(files, bytes, from, to, (text) => hashes[which].update(text));
      }
    }
    const same = hashes.base.digest('hex') === hashes.current.digest('hex');
    console.log(
      `round ${round}${round === 0 ? ' (cold)' : ''}: base ${times.base.toFixed(0)} ms, working tree ${times.current.toFixed(0)} ms, ratio ${(times.current / times.base).toFixed(3)}; ${same ? 'same output' : 'OUTPUT DIFFERS'}`,
    );
  }
} finally {
  try {
    execFileSync('git', ['worktree', 'remove', '--force', worktree], { cwd: root, stdio: 'ignore' });
  } catch {
    // Not made: nothing to remove.
  }
  rmSync(work, { recursive: true, force: true });
}
