import type { KindPage } from '../src/site/types.ts';
import { html } from './_includes/html.ts';
import { pagesOf, type TemplateData } from './_includes/page.ts';
import { pager, tagList } from './_includes/partials.ts';

export const data = pagesOf('kinds');

export function render({ p }: TemplateData<KindPage>): string {
  return html`<h1>${p.heading}</h1>
<p class="lede">${p.description}</p>
${p.topics.length ? tagList(p.topics) : html`<p>None yet.</p>`}
${pager(p.pager, ['Previous', 'Next'])}`.value;
}
