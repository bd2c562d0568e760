import { describe, expect, it } from 'vitest';
import { prefixUrls } from '../../src/site/base-url.ts';

describe('prefixUrls', () => {
  it('puts root-relative URLs of links, assets and forms under the prefix', () => {
    const html = '<link rel="stylesheet" href="/assets/site.css"><a href="/">Home</a><script src="/assets/search.js"></script><form action="/search/">';
    expect(prefixUrls(html, '/news/')).toBe('<link rel="stylesheet" href="/news/assets/site.css"><a href="/news/">Home</a><script src="/news/assets/search.js"></script><form action="/news/search/">');
  });

  it('leaves absolute, protocol-relative, relative and fragment URLs, text and JSON alone', () => {
    const html = [
      '<a href="https://example.org/x">x</a>',
      '<a href="//cdn.example.org/y">y</a>',
      '<a href="page/2/">2</a>',
      '<a href="#main">skip</a>',
      '<p>write href=&quot;/x&quot; in HTML</p>',
      '<a title="see href=&quot;/x&quot;" href="/a/">a</a>',
      '<script type="application/ld+json">{"url":"/2017/"}</script>',
    ].join('');
    const out = prefixUrls(html, '/news/');
    expect(out).toBe(html.replace('href="/a/"', 'href="/news/a/"'));
  });

  it('changes nothing without a prefix', () => {
    expect(prefixUrls('<a href="/x/">x</a>', '/')).toBe('<a href="/x/">x</a>');
  });
});
