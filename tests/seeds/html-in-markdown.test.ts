// HTML in Markdown seeds: a safe subset (paragraphs, emphasis, links, images, lists, headings)
// becomes Markdown's own markup; every other tag shows as text; template tags of other site
// generators are left out.
import { parseFragment } from 'parse5';
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../src/archive/build.ts';
import { readSeed } from '../../src/seeds/read.ts';
import { expectProblems, expectRecord, htmlOf, unmarked, unmarkedLinks } from './helpers.ts';
import { quickly } from '../helpers/timing.ts';

interface El {
  tag: string;
  attrs: Record<string, string>;
  text: string;
}

type Node = { nodeName: string; tagName?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; value?: string };
const textOf = (n: Node): string => (n.nodeName === '#text' ? (n.value ?? '') : (n.childNodes ?? []).map(textOf).join(''));

/** Every element of an HTML fragment as a browser would parse it. */
function elements(html: string): El[] {
  const out: El[] = [];
  const walk = (n: Node): void => {
    if (n.tagName) out.push({ tag: n.tagName, attrs: Object.fromEntries((n.attrs ?? []).map((a) => [a.name, a.value])), text: textOf(n) });
    for (const c of n.childNodes ?? []) walk(c);
  };
  walk(parseFragment(html) as unknown as Node);
  return out;
}

function read(body: string, front = 'title: Council approves budget') {
  return expectRecord(readSeed('post.md', new TextEncoder().encode(`---\ndate: 2021-03-04\n${front}\n---\n${body}`)));
}

const WORDPRESS = `<!-- wp:paragraph -->
<p>The city council <strong>approved</strong> the budget on <em>Tuesday</em>.</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph -->
<p class="has-text-align-left" style="color:red">It includes <a href="https://example.com/parks" title="Parks plan">new funding</a> for parks &amp; libraries &mdash; a first.</p>
<!-- /wp:paragraph -->

<!-- wp:image -->
<figure class="wp-block-image"><img src="https://example.com/park.jpg" alt="The park" width="640" srcset="x.jpg 2x"><figcaption>The park at dawn.</figcaption></figure>
<!-- /wp:image -->

<h2>What comes next</h2>
<ul><li>A vote in <b>May</b></li><li>Work <del>in June</del> in July</li></ul>
<blockquote><p>We are pleased, said the mayor.</p></blockquote>
<pre><code>budget &lt; 2020 * 1.1</code></pre>
<p>Line one<br>line two, x<sup>2</sup>.</p>`;

describe('a body in HTML, as WordPress exports it', () => {
  const record = read(WORDPRESS);
  const html = htmlOf(record);
  const els = elements(html);
  const tags = els.map((e) => e.tag);

  it('renders as Markdown would: paragraphs, emphasis, links, an image, a heading, lists, a quote, code', () => {
    expect(new Set(tags)).toEqual(new Set(['p', 'strong', 'em', 'a', 'img', 'h2', 'ul', 'li', 'del', 'blockquote', 'pre', 'code', 'br', 'sup']));
    // A superscript stays one: `x2` said something else (QA 30).
    expect(els.find((e) => e.tag === 'sup')?.text).toBe('2');
    expect(els.find((e) => e.tag === 'a')).toMatchObject({ attrs: { href: 'https://example.com/parks', title: 'Parks plan' }, text: 'new funding' });
    expect(els.find((e) => e.tag === 'img')?.attrs).toEqual({ src: 'https://example.com/park.jpg', alt: 'The park' });
    expect(els.find((e) => e.tag === 'h2')?.text).toBe('What comes next');
    expect(els.filter((e) => e.tag === 'li').map((e) => e.text)).toEqual(['A vote in May', 'Work in June in July']);
    expect(els.find((e) => e.tag === 'del')?.text).toBe('in June');
    expect(els.find((e) => e.tag === 'code')?.text).toBe('budget < 2020 * 1.1\n');
    expect(els.find((e) => e.tag === 'blockquote')?.text.trim()).toBe('We are pleased, said the mayor.');
  });

  it('keeps superscripts and subscripts of a line, the text alone where Markdown cannot hold them, and no mark of them anywhere (QA 30)', () => {
    const record = read('<p>E=mc<sup>2</sup>, H<sub>2</sub>O, 5 m<sup>2</sup> and <sup><em>x</em></sup>; <code>a<sup>3</sup></code> <sup><script>alert(1)</script>&lt;b&gt;</sup></p>\n\n![m<sup>2</sup>](https://example.com/m.png)\n\n## Area in m<sup>2</sup>\n\nMore.', '');
    const html = htmlOf(record);
    expect(html).toContain('<p>E=mc<sup>2</sup>, H<sub>2</sub>O, 5 m<sup>2</sup> and <em>x</em>; <code>a3</code> <sup>&lt;b&gt;</sup></p>');
    expect(html).toContain('<h2 id="area-in-m2">Area in m<sup>2</sup></h2>');
    expect(html).not.toMatch(/script|alert/);
    expect(JSON.stringify(record)).not.toMatch(/[\uE014-\uE017]/);
    expect([record.title, record.lede]).toEqual(['Area in m2', 'E=mc2, H2O, 5 m2 and x; a3 <b>']);
  });

  it('shows a lazy-loaded picture as the picture it loads, not its placeholder', () => {
    const els = elements(htmlOf(read([
      '<p>Intro.</p>',
      '<p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-lazy-src="https://example.com/quay.jpg" alt="The quay" class="lazy"></p>',
      '<p><img data-src="https://example.com/map.png" alt=\'Map "A"\'> <img src="https://example.com/real.png" data-src="https://example.com/other.png" alt="Real"></p>',
      '<p><img src="data:image/gif;base64,R0l" data-src="javascript:alert(1)" alt="x"> <img src="" data-src="https://example.com/y.png" onerror="alert(1)"></p>',
    ].join('\n'))));
    // A handler never reaches the page; an unsafe address is no picture.
    expect(els.filter((e) => e.tag === 'img').map((e) => e.attrs)).toEqual([
      { src: 'https://example.com/quay.jpg', alt: 'The quay' },
      { src: 'https://example.com/map.png', alt: 'Map "A"' },
      { src: 'https://example.com/real.png', alt: 'Real' },
      { src: 'https://example.com/y.png', alt: '' },
    ]);
    expect(els.map((e) => e.text).join(' ')).toContain('<img src="data:image/gif;base64,R0l" data-src="javascript:alert(1)" alt="x">');
  });

  it('writes emphasis of a kind that meets in one run (a word struck through in two edits), and kinds that differ apart', () => {
    const cases: [string, string][] = [
      ['<p>x <del>a</del><del>b</del> y</p>', '<p>x <del>ab</del> y</p>'],
      ['<p><del>a</del><s>b</s><strike>c</strike>.</p>', '<p><del>abc</del>.</p>'],
      ['<p>x<i>a</i><em>b</em>y and <b>c</b><strong>d</strong></p>', '<p>x<em>ab</em>y and <strong>cd</strong></p>'],
      ['<p><b>x</b><b> </b><b>y</b> <em>a </em><em>b</em></p>', '<p><strong>x y</strong> <em>a b</em></p>'],
      ['<p><em>a</em><strong>b</strong> <b>x</b><b>c</b></p>', '<p><em>a</em><strong>b</strong> <strong>xc</strong></p>'],
      // Runs with marks inside, and the spans Word and Google Docs wrap them in: one run, as a browser shows them (QA 19, 21).
      ['<p><i><b>Breaking</b></i><i><b>News</b></i> today.</p>', '<p><em><strong>BreakingNews</strong></em> today.</p>'],
      ['<p><i><a href="https://x.org/">x</a></i><i><a href="https://y.org/">y</a></i></p>', '<p><em><a href="https://x.org/">x</a><a href="https://y.org/">y</a></em></p>'],
      ['<p><b>a<br>b</b><b>c</b> <b>a</b><b>b<i>x</i></b></p>', '<p><strong>a<br>bc</strong> <strong>ab<em>x</em></strong></p>'],
      ['<p><span><b>a</b></span><span><b>b</b></span></p>', '<p><strong>ab</strong></p>'],
    ];
    for (const [body, rendered] of cases) expect(htmlOf(read(body)).trim()).toBe(rendered);
  });

  it('keeps no attribute of the seed but a link\'s and an image\'s, and no comment', () => {
    expect(html).not.toMatch(/class="has|style=|srcset|width=|wp:/);
  });

  it('has a lede, a summary and words, as a Markdown body has', () => {
    expect(record.lede).toBe('The city council approved the budget on Tuesday.');
    expect(record.summary).toBe(record.lede);
    const text = textOf(parseFragment(html) as unknown as Node);
    expect(text).toContain('for parks & libraries — a first.');
    expect(text).toContain('x2.');
    expect(record.terms.split(' ')).not.toContain('strong');
  });
});

describe('HTML in a Markdown body', () => {
  it('turns the tags of the subset inside Markdown paragraphs, keeping angle-bracketed words and literal brackets as text', () => {
    const html = htmlOf(read('It was <em>very</em> big for <AAPL>, as 3 < 4 & 5 > 2, and **bold** stays.\n\nAn &lt;b&gt; written out stays text.\n'));
    const els = elements(html);
    expect(els.map((e) => e.tag)).toEqual(['p', 'em', 'strong', 'p']);
    expect(els[0]!.text).toBe('It was very big for <AAPL>, as 3 < 4 & 5 > 2, and bold stays.');
    expect(els[3]!.text).toBe('An <b> written out stays text.');
  });

  it('breaks a line at <br> in a table cell, the one way GFM writes a line break there; a <br> with attributes stays text', () => {
    const html = htmlOf(read('Scores below.\n\n| Team | Notes |\n|------|-------|\n| Boston | first<br>second |\n| Phila | one<BR/>two<br />three |\n| Rome | <br onclick="x()">kept |\n'));
    const cells = [...html.matchAll(/<td>(.*?)<\/td>/g)].map((m) => m[1]);
    expect(cells.slice(0, 5)).toEqual(['Boston', 'first<br>second', 'Phila', 'one<br>two<br>three', 'Rome']);
    // Shown as text: no tag of the seed's with an attribute reaches the page.
    expect(cells[5]).toMatch(/^&#60;br onclick=.*kept$/);
    expect(html).not.toContain('onclick="');
  });

  it('keeps a link around blocks one link, and a picture its image', () => {
    const html = htmlOf(read('<figure><a href="https://example.org/post"><div>Previous post</div></a></figure>\n\n<a href="https://x.org/a"><div><picture><source srcset="a.webp"><img src="https://x.org/a.jpg" alt="Thumb"></picture></div></a>\n\nAn <a href="https://x.org/empty"></a>empty link.\n'));
    const els = elements(html);
    expect(els.filter((e) => e.tag === 'a').map((e) => [e.attrs.href, e.text])).toEqual([['https://example.org/post', 'Previous post'], ['https://x.org/a', '']]);
    expect(els.find((e) => e.tag === 'img')?.attrs).toEqual({ src: 'https://x.org/a.jpg', alt: 'Thumb' });
    expect(textOf(parseFragment(html) as unknown as Node)).not.toMatch(/\[|\]\(|source|srcset/);
  });

  it('never passes text as HTML, even after an inline <code>, <kbd> or <script>, where marked passes it as written', () => {
    for (const body of [
      'Press <kbd>Ctrl. Then <meta/http-equiv="refresh"/content="0;url=//example.org/pwned">\n',
      'Press <KBD>x <img/src="x"/onerror="alert(1)">\n',
      '| a |\n|---|\n| <code>x <img/src="x"/onerror="alert(1)"> |\n',
      'Before <script>x <iframe/src="https://evil.example"> after\n',
    ]) {
      const els = elements(htmlOf(read(body)));
      // An address in the text is linked, as GFM links addresses: an https link, no element of the seed's.
      expect(els.map((e) => e.tag).filter((t) => !['p', 'code', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'a'].includes(t)), body).toEqual([]);
      expect(els.flatMap((e) => Object.keys(e.attrs)).filter((a) => a !== 'tabindex' && a !== 'href'), body).toEqual([]);
      for (const a of els.filter((e) => e.tag === 'a')) expect(a.attrs.href).toMatch(/^https:\/\//);
    }
    const code = elements(htmlOf(read('Type <code>x<y</code> to compare, then <em>press</em> enter.\n')));
    expect(code.map((e) => [e.tag, e.text])).toEqual([['p', 'Type x<y to compare, then press enter.'], ['code', 'x<y'], ['em', 'press']]);
  });

  it('keeps text whole around comments: an empty one (<!-->) ends where HTML ends it, one never closed is text', () => {
    const els = elements(htmlOf(read('<p>Hello <!--> world, this is visible text</p>\n<p>And more <!-- note --> text.</p>\n\nHello <!-- unclosed <p>more</p>\n\n<p>Next <b>para</b></p>\n')));
    expect(els.filter((e) => e.tag === 'p').map((e) => e.text)).toEqual(['Hello world, this is visible text', 'And more text.', 'Hello <!-- unclosed', 'more', 'Next para']);
  });

  it('keeps addresses as written, and tags shown as text in code as they are', () => {
    const els = elements(htmlOf(read('<p>See https://example.com/a_b_c or john_doe@example.com <em>x</em></p>\n\n<p><em>x</em> <code><TICKER></code></p>\n\n<p>1) one <em>x</em></p>\n')));
    expect(els.filter((e) => e.tag === 'a').map((e) => [e.attrs.href, e.text])).toEqual([
      ['https://example.com/a_b_c', 'https://example.com/a_b_c'],
      ['mailto:john_doe@example.com', 'john_doe@example.com'],
    ]);
    expect(els.find((e) => e.tag === 'code')?.text).toBe('<TICKER>');
    expect(els.filter((e) => e.tag === 'p').map((e) => e.text)).toContain('1) one x');
  });

  it('closes a tag left open within its own paragraph', () => {
    const els = elements(htmlOf(read('An <b>unclosed bold\n\nThe next paragraph.\n')));
    expect(els.map((e) => [e.tag, e.text])).toEqual([['p', 'An unclosed bold'], ['strong', 'unclosed bold'], ['p', 'The next paragraph.']]);
  });

  it('makes a disclosure\'s summary and what it hides, and a definition list\'s terms and definitions, paragraphs of their own', () => {
    const html = htmlOf(read('Intro.\n\n<details><summary>More</summary>Hidden text</details>\n\n<dl><dt>Term one</dt><dd>Its meaning.</dd><dt>Term <em>two</em></dt><dd>Another.</dd></dl>'));
    expect(elements(html).filter((e) => e.tag === 'p').map((e) => e.text)).toEqual(['Intro.', 'More', 'Hidden text', 'Term one', 'Its meaning.', 'Term two', 'Another.']);
    expect(elements(html).filter((e) => e.tag === 'strong').map((e) => e.text)).toEqual(['More', 'Term one', 'Term two']);
  });

  it('leaves out scripts, style sheets and event handlers, and shows every other tag as text, beside the subset: unsafe URLs (a link\'s text alone); an iframe of a web page is a link to it', () => {
    const body = [
      '<p>Safe <em>part</em>.</p>',
      '<script>alert(1)</script>',
      '<p onclick="alert(2)">handled</p>',
      '<a href="javascript:alert(3)">js link</a> <a href="  JaVaScRiPt:alert(4)">spaced</a> <img src="data:image/png;base64,AAAA" alt="d">',
      '<img src=x onerror=alert(5)>',
      '<iframe src="https://evil.example/embed"></iframe>',
      '<style>body{display:none}</style>',
    ].join('\n');
    const html = htmlOf(read(body));
    const els = elements(html);
    expect(new Set(els.map((e) => e.tag))).toEqual(new Set(['p', 'em', 'a']));
    expect(els.filter((e) => e.tag === 'a').map((e) => [e.attrs, e.text])).toEqual([[{ href: 'https://evil.example/embed' }, 'https://evil.example/embed']]);
    // The picture without its handler, of no file the site has (`x`): its description (none).
    expect(html).not.toMatch(/<(?:script|iframe|style)\b|\bon\w+=|alert\((?:1|2|5)\)|display:none/i);
    expect(els.filter((e) => e.tag === 'p').map((e) => e.text)).toContain('handled');
    const text = textOf(parseFragment(html) as unknown as Node);
    expect(text).toContain('<img src="data:image/png;base64,AAAA" alt="d">');
    // A link to an address that may not be linked is its text, whole, as a Markdown link's.
    expect(text).toContain('js link spaced');
    expect(text).not.toMatch(/alert\((?:3|4)\)|<\/?a\b/);
  });

  it('makes a video, a sound or an embedded page a link to it: a YouTube or Vimeo player its video\'s page, one beside the post its copy, its handler left out; one of another address, text', () => {
    const body = [
      'Intro.',
      '',
      '<iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ?si=x" title="YouTube video player" allowfullscreen></iframe>',
      '',
      '<figure class="wp-block-embed"><iframe src="//player.vimeo.com/video/12345?title=0"></iframe><figcaption>The speech</figcaption></figure>',
      '',
      '<video controls><source src="https://cdn.example.org/clip.mp4" type="video/mp4"></video> <audio src="https://cdn.example.org/a.mp3"></audio>',
      '',
      '<iframe src="javascript:alert(1)"></iframe> <iframe src="https://x.example/" onload="alert(2)"></iframe> <video src="clip.mp4"></video>',
      '',
      '`<iframe src="https://code.example/">`',
    ].join('\n');
    const html = htmlOf(read(body));
    const links = elements(html).filter((e) => e.tag === 'a').map((e) => [e.attrs.href, e.text]);
    expect(links).toEqual([
      ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
      ['https://vimeo.com/12345', 'https://vimeo.com/12345'],
      ['https://cdn.example.org/clip.mp4', 'https://cdn.example.org/clip.mp4'],
      ['https://cdn.example.org/a.mp3', 'https://cdn.example.org/a.mp3'],
      ['https://x.example/', 'https://x.example/'],
      // A video beside the post: the site's copy of it (see media.ts).
      ['/media/clip.mp4', 'clip.mp4'],
    ]);
    expect(html).not.toMatch(/<(?:iframe|video|audio|source|script)\b|onload/i);
    const text = textOf(parseFragment(html) as unknown as Node);
    expect(text).toContain('The speech');
    for (const shown of ['<iframe src="javascript:alert(1)">', '<iframe src="https://code.example/">']) expect(text).toContain(shown);
  });

  it('puts each embed on a line of its own, follows YouTube playlists, starts and lazy loaders, and shows an address as written', () => {
    const body = [
      'Intro.',
      '',
      '<iframe src="https://www.youtube.com/embed/aaa"></iframe>',
      '',
      '<iframe src="https://www.youtube.com/embed/bbb?list=PL1&start=90"></iframe><iframe src="https://www.youtube.com/embed/videoseries?list=PL2"></iframe>',
      '',
      '<iframe src="about:blank" data-lazy-src="https://www.youtube.com/embed/ccc"></iframe>',
      '',
      '<video src="https://cdn.example.org/uploads/_final_.mp4"></video> <iframe src="https://ok.example/2" src="javascript:alert(1)"></iframe>',
      '',
      '<picture><source src="https://x.org/b.jpg"><img src="https://x.org/a.jpg" alt="A"></picture>',
    ].join('\n');
    const html = htmlOf(read(body));
    expect(elements(html).filter((e) => e.tag === 'a').map((e) => e.attrs.href)).toEqual([
      'https://www.youtube.com/watch?v=aaa',
      'https://www.youtube.com/watch?v=bbb&list=PL1&t=90',
      'https://www.youtube.com/playlist?list=PL2',
      'https://www.youtube.com/watch?v=ccc',
      'https://cdn.example.org/uploads/_final_.mp4',
      'https://ok.example/2',
    ]);
    // Two embeds side by side are two lines; an address's `_` is no emphasis; a picture's source is no video.
    expect(html).toContain('t=90</a><br><a href="https://www.youtube.com/playlist?list=PL2">');
    expect(html).not.toContain('<em>');
    expect(html).not.toContain('x.org/b.jpg');
  });

  it('takes no embed for the lede, title or summary', () => {
    const seed = read('<iframe width="560" src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>\n\n<figure class="kg-card kg-embed-card"><iframe src="https://player.vimeo.com/video/1"></iframe><figcaption>The speech</figcaption></figure>\n\nThe council voted on Tuesday to close the bridge for repairs.\n');
    expect(seed.lede).toBe('The council voted on Tuesday to close the bridge for repairs.');
    expect(seed.summary).toBe(seed.lede);
    // Nor for a title taken from a heading beside it.
    expect(read('# Budget 2024 <iframe src="https://x.org/e"></iframe>\n\nThe council voted.\n', '').title).toBe('Budget 2024');
  });

  it('leaves out scripts never closed, or tags never ended, in linear time', () => {
    for (const body of ['<p>x</p>\n' + '<script>a '.repeat(150_000), '<p>x</p>\n' + '<script '.repeat(200_000), 'Text ' + '<script>x '.repeat(150_000)]) {
      const started = performance.now();
      const record = read(body);
      // Linear: about a second for 1.5 MB; searching for a closing tag from each opening one took minutes.
      expect(performance.now() - started).toBeLessThan(quickly(15_000));
      expect(htmlOf(record)).not.toMatch(/<script/i);
    }
  });

  it('leaves HTML with no tag of the subset as it was, shown as text, but scripts and style sheets, which it leaves out with what they hold', () => {
    const html = htmlOf(read('Before.\n\n<script>alert(1)</script>\n\n<TICKER> rose.\n\n<form action="/x"><input name="q"></form>\n'));
    expect(elements(html).map((e) => e.tag)).toEqual(['p', 'p', 'p']);
    const text = textOf(parseFragment(html) as unknown as Node);
    expect(text).not.toContain('alert(1)');
    expect(text).toContain('<TICKER> rose.');
    expect(text).toContain('<form action="/x"><input name="q"></form>');
  });

  it('leaves out an embedded post\'s loader, a script over lines, and one inside a paragraph, keeping the rest (QA 25)', () => {
    const html = htmlOf(read([
      'Officials said <a href="https://example.com/s" onclick="ga(\'send\', \'event\');">hundreds of messages</a> arrived.',
      '',
      '<blockquote class="twitter-tweet"><p lang="en">We are open.</p>&mdash; City (@city) <a href="https://twitter.com/city/status/1">September 12, 2018</a></blockquote>',
      '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>',
      '',
      'Inline <script>alert(1)</script> gone, <STYLE type="text/css">p{}</STYLE> too.',
      '',
      '<script>', 'var x = 1;', '', 'var y = "</scrip";', '</script >',
      '',
      'End <script src="x.js">never closed',
    ].join('\n')));
    const els = elements(html);
    expect(els.filter((e) => e.tag === 'a').map((e) => [e.attrs, e.text])).toEqual([
      [{ href: 'https://example.com/s' }, 'hundreds of messages'],
      [{ href: 'https://twitter.com/city/status/1' }, 'September 12, 2018'],
    ]);
    expect(els.filter((e) => e.tag === 'p').map((e) => e.text)).toEqual([
      'Officials said hundreds of messages arrived.', 'We are open.', '— City (@city) September 12, 2018', 'Inline  gone,  too.', 'End never closed',
    ]);
    expect(html).not.toMatch(/script|widgets|var [xy]|p\{\}|onclick|ga\(/i);
  });

  it('takes an opening HTML heading as the title, and a dateline from the first HTML paragraph', () => {
    const record = read('<h1>Talks end in Geneva</h1>\n<p>GENEVA, November 14. /TASS/. The talks ended on Tuesday.</p>\n', 'lang: en');
    expect(record.title).toBe('Talks end in Geneva');
    expect(record.source).toBe('TASS');
    expect(record.lede).toBe('The talks ended on Tuesday.');
  });

  it('shows elements nested too deep for an article as text, quickly, without refusing the seed', () => {
    const started = performance.now();
    const record = read(`<p>Hi</p>${'<div>'.repeat(20_000)}x${'</div>'.repeat(20_000)}`);
    expect(performance.now() - started).toBeLessThan(quickly(10_000));
    expect(elements(htmlOf(record)).every((e) => e.tag === 'p')).toBe(true);
  });
});

describe('template tags of other site generators', () => {
  it('leaves out lines of nothing but template tags it does not know, keeping the text between them and tags inside sentences', () => {
    const record = read('{% include ad.html %}\n{{ page.date }}\n\nThe storm hit, see {{< unknown "x.md" >}} for more.\n\n{{% notice info %}}\nPower is back.\n{{% /notice %}}\n');
    expect(record.lede).toBe('The storm hit, see {{< unknown "x.md" >}} for more.');
    const els = elements(htmlOf(record));
    expect(els.map((e) => e.text)).toEqual(['The storm hit, see {{< unknown "x.md" >}} for more.', 'Power is back.']);
    // A ref in a sentence is a link to the page (see tests/archive/seed-links.test.ts): its file's name is its text.
    expect(read('The storm hit, see {{< ref "x.md" >}} for more.\n').lede).toBe('The storm hit, see x.md for more.');
  });

  it('turns the shortcodes it knows into what they showed: figures, captions, embeds, code', () => {
    const record = read([
      '[caption id="attachment_12" align="alignnone" width="300"]<img src="https://ex.org/a.jpg" alt="Crowd" /> The crowd on Saturday.[/caption]',
      '',
      'The storm hit the coast.',
      '',
      '{{< figure src="/images/flood.jpg" alt="Flooded street" caption="Main Street on Friday" >}}',
      '',
      '{{< youtube w7Ejx4HyIp0 >}}',
      '',
      '{{< tweet user="SanDiegoZoo" id="1453110110599868418" >}}',
      '',
      '[embed]https://twitter.com/x/status/1[/embed]',
      '',
      '[gallery ids="1,2,3"]',
      '',
      '{% highlight ruby %}',
      'puts "{{ y }}"',
      '{% endhighlight %}',
      '',
      'Text with {% raw %}{{ braces }}{% endraw %} inside.',
      '',
      '```',
      '{{< figure src="kept" >}}',
      '```',
      '',
      '{{< youtube "x/../y?z" >}}',
      '',
    ].join('\n'));
    // A caption is no lede.
    expect(record.lede).toBe('The storm hit the coast.');
    const els = elements(htmlOf(record));
    expect(els.filter((e) => e.tag === 'img').map((e) => e.attrs)).toEqual([{ src: 'https://ex.org/a.jpg', alt: 'Crowd' }, { src: '/images/flood.jpg', alt: 'Flooded street' }]);
    const paragraphs = els.filter((e) => e.tag === 'p').map((e) => e.text.trim());
    expect(paragraphs).toContain('The crowd on Saturday.');
    expect(paragraphs).toContain('Main Street on Friday');
    expect(paragraphs).toContain('Text with {{ braces }} inside.');
    expect(els.filter((e) => e.tag === 'a').map((e) => e.attrs.href)).toEqual([
      'https://www.youtube.com/watch?v=w7Ejx4HyIp0',
      'https://x.com/SanDiegoZoo/status/1453110110599868418',
      'https://twitter.com/x/status/1',
    ]);
    expect(els.filter((e) => e.tag === 'code').map((e) => [e.attrs.class, e.text])).toEqual([
      ['language-ruby', 'puts "{{ y }}"\n'],
      [undefined, '{{< figure src="kept" >}}\n'],
    ]);
    expect(paragraphs.join(' ')).not.toMatch(/gallery|caption|embed/);
    // An id that could leave its URL makes no embed (the links above are all there are): its line of a tag is left out.
    expect(paragraphs.join(' ')).not.toMatch(/\{\{< youtube|\.\.\//);
  });

  it('reads a shortcode written over lines as one, a figure\'s caption as Markdown and its link, and leaves out paired shortcodes\' closing tags (QA 25)', () => {
    const overRecord = read('Intro text here.\n\n{{< figure\n  src="https://example.com/lh2.jpg"\n  alt="Lamp room"\n  caption="Restored by *volunteers*, see [the trust](https://example.org)"\n>}}\n\nAfter the figure.\n\n![late](late.png)\n');
    const over = htmlOf(overRecord);
    // Lines keep their numbers: the picture after it is on the file's 15th.
    expect(overRecord.media).toEqual([{ file: 'late.png', line: 15 }]);
    expect(over).toContain('<p><img src="https://example.com/lh2.jpg" alt="Lamp room"> Restored by <em>volunteers</em>, see <a href="https://example.org">the trust</a></p>\n<p>After the figure.</p>');
    const paired = htmlOf(read('Intro text here.\n\n{{< gallery >}}\n{{< figure src="https://example.com/b.jpg" title="Council chamber" alt="B" link="https://example.com/b-full.jpg" >}}\n{{< /gallery >}}\n\n1. one\n2. two\n{{< /details >}}\n\nText {{% /notice %}} end.\n'));
    expect(paired).toContain('<p><a href="https://example.com/b-full.jpg"><img src="https://example.com/b.jpg" alt="B"></a> <strong>Council chamber</strong></p>');
    expect(paired).toContain('<li>two</li>\n</ol>');
    expect(paired).toContain('<p>Text  end.</p>');
    expect(paired).not.toMatch(/\{\{|\}\}/);
    // A tag never closed within a few lines, or before a blank line, is text as written.
    expect(htmlOf(read('Intro text here.\n\n{{< figure src="x.png"\n\nNext paragraph.\n'))).toContain('{{&lt; figure src=&quot;x.png&quot;');
  });

  it('reads the Liquid tags of Jekyll\'s plugins and themes that embed a video, a gist or a picture as a link or the picture (QA 25)', () => {
    const html = htmlOf(read([
      'Intro text here.', '', '{% youtube dQw4w9WgXcQ %}', '', '{% include youtube.html id="abc123" %}', '',
      '{% include image.html url="https://example.com/podium.jpg" description="The podium" %}', '', '{% gist octocat/89abc %} and {{< gist spf13 7896402 >}}', '',
      '{% include figure image_path="https://example.com/x.jpg" alt="X" caption="The **x**" %}', '', '{% twitter https://twitter.com/jekyllrb/status/123456 %}', '',
      '{% include footer.html %}', '', '{% youtube "><script> %}', '', 'End.',
    ].join('\n')));
    const els = elements(html);
    expect(els.filter((e) => e.tag === 'a').map((e) => e.attrs.href)).toEqual([
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'https://www.youtube.com/watch?v=abc123', 'https://gist.github.com/octocat/89abc',
      'https://gist.github.com/spf13/7896402', 'https://twitter.com/jekyllrb/status/123456',
    ]);
    expect(els.filter((e) => e.tag === 'img').map((e) => e.attrs)).toEqual([{ src: 'https://example.com/podium.jpg', alt: '' }, { src: 'https://example.com/x.jpg', alt: 'X' }]);
    expect(html).toContain('alt=""> The podium</p>');
    expect(html).toContain('alt="X"> The <strong>x</strong></p>');
    expect(html).not.toMatch(/footer|<script/);
  });

  it('reads Jekyll\'s site address before a path as the path from the root, and leaves it in a sentence or code', () => {
    const record = read([
      'Intro.',
      '',
      "![A]({{ site.baseurl }}/assets/a.png) ![B]({{site.url}}{{site.baseurl}}/b.png) [C]({{ '/docs/c.pdf' | relative_url }}) [D]({{ \"d.pdf\" | absolute_url }}) [E]({{ '/e.pdf' | prepend: site.baseurl }})",
      '',
      'Visit {{ site.url }} today, or `{{ site.baseurl }}/x.png`.',
    ].join('\n'));
    const els = elements(htmlOf(record));
    expect(els.filter((e) => e.tag === 'img').map((e) => e.attrs.src)).toEqual(['/assets/a.png', '/b.png']);
    expect(els.filter((e) => e.tag === 'a').map((e) => e.attrs.href)).toEqual(['/docs/c.pdf', '/d.pdf', '/e.pdf']);
    expect(els.filter((e) => e.tag === 'p').at(-1)?.text).toBe('Visit {{ site.url }} today, or {{ site.baseurl }}/x.png.');
    // Links to other posts, Jekyll's by their files' names and Hugo's by their paths, to a stand-in
    // marked with the body's own mark; each is noted, for the archive to resolve once every seed
    // has its URL (see tests/archive/seed-links.test.ts). In a sentence, post_url is the URL its
    // name gives the post here.
    const linking = read('Intro.\n\nSee [the agenda]({% post_url 2019-02-20-agenda %}), [the vote]({% link _posts/2019-02-21-Council-Vote.md %}) and [the storm]({{< ref "storm-hits.md" >}}).\n');
    const posts = elements(unmarked(htmlOf(linking)));
    expect(posts.filter((e) => e.tag === 'a').map((e) => e.attrs.href)).toEqual(['#seed-link-0', '#seed-link-1', '#seed-link-2']);
    expect(posts.filter((e) => e.tag === 'p').at(-1)?.text).toBe('See the agenda, the vote and the storm.');
    expect(htmlOf(read('Intro.\n\nThe agenda is at {% post_url 2019-02-20-agenda %} now.\n'))).toContain('The agenda is at /2019/02/20/agenda/ now.');
    expect(htmlOf(linking)).toMatch(/href="#seed-link-[0-9a-f]{8}-0"/);
    expect(unmarkedLinks(linking.seedLinks)).toEqual([
      { kind: 'post', target: '2019-02-20-agenda', href: '#seed-link-0', line: 7 },
      { kind: 'post', target: '2019-02-21-Council-Vote', href: '#seed-link-1', line: 7 },
      { kind: 'ref', target: 'storm-hits.md', href: '#seed-link-2', line: 7 },
    ]);
    expect(record.seedLinks).toBeUndefined();
    // Ghost's stand-in for its address, in Markdown and in HTML.
    const ghost = elements(htmlOf(read('Intro.\n\n![Vote](__GHOST_URL__/content/images/2021/05/vote.jpg) [budget](__GHOST_URL__/budget-2019/)\n\n<figure><img src="__GHOST_URL__/content/images/b.png" alt="B"></figure>\n')));
    expect(ghost.filter((e) => e.tag === 'img').map((e) => e.attrs.src)).toEqual(['/content/images/2021/05/vote.jpg', '/content/images/b.png']);
    expect(ghost.filter((e) => e.tag === 'a').map((e) => e.attrs.href)).toEqual(['/budget-2019/']);
    // Each names a file of the seeds folder from its root (see "Pictures and files beside the posts").
    expect(record.media).toEqual([
      { file: 'assets/a.png', line: 7, rooted: true }, { file: 'b.png', line: 7, rooted: true }, { file: 'docs/c.pdf', line: 7, rooted: true },
      { file: 'd.pdf', line: 7, rooted: true }, { file: 'e.pdf', line: 7, rooted: true },
    ]);
  });

  it('leaves out Obsidian\'s comments and kramdown\'s attribute lists, and reads Hugo\'s highlight as code', () => {
    const record = read([
      '## Results {#results}', '', 'Intro para.', '{: .lead}', '', '* TOC', '{:toc}', '',
      '%%', 'a private note', '%%', '', 'Visible %%inline secret%% text.', '', '%% start of a note', 'secret two %%', '',
      '> Quote here.', '{: .pull-quote}', '', '{{< highlight go "linenos=table" >}}', 'func main() {}', '{{< /highlight >}}', '',
      'Prices rose 5%% today.', '', '```', '%%', 'kept in code', '%%', '```', '', '%% never closed', 'still text',
    ].join('\n'));
    const html = htmlOf(record);
    expect(html).not.toMatch(/private|secret|\{:|TOC|\{#/);
    const els = elements(html);
    expect(els.find((e) => e.tag === 'h2')?.text).toBe('Results');
    // Its id is kept, for the links to it (QA 30).
    expect(els.find((e) => e.tag === 'h2')?.attrs.id).toBe('results');
    expect(els.filter((e) => e.tag === 'code').map((e) => [e.attrs.class, e.text])).toEqual([['language-go', 'func main() {}\n'], [undefined, '%%\nkept in code\n%%\n']]);
    expect(els.filter((e) => e.tag === 'p').map((e) => e.text)).toEqual(['Intro para.', 'Visible  text.', 'Quote here.', 'Prices rose 5%% today.', '%% never closed\nstill text']);
  });

  it('gives each heading an id, its own or one from its words as GitHub makes them, once on the page, so that links to it lead there (QA 30)', () => {
    const record = read([
      'Intro para, see [the results](#results) and [the vote](#vote-count).', '',
      '## Results {#results .wide}', '', 'a', '', '## Results', '', 'b', '', '## Results', '', 'c', '',
      '### Vote **count**: 51–49? {#vote-count}', '', 'd', '', '## What comes next?', '', 'e', '', '## Zürich 2023', '', 'f', '',
      '## Main', '', 'g', '', '## fn-1', '', 'h', '', '## Odd id {#"><script>}', '', 'i', '', '## !!!', '', 'j', '', '## Notes[^1]', '', 'k[^1]', '', '[^1]: A note.',
    ].join('\n'));
    const els = elements(htmlOf(record));
    const headings = els.filter((e) => /^h\d$/.test(e.tag)).map((e) => [e.attrs.id, e.text]);
    expect(headings).toEqual([
      ['results', 'Results'], ['results-1', 'Results'], ['results-2', 'Results'], ['vote-count', 'Vote count: 51–49?'], ['what-comes-next', 'What comes next?'],
      ['zürich-2023', 'Zürich 2023'], ['main-1', 'Main'], ['h-fn-1', 'fn-1'], ['odd-id', 'Odd id'], [undefined, '!!!'],
      ['notes', 'Notes[1]'], ['footnotes-heading', 'Notes'],
    ]);
    // No id's mark reaches the text that is read, searched or shown as the title.
    expect(JSON.stringify(record)).not.toMatch(/[\uE010-\uE013]/);
    expect(read('## Budget {#budget}\n\nThe budget passed.', '').title).toBe('Budget');
  });

  it('reads Obsidian\'s callouts, highlights, block ids and heading links, and WordPress plugins\' tags, as what they show', () => {
    const html = htmlOf(read([
      'Intro para.', '', "> [!note] Editor's note", '> The vote was close.', '', '> [!warning]', '> Careful.', '', '> [!tip] Only a title', '',
      'The ==vote== passed. ^a1b2c3', '', 'See [[#Results]] and [[Budget|the budget]].', '', '*[HTML]: HyperText Markup Language', '',
      '[pullquote]Stay safe.[/pullquote] [contact-form-7 id="12" title="Contact"] [youtube https://www.youtube.com/watch?v=abc]', '',
      'x == y == z and a==b, `==code==`', '',
    ].join('\n')));
    expect(html).toContain('<blockquote>\n<p><strong>Editor&#39;s note</strong><br>The vote was close.</p>\n</blockquote>');
    expect(html).toContain('<p><strong>Warning</strong><br>Careful.</p>');
    expect(html).toContain('<p><strong>Only a title</strong></p>');
    // A link to another note, to its article once the archive has resolved it (see tests/archive/seed-links.test.ts).
    expect(unmarked(html)).toContain('<p>The vote passed.</p>\n<p>See Results and <a href="#seed-link-0">the budget</a>.</p>');
    expect(html).toContain('<p>Stay safe.  <a href="https://www.youtube.com/watch?v=abc">https://www.youtube.com/watch?v=abc</a></p>');
    expect(html).toContain('<p>x == y == z and a==b, <code>==code==</code></p>');
    expect(html).not.toMatch(/HyperText|contact-form|\[!/);
  });

  it('reads a highlight in a body of no other marks, and ends a comment over lines only at its own %% (QA 21)', () => {
    expect(htmlOf(read('The ==vote== passed. ^a1b2c3\n'))).toBe('<p>The vote passed.</p>\n');
    const html = htmlOf(read('Intro.\n\n%% opening\nrose to 5%%\nsecret note\n%%\n\nAfter.\n'));
    expect(html).toBe('<p>Intro.</p>\n<p>After.</p>\n');
  });

  it('leaves text that only looks like those marks as written (QA 19)', () => {
    const html = htmlOf(read([
      'Intro.', '', '*[Correction]: An earlier version misstated the vote count.*', '', 'Interest rose 5%% in May and 7%% in June.', '',
      'Run x==y and a==b, see ?a==b==c.', '', 'Clojure: {:name "x"}', '', '> Quoted words', '> [!note] on a later line', '', '> [!quote] C:\\Users\\', '> Text.',
    ].join('\n')));
    expect(html).toContain('<p><em>[Correction]: An earlier version misstated the vote count.</em></p>');
    expect(html).toContain('Interest rose 5%% in May and 7%% in June.');
    expect(html).toContain('Run x==y and a==b, see ?a==b==c.');
    expect(html).toContain('Clojure: {:name &quot;x&quot;}');
    expect(html).toContain('Quoted words\n[!note] on a later line');
    expect(html).toContain('<strong>C:\\Users</strong><br>Text.');
  });

  it('shows a figure whose image URL is not safe as text, as any such tag', () => {
    const html = htmlOf(read('Intro.\n\n{{< figure src="javascript:alert(1)" >}}\n'));
    expect(html).not.toMatch(/<img|<a /);
  });

  it('keeps them in code, where they are the article\'s text', () => {
    const html = htmlOf(read('Intro.\n\n```\n{{< figure src="a" >}}\n```\n'));
    expect(elements(html).find((e) => e.tag === 'code')?.text).toBe('{{< figure src="a" >}}\n');
  });

  it('reads a body of nothing but template tags as a body of no text', () => {
    const [problem] = expectProblems(readSeed('post.md', new TextEncoder().encode('---\ndate: 2021-03-04\n---\n{{< unknown abc >}}\n{% include ad.html %}\n')));
    expect(problem!.message).toMatch(/title|text/);
  });
});

describe('a seed with private-use characters', () => {
  it('keeps them, written or as references, and never mistakes them for the reader\'s own marks', () => {
    for (const marks of ['\uE0000\uE001', '&#xE000;9&#xE001;', '&#xE000;0&#xE001;']) {
      const html = htmlOf(read(`Marks ${marks} and <em>stress</em> <x-y>.\n`));
      const els = elements(html);
      expect(els.map((e) => e.tag)).toEqual(['p', 'em']);
      expect(els[0]!.text.replace(/\s+$/, '')).toMatch(/^Marks \uE000[09]\uE001 and stress <x-y>\.$/);
    }
  });
});

describe('front matter text written as HTML, as exports write it', () => {
  it('is the text a reader saw: references decoded, tags of the subset left out, any other tag kept as text', () => {
    const record = expectRecord(readSeed('post.md', new TextEncoder().encode([
      '---',
      'title: "City Council Approves &#8220;Green Corridor&#8221; Plan"',
      'date: 2017-11-14',
      'excerpt: "<p>A <strong>bold</strong> plan &amp; a vote.</p><p>Second part.</p>"',
      'source: "Daily &amp; Sunday <em>Herald</em>"',
      'categories: ["Arts &amp; Culture", "<b>City</b>"]',
      'author: "Jane O&#8217;Brien"',
      '---',
      'The council voted.',
      '',
    ].join('\n'))));
    expect(record.title).toBe('City Council Approves “Green Corridor” Plan');
    expect(record.summary).toBe('A bold plan & a vote. Second part.');
    expect(record.source).toBe('Daily & Sunday Herald');
    expect(record.topics.map((t) => t.name)).toEqual(['Arts & Culture', 'City']);
    expect(record.authors).toEqual(['Jane O’Brien']);
    expect(buildArchive([record]).archive.articles[0]!.slug).toBe('city-council-approves-green-corridor-plan');
    const hostile = expectRecord(readSeed('h.md', new TextEncoder().encode('---\ntitle: "A </title><script>alert(1)</script> <em>test</em>"\ndate: 2017-11-14\n---\nText.\n')));
    expect(hostile.title).toBe('A </title><script>alert(1)</script> test');
  });
});

describe('a teaser ended by <!--more-->, as WordPress and Hugo end one', () => {
  it('is the summary: its paragraphs, the lede without its dateline first, unless front matter gives one', () => {
    const body = 'GENEVA, November 14. /TASS/. The talks resumed on Tuesday.\n\n![Delegates](https://ex.org/d.jpg) Delegates arrive.\n\n<p>Both sides <em>welcomed</em> the move.</p>\n\n<!--more-->\n\nThe rest of the story.\n';
    const record = read(body);
    expect(record.lede).toBe('The talks resumed on Tuesday.');
    expect(record.summary).toBe('The talks resumed on Tuesday. Both sides welcomed the move.');
    expect(read(body, 'title: T\nsummary: Given.').summary).toBe('Given.');
    // A teaser of the lede alone, or none: the lede.
    expect(read('First.\n\n<!--more-->\n\nSecond.\n').summary).toBe('First.');
    expect(read('First.\n\nSecond.\n').summary).toBe('First.');
    // In code, it is the article's text.
    expect(read('First.\n\n```\n<!--more-->\n```\n\nSecond.\n').summary).toBe('First.');
  });
});

describe('a body as other tools write one', () => {
  it('reads no wiki link inside an HTML tag or code span (QA 26)', () => {
    const record = read('Intro.\n\nCode <code>[[Note]]</code> and <a href="https://example.com/[[target]]">x</a> and [[Real]].\n');
    expect(unmarked(htmlOf(record))).toContain('Code <code>[[Note]]</code> and <a href="https://example.com/%5B%5Btarget%5D%5D">x</a> and <a href="#seed-link-0">Real</a>.');
    expect(unmarkedLinks(record.seedLinks)).toEqual([{ kind: 'wiki', target: 'Real', href: '#seed-link-0', line: 7 }]);
  });

  it('leaves out the marks that end wire copy, as in a text seed: on a line of their own, or run on after the last sentence (QA 25)', () => {
    expect(htmlOf(read('Output rose 1 percent. Enditem\n'))).toBe('<p>Output rose 1 percent.</p>\n');
    expect(htmlOf(read('First paragraph here.\n\nOutput rose 1 percent.\n\n-30-\n'))).toBe('<p>First paragraph here.</p>\n<p>Output rose 1 percent.</p>\n');
    expect(htmlOf(read('第一段。\n\n产量增长1%。（完）\n'))).toBe('<p>第一段。</p>\n<p>产量增长1%。</p>\n');
    expect(htmlOf(read('First paragraph.\n\nSecond.\n\n（完）\n\n###\n'))).toBe('<p>First paragraph.</p>\n<p>Second.</p>\n');
    expect(htmlOf(read('Last words with **bold**. Enditem\n'))).toBe('<p>Last words with <strong>bold</strong>.</p>\n');
    // A body of nothing else is no story, as a text seed's (QA 37; see endings.test.ts); a mark inside the story is its words.
    expect(readSeed('a.md', new TextEncoder().encode('---\ntitle: Council approves budget\ndate: 2023-05-04\n---\nEnditem\n'))).toMatchObject({ ok: false, problems: [{ line: 5, message: 'the article has a headline but no text: its body is only an end mark ("Enditem")' }] });
    expect(htmlOf(read('The word Enditem ends Xinhua copy.\n\nMore.\n'))).toBe('<p>The word Enditem ends Xinhua copy.</p>\n<p>More.</p>\n');
  });

  it('shows a heading that repeats the title once, as the title', () => {
    const record = read('# Council Approves Budget.\n\nThe council voted.\n');
    expect(htmlOf(record)).toBe('<p>The council voted.</p>\n');
    expect(htmlOf(read('# Another heading\n\nThe council voted.\n'))).toMatch(/^<h2 id="another-heading">Another heading<\/h2>/);
    // WordPress curls the title's quotes and dashes, not the body's (QA 25).
    expect(htmlOf(read('# Zoo\'s new enclosure opens -- "at last"\n\nThe zoo opened.\n', 'title: "Zoo’s new enclosure opens -- “at last”"'))).toBe('<p>The zoo opened.</p>\n');
    expect(htmlOf(read('# Zoo\'s new enclosure opens\n\nThe zoo opened.\n', 'title: "Zoo’s new enclosures open"'))).toMatch(/^<h2 id="zoos-new-enclosure-opens">/);
  });

  it('takes a byline that opens the body for the authors, not the lede; with authors in front matter, it stays', () => {
    const record = read('<p><strong>By Jane Doe</strong><br><em>Staff Writer</em></p>\n\nThe council voted on Tuesday.\n');
    expect([record.authors, record.lede, htmlOf(record)]).toEqual([['Jane Doe'], 'The council voted on Tuesday.', '<p>The council voted on Tuesday.</p>\n']);
    expect(read('By Jane Roe and John Smith\n\nThe council voted.\n').authors).toEqual(['Jane Roe', 'John Smith']);
    const given = read('By Jane Roe\n\nThe council voted.\n', 'title: T\nauthor: Ann Lee');
    expect([given.authors, given.lede]).toEqual([['Ann Lee'], 'The council voted.']);
    expect(htmlOf(given)).toMatch(/^<p>By Jane Roe<\/p>/);
    // A sentence that opens with "By" is no byline.
    expect(read('By the time the talks resumed, nobody was left.\n').authors).toEqual([]);
  });

  it('shows wiki links as their text, and leaves out embedded notes', () => {
    const record = read('The [[Parliament]] passed [[Budget 2022|the budget]] after [[Votes#Tuesday]] on Tuesday. ![[chart.png]]\n');
    expect(record.lede).toBe('The Parliament passed the budget after Votes on Tuesday.');
  });
});

describe('QA round 11', () => {
  it('keeps code spans, indented code and <pre> as written, whatever shortcodes or wiki links they hold', () => {
    const html = htmlOf(read('Select with `df[[\'price\',\'volume\']]` and [[Parliament]].\n\n    indented [[code]] {{< youtube abc >}}\n\n<pre><code>\n[[kept]] {% raw %}\n</code></pre>\n\nAfter `[caption id="1"]` and `{% raw %}`.\n'));
    const codes = elements(html).filter((e) => e.tag === 'code').map((e) => e.text.trim());
    expect(codes).toEqual(["df[['price','volume']]", 'indented [[code]] {{< youtube abc >}}', '[[kept]] {% raw %}', '[caption id="1"]', '{% raw %}']);
    expect(elements(html)[0]!.text).toMatch(/and Parliament\.$/);
  });

  it('keeps [Caption: …] and [Gallery …] in a sentence, and a > that opens an HTML paragraph', () => {
    expect(read('The photo [Caption: Protesters outside parliament] was taken by AP.\n').lede).toBe('The photo [Caption: Protesters outside parliament] was taken by AP.');
    const r = read('<p>>50 people were <b>hurt</b> on Monday.</p>\n');
    expect(r.lede).toBe('>50 people were hurt on Monday.');
    expect(elements(htmlOf(r))[0]!.text).toBe('>50 people were hurt on Monday.');
  });

  it('takes no "By The Numbers" for a byline, and drops links without a scheme to another site', () => {
    const r = read('By The Numbers\n\nThe budget grew [here](//evil.example/x).\n');
    // A section's label above the story is no lede either.
    expect([r.authors, r.lede]).toEqual([[], 'The budget grew here.']);
    expect(htmlOf(r)).not.toMatch(/evil/);
  });
});

describe('HTML tables', () => {
  it('become GFM tables: the first row the header when there is none, a line break in a cell a space', () => {
    const html = htmlOf(read('<figure class="wp-block-table"><table><colgroup><col></colgroup><tbody><tr><td>Candidate</td><td>Votes</td></tr><tr><td>Ann <b>Lee</b></td><td>1,204<br>(final)</td></tr></tbody></table><figcaption>Final count</figcaption></figure>\n\nAfter.\n'));
    const els = elements(html);
    expect(els.filter((e) => e.tag === 'th').map((e) => e.text)).toEqual(['Candidate', 'Votes']);
    expect(els.filter((e) => e.tag === 'td').map((e) => e.text.replace(/\s+/g, ' '))).toEqual(['Ann Lee', '1,204 (final)']);
    expect(els.filter((e) => e.tag === 'p').map((e) => e.text)).toEqual(['Final count', 'After.']);
  });

  it('holding lists, headings, quotes, rules or code blocks in their cells, become GFM tables of their text: they were shown as their HTML, tags and all (QA 40)', () => {
    const table = [
      '<table class="standings">',
      '<tr><th>Team</th><th>Notes</th></tr>',
      '<tr><td>Boston</td><td><ul onclick="alert(1)"><li>won at home</li><li>lost away.</li><li>drew</li></ul></td></tr>',
      '<tr><td><h3>Philadelphia</h3></td><td>Games: <ol start="3"><li>third</li><li>fourth</li></ol> in all</td></tr>',
      '<tr><td><blockquote>We will be back</blockquote></td><td>x<hr>y</td></tr>',
      '<tr><td><pre><code>W-L 8-4</code></pre></td><td><ul><li>a <em>close</em> one</li><li><script>alert(2)</script>b</li></ul></td></tr>',
      '</table>',
    ].join('\n');
    const r = read(`The standings after Sunday's games:\n\n${table}\n\nMore games on Tuesday.\n`);
    const html = htmlOf(r);
    // No tag of the seed's reaches the reader, as a tag or as its text.
    expect(html).not.toMatch(/&#60;|&lt;|onclick|script|alert|joplin|class=/);
    const els = elements(html);
    expect(els.map((e) => e.tag).filter((t) => !['p', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'strong', 'em', 'code'].includes(t))).toEqual([]);
    expect(els.filter((e) => e.tag === 'th').map((e) => e.text)).toEqual(['Team', 'Notes']);
    expect(els.filter((e) => e.tag === 'td').map((e) => e.text.replace(/\s+/g, ' ').trim())).toEqual([
      'Boston', 'won at home; lost away. drew',
      'Philadelphia', 'Games: 3. third; 4. fourth in all',
      'We will be back', 'x y',
      'W-L 8-4', 'a close one; b',
    ]);
    // A heading in a cell is in bold, its code is code.
    expect(els.filter((e) => e.tag === 'strong').map((e) => e.text)).toEqual(['Philadelphia']);
    expect(els.filter((e) => e.tag === 'code').map((e) => e.text)).toEqual(['W-L 8-4']);
    expect(els.filter((e) => e.tag === 'p').map((e) => e.text)).toEqual(["The standings after Sunday's games:", 'More games on Tuesday.']);
    // In a WordPress figure too.
    const figure = htmlOf(read('Results:\n\n<figure class="wp-block-table"><table><tr><td><h2>East</h2></td><td><ul><li>Boston</li><li>Phila</li></ul></td></tr><tr><td>West</td><td>Denver</td></tr></table></figure>\n'));
    expect(figure).not.toMatch(/&#60;|&lt;/);
    expect(elements(figure).filter((e) => e.tag === 'td').map((e) => e.text.trim())).toEqual(['West', 'Denver']);
    expect(elements(figure).filter((e) => e.tag === 'th').map((e) => e.text.trim())).toEqual(['East', 'Boston; Phila']);
  });

  it('show a cell with a handler as text, as any such tag', () => {
    const html = htmlOf(read('<table><tr><td onclick="alert(1)">x</td></tr></table>\n'));
    expect(html).not.toMatch(/<td onclick|<table/);
  });
});

