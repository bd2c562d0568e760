// How a template module declares itself to Eleventy: one page per item of a list in the
// `archive` global data, written at the item's own URL, inside the site's layout.
import type { PageBase, SiteData } from '../../src/site/types.ts';
import { layout } from './layout.ts';

export interface TemplateData<P> {
  archive: SiteData;
  p: P;
}

export function pagesOf(list: keyof SiteData) {
  return {
    pagination: { data: `archive.${list}`, size: 1, alias: 'p' },
    permalink: (data: { p: { url: string } }) => data.p.url,
    eleventyExcludeFromCollections: true,
  };
}

/**
 * A page's render function: its content, `content(data)`, inside the layout (layout.ts). The
 * layout is called here rather than named as Eleventy's `layout`: Eleventy gives a layout all of
 * the page's data copied out of the proxies it keeps it in (every key of the data cascade, on
 * every page), and looks the layout up by path for each. Rendering the 11,500 pages of 10,000
 * articles without Pagefind took 0.78-0.82 of the main thread's CPU time (user) it took with
 * the layout, and 0.88 of the time.
 */
export function inLayout<P extends PageBase>(content: (data: TemplateData<P>) => string): (data: TemplateData<P>) => string {
  return (data) => layout(data.archive, data.p, content(data));
}

export type { PageBase };
