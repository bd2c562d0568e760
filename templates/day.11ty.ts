import type { DayPage } from '../src/site/types.ts';
import { html } from './_includes/html.ts';
import { inLayout, pagesOf } from './_includes/page.ts';
import { articleList, ownWords, pager, periodNav, tagList } from './_includes/partials.ts';

export const data = pagesOf('days');

export const render = inLayout<DayPage>(({ archive, p }) => {
  const ui = ownWords(archive.meta);
  return html`<h1${ui}>${p.heading}</h1>
<p class="lede"${ui}>${p.countLabel}.</p>
<h2${ui}>Articles</h2>
${articleList(p.articles, ui)}
${pager(p.pager, undefined, ui)}
${periodNav(p.prev, p.next, 'Previous and next day', ui)}
${p.otherYears.length > 0 ? html`<section aria-labelledby="other-years"${ui}>
<h2 id="other-years">${p.otherYearsHeading}</h2>
${tagList(p.otherYears)}
</section>` : ''}`.value;
});
