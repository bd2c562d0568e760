// Pictures and files beside the posts (Hugo's page bundles, exports with an images folder): copied into
// the site at /media/…, shown under any path prefix, kept up to date by incremental builds, and
// every picture the site cannot have named as a warning, the article published all the same.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, symlink, truncate, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_IMAGE_BYTES } from '../../src/seeds/media.ts';
import { listFiles } from '../helpers/crawl.ts';
import { expectSameAsFullBuild, runCli, tempDir } from '../helpers/cli.ts';

let work: string;
let seeds: string;
let out: string;

/** A picture's bytes: a PNG's signature and a colour, so that two pictures differ (the build copies bytes, it never decodes them). */
function png(rgb: [number, number, number]): Buffer {
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(rgb)]);
}

const BUNDLE = `---
title: Harbour reopens
date: 2023-05-02
---
The harbour reopened on Tuesday after a month of repairs.

![The quay at dawn](quay%20at%20dawn.png "Dawn")

<figure><img src="../../shared/chart.png" alt="Traffic"><figcaption>Ships a day</figcaption></figure>

![Not here](missing.jpg)
`;

function build(...args: string[]): ReturnType<typeof runCli> {
  return runCli(['build', '--seeds', seeds, '--out', out, ...args]);
}

async function page(): Promise<string> {
  return readFile(path.join(out, '2023/05/02/harbour/index.html'), 'utf8');
}

beforeAll(async () => {
  work = await tempDir();
  seeds = path.join(work, 'seeds');
  out = path.join(work, 'site');
  await mkdir(path.join(seeds, 'posts', 'harbour'), { recursive: true });
  await mkdir(path.join(seeds, 'shared'), { recursive: true });
  await writeFile(path.join(seeds, 'posts', 'harbour', 'index.md'), BUNDLE);
  await writeFile(path.join(seeds, 'posts', 'harbour', 'quay at dawn.png'), png([10, 20, 30]));
  await writeFile(path.join(seeds, 'shared', 'chart.png'), png([200, 100, 0]));
  await writeFile(path.join(seeds, 'other.txt'), ' date 2023-05-03 Ferry timetable changes\nThe ferry leaves earlier from Monday.\n');
});

describe('pictures beside the seeds', () => {
  it('are copied to /media/ at their place in the seeds folder and shown under the path prefix', async () => {
    const run = await build('--base-url', 'https://example.org/news/');
    expect(run.code, run.stderr).toBe(0);
    expect(await readFile(path.join(out, 'media/posts/harbour/quay at dawn.png'))).toEqual(png([10, 20, 30]));
    expect(await readFile(path.join(out, 'media/shared/chart.png'))).toEqual(png([200, 100, 0]));
    const html = await page();
    expect(html).toContain('<img src="/news/media/posts/harbour/quay%20at%20dawn.png" alt="The quay at dawn" title="Dawn">');
    expect(html).toContain('<img src="/news/media/shared/chart.png" alt="Traffic">');
    // The first picture is the article's sharing card, and every one is in its JSON-LD.
    expect(html).toContain('<meta property="og:image" content="https://example.org/news/media/posts/harbour/quay%20at%20dawn.png">');
    expect(html).toContain('"image":["https://example.org/news/media/posts/harbour/quay%20at%20dawn.png","https://example.org/news/media/shared/chart.png"');
    expect(await readFile(path.join(out, '2023/05/03/ferry-timetable-changes/index.html'), 'utf8')).not.toContain('og:image');
    // Only the pictures that articles show are copied.
    expect((await listFiles(path.join(out, 'media'))).sort()).toEqual(['posts/harbour/quay at dawn.png', 'shared/chart.png']);
  });

  it('names a picture the seeds folder does not have as a warning, with its seed and line, and publishes the article', async () => {
    const run = await build();
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`${path.join(seeds, 'posts/harbour/index.md')}:11: warning: the picture "posts/harbour/missing.jpg" is not in the seeds folder`);
    expect(run.stdout).toContain('1 warning (above)');
    const report = JSON.parse(await readFile(path.join(out, 'build-report.json'), 'utf8')) as { published: number; warnings: { file: string; line: number }[] };
    expect(report.published).toBe(2);
    expect(report.warnings.map((w) => `${w.file}:${w.line}`)).toEqual(['posts/harbour/index.md:11']);
    // The page shows the missing picture's description, not an address that answers 404.
    const html = await page();
    expect(html).toContain('<p>Not here</p>');
    expect(html).not.toContain('missing.jpg');
    const check = await runCli(['check', '--seeds', seeds]);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('no problems (1 warning)');
    expect(check.stderr).toContain('warning: the picture "posts/harbour/missing.jpg"');
  });

  it('copies a picture changed or added since the last build, deletes one no longer shown, and gives the bytes of a full build', async () => {
    expect((await build()).code).toBe(0);
    // Changed in place: same name, new bytes.
    const quay = path.join(seeds, 'posts', 'harbour', 'quay at dawn.png');
    await writeFile(quay, png([250, 250, 250]));
    await utimes(quay, new Date(), new Date(Date.now() + 10_000));
    let run = await build();
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/\(1 file written/);
    expect(await readFile(path.join(out, 'media/posts/harbour/quay at dawn.png'))).toEqual(png([250, 250, 250]));
    await expectSameAsFullBuild(seeds, out, work);
    // The missing picture added: copied, and the warning gone.
    await writeFile(path.join(seeds, 'posts', 'harbour', 'missing.jpg'), png([1, 2, 3]));
    run = await build();
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toContain('warning');
    expect(existsSync(path.join(out, 'media/posts/harbour/missing.jpg'))).toBe(true);
    expect(await page()).toContain('<img src="/media/posts/harbour/missing.jpg" alt="Not here">');
    await expectSameAsFullBuild(seeds, out, work);
    // The figure taken out of the article: its picture leaves the site, and so does its folder.
    await writeFile(path.join(seeds, 'posts', 'harbour', 'index.md'), BUNDLE.replace(/<figure>.*<\/figure>\n/, ''));
    run = await build();
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(path.join(out, 'media/shared'))).toBe(false);
    await expectSameAsFullBuild(seeds, out, work);
    await writeFile(path.join(seeds, 'posts', 'harbour', 'index.md'), BUNDLE);
    await rm(path.join(seeds, 'posts', 'harbour', 'missing.jpg'));
  });

  it('lets an old address live under /media/, and keeps a picture out of a place such an address takes', async () => {
    const dir = await tempDir();
    const own = path.join(dir, 'seeds');
    const site = path.join(dir, 'site');
    await mkdir(path.join(own, 'tv.png'), { recursive: true });
    await writeFile(path.join(own, 'tv.png', 'index.md'), '---\ntitle: TV ratings fall again\ndate: 2017-11-14\naliases: [/media/2017/nov/14/tv-ratings-fall/, /media/tv.png/chart.png/]\n---\nText.\n\n![Chart](chart.png) ![Ratings](../tv.png/chart.png)\n');
    await writeFile(path.join(own, 'tv.png', 'chart.png'), png([1, 1, 1]));
    const run = await runCli(['build', '--seeds', own, '--out', site]);
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(path.join(site, 'media/2017/nov/14/tv-ratings-fall/index.html'))).toBe(true);
    // The picture would be the file media/tv.png/chart.png, where the old address /media/tv.png/chart.png/ is a folder: no.
    expect(existsSync(path.join(site, 'media/tv.png/chart.png/index.html'))).toBe(true);
    expect(run.stderr).toContain('the picture "tv.png/chart.png" would be at /media/tv.png/chart.png, where an article\'s old address (its aliases or permalink) sends readers on: it is not copied');
  });

  it('publishes the article, with a warning, when a picture cannot be copied into the output', async () => {
    const dir = await tempDir();
    const own = path.join(dir, 's');
    // Deep enough that the picture's path in the output, under a long folder, passes the system's limit (4,096 bytes).
    const deep = Array.from({ length: 16 }, (_, i) => `${i}`.padEnd(240, "d")).join("/");
    await mkdir(path.join(own, deep), { recursive: true });
    await writeFile(path.join(own, deep, 'p.png'), png([5, 5, 5]));
    await writeFile(path.join(own, deep, 'index.md'), '---\ntitle: Deep\ndate: 2023-01-01\nslug: deep\n---\nText.\n\n![p](p.png)\n');
    const site = path.join(dir, 'o'.repeat(200), 'site');
    const run = await runCli(['build', '--seeds', own, '--out', site]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`warning: the picture "${deep}/p.png" has a path too long for the output folder`);
    expect(existsSync(path.join(site, '2023/01/01/deep/index.html'))).toBe(true);
    const report = JSON.parse(await readFile(path.join(site, 'build-report.json'), 'utf8')) as { warnings: { message: string }[] };
    expect(report.warnings.map((w) => w.message)).toEqual([`the picture "${deep}/p.png" has a path too long for the output folder`]);
    // Not in the build's plan: the next build tries again, and still warns.
    const again = await runCli(['build', '--seeds', own, '--out', site]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain('has a path too long for the output folder');
  });

  it('copies the documents, sound and video an article links to, and names a missing one as a file', async () => {
    const dir = await tempDir();
    const own = path.join(dir, 'seeds');
    const site = path.join(dir, 'site');
    await mkdir(path.join(own, 'council'), { recursive: true });
    await writeFile(path.join(own, 'council', 'report.pdf'), '%PDF-1.4 report');
    await writeFile(path.join(own, 'council', 'clip.mp4'), 'video bytes');
    // Every kind an article may link to is no seed: none of them is reported as one.
    await writeFile(path.join(own, 'council', 'talk.opus'), 'opus bytes');
    await writeFile(path.join(own, 'council', 'budget.xlsx'), 'xlsx bytes');
    // Beside the post but linked by no article: neither a seed nor copied.
    await writeFile(path.join(own, 'council', 'draft.docx'), 'docx bytes');
    await writeFile(path.join(own, 'council', 'index.md'), '---\ntitle: Council report\ndate: 2024-03-05\n---\nThe council published its report.\n\nRead [the report](report.pdf) or [the summary](summary.pdf), or hear [the talk](talk.opus).\n\n<video src="clip.mp4"></video>\n\nThe figures are in [the budget](budget.xlsx).\n');
    const run = await runCli(['build', '--seeds', own, '--out', site, '--base-url', '/news/']);
    expect(run.code, run.stderr).toBe(0);
    expect(await readFile(path.join(site, 'media/council/report.pdf'), 'utf8')).toBe('%PDF-1.4 report');
    expect(await readFile(path.join(site, 'media/council/clip.mp4'), 'utf8')).toBe('video bytes');
    expect(await readFile(path.join(site, 'media/council/talk.opus'), 'utf8')).toBe('opus bytes');
    const html = await readFile(path.join(site, '2024/03/05/council/index.html'), 'utf8');
    expect(html).toContain('<a href="/news/media/council/report.pdf">the report</a>');
    expect(html).toContain('<a href="/news/media/council/clip.mp4">clip.mp4</a>');
    expect(html).toContain('<a href="/news/media/council/budget.xlsx">the budget</a>');
    expect(await readFile(path.join(site, 'media/council/budget.xlsx'), 'utf8')).toBe('xlsx bytes');
    expect(existsSync(path.join(site, 'media/council/draft.docx'))).toBe(false);
    // A document is no sharing card.
    expect(html).not.toContain('og:image');
    expect(run.stderr).toContain('index.md:7: warning: the file "council/summary.pdf" is not in the seeds folder');
  });

  it('copies nothing from outside the seeds folder, from a link, from a hidden folder, or over the size limit', async () => {
    const dir = await tempDir();
    const own = path.join(dir, 'seeds');
    const site = path.join(dir, 'site');
    await mkdir(path.join(own, 'post'), { recursive: true });
    await mkdir(path.join(own, '.private'), { recursive: true });
    await writeFile(path.join(dir, 'outside.png'), png([9, 9, 9]));
    await writeFile(path.join(own, '.private', 'secret.png'), png([8, 8, 8]));
    await symlink(path.join(dir, 'outside.png'), path.join(own, 'post', 'linked.png'));
    await writeFile(path.join(own, 'post', 'huge.jpg'), '');
    await truncate(path.join(own, 'post', 'huge.jpg'), MAX_IMAGE_BYTES + 1);
    await writeFile(path.join(own, 'post', 'drawing.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    await writeFile(
      path.join(own, 'post', 'index.md'),
      '---\ntitle: Escapes\ndate: 2023-01-01\n---\nText.\n\n![a](../../outside.png) ![b](%2e%2e/%2e%2e/outside.png) ![c](../.private/secret.png) ![d](linked.png) ![e](huge.jpg) ![f](drawing.svg) ![g](/etc/x.png)\n',
    );
    const run = await runCli(['build', '--seeds', own, '--out', site]);
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(path.join(site, 'media'))).toBe(false);
    expect(run.stderr).toContain('the picture "post/linked.png" is not in the seeds folder (as a file of its own, not a link)');
    expect(run.stderr).toMatch(/the picture "post\/huge\.jpg" is 20\.1 MiB, over the 20 MiB a picture can have: it is not copied/);
    const html = await readFile(path.join(site, '2023/01/01/post/index.html'), 'utf8');
    // Relative addresses that leave the folder, hide, or name an SVG are no picture the site has:
    // their descriptions, never a broken picture; one from the root stays, for the host.
    expect(html).not.toMatch(/outside\.png|secret\.png|drawing\.svg/);
    expect(html).toContain('<p>a b c d e f <img src="/etc/x.png" alt="g"></p>');
  });

  it('copies a file a root-relative address names to that path, as Jekyll and Hugo sites serve their own, and leaves a missing one for the host', async () => {
    const dir = await tempDir();
    const own = path.join(dir, 'seeds');
    const site = path.join(dir, 'site');
    await mkdir(path.join(own, '_posts'), { recursive: true });
    await mkdir(path.join(own, 'assets', 'images'), { recursive: true });
    await mkdir(path.join(own, 'docs'), { recursive: true });
    await writeFile(path.join(own, 'assets', 'images', 'quay.png'), png([5, 6, 7]));
    await writeFile(path.join(own, 'docs', 'report.pdf'), '%PDF-1.4');
    // Jekyll writes the site's address before its own files' paths.
    const post = [
      '---', 'layout: post', 'title: Harbour reopens', 'date: 2019-03-04 10:00:00 +0100', '---', 'The harbour reopened on Monday.', '',
      "![The quay]({{ site.baseurl }}/assets/images/quay.png) Read [the report]({{ '/docs/report.pdf' | relative_url }}#page=2).", '',
      '![Gone](/wp-content/uploads/2019/03/gone.jpg?w=300)', '',
    ].join('\n');
    await writeFile(path.join(own, '_posts', '2019-03-04-harbour-reopens.md'), post);
    const run = await runCli(['build', '--seeds', own, '--out', site, '--base-url', 'https://example.org/news/']);
    expect(run.code, run.stderr).toBe(0);
    expect(await readFile(path.join(site, 'assets/images/quay.png'))).toEqual(png([5, 6, 7]));
    expect(await readFile(path.join(site, 'docs/report.pdf'), 'utf8')).toBe('%PDF-1.4');
    const html = await readFile(path.join(site, '2019/03/04/harbour-reopens/index.html'), 'utf8');
    expect(html).toContain('<img src="/news/assets/images/quay.png" alt="The quay">');
    expect(html).toContain('<a href="/news/docs/report.pdf#page=2">the report</a>');
    expect(html).toContain('<meta property="og:image" content="https://example.org/news/assets/images/quay.png">');
    // Not in the seeds folder: the host may serve it, as it did for the old site; a warning says so.
    expect(html).toContain('<img src="/news/wp-content/uploads/2019/03/gone.jpg" alt="Gone">');
    expect(run.stderr).toContain('_posts/2019-03-04-harbour-reopens.md:10: warning: the picture "/wp-content/uploads/2019/03/gone.jpg" is not in the seeds folder: its address is left as written, for the host to serve');
    expect(html).not.toContain('gone.jpg"]');
    // Rebuilt after an edit, and after the picture is no longer shown: as a full build.
    await writeFile(path.join(own, '_posts', '2019-03-04-harbour-reopens.md'), post.replace('Monday', 'Tuesday'));
    expect((await runCli(['build', '--seeds', own, '--out', site])).code).toBe(0);
    expect(existsSync(path.join(site, 'assets/images/quay.png'))).toBe(true);
    await expectSameAsFullBuild(own, site, dir);
    await writeFile(path.join(own, '_posts', '2019-03-04-harbour-reopens.md'), post.replace(/!\[The quay\]\([^)]*\)/, ''));
    expect((await runCli(['build', '--seeds', own, '--out', site])).code).toBe(0);
    expect(existsSync(path.join(site, 'assets/images/quay.png'))).toBe(false);
    expect(existsSync(path.join(site, 'assets/site.css'))).toBe(true);
    await expectSameAsFullBuild(own, site, dir);
  });

  it('shows the cover picture front matter names above the body, once, as the sharing card', async () => {
    const dir = await tempDir();
    const own = path.join(dir, 'seeds');
    const site = path.join(dir, 'site');
    await mkdir(path.join(own, 'storm'), { recursive: true });
    await mkdir(path.join(own, 'content', 'images'), { recursive: true });
    await writeFile(path.join(own, 'storm', 'cover.jpg'), png([1, 2, 3]));
    await writeFile(path.join(own, 'storm', 'other.png'), png([4, 5, 6]));
    await writeFile(path.join(own, 'content', 'images', 'vote.png'), png([7, 8, 9]));
    await writeFile(path.join(own, 'storm', 'index.md'), '---\ntitle: Storm hits the coast\ndate: 2024-03-05\ncoverImage: cover.jpg\n---\nThe storm hit the coast.\n\n![Other](other.png)\n');
    await writeFile(path.join(own, 'vote.md'), '---\ntitle: Council votes\ndate: 2024-03-06\nfeature_image: __GHOST_URL__/content/images/vote.png\n---\nThe council voted.\n\n![The vote](/content/images/vote.png)\n');
    await writeFile(path.join(own, 'web.md'), '---\ntitle: Web picture\ndate: 2024-03-07\nimage:\n  path: https://example.org/a.jpg\n---\nText.\n');
    // A theme's cover for every post, its file not brought along: no broken picture above the post (QA 19).
    await writeFile(path.join(own, 'themed.md'), '---\ntitle: Themed post\ndate: 2024-03-08\nimage: /assets/img/default.jpg\n---\nText.\n');
    // One no page may show: left out, and said (QA 39).
    await writeFile(path.join(own, 'unsafe.md'), '---\ntitle: Unsafe cover\ndate: 2024-03-09\nimage: "javascript:alert(1)"\n---\nText.\n');
    const run = await runCli(['build', '--seeds', own, '--out', site, '--base-url', 'https://example.org/news/']);
    expect(run.code, run.stderr).toBe(0);
    const storm = await readFile(path.join(site, '2024/03/05/storm/index.html'), 'utf8');
    expect(storm).toMatch(/<p><img src="\/news\/media\/storm\/cover\.jpg" alt=""><\/p>\s*<p>The storm hit the coast\.<\/p>/);
    expect(storm).toContain('<meta property="og:image" content="https://example.org/news/media/storm/cover.jpg">');
    expect(await readFile(path.join(site, 'media/storm/cover.jpg'))).toEqual(png([1, 2, 3]));
    // Shown by the body already: not twice, but first, the sharing card.
    const vote = await readFile(path.join(site, '2024/03/06/council-votes/index.html'), 'utf8');
    expect(vote.match(/content\/images\/vote\.png" alt/g)).toHaveLength(1);
    expect(vote).toContain('<meta property="og:image" content="https://example.org/news/content/images/vote.png">');
    expect(await readFile(path.join(site, '2024/03/07/web-picture/index.html'), 'utf8')).toContain('<img src="https://example.org/a.jpg" alt="">');
    const themed = await readFile(path.join(site, '2024/03/08/themed-post/index.html'), 'utf8');
    expect(themed).not.toMatch(/default\.jpg|og:image|<p><\/p>/);
    expect(run.stderr).toContain('themed.md:4: warning: the picture "/assets/img/default.jpg" is not in the seeds folder: the article is shown without its cover');
    expect(run.stderr).toContain('unsafe.md:4: warning: the cover picture "javascript:alert(1)" is not shown: its address is a javascript: one');
    expect(await readFile(path.join(site, '2024/03/09/unsafe-cover/index.html'), 'utf8')).not.toMatch(/javascript:|<p><img/);
  });
});
