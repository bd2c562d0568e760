import type { TopicIndexPage } from '../src/site/types.ts';
import { html } from './_includes/html.ts';
import { inLayout, pagesOf } from './_includes/page.ts';
import { ownWords, tagList } from './_includes/partials.ts';

export const data = pagesOf('topicIndex');

export const render = inLayout<TopicIndexPage>(({ archive, p }) => {
  const ui = ownWords(archive.meta);
  return html`<h1${ui}>${p.heading}</h1>
${p.groups.length
  ? p.groups.map((g) => html`<section aria-labelledby="kind-${g.kind}">
  <h2 id="kind-${g.kind}"${ui}><a href="${g.all.url}">${g.label}</a> <span class="count">(${g.total})</span></h2>
  ${tagList(g.topics)}
  ${g.total > g.topics.length ? html`<p class="more"${ui}><a href="${g.all.url}">All ${g.total} ${g.label.toLowerCase()}</a></p>` : ''}
</section>
`)
  : html`<p${ui}>No topics yet.</p>`}`.value;
});
