// A Markdown body's link to a path of the site that is no seed and no file beside the post
// (`[the index](../2021/)`, `[x](other.html)`): read from the site's root, never above it, so that
// it leads to the same place from every page, under any path prefix (QA 39).
import { describe, expect, it } from 'vitest';
import { readSeed } from '../../src/seeds/read.ts';
import { expectRecord, unmarked } from './helpers.ts';

const seed = (body: string, file = 'posts/2021/council.md') => expectRecord(readSeed(file, new TextEncoder().encode(`---\ntitle: Council\ndate: 2024-03-05\n---\n${body}\n`)));
const html = (body: string, file?: string): string => unmarked((JSON.parse(seed(body, file).body as string) as { html: string }[])[0]!.html);

describe('a link to a path of the site', () => {
  it('is read from the site\'s root, as an address from the root is, its query and fragment kept', () => {
    expect(html('See [the index](../2021/) and [a page](other.html?x=1#top).')).toContain('See <a href="/2021/">the index</a> and <a href="/other.html?x=1#top">a page</a>.');
    expect(html('See [the day](2021/05/04/) and [home](./).')).toContain('See <a href="/2021/05/04/">the day</a> and <a href="/">home</a>.');
    // HTML's links alike.
    expect(html('See <a href="../2021/05/">May</a>.')).toContain('<a href="/2021/05/">May</a>');
  });

  it('never leaves the site, however many "..", escaped or not, and from the root alike', () => {
    expect(html('[a](../../../../etc/passwd) [b](/a/../../b/) [c](%2e%2e/%2e%2e/c/)')).toContain('<a href="/etc/passwd">a</a> <a href="/b/">b</a> <a href="/c/">c</a>');
  });

  it('leaves other addresses as they were: another site\'s, a fragment, a query, mail', () => {
    expect(html('[w](https://example.org/a/../b) [f](#results) [q](?page=2) [m](mailto:desk@example.org)')).toContain('<a href="https://example.org/a/../b">w</a> <a href="#results">f</a> <a href="?page=2">q</a> <a href="mailto:desk@example.org">m</a>');
  });

  it('is kept with its line, to be checked against the pages the site has (see src/site/site-links.ts)', () => {
    const r = seed('Text.\n\nSee [the index](../2021/) and\n[a page](other.html), [again](other.html#x), [home](/).\n');
    expect(r.siteLinks).toEqual([
      { path: '/2021/', written: '../2021/', line: 7 },
      { path: '/other.html', written: 'other.html', line: 8 },
      { path: '/other.html', written: 'other.html#x', line: 8 },
      { path: '/', written: '/', line: 8 },
    ]);
    expect(seed('No links.').siteLinks).toBeUndefined();
  });
});
