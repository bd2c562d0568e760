// Writes a site into a temporary folder beside the output and swaps it in only when complete,
// so a failed or interrupted build leaves the previous site as it was.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { access, mkdir, readdir, readFile, readlink, realpath, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { constants as fsConstants } from 'node:fs';
import { constants, setPriority } from 'node:os';
import path from 'node:path';

/** A file in every output folder this tool writes, so that it never replaces a folder it did not make. */
export const MARKER = '.news-archive';

export class OutputFolderError extends Error {}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Deletes a folder that is no longer part of any site (the previous site after a full build,
 * what a killed build left) without waiting for it: a detached `rm -rf` at low priority,
 * which outlives this process. Deleting the 243,000 files of a 100,000-article site took 70-75 s
 * on the development machine (ext4 mounted with `discard`), `rm -rf` and Node's `rm` alike: a
 * full build waited that long after its site was in place. Where `rm` cannot be started, the
 * folder is deleted here, and waited for. Resolves once the deletion is under way. `low`: at
 * low priority (a stopped build's own folder is deleted at the priority it ran at, so that it
 * is gone soon after, not when the machine is idle).
 */
export function discard(dir: string, low = true): Promise<void> {
  return new Promise((resolve) => {
    const here = (): void => void rm(dir, { recursive: true, force: true }).then(resolve, () => resolve());
    let child;
    try {
      child = spawn('rm', ['-rf', '--', dir], { detached: true, stdio: 'ignore' });
    } catch {
      here();
      return;
    }
    child.once('error', here);
    child.once('spawn', () => {
      try {
        if (low && child.pid !== undefined) setPriority(child.pid, constants.priority.PRIORITY_LOW);
      } catch {
        // Left at normal priority: it only competes more with whatever runs next.
      }
      child.unref();
      resolve();
    });
  });
}

/** A name beside the output for a folder to discard, unique to this process. */
let discarded = 0;
function discardName(parent: string, name: string): string {
  return path.join(parent, `.${name}.old-${process.pid}-${Date.now()}-${discarded++}`);
}

/**
 * Discards temporary folders left by builds that were killed, and old sites whose build is gone
 * but which no `rm` is deleting (one killed with it, say). Another `rm` of a folder being deleted
 * would race the first to the end: each rebuild in the minute after a full build started one,
 * and five of them were seen deleting the same 282,000 files, at the rebuilds' expense.
 */
async function removeStale(parent: string, name: string): Promise<void> {
  const prefix = `.${name}.`;
  const pattern = new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(?:tmp|old)-(\\d+)-`);
  const stale = (await readdir(parent)).filter((entry) => {
    const m = pattern.exec(entry);
    return entry.startsWith(prefix) && m && !isAlive(Number(m[1]));
  });
  if (stale.length === 0) return;
  const deleting = await foldersBeingDeleted();
  // Looked for again once the processes are known: an `rm` that finished between the listing
  // and now is not among them, and its folder is gone (a second `rm` was seen started for it).
  for (const entry of stale) if (!deleting.has(entry) && existsSync(path.join(parent, entry))) await discard(path.join(parent, entry));
}

/**
 * The names of the folders an `rm -rf -- FOLDER` (as discard starts it) is deleting now, as the
 * processes' command lines in /proc tell; none where there is no /proc to tell.
 */
async function foldersBeingDeleted(): Promise<Set<string>> {
  const names = new Set<string>();
  const pids = await readdir('/proc').catch(() => [] as string[]);
  await Promise.all(
    pids.filter((p) => /^\d+$/.test(p)).map(async (pid) => {
      const args = (await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')).split('\0');
      // The arguments end with a NUL: the last is empty.
      const [rf, dashes, folder] = args.slice(-4, -1);
      if (rf === '-rf' && dashes === '--' && folder) names.add(path.basename(folder));
    }),
  );
  return names;
}

/** Refuses to replace a folder that is not empty and was not written by this tool. */
async function checkReplaceable(out: string): Promise<void> {
  if (!existsSync(out)) return;
  if (!(await stat(out)).isDirectory()) throw new OutputFolderError(`output "${out}" exists and is not a folder`);
  const entries = await readdir(out);
  if (entries.length > 0 && !entries.includes(MARKER)) {
    throw new OutputFolderError(`output folder "${out}" is not empty and was not written by news-archive; choose another --out or empty it`);
  }
}

/** How a finished staging folder becomes the output: by default it replaces the output whole. */
export type Commit = (stage: string, target: string) => Promise<void>;

/** Replaces the output whole with the staging folder: the commit of a full build. */
export async function swapWhole(stage: string, target: string): Promise<void> {
  const old = existsSync(target) ? discardName(path.dirname(target), path.basename(target)) : null;
  if (old) await rename(target, old);
  await rename(stage, target);
  if (old) await discard(old);
}

/**
 * The folder an output path names. One reached through a link (`/var/www/news -> releases/3`)
 * is the folder it points to, even one not made yet: replacing the link itself would leave that
 * folder with the old site.
 */
async function outputTarget(out: string): Promise<string> {
  let at = path.resolve(out);
  // As many links as the system follows in a path.
  for (let hops = 0; hops < 40; hops++) {
    try {
      return await realpath(at);
    } catch {
      // Missing, or a link to a folder not made yet: followed by hand.
    }
    let link: string;
    try {
      link = await readlink(at);
    } catch {
      return at;
    }
    at = path.resolve(path.dirname(at), link);
  }
  return at;
}

/**
 * Calls `write` with a fresh temporary folder beside `out`, then commits it: swaps it in for
 * `out` whole, or applies it with `commit`. On failure or SIGINT/SIGTERM before the commit,
 * the temporary folder is removed and `out` is untouched; a signal during the commit stops the
 * process once the commit is done.
 */
export async function writeAtomically(out: string, write: (dir: string) => Promise<void>, commit: Commit = swapWhole): Promise<void> {
  const target = await outputTarget(out);
  const parent = path.dirname(target);
  const name = path.basename(target);
  await mkdir(parent, { recursive: true });
  await checkReplaceable(target);
  await removeStale(parent, name);
  // Not mkdtemp, which makes a private folder (0700): as the site's root, a web server running
  // as another user could not read it. mkdir makes it as every other folder, by the umask.
  const tmp = path.join(parent, `.${name}.tmp-${process.pid}-${randomBytes(6).toString('hex')}`);
  const exitCode = (signal: NodeJS.Signals): number => (signal === 'SIGINT' ? 130 : 143);
  // A signal while the commit changes the output waits for it to end (an incremental commit
  // moves files in one by one: stopped halfway, it would leave old and new pages mixed); a
  // second one stops at once.
  let committing = false;
  let deferred: NodeJS.Signals | null = null;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (committing && deferred === null) {
      deferred = signal;
      return;
    }
    // Once the folder is made, if it is being made: deleted before, it would be made after.
    void made.catch(() => {}).then(() => discard(tmp, false)).finally(() => process.exit(exitCode(signal)));
  };
  // Listened for before the folder is made: a signal between the two would stop the process
  // with the folder left behind (until the next build).
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const made = mkdir(tmp);
  try {
    await made;
    await write(tmp);
    await writeFile(path.join(tmp, MARKER), 'This folder is written by news-archive; it replaces it on every build.\n');
    committing = true;
    await commit(tmp, target);
    committing = false;
    // Empty folders at most, once committed.
    await rm(tmp, { recursive: true, force: true });
  } catch (error) {
    // A partial site, which may be large.
    await discard(tmp);
    // An incremental commit that failed part of the way has changed the output: the CLI says so.
    // (Not one refused before its first change: see checkWritable.)
    if (committing && commit !== swapWhole && error instanceof Error && !(error as { outputUnchanged?: boolean }).outputUnchanged) Object.assign(error, { partlyCommitted: true });
    throw error;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  if (deferred !== null) process.exit(exitCode(deferred));
}

export interface ChangeSet {
  /** Files in the staging folder that replace or join the output's (relative paths). */
  files: string[];
  /** Output files that no longer exist in the site. */
  deletes: string[];
  /** Output folders replaced whole by the staging folder's (e.g. the search index). */
  folders: string[];
}

/**
 * Applies an incremental build to the output in place, after the whole change was rendered:
 * the pages that are gone are deleted, then every new file lands by `rename`, which replaces
 * the old one atomically. SIGINT and SIGTERM wait
 * for the series of renames to end (see writeAtomically); a crash or SIGKILL inside it leaves a
 * mix of old and new pages that the next build, a full one (the manifest is dropped before the
 * commit), replaces. Staging a whole tree of hard links instead, to swap it in, took 23 s for a
 * 100,000-article site (142,000 folders), against well under a second for this.
 */
export function applyChanges(changes: ChangeSet): Commit {
  return async (stage, target) => {
    await checkWritable(target, changes);
    // Deletes first: a page that is gone may have been a file where a folder now goes
    // (`a.html` -> `a.html/index.html`) or a folder where a file now goes; moving the new
    // files in first failed half-way on such a path. A deleted page is not in the new site,
    // so that it never matters that it goes before the new pages come.
    for (const f of changes.deletes) {
      await rm(path.join(target, f), { force: true });
      // Remove folders left empty, as a full build would not have them.
      for (let dir = path.dirname(f); dir !== '.' && dir !== ''; dir = path.dirname(dir)) {
        try {
          await rmdir(path.join(target, dir));
        } catch {
          break;
        }
      }
    }
    const dirs = new Set(changes.files.map((f) => path.dirname(f)));
    for (const dir of [...dirs].sort()) await mkdir(path.join(target, dir), { recursive: true });
    for (const f of changes.files) await rename(path.join(stage, f), path.join(target, f));
    // Replaced folders are moved out of the site, into one folder beside it, and deleted
    // there: nothing half-deleted is ever in the site.
    let trash: string | null = null;
    for (const [i, folder] of changes.folders.entries()) {
      const live = path.join(target, folder);
      if (existsSync(live)) {
        if (!trash) await mkdir((trash = discardName(path.dirname(target), path.basename(target))));
        await rename(live, path.join(trash, String(i)));
      }
      if (existsSync(path.join(stage, folder))) {
        // The folder it goes in may be new: the first search index shard after a build of no articles.
        await mkdir(path.dirname(live), { recursive: true });
        await rename(path.join(stage, folder), live);
      }
    }
    if (trash) await discard(trash);
  };
}

/**
 * Checks, before an incremental commit changes anything, that it may write in every folder it
 * changes (the nearest one there for a folder it makes), and in the output's parent when it
 * moves a replaced folder out. Where it may not (an output folder made read-only, or owned by
 * the web server's user), the commit is refused whole, the error marked `outputUnchanged`:
 * moving files in until the first refusal left a new article's page in place, unlinked, under
 * the previous build's home page and feeds, and a site that only a full build would repair.
 */
async function checkWritable(target: string, changes: ChangeSet): Promise<void> {
  // A folder's nearest ancestor that exists (or the output itself): where a missing one is made.
  const nearest = (rel: string): string => {
    let dir = rel;
    while (dir !== '.' && dir !== '' && !existsSync(path.join(target, dir))) dir = path.dirname(dir);
    return dir === '' ? '.' : dir;
  };
  const parents = new Set([...changes.deletes, ...changes.files, ...changes.folders].map((f) => path.dirname(f)));
  const dirs = new Set([...parents].map(nearest).map((d) => path.join(target, d)));
  for (const folder of changes.folders) {
    // Moving a folder to another parent rewrites its `..`, and the trash it goes to is made beside the output.
    if (existsSync(path.join(target, folder))) dirs.add(path.join(target, folder)).add(path.dirname(target));
  }
  for (const dir of [...dirs].sort()) {
    try {
      await access(dir, fsConstants.W_OK);
    } catch (error) {
      throw Object.assign(error as Error, { outputUnchanged: true });
    }
  }
}

/** Reads the marker, for tests and tools that want to know a folder is a build. */
export async function isBuildOutput(dir: string): Promise<boolean> {
  try {
    await readFile(path.join(dir, MARKER));
    return true;
  } catch {
    return false;
  }
}
