import type { TopicOverview, TopicPage } from '../src/site/types.ts';
import { html, type SafeHtml } from './_includes/html.ts';
import { inLayout, pagesOf } from './_includes/page.ts';
import { articleList, langAttribute, ownWords, pager, tagList } from './_includes/partials.ts';

export const data = pagesOf('topics');

/** `ui` marks the tool's own words, `name` the topic's name among them (see SiteMeta.uiLang). */
function overview(p: TopicPage, o: TopicOverview, ui: SafeHtml | '', name: SafeHtml | ''): SafeHtml {
  const s = o.sparkline;
  return html`<p class="lede"${ui}><a class="kind" href="${p.kindPage.url}">${p.kindLabel}</a> · ${o.countLabel}, ${o.spanLabel}.</p>
${o.aliases.length ? html`<p class="aliases"><span${ui}>Also written:</span> ${o.aliases.join(', ')}${o.moreAliases ? html`, <span${ui}>${o.moreAliases}</span>` : ''}.</p>` : ''}
<p class="topic-tools"><svg class="sparkline" viewBox="0 0 ${s.width} ${s.height}" width="${s.width}" height="${s.height}" role="img" aria-label="${s.summary}"><polyline points="${s.points}" fill="none" stroke="currentColor" stroke-width="1.5"/></svg>
<a href="${p.feed.href}"${ui}>Atom feed for <span${name}>${p.heading}</span></a></p>
${o.cooccurring.length
  ? html`<section class="cooccurring" aria-labelledby="cooccurring">
  <h2 id="cooccurring"${ui}>Often in the same articles</h2>
  ${tagList(o.cooccurring)}
</section>`
  : ''}
<h2${ui}>Latest articles, newest first</h2>`;
}

export const render = inLayout<TopicPage>(({ archive, p }) => {
  const ui = ownWords(archive.meta);
  // The topic's name among the tool's words is in the site's language again.
  const name = ui ? langAttribute(archive.meta.lang) : '';
  return html`<h1>${p.heading}</h1>
${p.overview
  ? overview(p, p.overview, ui, name)
  : html`<p class="lede"${ui}><a class="kind" href="${p.kindPage.url}">${p.kindLabel}</a> · ${p.range}. <a href="${p.topic.url}">Latest articles about <span${name}>${p.topic.label}</span></a></p>
<h2${ui}>Articles, newest first</h2>`}
${articleList(p.articles, ui)}
${pager(p.pager, undefined, ui)}`.value;
});
