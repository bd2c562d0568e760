// A record cache kept open from build to build (`serve`): each rebuild reads only the seeds that
// changed, without reading the cache back from disk, and gives exactly the bytes of a full build,
// also with related articles worked out on a thread kept from build to build (as `serve` does).
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { register } from 'tsx/esm/api';
import { beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { build, type BuildOptions, DEFAULT_TITLE } from '../../src/build.ts';
import { Relater } from '../../src/enrich/relating.ts';
import { RELATION_FILE } from '../../src/enrich/relation-file.ts';
import { PlacementMemo } from '../../src/archive/memo.ts';
import { loadPlacement, PLACEMENT_FILE, savePlacement } from '../../src/archive/placement-file.ts';
import { cacheDirFor, ManifestMemo, rendererVersion } from '../../src/output/incremental.ts';
import { RecordCache } from '../../src/seeds/cache.ts';
import { KEY_FILE, loadKeys } from '../../src/site/key-file.ts';
import { KeyMemo } from '../../src/site/keys.ts';
import { ListingMemo } from '../../src/seeds/listing.ts';
import { expectSameAsFullBuild, ROOT, tempDir } from '../helpers/cli.ts';

// Eleventy imports .eleventy.ts and the templates itself, outside vitest's loader, as the CLI does.
register();

let work: string;
let seeds: string;
let out: string;
let records: string;

const options = (extra: Partial<BuildOptions> = {}): BuildOptions => ({
  seeds, out, baseUrl: '/', title: DEFAULT_TITLE, lenient: false, keepDuplicates: false, full: false, quiet: true, ...extra,
});

beforeAll(async () => {
  work = await tempDir();
  seeds = path.join(work, 'seeds');
  out = path.join(work, 'site');
  records = path.join(cacheDirFor(out), 'records');
  await mkdir(seeds);
  await cp(path.join(ROOT, 'seeds'), seeds, { recursive: true });
  for (let i = 0; i < 30; i++) {
    await writeFile(path.join(seeds, `gen-${i}.txt`), ` date 2016-0${(i % 9) + 1}-1${i % 10} Harvest report ${i}\nReport ${i} on the harvest in Geneva.\n`);
  }
});

describe('a resident record cache', () => {
  it('reads only what changed, from memory, build after build, and gives the bytes of a full build', async () => {
    const cache = await RecordCache.open(records, false, { resident: true });
    // As `serve` relates: on a thread kept from build to build; and as it keeps the records'
    // choice of articles, their topics and mentions parsed, their keys, and the manifest it wrote.
    const relater = new Relater();
    onTestFinished(() => relater.close());
    // And, as its watcher tells it, which seeds changed: only those are stamped again (see ListingMemo).
    const listing = new ListingMemo();
    const kept = { cache, relater, placement: new PlacementMemo(), keys: new KeyMemo(), manifest: new ManifestMemo(), listing };
    const first = await build(options(kept));
    expect(first.written).toBe(true);
    expect(first.read).toBe(first.report.seeds);
    expect((await readdir(records)).length).toBeGreaterThan(0);

    // The cache on disk goes: the next builds still take every unchanged record from memory.
    await rm(records, { recursive: true });
    await writeFile(path.join(seeds, 'gen-3.txt'), ' date 2016-04-13 Harvest report 3, revised\nRevised, in Geneva.\n');
    listing.touched('gen-3.txt');
    const edited = await build(options(kept));
    expect(edited.read).toBe(1);
    expect(edited.rendered).toBeGreaterThan(0);
    await expectSameAsFullBuild(seeds, out, work);

    // A sentence more: the choice of articles and their topics are the last build's (see PlacementMemo).
    await writeFile(path.join(seeds, 'gen-4.txt'), ' date 2016-05-14 Harvest report 4\nReport 4 on the harvest in Geneva. A sentence more.\n');
    listing.touched('gen-4.txt');
    expect((await build(options(kept))).read).toBe(1);
    await expectSameAsFullBuild(seeds, out, work);

    await writeFile(path.join(seeds, 'added.txt'), ' date 2016-05-20 A report added\nAdded while serving.\n');
    await rm(path.join(seeds, 'gen-7.txt'));
    listing.touched('added.txt');
    listing.touched('gen-7.txt');
    const changed = await build(options(kept));
    expect(changed.read).toBe(1);
    expect(changed.report.seeds).toBe(first.report.seeds);
    await expectSameAsFullBuild(seeds, out, work);

    // Another build of the same folder meanwhile (`news-archive build` in another terminal)
    // writes another manifest: the next build reads that one, not the one it remembers. Here the
    // seed goes back to what the remembered manifest describes, which the folder no longer holds.
    const gen3 = path.join(seeds, 'gen-3.txt');
    await writeFile(gen3, ' date 2016-04-13 Harvest report 3, revised twice\nRevised again, in Geneva.\n');
    expect((await build(options())).rendered).toBeGreaterThan(0);
    await writeFile(gen3, ' date 2016-04-13 Harvest report 3, revised\nRevised, in Geneva.\n');
    listing.touched('gen-3.txt');
    expect((await build(options(kept))).rendered).toBeGreaterThan(0);
    await expectSameAsFullBuild(seeds, out, work);

    // What the resident cache wrote back holds every seed: a build that opens it anew reads none.
    const reopened = await build(options({ cache: await RecordCache.open(records), full: true }));
    expect(reopened.read).toBe(0);
  });

  it('forgets what a build that stopped before saving read', async () => {
    const cache = await RecordCache.open(records, false, { resident: true });
    expect((await build(options({ cache }))).read).toBe(0);
    const broken = path.join(seeds, 'broken.txt');
    const passing = path.join(seeds, 'passing.txt');
    await writeFile(broken, ' date 2016-02-30 A broken date\nText.\n');
    await writeFile(passing, ' date 2016-02-27 Here for one build\nText.\n');
    const { size, mtimeMs, ctimeMs, ino } = await stat(passing);
    const stopped = await build(options({ cache }));
    expect(stopped.written).toBe(false);
    expect(stopped.read).toBe(2);
    // Mended, and the other seed gone before any build was written: it never reaches the cache.
    await writeFile(broken, ' date 2016-02-28 A date mended\nText.\n');
    await rm(passing);
    const mended = await build(options({ cache }));
    expect(mended.written).toBe(true);
    expect(mended.read).toBe(1);
    await expectSameAsFullBuild(seeds, out, work);
    const onDisk = await RecordCache.open(records);
    expect(onDisk.get('passing.txt', { size, mtimeMs, ctimeMs, ino })).toBeUndefined();
    expect(onDisk.get('broken.txt', await stat(broken))).toBeDefined();
  });

  it('a one-off rebuild of a large archive relates on a thread of its own, and gives the bytes of a full build', async () => {
    const started = vi.spyOn(Relater.prototype, 'start');
    onTestFinished(() => started.mockRestore());
    // A full build relates here, whatever the archive's size, and keeps the relation for the next.
    const relation = path.join(cacheDirFor(out), RELATION_FILE);
    await rm(relation, { force: true });
    await build(options({ full: true, relateThreadAt: 1 }));
    expect(started).not.toHaveBeenCalled();
    const kept = await stat(relation);
    await writeFile(path.join(seeds, 'gen-6.txt'), ' date 2016-07-16 Harvest report 6, revised\nRevised, in Geneva, at the harvest.\n');
    expect((await build(options({ relateThreadAt: 1 }))).read).toBe(1);
    expect(started).toHaveBeenCalledTimes(1);
    await expectSameAsFullBuild(seeds, out, work);
    // The rebuild kept its own; a damaged one is not used.
    expect((await stat(relation)).mtimeMs).toBeGreaterThan(kept.mtimeMs);
    const bytes = await readFile(relation);
    bytes[bytes.length - 1]! ^= 1;
    await writeFile(relation, bytes);
    await writeFile(path.join(seeds, 'gen-6.txt'), ' date 2016-07-16 Harvest report 6, revised again\nRevised again, in Geneva.\n');
    const damaged = await build(options({ relateThreadAt: 1 }));
    expect(damaged.read).toBe(1);
    expect(damaged.phases.map((p) => p.name)).toContain('  of which waiting for related articles (related from scratch)');
    expect(started).toHaveBeenCalledTimes(2);
    await expectSameAsFullBuild(seeds, out, work);
    // Another title renders every page again, relating here (no thread) from the relation kept;
    // and back, after an edit, the same way, from the relation that build kept.
    const waits = (r: { phases: { name: string }[] }): string[] => r.phases.map((p) => p.name).filter((n) => n.includes('waiting for related articles'));
    expect(waits(await build(options({ title: 'Another Archive', relateThreadAt: 1 })))).toEqual(["  of which waiting for related articles (from the last build's relation)"]);
    await writeFile(path.join(seeds, 'gen-6.txt'), ' date 2016-07-16 Harvest report 6, revised once more\nRevised once more, in Geneva.\n');
    expect((await build(options({ relateThreadAt: 1 }))).linked).toBe(0);
    expect(started).toHaveBeenCalledTimes(2);
    await expectSameAsFullBuild(seeds, out, work);
    // Below the size (SPLIT_AT by default), here.
    await writeFile(path.join(seeds, 'gen-6.txt'), ' date 2016-07-16 Harvest report 6, revised twice\nRevised twice.\n');
    expect((await build(options())).read).toBe(1);
    expect(started).toHaveBeenCalledTimes(2);
    await expectSameAsFullBuild(seeds, out, work);
  });

  it("a one-off rebuild of a large archive reuses the articles' keys the last build kept, and gives the bytes of a full build", async () => {
    const keys = path.join(cacheDirFor(out), KEY_FILE);
    await rm(keys, { force: true });
    await build(options({ full: true, relateThreadAt: 1 }));
    const kept = await stat(keys);
    // A new name and a new source: the article's topics, its topics' pages and feeds change; the others' keys are reused.
    await writeFile(path.join(seeds, 'gen-8.txt'), ' date 2016-09-18 Harvest report 8\nGENEVA (Reuters) - Report 8 on the harvest, with Maria Lopez of the Harvest Council in Geneva. Maria Lopez said so.\n');
    expect((await build(options({ relateThreadAt: 1 }))).read).toBe(1);
    await expectSameAsFullBuild(seeds, out, work);
    expect((await stat(keys)).mtimeMs).toBeGreaterThan(kept.mtimeMs);
    // A damaged file is not used; another title renders every page again, with the keys kept.
    const bytes = await readFile(keys);
    bytes[bytes.length - 1]! ^= 1;
    await writeFile(keys, bytes);
    await writeFile(path.join(seeds, 'gen-8.txt'), ' date 2016-09-18 Harvest report 8\nReport 8 on the harvest in Geneva, revised.\n');
    expect((await build(options({ relateThreadAt: 1 }))).read).toBe(1);
    await expectSameAsFullBuild(seeds, out, work);
    expect((await build(options({ title: 'Another Archive', relateThreadAt: 1 }))).linked).toBe(0);
    await build(options({ relateThreadAt: 1 }));
    await expectSameAsFullBuild(seeds, out, work);
  });

  it("a one-off rebuild of a large archive takes up the placement the last build kept, when it is of the records cached, and gives the bytes of a full build", async () => {
    const file = path.join(cacheDirFor(out), PLACEMENT_FILE);
    const placed = (r: { phases: { name: string }[] }): string[] => r.phases.map((p) => p.name).filter((n) => /^(place articles|build indexes \(periods)/.test(n));
    const REUSED = ["place articles (topics, URLs): the last build's choice and topics reused", "build indexes (periods, topics): the last build's topic index reused"];
    const ANEW = ['place articles (topics, URLs)', 'build indexes (periods, topics)'];
    // Updated, rather than made anew, where seeds came, went or moved.
    const UPDATED_CHOICE = "place articles (topics, URLs): the last build's choice reused, updated where seeds came, went or moved";
    const UPDATED_INDEX = "build indexes (periods, topics): the last build's topic index reused, updated where articles came, went or changed topics";
    await build(options({ full: true, relateThreadAt: 1 }));
    expect(existsSync(file)).toBe(true);
    // Compared with a full build where the placement is taken up, and where it must not be.
    const edit = async (text: string, compare = true): Promise<string[]> => {
      await writeFile(path.join(seeds, 'gen-5.txt'), text);
      const result = await build(options({ relateThreadAt: 1 }));
      expect(result.read).toBe(1);
      if (compare) await expectSameAsFullBuild(seeds, out, work);
      return placed(result);
    };
    // A sentence changes: nothing its placement reads.
    expect(await edit(' date 2016-06-15 Harvest report 5\nReport 5 on the harvest in Geneva, a sentence later.\n')).toEqual(REUSED);
    // Another day: the choice updated (its order, its slug's day); its topics are the same, on another day: the index updated.
    expect(await edit(' date 2016-06-16 Harvest report 5\nReport 5 on the harvest in Geneva, a sentence later.\n')).toEqual([
      "place articles (topics, URLs): the last build's choice and topics reused, updated where seeds came, went or moved", UPDATED_INDEX,
    ]);
    // A name it mentions: its topics are decided anew, and come out as they were (the name is no
    // topic yet), in the last build's arrays: the index is reused whole (see topic-reuse.ts).
    const named = (words: string): string => ` date 2016-06-16 Harvest report 5\nReport 5 on the harvest in Geneva, with Maria Lopez of the Harvest Council. Maria Lopez said ${words}.\n`;
    expect(await edit(named('so'))).toEqual(["place articles (topics, URLs): the last build's choice reused", REUSED[1]]);
    expect(await edit(named('it'))).toEqual(REUSED);
    // A seed added, then deleted: the choice and the index updated, the topics decided anew (the memo's records are the last build's, each time).
    await writeFile(path.join(seeds, 'gen-new.txt'), ' date 2016-06-20 Harvest report added\nA report added, on the harvest in Geneva.\n');
    expect(placed(await build(options({ relateThreadAt: 1 })))).toEqual([UPDATED_CHOICE, UPDATED_INDEX]);
    await expectSameAsFullBuild(seeds, out, work);
    await rm(path.join(seeds, 'gen-new.txt'));
    expect(placed(await build(options({ relateThreadAt: 1 })))).toEqual([UPDATED_CHOICE, UPDATED_INDEX]);
    await expectSameAsFullBuild(seeds, out, work);
    expect(await edit(named('that'), false)).toEqual(REUSED);
    // A build stopped after saving the cache and before keeping its placement: the placement kept
    // is of other records (another generation, here of another day), and is not taken up.
    const older = await readFile(file);
    const earlier = (words: string): string => named(words).replace('2016-06-16', '2016-06-12');
    expect(await edit(earlier('this'), false)).toEqual([UPDATED_CHOICE, UPDATED_INDEX]);
    await writeFile(file, older);
    expect(await edit(earlier('it all'))).toEqual(ANEW);
    // Nor a damaged one; the next build keeps one again.
    const bytes = await readFile(file);
    bytes[bytes.length - 1]! ^= 1;
    await writeFile(file, bytes);
    expect(await edit(earlier('it again'), false)).toEqual(ANEW);
    expect(await edit(earlier('it once more'))).toEqual(REUSED);
  });

  it("a rebuild that relates on a thread (serve's, or a one-off rebuild's own) makes the pages that show no relation meanwhile, and gives the bytes of a full build, story pages and sitemap too", async () => {
    // Report i shares rare words with report i + 1: one story, chained, of more reports than an
    // article lists (so with a page of its own), beside the articles of the shared seeds.
    const story = path.join(work, 'story-seeds');
    const site = path.join(work, 'story-site');
    await cp(path.join(ROOT, 'seeds'), story, { recursive: true });
    const word = (n: number): string => `zor${'bcdfghklmnprstvz'[n % 16]}a`;
    const report = (i: number): string => `---\ntitle: Herring quota report ${i}\ndate: 2001-05-0${1 + (i % 3)}\nsource: Agency ${i}\n---\n${`${word(i)} ${word(i + 1)} `.repeat(6)}today.\n`;
    for (let i = 0; i < 13; i++) await writeFile(path.join(story, `r${String(i).padStart(2, '0')}.md`), report(i));
    // As serve relates: on a thread kept from build to build.
    const relater = new Relater();
    onTestFinished(() => relater.close());
    const at = (extra: Partial<BuildOptions> = {}): BuildOptions => options({ seeds: story, out: site, relater, ...extra });
    await build(at({ full: true }));
    const storyPage = path.join(site, '2001/05/01/herring-quota-report-0/coverage/index.html');
    expect(await readFile(storyPage, 'utf8')).not.toContain('Herring quota report 13<');
    // A fourteenth report joins the story: its page, the reports' pages and the sitemap change.
    await writeFile(path.join(story, 'r13.md'), report(13));
    const added = await build(at());
    expect(added.read).toBe(1);
    const names = added.phases.map((p) => p.name);
    const early = names.indexOf('pages and files that show no related articles, made while relating');
    expect(early).toBeGreaterThan(-1);
    expect(early).toBeLessThan(names.indexOf('related articles and stories'));
    expect(await readFile(storyPage, 'utf8')).toContain('>Herring quota report 13</a>');
    expect(await readFile(path.join(site, 'sitemap.xml'), 'utf8')).toContain('/2001/05/01/herring-quota-report-0/coverage/');
    await expectSameAsFullBuild(story, site, work);
    // A one-off rebuild on a thread of its own makes them meanwhile too; one that relates here
    // makes every page after relating, in order.
    for (const relateThreadAt of [1, 10_000]) {
      await writeFile(path.join(story, 'r13.md'), report(13).replace('today', `on day ${relateThreadAt}`));
      const oneOff = await build(at({ relater: undefined, relateThreadAt }));
      expect(oneOff.read).toBe(1);
      const phases = oneOff.phases.map((p) => p.name);
      const meanwhile = phases.indexOf('pages and files that show no related articles, made while relating');
      if (relateThreadAt === 1) {
        expect(meanwhile).toBeGreaterThan(-1);
        expect(meanwhile).toBeLessThan(phases.indexOf('related articles and stories'));
      } else expect(meanwhile).toBe(-1);
      await expectSameAsFullBuild(story, site, work);
    }
  });

  it("builds given `keep` leave the articles' keys and the relation to it, and the next process's build starts from what it keeps", async () => {
    const dir = path.join(work, 'keep');
    const here = path.join(dir, 'seeds');
    const site = path.join(dir, 'site');
    await cp(seeds, here, { recursive: true });
    const relation = path.join(cacheDirFor(site), RELATION_FILE);
    const keyFile = path.join(cacheDirFor(site), KEY_FILE);
    // As serve builds: with everything kept in memory, on a thread kept from build to build.
    const relater = new Relater();
    onTestFinished(() => relater.close());
    const memos = { cache: await RecordCache.open(path.join(cacheDirFor(site), 'records'), false, { resident: true }), relater, placement: new PlacementMemo(), keys: new KeyMemo(), manifest: new ManifestMemo() };
    const works = new Map<string, () => Promise<void>>();
    const at = (extra: Partial<BuildOptions> = {}): BuildOptions => options({ seeds: here, out: site, relateThreadAt: 1, ...memos, keep: (kind, work) => void works.set(kind, work), ...extra });
    // The first build relates here, and keeps its relation itself; its keys and placement are left to the caller.
    const placementFile = path.join(cacheDirFor(site), PLACEMENT_FILE);
    await build(at());
    expect(existsSync(relation)).toBe(true);
    expect(existsSync(keyFile)).toBe(false);
    expect(existsSync(placementFile)).toBe(false);
    expect([...works.keys()]).toEqual(['keys', 'placement']);
    await rm(relation);
    await writeFile(path.join(here, 'gen-7.txt'), ' date 2016-08-17 Harvest report 7, revised\nRevised, in Geneva, after the harvest.\n');
    works.clear();
    // A rebuild relates on the thread and keeps none of them.
    const rebuilt = await build(at());
    expect(rebuilt.read).toBe(1);
    expect(existsSync(relation)).toBe(false);
    expect(existsSync(keyFile)).toBe(false);
    expect(existsSync(placementFile)).toBe(false);
    expect([...works.keys()].sort()).toEqual(['keys', 'placement', 'relation']);
    for (const work of works.values()) await work();
    expect(existsSync(relation)).toBe(true);
    const kept = await loadKeys(keyFile, await rendererVersion());
    expect(kept?.files.length).toBe(rebuilt.report.published);
    expect(kept!.keys.every((k) => k !== '')).toBe(true);
    // A one-off build of the same seeds under another title renders every page again, relating
    // from the relation kept (a small archive's edit would relate from scratch: too many rows change).
    // It takes up the placement serve kept, of the records its cache saved.
    const oneOff = await build(options({ seeds: here, out: site, title: 'Another Archive', relateThreadAt: 1 }));
    expect(oneOff.phases.map((p) => p.name)).toContain("  of which waiting for related articles (from the last build's relation)");
    expect(oneOff.phases.map((p) => p.name)).toContain("place articles (topics, URLs): the last build's choice and topics reused");
    // And back, from what that build kept: the bytes of a full build.
    await build(options({ seeds: here, out: site, relateThreadAt: 1 }));
    await expectSameAsFullBuild(here, site, work);
  });

  it('a one-off build of an archive too small for a relating thread keeps its relation once it is given, its keys and its placement, and the next relates here from it and takes them up', async () => {
    const dir = path.join(work, 'kept-here');
    const here = path.join(dir, 'seeds');
    const site = path.join(dir, 'site');
    await cp(seeds, here, { recursive: true });
    const relation = path.join(cacheDirFor(site), RELATION_FILE);
    const waits = (phases: { name: string }[]): string[] => phases.map((p) => p.name).filter((n) => n.includes('waiting for related'));
    const at = (extra: Partial<BuildOptions> = {}): BuildOptions => options({ seeds: here, out: site, relateThreadAt: 10_000, keepFilesAt: 1, ...extra });
    const keyFile = path.join(cacheDirFor(site), KEY_FILE);
    const placementFile = path.join(cacheDirFor(site), PLACEMENT_FILE);
    await build(at({ full: true }));
    // The full build keeps it too, with the keys and the placement.
    const first = await stat(relation);
    expect(existsSync(keyFile) && existsSync(placementFile)).toBe(true);
    // Another title: every page again, every row as it was, so related from the relation kept.
    expect(waits((await build(at({ title: 'Another Archive' }))).phases)).toEqual(["  of which waiting for related articles (from the last build's relation)"]);
    expect((await stat(relation)).mtimeMs).toBeGreaterThan(first.mtimeMs);
    await writeFile(path.join(here, 'gen-7.txt'), ' date 2016-08-17 Harvest report 7, revised\nRevised, in Geneva, after the harvest.\n');
    expect((await build(at())).read).toBe(1);
    await expectSameAsFullBuild(here, site, work);
    // A sentence more: nothing placing reads changed, and the placement this build's process never held is taken up from the file.
    await writeFile(path.join(here, 'gen-7.txt'), ' date 2016-08-17 Harvest report 7, revised\nRevised, in Geneva, after the harvest. A sentence more.\n');
    const sentence = await build(at());
    expect(sentence.read).toBe(1);
    expect(sentence.phases.map((p) => p.name)).toContain("place articles (topics, URLs): the last build's choice and topics reused");
    await expectSameAsFullBuild(here, site, work);
    // Below the size that keeps them (KEEP_FILES_AT), an archive relates from scratch and keeps none.
    for (const file of [relation, keyFile, placementFile]) await rm(file);
    await writeFile(path.join(here, 'gen-8.txt'), ' date 2016-09-18 Harvest report 8, revised\nRevised, in Geneva, after the harvest.\n');
    expect(waits((await build(at({ keepFilesAt: undefined }))).phases)).toEqual(['  of which waiting for related articles (related from scratch)']);
    expect([relation, keyFile, placementFile].filter((file) => existsSync(file))).toEqual([]);
  });

  it("a one-off rebuild knows its article pages from the last build's manifest when the keys it takes up are that build's, and its day, month, year and topic pages when its placement is too", async () => {
    const dir = path.join(work, 'known-listings');
    const here = path.join(dir, 'seeds');
    const site = path.join(dir, 'site');
    await cp(seeds, here, { recursive: true });
    const at = (extra: Partial<BuildOptions> = {}): BuildOptions => options({ seeds: here, out: site, relateThreadAt: 10_000, keepFilesAt: 1, ...extra });
    const known = (phases: { name: string }[]): number => {
      const phase = phases.find((p) => p.name.startsWith('pages: made, hashed and rendered'))!;
      return Number(/(\d+) day, month, year and topic pages and topic feeds/.exec(phase.name)?.[1] ?? 0);
    };
    // And its article pages, known by their parts' digests (see LastBuild.pages).
    const pages = (phases: { name: string }[]): number => {
      const phase = phases.find((p) => p.name.startsWith('pages: made, hashed and rendered'))!;
      return Number(/\((\d+) article pages/.exec(phase.name)?.[1] ?? 0);
    };
    // A text of its own: no other seed's duplicate, whatever the tests before left in the folder.
    const lede = (words: string): Promise<void> => writeFile(path.join(here, 'lede.txt'), ` date 2016-08-18 Harbour report\nA report on the ${words} at the harbour in Geneva.\n`);
    await lede('harvest');
    await build(at());
    const placementBody = path.join(cacheDirFor(site), PLACEMENT_FILE);
    const body = await readFile(placementBody);
    // Another lede: the article's key changes, its topics do not; the pages that list it are made again, the others known.
    await lede('late harvest');
    const edited = await build(at());
    expect(edited.read).toBe(1);
    expect(known(edited.phases)).toBeGreaterThan(10);
    expect(pages(edited.phases)).toBeGreaterThan(10);
    // Every decision reused whole: the placement's body is not written again, only its head.
    expect((await readFile(placementBody)).equals(body)).toBe(true);
    await expectSameAsFullBuild(here, site, work);
    // Keys kept by a build before the last one: an article back to its text of then has that
    // build's key, while the last build's pages list it with the text between. None is known.
    const cacheDir = cacheDirFor(site);
    const older = await readFile(path.join(cacheDir, KEY_FILE));
    await lede('early harvest');
    expect(known((await build(at())).phases)).toBeGreaterThan(10);
    await writeFile(path.join(cacheDir, KEY_FILE), older);
    await lede('late harvest');
    const back = await build(at());
    expect(back.read).toBe(1);
    expect(known(back.phases)).toBe(0);
    expect(pages(back.phases)).toBe(0);
    await expectSameAsFullBuild(here, site, work);
    // A placement of the records the cache holds, but said to be kept by another build (as when
    // the build that kept it failed to write its keys and its output): none is known either.
    await lede('early harvest');
    expect(known((await build(at())).phases)).toBeGreaterThan(10);
    const placementFile = path.join(cacheDir, PLACEMENT_FILE);
    const version = await rendererVersion();
    const placement = (await loadPlacement(placementFile, version))!;
    await savePlacement(placementFile, version, placement.generation, 'another build', placement.state);
    await lede('autumn harvest');
    const other = await build(at());
    expect(other.phases.map((p) => p.name)).toContain("place articles (topics, URLs): the last build's choice and topics reused");
    expect(known(other.phases)).toBe(0);
    // Its article pages are known all the same: their parts hold all they are made of.
    expect(pages(other.phases)).toBeGreaterThan(10);
    await expectSameAsFullBuild(here, site, work);
    // An article added elsewhere while another is edited: the index is updated, and the topic
    // the edited article is filed under, carried over, lists it with its new text.
    await writeFile(path.join(here, 'elsewhere.txt'), ' date 2016-02-01 Talks in Paris\nMaria Lopez of Oxfam spoke in Paris.\n');
    await lede('spring harvest');
    const both = await build(at());
    expect(both.read).toBe(2);
    expect(both.phases.map((p) => p.name)).toContain("build indexes (periods, topics): the last build's topic index reused, updated where articles came, went or changed topics");
    expect(known(both.phases)).toBeGreaterThan(0);
    await expectSameAsFullBuild(here, site, work);
    // A rebuild after an edit that changes topics decides them anew and updates the topic index:
    // the pages and feeds of the topics it carries over unchanged are still known, the others made again.
    await writeFile(path.join(here, 'lede.txt'), ' date 2016-08-18 Harbour report\nA report on the harvest at the harbour in Geneva, with Maria Lopez of Oxfam.\n');
    const topics = await build(at());
    expect(topics.phases.map((p) => p.name)).toContain("build indexes (periods, topics): the last build's topic index reused, updated where articles came, went or changed topics");
    expect(known(topics.phases)).toBeGreaterThan(0);
    expect(known(topics.phases)).toBeLessThan(known(edited.phases));
    expect((await readFile(placementBody)).equals(body)).toBe(false);
    await expectSameAsFullBuild(here, site, work);
    // As after adding and deleting an article, which renumbers those after it.
    await writeFile(path.join(here, 'added.txt'), ' date 2016-03-02 Grain prices rise\nGrain prices rose in Geneva, said Maria Lopez.\n');
    const added = await build(at());
    expect(known(added.phases)).toBeGreaterThan(0);
    expect(pages(added.phases)).toBeGreaterThan(10);
    await expectSameAsFullBuild(here, site, work);
    await rm(path.join(here, 'added.txt'));
    const deleted = await build(at());
    expect(known(deleted.phases)).toBeGreaterThan(0);
    await expectSameAsFullBuild(here, site, work);
    // And the next edit takes up the placement written anew.
    await writeFile(path.join(here, 'lede.txt'), ' date 2016-08-18 Harbour report\nA report on the late harvest at the harbour in Geneva, with Maria Lopez of Oxfam.\n');
    const after = await build(at());
    expect(after.phases.map((p) => p.name)).toContain("place articles (topics, URLs): the last build's choice and topics reused");
    expect(known(after.phases)).toBeGreaterThan(10);
    await expectSameAsFullBuild(here, site, work);
    // Under another title every page changes: none is known from the last build's manifest, which
    // was written for other settings, and none from this one's when the title is put back.
    await lede('winter harvest');
    const retitled = await build(at({ title: 'Another Archive' }));
    expect([known(retitled.phases), pages(retitled.phases)]).toEqual([0, 0]);
    await lede('harvest');
    const titled = await build(at());
    expect([known(titled.phases), pages(titled.phases)]).toEqual([0, 0]);
    await expectSameAsFullBuild(here, site, work);
  });

  it('is what a build opens for itself without one: read again from disk', async () => {
    await rm(records, { recursive: true });
    await writeFile(path.join(seeds, 'gen-5.txt'), ' date 2016-06-15 Harvest report 5, revised\nRevised.\n');
    const result = await build(options());
    expect(result.read).toBe(result.report.seeds);
  });
});
