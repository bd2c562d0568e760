import type { TopicPage } from '../src/site/types.ts';
import { html } from './_includes/html.ts';
import { pagesOf, type TemplateData } from './_includes/page.ts';
import { articleList, pager } from './_includes/partials.ts';

export const data = pagesOf('topics');

export function render({ p }: TemplateData<TopicPage>): string {
  const s = p.sparkline;
  return html`<h1>${p.heading}</h1>
<p class="lede"><span class="kind">${p.kindLabel}</span> · ${p.count === 1 ? '1 article' : `${p.count} articles`}, from ${p.firstLabel} to ${p.lastLabel}.</p>
<p class="topic-tools"><svg class="sparkline" viewBox="0 0 ${s.width} ${s.height}" width="${s.width}" height="${s.height}" role="img" aria-label="${s.summary}"><polyline points="${s.points}" fill="none" stroke="currentColor" stroke-width="1.5"/></svg>
<a href="${p.feed.href}">Atom feed for ${p.heading}</a></p>
${articleList(p.articles)}
${pager(p.pager)}`.value;
}
