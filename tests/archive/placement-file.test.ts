// The placement memo kept on disk (placement-file.ts): read back by the same version of the tool
// with the generation of the cache it was kept for, and by no other, nor damaged.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexArchive, placeChosen } from '../../src/archive/build.ts';
import { PlacementMemo } from '../../src/archive/memo.ts';
import { loadPlacement, restampPlacement, savePlacement } from '../../src/archive/placement-file.ts';
import { generateCorpus } from '../../src/corpus/generate.ts';
import { readSeed } from '../../src/seeds/read.ts';

const records = [...generateCorpus({ count: 200, seed: 3, firstYear: 2018, lastYear: 2019 })].flatMap((s) => {
  const r = readSeed(s.file, new TextEncoder().encode(s.text));
  return r.ok ? [r.record] : [];
});
const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

/** A memo that placed `records`, kept in a new folder. */
async function kept(): Promise<{ file: string; memo: PlacementMemo }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'placement-'));
  dirs.push(dir);
  const memo = new PlacementMemo();
  indexArchive(placeChosen(memo.choose(records, false), { placement: memo }), undefined, memo);
  const file = path.join(dir, 'placement.bin');
  await savePlacement(file, 'v1', 'gen-a', 'build-a', memo.state());
  return { file, memo };
}

describe('a placement kept on disk', () => {
  it('is read back whole by the same version, with the generation it was kept for, and restores a memo that reuses every decision', async () => {
    const { file, memo } = await kept();
    const read = await loadPlacement(file, 'v1');
    expect(read?.generation).toBe('gen-a');
    expect(read?.build).toBe('build-a');
    expect(read!.state).toEqual(memo.state());
    const taken = new PlacementMemo();
    expect(taken.intact).toBe(false);
    expect(taken.restore(read!.state, new Map(records.map((r) => [r.file, r])))).toBe(true);
    const archive = indexArchive(placeChosen(taken.choose(records, false), { placement: taken }), undefined, taken);
    expect(taken.reused).toEqual({ choice: true, topics: true, index: true });
    // Every decision reused whole: its state is the one read.
    expect(taken.intact).toBe(true);
    expect(taken.state()).toEqual(read!.state);
    expect(archive.topics).toBe(read!.state.indexed!.result);
    // The articles' topics are the arrays the topic index was made of, as in the process that kept them.
    expect(archive.articles.every((a, i) => a.topics === read!.state.indexed!.topics[i])).toBe(true);
  });

  it('is said to be of another cache and build by its head alone, and not read with a head of another body', async () => {
    const { file, memo } = await kept();
    const first = (await loadPlacement(file, 'v1'))!;
    const body = await readFile(file);
    await restampPlacement(file, 'v1', 'gen-b', 'build-b', first.body);
    // The body is not written again.
    expect((await readFile(file)).equals(body)).toBe(true);
    const again = await loadPlacement(file, 'v1');
    expect([again?.generation, again?.build, again?.body]).toEqual(['gen-b', 'build-b', first.body]);
    expect(again!.state).toEqual(memo.state());
    // A body written since (another build's), which the head does not name; and a head of another version.
    await restampPlacement(file, 'v1', 'gen-c', 'build-c', 'another body');
    expect(await loadPlacement(file, 'v1')).toBeNull();
    await restampPlacement(file, 'v2', 'gen-c', 'build-c', first.body);
    expect(await loadPlacement(file, 'v1')).toBeNull();
    // Without its head, a body is not read either.
    await rm(`${file}.head`);
    expect(await loadPlacement(file, 'v1')).toBeNull();
  });

  it('a memo whose decisions are not all reused whole is not intact', async () => {
    const { file } = await kept();
    const read = (await loadPlacement(file, 'v1'))!;
    const byFile = new Map(records.map((r) => [r.file, r]));
    // One record fewer: the choice is updated.
    const fewer = records.slice(1);
    const taken = new PlacementMemo();
    taken.restore(read.state, byFile);
    indexArchive(placeChosen(taken.choose(fewer, false), { placement: taken }), undefined, taken);
    expect(taken.updated.choice).toBe(true);
    expect(taken.intact).toBe(false);
    // Another record's mentions: topics decided anew.
    const k = records.findIndex((r) => r.mentions !== records[0]!.mentions);
    const other = records.map((r, i) => (i === k ? { ...r, mentions: records[0]!.mentions } : r));
    const decided = new PlacementMemo();
    decided.restore(read.state, byFile);
    indexArchive(placeChosen(decided.choose(other, false), { placement: decided }), undefined, decided);
    expect(decided.reused.topics).toBe(false);
    expect(decided.intact).toBe(false);
  });

  it('is not read by another version, nor when damaged or cut short, nor when missing', async () => {
    const { file } = await kept();
    expect(await loadPlacement(file, 'v2')).toBeNull();
    const bytes = await readFile(file);
    for (const at of [0, 5, Math.floor(bytes.length / 2), bytes.length - 1]) {
      const damaged = Buffer.from(bytes);
      damaged[at]! ^= 1;
      await writeFile(file, damaged);
      expect(await loadPlacement(file, 'v1'), `byte ${at}`).toBeNull();
    }
    await writeFile(file, bytes.subarray(0, bytes.length - 10));
    expect(await loadPlacement(file, 'v1')).toBeNull();
    await rm(file);
    expect(await loadPlacement(file, 'v1')).toBeNull();
  });
});
