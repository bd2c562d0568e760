// The last build's relation kept on disk (relation-file.ts): another process relates the next
// build from it, with exactly the result of relating from scratch; a file of another version, or
// damaged, is not used.
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArchive } from '../../src/archive/build.ts';
import { relateHere, Relater, type Relating } from '../../src/enrich/relating.ts';
import { loadRelation, type RelationFile, relationSources, saveRelation } from '../../src/enrich/relation-file.ts';
import { ROOT } from '../../src/paths.ts';
import { joinParts, memoOf, updatePart } from '../../src/enrich/related-update.ts';
import { type RelatedResult, Relation, relateVectors, TermTable, TermVectors } from '../../src/enrich/related.ts';
import type { FreshRecord, TopicRef } from '../../src/types.ts';
import { tempDir } from '../helpers/cli.ts';
import { archive, generated } from '../helpers/relating.ts';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const pool = generated(420, 41, 20);
/** The next build's records: one edited (another's text under its name), six added, one removed. */
function nextBuild(records: FreshRecord[], spare: FreshRecord[]): FreshRecord[] {
  const edited = records.map((r, j) => (j === 7 ? { ...spare[0]!, file: r.file, id: r.id } : r));
  return [...edited.filter((_, j) => j !== 11), ...spare.slice(1, 7)];
}

/** Relates an archive from scratch and keeps its relation in `to`; the table it was numbered with. */
async function saved(records: FreshRecord[], to: RelationFile): Promise<void> {
  const { inputs, topics } = archive(records);
  const table = new TermTable();
  const terms = new TermVectors(inputs, table);
  const relation = new Relation(terms, topics);
  expect(await saveRelation(to, memoOf(terms, topics, joinParts([relation.part()], terms.n)), table)).toBe(true);
}

describe('a relation kept on disk (relation-file.ts)', () => {
  const records = pool.slice(0, 340);
  const spare = pool.slice(340);

  it('relates the next build in another process exactly as from scratch, its unchanged articles\' terms read, not parsed', async () => {
    const file = { file: path.join(dir, 'kept.bin'), version: 'v1' };
    await saved(records, file);
    // Another process: a table of its own.
    const table = new TermTable();
    const memo = await loadRelation(file, table);
    expect(memo).not.toBeNull();
    expect(memo!.keys).toHaveLength(records.length);
    const next = archive(nextBuild(records, spare));
    // A record of the same digest has the same terms: they are taken from the file. Its terms
    // given in another order here would weigh otherwise if they were parsed again.
    const known = new Set(memo!.digests);
    const shuffled = next.inputs.map((r) => (known.has(r.digest) ? { ...r, terms: r.terms.split(' ').reverse().join(' ') } : r));
    expect(shuffled.filter((r, i) => r !== next.inputs[i]).length).toBeGreaterThan(300);
    const terms = new TermVectors(shuffled, table);
    const scratch = new TermVectors(next.inputs);
    expect([...terms.termOf]).toEqual([...scratch.termOf]);
    expect([...terms.weight]).toEqual([...scratch.weight]);
    expect([...terms.df]).toEqual([...scratch.df]);
    // However many rows are dirty (an archive this small is related from scratch by default).
    const relation = new Relation(terms, next.topics);
    const part = updatePart(relation, terms, next.topics, memo!, 1);
    expect(part).not.toBeNull();
    const expected = relateVectors(scratch, next.topics);
    expect(relation.result([part!], terms.ids)).toEqual(expected);
    // The edited article is dirty: its old terms are not taken for its new text.
    expect(known.has(next.inputs.find((r) => r.file === records[7]!.file)!.digest)).toBe(false);
  });

  it('is of a version of all the code relating runs: every module it imports, and theirs', async () => {
    const sources = new Set(await relationSources());
    const seen = new Set<string>();
    const queue = ['related.ts', 'related-update.ts', 'relation-file.ts'].map((f) => path.join(ROOT, 'src/enrich', f));
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      expect(sources.has(file), file).toBe(true);
      for (const m of (await readFile(file, 'utf8')).matchAll(/^import (?!type )[^;]*?from '(\.[^']+)';/gm)) queue.push(path.resolve(path.dirname(file), m[1]!));
    }
    expect(seen.size).toBeGreaterThan(6);
  });

  it('is not used when written by another version, damaged, cut short or missing', async () => {
    const file = { file: path.join(dir, 'other.bin'), version: 'v1' };
    await saved(records, file);
    expect(await loadRelation({ ...file, version: 'v2' }, new TermTable())).toBeNull();
    const bytes = await readFile(file.file);
    const flipped = Buffer.from(bytes);
    flipped[Math.floor(bytes.length / 2)]! ^= 1;
    await writeFile(file.file, flipped);
    expect(await loadRelation(file, new TermTable())).toBeNull();
    await writeFile(file.file, bytes.subarray(0, bytes.length - 100));
    expect(await loadRelation(file, new TermTable())).toBeNull();
    await writeFile(file.file, bytes);
    expect(await loadRelation(file, new TermTable())).not.toBeNull();
    await rm(file.file);
    expect(await loadRelation(file, new TermTable())).toBeNull();
  });

  it('is not written for articles without digests, nor from a relation read back', async () => {
    const file = { file: path.join(dir, 'undigested.bin'), version: 'v1' };
    const { inputs, topics } = archive(records);
    const table = new TermTable();
    const terms = new TermVectors(inputs.map(({ digest: _, ...r }) => r), table);
    const relation = new Relation(terms, topics);
    expect(await saveRelation(file, memoOf(terms, topics, joinParts([relation.part()], terms.n)), table)).toBe(false);
    await expect(readFile(file.file)).rejects.toThrow();
    const kept = { file: path.join(dir, 'again.bin'), version: 'v1' };
    await saved(records, kept);
    const readBack = new TermTable();
    expect(await saveRelation(file, (await loadRelation(kept, readBack))!, readBack)).toBe(false);
  });
});

describe('relating with a relation kept on disk', () => {
  const records = pool.slice(0, 340);
  const spare = pool.slice(340);

  /** A build's records and their topics, as relating is given them, and the result from scratch. */
  function expected(rs: FreshRecord[]): { chosen: FreshRecord[]; topics: TopicRef[][]; result: RelatedResult } {
    const byFile = new Map(rs.map((r) => [r.file, r]));
    const articles = buildArchive(rs).archive.articles;
    const chosen = articles.map((a) => byFile.get(a.file)!);
    const { inputs, topics } = archive(rs);
    return { chosen, topics: articles.map((a) => a.topics), result: relateVectors(new TermVectors(inputs), topics) };
  }

  /** A build's result, and whether it was related from a kept relation. */
  const relate = async (relating: Relating, topics: TopicRef[][]): Promise<{ result: RelatedResult; updated: boolean }> => {
    relating.topics(topics);
    const result = await relating.result();
    return { result, updated: relating.updated() };
  };

  it('a build on this thread keeps its relation, and the next build\'s thread relates from it, as from scratch', async () => {
    const file = { file: path.join(dir, 'relation.bin'), version: 'v1' };
    const first = expected(records);
    // A full build relates on this thread, and keeps the relation.
    expect(await relate(relateHere(first.chosen, file), first.topics)).toEqual({ result: first.result, updated: false });
    const next = expected(nextBuild(records, spare));
    // The next build, on a thread started for it: it reads the relation while the seeds are read.
    const relater = new Relater(undefined, 1);
    try {
      relater.prepare(file);
      expect(await relate(relater.start(next.chosen, file), next.topics)).toEqual({ result: next.result, updated: true });
    } finally {
      await relater.close();
    }
    // It kept its own before it ended: the build after relates from that one.
    const after = expected([...nextBuild(records, spare), ...spare.slice(7, 9)]);
    const another = new Relater(undefined, 1);
    try {
      another.prepare(file);
      expect(await relate(another.start(after.chosen), after.topics)).toEqual({ result: after.result, updated: true });
      // With no relation to start from, from scratch.
      await rm(file.file);
      await another.close();
      another.prepare(file);
      expect(await relate(another.start(next.chosen), next.topics)).toEqual({ result: next.result, updated: false });
    } finally {
      await another.close();
    }
  });

  it('a thread that reads a relation is sent no terms of the records the last build had, takes theirs from the relation, and asks for those it lacks', async () => {
    const file = { file: path.join(dir, 'light.bin'), version: 'v1' };
    const first = expected(records);
    await relate(relateHere(first.chosen, file), first.topics);
    const next = expected(nextBuild(records, spare));
    // The records the relation has, hollowed: their terms are never read, the relation's are.
    const known = new Set(first.chosen.map((r) => r.digest));
    const hollow = next.chosen.map((r) => (known.has(r.digest) ? { ...r, terms: '', termCounts: '' } : r));
    expect(hollow.filter((r, i) => r !== next.chosen[i]).length).toBeGreaterThan(300);
    const relater = new Relater(undefined, 1);
    try {
      relater.prepare(file);
      // The records the last build had go by their digest alone; the edited and added ones, read anew, with their terms.
      const unknown = next.chosen.filter((r) => !known.has(r.digest)).length;
      expect(unknown).toBe(7);
      expect(await relate(relater.start(hollow, undefined, (r) => known.has(r.digest)), next.topics)).toEqual({ result: next.result, updated: true });
      expect(relater.lastSent).toEqual({ terms: unknown, digests: next.chosen.length - unknown, asked: 0 });
      // The next build on the same thread sends only what changed; the hollowed records' terms are the relation's still.
      const after = expected([...nextBuild(records, spare), ...spare.slice(7, 9)]);
      const added = after.chosen.filter((r) => !next.chosen.some((n) => n.file === r.file));
      const byFile = new Map([...hollow, ...added].map((r) => [r.file, r]));
      expect(await relate(relater.start(after.chosen.map((r) => byFile.get(r.file)!), undefined, () => true), after.topics)).toEqual({ result: after.result, updated: true });
      // The thread has the others since the last build: the two added, said to be the last build's, go without terms, and are asked for.
      expect(relater.lastSent).toEqual({ terms: 0, digests: 2, asked: 2 });
    } finally {
      await relater.close();
    }
    // With no relation to read, every record sent without its terms is asked for: related from scratch, as exactly.
    const fresh = new Relater(undefined, 1);
    try {
      fresh.prepare({ file: path.join(dir, 'missing.bin'), version: 'v1' });
      expect(await relate(fresh.start(next.chosen, undefined, () => true), next.topics)).toEqual({ result: next.result, updated: false });
      expect(fresh.lastSent).toEqual({ terms: 0, digests: next.chosen.length, asked: next.chosen.length });
    } finally {
      await fresh.close();
    }
  });

  it("a thread whose builds keep nothing keeps the last one's relation when asked, and the next process's thread relates from it", async () => {
    const file = { file: path.join(dir, 'before.bin'), version: 'v1' };
    const kept = { file: path.join(dir, 'later.bin'), version: 'v1' };
    const first = expected(records);
    await relate(relateHere(first.chosen, file), first.topics);
    const next = expected(nextBuild(records, spare));
    const relater = new Relater(undefined, 1);
    try {
      // Nothing to keep before a build: nothing is written.
      await relater.keep({ file: path.join(dir, 'none.bin'), version: 'v1' });
      expect(existsSync(path.join(dir, 'none.bin'))).toBe(false);
      relater.prepare(file);
      // Started without `save`: the build keeps nothing of its own, until asked.
      expect(await relate(relater.start(next.chosen), next.topics)).toEqual({ result: next.result, updated: true });
      expect(existsSync(kept.file)).toBe(false);
      await relater.keep(kept);
      expect(existsSync(kept.file)).toBe(true);
    } finally {
      await relater.close();
    }
    // What it kept is the relation of that build: the next one relates from it, as from scratch.
    const after = expected([...nextBuild(records, spare), ...spare.slice(7, 9)]);
    const another = new Relater(undefined, 1);
    try {
      another.prepare(kept);
      expect(await relate(another.start(after.chosen), after.topics)).toEqual({ result: after.result, updated: true });
    } finally {
      await another.close();
    }
  });

  it('a build that renders every page again, on this thread, relates from the relation kept, if of its version', async () => {
    const file = { file: path.join(dir, 'again.bin'), version: 'v1' };
    const first = expected(records);
    await relate(relateHere(first.chosen, file), first.topics);
    // The same seeds, after a new version of the tool that relates as the last: nothing to relate again.
    expect(await relate(relateHere(first.chosen, file, file), first.topics)).toEqual({ result: first.result, updated: true });
    // One article edited: from the relation all the same (a small archive shares its words with any article: from scratch by default).
    const next = expected(nextBuild(records, spare));
    expect((await relate(relateHere(next.chosen, file, file), next.topics)).result).toEqual(next.result);
    // A relation of another version of relating is not used.
    expect(await relate(relateHere(first.chosen, undefined, { ...file, version: 'v2' }), first.topics)).toEqual({ result: first.result, updated: false });
  });
});
