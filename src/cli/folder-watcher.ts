// Watches a folder tree for `serve`: Node's own watcher on each folder, not recursive (one inotify
// watch per folder on Linux), each event naming what changed in it.
//
// Not chokidar: on 100,000 seeds in one folder chokidar 4 took 8.5 s to be ready, held 100,002
// inotify watches (one a file) and 467 MB, and read the whole folder again, with an lstat for
// every entry, on every change in it: 4.3 s of this thread's time for one seed touched. Not
// @parcel/watcher: 2.6.0 on Linux watches none but the first of the folders that `mkdir -p a/b/c`
// makes, and tells nothing of the files put in them later (its issue #97, reproduced here). Not
// Node's recursive watcher: on Linux it loses a file once an editor saves it by writing a copy and
// renaming it over (sed -i, Emacs, JetBrains IDEs, rsync), and misses every later change to it.
// A folder's watcher is the folder's own, whatever is renamed in or out of it.
import { type Dirent, type FSWatcher, lstatSync, watch } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** What a FolderWatcher tells; paths are relative to its root, `/`-separated. */
export interface FolderEvents {
  /** Something at `rel` was added, changed or removed: a file, or what the watcher cannot tell apart from one. */
  changed(rel: string): void;
  /** A folder came or went at `rel`, or was replaced: what it holds is told by no event, only by listing it. */
  folder(rel: string): void;
  /** A folder could not be watched (out of inotify watches, say): changes in it go untold. */
  failed(error: Error): void;
}

/**
 * A folder gone before it was watched (its parent's watcher tells of it; the root's going, the
 * caller's poll), or one this user may not read, which the listing reports as refused.
 */
const unwatchable = (error: unknown): boolean => ['ENOENT', 'ENOTDIR', 'EACCES', 'EPERM'].includes((error as NodeJS.ErrnoException).code ?? '');

export class FolderWatcher {
  /** Each watched folder's watcher, by its path relative to the root ('' for the root). */
  private readonly watchers = new Map<string, FSWatcher>();
  private closed = false;

  /** `skipped(name)`: a file or folder of that name is told of by no event, and a folder not watched. Hidden ones by default, which the reader skips. */
  constructor(
    private readonly root: string,
    private readonly events: FolderEvents,
    private readonly skipped: (name: string) => boolean = (name) => name.startsWith('.'),
  ) {}

  /** Watches the root and every folder under it but the skipped; resolves once all are watched, so that no change after it goes untold. */
  async start(): Promise<void> {
    await this.watchTree('');
  }

  /** How many folders are watched. */
  get size(): number {
    return this.watchers.size;
  }

  close(): void {
    this.closed = true;
    for (const watcher of this.watchers.values()) watcher.close();
    this.watchers.clear();
  }

  private async watchTree(rel: string): Promise<void> {
    if (this.closed || this.watchers.has(rel)) return;
    const dir = path.join(this.root, rel);
    let watcher: FSWatcher;
    try {
      watcher = watch(dir, { encoding: 'utf8' }, (type, name) => this.event(rel, type, name));
    } catch (error) {
      if (!unwatchable(error)) this.events.failed(error as Error);
      return;
    }
    watcher.on('error', (error) => {
      this.unwatchTree(rel);
      if (!unwatchable(error)) this.events.failed(error);
    });
    this.watchers.set(rel, watcher);
    // Listed once watched: a folder made in it meanwhile is told by the watcher, or listed here, or both.
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    // Links are not followed, as the reader does not follow them.
    for (const e of entries) if (e.isDirectory() && !this.skipped(e.name)) await this.watchTree(rel === '' ? e.name : `${rel}/${e.name}`);
  }

  private unwatchTree(rel: string): void {
    for (const [key, watcher] of this.watchers) {
      if (key === rel || key.startsWith(`${rel}/`)) {
        watcher.close();
        this.watchers.delete(key);
      }
    }
  }

  private event(folder: string, type: string, name: string | null): void {
    if (this.closed || !this.watchers.has(folder)) return;
    // No name (an overflow of the kernel's queue): anything in the folder may have changed.
    if (name === null) return this.events.folder(folder);
    if (this.skipped(name)) return;
    const rel = folder === '' ? name : `${folder}/${name}`;
    const watched = this.watchers.has(rel);
    if (type === 'rename') {
      // Added, removed, or renamed in or out: a folder is watched again, whatever became of the one watched before.
      const isFolder = lstatSync(path.join(this.root, rel), { throwIfNoEntry: false })?.isDirectory() === true;
      if (watched) this.unwatchTree(rel);
      if (isFolder) void this.watchTree(rel);
      if (watched || isFolder) return this.events.folder(rel);
    } else if (watched) {
      // A watched folder's own attributes: nothing it holds.
      return;
    }
    this.events.changed(rel);
  }
}
