// The writer of rendered files (src/output/page-writer.ts): what it writes, here and on its
// thread, is exactly what it was given; a failure on either keeps the system's error for the CLI.
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PageWriteError, PageWriter, type PageFile, relativeOutput } from '../../src/output/page-writer.ts';
import { tempDir } from '../helpers/cli.ts';

/** Files in folders of several depths, some sharing a folder, of text with characters of one to four bytes, and one given as bytes. */
function pages(n: number, tag: string): PageFile[] {
  return Array.from({ length: n }, (_, i): PageFile => {
    const rel = i % 5 === 0 ? `${tag}/index.html` : `${tag}/${2000 + (i % 3)}/${String(i % 7).padStart(2, '0')}/p${i}/index.html`;
    const text = `<p>${tag} ${i}: Genève — 東京 🗞️ ${'x'.repeat((i % 50) * 37)}</p>\n`;
    return [i % 5 === 0 ? rel.replace('index', `index-${i}`) : rel, i % 4 === 3 ? Buffer.from(text) : text];
  });
}

async function expectWritten(root: string, files: PageFile[]): Promise<void> {
  for (const [rel, content] of files) {
    expect(await readFile(path.join(root, rel))).toEqual(Buffer.from(content));
  }
}

async function filesUnder(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
}

describe('relativeOutput', () => {
  it("gives a rendered file's path in the output folder, `/`-separated, from an absolute or a relative path", () => {
    expect(relativeOutput('/tmp/site', '/tmp/site/2017/11/index.html')).toBe('2017/11/index.html');
    expect(relativeOutput('site', path.join(process.cwd(), 'site/feed.xml'))).toBe('feed.xml');
    expect(relativeOutput('/tmp/site', '/tmp/site/..news/index.html')).toBe('..news/index.html');
  });

  it('refuses a path outside the output folder, or the folder itself', () => {
    for (const outside of ['/tmp/other/index.html', '/tmp/site/../other/index.html', '/tmp/sites/index.html', '/tmp/site', '/etc/passwd']) {
      expect(() => relativeOutput('/tmp/site', outside), outside).toThrow(PageWriteError);
    }
  });
});

describe('PageWriter', () => {
  it('writes every file it is given, small runs here and large ones on its thread, byte for byte', async () => {
    const root = await tempDir();
    const writer = new PageWriter(root, 10);
    const small = pages(9, 'small');
    const large = pages(40, 'large');
    const more = pages(25, 'more');
    await writer.write(small);
    // Written before write returns: no thread for a small run.
    await expectWritten(root, small);
    await writer.write(large);
    await writer.write(more);
    await writer.write(pages(3, 'last'));
    await writer.flush();
    await writer.close();
    const all = [...small, ...large, ...more, ...pages(3, 'last')];
    await expectWritten(root, all);
    expect(await filesUnder(root)).toEqual(all.map(([rel]) => rel).sort());
  });

  it('fails with the system error of a write on its thread, and writes nothing more after it', async () => {
    const root = await tempDir();
    // A file where a folder must go.
    await writeFile(path.join(root, 'blocked'), 'a file');
    const writer = new PageWriter(root, 2);
    await writer.write([['blocked/index.html', 'x'], ['fine/index.html', 'y']]);
    const error = await writer.flush().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PageWriteError);
    const cause = (error as Error).cause as NodeJS.ErrnoException;
    expect(cause.code).toMatch(/^(?:ENOTDIR|EEXIST)$/);
    expect(typeof cause.syscall).toBe('string');
    expect(cause.message).toContain(path.join(root, 'blocked'));
    await expect(writer.write([['later/index.html', 'z'], ['later/2/index.html', 'z']])).rejects.toBe(error);
    await writer.close();
    expect(existsSync(path.join(root, 'later'))).toBe(false);
  });

  it('fails with the system error of a write here, and the next write fails with it', async () => {
    const root = await tempDir();
    await writeFile(path.join(root, 'blocked'), 'a file');
    const writer = new PageWriter(root, 10);
    const error = await writer.write([['blocked/index.html', 'x']]).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PageWriteError);
    expect(((error as Error).cause as NodeJS.ErrnoException).code).toMatch(/^(?:ENOTDIR|EEXIST)$/);
    await expect(writer.write([['fine/index.html', 'y']])).rejects.toBe(error);
    await expect(writer.flush()).rejects.toBe(error);
    expect(existsSync(path.join(root, 'fine'))).toBe(false);
  });

  it('once closed, has stopped writing: what it was still to write is not written later, and it takes nothing more', async () => {
    const root = await tempDir();
    const writer = new PageWriter(root, 2);
    // Batches of 2,000 files, handed over as fast as it takes them, until it is closed (ten at
    // most: a writer that never stopped must fail this test, not fill the disk).
    const handing = (async () => {
      for (let k = 0; k < 10; k++) await writer.write(pages(2000, `b${k}`));
    })().catch((e: unknown) => e);
    // Its thread has begun the first batch: thousands of files are still to come.
    while (!existsSync(root) || (await readdir(root)).length === 0) await new Promise((resolve) => setTimeout(resolve, 2));
    await writer.close();
    const written = await filesUnder(root);
    expect(written.length).toBeLessThan(4000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await filesUnder(root)).toEqual(written);
    expect(await handing).toBeInstanceOf(PageWriteError);
    await expect(writer.write(pages(2, 'after'))).rejects.toThrow(PageWriteError);
  });
});
