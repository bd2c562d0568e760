// Where the tool's own files are. The CLI runs either from a bundle that bin/bundle.js compiles
// from the TypeScript sources, or from the sources themselves through tsx (tests, and the
// fallback). A bundle knows the root it was made from, and starts its workers and Eleventy's
// templates from their own bundled modules, with no TypeScript loader to start for any.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Defined by bin/bundle.js in a bundle; undeclared when running from the sources. */
declare const NEWS_ARCHIVE_BUNDLE: { root: string; dir: string } | undefined;
const bundle = typeof NEWS_ARCHIVE_BUNDLE === 'undefined' ? null : NEWS_ARCHIVE_BUNDLE;

/** The tool's folder: the one holding `package.json`, `src/` and `templates/`. */
export const ROOT = bundle?.root ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * A version of some of the tool's own files (under ROOT): a hash of `salt`, then of each file's
 * path in the tool and its bytes, in the order given. What a cache made by that code is tied to.
 */
export async function codeVersion(files: readonly string[], salt = ''): Promise<string> {
  const hash = createHash('sha256').update(salt);
  for (const f of files) hash.update(f.slice(ROOT.length)).update(await readFile(f));
  return hash.digest('base64url');
}

/** Modules that run on their own, in a worker thread or a process. Bundled as named in bin/bundle.js. */
const ENTRY_SOURCES = {
  'read-worker': 'src/seeds/read-worker.ts',
  'search-worker': 'src/site/search-worker.ts',
  'relate-worker': 'src/enrich/relate-worker.ts',
  'relate-helper': 'src/enrich/relate-helper.ts',
  'write-worker': 'src/output/write-worker.ts',
};
export type EntryPoint = keyof typeof ENTRY_SOURCES;

/** The file an entry point runs: its bundled module, or its TypeScript source, which needs tsx. */
export function entryPoint(name: EntryPoint): { file: string; typescript: boolean } {
  return bundle ? { file: path.join(bundle.dir, `${name}.mjs`), typescript: false } : { file: path.join(ROOT, ENTRY_SOURCES[name]), typescript: true };
}

/**
 * Eleventy's templates and configuration: from the sources, TypeScript (`*.11ty.ts`, loaded
 * through tsx); in a bundle, compiled with the rest (`*.11ty.mjs`), so that a bundle never
 * starts tsx, whose loader also slows Eleventy's own import from 0.6 s to 0.8 s.
 */
export const ELEVENTY = bundle
  ? { templates: path.join(bundle.dir, 'templates'), config: path.join(bundle.dir, 'eleventy.config.mjs') }
  : { templates: path.join(ROOT, 'templates'), config: path.join(ROOT, '.eleventy.ts') };
