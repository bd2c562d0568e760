import type { TopicIndexPage } from '../src/site/types.ts';
import { html } from './_includes/html.ts';
import { pagesOf, type TemplateData } from './_includes/page.ts';
import { tagList } from './_includes/partials.ts';

export const data = pagesOf('topicIndex');

export function render({ p }: TemplateData<TopicIndexPage>): string {
  return html`<h1>${p.heading}</h1>
${p.groups.length
  ? p.groups.map((g) => html`<section aria-labelledby="kind-${g.kind}">
  <h2 id="kind-${g.kind}">${g.label}</h2>
  ${tagList(g.topics, true)}
</section>
`)
  : html`<p>No topics yet.</p>`}`.value;
}
