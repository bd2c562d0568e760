// Runs the real `news-archive` command, as a user would.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, inject } from 'vitest';
import { listFiles } from './crawl.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = path.join(ROOT, 'bin/news-archive.js');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A new folder, removed with the others at the end of the test run (see temp-root.ts). */
export function tempDir(prefix = 'news-archive-test-'): Promise<string> {
  return mkdtemp(path.join(inject('tempRoot'), prefix));
}

/** Builds `seeds` afresh (`--full`) into a new folder under `work`, and expects `out` to hold the same files, byte for byte. */
export async function expectSameAsFullBuild(seeds: string, out: string, work: string): Promise<void> {
  const full = path.join(work, `full-${Date.now()}`);
  const run = await runCli(['build', '--full', '--seeds', seeds, '--out', full]);
  expect(run.code, run.stderr).toBe(0);
  const files = await listFiles(full);
  expect(await listFiles(out)).toEqual(files);
  for (const f of files) expect((await readFile(path.join(out, f))).equals(await readFile(path.join(full, f))), f).toBe(true);
  await rm(full, { recursive: true });
}
