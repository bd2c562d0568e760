// JSON-LD of an article: who wrote it.
import { describe, expect, it } from 'vitest';
import { parseBaseUrl } from '../../src/site/base-url.ts';
import { MetadataBuilder } from '../../src/site/metadata.ts';
import type { Article } from '../../src/types.ts';

const article = (authors: string[]): Article =>
  ({ id: 'a', file: 'a.txt', title: 'Talks', date: '2017-11-14', url: '/2017/11/14/talks/', words: 10, lang: null, dateline: null, source: null, authors, topics: [], media: [] }) as unknown as Article;

describe('NewsArticle JSON-LD', () => {
  it('names reporters as people, and an agency or desk credited as the author as an organisation (QA 24: `Reuters Staff` was a Person)', () => {
    const meta = new MetadataBuilder(parseBaseUrl('/'), 'Archive', [], 'en');
    const ld = meta.newsArticle(article(['Jane Roe', 'Reuters Staff', 'AP']), 'Talks.') as { author: { '@type': string; name: string }[] };
    expect(ld.author).toEqual([
      { '@type': 'Person', name: 'Jane Roe' },
      { '@type': 'Organization', name: 'Reuters Staff' },
      { '@type': 'Organization', name: 'AP' },
    ]);
  });
});
