// Files that live beside the posts (Hugo's page bundles, Obsidian's and Notion's exports):
// a Markdown picture or link with a relative address names a file of the seeds folder, which
// the site copies to `/media/<its path in the seeds folder>`, so that the article shows or links
// to it. Pictures are shown; documents, sound and video are linked to. Pure: which files exist
// is the build's business (src/output/media.ts).
import path from 'node:path';
import type { MediaRef } from '../types.ts';

/** Where the site keeps the files it copies from the seeds folder. */
export const MEDIA_ROOT = '/media/';

/**
 * Pictures a browser shows in an `<img>`. Not SVG: opened at its own address, an SVG runs its
 * scripts with the site's origin; it stays as the seed wrote it.
 */
export const IMAGE_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.gif', '.webp', '.avif']);

/**
 * Files an article links to (a report, a recording, its data): documents, sound and video a
 * browser opens or plays, and the office files, tables and archives it downloads. Nothing a
 * browser runs as the site (HTML, SVG, XML with its stylesheet, scripts).
 */
export const DOCUMENT_EXTENSIONS = new Set([
  ...'.pdf .mp3 .m4a .ogg .oga .opus .wav .flac .mp4 .m4v .webm .ogv .mov'.split(' '),
  ...'.doc .docx .xls .xlsx .ppt .pptx .odt .ods .odp .rtf .csv .epub .zip'.split(' '),
]);

/** Largest picture copied into the site, in bytes: a press photo is a few megabytes. */
export const MAX_IMAGE_BYTES = 20 * 2 ** 20;
/** Largest document, sound or video copied: a report or a recording of a speech; a film is no article's. */
export const MAX_DOCUMENT_BYTES = 100 * 2 ** 20;

const extension = (file: string): string => path.posix.extname(file).toLowerCase();
const hidden = (file: string): boolean => file.split('/').some((part) => part.startsWith('.'));

/** Whether a file of the seeds folder (its path there, `/`-separated) is a picture an article may show: see localImage. */
export function isImageFile(relativePath: string): boolean {
  return !hidden(relativePath) && IMAGE_EXTENSIONS.has(extension(relativePath));
}

/** Whether a file of the seeds folder is one an article may show or link to: a picture, a document, sound or video. */
export function isMediaFile(relativePath: string): boolean {
  return !hidden(relativePath) && (IMAGE_EXTENSIONS.has(extension(relativePath)) || DOCUMENT_EXTENSIONS.has(extension(relativePath)));
}

/** The most bytes of a file the site copies. */
export function maxBytes(file: string): number {
  return IMAGE_EXTENSIONS.has(extension(file)) ? MAX_IMAGE_BYTES : MAX_DOCUMENT_BYTES;
}

/** A URL with a scheme (`https:`, `data:`) or from the site's root (`/x.jpg`): no file beside the post. */
const NOT_RELATIVE = /^(?:[a-z][a-z0-9+.-]*:|\/|\\|#)/i;

/** An address without its query and fragment. */
const withoutQuery = (address: string): string => address.trim().replace(/[?#].*$/s, '');

/** A path percent-decoded; null when it cannot be, or holds a backslash or a control character. */
function decodedPath(written: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(written);
  } catch {
    return null;
  }
  return /[\\\u0000-\u001f\u007f]/.test(decoded) ? null : decoded;
}

/**
 * The path in the seeds folder of the file a seed at `seedFile` (a path in the seeds folder,
 * `/`-separated) names with `address`, or null: a relative address (its query and fragment
 * aside, percent-encoding decoded) of a file `kind` accepts, that stays inside the seeds folder
 * and in no hidden folder.
 */
function localFile(seedFile: string, address: string, kind: (file: string) => boolean): string | null {
  const written = withoutQuery(address);
  if (written === '' || NOT_RELATIVE.test(written)) return null;
  const decoded = decodedPath(written);
  if (decoded === null) return null;
  const joined = path.posix.normalize(path.posix.join(path.posix.dirname(seedFile), decoded));
  if (joined.startsWith('../') || joined === '..' || joined.startsWith('/')) return null;
  return kind(joined) ? joined : null;
}

/**
 * The site's own folders, where no copy of a seed's file may go: the search index and the API
 * are written anew as wholes. (A file of a picture's kind cannot take the place of a page, a
 * feed or an asset, whose names end otherwise.)
 */
const GENERATED_ROOTS = new Set(['pagefind', 'api']);

/**
 * The path in the seeds folder of the file a root-relative address names (`/assets/img/x.jpg` is
 * `assets/img/x.jpg`), as Hugo's `static/` folder and a Jekyll site's root serve them, or null:
 * of a file `kind` accepts (query and fragment aside, percent-encoding decoded), in no hidden
 * folder, not in the site's generated folders. The site copies it to that very path, so that the
 * address works as written (under the path prefix, as every root-relative address of a page).
 */
function rootedFile(address: string, kind: (file: string) => boolean): string | null {
  const written = withoutQuery(address);
  if (!/^\/(?![/\\])/.test(written)) return null;
  const decoded = decodedPath(written);
  if (decoded === null) return null;
  // From the root, `..` goes no higher: `/../x.jpg` is `/x.jpg`.
  const file = path.posix.normalize(decoded).slice(1);
  // In any case: on a file system that ignores it, `/API/` is `/api/`.
  if (file === '' || GENERATED_ROOTS.has(file.split('/')[0]!.toLowerCase())) return null;
  return kind(file) ? file : null;
}

/** The file of the seeds folder a root-relative address of a picture names (see rootedFile). */
export function rootedImage(src: string): string | null {
  return rootedFile(src, isImageFile);
}

/** The file of the seeds folder a root-relative link names: a picture, document, sound or video (see rootedFile). */
export function rootedMedia(href: string): string | null {
  return rootedFile(href, isMediaFile);
}

/**
 * The file of the seeds folder a picture's (`image`) or a link's (`link`) address names: beside
 * the post (see localFile), else from the folder's root (see rootedFile); null for neither.
 */
export function mediaRef(seedFile: string, address: string, kind: 'image' | 'link', line: number): MediaRef | null {
  const local = kind === 'image' ? localImage(seedFile, address) : localMedia(seedFile, address);
  if (local !== null) return { file: local, line };
  const rooted = kind === 'image' ? rootedImage(address) : rootedMedia(address);
  return rooted === null ? null : { file: rooted, line, rooted: true };
}

/**
 * Why an address names no picture of the seeds folder (see mediaRef), in words that follow "it"
 * or "its", for a warning: a scheme (`javascript:`, `data:`, `ftp:`), a path that leaves the
 * folder, a hidden folder, the site's own folders, a file of no picture's kind.
 */
export function whyNoPicture(seedFile: string, address: string): string {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(address.trim())?.[1];
  if (scheme !== undefined) return `its address is a ${scheme.toLowerCase()}: one, neither a web address (https:) nor a file of the seeds folder`;
  if (/^\s*[/\\]{2}/.test(address)) return 'its address names another site without its scheme: write it with https:';
  const written = withoutQuery(address);
  if (written === '' || written === '/') return 'its address names no file';
  const decoded = decodedPath(written);
  if (decoded === null) return 'its path is not one a file can have (a backslash, a control character, or "%" that starts no UTF-8 escape)';
  const rooted = written.startsWith('/');
  const file = rooted ? path.posix.normalize(decoded).slice(1) : path.posix.normalize(path.posix.join(path.posix.dirname(seedFile), decoded));
  if (file === '..' || file.startsWith('../')) return 'its path leads out of the seeds folder';
  if (hidden(file)) return 'it is in a hidden folder, which the site never copies';
  if (rooted && GENERATED_ROOTS.has(file.split('/')[0]!.toLowerCase())) return `it is in the site's own folder /${file.split('/')[0]}/`;
  return `it is no picture the site shows (a ${[...IMAGE_EXTENSIONS].join(', ').replace(/, ([^,]*)$/, ' or $1')} file)`;
}

/** The picture beside the post a picture's address names (see localFile). */
export function localImage(seedFile: string, src: string): string | null {
  return localFile(seedFile, src, isImageFile);
}

/** The picture, document, sound or video beside the post a link's address names (see localFile). */
export function localMedia(seedFile: string, href: string): string | null {
  return localFile(seedFile, href, isMediaFile);
}

/** The site URL of a file copied from the seeds folder: `/media/` and its path, percent-encoded. */
export function mediaUrl(file: string): string {
  return MEDIA_ROOT + file.split('/').map(encodeURIComponent).join('/');
}

/** Where the site's copy of a file is written, relative to the output folder: under `media/`, or at its own path when a root-relative address names it. */
export function mediaOutputPath(ref: MediaRef): string {
  return ref.rooted ? ref.file : MEDIA_ROOT.slice(1) + ref.file;
}

/** The site URL of the copy of a file an article names (see mediaOutputPath), percent-encoded. */
export function mediaRefUrl(ref: MediaRef): string {
  return ref.rooted ? `/${ref.file.split('/').map(encodeURIComponent).join('/')}` : mediaUrl(ref.file);
}

/** How a warning names the file an article names: its path in the seeds folder, or its address from the root. */
export function mediaName(ref: MediaRef): string {
  return ref.rooted ? `/${ref.file}` : ref.file;
}
