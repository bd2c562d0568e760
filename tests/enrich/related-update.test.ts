// Relating a rebuild from the last build's relation (related-update.ts) gives exactly what
// relating from scratch gives, build after build, whatever was added, edited or removed.
import { describe, expect, it } from 'vitest';
import { joinParts, memoOf, type RelationMemo, updatePart } from '../../src/enrich/related-update.ts';
import {
  CANDIDATES_PER_ARTICLE, type RelatedPart, type RelatedResult, Relation, relateVectors, steppedCount, TermTable, TermVectors,
} from '../../src/enrich/related.ts';
import { archive, generated, random } from '../helpers/relating.ts';

/** Each row's candidates as a sorted list: their order within a row is no part of the result. */
function chosenSets(part: RelatedPart): number[][] {
  const out: number[][] = [];
  for (let p = 0; p < part.to - part.from; p++) {
    out.push([...part.chosen.subarray(p * CANDIDATES_PER_ARTICLE, (p + 1) * CANDIDATES_PER_ARTICLE)].filter((b) => b >= 0).sort((a, b) => a - b));
  }
  return out;
}

function linkSet(part: RelatedPart): string[] {
  const out: string[] = [];
  for (let k = 0; k < part.links.length; k += 2) out.push(`${part.links[k]} ${part.links[k + 1]}`);
  return out.sort();
}

describe('relating a rebuild from the last build (related-update.ts)', () => {
  it('gives exactly what relating from scratch gives, after additions, edits and removals, build after build', () => {
    const pool = generated(700, 23, 20);
    let records = pool.slice(0, 340);
    let spare = pool.slice(340);
    const rnd = random(5);
    const table = new TermTable();
    let memo: RelationMemo | null = null;
    let updated = 0;
    let fromScratch = 0;
    for (let build = 0; build < 24; build++) {
      const { inputs, topics } = archive(records);
      const expected: RelatedResult = relateVectors(new TermVectors(inputs), topics);
      const terms = new TermVectors(inputs, table);
      const relation = new Relation(terms, topics);
      // However many rows are dirty: a small archive shares most of its words with any new article.
      const part = memo ? updatePart(relation, terms, topics, memo, 1) : null;
      if (part) updated++;
      else fromScratch++;
      const whole = part ?? joinParts([relation.part()], terms.n);
      expect(relation.result([whole], terms.ids)).toEqual(expected);
      // And what is kept for the next build is pass 1 of this one (`cut` may be above the best
      // left out: it only bounds it).
      const scratch = relation.part();
      expect(chosenSets(whole)).toEqual(chosenSets(scratch));
      expect([...whole.best]).toEqual([...scratch.best]);
      expect(linkSet(whole)).toEqual(linkSet(scratch));
      for (let p = 0; p < terms.n; p++) expect(whole.cut[p]).toBeGreaterThanOrEqual(scratch.cut[p]!);
      memo = memoOf(terms, topics, whole);

      // The next build: some seeds added, one edited (another's text under its name), one removed.
      const change = Math.floor(rnd() * 4);
      if (change === 0 || change === 3) {
        const count = change === 3 ? 12 : 1;
        records = [...records, ...spare.slice(0, count)];
        spare = spare.slice(count);
      } else if (change === 1) {
        const i = Math.floor(rnd() * records.length);
        const from = spare.shift()!;
        records = records.map((r, j) => (j === i ? { ...from, file: r.file, id: r.id } : r));
      } else {
        const i = Math.floor(rnd() * records.length);
        records = records.filter((_, j) => j !== i);
      }
    }
    // Most builds were related from the last one; those where the archive's size changed step were not.
    expect(updated).toBeGreaterThan(fromScratch);
    expect(fromScratch).toBeGreaterThanOrEqual(1);
  });

  it('goes through pass 1 again for a share of an archive only, after one article is added', () => {
    const pool = generated(1600, 31, 30);
    const records = pool.slice(0, 1500);
    const table = new TermTable();
    const first = archive(records);
    const terms = new TermVectors(first.inputs, table);
    const relation = new Relation(terms, first.topics);
    const whole = joinParts([relation.part()], terms.n);
    const memo = memoOf(terms, first.topics, whole);
    // The first of the rest that is no resend of an article already there (the generator writes some).
    let next = first;
    for (const r of pool.slice(1500)) {
      next = archive([...records, r]);
      if (next.inputs.length > first.inputs.length) break;
    }
    expect(next.inputs.length).toBe(first.inputs.length + 1);
    expect(steppedCount(next.inputs.length)).toBe(steppedCount(first.inputs.length));
    const nextTerms = new TermVectors(next.inputs, table);
    const nextRelation = new Relation(nextTerms, next.topics);
    let related = 0;
    const rows = nextRelation.rows();
    const relate = rows.relate.bind(rows);
    rows.relate = (...args) => {
      related++;
      relate(...args);
    };
    nextRelation.rows = () => rows;
    // However many rows are dirty (an archive this small is related from scratch by default).
    const part = updatePart(nextRelation, nextTerms, next.topics, memo, 1);
    expect(part).not.toBeNull();
    expect(nextRelation.result([part!], nextTerms.ids)).toEqual(relateVectors(new TermVectors(next.inputs), next.topics));
    expect(related).toBeGreaterThan(0);
    expect(related).toBeLessThan(nextTerms.n / 2);
    // By default, with that many to relate again, from scratch.
    expect(updatePart(nextRelation, nextTerms, next.topics, memo)).toBeNull();
  });
});
