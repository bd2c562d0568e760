/** Items per page on day, month and topic pages. */
export const PAGE_SIZE = 50;

export interface PageLink {
  number: number;
  url: string;
  current: boolean;
}

export interface Pager {
  page: number;
  pages: number;
  prev: string | null;
  next: string | null;
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

/** Splits a listing into pages of `size`; an empty listing still has one page. */
export function paginate<T>(items: T[], base: string, size = PAGE_SIZE): Paged<T>[] {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const out: Paged<T>[] = [];
  for (let n = 1; n <= pages; n++) {
    out.push({
      url: pageUrl(base, n),
      items: items.slice((n - 1) * size, n * size),
      pager: {
        page: n,
        pages,
        prev: n > 1 ? pageUrl(base, n - 1) : null,
        next: n < pages ? pageUrl(base, n + 1) : null,
        links: pages > 1 ? Array.from({ length: pages }, (_, i) => ({ number: i + 1, url: pageUrl(base, i + 1), current: i + 1 === n })) : [],
      },
    });
  }
  return out;
}
