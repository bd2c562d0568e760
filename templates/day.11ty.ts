import type { DayPage } from '../src/site/types.ts';
import { html } from './_includes/html.ts';
import { pagesOf, type TemplateData } from './_includes/page.ts';
import { articleList, pager, periodNav } from './_includes/partials.ts';

export const data = pagesOf('days');

export function render({ p }: TemplateData<DayPage>): string {
  return html`<h1>${p.heading}</h1>
<p class="lede">${p.countLabel}.</p>
<h2>Articles</h2>
${articleList(p.articles)}
${pager(p.pager)}
${periodNav(p.prev, p.next, 'Previous and next day')}`.value;
}
