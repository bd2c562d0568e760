// The one layout: head metadata, site header, breadcrumbs, main content, footer. Called by
// every page's render function (see inLayout in page.ts), not named as Eleventy's layout.
import type { PageBase, SiteData } from '../../src/site/types.ts';
import { html, trusted } from './html.ts';
import { langAttribute, ownWords } from './partials.ts';

/** A page of the site around `content`, the page's own markup. */
export function layout(archive: SiteData, p: PageBase, content: string): string {
  const meta = archive.meta;
  const ui = ownWords(meta);
  return `<!doctype html>\n${html`<html lang="${meta.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${meta.contentSecurityPolicy}">
<meta name="referrer" content="${meta.referrerPolicy}">
<title>${p.title}</title>
<meta name="description" content="${p.description}">
<meta name="color-scheme" content="light dark">
${p.head.canonical === null ? '' : html`<link rel="canonical" href="${p.head.canonical}">\n`}${p.head.robots === null ? '' : html`<meta name="robots" content="${p.head.robots}">\n`}${p.head.alternates.map((f) => html`<link rel="alternate" type="${f.type}" href="${f.href}" title="${f.title}">\n`)}<meta property="og:type" content="${p.head.ogType}">
<meta property="og:title" content="${p.heading}">
<meta property="og:description" content="${p.description}">
<meta property="og:url" content="${p.head.publicUrl}">
${p.head.image === null ? '' : html`<meta property="og:image" content="${p.head.image}">\n`}
<meta property="og:site_name" content="${meta.title}">
<meta name="twitter:card" content="summary">
<meta name="twitter:title" content="${p.heading}">
<meta name="twitter:description" content="${p.description}">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/site.css">
${p.head.jsonLd.map((ld) => html`<script type="application/ld+json">${trusted(ld)}</script>\n`)}${p.scripts.map((s) => html`<script type="module" src="${s}"></script>\n`)}</head>
<body>
<a class="skip-link" href="#main"${ui}>Skip to content</a>
<header class="site-header">
  <a class="brand" href="/">${meta.title}</a>
  <nav aria-label="Site">
    <ul${ui}>
      <li><a href="/">Latest</a></li>
      <li><a href="/topics/">Topics</a></li>
      <li><a href="/people/">People</a></li>
      <li><a href="/places/">Places</a></li>
      <li><a href="/search/">Search</a></li>
    </ul>
  </nav>
</header>
${p.breadcrumbs.length ? html`<nav class="breadcrumbs" aria-label="Breadcrumb">
  <ol>
    ${p.breadcrumbs.map((b) => html`<li><a href="${b.url}"${ui}>${b.label}</a></li>`)}
    <li><span aria-current="page"${p.ownHeading ? ui : html` dir="${p.headingDir ?? 'auto'}"${langAttribute(p.headingLang ?? null)}`}>${p.heading}</span></li>
  </ol>
</nav>
` : ''}<main id="main" tabindex="-1">
${trusted(content)}
</main>
<footer class="site-footer">
  <p>${meta.title} · <span${ui}>built with news-archive · feeds: <a href="/feed.xml">Atom</a>, <a href="/feed.json">JSON Feed</a></span></p>
</footer>
</body>
</html>
`}`;
}
