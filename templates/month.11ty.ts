import type { MonthPage } from '../src/site/types.ts';
import { html } from './_includes/html.ts';
import { inLayout, pagesOf } from './_includes/page.ts';
import { articleList, mostCovered, ownWords, pager, periodNav } from './_includes/partials.ts';

export const data = pagesOf('months');

export const render = inLayout<MonthPage>(({ archive, p }) => {
  const ui = ownWords(archive.meta);
  return html`<h1${ui}>${p.heading}</h1>
<p class="lede"${ui}>${p.countLabel}.</p>
<table class="calendar"${ui}>
  <caption>Days of ${p.heading} with articles</caption>
  <thead><tr>${p.weekdays.map((w) => html`<th scope="col">${w}</th>`)}</tr></thead>
  <tbody>
  ${p.weeks.map((week) => html`<tr>${week.map((c) => html`<td class="heat-${c.level}">${c.url ? html`<a href="${c.url}" aria-label="${c.label}">${c.day}</a>` : c.day ? html`<span>${c.day}</span>` : ''}</td>`)}</tr>\n`)}
  </tbody>
</table>
${periodNav(p.prev, p.next, 'Previous and next month', ui)}
${mostCovered(p.topicsHeading, p.topics, ui)}
<h2${ui}>Articles</h2>
${articleList(p.articles, ui)}
${pager(p.pager, undefined, ui)}`.value;
});
