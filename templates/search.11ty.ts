import type { SearchPage } from '../src/site/types.ts';
import { html } from './_includes/html.ts';
import { inLayout, pagesOf } from './_includes/page.ts';
import { ownWords } from './_includes/partials.ts';

export const data = pagesOf('search');

export const render = inLayout<SearchPage>(({ archive, p }) => {
  // The query is typed in the site's language: the field is not marked.
  const ui = ownWords(archive.meta);
  // The form is shown by the page's script: without it, it would search nothing (the notice below says so).
  return html`<h1${ui}>${p.heading}</h1>
<form class="search-form" action="/search/" method="get" role="search" hidden>
  <label for="search-query"${ui}>Search the articles</label>
  <div class="search-row">
    <input id="search-query" name="q" type="search" autocomplete="off" spellcheck="false">
    <button type="submit"${ui}>Search</button>
  </div>
  <div class="search-order">
    <label for="search-order"${ui}>Order</label>
    <select id="search-order" name="order"${ui}>
      <option value="">Best match first</option>
      <option value="newest">Newest first</option>
      <option value="oldest">Oldest first</option>
    </select>
  </div>
  <fieldset class="search-filters" hidden data-filters="${p.filters.join(' ')}">
    <legend${ui}>Narrow the results</legend>
    <div class="filter-list"></div>
  </fieldset>
</form>
<noscript><p${ui}>Search runs in your browser and needs JavaScript. Every article can also be reached from the <a href="/">home page</a>, the dated archive and the <a href="/topics/">topics</a>.</p></noscript>
<h2 class="visually-hidden" id="results-heading"${ui}>Results</h2>
<p class="search-status" role="status" aria-live="polite"${ui}></p>
<ol class="article-list search-results" aria-labelledby="results-heading"></ol>`.value;
});
