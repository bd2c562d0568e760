// A Markdown seed's relative link to a path of the site that is no seed (`[the index](../2021/)`,
// `[x](other.html)`) leads where it says from every page, under the path prefix; one that leads
// to no page or file of the archive is a warning with its file and line (QA 39).
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sitePaths } from '../../src/site/site-links.ts';
import { buildArchive } from '../../src/archive/build.ts';
import { readSeed } from '../../src/seeds/read.ts';
import { ROOT, runCli, tempDir } from '../helpers/cli.ts';
import { expectRecord } from '../seeds/helpers.ts';

describe('links to paths of the site in a Markdown seed', () => {
  it('lead, under the path prefix, to the page they name from the site\'s root, and warn of one that leads nowhere', async () => {
    const work = await tempDir();
    const seeds = path.join(work, 'seeds');
    await cp(path.join(ROOT, 'seeds'), seeds, { recursive: true });
    await mkdir(path.join(seeds, 'posts'), { recursive: true });
    await writeFile(
      path.join(seeds, 'posts', 'council.md'),
      '---\ntitle: Council approves the plan\ndate: 2021-05-06\n---\nThe council approved the plan.\n\nSee [the index](../2021/), [May](2021/05/) and [the topics](/topics/).\n\nAnd [the old page](other.html), [up](../../../../etc/passwd).\n',
    );
    const out = path.join(work, '_site');
    const run = await runCli(['build', '--seeds', seeds, '--out', out, '--base-url', 'https://example.org/news/']);
    expect(run.code, run.stderr).toBe(0);
    const page = await readFile(path.join(out, '2021/05/06/council-approves-the-plan/index.html'), 'utf8');
    expect(page).toContain('See <a href="/news/2021/">the index</a>, <a href="/news/2021/05/">May</a> and <a href="/news/topics/">the topics</a>.');
    // Never out of the site: `..` stops at its root, under the prefix.
    expect(page).toContain('And <a href="/news/other.html">the old page</a>, <a href="/news/etc/passwd">up</a>.');
    const warnings = run.stderr.split('\n').filter((l) => l.includes('council.md'));
    expect(warnings).toEqual([
      `${path.join(seeds, 'posts/council.md')}:9: warning: the link to "other.html" leads to /other.html, which is no page or file of the archive: readers following it will find none, unless the host serves that path`,
      `${path.join(seeds, 'posts/council.md')}:9: warning: the link to "../../../../etc/passwd" leads to /etc/passwd, which is no page or file of the archive: readers following it will find none, unless the host serves that path`,
    ]);
    const report = JSON.parse(await readFile(path.join(out, 'build-report.json'), 'utf8')) as { warnings: { file: string; line: number }[] };
    expect(report.warnings.filter((w) => w.file === 'posts/council.md').map((w) => w.line)).toEqual([9, 9]);
  });
});

describe('the pages and files of the site a link may lead to', () => {
  const records = Array.from({ length: 120 }, (_, i) =>
    expectRecord(readSeed(`r${i}.md`, new TextEncoder().encode(`---\ntitle: Report ${i}\ndate: 2021-05-${i < 110 ? '06' : '07'}\ntopics: [{name: Harbourtown, kind: place}]\naliases: [/old/r${i}.html]\n---\nReport ${i}.\n`))),
  );
  const has = sitePaths(buildArchive(records, { keepDuplicates: true }).archive.articles);

  it('are the archive\'s own, by what its articles make', () => {
    for (const path of ['/', '/2021/', '/2021/05/', '/2021/05/06/', '/2021/05/06/page/3/', '/2021/05/page/3/', '/2021/05/06/report-0/', '/2021/05/06/report-0/coverage/', '/old/r7.html', '/topics/harbourtown/', '/topics/harbourtown/page/2/', '/topics/harbourtown/feed.xml', '/places/', '/feed.xml', '/api/articles/2021.json', '/assets/site.css', '/2021', '/2021/05/index.html']) {
      expect(has(path), path).toBe(true);
    }
    for (const path of ['/2020/', '/2021/06/', '/2021/page/2/', '/2021/05/06/page/4/', '/2021/05/page/1/', '/2021/05/06/report-999/', '/topics/other/', '/topics/harbourtown/page/3/', '/people/page/2/', '/api/articles/2020.json', '/other.html', '/Old/r7.html']) {
      expect(has(path), path).toBe(false);
    }
  });
});
