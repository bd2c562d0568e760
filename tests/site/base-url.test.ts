import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BaseUrlError, parseBaseUrl, prefixUrls } from '../../src/site/base-url.ts';
import { ROOT, runCli, tempDir } from '../helpers/cli.ts';
import { RELATIVE_BASE_NOTE } from '../../src/cli/main.ts';
import { robotsTxt } from '../../src/site/sitemap.ts';

/** The message parseBaseUrl refuses `value` with, or null when it takes it. */
function refusal(value: string): string | null {
  try {
    parseBaseUrl(value);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(BaseUrlError);
    return (error as Error).message;
  }
}

describe('parseBaseUrl', () => {
  it('reads paths and absolute http(s) URLs', () => {
    expect(parseBaseUrl('/')).toEqual({ origin: null, pathPrefix: '/' });
    expect(parseBaseUrl('/news')).toEqual({ origin: null, pathPrefix: '/news/' });
    expect(parseBaseUrl('//news//archive/')).toEqual({ origin: null, pathPrefix: '/news/archive/' });
    expect(parseBaseUrl('https://example.org/news/archive')).toEqual({ origin: 'https://example.org', pathPrefix: '/news/archive/' });
    expect(parseBaseUrl('http://example.org:8080')).toEqual({ origin: 'http://example.org:8080', pathPrefix: '/' });
  });

  it('keeps the URL-safe characters and escapes of a path', () => {
    for (const p of ['/news%20archive/', '/a-b_c.d~e/', "/x!$&()*+,;=:@y/", '/caf%C3%A9/']) expect(parseBaseUrl(p).pathPrefix).toBe(p);
  });

  it('percent-encodes the characters a path holds only escaped', () => {
    expect(parseBaseUrl('/café/').pathPrefix).toBe('/caf%C3%A9/');
    expect(parseBaseUrl('/a|b^c{d}/').pathPrefix).toBe('/a%7Cb%5Ec%7Bd%7D/');
    expect(parseBaseUrl('https://example.org/café/a|b/').pathPrefix).toBe('/caf%C3%A9/a%7Cb/');
  });

  it('refuses quotes, angle brackets, whitespace, backslashes and control characters, with the escape to use', () => {
    expect(refusal('/a"onmouseover="alert(1)/')).toBe(`--base-url cannot contain '"' (in a path, write it as %22)`);
    expect(refusal('/news archive/')).toBe('--base-url cannot contain a space (write it as %20)');
    expect(refusal("/it's/")).toContain('%27');
    expect(refusal('/a<b>/')).toContain('"<"');
    expect(refusal('/a`b/')).toContain('%60');
    expect(refusal('/a\\b/')).toBe('--base-url cannot contain a backslash');
    for (const v of ['/a\tb/', '/a\nb/', '/a\u0000/', '/a\u007f/', '/a\u00a0b/', '/a\u2028b/']) expect(refusal(v), JSON.stringify(v)).toMatch(/control or space character/);
    // The URL parser would let these through into the origin, or drop them.
    expect(refusal('https://ex"ample.org/')).not.toBeNull();
    expect(refusal("https://ex'ample.org/")).not.toBeNull();
    expect(refusal('https://example.org/a\tb/')).not.toBeNull();
    expect(refusal('https://example.org\\news/')).not.toBeNull();
  });

  it('refuses dot segments, also encoded, and encoded separators and control characters', () => {
    for (const v of ['/../x/', '/a/./b/', '/%2e%2e/', '/%2E/', '/x/.%2E/']) expect(refusal(v), v).toMatch(/"\." or "\.\." segments/);
    for (const v of ['/a%2fb/', '/a%5Cb/', '/a%00/', '/a%0A/']) expect(refusal(v), v).toMatch(/encoded "\/", "\\" or control character/);
  });

  it('refuses bad escapes, queries, fragments, other schemes and relative paths', () => {
    expect(refusal('/%zz/')).toMatch(/does not start a %XX escape/);
    expect(refusal('/a%2/')).toMatch(/does not start a %XX escape/);
    expect(refusal('https://example.org/%zz/')).toMatch(/does not start a %XX escape/);
    expect(refusal('/%C3/')).toMatch(/not UTF-8/);
    expect(refusal('/\ud800/')).toMatch(/not valid Unicode/);
    for (const v of ['/a?b', '/a#b', 'https://example.org/?', 'https://example.org/#x']) expect(refusal(v), v).toMatch(/query or a fragment/);
    expect(refusal('ftp://example.org/')).toMatch(/http\(s\)/);
    expect(refusal('javascript:alert(1)')).toMatch(/http\(s\)/);
    expect(refusal('news/')).toMatch(/start with "\/"/);
  });

  it('never gives a prefix that could leave an HTML attribute or a URL path', () => {
    const values = ['/a"b/', "/a'b/", '/a<b/', '/a>b/', '/a b/', '/a&quot;b/', '/a%22b/', '/é/', '/a|b/', 'https://example.org/x"y/', '//x/', '/r&d/'];
    for (const v of values) {
      if (refusal(v) !== null) continue;
      const { pathPrefix } = parseBaseUrl(v);
      expect(pathPrefix, v).toMatch(/^\/(?:[A-Za-z0-9\-._~!$&()*+,;=:@/]|%[0-9A-F]{2})*$/i);
      expect(pathPrefix.startsWith('//'), v).toBe(false);
    }
  });
});

describe('--base-url on the command line', () => {
  it('exits 2 with a clear message when the base URL is unsafe', async () => {
    const out = path.join(await tempDir(), 'site');
    for (const [value, message] of [
      ['/a"onmouseover="alert(1)/', `cannot contain '"'`],
      ['/news archive/', 'cannot contain a space'],
      ['/../up/', 'cannot contain "." or ".." segments'],
    ] as const) {
      const run = await runCli(['build', '--out', out, '--base-url', value]);
      expect(run.code, value).toBe(2);
      expect(run.stderr, value).toContain(`news-archive: --base-url ${message}`);
      expect(run.stdout, value).toBe('');
    }
  });
});

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

  it('writes a prefix with & or $ as it is meant', () => {
    expect(prefixUrls('<a href="/x/">x</a>', '/r&d/')).toBe('<a href="/r&amp;d/x/">x</a>');
    // `$&` and `$'` would be read by String.replace as the match and the text after it.
    expect(prefixUrls('<a href="/x/">x</a><p>after</p>', "/a$&b$1c$'/")).toBe(`<a href="/a$&amp;b$1c$'/x/">x</a><p>after</p>`);
  });

  it('changes nothing without a prefix', () => {
    expect(prefixUrls('<a href="/x/">x</a>', '/')).toBe('<a href="/x/">x</a>');
  });
});

describe('a base URL that is a path', () => {
  it('builds a site, and the build says its sitemap and feeds need the full URL', async () => {
    const work = await tempDir();
    const relative = await runCli(['build', '--seeds', path.join(ROOT, 'seeds'), '--out', path.join(work, 'a'), '--base-url', '/news/']);
    expect(relative.code, relative.stderr).toBe(0);
    expect(relative.stdout).toContain(RELATIVE_BASE_NOTE);
    const absolute = await runCli(['build', '--seeds', path.join(ROOT, 'seeds'), '--out', path.join(work, 'b'), '--base-url', 'https://example.org/news/']);
    expect(absolute.code, absolute.stderr).toBe(0);
    expect(absolute.stdout).not.toContain('Note:');
  });
});

describe('robots.txt', () => {
  it('names the sitemap by its full URL, and names none when the base URL is a path', () => {
    expect(robotsTxt(parseBaseUrl('https://example.org/news/'))).toBe('User-agent: *\nAllow: /\n\nSitemap: https://example.org/news/sitemap.xml\n');
    expect(robotsTxt(parseBaseUrl('/news/'))).toBe('User-agent: *\nAllow: /\n');
    expect(robotsTxt(parseBaseUrl('/'))).toBe('User-agent: *\nAllow: /\n');
  });
});
