// The pictures articles show from the seeds folder (see src/seeds/images.ts): which are copied
// into the site, and which cannot be (a warning each: the article is published, its picture
// missing), then the copying itself, into the folder a build stages its output in.
import { constants } from 'node:fs';
import { mkdir, open, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FileStamp } from '../seeds/cache.ts';
import type { ListedStamp } from '../seeds/load.ts';
import { imageOutputPath, MAX_IMAGE_BYTES } from '../seeds/images.ts';
import type { ImageRef, SeedProblem } from '../types.ts';

/** A picture to copy: its path as articles name it, the file of the seeds folder that is, its path in the output, and the stamp that changes when it does. */
export interface ImageCopy {
  file: string;
  source: string;
  rel: string;
  hash: string;
  stamp: FileStamp;
  /** The first article that shows it, and where: a warning about it names that place. */
  shownBy: { file: string; line: number };
}

export interface ImagePlan {
  copies: ImageCopy[];
  /** A picture a published article shows that the site cannot have: not in the seeds folder (or only as a link), unreadable, too large, its name two files', or its place an old address's. */
  warnings: SeedProblem[];
}

const MIB = 2 ** 20;

/**
 * The file of the seeds folder a picture's path names: as written, else in another Unicode form
 * (a folder copied from a Mac holds `é` as `e` and its accent), else in another case, when only
 * one file differs so (a site moved from Windows or macOS, where `Photo.JPG` is `photo.jpg`).
 */
class PictureFiles {
  private readonly byForm = new Map<string, string>();
  /** By case-folded name; null where two files fold to one. */
  private readonly byCase = new Map<string, string | null>();
  constructor(private readonly available: ReadonlyMap<string, ListedStamp>) {
    for (const file of available.keys()) {
      const form = file.normalize('NFC');
      if (!this.byForm.has(form)) this.byForm.set(form, file);
      const folded = form.toLowerCase();
      this.byCase.set(folded, this.byCase.has(folded) && this.byCase.get(folded) !== file ? null : file);
    }
  }
  /** The file, or `ambiguous` when two files differ from the name only in case. */
  find(file: string): string | 'ambiguous' | undefined {
    if (this.available.has(file)) return file;
    const form = file.normalize('NFC');
    const byCase = this.byCase.get(form.toLowerCase());
    return this.byForm.get(form) ?? (byCase === null ? 'ambiguous' : byCase);
  }
}

/** Whether a picture's output path is, or lies under, a path an old address of an article takes (`aliases`; see planImages). */
function takenBy(rel: string, aliasFiles: ReadonlySet<string>, aliasFolders: ReadonlySet<string>): boolean {
  if (aliasFiles.has(rel) || aliasFolders.has(rel)) return true;
  for (let dir = path.posix.dirname(rel); dir !== '.'; dir = path.posix.dirname(dir)) if (aliasFiles.has(dir)) return true;
  return false;
}

/**
 * Which pictures the articles show, in the order of the articles, each copied once; and a
 * warning for each one the seeds folder does not have as a picture it can copy, or whose place
 * in the site an old address of an article (`aliases`: output paths in `aliasFiles`) takes.
 */
export function planImages(
  articles: readonly { file: string; images: readonly ImageRef[] }[],
  available: ReadonlyMap<string, ListedStamp>,
  aliasFiles: ReadonlySet<string> = new Set(),
): ImagePlan {
  const files = new PictureFiles(available);
  const aliasFolders = new Set<string>();
  for (const f of aliasFiles) for (let dir = path.posix.dirname(f); dir !== '.'; dir = path.posix.dirname(dir)) aliasFolders.add(dir);
  const copies = new Map<string, ImageCopy>();
  const warnings: SeedProblem[] = [];
  for (const a of articles) {
    for (const image of a.images) {
      if (copies.has(image.file)) continue;
      const source = files.find(image.file);
      const found = source === undefined || source === 'ambiguous' ? undefined : available.get(source);
      const rel = imageOutputPath(image.file);
      const warn = (message: string, hint: string): void => void warnings.push({ file: a.file, line: image.line, message: `the picture "${image.file}" ${message}`, hint });
      if (source === 'ambiguous') {
        warn('is two files of the seeds folder, whose names differ only in case', 'write its name as the file you mean has it');
      } else if (found === undefined || ('failed' in found && found.failed === null)) {
        warn('is not in the seeds folder (as a file of its own, not a link)', 'put the picture at that place in the seeds folder, or correct its address');
      } else if ('failed' in found) {
        warn(`cannot be read: ${found.failed!.message}`, 'check its permissions');
      } else if (found.size > MAX_IMAGE_BYTES) {
        warn(`is ${(found.size / MIB).toFixed(1)} MiB, over the ${MAX_IMAGE_BYTES / MIB} MiB a picture can have: it is not copied`, 'make a smaller copy for the web');
      } else if (takenBy(rel, aliasFiles, aliasFolders)) {
        warn(`would be at /${rel}, where an article's old address (aliases) sends readers on: it is not copied`, 'move the picture to another folder, or change the old address');
      } else {
        copies.set(image.file, { file: image.file, source: source!, rel, hash: `image ${found.size} ${found.mtimeMs} ${found.ctimeMs} ${found.ino}`, stamp: found, shownBy: { file: a.file, line: image.line } });
      }
    }
  }
  return { copies: [...copies.values()], warnings };
}

/** The pictures of a listing by their paths (see SeedListing.images). */
export function imageFiles(images: readonly string[], stamps: readonly ListedStamp[]): Map<string, ListedStamp> {
  return new Map(images.map((file, i) => [file, stamps[i]!]));
}

/** Why a picture was not copied, as a warning says it. */
export interface NotCopied {
  message: string;
  hint: string;
}

const BUILD_AGAIN = 'build again once it is in place: the next build copies it';
const CHANGED: NotCopied = { message: 'changed while the site was built', hint: BUILD_AGAIN };

/** Errors that keep one picture out of the site, as a warning, rather than stop the build: the disk's own (ENOSPC, EIO) stop it. */
const PICTURE_ERRORS: Record<string, NotCopied> = {
  ENOENT: { message: 'was moved or deleted while the site was built', hint: BUILD_AGAIN },
  ENOTDIR: { message: 'was moved while the site was built', hint: BUILD_AGAIN },
  EISDIR: { message: 'became a folder while the site was built', hint: BUILD_AGAIN },
  ELOOP: { message: 'became a symbolic link while the site was built: links are not followed', hint: 'copy the picture itself into the seeds folder' },
  EACCES: { message: 'cannot be read: EACCES', hint: 'check its permissions' },
  EPERM: { message: 'cannot be read: EPERM', hint: 'check its permissions' },
  ENAMETOOLONG: { message: 'has a path too long for the output folder', hint: 'shorten the names of its folders' },
};

/**
 * Copies a picture from the seeds folder into the staging folder `stage`, at its output path;
 * or says why it did not (a warning). Only the file that was listed is copied: opened
 * without following a link, and the same file (inode, size and times) as its stamp, so that a picture
 * swapped for a link, or another file, since the folder was listed never reaches the site.
 */
export async function copyImage(seeds: string, stage: string, copy: ImageCopy): Promise<NotCopied | null> {
  let handle;
  try {
    handle = await open(path.join(seeds, copy.source), constants.O_RDONLY | constants.O_NOFOLLOW);
    const stat = await handle.stat();
    // Its whole stamp: a file made since may have the inode of one deleted, and its size.
    const { ino, size, mtimeMs, ctimeMs } = copy.stamp;
    if (!stat.isFile() || stat.ino !== ino || stat.size !== size || stat.mtimeMs !== mtimeMs || stat.ctimeMs !== ctimeMs) return CHANGED;
    const bytes = await handle.readFile();
    if (bytes.length !== size) return CHANGED;
    const target = path.join(stage, copy.rel);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, bytes);
    return null;
  } catch (error) {
    const notCopied = PICTURE_ERRORS[(error as NodeJS.ErrnoException).code ?? ''];
    if (notCopied === undefined) throw error;
    return notCopied;
  } finally {
    await handle?.close();
  }
}
