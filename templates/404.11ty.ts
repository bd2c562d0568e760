import type { PageBase } from '../src/site/types.ts';
import { html } from './_includes/html.ts';
import { pagesOf, type TemplateData } from './_includes/page.ts';

export const data = pagesOf('notFound');

export function render({ p }: TemplateData<PageBase>): string {
  return html`<h1>${p.heading}</h1>
<p>There is no page at this address. Try the <a href="/">latest articles</a> or the <a href="/topics/">topics</a>.</p>`.value;
}
