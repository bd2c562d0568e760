// Reading a listed seed file's bytes, or why there are none: the problem that stops it being
// read, or null when it was deleted since the folder was listed (by an editor's save, a
// `git checkout` during `serve`), so that it counts as never listed.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SeedProblem } from '../types.ts';

export type Listed = { bytes: Uint8Array } | { failed: SeedProblem | null };

/** Why a listed file cannot be read or stamped: a problem, or null when it is gone. */
export function unreadable(file: string, error: unknown): SeedProblem | null {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return null;
  return { file, line: 1, message: `cannot read the file: ${code ?? String(error)}`, hint: 'check its permissions, or move it out of the seeds folder' };
}

export async function readListed(dir: string, file: string): Promise<Listed> {
  try {
    return { bytes: await readFile(path.join(dir, file)) };
  } catch (error) {
    return { failed: unreadable(file, error) };
  }
}

/** As readListed, for a reader thread, which has nothing else to do meanwhile. */
export function readListedSync(dir: string, file: string): Listed {
  try {
    return { bytes: readFileSync(path.join(dir, file)) };
  } catch (error) {
    return { failed: unreadable(file, error) };
  }
}
