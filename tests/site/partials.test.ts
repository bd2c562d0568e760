import { describe, expect, it } from 'vitest';
import { html } from '../../templates/_includes/html.ts';
import { articleList, linkList } from '../../templates/_includes/partials.ts';
import type { ArticleLink, ArticleSummary } from '../../src/site/types.ts';

const summary = (title: string): ArticleSummary => ({
  url: `/2017/11/14/${title.toLowerCase().replaceAll(' ', '-')}/`,
  title,
  date: '2017-11-14',
  dateLabel: '14 November 2017',
  dateline: 'GENEVA',
  source: 'TASS',
  summary: `${title} <b>resumed</b>`,
  readingMinutes: 2,
  lang: null,
  dir: 'auto',
});

const link = (label: string): ArticleLink => ({ url: '/2017/11/14/a/', label, date: '2017-11-14', dateLabel: '14 November 2017', source: null, lang: null, dir: 'auto' });

// An article's list item is made once and reused on every listing that shows the same summary
// (see MadeOnce in partials.ts): what is reused must be what would be made anew.
describe('list items made once', () => {
  it('gives the same markup for a summary listed again as for a copy of it', () => {
    const a = summary('Talks resume');
    const first = articleList([a]).value;
    expect(articleList([a, summary('Other')]).value).toContain(first.slice('<ol class="article-list">\n'.length, -'</ol>'.length));
    expect(articleList([a]).value).toBe(articleList([{ ...a }]).value);
    expect(first).toContain('Talks resume &lt;b&gt;resumed&lt;/b&gt;');
  });

  it("is made again for the tool's own words in another language, and back", () => {
    const a = summary('Talks resume');
    const ui = html` lang="en"`;
    const plain = articleList([a]).value;
    const marked = articleList([a], ui).value;
    expect(plain).not.toContain('lang="en"');
    expect(marked).toContain('<time datetime="2017-11-14" lang="en">');
    expect(marked).toContain('<span lang="en">2 min read</span>');
    expect(articleList([a]).value).toBe(plain);
    expect(articleList([a], ui).value).toBe(marked);
  });

  it('shows a changed summary as it is now: a changed summary is another object', () => {
    const a = summary('Talks resume');
    articleList([a]);
    expect(articleList([{ ...a, title: 'Talks end' }]).value).toContain('>Talks end</a>');
  });

  it('makes link items once too, with their own words marked or not', () => {
    const l = link('Geneva & after');
    const plain = linkList([l]).value;
    expect(plain).toContain('>Geneva &amp; after</a>');
    expect(linkList([l, link('Other')]).value.startsWith(plain.slice(0, -'</ul>'.length))).toBe(true);
    expect(linkList([l], html` lang="en"`).value).toContain('<time datetime="2017-11-14" lang="en">');
    expect(linkList([l]).value).toBe(plain);
  });
});
