// The co-occurring topics are picked, not sorted (see mostCounted): the pick must be the sort's first n.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mostCounted } from '../../src/archive/topic-index.ts';

describe('mostCounted', () => {
  it('gives the first n of the items sorted by count, most first, ties to the lower number', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 60 }), fc.integer({ min: 1, max: 10 }), fc.boolean(), (countList, n, reversed) => {
        const counts = Int32Array.from(countList);
        const items = countList.map((_, i) => i);
        if (reversed) items.reverse();
        const sorted = [...items].sort((a, b) => counts[b]! - counts[a]! || a - b).slice(0, n);
        expect(mostCounted(items, counts, n)).toEqual(sorted);
      }),
      { numRuns: 500 },
    );
  });
});
