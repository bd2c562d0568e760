// When rendering yields the cores to Pagefind: only when a large chunk is due and Pagefind
// has taken a smaller share of its records than the rendering has gone through of its pages.
import { describe, expect, it } from 'vitest';
import { LARGE_CHUNK, yieldsToSearch } from '../../src/site/renderer.ts';

describe('rendering and search indexing', () => {
  const race = { chunk: 4000, pagesDone: 40_000, pages: 140_000, untaken: 70_000, records: 100_000 };

  it('yields when Pagefind has taken a smaller share of its records than the pages gone through', () => {
    // 30% of the records taken, 29% of the pages gone through: Pagefind is ahead.
    expect(yieldsToSearch(race)).toBe(false);
    // 28% taken: behind.
    expect(yieldsToSearch({ ...race, untaken: 72_000 })).toBe(true);
  });

  it('never yields for a small chunk, as a rebuild renders, nor with nothing to index or render', () => {
    expect(yieldsToSearch({ ...race, untaken: 100_000, chunk: LARGE_CHUNK - 1 })).toBe(false);
    expect(yieldsToSearch({ ...race, untaken: 100_000, chunk: LARGE_CHUNK })).toBe(true);
    expect(yieldsToSearch({ ...race, untaken: 0, records: 0 })).toBe(false);
    expect(yieldsToSearch({ ...race, pagesDone: 0, pages: 0 })).toBe(false);
  });

  it('does not yield at the start, before any page is rendered', () => {
    expect(yieldsToSearch({ ...race, pagesDone: 0, untaken: 100_000 })).toBe(false);
  });
});
