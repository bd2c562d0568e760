// serve's memo of the seeds folder's listing: told which files changed, it stamps only those, and
// its listing is the one a whole listing of the folder gives; what it cannot settle by a file's
// path lists the folder whole; a change it was not told of is found by verify.
import { mkdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ListingMemo, sameListing } from '../../src/seeds/listing.ts';
import { stampSeedFiles } from '../../src/seeds/load.ts';
import { tempDir } from '../helpers/cli.ts';
import { random } from '../helpers/relating.ts';

const seed = (title: string): string => ` date 2017-11-14 ${title}\nThe council met.\n`;

async function folder(): Promise<string> {
  const dir = path.join(await tempDir(), 'seeds');
  await mkdir(path.join(dir, 'wires'), { recursive: true });
  for (let i = 0; i < 20; i++) await writeFile(path.join(dir, i % 2 ? 'wires' : '', `a${i}.txt`), seed(`Item ${i}`));
  await writeFile(path.join(dir, 'chart.png'), Buffer.from([0x89, 0x50]));
  return dir;
}

describe('ListingMemo', () => {
  it('lists the folder whole at first, then stamps only the files it is told of, as a whole listing would list them', async () => {
    const dir = await folder();
    const memo = new ListingMemo();
    expect(await memo.stamp(dir)).toEqual(await stampSeedFiles(dir));
    await appendFile(path.join(dir, 'wires', 'a3.txt'), 'More.\n');
    await writeFile(path.join(dir, 'new.md'), '---\ntitle: New\ndate: 2017-11-15\n---\nText.\n');
    await writeFile(path.join(dir, 'wires', 'map.jpg'), Buffer.from([0xff, 0xd8]));
    rmSync(path.join(dir, 'a4.txt'));
    rmSync(path.join(dir, 'chart.png'));
    await writeFile(path.join(dir, 'notes.tmp'), 'not a seed');
    for (const rel of ['wires/a3.txt', 'new.md', 'wires/map.jpg', 'a4.txt', 'chart.png', 'notes.tmp', 'never-there.txt']) memo.touched(rel);
    const patched = await memo.stamp(dir);
    expect(patched).toEqual(await stampSeedFiles(dir));
    expect(patched.files).toContain('new.md');
    expect(patched.files).not.toContain('a4.txt');
    expect(patched.media).toEqual(['wires/map.jpg']);
  });

  it('takes again a stamp this build alone could trust (see racyProof), though its file was not told of', async () => {
    const dir = await folder();
    const memo = new ListingMemo();
    const first = await memo.stamp(dir);
    // As racyProof keeps a stamp of whole seconds made just after its file changed, on a coarse file system.
    const racy = first.files.indexOf('a6.txt');
    first.stamps![racy] = { ...(first.stamps![racy] as { size: number; mtimeMs: number; ctimeMs: number; ino: number }), mtimeMs: -Date.now() };
    await writeFile(path.join(dir, 'a8.txt'), seed('Item 8, edited'));
    memo.touched('a8.txt');
    const next = await memo.stamp(dir);
    expect(next).toEqual(await stampSeedFiles(dir));
    expect((next.stamps![racy] as { mtimeMs: number }).mtimeMs).toBeGreaterThan(0);
  });

  it('stamps what it is told in a seeds folder that is a link to another', async () => {
    const dir = await folder();
    const link = `${dir}-link`;
    symlinkSync(dir, link);
    const memo = new ListingMemo();
    await memo.stamp(link);
    await writeFile(path.join(dir, 'through-link.txt'), seed('Through a link'));
    memo.touched('through-link.txt');
    // Untold: a listing of the told files alone, not of the whole folder, does not see it.
    await writeFile(path.join(dir, 'untold.txt'), seed('Untold'));
    const got = await memo.stamp(link);
    expect(got.files).toContain('through-link.txt');
    expect(got.files).not.toContain('untold.txt');
    rmSync(path.join(dir, 'untold.txt'));
    expect(got).toEqual(await stampSeedFiles(link));
  });

  it('does not see a change it is not told of, until verify lists the folder whole; then the next listing has it', async () => {
    const dir = await folder();
    const memo = new ListingMemo();
    await memo.stamp(dir);
    expect(await memo.verify(dir)).toBe(true);
    await appendFile(path.join(dir, 'a0.txt'), 'An edit no watcher saw.\n');
    await writeFile(path.join(dir, 'unseen.txt'), seed('Unseen'));
    const stale = await memo.stamp(dir);
    expect(stale.files).not.toContain('unseen.txt');
    expect(await memo.verify(dir)).toBe(false);
    expect(await memo.stamp(dir)).toEqual(await stampSeedFiles(dir));
    expect(await memo.verify(dir)).toBe(true);
  });

  it('lists the folder whole when told of a folder, a link or a file it refuses, and after forget', async () => {
    const dir = await folder();
    const memo = new ListingMemo();
    await memo.stamp(dir);
    // A file in a new folder, told as a file: its folder is walked as a whole listing walks it.
    mkdirSync(path.join(dir, 'later', 'deep'), { recursive: true });
    writeFileSync(path.join(dir, 'later', 'deep', 'b.txt'), seed('Deep'));
    memo.touched('later/deep/b.txt');
    expect(await memo.stamp(dir)).toEqual(await stampSeedFiles(dir));
    // A link is refused by the listing, with a problem: only a whole listing reports it.
    symlinkSync(path.join(dir, 'a0.txt'), path.join(dir, 'link.txt'));
    memo.touched('link.txt');
    const linked = await memo.stamp(dir);
    expect(linked.refused.map((p) => p.file)).toEqual(['link.txt']);
    expect(linked).toEqual(await stampSeedFiles(dir));
    // A folder with a refused file is listed whole every time.
    rmSync(path.join(dir, 'link.txt'));
    memo.touched('link.txt');
    expect(await memo.stamp(dir)).toEqual(await stampSeedFiles(dir));
    // forget: a change no path tells.
    writeFileSync(path.join(dir, 'untold.txt'), seed('Untold'));
    memo.forget();
    expect((await memo.stamp(dir)).files).toContain('untold.txt');
  });

  it('keeps what it is told while it lists the folder whole, and what it was told before a listing that failed', async () => {
    const dir = await folder();
    const memo = new ListingMemo();
    // Told while the first, whole listing runs, of a file written after it: stamped next time.
    const first = memo.stamp(dir);
    memo.touched('during.txt');
    expect((await first).files).not.toContain('during.txt');
    writeFileSync(path.join(dir, 'during.txt'), seed('During'));
    expect((await memo.stamp(dir)).files).toContain('during.txt');
    // forget while a whole listing runs: the next listing is whole too.
    memo.forget();
    const second = memo.stamp(dir);
    memo.forget();
    await second;
    writeFileSync(path.join(dir, 'untold.txt'), seed('Untold'));
    expect((await memo.stamp(dir)).files).toContain('untold.txt');
    // The folder gone: the listing fails as a whole one does, and what was told is kept for the next.
    writeFileSync(path.join(dir, 'told.txt'), seed('Told'));
    memo.touched('told.txt');
    const moved = `${dir}-moved`;
    renameSync(dir, moved);
    await expect(memo.stamp(dir)).rejects.toThrow();
    renameSync(moved, dir);
    expect((await memo.stamp(dir)).files).toContain('told.txt');
  });

  it('stays equal to a whole listing over random adds, edits and removals, each told', async () => {
    const dir = await folder();
    const memo = new ListingMemo();
    await memo.stamp(dir);
    const rnd = random(11);
    const names = Array.from({ length: 40 }, (_, i) => (i % 3 === 0 ? `wires/r${i}.txt` : i % 7 === 0 ? `r${i}.png` : `r${i}.md`));
    for (let round = 0; round < 30; round++) {
      for (let n = 0; n < 4; n++) {
        const name = names[Math.floor(rnd() * names.length)]!;
        const file = path.join(dir, name);
        if (rnd() < 0.3) rmSync(file, { force: true });
        else writeFileSync(file, `${seed(`R ${round} ${n}`)}${'x'.repeat(Math.floor(rnd() * 50))}\n`);
        memo.touched(name);
      }
      const got = await memo.stamp(dir);
      const whole = await stampSeedFiles(dir);
      expect(got).toEqual(whole);
      expect(sameListing(got, whole)).toBe(true);
    }
  });

  it('tells, of a path removed, whether it held a listed file or folder of files, and lists a removed folder whole', async () => {
    const dir = await folder();
    await mkdir(path.join(dir, 'wires-2017'));
    await writeFile(path.join(dir, 'wires-2017', 'z.txt'), seed('Z'));
    const memo = new ListingMemo();
    // Before any listing, anything removed asks for a build.
    expect(memo.removed('anything')).toBe(true);
    await memo.stamp(dir);
    // A listed seed and a listed picture, removed: stamped alone, as when touched.
    rmSync(path.join(dir, 'a2.txt'));
    rmSync(path.join(dir, 'chart.png'));
    expect(memo.removed('a2.txt')).toBe(true);
    expect(memo.removed('chart.png')).toBe(true);
    // What the listing never held (a backup, a temporary folder), nor was told of: nothing to build.
    expect(memo.removed('a2.txt~')).toBe(false);
    expect(memo.removed('tmp')).toBe(false);
    expect(memo.removed('wire')).toBe(false);
    expect(memo.removed('wires/a3')).toBe(false);
    let got = await memo.stamp(dir);
    expect(got).toEqual(await stampSeedFiles(dir));
    expect(got.files).not.toContain('a2.txt');
    // A file added, then removed before any build listed it: told, so stamped again.
    await writeFile(path.join(dir, 'brief.txt'), seed('Brief'));
    memo.touched('brief.txt');
    rmSync(path.join(dir, 'brief.txt'));
    expect(memo.removed('brief.txt')).toBe(true);
    // A folder moved out whole: the watcher names the folder alone; its files are gone from the next listing.
    renameSync(path.join(dir, 'wires'), path.join(path.dirname(dir), 'wires-moved'));
    expect(memo.removed('wires')).toBe(true);
    got = await memo.stamp(dir);
    expect(got).toEqual(await stampSeedFiles(dir));
    expect(got.files.filter((f) => f.startsWith('wires/'))).toEqual([]);
    expect(got.files).toContain('wires-2017/z.txt');
    expect(got.files).not.toContain('brief.txt');
  });
});
