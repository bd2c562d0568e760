import type { SearchPage } from '../src/site/types.ts';
import { html } from './_includes/html.ts';
import { pagesOf, type TemplateData } from './_includes/page.ts';

export const data = pagesOf('search');

export function render({ p }: TemplateData<SearchPage>): string {
  return html`<h1>${p.heading}</h1>
<form class="search-form" action="/search/" method="get" role="search">
  <label for="search-query">Search the articles</label>
  <div class="search-row">
    <input id="search-query" name="q" type="search" autocomplete="off" spellcheck="false">
    <button type="submit">Search</button>
  </div>
  <fieldset class="search-filters" hidden data-filters="${p.filters.join(' ')}">
    <legend>Narrow the results</legend>
    <div class="filter-list"></div>
  </fieldset>
</form>
<noscript><p>Search runs in your browser and needs JavaScript. Every article can also be reached from the <a href="/">home page</a>, the dated archive and the <a href="/topics/">topics</a>.</p></noscript>
<h2 class="visually-hidden" id="results-heading">Results</h2>
<p class="search-status" role="status" aria-live="polite"></p>
<ol class="article-list search-results" aria-labelledby="results-heading"></ol>`.value;
}
