import type { TopicPage } from '../src/site/types.ts';
import { html } from './_includes/html.ts';
import { pagesOf, type TemplateData } from './_includes/page.ts';
import { articleList, pager, tagList } from './_includes/partials.ts';

export const data = pagesOf('topics');

export function render({ p }: TemplateData<TopicPage>): string {
  const s = p.sparkline;
  return html`<h1>${p.heading}</h1>
<p class="lede"><a class="kind" href="${p.kindPage.url}">${p.kindLabel}</a> · ${p.count === 1 ? '1 article' : `${p.count} articles`}, ${p.spanLabel}.</p>
${p.aliases.length ? html`<p class="aliases">Also written: ${p.aliases.join(', ')}.</p>` : ''}
<p class="topic-tools"><svg class="sparkline" viewBox="0 0 ${s.width} ${s.height}" width="${s.width}" height="${s.height}" role="img" aria-label="${s.summary}"><polyline points="${s.points}" fill="none" stroke="currentColor" stroke-width="1.5"/></svg>
<a href="${p.feed.href}">Atom feed for ${p.heading}</a></p>
${p.cooccurring.length
  ? html`<section class="cooccurring" aria-labelledby="cooccurring">
  <h2 id="cooccurring">Often in the same articles</h2>
  ${tagList(p.cooccurring)}
</section>`
  : ''}
<h2>Articles, newest first</h2>
${articleList(p.articles)}
${pager(p.pager)}`.value;
}
