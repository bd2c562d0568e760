// Incremental rebuilds: after adding, editing, deleting or renaming a seed, or changing an
// article's topics, a rebuild rewrites only what changed and gives exactly the bytes of a
// full build of the same seeds.
import { cp, mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../helpers/crawl.ts';
import { expectSameAsFullBuild as expectFullBuild, ROOT, runCli, tempDir } from '../helpers/cli.ts';
import { MIN_SHARD_ARTICLES } from '../../src/site/search-index.ts';

let work: string;
let seeds: string;
let out: string;

function expectSameAsFullBuild(): Promise<void> {
  return expectFullBuild(seeds, out, work);
}

async function rebuild(): Promise<{ written: number; unchanged: number; read: number | null }> {
  const run = await runCli(['build', '--seeds', seeds, '--out', out]);
  expect(run.code, run.stderr).toBe(0);
  const m = /\((\d+) files? written, (\d+) unchanged(?:; (\d+) seeds? read, \d+ from the cache)?\)/.exec(run.stdout);
  expect(m, run.stdout).not.toBeNull();
  return { written: Number(m![1]), unchanged: Number(m![2]), read: m![3] === undefined ? null : Number(m![3]) };
}

beforeAll(async () => {
  work = await tempDir();
  seeds = path.join(work, 'seeds');
  out = path.join(work, 'site');
  await mkdir(seeds);
  await cp(path.join(ROOT, 'seeds'), seeds, { recursive: true });
  await cp(path.join(ROOT, 'tests/fixtures/site'), seeds, { recursive: true });
  for (let i = 0; i < 40; i++) {
    await writeFile(path.join(seeds, `gen-${i}.md`), `---\ntitle: Harvest report ${i}\ndate: 2016-0${(i % 9) + 1}-1${i % 10}\ntopics: [Harvest]\n---\nReport ${i} on the harvest.\n`);
  }
  expect((await runCli(['build', '--seeds', seeds, '--out', out])).code).toBe(0);
});

describe('an incremental rebuild', () => {
  it('rewrites nothing when nothing changed', async () => {
    const { written } = await rebuild();
    // The build report, the marker and the static assets are always written afresh.
    expect(written).toBe(0);
    await expectSameAsFullBuild();
  });

  it('reads, makes and writes nothing when nothing it reads changed, and reads again once anything did', async () => {
    const reportFile = path.join(out, 'build-report.json');
    const before = (await stat(reportFile)).mtimeMs;
    const idle = await runCli(['build', '--verbose', '--seeds', seeds, '--out', out]);
    expect(idle.code, idle.stderr).toBe(0);
    expect(idle.stdout).toContain('nothing changed since the last build');
    expect(idle.stdout).toMatch(/\(0 files written, \d+ unchanged\)/);
    expect(idle.stdout).not.toContain('read seeds');
    expect((await stat(reportFile)).mtimeMs).toBe(before);
    // A seed touched (same bytes, a new time), a vocabulary, another option: each is read again.
    const seed = path.join(seeds, 'gen-3.md');
    await utimes(seed, new Date(), new Date(Date.now() + 5000));
    const topics = path.join(work, 'topics.yml');
    for (const [change, undo, args] of [
      [async () => {}, async () => {}, []],
      [() => writeFile(topics, 'suppress: [Nobody]\n'), () => rm(topics), []],
      [async () => {}, async () => {}, ['--keep-duplicates']],
    ] as const) {
      await change();
      const run = await runCli(['build', '--verbose', ...args, '--seeds', seeds, '--out', out]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).not.toContain('nothing changed');
      expect(run.stdout).toContain('read seeds');
      expect(run.stdout).toMatch(/garbage collection on the main thread: \d+ ms \(\d+ of the young generation, \d+ of the whole heap\)/);
      await undo();
    }
    // Back to the last build's sources: still read afresh, since the last build had other ones.
    const back = await runCli(['build', '--verbose', '--seeds', seeds, '--out', out]);
    expect(back.stdout).toContain('read seeds');
    await expectSameAsFullBuild();
  });

  it('does not pass over invalid seeds that --lenient skipped once it is dropped', async () => {
    const bad = path.join(seeds, 'broken.txt');
    await writeFile(bad, ' date 2017-02-30 Impossible Day\nText.\n');
    expect((await runCli(['build', '--lenient', '--seeds', seeds, '--out', out])).code).toBe(0);
    const again = await runCli(['build', '--lenient', '--verbose', '--seeds', seeds, '--out', out]);
    expect(again.stdout).toContain('nothing changed');
    // The problems are still told, from the last build's report.
    expect(again.stdout + again.stderr).toContain('broken.txt');
    const strict = await runCli(['build', '--seeds', seeds, '--out', out]);
    expect(strict.code).toBe(1);
    expect(strict.stdout + strict.stderr).toContain('invalid date "2017-02-30"');
    await rm(bad);
    await rebuild();
    await expectSameAsFullBuild();
  });

  it('after a build of no article: its first article brings the search index\'s folder (its first shard failed to move in)', async () => {
    const dir = await tempDir();
    const own = path.join(dir, 'seeds');
    const site = path.join(dir, 'site');
    await mkdir(own);
    await writeFile(path.join(own, 'a.md'), '---\ntitle: Council meets\n---\nThe council met on Monday.\n');
    expect((await runCli(['build', '--lenient', '--seeds', own, '--out', site])).code).toBe(0);
    await writeFile(path.join(own, 'a.md'), '---\ntitle: Council meets\ndate: 2019-01-01\n---\nThe council met on Monday.\n');
    const run = await runCli(['build', '--seeds', own, '--out', site]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/files? written/);
    await expectFullBuild(own, site, dir);
  });

  it('after adding a seed: writes only the pages it touches', async () => {
    await writeFile(path.join(seeds, 'added.txt'), ' date 2017-11-15 Envoy Meets Delegations Again\nThe UN envoy met delegations again on Wednesday.\n');
    const { written, unchanged } = await rebuild();
    expect(written).toBeGreaterThan(5);
    expect(written).toBeLessThan(unchanged / 3);
    await expectSameAsFullBuild();
  });

  it('after editing a seed', async () => {
    await writeFile(path.join(seeds, 'added.txt'), ' date 2017-11-15 Envoy Meets Delegations Once More\nThe envoy met them once more.\n');
    // Only the seed edited is read again; the others come from the cache.
    expect((await rebuild()).read).toBe(1);
    await expectSameAsFullBuild();
  });

  it('after an edit that keeps the size and puts the modification time back (cp -p, rsync -t)', async () => {
    const file = path.join(seeds, 'gen-5.md');
    // A whole second, which utimes sets exactly, and a build that knows the seed by it.
    const second = Math.floor(Date.now() / 1000) - 60;
    await utimes(file, second, second);
    await rebuild();
    const before = await stat(file);
    const text = await readFile(file, 'utf8');
    const edited = text.replace('Harvest report 5', 'Harvest repair 5');
    expect(edited.length).toBe(text.length);
    await writeFile(file, edited);
    await utimes(file, second, second);
    const after = await stat(file);
    expect([after.size, after.mtimeMs, after.ino]).toEqual([before.size, before.mtimeMs, before.ino]);
    const { written } = await rebuild();
    expect(written).toBeGreaterThan(0);
    expect(await readFile(path.join(out, '2016/06/15/harvest-repair-5/index.html'), 'utf8')).toContain('Harvest repair 5');
    await expectSameAsFullBuild();
  });

  it('after changing the topics of an article', async () => {
    await writeFile(path.join(seeds, 'gen-3.md'), `---\ntitle: Harvest report 3\ndate: 2016-04-13\ntopics: [Harvest, Drought]\n---\nReport 3 on the harvest.\n`);
    await rebuild();
    await expectSameAsFullBuild();
  });

  it('after writing, changing and deleting topics.yml', async () => {
    const topicsFile = path.join(work, 'topics.yml');
    await writeFile(topicsFile, 'topics:\n  - name: Lavrov, Sergei\n    kind: person\n    aliases: [Sergei Lavrov, Sergey Lavrov]\nsuppress: [Damascus]\n');
    await rebuild();
    await expectSameAsFullBuild();
    const files = await listFiles(out);
    expect(files).toContain('topics/lavrov-sergei/index.html');
    expect(files).not.toContain('topics/sergei-lavrov/index.html');
    expect(files).not.toContain('topics/damascus/index.html');
    await writeFile(topicsFile, 'suppress: [United Nations Security Council]\n');
    await rebuild();
    await expectSameAsFullBuild();
    expect(await listFiles(out)).not.toContain('topics/united-nations-security-council/index.html');
    await rm(topicsFile);
    await rebuild();
    await expectSameAsFullBuild();
    expect(await listFiles(out)).toContain('topics/sergei-lavrov/index.html');
  });

  it('after renaming a seed', async () => {
    await rename(path.join(seeds, 'added.txt'), path.join(seeds, 'renamed.txt'));
    await rebuild();
    await expectSameAsFullBuild();
  });

  it('after the post another links to moves, and when it goes', async () => {
    const target = path.join(seeds, '2016-05-01-harbour-plan.md');
    const linker = path.join(seeds, '2016-05-02-harbour-vote.md');
    const targetText = (slug: string): string => `---\ntitle: Harbour plan\ndate: 2016-05-01\n${slug}---\nThe harbour board published its plan.\n`;
    await writeFile(target, targetText(''));
    await writeFile(linker, '---\ntitle: Harbour vote\ndate: 2016-05-02\n---\nThe board voted on [the plan]({% post_url 2016-05-01-harbour-plan %}).\n');
    const linkerPage = path.join(out, '2016/05/02/harbour-vote/index.html');
    await rebuild();
    await expectSameAsFullBuild();
    expect(await readFile(linkerPage, 'utf8')).toContain('<a href="/2016/05/01/harbour-plan/">the plan</a>');
    await writeFile(target, targetText('slug: board-plan\n'));
    await rebuild();
    await expectSameAsFullBuild();
    expect(await readFile(linkerPage, 'utf8')).toContain('<a href="/2016/05/01/board-plan/">the plan</a>');
    await rm(target);
    const gone = await runCli(['build', '--seeds', seeds, '--out', out]);
    expect(gone.stderr).toContain('2016-05-02-harbour-vote.md:5: warning: {% post_url 2016-05-01-harbour-plan %} names no published article');
    await expectSameAsFullBuild();
    expect(await readFile(linkerPage, 'utf8')).toContain('voted on the plan.');
    await rm(linker);
    await rebuild();
  });

  it('after deleting seeds, removing their pages, and a whole year', async () => {
    await rm(path.join(seeds, 'renamed.txt'));
    await rm(path.join(seeds, '2018-caps.txt'));
    await rebuild();
    await expectSameAsFullBuild();
    expect((await listFiles(out)).some((f) => f.startsWith('2018/'))).toBe(false);
  });

  it('rebuilds in full when the output lost a folder or a file at its top was changed by hand, even with nothing else changed', async () => {
    for (const damage of [
      () => rm(path.join(out, 'pagefind'), { recursive: true }),
      () => rm(path.join(out, '2017'), { recursive: true }),
      () => writeFile(path.join(out, 'feed.xml'), 'broken'),
    ]) {
      expect((await rebuild()).written).toBe(0);
      await damage();
      const run = await runCli(['build', '--seeds', seeds, '--out', out]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).not.toContain('unchanged');
      await expectSameAsFullBuild();
    }
  });

  it('ignores a damaged cache and rebuilds in full', async () => {
    const cache = path.join(work, '.site.cache');
    await writeFile(path.join(cache, 'manifest.json'), '{"format": 2, "units": ');
    for (const bucket of await readdir(path.join(cache, 'records'))) await writeFile(path.join(cache, 'records', bucket), 'not a cache');
    await writeFile(path.join(seeds, 'late.txt'), ' date 2017-12-01 Late Arrival\nText.\n');
    const run = await runCli(['build', '--seeds', seeds, '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).not.toContain('unchanged');
    await expectSameAsFullBuild();
  });
});

describe('a topic that grows by one article', () => {
  it('rewrites its own page and none of its older pages, and indexes one month for search', async () => {
    // Separate folders: this archive has a topic of three pages.
    work = await tempDir();
    seeds = path.join(work, 'seeds');
    out = path.join(work, 'site');
    await mkdir(seeds);
    const day = (i: number): string => new Date(Date.UTC(2015, 0, 1 + i)).toISOString().slice(0, 10);
    // Enough for the newest year's search index to be split by month; one more leaves the topic's page count as it is.
    const count = MIN_SHARD_ARTICLES + 10;
    for (let i = 0; i < count; i++) {
      await writeFile(path.join(seeds, `ledger-${i}.md`), `---\ntitle: Ledger ${i}\ndate: ${day(i)}\ntopics: [Ledger]\n---\nEntry ${i} of the ledger.\n`);
    }
    expect((await runCli(['build', '--seeds', seeds, '--out', out])).code).toBe(0);
    const older = ['topics/ledger/page/1/index.html', 'topics/ledger/page/2/index.html'];
    const before = await Promise.all(older.map(async (f) => ({ ino: (await stat(path.join(out, f))).ino, bytes: await readFile(path.join(out, f)) })));
    const front = await readFile(path.join(out, 'topics/ledger/index.html'), 'utf8');
    const januaryIndex = (await stat(path.join(out, 'pagefind/2015-01/pagefind-entry.json'))).ino;
    expect(front).toContain(`Ledger ${count - 1}`);

    await writeFile(path.join(seeds, 'ledger-new.md'), `---\ntitle: Ledger newest\ndate: ${day(300)}\ntopics: [Ledger]\n---\nThe newest entry.\n`);
    await rebuild();
    for (const [k, f] of older.entries()) {
      const now = await stat(path.join(out, f));
      expect(now.ino, `${f} was rewritten`).toBe(before[k]!.ino);
      expect((await readFile(path.join(out, f))).equals(before[k]!.bytes)).toBe(true);
    }
    expect(await readFile(path.join(out, 'topics/ledger/index.html'), 'utf8')).toContain('Ledger newest');
    // The search index of the newest year is kept by month: only the new article's month is indexed.
    expect(JSON.parse(await readFile(path.join(out, 'search/indexes.json'), 'utf8'))).toEqual(['2015-10', '2015-09', '2015-08', '2015-07', '2015-06', '2015-05', '2015-04', '2015-03', '2015-02', '2015-01']);
    expect((await stat(path.join(out, 'pagefind/2015-01/pagefind-entry.json'))).ino).toBe(januaryIndex);
    await expectSameAsFullBuild();
  });
});
