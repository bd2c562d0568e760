// The records' mentions kept on disk as parsed (mention-file.ts): another process's table is told
// them by digest and parses only the records it does not know; the topics are those decided from
// scratch. A file of another version, or damaged, is not used.
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMentions, mentionVersion, saveMentions } from '../../src/enrich/mention-file.ts';
import { articleTopics, MentionTable } from '../../src/enrich/topics.ts';
import { ROOT } from '../../src/paths.ts';
import { readerSources } from '../../src/seeds/cache.ts';
import type { SeedRecord } from '../../src/types.ts';
import { tempDir } from '../helpers/cli.ts';
import { generated } from '../helpers/relating.ts';

let dir: string;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const records = generated(300, 17, 30);

/** Keeps the mentions of `rs` as a table that parsed them does, in a new file. */
async function kept(rs: readonly SeedRecord[], name: string, version = 'v1'): Promise<string> {
  const table = new MentionTable();
  articleTopics(rs, undefined, table);
  const file = path.join(dir, name);
  await saveMentions(file, version, table, rs);
  return file;
}

describe('mentions kept on disk', () => {
  it('give the topics decided from scratch, in a table that has numbered other names first', async () => {
    const file = await kept(records, 'a.bin');
    const table = new MentionTable();
    // Names this process met already, in another order: the kept ones are renumbered into its table.
    articleTopics(records.slice(200).reverse(), undefined, table);
    expect(await loadMentions(file, 'v1', table)).toBe(true);
    // Another build: one record's text replaced by another's (a new digest), two added.
    const spare = generated(320, 17, 30).slice(300);
    const next = [...records.map((r, j) => (j === 5 ? { ...spare[0]!, file: r.file, id: r.id } : r)), ...spare.slice(1, 3)];
    expect(articleTopics(next, undefined, table)).toEqual(articleTopics(next));
  });

  it('are taken by digest, without parsing the record again', async () => {
    const file = await kept(records, 'b.bin');
    const table = new MentionTable();
    expect(await loadMentions(file, 'v1', table)).toBe(true);
    const [r, other] = records.filter((x) => namesOf(x).length > 0);
    expect(namesOf(other!)).not.toEqual(namesOf(r!));
    // The same digest with other mentions cannot be (the digest covers what they are extracted
    // from): given one, the table answers with the kept pairs, which shows it did not parse.
    const pairs = table.pairsOf({ ...r!, mentions: other!.mentions });
    expect(pairs.length).toBeGreaterThan(0);
    expect([...pairs].filter((_, k) => k % 2 === 0).map((id) => table.names[id])).toEqual(namesOf(r!));
    expect([...pairs].filter((_, k) => k % 2 === 1)).toEqual([...new MentionTable().pairsOf(r!)].filter((_, k) => k % 2 === 1));
    // A record of another digest is parsed.
    expect([...table.pairsOf({ ...r!, digest: `${r!.digest}x`, mentions: other!.mentions })].filter((_, k) => k % 2 === 0).map((id) => table.names[id])).toEqual(namesOf(other!));
  });

  it('are not used when written by another version, damaged, cut short or missing', async () => {
    const file = await kept(records, 'c.bin', 'v1');
    expect(await loadMentions(file, 'v2', new MentionTable())).toBe(false);
    const bytes = await readFile(file);
    const flipped = Buffer.from(bytes);
    flipped[Math.floor(bytes.length / 2)]! ^= 1;
    await writeFile(file, flipped);
    expect(await loadMentions(file, 'v1', new MentionTable())).toBe(false);
    await writeFile(file, bytes.subarray(0, bytes.length - 100));
    expect(await loadMentions(file, 'v1', new MentionTable())).toBe(false);
    await writeFile(file, bytes);
    expect(await loadMentions(file, 'v1', new MentionTable())).toBe(true);
    await rm(file);
    expect(await loadMentions(file, 'v1', new MentionTable())).toBe(false);
  });

  it('are of a version of the reader, the table and every module the file imports', async () => {
    const version = await mentionVersion();
    expect(version).toMatch(/\S/);
    const sources = new Set([...(await readerSources()), ...['enrich/topics.ts', 'enrich/mention-file.ts', 'output/sealed-file.ts', 'paths.ts'].map((f) => path.join(ROOT, 'src', f))]);
    const seen = new Set<string>();
    const queue = [path.join(ROOT, 'src/enrich/mention-file.ts')];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      expect(sources.has(file), file).toBe(true);
      for (const m of (await readFile(file, 'utf8')).matchAll(/^import (?!type )[^;]*?from '(\.[^']+)';/gm)) queue.push(path.resolve(path.dirname(file), m[1]!));
    }
    expect(seen.size).toBeGreaterThan(3);
  });
});

/** The names a record mentions, in order, as a table of its own parses them. */
function namesOf(r: SeedRecord): string[] {
  const own = new MentionTable();
  return [...own.pairsOf(r)].filter((_, k) => k % 2 === 0).map((id) => own.names[id]!);
}
