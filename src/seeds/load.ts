// I/O edge: reads every seed file under a folder into records, collecting all problems.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { SeedProblem, SeedRecord } from '../types.ts';
import type { RecordCache } from './cache.ts';
import { isSeedCandidate, readSeed } from './read.ts';

export interface LoadedSeeds {
  records: SeedRecord[];
  problems: SeedProblem[];
  /** Number of files read. */
  files: number;
}

export class SeedsFolderError extends Error {}

/** Lists seed files under `dir`, as sorted paths relative to it with `/` separators. */
export async function listSeedFiles(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SeedsFolderError(code === 'ENOENT' ? `seeds folder "${dir}" does not exist` : `cannot read seeds folder "${dir}": ${code ?? String(error)}`);
  }
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter(isSeedCandidate)
    .sort();
}

/** Files read at once: enough to keep the disk busy, few enough to stay far from the fd limit. */
const READ_CONCURRENCY = 64;

/** Reads every seed under `dir`; with a cache, only the files changed since it was written. */
export async function loadSeeds(dir: string, cache?: RecordCache, onProgress?: (done: number, total: number) => void): Promise<LoadedSeeds> {
  const files = await listSeedFiles(dir);
  const results = new Array<ReturnType<typeof readSeed>>(files.length);
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < files.length; i = next++) {
      const file = files[i]!;
      const full = path.join(dir, file);
      if (!cache) {
        results[i] = readSeed(file, await readFile(full));
        onProgress?.(++done, files.length);
        continue;
      }
      const { size, mtimeMs, ino } = await stat(full);
      const stamp = { size, mtimeMs, ino };
      let result = cache.get(file, stamp);
      if (!result) {
        result = readSeed(file, await readFile(full));
        cache.set(file, stamp, result);
      }
      results[i] = result;
      onProgress?.(++done, files.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, files.length) }, worker));
  const records: SeedRecord[] = [];
  const problems: SeedProblem[] = [];
  for (const result of results) {
    if (result.ok) records.push(result.record);
    else problems.push(...result.problems);
  }
  return { records, problems, files: files.length };
}
