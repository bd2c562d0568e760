// The pictures articles show from the seeds folder (see src/seeds/images.ts): which are copied
// into the site, and which cannot be (a warning each: the article is published, its picture
// missing), then the copying itself, into the folder a build stages its output in.
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { ListedStamp } from '../seeds/load.ts';
import { imageOutputPath, MAX_IMAGE_BYTES } from '../seeds/images.ts';
import type { ImageRef, SeedProblem } from '../types.ts';

/** A picture to copy: its path in the seeds folder, its path in the output, and the stamp that changes when it does. */
export interface ImageCopy {
  file: string;
  rel: string;
  hash: string;
}

export interface ImagePlan {
  copies: ImageCopy[];
  /** A picture a published article shows that the site cannot: not in the seeds folder, unreadable or too large. */
  warnings: SeedProblem[];
}

const MIB = 2 ** 20;

/**
 * Which pictures the articles show, in the order of the articles, each copied once; and a
 * warning for each one the seeds folder does not have as a picture it can copy.
 */
export function planImages(articles: readonly { file: string; images: readonly ImageRef[] }[], available: ReadonlyMap<string, ListedStamp>): ImagePlan {
  const copies = new Map<string, ImageCopy>();
  const warnings: SeedProblem[] = [];
  for (const a of articles) {
    for (const image of a.images) {
      const found = available.get(image.file);
      const warn = (message: string, hint: string): void => void warnings.push({ file: a.file, line: image.line, message, hint });
      if (found === undefined || ('failed' in found && found.failed === null)) {
        warn(`the picture "${image.file}" is not in the seeds folder (as a file of its own, not a link)`, 'put the picture at that place in the seeds folder, or correct its address');
      } else if ('failed' in found) {
        warn(`the picture "${image.file}" cannot be read: ${found.failed!.message}`, 'check its permissions');
      } else if (found.size > MAX_IMAGE_BYTES) {
        warn(`the picture "${image.file}" is ${(found.size / MIB).toFixed(1)} MiB, over the ${MAX_IMAGE_BYTES / MIB} MiB a picture can have: it is not copied`, 'make a smaller copy for the web');
      } else if (!copies.has(image.file)) {
        copies.set(image.file, { file: image.file, rel: imageOutputPath(image.file), hash: `image ${found.size} ${found.mtimeMs} ${found.ctimeMs} ${found.ino}` });
      }
    }
  }
  return { copies: [...copies.values()], warnings };
}

/** The pictures of a listing by their paths (see SeedListing.images). */
export function imageFiles(images: readonly string[], stamps: readonly ListedStamp[]): Map<string, ListedStamp> {
  return new Map(images.map((file, i) => [file, stamps[i]!]));
}

/** Copies a picture from the seeds folder into the staging folder `stage`, at its output path. */
export async function copyImage(seeds: string, stage: string, copy: ImageCopy): Promise<void> {
  const target = path.join(stage, copy.rel);
  await mkdir(path.dirname(target), { recursive: true });
  await copyFile(path.join(seeds, copy.file), target);
}
