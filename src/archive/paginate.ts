/** Items per page on day, month and topic pages. */
export const PAGE_SIZE = 50;
/** Pages linked on each side of the current one in a pager; the first and last are always linked. */
export const PAGER_WINDOW = 2;

/** One entry of a pager: a page (`url`), the current page (`current`), or a gap in the run (`url` null). */
export interface PageLink {
  label: string;
  url: string | null;
  current: boolean;
}

export interface Pager {
  /** The page's own number (1 for a listing's first page). */
  page: number;
  /** The page before in reading order (newer, or previous), and after it. */
  prev: string | null;
  next: string | null;
  /** The first and last pages and a window around this one, with gaps; empty for a single page. */
  links: PageLink[];
}

export interface Paged<T> {
  url: string;
  items: T[];
  pager: Pager;
}

/** URL of page `n` of a listing at `base`: `base` itself, then `base/page/2/`, … */
export function pageUrl(base: string, n: number): string {
  return n === 1 ? base : `${base}page/${n}/`;
}

const GAP: PageLink = { label: '…', url: null, current: false };

/** Links to the page numbers in `shown` (ascending), with a gap wherever numbers are skipped. */
function withGaps(shown: number[], link: (n: number) => PageLink): PageLink[] {
  const out: PageLink[] = [];
  shown.forEach((n, i) => {
    if (i > 0 && n > shown[i - 1]! + 1) out.push(GAP);
    out.push(link(n));
  });
  return out;
}

/** Numbers `from..to` around `n`, clipped, plus the ends: what a pager shows. */
function window(n: number, from: number, to: number): number[] {
  const shown = new Set([from, to]);
  for (let k = Math.max(from, n - PAGER_WINDOW); k <= Math.min(to, n + PAGER_WINDOW); k++) shown.add(k);
  return [...shown].sort((a, b) => a - b);
}

/** Splits a listing into pages of `size`, in the order given; an empty listing still has one page. */
export function paginate<T>(items: T[], base: string, size = PAGE_SIZE): Paged<T>[] {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const out: Paged<T>[] = [];
  for (let n = 1; n <= pages; n++) {
    const link = (k: number): PageLink => ({ label: String(k), url: pageUrl(base, k), current: k === n });
    out.push({
      url: pageUrl(base, n),
      items: items.slice((n - 1) * size, n * size),
      pager: {
        page: n,
        prev: n > 1 ? pageUrl(base, n - 1) : null,
        next: n < pages ? pageUrl(base, n + 1) : null,
        links: pages > 1 ? withGaps(window(n, 1, pages), link) : [],
      },
    });
  }
  return out;
}

/** Label of a listing's own URL in a pager of `paginateFromOldest`. */
export const LATEST_LABEL = 'Latest';

/**
 * Pages of a listing that grows at its newest end, each newest first, whose older pages never
 * move. `items` come oldest first and are cut into blocks of `size` from the oldest: the full
 * blocks are `base/page/1/` (the oldest) upwards, and the newest block (1 to `size` items) is
 * the listing's own URL (`base`, page number 0). A newest block of fewer than `size` items is
 * shown with the full block before it, so that the page readers land on lists `size` to
 * `2 × size - 1` articles, not one (that block keeps its own page too, which the listing's
 * "older" link passes over: it leads to the block before, so that reading on repeats nothing).
 * So adding an item changes `base` only, and makes one new numbered page every `size` items; a
 * page's pager links only pages within PAGER_WINDOW of it, so its older neighbours' pagers stay
 * as they were too. Pages are returned in reading order: `base`, then the numbered pages from
 * the newest.
 */
export function paginateFromOldest<T>(items: T[], base: string, size = PAGE_SIZE): Paged<T>[] {
  const latest = items.length === 0 ? 0 : items.length - Math.floor((items.length - 1) / size) * size;
  const full = (items.length - latest) / size;
  // The newest full block, shown on `base` with a newest block that is not full.
  const merged = latest < size && full > 0 ? full : 0;
  const url = (k: number): string => (k > full ? base : `${base}page/${k}/`);
  const newestFirst = (from: number, to: number): T[] => items.slice(from, to).reverse();
  // Page numbers run 1..full, and full + 1 stands for `base` in the window arithmetic.
  const links = (n: number): PageLink[] => {
    if (full === 0) return [];
    const link = (k: number): PageLink => ({ label: k > full ? LATEST_LABEL : String(k), url: url(k), current: k === n });
    return withGaps(window(n, 1, full + 1), link).reverse();
  };
  // `base`'s own pager: with a merged block, that block's number is `base` (its window runs to
  // `merged`, shown as the latest page).
  const baseLinks = (): PageLink[] => {
    if (merged === 0) return links(full + 1);
    if (full === 1) return [];
    const link = (k: number): PageLink => (k === merged ? { label: LATEST_LABEL, url: base, current: true } : { label: String(k), url: url(k), current: false });
    return withGaps(window(merged, 1, merged), link).reverse();
  };
  const older = full - (merged > 0 ? 1 : 0);
  const out: Paged<T>[] = [
    {
      url: base,
      items: newestFirst(items.length - latest - (merged > 0 ? size : 0), items.length),
      pager: { page: 0, prev: null, next: older > 0 ? url(older) : null, links: baseLinks() },
    },
  ];
  for (let n = full; n >= 1; n--) {
    out.push({
      url: url(n),
      items: newestFirst((n - 1) * size, n * size),
      pager: { page: n, prev: url(n + 1), next: n > 1 ? url(n - 1) : null, links: links(n) },
    });
  }
  return out;
}
