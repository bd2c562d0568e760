// The command line's contract: exit codes, messages naming file:line, and a site never half-written.
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers/cli.ts';

async function seedsWith(files: Record<string, string>): Promise<string> {
  const dir = path.join(await tempDir(), 'seeds');
  await mkdir(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return dir;
}

describe('news-archive', () => {
  it('prints help and exits 0', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    for (const option of ['build', 'serve', 'check', '--seeds', '--out', '--base-url', '--port']) expect(run.stdout).toContain(option);
  });

  it("describes an article of a photo alone by its title, never by nothing", async () => {
    const seeds = await seedsWith({ 'photo.md': '---\ntitle: Flood waters recede\ndate: 2023-05-06\n---\n![Flooded street](https://example.org/flood.jpg)\n' });
    const out = path.join(path.dirname(seeds), 'site');
    expect((await runCli(['build', '--seeds', seeds, '--out', out])).code).toBe(0);
    const page = await readFile(path.join(out, '2023/05/06/flood-waters-recede/index.html'), 'utf8');
    expect(page).toContain('<meta name="description" content="Flood waters recede">');
  });

  it('shows the time of day a seed gives with its date, and lists a day by its times, newest first', async () => {
    const seeds = await seedsWith({
      'a.md': '---\ntitle: Evening vote\ndate: 2023-05-06T18:45:00+02:00\n---\nThe council voted.\n',
      'b.md': '---\ntitle: Morning talks\ndate: 2023-05-06 09:05\n---\nThe talks began.\n',
      'c.md': '---\ntitle: Noon statement\ndate: 2023-05-06 12:00:30 +0000 UTC\n---\nThe statement came.\n',
    });
    const out = path.join(path.dirname(seeds), 'site');
    expect((await runCli(['build', '--seeds', seeds, '--out', out])).code).toBe(0);
    const page = await readFile(path.join(out, '2023/05/06/evening-vote/index.html'), 'utf8');
    // With its zone, when the seed gives one, and its seconds as written (QA 39), in the machine's date only.
    expect(page).toMatch(/<time datetime="2023-05-06T18:45:00\+02:00"[^>]*>6 May 2023, 18:45<\/time>/);
    const day = await readFile(path.join(out, '2023/05/06/index.html'), 'utf8');
    // By file name alone (a.md first, listed last), the evening's article would be below the morning's.
    expect(day.indexOf('Evening vote')).toBeGreaterThan(0);
    expect(day.indexOf('Evening vote')).toBeLessThan(day.indexOf('Morning talks'));
    expect(day).toContain('6 May 2023, 09:05</time>');
    // Seconds order the day and are in the machine's date, not in the reader's.
    expect(day).toMatch(/<time datetime="2023-05-06T12:00:30\+00:00"[^>]*>6 May 2023, 12:00<\/time>/);
    expect(day).toContain('<time datetime="2023-05-06T09:05"');
    const api = JSON.parse(await readFile(path.join(out, 'api/articles/2023.json'), 'utf8')) as { title: string; time: string | null; zone: string | null }[];
    expect(api.map((a) => [a.title, a.time, a.zone])).toEqual([['Morning talks', '09:05', null], ['Noon statement', '12:00:30', '+00:00'], ['Evening vote', '18:45:00', '+02:00']]);
    // The feed dates each to its instant where the seed gives one.
    const feed = await readFile(path.join(out, 'feed.xml'), 'utf8');
    expect(feed).toContain('<published>2023-05-06T16:45:00.000Z</published>');
    expect(feed).toContain('<published>2023-05-06T12:00:30.000Z</published>');
  });

  it('gives a story of more reports than an article lists a page of them all, linked from each report', async () => {
    // Report i shares rare words with report i + 1: one story, chained.
    const word = (n: number): string => `zor${'bcdfghklmnprstvz'[n % 16]}a`;
    const files = Object.fromEntries(Array.from({ length: 13 }, (_, i) => [
      `r${String(i).padStart(2, '0')}.md`,
      `---\ntitle: Herring quota report ${i}\ndate: 2001-05-0${1 + (i % 3)}\nsource: Agency ${i}\n---\n${`${word(i)} ${word(i + 1)} `.repeat(6)}today.\n`,
    ]));
    const seeds = await seedsWith(files);
    const out = path.join(path.dirname(seeds), 'site');
    expect((await runCli(['build', '--seeds', seeds, '--out', out])).code).toBe(0);
    const story = await readFile(path.join(out, '2001/05/01/herring-quota-report-0/coverage/index.html'), 'utf8');
    for (let i = 0; i < 13; i++) expect(story).toContain(`>Herring quota report ${i}</a>`);
    expect(story).toContain('13 reports, from Agency 0, Agency 1, Agency 10 and 10 other sources');
    const report = await readFile(path.join(out, '2001/05/03/herring-quota-report-2/index.html'), 'utf8');
    expect(report).toMatch(/<a href="\/2001\/05\/01\/herring-quota-report-0\/coverage\/"[^>]*>and 2 more reports<\/a>/);
  });

  it('builds a site in the language --lang names: its pages, its feeds and its search index', async () => {
    const seeds = await seedsWith({ 'a.txt': ' date 2024-05-01 Россия и Китай подписали соглашение\nМосква и Пекин подписали в среду торговое соглашение.\n' });
    const out = path.join(path.dirname(seeds), 'site');
    const run = await runCli(['build', '--seeds', seeds, '--out', out, '--lang', 'ru_RU']);
    expect(run.code, run.stderr).toBe(0);
    for (const page of ['index.html', '2024/05/01/rossiya-i-kitai-podpisali-soglashenie/index.html', 'search/index.html', 'topics/index.html']) {
      expect(await readFile(path.join(out, page), 'utf8'), page).toMatch(/^<!doctype html>\n<html lang="ru-RU"/);
    }
    expect(await readFile(path.join(out, 'feed.xml'), 'utf8')).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ru-RU">');
    expect((JSON.parse(await readFile(path.join(out, 'feed.json'), 'utf8')) as { language: string }).language).toBe('ru-RU');
    // Pagefind indexed the articles as Russian: the bundle's index and its stemmer are Russian's
    // (tests/browser/reader.test.ts searches with them).
    const [bundle] = JSON.parse(await readFile(path.join(out, 'search/indexes.json'), 'utf8')) as string[];
    const files = await readdir(path.join(out, 'pagefind', bundle!));
    expect(files).toContain('wasm.ru-RU.pagefind');
    expect(files).not.toContain('wasm.en.pagefind');
    expect(files.filter((f) => f.endsWith('.pf_meta'))).toEqual([expect.stringMatching(/^pagefind\.ru-RU_/)]);
    // The tool's own words stay English, and say so.
    const article = await readFile(path.join(out, '2024/05/01/rossiya-i-kitai-podpisali-soglashenie/index.html'), 'utf8');
    expect(article).toContain('<a class="skip-link" href="#main" lang="en">Skip to content</a>');
    expect(article).toContain('<ul lang="en">\n      <li><a href="/">Latest</a></li>');
    expect(article).toContain('<time datetime="2024-05-01" lang="en">1 May 2024</time>');
    expect(article).toContain('<p class="filed" lang="en">Filed under');
    expect(article).toContain('<h1 dir="auto">Россия и Китай подписали соглашение</h1>');
    const day = await readFile(path.join(out, '2024/05/01/index.html'), 'utf8');
    expect(day).toContain('<h1 lang="en">1 May 2024</h1>');
    expect(day).toContain('<h2 lang="en">Articles</h2>');
    expect(day).toContain('<p class="meta"><time datetime="2024-05-01" lang="en">1 May 2024</time> · <span lang="en">1 min read</span></p>');
    for (const page of ['search/index.html', 'topics/index.html', '404.html']) expect(await readFile(path.join(out, page), 'utf8'), page).toMatch(/<h1 lang="en">/);
    // English by default, with nothing marked apart.
    const english = path.join(path.dirname(seeds), 'english');
    expect((await runCli(['build', '--seeds', seeds, '--out', english])).code).toBe(0);
    expect(await readFile(path.join(english, 'index.html'), 'utf8')).toMatch(/^<!doctype html>\n<html lang="en"/);
    for (const page of ['index.html', '2024/05/01/rossiya-i-kitai-podpisali-soglashenie/index.html', '2024/05/01/index.html']) {
      // The page's own, and no other.
      expect((await readFile(path.join(english, page), 'utf8')).match(/ lang="en"/g), page).toHaveLength(1);
    }
  });

  it('lays out an article in a language written right to left from the right, even when its text opens with a word in Latin letters', async () => {
    const seeds = await seedsWith({
      // An Arabic article whose first word is a Latin name: dir="auto" took the whole body's direction from it.
      'ar.txt': ' date 2024-05-01 CNN: وزير الخارجية يزور القاهرة\nCNN قالت إن وزير الخارجية زار القاهرة يوم الأحد.\n\nوأضاف الوزير أن المحادثات كانت مثمرة وبناءة.\n',
      'he.md': '---\ntitle: IBM פותחת משרד בחיפה\ndate: 2024-05-02\nlang: he\n---\nIBM פתחה השבוע משרד חדש בחיפה.\n',
      'en.md': '---\ntitle: Talks resume\ndate: 2024-05-03\nlang: en\n---\nThe talks resumed on Friday.\n',
    });
    const out = path.join(path.dirname(seeds), 'site');
    expect((await runCli(['build', '--seeds', seeds, '--out', out, '--lang', 'ar'])).code).toBe(0);
    const ar = await readFile(path.join(out, '2024/05/01/ar/index.html'), 'utf8');
    expect(ar).toContain('<h1 dir="rtl">CNN: وزير الخارجية يزور القاهرة</h1>');
    expect(ar).toContain('<div class="body" dir="rtl">');
    // And in lists: the title and summary.
    const home = await readFile(path.join(out, 'index.html'), 'utf8');
    expect(home).toContain('<h3 dir="rtl"><a href="/2024/05/01/ar/">CNN: وزير الخارجية يزور القاهرة</a></h3>');
    expect(home).toMatch(/<p class="summary" dir="rtl">CNN قالت/);
    expect(home).toContain('<h3 dir="auto" lang="en"><a href="/2024/05/03/talks-resume/">');
    // An article's own language decides, the site's when it has none.
    const he = await readFile(path.join(out, '2024/05/02/he/index.html'), 'utf8');
    expect(he).toContain('<div class="body" dir="rtl" lang="he">');
    const en = await readFile(path.join(out, '2024/05/03/talks-resume/index.html'), 'utf8');
    expect(en).toContain('<h1 dir="auto" lang="en">Talks resume</h1>');
    expect(en).toContain('<div class="body" dir="auto" lang="en">');
    // And wherever else an article's title stands: the breadcrumb, the previous and next articles.
    expect(ar).toContain('<span aria-current="page" dir="rtl">CNN: وزير الخارجية يزور القاهرة</span>');
    expect(ar).toContain('<bdi dir="rtl" lang="he">IBM פותחת משרד בחיפה</bdi>');
    expect(he).toContain('<bdi dir="rtl">CNN: وزير الخارجية يزور القاهرة</bdi>');
    expect(he).toContain('<bdi lang="en">Talks resume</bdi>');
  });

  it("marks the text of an article in a language of its own (front matter lang) with it, wherever it is shown", async () => {
    const seeds = await seedsWith({
      'fr.md': '---\ntitle: Les négociations reprennent à Genève\ndate: 2024-05-02\nlang: fr\n---\nLes négociations sur la Syrie ont repris mercredi à Genève.\n',
      // Related to the French one by the French words it quotes.
      'en.txt': ' date 2024-05-01 Syria talks resume in Geneva\nThe talks on Syria, "les négociations", resumed on Wednesday in Genève, where envoys met.\n',
    });
    const out = path.join(path.dirname(seeds), 'site');
    expect((await runCli(['build', '--seeds', seeds, '--out', out])).code).toBe(0);
    const fr = await readFile(path.join(out, '2024/05/02/les-negociations-reprennent-a-geneve/index.html'), 'utf8');
    expect(fr).toMatch(/^<!doctype html>\n<html lang="en"/);
    expect(fr).toContain('<h1 dir="auto" lang="fr">Les négociations reprennent à Genève</h1>');
    expect(fr).toContain('<div class="body" dir="auto" lang="fr">');
    expect(fr).toContain('"inLanguage":"fr"');
    const en = await readFile(path.join(out, '2024/05/01/syria-talks-resume-in-geneva/index.html'), 'utf8');
    expect(en).toContain('"inLanguage":"en"');
    expect(en).toContain('<h1 dir="auto">Syria talks resume in Geneva</h1>');
    // In lists: the home page's, and the related articles of the English one.
    const home = await readFile(path.join(out, 'index.html'), 'utf8');
    expect(home).toContain('<h3 dir="auto" lang="fr"><a href="/2024/05/02/les-negociations-reprennent-a-geneve/">');
    expect(home).toContain('<h3 dir="auto"><a href="/2024/05/01/syria-talks-resume-in-geneva/">');
    expect(en).toContain('<a href="/2024/05/02/les-negociations-reprennent-a-geneve/" dir="auto" lang="fr">');
    // The neighbours' titles and the breadcrumb's current page, each in its own language (QA 25).
    expect(en).toContain('<a href="/2024/05/02/les-negociations-reprennent-a-geneve/" rel="next"><bdi lang="fr">Les négociations reprennent à Genève</bdi> <span aria-hidden="true">→</span></a>');
    expect(fr).toContain('<a href="/2024/05/01/syria-talks-resume-in-geneva/" rel="prev"><span aria-hidden="true">←</span> <bdi>Syria talks resume in Geneva</bdi></a>');
    expect(fr).toContain('<span aria-current="page" dir="auto" lang="fr">Les négociations reprennent à Genève</span>');
    expect(en).toContain('<span aria-current="page" dir="auto">Syria talks resume in Geneva</span>');
    // Every page shows its reader the site's feeds, not only its head.
    expect(home).toMatch(/<footer class="site-footer">[\s\S]*<a href="\/feed\.xml">Atom<\/a>, <a href="\/feed\.json">JSON Feed<\/a>/);
    // And in the feeds: the entry's own language.
    const atom = await readFile(path.join(out, 'feed.xml'), 'utf8');
    expect(atom).toMatch(/<entry xml:lang="fr">\n {4}<title>Les négociations reprennent à Genève<\/title>/);
    expect(atom).toMatch(/<entry>\n {4}<title>Syria talks resume in Geneva<\/title>/);
    const items = (JSON.parse(await readFile(path.join(out, 'feed.json'), 'utf8')) as { items: { title: string; language?: string }[] }).items;
    expect(items.map((i) => [i.title, i.language])).toEqual([['Les négociations reprennent à Genève', 'fr'], ['Syria talks resume in Geneva', undefined]]);
  });

  it('shows the authors a seed names as its byline, and gives them to feeds, JSON-LD, search and the API', async () => {
    const seeds = await seedsWith({ 'a.md': '---\ntitle: Talks resume\ndate: 2024-05-03\nauthor: Jane Roe and John Doe\nsource: Reuters\n---\nEnvoys met again on Friday.\n' });
    const out = path.join(path.dirname(seeds), 'site');
    expect((await runCli(['build', '--seeds', seeds, '--out', out])).code).toBe(0);
    const page = await readFile(path.join(out, '2024/05/03/talks-resume/index.html'), 'utf8');
    expect(page).toContain('<bdi class="byline">By Jane Roe and John Doe</bdi>');
    expect(page).toContain('"author":[{"@type":"Person","name":"Jane Roe"},{"@type":"Person","name":"John Doe"}]');
    expect(page).toContain('"sourceOrganization":{"@type":"Organization","name":"Reuters"}');
    const atom = await readFile(path.join(out, 'feed.xml'), 'utf8');
    expect(atom).toContain('    <author><name>Jane Roe</name></author>\n    <author><name>John Doe</name></author>');
    const json = JSON.parse(await readFile(path.join(out, 'feed.json'), 'utf8')) as { items: { authors: { name: string }[] }[] };
    expect(json.items[0]!.authors).toEqual([{ name: 'Jane Roe' }, { name: 'John Doe' }]);
    const api = JSON.parse(await readFile(path.join(out, 'api/articles/2024.json'), 'utf8')) as { authors: string[] }[];
    expect(api[0]!.authors).toEqual(['Jane Roe', 'John Doe']);
  });

  it('names an unknown option, without advice that does not apply', async () => {
    const run = await runCli(['build', '--bogus']);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe('news-archive: unknown option "--bogus": see the options below');
  });

  it('shows the site title without control characters, in pages and feeds alike (QA 29)', async () => {
    const seeds = await seedsWith({ 'a.txt': ' date 2017-11-14 Talks Resume\nEnvoys met.\n' });
    const out = path.join(path.dirname(seeds), 'site');
    expect((await runCli(['build', '--seeds', seeds, '--out', out, '--title', 'My <b>Archive</b> & "Co" \u001b[31m\u0007'])).code).toBe(0);
    const json = JSON.parse(await readFile(path.join(out, 'feed.json'), 'utf8')) as { title: string };
    expect(json.title).toBe('My <b>Archive</b> & "Co" [31m');
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toContain('<title>My &lt;b&gt;Archive&lt;/b&gt; &amp; &quot;Co&quot; [31m</title>');
  });

  it('exits 2 on a usage error', async () => {
    for (const args of [[], ['frobnicate'], ['build', '--no-such-option'], ['build', '--base-url', 'news'], ['serve', '--port', 'x'], ['build', '--lang', 'en US'], ['build', '--title', ' \u001b\u200b ']]) {
      const run = await runCli(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toContain('Usage:');
    }
  });

  it('exits 2 and keeps the site as it was when the seeds folder holds no seeds (a wrong or unmounted folder)', async () => {
    const seeds = await seedsWith({ 'a.txt': ' date 2017-11-14 Talks Resume\nEnvoys met.\n' });
    const out = path.join(path.dirname(seeds), 'site');
    expect((await runCli(['build', '--seeds', seeds, '--out', out])).code).toBe(0);
    const before = await readdir(out);
    // Only what the reader skips: hidden files and an editor's backup.
    const empty = await seedsWith({ '.hidden.txt': 'x', 'b.txt~': 'x' });
    const run = await runCli(['build', '--seeds', empty, '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`the seeds folder "${empty}" holds no seeds`);
    expect(run.stderr).toContain(`"${out}" is left as it was`);
    expect(await readdir(out)).toEqual(before);
    expect(existsSync(path.join(out, '2017/11/14/talks-resume/index.html'))).toBe(true);
  });

  it('exits 2 when the output folder is inside the seeds folder, or the seeds inside the output', async () => {
    const seeds = await seedsWith({ 'a.txt': ' date 2017-11-14 First\nText.\n' });
    const link = path.join(await tempDir(), 'seedlink');
    await symlink(seeds, link);
    const up = path.join(await tempDir(), 'uplink');
    await symlink(path.dirname(seeds), up);
    for (const [args, said] of [
      [['build', '--seeds', seeds, '--out', path.join(seeds, 'site')], 'inside the seeds folder'],
      [['build', '--seeds', seeds, '--out', seeds], 'inside the seeds folder'],
      [['build', '--seeds', seeds, '--out', path.dirname(seeds)], 'which every build replaces'],
      // The same through links to the seeds folder and to the folder above it.
      [['build', '--seeds', link, '--out', path.join(seeds, 'site')], 'inside the seeds folder'],
      [['build', '--seeds', seeds, '--out', path.join(link, 'site')], 'inside the seeds folder'],
      [['serve', '--seeds', path.join(up, 'seeds'), '--out', path.join(path.dirname(seeds), 'seeds', 'x', 'site')], 'inside the seeds folder'],
      [['build', '--seeds', seeds, '--out', up], 'which every build replaces'],
    ] as const) {
      const run = await runCli([...args]);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain(said);
      // One line, as for an output folder that is a file: not the usage text under it.
      expect(run.stderr).not.toContain('Usage:');
    }
    expect(await readdir(seeds)).toEqual(['a.txt']);
  });

  it('prints control characters from seeds and file names as codes, so that no seed can command the terminal or forge a line', async () => {
    const seeds = await seedsWith({
      'a.txt': ' date 2017-11-14 Fine\nText.\n',
      'b\u001b[2J.txt': '\u001b]0;pwned\u0007\u001b[31mred\u202e\n',
      'c.md': '---\ndate: "2017-11-14 \\e[1m\\nseeds/a.txt:1: forged"\n---\nText.\n',
    });
    const run = await runCli(['build', '--seeds', seeds, '--out', path.join(path.dirname(seeds), 'site')]);
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(/[\u001b\u0007\u202e]/);
    expect(run.stderr).toContain('b\\u{1b}[2J.txt:1: ');
    // A seed's control characters are read as spaces (QA 24 b), its other marks shown as codes.
    expect(run.stderr).toContain(' ]0;pwned  [31mred\\u{202e}');
    expect(run.stderr.split('\n').filter((l) => l.startsWith('seeds/a.txt'))).toEqual([]);
    expect(run.stderr).toContain('\\u{a}seeds/a.txt:1: forged');
  });

  it('exits 3 with the system error, and no stack trace, when the machine cannot write the site', async () => {
    const seeds = await seedsWith({ 'a.txt': ' date 2017-11-14 First\nText.\n' });
    const file = path.join(path.dirname(seeds), 'file');
    await writeFile(file, 'not a folder');
    const run = await runCli(['build', '--seeds', seeds, '--out', path.join(file, 'site')]);
    expect(run.code).toBe(3);
    // Whichever write meets the file first says so, naming the path.
    expect(run.stderr).toMatch(/^news-archive: (?:ENOTDIR: not a directory|EEXIST: file already exists).*\/file\b/);
    expect(run.stderr).toContain('The site was not updated');
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  it('says nothing of writing when check finds the topics file invalid', async () => {
    const seeds = await seedsWith({ 'a.txt': ' date 2017-11-14 First\nText.\n' });
    await writeFile(path.join(path.dirname(seeds), 'topics.yml'), 'topics: [\n');
    const run = await runCli(['check', '--seeds', seeds]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('topics.yml');
    expect(run.stderr).not.toContain('Nothing was written');
  });

  it('exits 2 when the seeds folder does not exist', async () => {
    const run = await runCli(['check', '--seeds', path.join(await tempDir(), 'nope')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('does not exist');
  });

  it('says that a seeds folder that is a file is no folder, in words, not by an error code', async () => {
    const file = path.join(await tempDir(), 'notes.txt');
    await writeFile(file, ' date 2017-11-14 A seed alone\nText.\n');
    for (const command of ['check', 'build']) {
      const run = await runCli([command, '--seeds', file, '--out', path.join(path.dirname(file), 'site')]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`seeds folder "${file}" is a file, not a folder: give the folder that holds the seeds`);
      expect(run.stderr).not.toContain('ENOTDIR');
    }
  });

  it('checks the sample seeds', async () => {
    const run = await runCli(['check']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2 articles');
  });

  it('says how many duplicates check folded and drafts it left out', async () => {
    const text = ' date 2017-11-14 Twice Told\nThe same text.\n';
    const seeds = await seedsWith({ 'a.txt': text, 'b.txt': text, 'c.md': '---\ntitle: Draft\ndate: 2017-11-15\ndraft: true\n---\nNot yet.\n' });
    const run = await runCli(['check', '--seeds', seeds]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('3 seeds checked: 1 article, 1 duplicate folded, 1 draft left out, no problems');
  });

  it('calls a UTF-16 seed UTF-16', async () => {
    const seeds = await seedsWith({});
    await writeFile(path.join(seeds, 'wide.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(' date 2017-11-14 Wide\nText.\n', 'utf16le')]));
    const run = await runCli(['check', '--seeds', seeds]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('wide.txt:1: the file is UTF-16 text, not UTF-8');
  });

  it('reports every invalid seed as file:line and exits 1', async () => {
    const seeds = await seedsWith({
      'good.txt': ' date 2017-11-14 Fine\nText.\n',
      'bad-date.txt': ' date 2017-02-30 Impossible\nText.\n',
      'no-date.txt': 'Just text\n',
      'bad.md': '---\ntitle: x\ndate: 2017-13-01\n---\nBody\n',
    });
    const run = await runCli(['check', '--seeds', seeds]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${path.join(seeds, 'bad-date.txt')}:1: invalid date "2017-02-30"`);
    expect(run.stderr).toContain(`${path.join(seeds, 'no-date.txt')}:1:`);
    expect(run.stderr).toContain(`${path.join(seeds, 'bad.md')}:3: invalid date "2017-13-01"`);
    expect(run.stderr).toContain('3 problems in 3 seeds');
  });

  it('says the warnings of valid seeds beside the problems of invalid ones, in check and in a failed build', async () => {
    const seeds = await seedsWith({
      'pictured.md': '---\ntitle: Pictured\ndate: 2017-11-14\n---\nText.\n\n![Harbour](harbour.jpg)\n',
      'bad-date.txt': ' date 2017-02-30 Impossible\nText.\n',
    });
    for (const args of [['check', '--seeds', seeds], ['build', '--seeds', seeds, '--out', path.join(path.dirname(seeds), 'site')]]) {
      const run = await runCli(args);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`${path.join(seeds, 'bad-date.txt')}:1: invalid date "2017-02-30"`);
      expect(run.stderr).toContain(`1 warning about 1 published article:\n${path.join(seeds, 'pictured.md')}:7: warning: the picture "harbour.jpg" is not in the seeds folder`);
      expect(run.stderr.includes('Nothing was written')).toBe(args[0] === 'build');
    }
  });

  it('leaves the previous site intact when a build fails, with no temporary folder behind', async () => {
    const seeds = await seedsWith({ 'a.txt': ' date 2017-11-14 First\nText.\n' });
    const out = path.join(path.dirname(seeds), 'site');
    expect((await runCli(['build', '--seeds', seeds, '--out', out])).code).toBe(0);
    const before = await readFile(path.join(out, 'index.html'), 'utf8');
    await writeFile(path.join(seeds, 'b.txt'), ' date 2017-02-30 Broken\nText.\n');
    const run = await runCli(['build', '--seeds', seeds, '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Nothing was written');
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe(before);
    expect((await readdir(path.dirname(out))).sort()).toEqual(['.site.cache', 'seeds', 'site']);
  });

  it('refuses to replace a folder it did not write', async () => {
    const seeds = await seedsWith({ 'a.txt': ' date 2017-11-14 First\nText.\n' });
    const out = path.join(path.dirname(seeds), 'precious');
    await mkdir(out);
    await writeFile(path.join(out, 'thesis.tex'), 'do not delete');
    const run = await runCli(['build', '--seeds', seeds, '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('not written by news-archive');
    expect(existsSync(path.join(out, 'thesis.tex'))).toBe(true);
  });

  it('builds from any working directory', async () => {
    const dir = await tempDir();
    await cp(path.join(ROOT, 'seeds'), path.join(dir, 'seeds'), { recursive: true });
    const run = await runCli(['build'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(existsSync(path.join(dir, '_site/2017/11/14/new-impetus-to-geneva-talks/index.html'))).toBe(true);
  });
});
