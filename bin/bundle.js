// Runs the CLI from a bundle of its TypeScript sources, compiled by esbuild once per version of
// the sources, instead of through tsx's loader, which compiles and resolves module by module on
// every start: about 0.5 s less per run, and less again for each reader thread and search driver
// a build starts (see src/paths.ts). The bundle's folder is named by a hash of everything it is
// made from, taken at every start, so an edited source file can never run stale: it makes a new
// bundle. Whatever goes wrong on the way (no esbuild, a read-only folder) runs the sources.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The bundle's entry points: the CLI and the modules it starts on their own (src/paths.ts). */
export const ENTRY_POINTS = {
  cli: 'src/cli/main.ts',
  'read-worker': 'src/seeds/read-worker.ts',
  'search-worker': 'src/site/search-worker.ts',
  'relate-worker': 'src/enrich/relate-worker.ts',
  'relate-helper': 'src/enrich/relate-helper.ts',
  'write-worker': 'src/output/write-worker.ts',
  'eleventy.config': '.eleventy.ts',
};

/** Eleventy's templates, each its own entry point: `templates/x.11ty.ts` -> `templates/x.11ty.mjs`. */
function templateEntryPoints(root) {
  const entries = {};
  for (const file of filesUnder(path.join(root, 'templates'))) {
    const name = path.relative(root, file);
    if (name.endsWith('.11ty.ts')) entries[name.slice(0, -'.ts'.length)] = name;
  }
  return entries;
}

/** Set (to anything but "") to run from the sources through tsx: to debug them, or to compare (tests/cli/bundle.test.ts). */
export const NO_BUNDLE = 'NEWS_ARCHIVE_NO_BUNDLE';

/** Bundles kept at most, the newest. */
const KEPT_BUNDLES = 4;

/** Where bundles are kept: one folder per hash. */
export const bundlesDir = (root = ROOT) => path.join(root, 'node_modules', '.cache', 'news-archive');

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath ?? e.path, e.name));
}

/**
 * Hash of what a bundle is made from: every file under `src/` and `templates/`, Eleventy's
 * configuration, the compiler settings and dependencies' versions, this file (how it compiles),
 * and the folder it runs from (bundles know their root). About 3 ms.
 */
export function bundleHash(root = ROOT) {
  const hash = createHash('sha256').update(`${root}\0`);
  const named = ['.eleventy.ts', 'tsconfig.json', 'package.json', 'package-lock.json'].map((f) => path.join(root, f));
  const files = [...filesUnder(path.join(root, 'src')), ...filesUnder(path.join(root, 'templates')), ...named, fileURLToPath(import.meta.url)];
  for (const file of files.sort()) {
    hash.update(`${path.relative(root, file)}\0`);
    if (existsSync(file)) hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('base64url').slice(0, 22);
}

/**
 * Libraries compiled into the bundle, each to the few functions it uses: every thread that reads
 * seeds imports them, and loaded as npm installed them they took about 0.2 s a thread to import
 * (date-fns's index alone loads some 250 files, 133 ms, for `format` and `parse`: 8 ms bundled).
 */
const INLINED_PACKAGES = ['date-fns', 'gray-matter', 'marked', 'yaml'];

/** The other dependencies stay where npm put them, loaded as they are (Eleventy finds its own files, Pagefind its binary). */
const externalPackages = {
  name: 'external-packages',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      // What an inlined package imports is inlined with it, as its own package.json resolves it.
      if (args.kind === 'entry-point' || path.isAbsolute(args.path) || args.importer.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const inlined = INLINED_PACKAGES.some((name) => args.path === name || args.path.startsWith(`${name}/`));
      return inlined ? undefined : { path: args.path, external: true };
    });
  },
};

/** Compiles the bundle into `dir` (a new folder beside it first, then renamed, so a bundle is whole or absent). */
async function compile(root, dir) {
  const { build, stop } = await import('esbuild');
  const staging = `${dir}.${process.pid}`;
  try {
    await build({
      absWorkingDir: root,
      entryPoints: { ...ENTRY_POINTS, ...templateEntryPoints(root) },
      outdir: staging,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      // Node 20 reads `\p{…}` in regular expressions; without this esbuild writes each such literal
      // as `new RegExp(…)`, made again at every call (99 of them, most in the reader).
      supported: { 'regexp-unicode-property-escapes': true },
      plugins: [externalPackages],
      // gray-matter and yaml are CommonJS: their require() calls (of Node's own modules) need a require.
      banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
      outExtension: { '.js': '.mjs' },
      chunkNames: 'chunks/[name]-[hash]',
      // Stack traces point into the sources (cliModule turns source maps on).
      sourcemap: 'linked',
      sourcesContent: false,
      define: { NEWS_ARCHIVE_BUNDLE: JSON.stringify({ root, dir }) },
      logLevel: 'silent',
    });
    renameSync(staging, dir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    // Another run made the same bundle at the same time: use theirs.
    if (!existsSync(path.join(dir, 'cli.mjs'))) throw error;
  } finally {
    // esbuild compiles in a process of its own, which it keeps for the next build: there is
    // none, and left running it held 50-80 MB beside a whole first build (and all of `serve`).
    await stop();
  }
  // Bundles of earlier versions of the sources: the newest few are kept, for a `serve` that still runs one.
  const parent = path.dirname(dir);
  const bundles = readdirSync(parent)
    .filter((name) => !/\.\d+$/.test(name))
    .map((name) => ({ dir: path.join(parent, name), made: statSync(path.join(parent, name)).mtimeMs }))
    .sort((a, b) => b.made - a.made);
  for (const old of bundles.slice(KEPT_BUNDLES)) rmSync(old.dir, { recursive: true, force: true });
}

/**
 * The module that exports the CLI's `main`: the bundle of the current sources, compiled now if
 * there is none, or the TypeScript sources with tsx registered to load them.
 */
export async function cliModule(root = ROOT) {
  if (!process.env[NO_BUNDLE]) {
    try {
      const dir = path.join(bundlesDir(root), bundleHash(root));
      const cli = path.join(dir, 'cli.mjs');
      if (!existsSync(cli)) await compile(root, dir);
      process.setSourceMapsEnabled(true);
      return pathToFileURL(cli).href;
    } catch {
      // Runs the sources instead, below.
    }
  }
  const { register } = await import('tsx/esm/api');
  register();
  return pathToFileURL(path.join(root, ENTRY_POINTS.cli)).href;
}
