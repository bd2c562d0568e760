import type { KindPage } from '../src/site/types.ts';
import { html } from './_includes/html.ts';
import { inLayout, pagesOf } from './_includes/page.ts';
import { ownWords, pager, tagList } from './_includes/partials.ts';

export const data = pagesOf('kinds');

export const render = inLayout<KindPage>(({ archive, p }) => {
  const ui = ownWords(archive.meta);
  return html`<h1${ui}>${p.heading}</h1>
<p class="lede"${ui}>${p.description}</p>
${p.topics.length ? tagList(p.topics) : html`<p${ui}>None yet.</p>`}
${pager(p.pager, ['Previous', 'Next'], ui)}`.value;
});
