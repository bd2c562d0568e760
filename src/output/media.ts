// The pictures articles show, and the documents, sound and video they link to, from the seeds
// folder (see src/seeds/media.ts): which are copied into the site, and which cannot be (a warning
// each: the article is published, showing the missing file's description or text), then the
// copying itself, into the folder a build stages its output in.
import { constants } from 'node:fs';
import { mkdir, open, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { hashOf } from '../hash.ts';
import type { FileStamp } from '../seeds/cache.ts';
import type { ListedStamp } from '../seeds/load.ts';
import { isImageFile, maxBytes, mediaName, mediaOutputPath, mediaRefUrl } from '../seeds/media.ts';
import { blocksOf } from '../seeds/words.ts';
import type { Block, Body, MediaRef, SeedProblem } from '../types.ts';

/** A file to copy: its path as articles name it, the file of the seeds folder that is, its path in the output, and the stamp that changes when it does. */
export interface MediaCopy {
  file: string;
  source: string;
  rel: string;
  hash: string;
  stamp: FileStamp;
  /** The first article that shows or links to it, and where: a warning about it names that place. */
  shownBy: { file: string; line: number };
}

export interface MediaPlan {
  copies: MediaCopy[];
  /** A file a published article shows or links to that the site cannot have: not in the seeds folder (or only as a link), unreadable, too large, its name two files', or its place an old address's. */
  warnings: SeedProblem[];
  /** Root-relative addresses (by mediaName) of files the seeds folder does not have: left as written, for the host to serve. */
  hosted: Set<string>;
}

const MIB = 2 ** 20;

/**
 * The file of the seeds folder a path of an article names: as written, else in another Unicode form
 * (a folder copied from a Mac holds `é` as `e` and its accent), else in another case, when only
 * one file differs so (a site moved from Windows or macOS, where `Photo.JPG` is `photo.jpg`).
 */
class MediaFiles {
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

/** The folders a relative path lies in, innermost first (`a/b/c` is in `a/b` and `a`). */
function* foldersOf(rel: string): Generator<string> {
  for (let dir = path.posix.dirname(rel); dir !== '.'; dir = path.posix.dirname(dir)) yield dir;
}

/** Files of the output and the folders they make: where no other file may go (one file's path may not be another's folder). */
class OutputPaths {
  private readonly files = new Set<string>();
  private readonly folders = new Set<string>();
  constructor(files: Iterable<string> = []) {
    for (const f of files) this.add(f);
  }
  add(rel: string): void {
    this.files.add(rel);
    for (const dir of foldersOf(rel)) this.folders.add(dir);
  }
  /** Whether a file at `rel` is one of them. */
  has(rel: string): boolean {
    return this.files.has(rel);
  }
  /** Whether a file at `rel` would be one of them, a folder of them, or lie under one of them. */
  clashes(rel: string): boolean {
    if (this.files.has(rel) || this.folders.has(rel)) return true;
    for (const dir of foldersOf(rel)) if (this.files.has(dir)) return true;
    return false;
  }
}

/** How a warning names a file: a picture, or another file. */
export function mediaNoun(file: string): string {
  return isImageFile(file) ? 'the picture' : 'the file';
}

/**
 * Which files the articles show or link to, in the order of the articles, each copied once; and
 * a warning for each one the seeds folder does not have as a file it can copy, or whose place in
 * the site an old address of an article (`aliases`: output paths in `aliasFiles`) takes.
 */
export function planMedia(
  articles: readonly { file: string; media: readonly MediaRef[] }[],
  available: ReadonlyMap<string, ListedStamp>,
  aliasFiles: ReadonlySet<string> = new Set(),
): MediaPlan {
  const files = new MediaFiles(available);
  // The old addresses' pages, and the files copied so far.
  const aliases = new OutputPaths(aliasFiles);
  const copied = new OutputPaths();
  const copies = new Map<string, MediaCopy>();
  const warnings: SeedProblem[] = [];
  const hosted = new Set<string>();
  for (const a of articles) {
    for (const ref of a.media) {
      const name = mediaName(ref);
      if (copies.has(name)) continue;
      // Hugo serves its `static/` folder from the site's root: given a Hugo site's own folder (see
      // load.ts's siteFolders), `/images/quay.jpg` is its `static/images/quay.jpg`.
      const source = files.find(ref.file) ?? (ref.rooted ? files.find(`static/${ref.file}`) : undefined);
      const found = source === undefined || source === 'ambiguous' ? undefined : available.get(source);
      const rel = mediaOutputPath(ref);
      const noun = mediaNoun(ref.file);
      const warn = (message: string, hint: string): void => void warnings.push({ file: a.file, line: ref.line, message: `${noun} "${name}" ${message}`, hint });
      const limit = maxBytes(ref.file);
      if (source === 'ambiguous') {
        warn('is two files of the seeds folder, whose names differ only in case', 'write its name as the file you mean has it');
      } else if (ref.rooted && (found === undefined || ('failed' in found && found.failed === null))) {
        // The host may serve it, as the site this archive comes from did: the address stays (a cover is left out: see withoutMissingMedia).
        hosted.add(name);
        if (ref.cover) warn('is not in the seeds folder: the article is shown without its cover', `copy the file to ${ref.file} in the seeds folder`);
        else warn('is not in the seeds folder: its address is left as written, for the host to serve', `copy the file to ${ref.file} in the seeds folder, unless the host serves it`);
      } else if (found === undefined || ('failed' in found && found.failed === null)) {
        warn('is not in the seeds folder (as a file of its own, not a link)', 'put the file at that place in the seeds folder, or correct its address');
      } else if ('failed' in found) {
        warn(`cannot be read: ${found.failed!.message}`, 'check its permissions');
      } else if (found.size > limit) {
        warn(`is ${(Math.ceil((found.size / MIB) * 10) / 10).toFixed(1)} MiB, over the ${limit / MIB} MiB ${noun === 'the picture' ? 'a picture' : 'a document, sound or video'} can have: it is not copied`, 'make a smaller copy for the web');
      } else if (aliases.clashes(rel)) {
        warn(`would be at /${rel}, where an article's old address (its aliases or permalink) sends readers on: it is not copied`, 'move the file to another folder, or change the old address');
      } else if (copied.has(rel)) {
        warn(`would be at /${rel}, where another file of the seeds folder is copied: it is not copied`, 'move one of the two files, or name it by another address');
      } else if (copied.clashes(rel)) {
        warn(`would be at /${rel}, where another file's path goes on (a file and a folder of one name): it is not copied`, 'write the names of both as the files have them');
      } else {
        copied.add(rel);
        copies.set(name, { file: name, source: source!, rel, hash: `media ${found.size} ${found.mtimeMs} ${found.ctimeMs} ${found.ino}`, stamp: found, shownBy: { file: a.file, line: ref.line } });
      }
    }
  }
  return { copies: [...copies.values()], warnings, hosted };
}

/** Why a file an article names is missing (see missingMedia). */
export type Missing = 'hosted' | 'gone';

/**
 * The files articles show or link to that the site will not have, by mediaName: `hosted`, a
 * root-relative address of a file the seeds folder lacks, which the host may serve; `gone`, any
 * other (see withoutMissingMedia).
 */
export function missingMedia(articles: readonly { media: readonly MediaRef[] }[], plan: Pick<MediaPlan, 'copies' | 'hosted'>): Map<string, Missing> {
  const copied = new Set(plan.copies.map((c) => c.file));
  const missing = new Map<string, Missing>();
  for (const a of articles) {
    for (const ref of a.media) {
      const name = mediaName(ref);
      if (!copied.has(name)) missing.set(name, plan.hosted.has(name) ? 'hosted' : 'gone');
    }
  }
  return missing;
}

/** A picture as the body's renderer writes one (src/seeds/markdown.ts): `<img src="…" alt="…">`. */
const PICTURE = /<img src="([^"]*)" alt="([^"]*)"(?: title="[^"]*")?>/g;
/** A link as the renderer writes one, a file's fragment kept: `<a href="/media/…#page=3">…</a>`. */
const LINK = /<a href="([^"]*)"(?: title="[^"]*")?>([\s\S]*?)<\/a>/g;
const ATTRIBUTE_ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>' };

/** An address as an attribute holds it, its character references read and its fragment aside. */
function addressOf(attribute: string): string {
  return attribute.replace(/&(?:amp|quot|#39|lt|gt);/g, (e) => ATTRIBUTE_ENTITIES[e]!).replace(/#.*$/s, '');
}

/**
 * An article as the site shows it when files it shows or links to are missing (see planMedia's
 * warnings, and missingMedia): a missing picture is its description, as a browser would show it
 * broken, and a link to a missing file its text, rather than an address that answers 404 (or
 * another file's); neither is the sharing card or in the JSON-LD. A root-relative address of a
 * file the seeds folder lacks (`hosted`) stays as written, the host may serve it, but is no
 * sharing card either. The article itself is returned when nothing it names is missing.
 */
export function withoutMissingMedia<A extends { media: readonly MediaRef[]; body: Body; digest: string }>(article: A, missing: ReadonlyMap<string, Missing>): A {
  const gone = article.media.filter((ref) => missing.has(mediaName(ref)));
  if (gone.length === 0) return article;
  // Only the addresses of the article's own missing files, so that its page changes with them
  // alone (its digest says which).
  // A cover the host may have is left out all the same: themes name one for every post, and a
  // broken picture above each would be the first thing a reader sees.
  const goneUrls = new Set(gone.filter((ref) => missing.get(mediaName(ref)) === 'gone' || ref.cover).map(mediaRefUrl));
  const blocks = blocksOf(article).map((block): Block => {
    if (block.type !== 'html' || goneUrls.size === 0) return block;
    const html = block.html
      .replace(PICTURE, (img: string, src: string, alt: string) => (goneUrls.has(addressOf(src)) ? alt : img))
      .replace(LINK, (link: string, href: string, text: string) => (goneUrls.has(addressOf(href)) ? text : link))
      // A paragraph of nothing but a picture without a description is no paragraph.
      .replace(/<p>\s*<\/p>\n?/g, '');
    return { type: 'html', html };
  });
  return {
    ...article,
    media: article.media.filter((ref) => !missing.has(mediaName(ref))),
    body: JSON.stringify(blocks),
    // The digest stands for the article where pages are compared: a file that turns up changes its page.
    digest: hashOf(`${article.digest}\0without\0${gone.map((ref) => `${mediaName(ref)}\0${missing.get(mediaName(ref))}`).join('\0')}`),
  };
}

/** The media files of a listing by their paths (see SeedListing.media). */
export function mediaFiles(media: readonly string[], stamps: readonly ListedStamp[]): Map<string, ListedStamp> {
  return new Map(media.map((file, i) => [file, stamps[i]!]));
}

/** Why a file was not copied, as a warning says it. */
export interface NotCopied {
  message: string;
  hint: string;
}

const BUILD_AGAIN = 'build again once it is in place: the next build copies it';
const CHANGED: NotCopied = { message: 'changed while the site was built', hint: BUILD_AGAIN };

/** Errors that keep one file out of the site, as a warning, rather than stop the build: the disk's own (ENOSPC, EIO) stop it. */
const PICTURE_ERRORS: Record<string, NotCopied> = {
  ENOENT: { message: 'was moved or deleted while the site was built', hint: BUILD_AGAIN },
  ENOTDIR: { message: 'was moved while the site was built', hint: BUILD_AGAIN },
  EISDIR: { message: 'became a folder while the site was built', hint: BUILD_AGAIN },
  ELOOP: { message: 'became a symbolic link while the site was built: links are not followed', hint: 'copy the file itself into the seeds folder' },
  EACCES: { message: 'cannot be read: EACCES', hint: 'check its permissions' },
  EPERM: { message: 'cannot be read: EPERM', hint: 'check its permissions' },
  ENAMETOOLONG: { message: 'has a path too long for the output folder', hint: 'shorten the names of its folders' },
  EEXIST: { message: 'would be where another file is in the output', hint: 'give the two files names that differ in more than case' },
};

/**
 * Copies a file from the seeds folder into the staging folder `stage`, at its output path;
 * or says why it did not (a warning). Only the file that was listed is copied: opened
 * without following a link, and the same file (inode, size and times) as its stamp, so that a file
 * swapped for a link, or another file, since the folder was listed never reaches the site.
 */
export async function copyMedia(seeds: string, stage: string, copy: MediaCopy): Promise<NotCopied | null> {
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
