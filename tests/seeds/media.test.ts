// Which image addresses of a Markdown seed name a picture of the seeds folder (src/seeds/media.ts),
// and what the reader makes of them.
import { describe, expect, it } from 'vitest';
import { isImageFile, isMediaFile, localImage, localMedia, maxBytes, MAX_DOCUMENT_BYTES, MAX_IMAGE_BYTES, mediaName, mediaOutputPath, mediaRefUrl, mediaUrl, rootedImage, rootedMedia } from '../../src/seeds/media.ts';
import { MAX_MEDIA } from '../../src/seeds/markdown.ts';
import { placeArticles } from '../../src/archive/build.ts';
import { readSeed } from '../../src/seeds/read.ts';
import { unmarked, unmarkedLinks } from './helpers.ts';
import { quickly } from '../helpers/timing.ts';

describe('localImage', () => {
  it('resolves a relative address from the seed\'s folder, decoded, without its query or fragment', () => {
    expect(localImage('posts/harbour/index.md', 'photo.jpg')).toBe('posts/harbour/photo.jpg');
    expect(localImage('posts/harbour/index.md', './img/Quay%20at%20Dawn.JPG?w=300#x')).toBe('posts/harbour/img/Quay at Dawn.JPG');
    expect(localImage('posts/harbour/index.md', '../../assets/chart.webp')).toBe('assets/chart.webp');
    expect(localImage('a.md', 'Café.png')).toBe('Café.png');
  });

  it('takes no address with a scheme, from the root, that leaves the folder, hides, or is no picture a page may show', () => {
    for (const src of [
      'https://example.org/a.jpg', 'data:image/png;base64,AAAA', '//cdn.example/a.jpg', '/assets/a.jpg', '#top',
      '../a.jpg', 'x/../../a.jpg', '../../../etc/passwd.png', '%2e%2e/a.png', 'x/%2e%2e/%2e%2e/a.png', '.hidden/a.png', 'a/.git/b.png',
      'a.svg', 'a.pdf', 'a', '', 'a\\..\\b.png', 'a%5C..%5Cb.png', 'bad%zz.png', 'a%00.png', 'C:\\x.png',
    ]) {
      expect(localImage('p.md', src), src).toBeNull();
    }
  });

  it('gives the picture a percent-encoded URL under /media/ and an output path of its own name', () => {
    expect(mediaUrl('posts/harbour/Quay at Dawn #1.JPG')).toBe('/media/posts/harbour/Quay%20at%20Dawn%20%231.JPG');
    expect(mediaOutputPath({ file: 'posts/harbour/Quay at Dawn #1.JPG', line: 1 })).toBe('media/posts/harbour/Quay at Dawn #1.JPG');
    expect(isImageFile('posts/a.PNG')).toBe(true);
    expect(isImageFile('.trash/a.png')).toBe(false);
    expect(isImageFile('a.svg')).toBe(false);
  });
});

describe('a Markdown seed showing pictures', () => {
  it('points them at /media/ and names each once, with the line that shows it first', () => {
    const md = '---\ntitle: Harbour\ndate: 2023-05-02\n---\nLede.\n\n![Quay](quay.jpg)\n\n<p><img src="quay.jpg" alt="Again"> and <img src="https://example.org/x.jpg" alt="Web"></p>\n\n{{< figure src="img/map.png" alt="Map" >}}\n';
    const read = readSeed('posts/h/index.md', new TextEncoder().encode(md));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.record.media).toEqual([
      { file: 'posts/h/quay.jpg', line: 7 },
      { file: 'posts/h/img/map.png', line: 11 },
    ]);
    const html = JSON.parse(read.record.body as string)[0].html as string;
    expect(html).toContain('<img src="/media/posts/h/quay.jpg" alt="Quay">');
    expect(html).toContain('<img src="/media/posts/h/quay.jpg" alt="Again">');
    expect(html).toContain('<img src="https://example.org/x.jpg" alt="Web">');
    expect(html).toContain('<img src="/media/posts/h/img/map.png" alt="Map">');
  });

  it(`copies at most ${MAX_MEDIA} pictures of one article, and reads 2 MB of them in linear time`, () => {
    const refs = Array.from({ length: 140_000 }, (_, i) => `![](${i.toString(16)}.png)`).join("\n");
    const md = `---\ntitle: Gallery\ndate: 2023-05-02\n---\n${refs}\n`;
    const started = performance.now();
    const read = readSeed('g/index.md', new TextEncoder().encode(md));
    expect(performance.now() - started).toBeLessThan(quickly(20_000));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.record.media.length).toBe(MAX_MEDIA);
    expect(read.record.media.at(-1)).toEqual({ file: `g/${(MAX_MEDIA - 1).toString(16)}.png`, line: 5 + MAX_MEDIA - 1 });
    const html = (JSON.parse(read.record.body as string) as { html: string }[])[0]!.html;
    // Past the limit, no picture: a relative address the site does not copy would be a broken one.
    expect(html.includes(`<img src="/media/g/${(MAX_MEDIA - 1).toString(16)}.png" alt="">`)).toBe(true);
    expect(html.includes(`${(MAX_MEDIA).toString(16)}.png`)).toBe(false);
  });

  it('shows no picture of a plain-text seed', () => {
    const read = readSeed('a.txt', new TextEncoder().encode(' date 2023-05-02 Harbour\n![Quay](quay.jpg)\n'));
    expect(read.ok && read.record.media).toEqual([]);
  });
});

describe('what the reader makes of other ways to show a picture', () => {
  it('takes an address with `&` (HTML or Markdown), a link to a picture, and Obsidian\'s embeds, and finds each one\'s line', () => {
    const md = '---\ntitle: Q\ndate: 2023-05-02\n---\nThis mentions missing.png in passing.\n\n![one](R&D/chart.png) <img src="R&amp;D/c2.png" alt="two">\n\n[![thumb](thumb.jpg)](full.jpg) ![[q.png|300]] ![[A note]] ![[my pic.png]]\n\n![gone](missing.png)\n';
    const read = readSeed('p/a.md', new TextEncoder().encode(md));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const html = (JSON.parse(read.record.body as string) as { html: string }[])[0]!.html;
    expect(html).toContain('<img src="/media/p/R%26D/chart.png" alt="one"> <img src="/media/p/R%26D/c2.png" alt="two">');
    expect(html).toContain('<a href="/media/p/full.jpg"><img src="/media/p/thumb.jpg" alt="thumb"></a> <img src="/media/p/q.png" alt="">  <img src="/media/p/my%20pic.png" alt="">');
    expect(read.record.media.map((i) => `${i.file}:${i.line}`)).toEqual(['p/R&D/chart.png:7', 'p/R&D/c2.png:7', 'p/full.jpg:9', 'p/thumb.jpg:9', 'p/q.png:9', 'p/my pic.png:9', 'p/missing.png:11']);
  });
});

describe('documents, sound and video beside the post', () => {
  it('are linked to from /media/, as a link or an embed names them; other files are paths of the site', () => {
    const md = '---\ntitle: Council\ndate: 2024-03-05\n---\nThe council published its report.\n\nRead [the report](report%202024.pdf), hear [the debate](../audio/debate.MP3), see [notes](notes.txt) and [a page](other.html).\n\n<video controls src="clip.mp4"></video>\n\n<audio><source src="talk.ogg"></audio>\n';
    const read = readSeed('posts/council/index.md', new TextEncoder().encode(md));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const html = (JSON.parse(read.record.body as string) as { html: string }[])[0]!.html;
    expect(html).toContain('<a href="/media/posts/council/report%202024.pdf">the report</a>');
    expect(html).toContain('<a href="/media/posts/audio/debate.MP3">the debate</a>');
    // A seed's own file (`.txt`, `.md`) is no file of the site: its link leads to its article (see tests/archive/seed-links.test.ts).
    expect(unmarked(html)).toContain('see <a href="#seed-link-0">notes</a> and <a href="/other.html">a page</a>');
    expect(unmarkedLinks(read.record.seedLinks)).toEqual([{ kind: 'file', target: 'posts/council/notes.txt', href: '#seed-link-0', line: 7 }]);
    expect(html).toContain('<a href="/media/posts/council/clip.mp4">clip.mp4</a>');
    expect(html).toContain('<a href="/media/posts/council/talk.ogg">talk.ogg</a>');
    expect(read.record.media.map((m) => `${m.file}:${m.line}`)).toEqual(['posts/council/report 2024.pdf:7', 'posts/audio/debate.MP3:7', 'posts/council/clip.mp4:9', 'posts/council/talk.ogg:11']);
    // A document is linked to, never shown as a picture; the lede is the article's words.
    expect(html).not.toContain('<img');
    expect(read.record.lede).toBe('The council published its report.');
  });

  it('are named from the seeds folder\'s root by a root-relative address, but for the site\'s own generated folders', () => {
    expect(['/assets/img/a.png', '/wp-content/uploads/My%20Pic.JPG?w=300#x', '/../x.png', '/a/../b.png'].map(rootedImage)).toEqual(['assets/img/a.png', 'wp-content/uploads/My Pic.JPG', 'x.png', 'b.png']);
    expect(['//cdn.example/a.png', '/pagefind/a.png', '/api/a.png', '/.hidden/a.png', '/a.svg', 'a.png', '/a%2F..%2F..%2Fb.png', '/'].map(rootedImage)).toEqual([null, null, null, null, null, null, 'b.png', null]);
    expect([rootedMedia('/docs/r.pdf'), rootedImage('/docs/r.pdf'), rootedMedia('/x.html')]).toEqual(['docs/r.pdf', null, null]);
    expect([mediaOutputPath({ file: 'docs/a b.pdf', line: 1, rooted: true }), mediaRefUrl({ file: 'docs/a b.pdf', line: 1, rooted: true }), mediaName({ file: 'docs/a b.pdf', line: 1, rooted: true })]).toEqual(['docs/a b.pdf', '/docs/a%20b.pdf', '/docs/a b.pdf']);
  });

  it('take a cover named from the root that the body shows from its folder as one picture, shown once (QA 21)', () => {
    const read = readSeed('posts/x.md', new TextEncoder().encode('---\ntitle: T\ndate: 2024-03-05\nimage: /posts/inbody.png\n---\nText.\n\n![A photo](inbody.png)\n'));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const html = (JSON.parse(read.record.body as string) as { html: string }[])[0]!.html;
    expect(html.match(/<img /g)).toHaveLength(1);
    expect(read.record.media).toEqual([{ file: 'posts/inbody.png', line: 8 }]);
  });

  it('are told apart from pictures, with limits of their own', () => {
    expect(localMedia('a/p.md', 'r.pdf')).toBe('a/r.pdf');
    expect(localImage('a/p.md', 'r.pdf')).toBeNull();
    expect(localMedia('a/p.md', 'x.html')).toBeNull();
    // Office files, tables and archives are downloaded; nothing a browser runs as the site is copied.
    expect(['minutes.docx', 'Budget.XLSX', 'data.csv', 'photos.zip', 'slides.odp'].map((f) => localMedia('a/p.md', f))).toEqual(['a/minutes.docx', 'a/Budget.XLSX', 'a/data.csv', 'a/photos.zip', 'a/slides.odp']);
    expect(['x.svg', 'feed.xml', 'app.js', 'page.htm', 'page.xhtml'].map((f) => localMedia('a/p.md', f))).toEqual([null, null, null, null, null]);
    expect(localMedia('a/p.md', '../../r.pdf')).toBeNull();
    expect(isMediaFile('a/clip.webm') && !isImageFile('a/clip.webm')).toBe(true);
    expect(isMediaFile('a/.hidden/r.pdf')).toBe(false);
    expect([maxBytes('a.png'), maxBytes('a.pdf')]).toEqual([MAX_IMAGE_BYTES, MAX_DOCUMENT_BYTES]);
  });
});

describe('other ways of naming a document', () => {
  it('keeps a link\'s fragment, links a document named as a picture, and reads Obsidian\'s links and embeds of one', () => {
    const md = '---\ntitle: T\ndate: 2024-03-05\n---\nText.\n\n[page 3](report.pdf#page=3), ![The report](report.pdf), ![[talk.mp3]], [[minutes.pdf|the minutes]], [[A note]].\n';
    const read = readSeed('p/index.md', new TextEncoder().encode(md));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const html = (JSON.parse(read.record.body as string) as { html: string }[])[0]!.html;
    expect(unmarked(html)).toContain('<a href="/media/p/report.pdf#page=3">page 3</a>, <a href="/media/p/report.pdf">The report</a>, <a href="/media/p/talk.mp3">talk.mp3</a>, <a href="/media/p/minutes.pdf">the minutes</a>, <a href="#seed-link-0">A note</a>.');
    expect(read.record.media.map((m) => m.file)).toEqual(['p/report.pdf', 'p/talk.mp3', 'p/minutes.pdf']);
  });

  it('reads WordPress\'s [video] and [audio] of a file beside the post as a link to it', () => {
    const md = '---\ntitle: T\ndate: 2024-03-05\n---\nText.\n\n[video width="640" mp4="clip.mp4"][/video]\n\n[audio mp3="media/talk.mp3"][/audio] [video mp4="../../../etc/x.mp4"][/video]\n';
    const read = readSeed('p/index.md', new TextEncoder().encode(md));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const html = (JSON.parse(read.record.body as string) as { html: string }[])[0]!.html;
    expect(html).toContain('<a href="/media/p/clip.mp4">clip.mp4</a>');
    expect(html).toContain('<a href="/media/p/media/talk.mp3">talk.mp3</a>');
    // Out of the seeds folder: no copy, a relative link as written, harmless.
    expect(html).not.toContain('/media/etc');
    expect(read.record.media.map((m) => m.file)).toEqual(['p/clip.mp4', 'p/media/talk.mp3']);
  });
});

describe('pictures over plain http: (QA 35)', () => {
  it('are shown over https:, which the pages allow, with a warning naming the file and line', async () => {
    const { placeArticles } = await import('../../src/archive/build.ts');
    const text = '---\ntitle: Harbour pictures\ndate: 2020-05-05\n---\nThe quay at dawn.\n\n![the quay](http://example.com/a.png)\n\n![the crane](HTTP://example.com/b.png "Crane")\n\n![the ferry](https://example.com/c.png)\n';
    const read = readSeed('pics.md', new TextEncoder().encode(text));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const html = JSON.stringify(read.record);
    // The pages' policy (img-src 'self' https: data:) blocks an http: picture on a site served
    // over http:, and browsers upgrade or block one on a site served over https:.
    expect(html).not.toMatch(/src=\\?"http:/i);
    expect(html).toContain('https://example.com/a.png');
    expect(html).toContain('https://example.com/b.png');
    expect(html).toContain('https://example.com/c.png');
    const { warnings } = placeArticles([read.record]);
    expect(warnings.map((w) => [w.file, w.line])).toEqual([['pics.md', 7], ['pics.md', 9]]);
    expect(warnings[0]!.message).toContain('http://example.com/a.png');
    expect(warnings[0]!.message).toContain('https://example.com/a.png');
    expect(warnings[0]!.hint).toBeTruthy();
  });
});

describe('a cover picture the site cannot show (QA 39)', () => {
  const cover = (file: string, front: string) => readSeed(file, new TextEncoder().encode(`---\ntitle: Harbour reopens\ndate: 2024-03-05\n${front}\n---\nThe harbour reopened.\n`));
  const warningsOf = (file: string, front: string) => {
    const read = cover(file, front);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    return placeArticles([read.record]).warnings.map((w) => [w.file, w.line, w.message]);
  };

  it('is left out with a warning on its key\'s line that says why, as every file an article cannot have is', () => {
    expect(warningsOf('posts/a.md', 'image: "javascript:alert(1)"')).toEqual([['posts/a.md', 4, 'the cover picture "javascript:alert(1)" is not shown: its address is a javascript: one, neither a web address (https:) nor a file of the seeds folder']]);
    expect(warningsOf('posts/a.md', 'coverImage: "data:text/html;base64,PHNjcmlwdD4="')[0]![2]).toBe('the cover picture "data:text/html;base64,PHNjcmlwdD4=" is not shown: its address is a data: one, neither a web address (https:) nor a file of the seeds folder');
    expect(warningsOf('posts/a.md', 'feature_image: ../../../etc/cover.png')[0]![2]).toBe('the cover picture "../../../etc/cover.png" is not shown: its path leads out of the seeds folder');
    expect(warningsOf('posts/a.md', 'image: {path: cover.svg}')[0]![2]).toBe('the cover picture "cover.svg" is not shown: it is no picture the site shows (a .jpg, .jpeg, .png, .gif, .webp or .avif file)');
    expect(warningsOf('posts/a.md', 'images: [.drafts/cover.png]')[0]![2]).toBe('the cover picture ".drafts/cover.png" is not shown: it is in a hidden folder, which the site never copies');
    expect(warningsOf('posts/a.md', 'image: "https://example.org/a b.jpg"')[0]![2]).toBe('the cover picture "https://example.org/a b.jpg" is not shown: its web address holds a space, a quote, "<" or ">"');
    // A picture written into the address is a page of text in front matter: shown in part.
    const long = `data:image/png;base64,${'A'.repeat(500)}`;
    expect(warningsOf('posts/a.md', `image: "${long}"`)[0]![2]).toBe(`the cover picture "${long.slice(0, 60)}…" is not shown: its address is a data: one, neither a web address (https:) nor a file of the seeds folder`);
    // Neither shown nor copied.
    const read = cover('posts/a.md', 'image: "javascript:alert(1)"');
    expect(read.ok && read.record.body).not.toMatch(/<img|javascript/);
  });

  it('is shown over https, with the warning a body\'s picture over http gets, when it is given over http', () => {
    const read = cover('posts/a.md', 'image: http://example.org/a.jpg');
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.record.body).toContain('<img src=\\"https://example.org/a.jpg\\" alt=\\"\\">');
    expect(placeArticles([read.record]).warnings.map((w) => [w.line, w.message])).toEqual([[4, 'the picture "http://example.org/a.jpg" is shown from https://example.org/a.jpg: the site\'s pages load pictures over https only']]);
  });

  it('warns of nothing for a cover it shows, nor for a draft', () => {
    expect(warningsOf('posts/a.md', 'image: https://example.org/a.jpg')).toEqual([]);
    expect(warningsOf('posts/a.md', 'image: cover.jpg')).toEqual([]);
    const draft = cover('posts/a.md', 'image: "javascript:alert(1)"\ndraft: true');
    expect(draft.ok && placeArticles([draft.record]).warnings).toEqual([]);
  });
});
