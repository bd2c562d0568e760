// serve's watcher of the seeds folder: one watch per folder, each event naming what changed;
// folders made, moved in or out, nested or not, are watched or let go; hidden ones never.
import { appendFileSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FolderWatcher } from '../../src/cli/folder-watcher.ts';
import { tempDir } from '../helpers/cli.ts';

interface Told {
  changed: string[];
  folders: string[];
  failed: Error[];
}

const watchers: FolderWatcher[] = [];
afterEach(() => {
  for (const w of watchers.splice(0)) w.close();
});

async function watching(root: string): Promise<{ watcher: FolderWatcher; told: Told; clear(): void }> {
  const told: Told = { changed: [], folders: [], failed: [] };
  const watcher = new FolderWatcher(root, {
    changed: (rel) => told.changed.push(rel),
    folder: (rel) => told.folders.push(rel),
    failed: (error) => told.failed.push(error),
  });
  watchers.push(watcher);
  await watcher.start();
  return {
    watcher,
    told,
    clear: () => {
      told.changed.length = 0;
      told.folders.length = 0;
    },
  };
}

/** Waits until `check` holds, up to 5 s: the kernel tells of a change a moment after it. */
async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 250 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
  if (!check()) throw new Error(`not told: ${what}`);
}

const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 300));

describe('FolderWatcher', () => {
  it('tells each file written, changed, saved by renaming a copy over it, and removed, by its path; hidden ones never', async () => {
    const root = await tempDir();
    mkdirSync(path.join(root, 'wires'));
    mkdirSync(path.join(root, '.git', 'objects'), { recursive: true });
    const { watcher, told, clear } = await watching(root);
    expect(watcher.size).toBe(2);
    writeFileSync(path.join(root, 'a.txt'), 'one');
    await until(() => told.changed.includes('a.txt'), 'a.txt written');
    clear();
    appendFileSync(path.join(root, 'wires', 'b.txt'), 'two');
    await until(() => told.changed.includes('wires/b.txt'), 'wires/b.txt written');
    // Saved as editors save: each later change is told as well.
    for (const round of [1, 2]) {
      clear();
      writeFileSync(path.join(root, 'wires', '.b.txt.swp'), `copy ${round}`);
      renameSync(path.join(root, 'wires', '.b.txt.swp'), path.join(root, 'wires', 'b.txt'));
      await until(() => told.changed.includes('wires/b.txt'), `wires/b.txt saved by rename (${round})`);
    }
    clear();
    appendFileSync(path.join(root, 'wires', 'b.txt'), 'three');
    await until(() => told.changed.includes('wires/b.txt'), 'wires/b.txt changed after the renames');
    clear();
    rmSync(path.join(root, 'a.txt'));
    await until(() => told.changed.includes('a.txt'), 'a.txt removed');
    writeFileSync(path.join(root, '.git', 'objects', 'x'), 'hidden');
    writeFileSync(path.join(root, '.hidden.txt'), 'hidden');
    mkdirSync(path.join(root, '.cache'));
    await settle();
    expect([...told.changed, ...told.folders].filter((p) => p.split('/').some((part) => part.startsWith('.')))).toEqual([]);
    expect(watcher.size).toBe(2);
    expect(told.failed).toEqual([]);
  });

  it('watches every folder `mkdir -p` makes, and tells of files put in the deepest later', async () => {
    const root = await tempDir();
    const { watcher, told } = await watching(root);
    mkdirSync(path.join(root, '2024', '03', '14'), { recursive: true });
    await until(() => told.folders.includes('2024'), 'the folder made');
    await until(() => watcher.size === 4, 'every folder made watched');
    writeFileSync(path.join(root, '2024', '03', '14', 'deep.txt'), 'deep');
    await until(() => told.changed.includes('2024/03/14/deep.txt'), 'a file in the deepest folder');
  });

  it('watches a folder moved in with what it holds, lets it go when moved out, and follows one moved in under its name', async () => {
    const dir = await tempDir();
    const root = path.join(dir, 'seeds');
    mkdirSync(root);
    const outside = path.join(dir, 'wires');
    mkdirSync(path.join(outside, 'inner'), { recursive: true });
    writeFileSync(path.join(outside, 'inner', 'c.txt'), 'c');
    const { watcher, told, clear } = await watching(root);
    renameSync(outside, path.join(root, 'wires'));
    await until(() => told.folders.includes('wires') && watcher.size === 3, 'the folder moved in, watched with its sub-folder');
    appendFileSync(path.join(root, 'wires', 'inner', 'c.txt'), 'more');
    await until(() => told.changed.includes('wires/inner/c.txt'), 'a change in the folder moved in');
    clear();
    renameSync(path.join(root, 'wires'), outside);
    await until(() => told.folders.includes('wires') && watcher.size === 1, 'the folder moved out, let go');
    clear();
    appendFileSync(path.join(outside, 'inner', 'c.txt'), 'outside');
    await settle();
    expect(told.changed).toEqual([]);
    // Another folder under the same name: watched as the first was.
    mkdirSync(path.join(root, 'wires'));
    await until(() => told.folders.includes('wires') && watcher.size === 2, 'a new folder of the same name');
    writeFileSync(path.join(root, 'wires', 'd.txt'), 'd');
    await until(() => told.changed.includes('wires/d.txt'), 'a file in the new folder');
  });

  it('keeps watching while folders appear and vanish at once, and tells nothing once closed', async () => {
    const root = await tempDir();
    const { watcher, told } = await watching(root);
    for (let i = 0; i < 200; i++) {
      mkdirSync(path.join(root, `tmp${i}`, 'a', 'b'), { recursive: true });
      rmSync(path.join(root, `tmp${i}`), { recursive: true });
    }
    await settle();
    expect(told.failed).toEqual([]);
    expect(watcher.size).toBe(1);
    writeFileSync(path.join(root, 'after.txt'), 'x');
    await until(() => told.changed.includes('after.txt'), 'a file after the folders');
    watcher.close();
    const before = told.changed.length + told.folders.length;
    writeFileSync(path.join(root, 'closed.txt'), 'x');
    mkdirSync(path.join(root, 'closed'));
    await settle();
    expect(told.changed.length + told.folders.length).toBe(before);
    expect(watcher.size).toBe(0);
  });

  it('watches nothing, and tells no failure, for a root that is gone: the caller polls for its coming back', async () => {
    const root = path.join(await tempDir(), 'not-there');
    const { watcher, told } = await watching(root);
    expect(watcher.size).toBe(0);
    expect(told.failed).toEqual([]);
  });
});
