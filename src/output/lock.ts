// One build at a time per output folder: two builds writing one site (a `build` while `serve`
// runs, two CI jobs) would mix their pages and manifests, and a later build would take the
// mix for its own output. The lock is a file in the folder's cache, holding the process id.
import { mkdir, open, readFile, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { isAlive, OutputFolderError } from './atomic.ts';
import { cacheDirFor } from './incremental.ts';

export class BuildLockError extends OutputFolderError {}

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
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(file, 'wx');
      try {
        await handle.writeFile(`${process.pid}\n`);
      } finally {
        await handle.close();
      }
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number((await readFile(file, 'utf8').catch(() => '')).trim());
      // (This process's own lock is one an earlier build of it failed to release.)
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) {
        throw new BuildLockError(`another build (process ${pid}) is writing "${out}": wait for it to end, or stop it, then build again`);
      }
      await rm(file, { force: true });
    }
  }
  throw new BuildLockError(`could not lock "${out}" for this build: another build keeps taking it`);
}
