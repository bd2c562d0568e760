import type { HomePage } from '../src/site/types.ts';
import { html } from './_includes/html.ts';
import { inLayout, pagesOf } from './_includes/page.ts';
import { articleList, ownWords, tagList, timeline } from './_includes/partials.ts';

export const data = pagesOf('home');

export const render = inLayout<HomePage>(({ archive, p }) => {
  const ui = ownWords(archive.meta);
  return html`<h1>${p.heading}</h1>
${p.span
  ? html`<p class="lede"${ui}>${p.countLabel}, from <a href="${p.span.first.url}">${p.span.first.label}</a> to <a href="${p.span.last.url}">${p.span.last.label}</a>.</p>`
  : html`<p class="lede"${ui}>The archive has no articles yet. Add seed files to the seeds folder and build again.</p>`}
${p.count ? timeline(p.timeline, ui) : ''}
<div class="home-grid">
<section aria-labelledby="latest">
  <h2 id="latest"${ui}>Latest articles</h2>
  ${articleList(p.latest, ui)}
</section>
<aside>
  <section aria-labelledby="years">
    <h2 id="years"${ui}>Archive</h2>
    <ul class="year-list"${ui}>
    ${p.years.map((y) => html`<li><a href="${y.url}">${y.label}</a> <span class="count">(${y.count})</span>
        <ul class="month-links">${y.months.map((m) => html`<li><a href="${m.url}" aria-label="${m.ariaLabel}">${m.label}</a></li>`)}</ul>
      </li>`)}
    </ul>
  </section>
  ${p.topics.length ? html`<section aria-labelledby="top-topics">
    <h2 id="top-topics"${ui}>Topics</h2>
    ${tagList(p.topics)}
    <p${ui}><a href="/topics/">All topics</a></p>
  </section>` : ''}
</aside>
</div>`.value;
});
