// Which pictures a build copies (src/output/media.ts), and that only the file it listed ever is.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyMedia, type MediaCopy, missingMedia, planMedia, withoutMissingMedia } from '../../src/output/media.ts';
import { readSeed } from '../../src/seeds/read.ts';
import { blocksOf } from '../../src/seeds/words.ts';
import type { ListedStamp } from '../../src/seeds/load.ts';
import { tempDir } from '../helpers/cli.ts';

const stamp = (size: number, ino = 1): ListedStamp => ({ size, mtimeMs: 1, ctimeMs: 1, ino });

describe('planMedia', () => {
  it('finds a picture written in another Unicode form or, when only one file matches, another case', () => {
    const available = new Map<string, ListedStamp>([
      ['posts/cafe\u0301.png', stamp(10)],
      ['posts/Photo.JPG', stamp(20)],
      ['posts/twin.png', stamp(30)],
      ['posts/Twin.png', stamp(40)],
    ]);
    const plan = planMedia([{ file: 'posts/a.md', media: [
      { file: 'posts/caf\u00e9.png', line: 5 }, { file: 'posts/photo.jpg', line: 6 }, { file: 'posts/TWIN.png', line: 7 }, { file: 'posts/twin.png', line: 8 },
    ] }], available);
    expect(plan.copies.map((c) => [c.file, c.source, c.rel])).toEqual([
      ['posts/caf\u00e9.png', 'posts/cafe\u0301.png', 'media/posts/caf\u00e9.png'],
      ['posts/photo.jpg', 'posts/Photo.JPG', 'media/posts/photo.jpg'],
      ['posts/twin.png', 'posts/twin.png', 'media/posts/twin.png'],
    ]);
    // Two files differ from it only in case: it names neither.
    expect(plan.warnings.map((w) => `${w.line}: ${w.message}`)).toEqual(['7: the picture "posts/TWIN.png" is two files of the seeds folder, whose names differ only in case']);
  });

  it('copies a picture shown by many articles once, and warns where an old address takes its place', () => {
    const available = new Map<string, ListedStamp>([['a/x.png', stamp(1)], ['old.html/y.png', stamp(1)]]);
    const plan = planMedia(
      [{ file: 'a.md', media: [{ file: 'a/x.png', line: 3 }] }, { file: 'b.md', media: [{ file: 'a/x.png', line: 4 }, { file: 'old.html/y.png', line: 5 }] }],
      available,
      new Set(['media/old.html']),
    );
    expect(plan.copies.map((c) => `${c.file} shown by ${c.shownBy.file}:${c.shownBy.line}`)).toEqual(['a/x.png shown by a.md:3']);
    expect(plan.warnings.map((w) => w.message)).toEqual(['the picture "old.html/y.png" would be at /media/old.html/y.png, where an article\'s old address (its aliases or permalink) sends readers on: it is not copied']);
  });
});

describe('withoutMissingMedia', () => {
  const SEED = `---
title: Council report
date: 2024-03-05
---
The council met.

![The "old" quay & the ferry](quay.jpg "Dawn") ![Here](here.png)

[![thumb](thumb.jpg)](full.jpg) Read [the report](report.pdf#page=3), [the minutes](O'Neil's%20minutes.pdf) or [the site](https://example.org/report.pdf).
`;
  const read = readSeed('posts/a.md', new TextEncoder().encode(SEED));
  if (!read.ok) throw new Error('the seed did not read');
  const article = read.record;

  it('shows a missing picture as its description and a link to a missing file as its text, and keeps the rest', () => {
    const available = new Map<string, ListedStamp>([['posts/here.png', stamp(1)], ['posts/full.jpg', stamp(2)]]);
    const plan = planMedia([article], available);
    const missing = missingMedia([article], plan);
    expect([...missing].sort()).toEqual([['posts/O\'Neil\'s minutes.pdf', 'gone'], ['posts/quay.jpg', 'gone'], ['posts/report.pdf', 'gone'], ['posts/thumb.jpg', 'gone']]);
    const shown = withoutMissingMedia(article, missing);
    const html = blocksOf(shown).map((b) => (b.type === 'html' ? b.html : '')).join('');
    expect(html).toContain('<p>The &quot;old&quot; quay &amp; the ferry <img src="/media/posts/here.png" alt="Here"></p>');
    expect(html).toContain('<a href="/media/posts/full.jpg">thumb</a> Read the report, the minutes or <a href="https://example.org/report.pdf">the site</a>.');
    // Only what the site has is its sharing card and JSON-LD picture; the page is compared anew.
    expect(shown.media.map((m) => m.file)).toEqual(['posts/here.png', 'posts/full.jpg']);
    expect(shown.digest).not.toBe(article.digest);
    // The record itself is untouched (the record cache and `serve` keep it).
    expect(blocksOf(article).map((b) => (b.type === 'html' ? b.html : '')).join('')).toContain('<img src="/media/posts/quay.jpg"');
  });

  it('changes only what names the article\'s own missing files, and leaves no empty paragraph', () => {
    const other = readSeed('posts/b.md', new TextEncoder().encode('---\ntitle: B\ndate: 2024-03-06\n---\nText.\n\n![](gone.png)\n\nAs [the note](/media/posts/quay.jpg) said, and [ours](own.pdf).\n'));
    if (!other.ok) throw new Error('the seed did not read');
    const gone = new Map<string, 'hosted' | 'gone'>([['posts/quay.jpg', 'gone'], ['posts/gone.png', 'gone'], ['posts/own.pdf', 'gone'], ['/media/posts/quay.jpg', 'hosted']]);
    const shown = withoutMissingMedia(other.record, gone);
    expect(blocksOf(shown).map((b) => (b.type === 'html' ? b.html : '')).join('')).toBe('<p>Text.</p>\n<p>As <a href="/media/posts/quay.jpg">the note</a> said, and ours.</p>\n');
    expect(shown.media).toEqual([]);
  });

  it('shows a root-relative picture as written when the host may have it, and as its description when the site copies another file there', () => {
    const rooted = readSeed('b.md', new TextEncoder().encode('---\ntitle: B\ndate: 2024-03-06\n---\nText.\n\n![Hosted](/wp-content/a.png) ![Clash](/media/posts/quay.jpg)\n'));
    if (!rooted.ok) throw new Error('the seed did not read');
    const available = new Map<string, ListedStamp>([['posts/quay.jpg', stamp(1)], ['media/posts/quay.jpg', stamp(2)]]);
    const plan = planMedia([article, rooted.record], available);
    expect(plan.warnings.map((w) => w.message)).toContain('the picture "/media/posts/quay.jpg" would be at /media/posts/quay.jpg, where another file of the seeds folder is copied: it is not copied');
    const missing = missingMedia([rooted.record], plan);
    expect([...missing]).toEqual([['/wp-content/a.png', 'hosted'], ['/media/posts/quay.jpg', 'gone']]);
    expect(blocksOf(withoutMissingMedia(rooted.record, missing))).toEqual([{ type: 'html', html: '<p>Text.</p>\n<p><img src="/wp-content/a.png" alt="Hosted"> Clash</p>\n' }]);
  });

  it('returns the article itself when nothing it names is missing', () => {
    expect(withoutMissingMedia(article, new Map([['posts/other.png', 'gone']]))).toBe(article);
  });
});

describe('planMedia, where two files would clash', () => {
  it('copies the first of a file and a folder of one name in the output, and warns of the second', () => {
    const available = new Map<string, ListedStamp>([['p/x.pdf', stamp(1)], ['p/X.PDF/b.pdf', stamp(1)]]);
    // `X.PDF` is `x.pdf` in another case: its copy would be the file media/p/X.PDF, which the other needs as a folder.
    const plan = planMedia([{ file: 'p/a.md', media: [{ file: 'p/X.PDF', line: 5 }, { file: 'p/X.PDF/b.pdf', line: 6 }] }], available);
    expect(plan.copies.map((c) => c.rel)).toEqual(['media/p/X.PDF']);
    expect(plan.warnings.map((w) => `${w.line}: ${w.message}`)).toEqual(['6: the file "p/X.PDF/b.pdf" would be at /media/p/X.PDF/b.pdf, where another file\'s path goes on (a file and a folder of one name): it is not copied']);
  });
});

describe('copyMedia', () => {
  async function listed(): Promise<{ seeds: string; stage: string; copy: MediaCopy; outside: string }> {
    const dir = await tempDir();
    const seeds = path.join(dir, 'seeds');
    await mkdir(path.join(seeds, 'p'), { recursive: true });
    await writeFile(path.join(seeds, 'p', 'pic.png'), 'INNOCENT');
    const outside = path.join(dir, 'secret.png');
    await writeFile(outside, 'SECRET');
    const s = await stat(path.join(seeds, 'p', 'pic.png'));
    const copy: MediaCopy = { file: 'p/pic.png', source: 'p/pic.png', rel: 'media/p/pic.png', hash: 'h', stamp: { size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs, ino: s.ino }, shownBy: { file: 'p/a.md', line: 5 } };
    return { seeds, stage: path.join(dir, 'stage'), copy, outside };
  }

  it('copies the picture it listed, byte for byte', async () => {
    const { seeds, stage, copy } = await listed();
    expect(await copyMedia(seeds, stage, copy)).toBeNull();
    expect(await readFile(path.join(stage, 'media/p/pic.png'), 'utf8')).toBe('INNOCENT');
  });

  it('copies nothing once the picture became a link (to a file outside the seeds folder), another file, or nothing', async () => {
    const { seeds, stage, copy, outside } = await listed();
    const pic = path.join(seeds, 'p', 'pic.png');
    await rm(pic);
    await symlink(outside, pic);
    expect((await copyMedia(seeds, stage, copy))?.message).toMatch(/became a symbolic link/);
    await rm(pic);
    // Another file of the same size: another inode.
    await writeFile(path.join(seeds, 'p', 'other'), 'SECRETS!');
    await rename(path.join(seeds, 'p', 'other'), pic);
    expect((await copyMedia(seeds, stage, copy))?.message).toMatch(/changed while the site was built/);
    await rm(pic);
    expect((await copyMedia(seeds, stage, copy))?.message).toMatch(/was moved or deleted/);
    expect(existsSync(path.join(stage, 'media'))).toBe(false);
  });

  it('copies nothing through a folder that became a link', async () => {
    const { seeds, stage, copy, outside } = await listed();
    await rm(path.join(seeds, 'p'), { recursive: true });
    await mkdir(path.join(path.dirname(outside), 'elsewhere'));
    await writeFile(path.join(path.dirname(outside), 'elsewhere', 'pic.png'), 'SECRET!!');
    await symlink(path.join(path.dirname(outside), 'elsewhere'), path.join(seeds, 'p'));
    expect((await copyMedia(seeds, stage, copy))?.message).toMatch(/changed while the site was built/);
    expect(existsSync(path.join(stage, 'media'))).toBe(false);
  });
});

describe("a Hugo site's static folder", () => {
  it('serves a root-relative address from static/ when the seeds folder has no file at that path (QA 25)', () => {
    const stamp = { size: 3, mtimeMs: 1, ctimeMs: 1, ino: 7 };
    const plan = planMedia([{ file: 'content/posts/crane.md', media: [{ file: 'images/crane.png', line: 5, rooted: true }] }], new Map<string, ListedStamp>([['static/images/crane.png', stamp]]));
    expect(plan.warnings).toEqual([]);
    expect(plan.copies.map((c) => [c.file, c.source, c.rel])).toEqual([['/images/crane.png', 'static/images/crane.png', 'images/crane.png']]);
  });
});
