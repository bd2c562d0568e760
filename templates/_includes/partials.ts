// Pieces several pages share. Presentation only: every value comes ready from src/site.
import type { Pager } from '../../src/archive/paginate.ts';
import type { BarChart } from '../../src/site/charts.ts';
import type { ArticleLink, ArticleSummary, Link, SiteMeta } from '../../src/site/types.ts';
import { html, type SafeHtml } from './html.ts';

/**
 * The `lang` attribute of the tool's own words (navigation, headings, labels, dates), English:
 * on a site in another language only (see SiteMeta.uiLang), so that a screen reader speaks them
 * as English within pages in the site's language.
 */
export function ownWords(meta: SiteMeta): SafeHtml | '' {
  return langAttribute(meta.uiLang);
}

/** The `lang` of an article's own text, when it names a language (see ArticleSummary.lang). */
export function langAttribute(lang: string | null): SafeHtml | '' {
  return lang ? html` lang="${lang}"` : '';
}

// Names and titles may be written right to left: each is isolated (dir="auto", <bdi>; an article's
// title and summary take its language's direction when that is right to left), so that it
// neither reorders the punctuation and numbers around it nor is reordered by them.
/** `ui`: the lang attribute of the tool's own words (dates, "min read"), on a site in another language (see langAttribute). */
export function articleList(articles: ArticleSummary[], ui: SafeHtml | '' = ''): SafeHtml {
  return html`<ol class="article-list">
${articles.map(
  (a) => html`  <li>
    <article>
      <h3 dir="${a.dir}"${langAttribute(a.lang)}><a href="${a.url}">${a.title}</a></h3>
      <p class="meta"><time datetime="${a.date}"${ui}>${a.dateLabel}</time>${a.dateline ? html` · <bdi>${a.dateline}</bdi>` : ''}${a.source ? html` · <bdi>${a.source}</bdi>` : ''} · ${ui ? html`<span${ui}>${a.readingMinutes} min read</span>` : html`${a.readingMinutes} min read`}</p>
      <p class="summary" dir="${a.dir}"${langAttribute(a.lang)}>${a.summary}</p>
    </article>
  </li>
`,
)}</ol>`;
}

/** Links to a listing's pages; `labels` name the way back and forward (newer and older articles by default). */
export function pager(p: Pager, labels: [string, string] = ['Newer', 'Older'], ui: SafeHtml | '' = ''): SafeHtml | '' {
  if (p.links.length === 0) return '';
  return html`<nav class="pager" aria-label="Pages"${ui}>
  <ul>
    ${p.prev ? html`<li><a href="${p.prev}" rel="prev">${labels[0]}</a></li>` : ''}
    ${p.links.map((l) => html`<li>${l.current ? html`<span aria-current="page">${l.label}</span>` : l.url === null ? html`<span class="gap">${l.label}</span>` : html`<a href="${l.url}">${l.label}</a>`}</li>`)}
    ${p.next ? html`<li><a href="${p.next}" rel="next">${labels[1]}</a></li>` : ''}
  </ul>
</nav>`;
}

/**
 * `ui` marks the whole navigation, for periods, whose labels are dates; an article's neighbours
 * are titles (`titles`), each isolated and in its own language, and only its label is the tool's.
 */
export function periodNav(prev: Link | null, next: Link | null, label: string, ui: SafeHtml | '' = '', titles = false): SafeHtml | '' {
  if (!prev && !next) return '';
  const text = (l: Link): SafeHtml | string => (titles ? html`<bdi${l.dir === 'rtl' ? html` dir="rtl"` : ''}${langAttribute(l.lang ?? null)}>${l.label}</bdi>` : l.label);
  return html`<nav class="period-nav" aria-label="${label}"${ui}>
  ${prev ? html`<a href="${prev.url}" rel="prev"><span aria-hidden="true">←</span> ${text(prev)}</a>` : ''}
  ${next ? html`<a href="${next.url}" rel="next">${text(next)} <span aria-hidden="true">→</span></a>` : ''}
</nav>`;
}

export function timeline(chart: BarChart, ui: SafeHtml | '' = ''): SafeHtml {
  return html`<figure class="timeline"${ui}>
  <svg viewBox="0 0 ${chart.width} ${chart.height}" preserveAspectRatio="none" role="img" aria-label="${chart.summary}">
    ${chart.bars.filter((b) => b.height > 0).map((b) => html`<rect x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}"><title>${b.label}</title></rect>`)}
  </svg>
  <figcaption>${chart.summary}</figcaption>
</figure>`;
}

/** Links to topics, with their counts when they come with them. */
export function tagList(topics: (Link & { count?: number })[]): SafeHtml {
  return html`<ul class="tag-list">${topics.map((t) => html`<li><a href="${t.url}" dir="auto">${t.label}</a>${t.count === undefined ? '' : html` <span class="count">(${t.count})</span>`}</li>`)}</ul>`;
}

/** A page's most covered topics under their heading ("Most covered in 2022"), or nothing when there are none. */
export function mostCovered(heading: string, topics: (Link & { count?: number })[], ui: SafeHtml | '' = ''): SafeHtml | '' {
  return topics.length > 0 ? html`<h2${ui}>${heading}</h2>
${tagList(topics)}` : '';
}

export function linkList(links: ArticleLink[], ui: SafeHtml | '' = ''): SafeHtml {
  return html`<ul class="link-list">
${links.map((l) => html`  <li><a href="${l.url}" dir="${l.dir ?? 'auto'}"${langAttribute(l.lang)}>${l.label}</a> <span class="meta"><time datetime="${l.date}"${ui}>${l.dateLabel}</time>${l.source ? html` · <bdi>${l.source}</bdi>` : ''}</span></li>
`)}</ul>`;
}
