// The writing thread (src/output/writer.ts): what Eleventy renders is written byte for byte,
// chunk after chunk, never outside the output folder, and a failure reaches the build.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileWriter, WriteError } from '../../src/output/writer.ts';
import { tempDir } from '../helpers/cli.ts';

describe('the writing thread', () => {
  it('writes every file of every chunk, byte for byte, into folders it makes', async () => {
    const out = path.join(await tempDir('writer-'), 'site');
    const writer = new FileWriter(out);
    // Text of every width in UTF-8 (1 to 4 bytes a character), and a page far larger than the buffer the thread starts with.
    const wide = 'Zürich — “Geneva” talks… 東京 🗞️\n';
    const large = `<p>${'Ω'.repeat(1_500_000)}</p>`;
    const chunks = [
      [{ path: 'index.html', content: `<h1>${wide}</h1>` }, { path: '2017/11/14/talks/index.html', content: wide.repeat(3) }],
      Array.from({ length: 300 }, (_, i) => ({ path: `2017/11/${String(1 + (i % 28)).padStart(2, '0')}/a-${i}/index.html`, content: `article ${i} ${wide}` })),
      [{ path: 'big/index.html', content: large }, { path: 'feed.xml', content: '' }, { path: 'after-big.txt', content: 'still here' }],
    ];
    for (const chunk of chunks) await writer.write(chunk);
    await writer.finish();
    for (const chunk of chunks) for (const f of chunk) expect(await readFile(path.join(out, f.path), 'utf8')).toBe(f.content);
  });

  it('refuses to write outside the output folder, and the build hears of it', async () => {
    const root = await tempDir('writer-');
    const out = path.join(root, 'site');
    const writer = new FileWriter(out);
    await writer.write([{ path: '../escaped.html', content: 'no' }]);
    await expect(writer.finish()).rejects.toThrow(WriteError);
    expect(existsSync(path.join(root, 'escaped.html'))).toBe(false);
  });

  it('reports a file it cannot write to the next chunk handed over, and writes nothing more', async () => {
    const out = path.join(await tempDir('writer-'), 'site');
    await mkdir(out, { recursive: true });
    // A file where a folder must go.
    await writeFile(path.join(out, '2017'), 'a file');
    const writer = new FileWriter(out);
    await writer.write([{ path: '2017/11/index.html', content: 'page' }]);
    await expect(writer.write([{ path: 'later.html', content: 'later' }])).rejects.toThrow(/writing the site failed/);
    await expect(writer.finish()).rejects.toThrow(WriteError);
    expect(existsSync(path.join(out, 'later.html'))).toBe(false);
  });
});
