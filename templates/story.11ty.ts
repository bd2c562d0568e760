import type { StoryPage } from '../src/site/types.ts';
import { html } from './_includes/html.ts';
import { inLayout, pagesOf } from './_includes/page.ts';
import { articleList, langAttribute, ownWords, pager } from './_includes/partials.ts';

export const data = pagesOf('stories');

export const render = inLayout<StoryPage>(({ archive, p }) => {
  const ui = ownWords(archive.meta);
  return html`<h1><span${ui}>Coverage:</span> <bdi${langAttribute(p.first.lang)}>${p.first.label}</bdi></h1>
<p class="lede"${ui}>${p.summary}${p.pager.links.length ? `. ${p.countLabel}` : ''}.</p>
<p${ui}>First reported in <a href="${p.first.url}" dir="${p.first.dir ?? 'auto'}"${langAttribute(p.first.lang)}>${p.first.label}</a>.</p>
<h2${ui}>Reports, oldest first</h2>
${articleList(p.articles, ui)}
${pager(p.pager, ['Earlier', 'Later'], ui)}`.value;
});
