import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LATEST_LABEL, paginate, paginateFromOldest, PAGER_WINDOW } from '../../src/archive/paginate.ts';

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
const labels = (links: { label: string }[]): string[] => links.map((l) => l.label);

describe('paginate', () => {
  it('keeps the order, cuts pages of the size, and gives an empty listing one page', () => {
    const pages = paginate(range(120), '/x/', 50);
    expect(pages.map((p) => p.items.length)).toEqual([50, 50, 20]);
    expect(pages.flatMap((p) => p.items)).toEqual(range(120));
    expect(pages.map((p) => p.url)).toEqual(['/x/', '/x/page/2/', '/x/page/3/']);
    expect(pages[1]!.pager).toMatchObject({ page: 2, prev: '/x/', next: '/x/page/3/' });
    expect(paginate([], '/x/')).toEqual([{ url: '/x/', items: [], pager: { page: 1, prev: null, next: null, links: [] } }]);
  });

  it('links the first and last pages and a window around the current one, with gaps', () => {
    const pages = paginate(range(1000), '/x/', 10);
    expect(labels(pages[49]!.pager.links)).toEqual(['1', '…', '48', '49', '50', '51', '52', '…', '100']);
    expect(pages[49]!.pager.links.find((l) => l.current)?.label).toBe('50');
    expect(labels(pages[0]!.pager.links)).toEqual(['1', '2', '3', '…', '100']);
    expect(labels(pages[3]!.pager.links)).toEqual(['1', '2', '3', '4', '5', '6', '…', '100']);
    expect(pages[49]!.pager.links.filter((l) => l.url === null).length).toBe(2);
  });
});

describe('paginateFromOldest', () => {
  it('numbers full blocks from the oldest and shows the newest on the listing URL, a partial one with the full block before it', () => {
    const pages = paginateFromOldest(range(103), '/t/', 50);
    expect(pages.map((p) => p.url)).toEqual(['/t/', '/t/page/2/', '/t/page/1/']);
    // A topic of 103 articles shows 53 where readers land, not 3 (QA 25).
    expect(pages[0]!.items).toEqual(range(103).slice(50).reverse());
    expect(pages[1]!.items).toEqual(range(100).slice(50).reverse());
    expect(pages[2]!.items).toEqual(range(50).reverse());
    // Its "older" link passes over the block it shows, which keeps its own page.
    expect(pages[0]!.pager).toMatchObject({ page: 0, prev: null, next: '/t/page/1/' });
    expect(labels(pages[0]!.pager.links)).toEqual([LATEST_LABEL, '1']);
    expect(pages[1]!.pager).toMatchObject({ page: 2, prev: '/t/', next: '/t/page/1/' });
    expect(pages[2]!.pager).toMatchObject({ page: 1, prev: '/t/page/2/', next: null });
    expect(labels(pages[2]!.pager.links)).toEqual([LATEST_LABEL, '2', '1']);
    // 51 articles: all on the listing; 100: two full blocks, the newest on the listing.
    expect(paginateFromOldest(range(51), '/t/', 50).map((p) => [p.items.length, p.pager.next])).toEqual([[51, null], [50, null]]);
    expect(paginateFromOldest(range(100), '/t/', 50).map((p) => [p.items.length, p.pager.next])).toEqual([[50, '/t/page/1/'], [50, null]]);
    expect(paginateFromOldest(range(50), '/t/', 50).map((p) => p.items.length)).toEqual([50]);
    expect(paginateFromOldest([], '/t/', 50)).toEqual([{ url: '/t/', items: [], pager: { page: 0, prev: null, next: null, links: [] } }]);
  });

  it('gives every item once to a reader who follows "older" from the listing, at most 2 × size - 1 a page, and a page for every full block', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 60 }), (n, size) => {
        const pages = paginateFromOldest(range(n), '/t/', size);
        const byUrl = new Map(pages.map((p) => [p.url, p]));
        const read: number[] = [];
        for (let p = pages[0]; p; p = p.pager.next === null ? undefined : byUrl.get(p.pager.next)) read.push(...p.items);
        expect(read).toEqual(range(n).reverse());
        expect(pages[0]!.items.length).toBe(n === 0 ? 0 : n < size ? n : n % size === 0 ? size : size + (n % size));
        expect(pages.slice(1).every((p) => p.items.length === size)).toBe(true);
        expect(pages.length).toBe(1 + Math.floor(Math.max(0, n - 1) / size));
        // Reading order of the numbered pages: each one's "older" link is the next page's URL.
        pages.slice(1, -1).forEach((p, i) => expect(p.pager.next).toBe(pages[i + 2]!.url));
      }),
    );
  });

  it('changes only the listing URL and the pages next to the newest when an item is added', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 1, max: 20 }), (n, size) => {
        const before = new Map(paginateFromOldest(range(n), '/t/', size).map((p) => [p.url, p]));
        const after = paginateFromOldest(range(n + 1), '/t/', size);
        const full = before.size - 1; // numbered pages before the addition
        for (const p of after) {
          if (p.pager.page === 0 || p.pager.page >= full - PAGER_WINDOW) continue;
          expect(before.get(p.url)).toEqual(p);
        }
        // At most the listing URL, one new page and the pages within the window of it differ.
        const changed = after.filter((p) => JSON.stringify(before.get(p.url)) !== JSON.stringify(p));
        expect(changed.length).toBeLessThanOrEqual(PAGER_WINDOW + 3);
      }),
    );
  });
});
