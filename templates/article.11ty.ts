import type { ArticlePage } from '../src/site/types.ts';
import { html, trusted } from './_includes/html.ts';
import { inLayout, pagesOf } from './_includes/page.ts';
import { langAttribute, linkList, ownWords, periodNav, tagList } from './_includes/partials.ts';

export const data = pagesOf('articles');

export const render = inLayout<ArticlePage>(({ archive, p }) => {
  const ui = ownWords(archive.meta);
  return html`<article class="story">
  <header>
    <h1 dir="${p.dir}"${langAttribute(p.lang)}>${p.heading}</h1>
    <p class="meta">
      <time datetime="${p.date}"${ui}>${p.dateLabel}</time>
      ${p.dateline ? html`<bdi class="dateline">${p.dateline}</bdi>` : ''}
      ${p.byline ? html`<bdi class="byline">${p.byline}</bdi>` : ''}
      ${p.source ? html`<span class="source">${ui ? html`<span${ui}>Source:</span>` : 'Source:'} <bdi>${p.source}</bdi></span>` : ''}
      <span class="reading"${ui}>${p.readingMinutes} min read</span>
    </p>
  </header>
  <div class="body" dir="${p.dir}"${langAttribute(p.lang)}>
${p.blocks.map((b) => (b.type === 'heading' ? html`<h2>${b.text}</h2>\n` : b.type === 'paragraph' ? html`<p>${b.text}</p>\n` : trusted(b.html)))}
  </div>
  ${p.topicGroups.length ? html`<section class="topics" aria-labelledby="topics-heading">
    <h2 id="topics-heading"${ui}>Topics</h2>
    <dl>
    ${p.topicGroups.map((g) => html`<dt${ui}>${g.label}</dt>
      <dd>${tagList(g.topics)}</dd>
    `)}
    </dl>
  </section>` : ''}
  ${p.story || p.related.length ? html`<section class="coverage" aria-labelledby="coverage-heading">
    <h2 id="coverage-heading"${ui}>Related coverage</h2>
    ${p.story ? html`<p${ui}>${p.story.summary}:</p>
    ${linkList(p.story.reports, ui)}
    ${p.story.more ? html`<p class="meta"><a href="${p.story.more.url}"${ui}>${p.story.more.label}</a></p>` : ''}` : ''}
    ${p.related.length ? html`${p.story ? html`<p${ui}>Related articles:</p>` : ''}
    ${linkList(p.related, ui)}` : ''}
  </section>` : ''}
  <footer>
    <p class="filed"${ui}>Filed under <a href="${p.day.url}">${p.day.label}</a> · <a href="${p.month.url}">${p.month.label}</a> · <a href="${p.year.url}">${p.year.label}</a></p>
    ${periodNav(p.prev, p.next, 'Previous and next article', '', true)}
  </footer>
</article>`.value;
});
