// How a template module declares itself to Eleventy: one page per item of a list in the
// `archive` global data, written at the item's own URL, inside the base layout.
import type { PageBase, SiteData } from '../../src/site/types.ts';

export interface TemplateData<P> {
  archive: SiteData;
  p: P;
  content?: string;
}

export function pagesOf(list: keyof SiteData, layout: string | false = 'layouts/base') {
  return {
    pagination: { data: `archive.${list}`, size: 1, alias: 'p' },
    permalink: (data: { p: { url: string } }) => data.p.url,
    eleventyExcludeFromCollections: true,
    ...(layout ? { layout } : {}),
  };
}

export type { PageBase };
