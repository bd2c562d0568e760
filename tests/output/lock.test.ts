// The lock of an output folder: one build writes it at a time, and a lock left by a build that
// was killed is taken over.
import { spawn } from 'node:child_process';
import { readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheDirFor } from '../../src/output/incremental.ts';
import { BuildLockError, lockOutput } from '../../src/output/lock.ts';
import { tempDir } from '../helpers/cli.ts';

let out: string;
let lock: string;
// A process that runs for the length of these tests: another build, as far as the lock can tell.
const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore' });

beforeAll(async () => {
  out = path.join(await tempDir(), 'site');
  lock = path.join(cacheDirFor(out), 'lock');
});

afterAll(() => {
  other.kill();
});

async function exitedProcess(): Promise<number> {
  const gone = spawn(process.execPath, ['-e', '']);
  await new Promise((r) => gone.on('exit', r));
  return gone.pid!;
}

describe('the lock of an output folder', () => {
  it('holds the process id from the moment it exists, and leaves nothing else behind', async () => {
    const release = await lockOutput(out);
    expect(await readFile(lock, 'utf8')).toBe(`${process.pid}\n`);
    expect(await readdir(path.dirname(lock))).toEqual(['lock']);
    await release();
  });

  it('refuses a build while another running process holds it', async () => {
    await lockOutput(out);
    await writeFile(lock, `${other.pid}\n`);
    await expect(lockOutput(out)).rejects.toThrow(`another build (process ${other.pid}) is writing`);
  });

  it('counts a lock that holds no process id yet as being written, not as left behind', async () => {
    // A build between making the file and writing its id: taking its lock over ran two builds at once.
    await writeFile(lock, '');
    await expect(lockOutput(out)).rejects.toBeInstanceOf(BuildLockError);
    // One that stayed so (its build killed in between) is taken over once it is old.
    const old = new Date(Date.now() - 60_000);
    await utimes(lock, old, old);
    const release = await lockOutput(out);
    expect(await readFile(lock, 'utf8')).toBe(`${process.pid}\n`);
    await release();
  });

  it('removes the draft of a lock whose process was killed before linking it, and keeps a running one\'s', async () => {
    const dir = path.dirname(lock);
    const gone = `lock.${await exitedProcess()}-deadbeef`;
    const running = `lock.${other.pid}-cafef00d`;
    await writeFile(path.join(dir, gone), '1\n');
    await writeFile(path.join(dir, running), `${other.pid}\n`);
    const release = await lockOutput(out);
    expect((await readdir(dir)).sort()).toEqual(['lock', running]);
    await release();
    await rm(path.join(dir, running));
  });

  it('takes over a lock whose process is gone', async () => {
    await lockOutput(out);
    await writeFile(lock, `${await exitedProcess()}\n`);
    const release = await lockOutput(out);
    expect(await readFile(lock, 'utf8')).toBe(`${process.pid}\n`);
    expect((await readdir(path.dirname(lock))).sort()).toEqual(['lock']);
    await release();
  });
});
