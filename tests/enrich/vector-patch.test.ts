// Term vectors patched from the last build's (see patchVectors in related.ts) are the vectors
// made anew, but for the numbers of their terms: row by row, the same terms with the same
// weights in the same order, the same counts of articles and the same postings.
import { describe, expect, it } from 'vitest';
import { TermTable, TermVectors, type TermInput } from '../../src/enrich/related.ts';
import { archive, generated, random } from '../helpers/relating.ts';

/** The vectors with each term named by its text, not by the vectors' own number. */
function named(v: TermVectors, table: TermTable) {
  const term = (t: number): string => table.termOf(v.tableIds[t]!);
  const rows: string[] = [];
  for (let p = 0; p < v.n; p++) {
    const cells: string[] = [];
    for (let k = v.docStart[p]!; k < v.docStart[p + 1]!; k++) cells.push(`${term(v.termOf[k]!)}:${v.weight[k]}${k < v.rareEnd[p]! ? '*' : ''}`);
    rows.push(cells.join(' '));
  }
  const df = new Map<string, number>();
  v.df.forEach((d, t) => {
    if (d > 0) df.set(term(t), d);
  });
  const postings = new Map<string, string>();
  for (let t = 0; t < v.df.length; t++) {
    const { start, rows: at, weights } = v.postings;
    if (start[t + 1]! > start[t]!) postings.set(term(t), [...at.subarray(start[t]!, start[t + 1]!)].map((r, j) => `${r}:${weights[start[t]! + j]}`).join(' '));
  }
  return { order: [...v.order], ids: v.ids, day: [...v.day], docStart: [...v.docStart], rows, df: [...df].sort(), postings: [...postings].sort(), candidateDf: v.candidateDf, distinctiveDf: v.distinctiveDf };
}

describe('term vectors patched from the last build', () => {
  it('are the vectors made anew, build after build, whatever was added, edited or removed', () => {
    const pool = generated(700, 41, 20);
    let records = pool.slice(0, 300);
    let spare = pool.slice(300);
    const rnd = random(9);
    const table = new TermTable();
    let last: TermVectors | undefined;
    let inputs: TermInput[] = [];
    const seen = { patched: 0, sameOrder: 0, inPlace: 0, grown: 0 };
    for (let build = 0; build < 30; build++) {
      // The articles in the order of the last build's, as relate-worker.ts gives them, but now and then.
      const byFile = new Map(archive(records).inputs.map((r) => [r.file, r]));
      inputs = build % 5 === 4 ? [...byFile.values()].sort(() => rnd() - 0.5) : [...inputs.map((r) => byFile.get(r.file!)!).filter(Boolean), ...[...byFile.values()].filter((r) => !inputs.some((i) => i.file === r.file))];
      const terms = new TermVectors(inputs, table, { last });
      const own = new TermTable();
      expect(named(terms, table)).toEqual(named(new TermVectors(inputs, own), own));
      if (terms.patched) {
        seen.patched++;
        if (terms.order === last!.order) seen.sameOrder++;
        if (terms.termOf.buffer === last!.termOf.buffer) seen.inPlace++;
        else seen.grown++;
      }
      last = terms;
      const change = Math.floor(rnd() * 5);
      if (change === 0 || change === 3) {
        const count = change === 3 ? 12 : 1;
        records = [...records, ...spare.slice(0, count)];
        spare = spare.slice(count);
      } else if (change === 1 || change === 4) {
        // An edit: another's text under its name.
        const i = Math.floor(rnd() * records.length);
        const from = spare.shift()!;
        records = records.map((r, j) => (j === i ? { ...from, file: r.file, id: r.id } : r));
      } else {
        const i = Math.floor(rnd() * records.length);
        records = records.filter((_, j) => j !== i);
      }
    }
    // Patched but where the archive's size changed step; in place but where the terms outgrew their buffers.
    expect(seen.patched).toBeGreaterThan(20);
    expect(seen.sameOrder).toBeGreaterThan(3);
    expect(seen.inPlace).toBeGreaterThan(10);
    expect(seen.grown).toBeGreaterThan(0);
  });

  it('are made anew when the archive changed much, or the table does not remember each article\'s terms', () => {
    const records = generated(300, 43, 20);
    const table = new TermTable();
    const first = new TermVectors(archive(records.slice(0, 200)).inputs, table);
    // A third of the archive new: from scratch, and the last build's vectors left whole.
    const next = new TermVectors(archive(records.slice(100, 300)).inputs, table, { last: first });
    expect(next.patched).toBe(false);
    expect(new TermVectors(archive(records.slice(0, 201)).inputs, table, { last: first }).patched).toBe(true);
    const forgetful = new TermTable(false);
    const made = new TermVectors(archive(records.slice(0, 200)).inputs, forgetful);
    expect(new TermVectors(archive(records.slice(0, 201)).inputs, forgetful, { last: made }).patched).toBe(false);
  });
});
