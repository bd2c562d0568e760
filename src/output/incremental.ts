// The build cache beside the output folder: what the last build wrote, with hashes, so that
// the next build renders only the files whose content changed. A cache from another version
// of the tool, for other settings, or damaged, is ignored.
import { createHash, type Hash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { codeVersion, ROOT } from '../paths.ts';
import type { ListedStamp, SeedListing } from '../seeds/load.ts';
import { STEMMER_FILE, stemmerModule } from '../site/stemmer.ts';
import type { BuildPlan } from './plan.ts';

/** Changes whenever the manifest's format changes. */
const FORMAT = 7;

/**
 * The manifest's first line: enough to tell that nothing changed since (see sourcesHash),
 * without parsing the hashes of every file, which takes 0.4 s at 100,000 articles.
 */
export interface ManifestHeader {
  format: number;
  /** Hash of the renderer: templates, Eleventy wiring and versions. */
  renderer: string;
  settings: string;
  /** Hash of everything the build read (see sourcesHash): equal sources make an equal site. */
  sources: string;
  /** Files written, as `units` counts them. */
  files: number;
  /** The build that wrote it (see BuildPlan.build). */
  build: string;
  /** The output folder's own entries as written: a file's size, or -1 for a folder (see outputIntact). */
  top: Record<string, number>;
}

/** The manifest: its header on the first line, then the hashes of what the build wrote. */
export interface Manifest extends ManifestHeader {
  /** Search index shard -> hash of its records. */
  search: Record<string, string>;
  /** The files written, in the order they were made (see Units), and their hashes, in the same order. */
  paths: string[];
  hashes: string[];
}

/** Whether a parsed manifest body is whole: two lists of strings of one length, and a map of shards. */
function isBody(body: unknown): body is Pick<Manifest, 'search' | 'paths' | 'hashes'> {
  const b = body as Manifest;
  return (
    typeof b === 'object' && b !== null && typeof b.search === 'object' && b.search !== null &&
    Array.isArray(b.paths) && Array.isArray(b.hashes) && b.paths.length === b.hashes.length &&
    b.paths.every((p) => typeof p === 'string') && b.hashes.every((h) => typeof h === 'string')
  );
}

/** `_site` -> `._site.cache` beside it. */
export function cacheDirFor(out: string): string {
  const abs = path.resolve(out);
  return path.join(path.dirname(abs), `.${path.basename(abs)}.cache`);
}

export function manifestPath(out: string): string {
  return path.join(cacheDirFor(out), 'manifest.json');
}

export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)).sort();
}

let rendererHash: Promise<string> | null = null;

/**
 * Hash of everything besides the page data that decides a page's bytes: the templates, and the
 * code that makes page data too, since article pages are compared by their inputs, not their data.
 */
export function rendererVersion(): Promise<string> {
  rendererHash ??= (async () => {
    const files = [
      path.join(ROOT, '.eleventy.ts'),
      path.join(ROOT, 'package-lock.json'),
      ...(await filesUnder(path.join(ROOT, 'templates'))),
      ...(await filesUnder(path.join(ROOT, 'src'))),
    ];
    return codeVersion(files, String(FORMAT));
  })();
  return rendererHash;
}

function isHeader(value: unknown): value is ManifestHeader {
  const m = value as ManifestHeader;
  return (
    typeof m === 'object' && m !== null && m.format === FORMAT && typeof m.renderer === 'string' &&
    typeof m.settings === 'string' && typeof m.sources === 'string' && typeof m.build === 'string' && Number.isInteger(m.files) &&
    typeof m.top === 'object' && m.top !== null
  );
}

/** The output folder's own entries: each file's size, -1 for each folder. */
async function topEntries(out: string): Promise<Record<string, number>> {
  // The folder itself, under `.` (no entry's name): an output reached through a link that now
  // names another release folder (`www -> releases/green`) is another site, however alike.
  const top: Record<string, number> = { '.': (await stat(out)).ino };
  for (const e of await readdir(out, { withFileTypes: true })) top[e.name] = e.isDirectory() ? -1 : (await stat(path.join(out, e.name))).size;
  return top;
}

/**
 * Whether the output still holds what the last build put at its top: the search index, every
 * year's folder, the home page and feeds at their sizes. A rebuild renders only what changed
 * and trusts the rest to be as it wrote it; a folder deleted or a feed overwritten by hand
 * makes the next build a full one. (Checking every file would take seconds: Node lists the
 * 385,000 entries of a 100,000-article site in 11 s.)
 */
async function outputIntact(out: string, top: Record<string, number>): Promise<boolean> {
  try {
    const now = await topEntries(out);
    return Object.entries(top).every(([name, size]) => now[name] === size);
  } catch {
    return false;
  }
}

/**
 * The previous build's manifest, if it can be trusted for this build: its header at once, the
 * rest (`whole`) parsed only when asked for, from the text already read.
 */
export interface PreviousManifest {
  header: ManifestHeader;
  whole(): Manifest | null;
}

/**
 * The manifest this process wrote last, for `serve`: its next build takes it from here, not from
 * the file (reading and parsing 13 MB took 0.3-0.6 s of every rebuild of 100,000 articles), as
 * long as the file is the one written (same size, time and inode); otherwise the file is read.
 */
export class ManifestMemo {
  written: { out: string; stamp: string; manifest: Manifest } | null = null;
}

/** What tells a manifest file from another written in its place. */
async function stampOf(file: string): Promise<string | null> {
  try {
    const s = await stat(file);
    return `${s.size} ${s.mtimeMs} ${s.ino}`;
  } catch {
    return null;
  }
}

/** Whether a manifest was written by this version of the tool, for these settings: only then is it trusted. */
async function madeAlike(header: ManifestHeader, settings: string): Promise<boolean> {
  return header.renderer === (await rendererVersion()) && header.settings === settings;
}

export async function readManifest(out: string, settings: string, memo?: ManifestMemo): Promise<PreviousManifest | null> {
  const kept = memo?.written;
  if (kept && kept.out === path.resolve(out) && kept.stamp === (await stampOf(manifestPath(out)))) {
    const { manifest } = kept;
    return (await madeAlike(manifest, settings)) && (await outputIntact(out, manifest.top)) ? { header: manifest, whole: () => manifest } : null;
  }
  let text: string;
  let cut: number;
  let header: unknown;
  try {
    text = await readFile(manifestPath(out), 'utf8');
    cut = text.indexOf('\n');
    header = JSON.parse(cut < 0 ? text : text.slice(0, cut));
  } catch {
    return null;
  }
  if (!isHeader(header) || !(await madeAlike(header, settings)) || !(await outputIntact(out, header.top))) return null;
  const trusted = header;
  return {
    header: trusted,
    whole: () => {
      try {
        const body: unknown = JSON.parse(text.slice(cut + 1));
        return isBody(body) ? { ...trusted, search: body.search, paths: body.paths, hashes: body.hashes } : null;
      } catch {
        return null;
      }
    },
  };
}

export async function writeManifest(out: string, plan: BuildPlan, sources: string, memo?: ManifestMemo): Promise<void> {
  const dir = cacheDirFor(out);
  await mkdir(dir, { recursive: true });
  const header: ManifestHeader = { format: FORMAT, renderer: await rendererVersion(), settings: plan.settings, sources, files: plan.units.size, build: plan.build, top: await topEntries(out) };
  const body = { search: Object.fromEntries(plan.search), paths: plan.units.paths, hashes: plan.units.hashes };
  const tmp = `${manifestPath(out)}.${process.pid}`;
  await writeFile(tmp, `${JSON.stringify(header)}\n${JSON.stringify(body)}`);
  await rename(tmp, manifestPath(out));
  if (memo) {
    const stamp = await stampOf(manifestPath(out));
    memo.written = stamp ? { out: path.resolve(out), stamp, manifest: { ...header, ...body } } : null;
  }
}

/** What a build reads besides the renderer's code (see rendererVersion). */
export interface BuildSources {
  /** Every seed file, with its stamp: the record cache trusts a stamp for the file's content, and so does this. */
  listing: SeedListing;
  /** The topics vocabulary's text, or null when there is none. */
  topics: string | null;
  /** The options that change what is written: settings (see settingsHash), --lenient, --keep-duplicates. */
  options: string;
}

/**
 * Hash of everything a build reads: seeds (by stamp), vocabulary, options, and the static
 * assets it writes. A build whose sources hash as the last one's did can write nothing new.
 */
export async function sourcesHash(sources: BuildSources): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`${sources.options}\n`);
  hash.update(sources.topics === null ? 'no topics\n' : `topics ${sources.topics.length}\n`);
  if (sources.topics) hash.update(sources.topics);
  for (const f of await filesUnder(path.join(ROOT, 'public'))) hash.update(`\n${f.slice(ROOT.length)}\n`).update(await readFile(f));
  hash.update(`\n${STEMMER_FILE}\n`).update(await stemmerModule());
  const { files, stamps, refused, media, mediaStamps } = sources.listing;
  hash.update(refused.map((p) => `${p.file}\0refused ${p.message}\n`).join(''));
  hashStamped(hash, files, stamps);
  // The pictures and other files beside the seeds: one changed, added or removed is copied or deleted.
  hash.update('media\n');
  hashStamped(hash, media, mediaStamps);
  return hash.digest('base64url');
}

/** How many files hashStamped hashes at a time. */
const STAMPED_BATCH = 2048;

/**
 * Hashes files' names with their stamps: the names as text, each ended by NUL (which no name
 * holds), after their count; the stamps as numbers, -1 for a file with none (see ListedStamp).
 * Writing 400,000 stamps' numbers out as text took most of 50-90 ms at 100,000 seeds; as
 * numbers, 7-11 ms.
 */
function hashStamped(hash: Hash, files: readonly string[], stamps: readonly ListedStamp[] | null): void {
  hash.update(`${files.length}\0`);
  const numbers = new Float64Array(4 * STAMPED_BATCH);
  for (let from = 0; from < files.length; from += STAMPED_BATCH) {
    const to = Math.min(files.length, from + STAMPED_BATCH);
    let names = '';
    for (let i = from; i < to; i++) {
      names += `${files[i]}\0`;
      const stamp = stamps?.[i];
      const at = 4 * (i - from);
      if (stamp && 'size' in stamp) {
        numbers[at] = stamp.size;
        numbers[at + 1] = stamp.mtimeMs;
        numbers[at + 2] = stamp.ctimeMs;
        numbers[at + 3] = stamp.ino;
      } else numbers.fill(-1, at, at + 4);
    }
    hash.update(names).update(numbers.subarray(0, 4 * (to - from)));
  }
}

/** What an incremental build must delete, and which search shards it indexed again, against the previous build (whose files `plan.units` was compared with). */
export function diffPlans(plan: BuildPlan, previous: Manifest): { deletes: string[]; search: Set<string>; removedShards: string[] } {
  const deletes = plan.units.gone();
  const search = new Set<string>();
  for (const [shard, hash] of plan.search) if (previous.search[shard] !== hash) search.add(shard);
  const removedShards = Object.keys(previous.search).filter((shard) => !plan.search.has(shard)).sort();
  return { deletes, search, removedShards };
}
