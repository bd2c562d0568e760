// Pictures that live beside the posts (Hugo's page bundles, Obsidian's and Notion's exports):
// a Markdown image with a relative address names a file of the seeds folder, which the site
// copies to `/media/<its path in the seeds folder>`, so that the article shows it. Pure: which
// files exist is the build's business (src/output/images.ts).
import path from 'node:path';

/** Where the site keeps the pictures it copies from the seeds folder. */
export const MEDIA_ROOT = '/media/';

/**
 * Pictures a browser shows in an `<img>`. Not SVG: opened at its own address, an SVG runs its
 * scripts with the site's origin; it stays as the seed wrote it.
 */
export const IMAGE_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.gif', '.webp', '.avif']);

/** Largest picture copied into the site, in bytes: a press photo is a few megabytes. */
export const MAX_IMAGE_BYTES = 20 * 2 ** 20;

/** Whether a file of the seeds folder (its path there, `/`-separated) is a picture an article may show: see localImage. */
export function isImageFile(relativePath: string): boolean {
  return !relativePath.split('/').some((part) => part.startsWith('.')) && IMAGE_EXTENSIONS.has(path.posix.extname(relativePath).toLowerCase());
}

/** A URL with a scheme (`https:`, `data:`) or from the site's root (`/x.jpg`): no file beside the post. */
const NOT_RELATIVE = /^(?:[a-z][a-z0-9+.-]*:|\/|\\|#)/i;

/**
 * The path in the seeds folder of the picture a seed at `seedFile` (a path in the seeds folder,
 * `/`-separated) names with `src`, or null: a relative address (its query and fragment aside,
 * percent-encoding decoded) of a picture (IMAGE_EXTENSIONS) that stays inside the seeds folder
 * and in no hidden folder.
 */
export function localImage(seedFile: string, src: string): string | null {
  const address = src.trim().replace(/[?#].*$/s, '');
  if (address === '' || NOT_RELATIVE.test(address)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(address);
  } catch {
    return null;
  }
  if (/[\\\u0000-\u001f\u007f]/.test(decoded)) return null;
  const joined = path.posix.normalize(path.posix.join(path.posix.dirname(seedFile), decoded));
  if (joined.startsWith('../') || joined === '..' || joined.startsWith('/')) return null;
  return isImageFile(joined) ? joined : null;
}

/** The site URL of a picture copied from the seeds folder (see localImage): `/media/` and its path, percent-encoded. */
export function imageUrl(file: string): string {
  return MEDIA_ROOT + file.split('/').map(encodeURIComponent).join('/');
}

/** Where the site's copy of a picture is written, relative to the output folder. */
export function imageOutputPath(file: string): string {
  return MEDIA_ROOT.slice(1) + file;
}
