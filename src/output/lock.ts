// One build at a time per output folder: two builds writing one site (a `build` while `serve`
// runs, two CI jobs) would mix their pages and manifests, and a later build would take the
// mix for its own output. The lock is a file in the folder's cache, holding the process id.
import { randomBytes } from 'node:crypto';
import { link, mkdir, open, readdir, readFile, rename, rm, rmdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { isAlive, OutputFolderError } from './atomic.ts';
import { cacheDirFor } from './incremental.ts';

export class BuildLockError extends OutputFolderError {}

/**
 * How long a lock file without a process id counts as being written (its maker between creating
 * it and writing its id) rather than left by a process killed in between: a build that took it
 * over in that moment ran beside the one that made it.
 */
const UNWRITTEN_LOCK_MS = 10_000;

/**
 * Makes `file` holding `content` in one step, or fails with EEXIST: the lock is never seen
 * empty. Written to a name of its own, then linked to `file`; where the file system has no
 * hard links (FAT, some network mounts), made with O_EXCL and written after (see UNWRITTEN_LOCK_MS).
 */
async function createWith(file: string, content: string): Promise<void> {
  const own = `${file}.${process.pid}-${randomBytes(4).toString('hex')}`;
  let handle;
  try {
    handle = await open(own, 'wx');
  } catch (error) {
    // A cache folder that may not be written in: said of the lock, not of its draft's name.
    throw Object.assign(error as Error, { path: file, message: (error as Error).message.replace(own, file) });
  }
  try {
    await handle.writeFile(content);
  } finally {
    await handle.close();
  }
  try {
    await link(own, file);
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw error;
  } finally {
    await rm(own, { force: true });
  }
  const handle2 = await open(file, 'wx');
  try {
    await handle2.writeFile(content);
  } finally {
    await handle2.close();
  }
}

/**
 * Removes the lock at `file` if it is still the stale one judged so (inode `ino`): moved aside
 * first, in one step, so that a lock another build took in its place meanwhile is put back,
 * not deleted (two builds waiting on one killed build's lock both judged it stale, and the
 * second deleted the lock the first had just taken).
 */
async function removeStale(file: string, ino: number): Promise<void> {
  const aside = `${file}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await rename(file, aside);
  } catch {
    // Gone already: another build removed it.
    return;
  }
  if ((await stat(aside)).ino !== ino) await link(aside, file).catch(() => {});
  await rm(aside, { force: true });
}

/**
 * Removes the drafts of locks (see createWith) whose process no longer runs: one killed between
 * making its draft and linking it left the draft behind. A running process's draft is its own
 * business: it is linked or removed in a moment.
 */
async function removeOrphanDrafts(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    const pid = /^lock\.(\d+)-[0-9a-f]{8}$/.exec(name)?.[1];
    if (pid !== undefined && !isAlive(Number(pid))) await rm(path.join(dir, name), { force: true });
  }
}

/**
 * Takes the lock of the output folder `out`, and returns what releases it. A lock left by a
 * process that no longer runs (killed, crashed) is taken over; one held by a running process
 * is a BuildLockError.
 */
export async function lockOutput(out: string): Promise<() => Promise<void>> {
  const dir = cacheDirFor(out);
  // A build that writes nothing (invalid seeds) leaves no cache folder made for its lock alone.
  const made = (await mkdir(dir, { recursive: true })) !== undefined;
  const file = path.join(dir, 'lock');
  const release = async (): Promise<void> => {
    await rm(file, { force: true });
    if (made) await rmdir(dir).catch(() => {});
  };
  await removeOrphanDrafts(dir);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await createWith(file, `${process.pid}\n`);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const held = await stat(file).catch(() => null);
      if (held === null) continue;
      const pid = Number((await readFile(file, 'utf8').catch(() => '')).trim());
      const valid = Number.isInteger(pid) && pid > 0;
      // (This process's own lock is one an earlier build of it failed to release.)
      if (valid && pid !== process.pid && isAlive(pid)) {
        throw new BuildLockError(`another build (process ${pid}) is writing "${out}": wait for it to end, or stop it, then build again`);
      }
      if (!valid && Date.now() - held.mtimeMs < UNWRITTEN_LOCK_MS) {
        throw new BuildLockError(`another build is writing "${out}": wait for it to end, or stop it, then build again`);
      }
      await removeStale(file, held.ino);
    }
  }
  throw new BuildLockError(`could not lock "${out}" for this build: another build keeps taking it`);
}
