// `npm run bench [-- --sizes 1000,10000,100000] [--rounds N] [--no-hugo] [--real DIR]`: builds
// generated archives of each size, then the real documents of DIR (by default
// ../shared/corpus/seeds beside the project, when it is there; `--real ''` for none), with
// news-archive and with Hugo, in the same run, N times each (2 by default, alternating which
// goes first), and prints wall time, peak memory of the whole process tree, files written,
// files per second, output size, and the ratio news-archive / Hugo of the median times. Then
// it measures rebuilds after adding, editing and deleting one seed in the largest generated archive.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { check } from '../src/build.ts';
import { DEFAULT_CORPUS, generateCorpus } from '../src/corpus/generate.ts';
import { writeHugoSite } from './hugo-content.ts';
import { type Measured, measure } from './measure.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORK = path.join(ROOT, 'bench/.work');
// Run as the executable it is, with the Node options of its first line.
const BIN = path.join(ROOT, 'bin/news-archive.js');
/** Pagefind's CLI, from the npm package the build uses (its binary comes with it). */
const PAGEFIND = path.join(ROOT, 'node_modules/.bin/pagefind');

/** Every file under `dir`, by path. */
async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

async function countFiles(dir: string): Promise<{ files: number; bytes: number }> {
  const files = (await filesIn(dir)).length;
  const bytes = Number(execFileSync('du', ['-sb', dir], { encoding: 'utf8' }).split('\t')[0]);
  return { files, bytes };
}

async function corpus(count: number): Promise<string> {
  const dir = path.join(WORK, `seeds-${count}`);
  const done = path.join(dir, '.complete');
  if (existsSync(done)) return dir;
  await discard(dir);
  await mkdir(dir, { recursive: true });
  for (const s of generateCorpus({ ...DEFAULT_CORPUS, count })) await writeFile(path.join(dir, s.file), s.text);
  await writeFile(done, '');
  return dir;
}

function ensureHugo(): boolean {
  try {
    execFileSync('hugo', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    if (process.getuid?.() !== 0) return false;
    console.log('Installing Hugo from Debian…');
    execFileSync('apt-get', ['install', '-y', '-qq', 'hugo'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    return true;
  }
}

interface Row {
  /** The corpus: its number of seeds, or `real`. */
  size: number | string;
  tool: string;
  m: Measured;
  files: number;
  bytes: number;
}

const fmt = (n: number, digits = 1): string => n.toFixed(digits);

function printRow(r: Row): void {
  console.log(
    [String(r.size).padStart(7), r.tool.padEnd(13), `${fmt(r.m.ms / 1000)} s`.padStart(9), `${fmt(r.m.peakRssMb, 0)} MB`.padStart(9),
      String(r.files).padStart(8), `${fmt(r.files / (r.m.ms / 1000), 0)}/s`.padStart(9), `${fmt(r.bytes / 1024 / 1024)} MB`.padStart(10)].join(' '),
  );
}

function phase(stdout: string, name: string): number {
  const m = new RegExp(`${name}[^:]*: (\\d+) ms`).exec(stdout);
  return m ? Number(m[1]) : 0;
}

/**
 * Creating files soon after deleting many is several times slower on ext4 without a journal
 * (this machine's): it will not reuse an inode freed in the last 60 s, or the last 360 s while
 * the block that holds it is unwritten, which the next files written make it; so each new file
 * scans past the inodes freed. 20,000 folders of a page each took 0.8-1.2 s to write when
 * nothing had been deleted for 400 s, 4-7 s in the minutes after deleting a site. So nothing
 * is deleted before a measurement: what an earlier run left is moved into a trash folder,
 * removed after the last measurement; and a run waits until the last removal is that old.
 */
const SETTLE_MS = 370_000;
const TRASH = path.join(WORK, '.trash');
/** When the trash was last emptied (its modification time says it). */
const REMOVED_AT = path.join(WORK, '.removed-at');
let trashed = 0;

/** Moves folders left by an earlier run into the trash: a rename, which frees no inode. */
async function discard(...dirs: string[]): Promise<void> {
  await mkdir(TRASH, { recursive: true });
  for (const dir of dirs) if (existsSync(dir)) await rename(dir, path.join(TRASH, `${Date.now()}-${trashed++}-${path.basename(dir)}`));
}

/** Empties the trash, and notes when, for the next run's `settle`. */
async function emptyTrash(): Promise<void> {
  if (!existsSync(TRASH) || (await readdir(TRASH)).length === 0) return;
  await rm(TRASH, { recursive: true, force: true });
  await writeFile(REMOVED_AT, '');
}

/**
 * What a build of ours leaves beside its output for a detached `rm` to delete (see discard in
 * atomic.ts): a site it replaced (`.site-100000.old-PID-…`), or a killed build's staging folder.
 */
const LEFT_BY_A_BUILD = /^\.site-[^/]*\.(?:old|tmp)-\d+-/;

/** Waits until the last removal of many files no longer slows down the writes of a measurement. */
async function settle(): Promise<void> {
  // What a build outside the bench left being deleted (`build --full` over a site replaces it,
  // and deletes the old one as it exits) counts as removed now: full builds of 100,000 articles
  // took 229-275 s while or soon after one was deleted, 175 s long after. Moved into the trash,
  // whose removal this waits for (a second `rm` of a folder being deleted is harmless).
  await discard(...(await readdir(WORK)).filter((e) => LEFT_BY_A_BUILD.test(e)).map((e) => path.join(WORK, e)));
  // A trash left by an interrupted run is emptied first, then waited for like any other.
  await emptyTrash();
  const removedAt = existsSync(REMOVED_AT) ? (await stat(REMOVED_AT)).mtimeMs : 0;
  const wait = removedAt + SETTLE_MS - Date.now();
  if (wait <= 0) return;
  console.log(`(waiting ${Math.ceil(wait / 1000)} s: files deleted in the last ${SETTLE_MS / 1000} s would slow down the writes measured)`);
  execFileSync('sync');
  await new Promise((resolve) => setTimeout(resolve, wait));
}

/** Flushes what earlier builds wrote: their writeback must not run during the next measurement. */
function flush(): void {
  execFileSync('sync');
}

/**
 * Reads every file under `dir`, so that a build measured next finds its input in the page cache
 * whatever ran before it: at 100,000 seeds Hugo's 11 GB pushed our seeds out of it, and our
 * build after Hugo's took 196 s against 161 s before it.
 */
async function warm(dir: string): Promise<void> {
  const files = await filesIn(dir);
  for (let i = 0; i < files.length; i += 64) await Promise.all(files.slice(i, i + 64).map((f) => readFile(f)));
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,10000' },
      rounds: { type: 'string', default: '2' },
      'no-hugo': { type: 'boolean', default: false },
      real: { type: 'string', default: path.resolve(ROOT, '../shared/corpus/seeds') },
    },
  });
  // Real articles, as well as generated ones: longer, and of a far wider vocabulary (README).
  const real = values.real !== '' && existsSync(values.real) ? values.real : null;
  const sizes = values.sizes.split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
  const rounds = Number(values.rounds);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds takes a whole number of at least 1, not ${values.rounds}`);
  const hugo = !values['no-hugo'] && ensureHugo();
  await mkdir(WORK, { recursive: true });
  await settle();
  console.log(`news-archive benchmark, ${new Date().toISOString().slice(0, 10)}, ${execFileSync('nproc', { encoding: 'utf8' }).trim()} cores, ${rounds} round(s) a size\n`);
  console.log('   size tool               wall      peak    files     rate     output');
  const corpora: { size: number | string; seeds: () => Promise<string> }[] = sizes.map((size) => ({ size, seeds: () => corpus(size) }));
  if (real) corpora.push({ size: 'real', seeds: async () => real });
  for (const { size, seeds: seedsOf } of corpora) {
    const seeds = await seedsOf();
    const out = path.join(WORK, `site-${size}`);
    const hugoDir = path.join(WORK, `hugo-${size}`);
    const hugoOut = path.join(WORK, `hugo-site-${size}`);
    await discard(out, path.join(WORK, `.site-${size}.cache`), hugoDir, hugoOut);
    // Hugo's content is written before either tool is measured, and each build's input is read
    // just before it (see warm): neither build reads its input from the disk.
    if (hugo) {
      const checked = await check({ seeds, keepDuplicates: false });
      await writeHugoSite(checked.archive, hugoDir, path.join(ROOT, 'public'));
    }
    const ours: Measured[] = [];
    const theirs: Measured[] = [];
    const theirsSearch: Measured[] = [];
    const runOurs = async (): Promise<void> => {
      await discard(out, path.join(WORK, `.site-${size}.cache`));
      await warm(seeds);
      flush();
      const m = await measure(BIN, ['build', '--full', '--lenient', '--verbose', '--seeds', seeds, '--out', out]);
      if (m.code !== 0) throw new Error(`news-archive failed at ${size}: ${m.stderr.slice(0, 2000)}`);
      ours.push(m);
      printRow({ size, tool: 'news-archive', m, ...(await countFiles(out)) });
      // Pagefind indexes while Eleventy renders, so its time is not a part of the total to subtract.
      const eleventy = phase(m.stdout, 'of which Eleventy');
      const pagefind = phase(m.stdout, 'of which Pagefind');
      const gc = phase(m.stdout, 'garbage collection on the main thread');
      if (eleventy && pagefind) {
        console.log(`        Eleventy ${fmt(eleventy / 1000)} s and Pagefind ${fmt(pagefind / 1000)} s of it, at the same time; garbage collection on the main thread ${fmt(gc / 1000)} s`);
      }
    };
    const runHugo = async (): Promise<void> => {
      await discard(hugoOut);
      await warm(hugoDir);
      flush();
      const m = await measure('hugo', ['--quiet', '--source', hugoDir, '--destination', hugoOut]);
      if (m.code !== 0) throw new Error(`hugo failed at ${size}: ${m.stderr.slice(0, 2000)}`);
      theirs.push(m);
      printRow({ size, tool: 'hugo', m, ...(await countFiles(hugoOut)) });
      // The same site with search, as Hugo sites get it: Pagefind's CLI over Hugo's output, after
      // it (Pagefind's own instructions), indexing the articles only (data-pagefind-body).
      await discard(hugoOut);
      await warm(hugoDir);
      flush();
      const s = await measure('sh', ['-c', 'hugo --quiet --source "$1" --destination "$2" && "$3" --site "$2" --silent', 'sh', hugoDir, hugoOut, PAGEFIND]);
      if (s.code !== 0) throw new Error(`hugo + pagefind failed at ${size}: ${s.stderr.slice(0, 2000)}`);
      theirsSearch.push(s);
      printRow({ size, tool: 'hugo+pagefind', m: s, ...(await countFiles(hugoOut)) });
    };
    // Alternating which tool goes first, so that neither always meets the machine as the other left it.
    for (let round = 0; round < rounds; round++) {
      if (hugo && round % 2 === 1) await runHugo();
      await runOurs();
      if (hugo && round % 2 === 0) await runHugo();
    }
    if (hugo) {
      const time = median(ours.map((m) => m.ms)) / median(theirs.map((m) => m.ms));
      const memory = median(ours.map((m) => m.peakRssMb)) / median(theirs.map((m) => m.peakRssMb));
      const each = rounds > 1 ? ` (round by round: ${ours.map((m, i) => fmt(m.ms / theirs[i]!.ms, 2)).join(', ')})` : '';
      console.log(
        `        ratio news-archive/hugo${rounds > 1 ? `, medians of ${rounds} rounds` : ''}: time ${fmt(time, 2)}${each} (with a search index, which Hugo's site lacks), memory ${fmt(memory, 2)}`,
      );
      const withSearch = median(ours.map((m) => m.ms)) / median(theirsSearch.map((m) => m.ms));
      const eachSearch = rounds > 1 ? ` (round by round: ${ours.map((m, i) => fmt(m.ms / theirsSearch[i]!.ms, 2)).join(', ')})` : '';
      console.log(`        ratio news-archive/(hugo, then pagefind): time ${fmt(withSearch, 2)}${eachSearch}, memory ${fmt(median(ours.map((m) => m.peakRssMb)) / median(theirsSearch.map((m) => m.peakRssMb)), 2)}`);
      // Removed at the end, after the last measurement, or by the next run before it settles.
    }
  }
  // Rebuilds are measured in the last generated archive built (the largest, sizes given in order).
  const largest = sizes.at(-1);
  if (largest !== undefined) await measureRebuilds(largest);
  for (const { size } of corpora) await discard(path.join(WORK, `hugo-${size}`), path.join(WORK, `hugo-site-${size}`));
  await emptyTrash();
}

/** Rebuilds of the `largest`-seed archive built last: after adding, editing and deleting one seed, and with nothing changed. */
async function measureRebuilds(largest: number): Promise<void> {
  console.log(`\nRebuilds of the ${largest}-seed archive (incremental):`);
  const seeds = path.join(WORK, `seeds-${largest}`);
  const out = path.join(WORK, `site-${largest}`);
  const added = path.join(seeds, 'zz-bench-added.txt');
  // As before each full build: the seeds and the build's cache read into memory, which the
  // builds measured since (Hugo's, then Pagefind's 2 GB) may have pushed out; the first rebuild
  // took 6.96 s instead of 2.7 s after them.
  await warm(seeds);
  await warm(path.join(WORK, `.site-${largest}.cache`));
  const rebuild = async (what: string): Promise<void> => {
    flush();
    const r = await measure(BIN, ['build', '--lenient', '--seeds', seeds, '--out', out]);
    if (r.code !== 0) throw new Error(`rebuild failed: ${r.stderr.slice(0, 2000)}`);
    // The summary line: `(27 files written, 141431 unchanged; 1 seed read, 99999 from the cache)`, the part after `;` when seeds were read.
    const m = /\((\d+) files? written, (\d+) unchanged(; [^)]*)?\)/.exec(r.stdout);
    console.log(`  ${what.padEnd(22)} ${fmt(r.ms / 1000, 2)} s, ${fmt(r.peakRssMb, 0)} MB, ${m ? `${m[1]} files written, ${m[2]} unchanged${m[3] ?? ''}` : 'full build'}`);
  };
  await writeFile(added, ' date 2012-06-15 Benchmark Adds One Seed\nA new article arrives in the archive.\n');
  await rebuild('add one seed');
  await writeFile(added, ' date 2012-06-15 Benchmark Edits One Seed\nThe article was corrected.\n');
  await rebuild('edit one seed');
  await rm(added);
  await rebuild('delete one seed');
  await rebuild('nothing changed');
}

await main();
