// The CLI runs from a bundle compiled from its sources (bin/bundle.js): the same site as from the
// sources, a new bundle whenever a source changes, and the sources when no bundle can be made.
import { execFile } from 'node:child_process';
import { readFile, mkdir, writeFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../helpers/crawl.ts';
import { ROOT, runCli, tempDir } from '../helpers/cli.ts';

const BUNDLE_JS = path.join(ROOT, 'bin/bundle.js');

/** Runs a module script in a new Node process, with `root` as process.argv[1]; its output. */
async function script(code: string, root: string, env: NodeJS.ProcessEnv = {}): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', code, root], { env: { ...process.env, ...env } });
  return stdout.trim();
}

const hashOf = (root: string): Promise<string> => script(`const m = await import(${JSON.stringify(BUNDLE_JS)}); console.log(m.bundleHash(process.argv[1]));`, root);

/** Loads the CLI module of `root` as bin/news-archive.js does, runs its main, and prints where it came from. */
const runMain = (root: string, env: NodeJS.ProcessEnv = {}): Promise<string> =>
  script(
    `const m = await import(${JSON.stringify(BUNDLE_JS)}); const url = await m.cliModule(process.argv[1]); const { main } = await import(url); console.log(main(), url.endsWith('.mjs') ? 'bundle' : 'sources');`,
    root,
    env,
  );

/** A project with the tool's shape, small enough to compile in a moment. */
async function miniProject(said: string): Promise<string> {
  const root = await tempDir('bundle-');
  const files: Record<string, string> = {
    'package.json': '{ "type": "module" }',
    'tsconfig.json': '{}',
    '.eleventy.ts': 'export default () => ({});',
    'src/cli/main.ts': `import { word } from '../word.ts';\nexport function main(): string { return word; }`,
    'src/word.ts': `export const word: string = ${JSON.stringify(said)};`,
    'src/seeds/read-worker.ts': 'export {};',
    'src/site/search-worker.ts': 'export {};',
    'src/enrich/relate-worker.ts': 'export {};',
    'src/enrich/relate-helper.ts': 'export {};',
    'src/output/write-worker.ts': 'export {};',
    'templates/page.11ty.ts': 'export const render = (): string => "page";',
  };
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), text);
  }
  return root;
}

describe('the bundled CLI', () => {
  it('runs from the bundle of the current sources', async () => {
    const run = await runCli(['--version']);
    expect(run.code).toBe(0);
    const dir = path.join(ROOT, 'node_modules/.cache/news-archive', await hashOf(ROOT));
    expect(existsSync(path.join(dir, 'cli.mjs'))).toBe(true);
    expect(existsSync(path.join(dir, 'read-worker.mjs'))).toBe(true);
    expect(existsSync(path.join(dir, 'templates/article.11ty.mjs'))).toBe(true);
  });

  it('writes the same site, byte for byte, as the sources do', async () => {
    const dir = await tempDir();
    const seeds = path.join(dir, 'seeds');
    await mkdir(seeds);
    for (const f of await readdir(path.join(ROOT, 'seeds'))) await writeFile(path.join(seeds, f), await readFile(path.join(ROOT, 'seeds', f)));
    await writeFile(path.join(seeds, 'markdown.md'), '---\ntitle: A Markdown Seed\ndate: 2017-11-15\ntopics: [Geneva]\n---\nSome **bold** text, in Geneva.\n');
    const sites = { bundle: path.join(dir, 'from-bundle'), sources: path.join(dir, 'from-sources') };
    for (const [from, out] of Object.entries(sites)) {
      const run = await runCli(['build', '--quiet', '--seeds', seeds, '--out', out, '--base-url', '/news/'], { env: from === 'sources' ? { NEWS_ARCHIVE_NO_BUNDLE: '1' } : {} });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
    }
    const files = await listFiles(sites.bundle);
    expect(files.length).toBeGreaterThan(30);
    expect(await listFiles(sites.sources)).toEqual(files);
    for (const f of files) expect(await readFile(path.join(sites.bundle, f)), f).toEqual(await readFile(path.join(sites.sources, f)));
  });

  it('makes a new bundle when a source changes, never running a stale one', async () => {
    const root = await miniProject('one');
    expect(await runMain(root)).toBe('one bundle');
    const first = await hashOf(root);
    await writeFile(path.join(root, 'src/word.ts'), 'export const word: string = "two";');
    const second = await hashOf(root);
    expect(second).not.toBe(first);
    expect(await runMain(root)).toBe('two bundle');
    // A template counts too.
    await writeFile(path.join(root, 'templates/page.11ty.ts'), 'export const render = (): string => "other page";');
    expect(await hashOf(root)).not.toBe(second);
    const bundles = await readdir(path.join(root, 'node_modules/.cache/news-archive'));
    expect(bundles.sort()).toEqual([first, second].sort());
  });

  it('stops esbuild once the bundle is made: its process does not live on beside the build', async () => {
    const root = await miniProject('five');
    // This process's children still running (not ended and waiting to be reaped: state Z) once
    // the CLI module is loaded, a bundle made for it: esbuild's service, left running, held
    // 50-80 MB through a whole first build, and through `serve`.
    const children = `const fs = await import('node:fs'); const running = (p) => { try { const s = fs.readFileSync('/proc/' + p + '/stat', 'utf8'); const f = s.slice(s.lastIndexOf(')') + 2).split(' '); return Number(f[1]) === process.pid && f[0] !== 'Z'; } catch { return false; } }; const kids = fs.readdirSync('/proc').filter((p) => /^[0-9]+$/.test(p) && running(p));`;
    const code = `const m = await import(${JSON.stringify(BUNDLE_JS)}); const url = await m.cliModule(process.argv[1]); ${children} console.log(kids.length, url.endsWith('.mjs') ? 'bundle' : 'sources');`;
    expect(await script(code, root)).toBe('0 bundle');
  });

  it('runs the sources when no bundle can be made, or when asked to', async () => {
    const root = await miniProject('three');
    // The bundles' folder cannot be made: a file is in its way.
    await mkdir(path.join(root, 'node_modules/.cache'), { recursive: true });
    await writeFile(path.join(root, 'node_modules/.cache/news-archive'), '');
    expect(await runMain(root)).toBe('three sources');
    const other = await miniProject('four');
    expect(await runMain(other, { NEWS_ARCHIVE_NO_BUNDLE: '1' })).toBe('four sources');
    expect(existsSync(path.join(other, 'node_modules/.cache/news-archive'))).toBe(false);
  });
});
