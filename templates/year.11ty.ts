import type { YearPage } from '../src/site/types.ts';
import { html } from './_includes/html.ts';
import { inLayout, pagesOf } from './_includes/page.ts';
import { mostCovered, ownWords, periodNav, timeline } from './_includes/partials.ts';

export const data = pagesOf('years');

export const render = inLayout<YearPage>(({ archive, p }) => {
  const ui = ownWords(archive.meta);
  return html`<h1${ui}>${p.heading}</h1>
<p class="lede"${ui}>${p.countLabel}.</p>
${timeline(p.timeline, ui)}
<h2${ui}>Months</h2>
<ul class="month-grid"${ui}>
${p.months.map((m) => html`  <li>${m.url ? html`<a href="${m.url}">${m.label}</a> <span class="count">${m.count}</span>` : html`<span class="empty">${m.label}</span> <span class="count">0</span>`}</li>\n`)}</ul>
${mostCovered(p.topicsHeading, p.topics, ui)}
${periodNav(p.prev, p.next, 'Previous and next year', ui)}`.value;
});
