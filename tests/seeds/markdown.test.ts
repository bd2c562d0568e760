// Markdown seeds: YAML front matter, and a body rendered safely.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import { parseFragment } from 'parse5';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildArchive } from '../../src/archive/build.ts';
import { readSeed } from '../../src/seeds/read.ts';
import { MAX_ARTICLE_TOPICS, MAX_TITLE, MAX_TOPIC_NAME } from '../../src/types.ts';
import { expectProblems, expectRecord, FIXTURES, htmlOf, problemOf, readFixture, recordOf } from './helpers.ts';

interface El {
  tag: string;
  attrs: Record<string, string>;
  text: string;
}

/** Every element of an HTML fragment as a browser would parse it (attribute values decoded). */
function elements(html: string): El[] {
  const out: El[] = [];
  type Node = { nodeName: string; tagName?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; value?: string };
  const textOf = (n: Node): string => (n.nodeName === '#text' ? (n.value ?? '') : (n.childNodes ?? []).map(textOf).join(''));
  const walk = (n: Node): void => {
    if (n.tagName) out.push({ tag: n.tagName, attrs: Object.fromEntries((n.attrs ?? []).map((a) => [a.name, a.value])), text: textOf(n) });
    for (const c of n.childNodes ?? []) walk(c);
  };
  walk(parseFragment(html) as unknown as Node);
  return out;
}

/** The visible text of an HTML fragment. */
function visibleText(html: string): string {
  type Node = { nodeName: string; childNodes?: Node[]; value?: string };
  const textOf = (n: Node): string => (n.nodeName === '#text' ? (n.value ?? '') : (n.childNodes ?? []).map(textOf).join(''));
  return textOf(parseFragment(html) as unknown as Node);
}

describe('front matter', () => {
  it('takes title, date, topics, source, dateline and summary', () => {
    const r = recordOf('md-full/full.md');
    expect(r).toMatchObject({
      id: 'full',
      file: 'full.md',
      format: 'markdown',
      title: 'Talks Resume in Geneva',
      titleDerived: false,
      date: '2017-11-14',
      source: 'TASS',
      dateline: 'Geneva',
      summary: 'The UN envoy met both delegations.',
      lede: 'The talks resumed on Tuesday in Geneva.',
      slug: null,
      draft: false,
    });
    expect(r.topics).toEqual([
      { slug: 'syria', name: 'Syria', kind: 'subject' },
      { slug: 'staffan-de-mistura', name: 'Staffan de Mistura', kind: 'person' },
    ]);
    expect(htmlOf(r)).toBe('<p>The talks resumed on Tuesday in Geneva.</p>\n<p>Both delegations attended the first session.</p>\n');
    expect(r.words).toBe(13); // 7 + 6
  });

  it('uses the lede as summary when there is none', () => {
    const r = recordOf('md-crlf/crlf.md');
    expect(r.summary).toBe('The talks resumed on Tuesday.');
  });

  it('reads CRLF line ends and a byte order mark', () => {
    const crlf = recordOf('md-crlf/crlf.md');
    expect(crlf.title).toBe('Talks Resume in Geneva');
    expect(crlf.date).toBe('2017-11-14');
    expect(htmlOf(crlf)).toBe('<p>The talks resumed on Tuesday.</p>\n<p>More talks are planned.</p>\n');
    const bom = recordOf('md-bom/bom.md');
    expect(bom.format).toBe('markdown');
    expect(bom.title).toBe('Talks Resume in Geneva');
    expect(bom.date).toBe('2017-11-14');
  });

  it('derives a title from the first sentence when there is none', () => {
    const r = recordOf('md-no-title/no-title.md');
    expect(r.titleDerived).toBe(true);
    expect(r.title).toBe('The minister resigned on Monday');
  });

  it('leaves a picture inside the lede out of the title and summary with one space where it stood, not two (QA 30)', () => {
    const read = readSeed('p.md', new TextEncoder().encode('---\ndate: 2023-05-06\n---\nThe mayor opened the bridge ![a bridge](https://example.org/b.jpg) on Monday![x](https://example.org/c.jpg), officials said.\n\nMore.\n'));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.record.title).toBe('The mayor opened the bridge on Monday, officials said');
    expect(read.record.lede).toBe('The mayor opened the bridge on Monday, officials said.');
  });
});

describe('drafts', () => {
  it('draft: true gives draft true, and buildArchive leaves it out', () => {
    const draft = recordOf('md-draft/draft.md');
    const published = recordOf('md-draft/published.md');
    expect(draft.draft).toBe(true);
    expect(published.draft).toBe(false);
    const { archive, problems } = buildArchive([draft, published]);
    expect(problems).toEqual([]);
    expect(archive.articles.map((a) => a.file)).toEqual(['published.md']);
    expect(archive.days.flatMap((d) => d.articles)).toEqual([0]);
  });

  it('draft must be true or false (or yes or no, as YAML 1.1 writes them)', () => {
    const problems = expectProblems(readSeed('d.md', Buffer.from('---\ntitle: T\ndate: 2017-11-14\ndraft: maybe\n---\nBody.\n')));
    expect(problems).toEqual([expect.objectContaining({ file: 'd.md', line: 4 })]);
    for (const [value, draft] of [['yes', true], ['No', false], ['"on"', true], ['off', false]] as const) {
      expect(expectRecord(readSeed('d.md', Buffer.from(`---\ntitle: T\ndate: 2017-11-14\ndraft: ${value}\n---\nBody.\n`))).draft, value).toBe(draft);
    }
  });
});

describe('dates', () => {
  it('keeps an unquoted 2017-11-14 as the string written, not a shifted Date', () => {
    expect(readFileSync(path.join(FIXTURES, 'md-full/full.md'), 'utf8')).toContain('\ndate: 2017-11-14\n');
    const r = recordOf('md-full/full.md');
    expect(typeof r.date).toBe('string');
    expect(r.date).toBe('2017-11-14');
  });

  it('reads a quoted date the same', () => {
    expect(recordOf('md-dates/quoted.md').date).toBe('2017-11-14');
  });

  it('takes the calendar date as written from a timestamp, not its UTC day', () => {
    // 23:30 at UTC-10 is already 15 November in UTC.
    expect(recordOf('md-dates/late-evening.md').date).toBe('2017-11-14');
  });

  it('takes a date with a real time of day and zone after it, and refuses one followed by anything else', () => {
    const read = (date: string) => readSeed('t.md', new TextEncoder().encode(`---\ntitle: T\ndate: ${date}\n---\nBody.\n`));
    for (const ok of ['2017-11-14T10:30', '2017-11-14 10:30:00', '2017-11-14T23:59:59.999Z', '2017-11-14T10:30:00+03:00', '2017-11-14 10:30 -0500', '"2017-11-14 10:30 UTC"']) {
      expect(expectRecord(read(ok)).date, ok).toBe('2017-11-14');
    }
    for (const bad of ['2017-11-14 99:99 garbage', '2017-11-14 25:00', '2017-11-14T10:30 and more', '2017-11-14x', '2017-11-14 10:60']) {
      expect(expectProblems(read(bad))[0], bad).toMatchObject({ line: 3, message: `invalid date "${bad}"` });
    }
  });

  it('a missing date is a problem', () => {
    const p = problemOf('md-dates/no-date.md');
    expect(p).toMatchObject({ file: 'no-date.md', line: 1 });
    expect(p.message).toMatch(/no "date"/);
  });

  it("takes the date of a file named by it, as Jekyll's posts are, when front matter gives none", () => {
    const md = new TextEncoder().encode('---\ntitle: Talks resume\n---\nEnvoys met.\n');
    expect(expectRecord(readSeed('_posts/2017-11-14-talks-resume.md', md)).date).toBe('2017-11-14');
    // The front matter's date wins; a name that is no real date is no date.
    expect(expectRecord(readSeed('2017-11-14-talks.md', new TextEncoder().encode('---\ntitle: T\ndate: 2018-01-02\n---\nText.\n'))).date).toBe('2018-01-02');
    expect(expectProblems(readSeed('2017-02-30-talks.md', md))[0]!.message).toMatch(/no "date"/);
    expect(expectProblems(readSeed('talks-2017-11-14.md', md))[0]!.message).toMatch(/no "date"/);
  });

  it.each([
    ['md-dates/feb-30.md', '2017-02-30', 3],
    ['md-dates/month-13.md', '2017-13-01', 4],
    ['md-dates/short-year.md', '17-11-14', 6],
  ])('%s: invalid date %s is a problem on the line of "date:" (%i)', (file, date, line) => {
    const lines = readFileSync(path.join(FIXTURES, file), 'utf8').split('\n');
    expect(lines[line - 1]).toBe(`date: ${date}`);
    const p = problemOf(file);
    expect(p.line).toBe(line);
    expect(p.message).toBe(`invalid date "${date}"`);
  });
});

describe('YAML errors', () => {
  it('an unclosed flow list is a problem on its line', () => {
    const p = problemOf('md-yaml/unclosed-list.md');
    expect(p.file).toBe('unclosed-list.md');
    expect(p.line).toBe(4);
    expect(p.message).toMatch(/^front matter is not valid YAML/);
  });

  it('an unquoted ": " is a problem on its line, said in one sentence, with what to do', () => {
    const [p] = expectProblems(readSeed('colon.md', new TextEncoder().encode('---\ntitle: Talks: day two\ndate: 2017-11-14\n---\nBody.\n')));
    expect(p).toMatchObject({ line: 2, message: 'front matter is not valid YAML: Nested mappings are not allowed in compact mappings' });
    expect(p!.hint).toContain('goes in quotes');
  });

  it('a repeated key is a problem on the line that repeats it', () => {
    const p = problemOf('md-yaml/duplicate-key.md');
    expect(p.line).toBe(5);
    expect(p.message).toMatch(/not valid YAML/);
  });
});

describe('executable front matter', () => {
  const PAYLOADS = ['js', 'javascript', 'js-upper'];
  const marker = (name: string): string => path.join(os.tmpdir(), `news-archive-${name}-pwned`);
  const g = globalThis as { __newsArchivePwned?: unknown };
  const clean = (): void => {
    delete g.__newsArchivePwned;
    for (const name of PAYLOADS) rmSync(marker(name), { force: true });
  };
  beforeEach(clean);
  afterEach(clean);

  it.each(PAYLOADS)('---%s front matter is refused with a problem and never runs', (name) => {
    const file = `md-code/${name}.md`;
    expect(readFileSync(path.join(FIXTURES, file), 'utf8')).toMatch(/^---(js|javascript|JS)\n/);
    const p = problemOf(file);
    expect(p.line).toBe(1);
    expect(p.message).toMatch(/refused/);
    expect(g.__newsArchivePwned).toBeUndefined();
    expect(existsSync(marker(name))).toBe(false);
  });

  it.each([
    ['json', '{"title": "T", "date": "2017-11-14"}', 'front matter in "json" is not read: front matter is YAML'],
    ['constructor', 'title: T\ndate: 2017-11-14', 'front matter in "constructor" is not read: front matter is YAML'],
    ['toml', 'title = "T"', 'front matter in "toml" is not read: front matter is YAML'],
    ['coffee', 'title: "T"', 'front matter in a programming language is refused ("coffee")'],
  ])('---%s front matter is refused as not YAML, on line 1', (language, head, message) => {
    const [p] = expectProblems(readSeed('l.md', new TextEncoder().encode(`---${language}\n${head}\n---\nBody.\n`)));
    expect(p).toMatchObject({ file: 'l.md', line: 1, message });
  });

  it('---yaml and ---yml are YAML, as is a bare ---', () => {
    for (const open of ['---', '---yaml', '--- YAML', '---yml']) {
      expect(expectRecord(readSeed('y.md', new TextEncoder().encode(`${open}\ntitle: T\ndate: 2017-11-14\n---\nBody.\n`))).title).toBe('T');
    }
  });

  it('the payload is live: gray-matter with its default engines would run it (control)', () => {
    const content = readFileSync(path.join(FIXTURES, 'md-code/js.md'), 'utf8');
    const parsed = matter(content, { language: 'yaml' });
    expect(parsed.data.title).toBe('Pwned');
    expect(g.__newsArchivePwned).toBe(true);
    expect(existsSync(marker('js'))).toBe(true);
  });
});

describe('character references in Markdown', () => {
  const read = (body: string) => expectRecord(readSeed('q.md', new TextEncoder().encode(`---\ndate: 2017-11-14\n---\n${body}`)));

  it('are the characters they stand for in the title, lede, summary, slug and text, as the page shows them', () => {
    const r = read('# Q&amp;A: AT&amp;T &mdash; the merger\n\nAT&amp;T said&nbsp;on Tuesday &lt;b&gt; that &#x1F600; it would close.\n');
    expect(r.title).toBe('Q&A: AT&T — the merger');
    expect(r.lede).toBe('AT&T said\u00A0on Tuesday <b> that \u{1F600} it would close.');
    expect(r.summary).toBe(r.lede);
    expect(buildArchive([r]).archive.articles[0]!.url).toBe('/2017/11/14/q-and-a-at-and-t-the-merger/');
    expect(r.terms.split(' ')).not.toContain('amp');
  });

  it('stay as written where Markdown shows them so: in code, after a backslash, without their ";"', () => {
    const r = read('Plain &copy and `x &amp; y` and \\&amp; and &amp;amp; and &valueOf; and &#xD83D;.\n');
    expect(r.lede).toBe('Plain &copy and x &amp; y and &amp; and &amp; and &valueOf; and \uFFFD.');
    expect(r.title).toBe(r.lede.replace(/\.$/, ''));
  });
});

describe('the line that closes front matter', () => {
  it('may be longer than "---" or end in spaces, and none of it joins the body; other text after it stays, to be seen', () => {
    const read = (close: string) => expectRecord(readSeed('c.md', new TextEncoder().encode(`---\ntitle: T\ndate: 2017-11-14\n${close}\nBody.\n`)));
    for (const close of ['---', '----', '-----', '--- ', '---\t']) expect(htmlOf(read(close)), JSON.stringify(close)).toBe('<p>Body.</p>\n');
    expect(htmlOf(read('---x'))).toBe('<p>x\nBody.</p>\n');
    // A thematic break that opens the body is the body's.
    expect(htmlOf(read('---\n---'))).toBe('<hr>\n<p>Body.</p>\n');
  });
});

describe('a heading title over the limit', () => {
  it('is a problem on the heading\'s line, however it is written', () => {
    const long = 'AT&amp;T *merger* '.repeat(Math.ceil(MAX_TITLE / 12));
    for (const [body, line] of [[`Intro.\n\n\n# ${long}\n`, 7], [`# ${long}\n`, 4], [`Intro.\n\n> quote\n\n${long}\n---\n`, 8]] as const) {
      const [p] = expectProblems(readSeed('long.md', new TextEncoder().encode(`---\ndate: 2017-11-14\n---\n${body}`)));
      expect(p, body.slice(0, 30)).toMatchObject({ file: 'long.md', line, message: expect.stringContaining(`over the ${MAX_TITLE} a title can have`) });
    }
  });
});

describe('the body', () => {
  it('leaves out raw HTML\'s scripts and handlers: no script or iframe element, no handler, the rest kept', () => {
    const html = htmlOf(recordOf('md-html/raw-html.md'));
    expect(html).not.toMatch(/<script|<iframe|onerror|alert/i);
    // Paragraphs and the iframe's page as a link; a picture of no file the site has (`x`), without its handler, is its description (none).
    const els = elements(html);
    expect(new Set(els.map((e) => e.tag))).toEqual(new Set(['p', 'a']));
    expect(els.filter((e) => e.tag === 'a').map((e) => e.attrs.href)).toEqual(['https://evil.example/']);
    expect(visibleText(html)).toContain('Inline and  in a sentence.');
  });

  it('renders a code block as escaped text a keyboard can reach and scroll, its language only as a safe class', () => {
    const md = '---\ndate: 2017-11-14\ntitle: Code\n---\nIntro.\n\n```js" onmouseover="alert(1)\n<script>alert(1)</script> & "quotes"\n```\n\n```\nplain\n```\n';
    const html = htmlOf(expectRecord(readSeed('code.md', new TextEncoder().encode(md))));
    const pres = elements(html).filter((e) => e.tag === 'pre');
    expect(pres.map((e) => e.attrs)).toEqual([{ tabindex: '0' }, { tabindex: '0' }]);
    const codes = elements(html).filter((e) => e.tag === 'code');
    expect(codes.map((e) => [e.attrs.class, e.text])).toEqual([
      ['language-js', '<script>alert(1)</script> & "quotes"\n'],
      [undefined, 'plain\n'],
    ]);
    expect(elements(html).map((e) => e.tag)).not.toContain('script');
    expect(html).not.toContain('onmouseover');
  });

  it('drops javascript:, data: and vbscript: links in any case, keeping their text', () => {
    const html = htmlOf(recordOf('md-links/links.md'));
    const els = elements(html);
    const links = els.filter((e) => e.tag === 'a');
    expect(links.map((a) => [a.text, a.attrs.href])).toEqual([
      ['safe link', 'https://example.com/report'],
      ['relative', '/2017/11/14/other/'],
    ]);
    expect(els.some((e) => e.tag === 'img')).toBe(false);
    for (const e of els) {
      for (const value of Object.values(e.attrs)) expect(value).not.toMatch(/^\s*(javascript|data|vbscript):/i);
    }
    const text = visibleText(html);
    for (const kept of ['One js link here.', 'Two data link here.', 'Three vb link here.', 'Four mixed case here.', 'Seven js image here.']) {
      expect(text).toContain(kept);
    }
    expect(html).not.toMatch(/javascript|vbscript|data:/i);
  });

  it('drops links whose scheme hides behind a character reference', () => {
    // A browser decodes &#106; and &colon; in an attribute: these are javascript: links.
    const html = htmlOf(recordOf('md-links/links.md'));
    expect(html).not.toContain('&#106;avascript');
    expect(html).not.toContain('&colon;');
    const text = visibleText(html);
    expect(text).toContain('Five entity link here.');
    expect(text).toContain('Six named entity here.');
  });

  it('renders a Markdown "# Heading" as <h2>, and "##" one level below', () => {
    const html = htmlOf(recordOf('md-heading/heading.md'));
    expect(elements(html).map((e) => [e.tag, e.text])).toEqual([
      ['p', 'The first paragraph comes before any heading.'],
      ['h2', 'A Top Heading'],
      ['p', 'Text under it.'],
      ['h3', 'A Second Level'],
      ['p', 'More text.'],
    ]);
    expect(html).not.toMatch(/<h1/);
  });

  it('never puts a heading more than one level below the one before it', () => {
    const read = (body: string): string[] =>
      elements(htmlOf(expectRecord(readSeed('h.md', new TextEncoder().encode(`---\ntitle: T\ndate: 2017-11-14\n---\nIntro.\n\n${body}`))))).filter((e) => /^h\d$/.test(e.tag)).map((e) => e.tag);
    expect(read('# One\n\nA.\n\n### Three\n\nB.\n\n#### Four\n\nC.\n\n# Again\n\nD.\n')).toEqual(['h2', 'h3', 'h4', 'h2']);
    expect(read('### First\n\nA.\n\n# Top\n\nB.\n')).toEqual(['h2', 'h2']);
  });
});

describe('slugs a seed asks for', () => {
  it.each([
    ['md-slugs/slug-dotdot.md', 'slug', 4],
    ['md-slugs/permalink-dotdot.md', 'permalink', 5],
    ['md-slugs/slug-drive.md', 'slug', 4],
  ])('%s: an unsafe %s is a problem on its line', (file, key, line) => {
    const p = problemOf(file);
    expect(p.line).toBe(line);
    expect(p.message.startsWith(`"${key}" must be one URL segment`)).toBe(true);
  });

  it('a plain slug is taken and used in the URL', () => {
    const r = recordOf('md-slugs/slug-ok.md');
    expect(r.slug).toBe('geneva-talks');
    const { archive, problems } = buildArchive([r]);
    expect(problems).toEqual([]);
    expect(archive.articles[0]?.url).toBe('/2017/11/14/geneva-talks/');
  });

  it('rejects other unsafe slugs in memory too', () => {
    for (const slug of ['"a/b"', '".."', '"%2e%2e"', '"a\\\\b"', '[a]', '"!!!"']) {
      const result = readSeed('s.md', Buffer.from(`---\ntitle: T\ndate: 2017-11-14\nslug: ${slug}\n---\nBody.\n`));
      expect(expectProblems(result)[0]?.line, slug).toBe(4);
    }
    // As other tools write them, mended: case, accents, underscores, spaces, percent-encoding.
    for (const [slug, made] of [['"-x"', 'x'], ['"X"', 'x'], ['"a b"', 'a-b'], ['Café-Owners_Protest', 'cafe-owners-protest'], ['caf%C3%A9-owners', 'cafe-owners']]) {
      expect(expectRecord(readSeed('s.md', Buffer.from(`---\ntitle: T\ndate: 2017-11-14\nslug: ${slug}\n---\nBody.\n`))).slug, slug).toBe(made);
    }
    // A permalink gives its last part; a pattern gives none, and the title gives the slug.
    const permalink = (p: string) => expectRecord(readSeed('s.md', Buffer.from(`---\ntitle: Talks Resume\ndate: 2017-11-14\npermalink: ${p}\n---\nBody.\n`))).slug;
    expect(permalink('/business/2017/11/14/market-rally/')).toBe('market-rally');
    expect(permalink('/2017/11/14/market-rally.html')).toBe('market-rally');
    expect(permalink('/:categories/:year/:month/:day/:title/')).toBeNull();
    expect(expectRecord(readFixture('md-slugs/slug-ok.md')).slug).toBe('geneva-talks');
  });
});

describe('front matter as people write it', () => {
  const read = (text: string): ReturnType<typeof readSeed> => readSeed('a.md', Buffer.from(text));

  it('keeps topics in any script, each under a slug of its own', () => {
    const record = expectRecord(read('---\ntitle: Topics\ndate: 2017-11-14\ntopics: [北京, Москва, {name: Владимир Путин, kind: person}, Syria]\n---\nBody.\n'));
    expect(record.topics.map((t) => t.name)).toEqual(['北京', 'Москва', 'Владимир Путин', 'Syria']);
    expect(new Set(record.topics.map((t) => t.slug)).size).toBe(4);
    expect(record.topics.every((t) => /^[a-z0-9-]+$/.test(t.slug))).toBe(true);
  });

  it(`takes up to ${MAX_ARTICLE_TOPICS} front matter topics; more, or a name over ${MAX_TOPIC_NAME} characters, is a problem on the topics line`, () => {
    const list = (n: number): string => Array.from({ length: n }, (_, i) => `Topic ${i}`).join(', ');
    expect(expectRecord(read(`---\ntitle: Many\ndate: 2017-11-14\ntopics: [${list(MAX_ARTICLE_TOPICS)}]\n---\nBody.\n`)).topics).toHaveLength(MAX_ARTICLE_TOPICS);
    const [many] = expectProblems(read(`---\ntitle: Many\ndate: 2017-11-14\ntopics: [${list(MAX_ARTICLE_TOPICS + 1)}]\n---\nBody.\n`));
    expect(many).toMatchObject({ file: 'a.md', line: 4 });
    expect(many!.message).toMatch(/lists 201 topics, more than the 200/);
    const [long] = expectProblems(read(`---\ntitle: Long\ndate: 2017-11-14\ntopics:\n  - Syria\n  - {name: "${'x'.repeat(MAX_TOPIC_NAME + 1)}"}\n---\nBody.\n`));
    expect(long).toMatchObject({ file: 'a.md', line: 4 });
    expect(long!.message).toMatch(/201 characters long, over the 200/);
    expect(expectRecord(read(`---\ntitle: Long\ndate: 2017-11-14\ntopics: ["${'x'.repeat(MAX_TOPIC_NAME)}"]\n---\nBody.\n`)).topics).toHaveLength(1);
  });

  it(`refuses a title over ${MAX_TITLE} characters, and a source or dateline over ${MAX_TOPIC_NAME}, each on its line`, () => {
    const title = 'Word '.repeat(MAX_TITLE / 5).trim();
    expect(expectRecord(read(`---\ntitle: ${title}\ndate: 2017-11-14\n---\nBody.\n`)).title).toBe(title);
    const [long] = expectProblems(read(`---\ntitle: ${title} More\ndate: 2017-11-14\n---\nBody.\n`));
    expect(long).toMatchObject({ file: 'a.md', line: 2 });
    expect(long!.message).toMatch(/"title" is 1004 characters long, over the 1000/);
    const [heading] = expectProblems(read(`---\ndate: 2017-11-14\n---\n\n# ${title} More\n\nBody.\n`));
    expect(heading).toMatchObject({ file: 'a.md', line: 5 });
    expect(heading!.message).toMatch(/title is 1004 characters long/);
    const problems = expectProblems(read(`---\ntitle: T\ndate: 2017-11-14\nsource: ${'S'.repeat(201)}\ndateline: ${'D'.repeat(201)}\n---\nBody.\n`));
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [4, '"source" is 201 characters long, over the 200 it can have'],
      [5, '"dateline" is 201 characters long, over the 200 it can have'],
    ]);
  });

  it('reads a file whose lines end in a lone CR', () => {
    const record = expectRecord(read('---\rtitle: CR Only\rdate: 2017-01-01\r---\rBody of a CR file.\r'));
    expect(record.title).toBe('CR Only');
    expect(record.date).toBe('2017-01-01');
  });

  it('reports a quoted key on its own line, and an unknown tag as a problem with its line', () => {
    expect(expectProblems(read('---\ntitle: Quoted\n\n"date": 2017-02-30\n---\nBody.\n'))).toEqual([expect.objectContaining({ line: 4, message: 'invalid date "2017-02-30"' })]);
    const [tagged] = expectProblems(read('---\ntitle: !!js/function "function(){}"\ndate: 2017-11-26\n---\nBody.\n'));
    expect(tagged).toMatchObject({ line: 2 });
    expect(tagged!.message).toContain('js/function');
    // The hint says what is wrong with it, not how to quote a value.
    expect(tagged!.hint).toContain('front matter is data');
  });

  it('takes a !!timestamp date as the calendar day written', () => {
    expect(expectRecord(read('---\ntitle: Tagged\ndate: !!timestamp 2017-11-26\n---\nBody.\n')).date).toBe('2017-11-26');
  });
});

describe('a table with blank lines between its rows (QA 40)', () => {
  const read = (body: string, front = 'title: Standings\n') => expectRecord(readSeed('t.md', new TextEncoder().encode(`---\n${front}date: 2023-11-14\n---\n${body}`)));
  /** The rows of each table of a body, their cells' text, and its paragraphs. */
  const shape = (html: string) => {
    const els = elements(html);
    const rows: string[][] = [];
    for (let n = els.filter((e) => e.tag === 'tr').length; n > 0; n--) rows.push([]);
    let row = -1;
    for (const e of els) {
      if (e.tag === 'tr') row++;
      else if (e.tag === 'th' || e.tag === 'td') rows[row]!.push(e.text.trim());
    }
    return { tables: els.filter((e) => e.tag === 'table').length, rows, paragraphs: els.filter((e) => e.tag === 'p').map((e) => e.text) };
  };
  const STANDINGS = [['Team', 'W', 'L'], ['Boston', '10', '2'], ['Philadelphia', '8', '4']];

  it('reads a run of rows between pipes parted by blank lines as one table: its rows were paragraphs of pipes, or a table of its header alone', () => {
    const body = 'The standings on Tuesday:\n\n| Team | W | L |\n|---|---|---|\n\n| Boston | 10 | 2 |\n\n| Philadelphia | 8 | 4 |\n\nMore games tonight.\n';
    expect(shape(htmlOf(read(body)))).toEqual({ tables: 1, rows: STANDINGS, paragraphs: ['The standings on Tuesday:', 'More games tonight.'] });
    // Every line apart, the header's dashes too, and two blank lines at most between them.
    expect(shape(htmlOf(read('Text.\n\n| Team | W | L |\n\n|---|---|---|\n\n\n| Boston | 10 | 2 |\n\n| Philadelphia | 8 | 4 |\n'))).rows).toEqual(STANDINGS);
    // Some rows together, some apart.
    expect(shape(htmlOf(read('Text.\n\n| Team | W | L |\n|---|---|---|\n| Boston | 10 | 2 |\n\n| Philadelphia | 8 | 4 |\n'))).rows).toEqual(STANDINGS);
  });

  it('keeps apart what is no row of that table: another table with its own header, rows of another width, prose with a pipe, rows of no header', () => {
    const two = shape(htmlOf(read('Text.\n\n| Team | W |\n|---|---|\n| Boston | 10 |\n\n| City | Pop |\n|---|---|\n| Boston | 650 |\n')));
    expect([two.tables, two.rows]).toEqual([2, [['Team', 'W'], ['Boston', '10'], ['City', 'Pop'], ['Boston', '650']]]);
    const wider = shape(htmlOf(read('Text.\n\n| Team | W |\n|---|---|\n| Boston | 10 |\n\n| a | b | c |\n\nHe said yes | no.\n')));
    expect([wider.tables, wider.rows, wider.paragraphs]).toEqual([1, [['Team', 'W'], ['Boston', '10']], ['Text.', '| a | b | c |', 'He said yes | no.']]);
    // Rows with no line of dashes make no table in Markdown, together or apart.
    expect(shape(htmlOf(read('Text.\n\n| Boston | 10 |\n\n| Phila | 8 |\n'))).tables).toBe(0);
  });

  it('reads an HTML table with blank lines between its rows as one table: its later rows ran together as text ("Phila8")', () => {
    const html = 'Text.\n\n<table>\n<tr><th>Team</th><th>W</th><th>L</th></tr>\n\n<tr><td>Boston</td><td>10</td><td>2</td></tr>\n\n<tr><td>Philadelphia</td><td>8</td><td>4</td></tr>\n</table>\n\nMore.\n';
    expect(shape(htmlOf(read(html)))).toEqual({ tables: 1, rows: STANDINGS, paragraphs: ['Text.', 'More.'] });
    const lines = 'Text.\n\n<table>\n<tr>\n<td>Team</td>\n<td>W</td>\n<td>L</td>\n</tr>\n\n<tr>\n<td>Boston</td>\n<td>10</td>\n<td>2</td>\n</tr>\n\n<tr>\n<td>Philadelphia</td>\n<td>8</td>\n<td>4</td>\n</tr>\n\n</table>\n';
    expect(shape(htmlOf(read(lines)))).toEqual({ tables: 1, rows: STANDINGS, paragraphs: ['Text.'] });
    // A paragraph of Markdown after a table never closed is no part of it.
    expect(shape(htmlOf(read('<table>\n<tr><td>Boston</td><td>10</td></tr>\n\nThe end, *said* he.\n'))).paragraphs).toEqual(['The end, said he.']);
  });

  it('is, alone under no title, the problem of a body that is only a table, on its first line', () => {
    const r = readSeed('n.md', new TextEncoder().encode('---\ndate: 2023-11-14\n---\n| Team | W | L |\n|---|---|---|\n\n| Boston | 10 | 2 |\n\n| Philadelphia | 8 | 4 |\n'));
    expect(r.ok ? r.record.title : r.problems.map((p) => [p.line, p.message])).toEqual([[4, 'the article has no title: its body is only a table, and no headline is made from its cells']]);
    const h = readSeed('h.md', new TextEncoder().encode('---\ndate: 2023-11-14\n---\n<table>\n<tr><td>Boston</td><td>10</td></tr>\n\n<tr><td>Phila</td><td>8</td></tr>\n</table>\n'));
    expect(h.ok ? h.record.title : h.problems.map((p) => [p.line, p.message])).toEqual([[4, 'the article has no title: its body is only a table, and no headline is made from its cells']]);
  });
});
