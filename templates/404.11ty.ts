import type { PageBase } from '../src/site/types.ts';
import { html } from './_includes/html.ts';
import { inLayout, pagesOf } from './_includes/page.ts';
import { ownWords } from './_includes/partials.ts';

export const data = pagesOf('notFound');

export const render = inLayout<PageBase>(({ archive, p }) => {
  const ui = ownWords(archive.meta);
  return html`<h1${ui}>${p.heading}</h1>
<p${ui}>There is no page at this address. Try the <a href="/">latest articles</a> or the <a href="/topics/">topics</a>.</p>`.value;
});
