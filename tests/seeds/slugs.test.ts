// Slugs: derived from titles, unique within a day, in file-name order.
import { describe, expect, it } from 'vitest';
import { articleIds, buildArchive } from '../../src/archive/build.ts';
import { assignSlugs, byPublication } from '../../src/archive/slugs.ts';
import { loadSeeds } from '../../src/seeds/load.ts';
import { isSafeSlug, MAX_SLUG, slugify, topicSlug } from '../../src/seeds/slug.ts';
import type { SeedRecord } from '../../src/types.ts';
import path from 'node:path';
import { readSeed } from '../../src/seeds/read.ts';
import { expectProblems, expectRecord, FIXTURES, recordOf } from './helpers.ts';
import { quickly } from '../helpers/timing.ts';

async function load(folder: string): Promise<SeedRecord[]> {
  const { records, problems } = await loadSeeds(path.join(FIXTURES, folder));
  expect(problems).toEqual([]);
  return records;
}

function slugsOf(records: SeedRecord[]): Record<string, string> {
  const sorted = [...records].sort(byPublication);
  const { slugs, problems } = assignSlugs(sorted);
  expect(problems).toEqual([]);
  return Object.fromEntries(sorted.map((r, i) => [r.file, slugs[i]!]));
}

describe('slugify', () => {
  it.each([
    ['New Impetus to Geneva Talks', 'new-impetus-to-geneva-talks'],
    ['Zürich café', 'zurich-cafe'],
    ['São Paulo à la carte', 'sao-paulo-a-la-carte'],
    ['Russia’s envoy', 'russias-envoy'],
    ['Geneva Talks & Syrian National Congress', 'geneva-talks-and-syrian-national-congress'],
    ['“Further Progress” in Geneva', 'further-progress-in-geneva'],
    ['  --Hello,   World!--  ', 'hello-world'],
    ['U.S. to Sell Bonds', 'u-s-to-sell-bonds'],
    // Letters of their own, spelled in a-z rather than dropped.
    ['Straßenbahnunfall in Düsseldorf', 'strassenbahnunfall-in-dusseldorf'],
    ['Żółta flaga nad Łodzią', 'zolta-flaga-nad-lodzia'],
    ["Ağrı Dağı'nda çığ", 'agri-daginda-cig'],
    ['Ærø og Øresund', 'aero-og-oresund'],
    ['Đà Nẵng', 'da-nang'],
    // Cyrillic and Greek, transliterated.
    ['Лавров прибыл в Женеву', 'lavrov-pribyl-v-zhenevu'],
    ['Щёлково, Юрьев и Хабаровск', 'shchelkovo-yurev-i-khabarovsk'],
    // Ukrainian, by its own standard, where the text has one of its letters.
    ['Київ відповів Харкову', 'kyiv-vidpoviv-kharkovu'],
    ['Україна і Європа: Їжак, Ґанок, Юлія, Ярослав, Йосип, під’їзд', 'ukraina-i-yevropa-yizhak-ganok-yuliia-yaroslav-yosyp-pidizd'],
    ['Αθήνα και Θεσσαλονίκη', 'athina-kai-thessaloniki'],
  ])('%j -> %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
    expect(isSafeSlug(slug)).toBe(true);
  });

  it('cuts a long slug at a word boundary within MAX_SLUG', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG);
    expect(slug).toMatch(/^word(-word)*$/);
  });
});

describe('topicSlug', () => {
  it.each([
    ['C++', 'c-plus-plus'],
    ['C#', 'c-sharp'],
    ['C', 'c'],
    ['F# language', 'f-sharp-language'],
    ['A+E Networks', 'a-plus-e-networks'],
    ['Google+', 'google-plus'],
    ['#MeToo', 'metoo'],
    ['+44 calls', '44-calls'],
    ['Geneva Talks', 'geneva-talks'],
  ])('%j -> %j', (name, slug) => {
    expect(topicSlug(name)).toBe(slug);
    expect(isSafeSlug(slug)).toBe(true);
  });

  it('gives a name mostly of letters that do not fold into a-z a hashed slug of its own', () => {
    expect(topicSlug('北京')).toMatch(/^t-[0-9a-f]{10}$/);
    expect(topicSlug('القاهرة')).toMatch(/^t-[0-9a-f]{10}$/);
    expect(topicSlug('北京')).not.toBe(topicSlug('القاهرة'));
    // Not the slug of the Latin letters or digits among them.
    expect(topicSlug('中国G20峰会')).toMatch(/^t-[0-9a-f]{10}$/);
    expect(topicSlug('中国G20峰会')).not.toBe(topicSlug('G20'));
  });

  it('keeps names apart that differ by letters of their own, which were dropped before', () => {
    expect(topicSlug('Ærø')).not.toBe(topicSlug('R'));
    expect(topicSlug('Łódź')).not.toBe(topicSlug('ODZ'));
    expect(topicSlug('Ил-76')).not.toBe(topicSlug('Ан-76'));
    // Transliterated, with a hash of the name: spelled in a-z, it may be another name's.
    expect(topicSlug('Москва')).toMatch(/^moskva-[0-9a-f]{8}$/);
    expect(topicSlug('Ил-76')).toMatch(/^il-76-[0-9a-f]{8}$/);
    expect(topicSlug('Ира')).not.toBe(topicSlug('IRA'));
    expect(topicSlug('Мир')).not.toBe(topicSlug('MIR'));
    expect(topicSlug('Ήρα')).not.toBe(topicSlug('Ира'));
    expect(topicSlug('Москва')).toBe(topicSlug('Москва'));
  });

  it('keeps long names that part only after the cut apart, within MAX_SLUG, one slug for each name however it is spelled', () => {
    const stem = 'Intergovernmental Consultations of the Special Envoy on the Implementation of Resolution 2254';
    const [a, b] = [`${stem} Humanitarian Track`, `${stem} Political Track`].map(topicSlug);
    expect(a).not.toBe(b);
    for (const slug of [a!, b!]) {
      expect(slug.length).toBeLessThanOrEqual(MAX_SLUG);
      expect(isSafeSlug(slug)).toBe(true);
      expect(slug).toMatch(/^intergovernmental-consultations-of-the-[a-z0-9-]+-[0-9a-f]{8}$/);
    }
    expect(topicSlug(`${stem.toUpperCase()} HUMANITARIAN TRACK`)).toBe(a);
    expect(topicSlug('word '.repeat(16).trim())).toBe(slugify('word '.repeat(16)));
  });

  it('keeps C++, C# and C apart as topics of a built archive', async () => {
    const records = ['C++', 'C#', 'C'].map((topic, i) =>
      expectRecord(readSeed(`s${i}.md`, new TextEncoder().encode(`---\ntitle: Languages ${i}\ndate: 2020-01-0${i + 1}\ntopics: ["${topic}"]\n---\nText about ${topic}.\n`))),
    );
    const { archive } = buildArchive(records);
    const byName = Object.fromEntries(archive.topics.map((t) => [t.name, t.slug]));
    expect(byName).toMatchObject({ 'C++': 'c-plus-plus', 'C#': 'c-sharp', C: 'c' });
  });

  it('keeps two long front matter topics that share their first 80 characters as two topics of a built archive', () => {
    const stem = 'Intergovernmental Consultations of the Special Envoy on the Implementation of Resolution 2254';
    const records = ['Humanitarian', 'Political'].map((track, i) =>
      expectRecord(readSeed(`s${i}.md`, new TextEncoder().encode(`---\ntitle: Track ${i}\ndate: 2020-01-0${i + 1}\ntopics: ["${stem} ${track} Track"]\n---\nText.\n`))),
    );
    const names = buildArchive(records).archive.topics.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining([`${stem} Humanitarian Track`, `${stem} Political Track`]));
  });
});

describe('assignSlugs', () => {
  it('gives two seeds with the same title on the same day "x" and "x-2" in file-name order', async () => {
    const records = await load('slugs-same-day');
    expect(records.map((r) => r.title)).toEqual(['Talks Resume in Geneva', 'Talks Resume in Geneva', 'Talks Resume in Geneva']);
    const expected = {
      '001_first.txt': 'talks-resume-in-geneva',
      '002_second.txt': 'talks-resume-in-geneva-2',
      '003_third.md': 'talks-resume-in-geneva-3',
    };
    expect(slugsOf(records)).toEqual(expected);
    expect(slugsOf([...records].reverse())).toEqual(expected);
    const [a, b, c] = records as [SeedRecord, SeedRecord, SeedRecord];
    expect(slugsOf([b, c, a])).toEqual(expected);
  });

  it('numbers 20,000 seeds of one title on one day in linear time, around a slug one of them asked for', () => {
    // Trying every suffix from 2 for each seed took 38 s for these; remembering the next one, 0.15 s.
    const records = Array.from(
      { length: 20000 },
      (_, i) => ({ file: `f${String(i).padStart(5, '0')}.txt`, id: `f${i}`, date: '2020-01-01', title: 'Talks Resume', slug: i === 5 ? 'talks-resume-3' : null }) as SeedRecord,
    );
    const started = performance.now();
    const { slugs, problems } = assignSlugs(records);
    expect(performance.now() - started).toBeLessThan(quickly(5000));
    expect(problems).toEqual([]);
    const expected = ['talks-resume', ...Array.from({ length: 20000 }, (_, k) => `talks-resume-${k + 2}`).filter((s) => s !== 'talks-resume-3')].slice(0, 19999);
    expected.splice(5, 0, 'talks-resume-3');
    expect(slugs).toEqual(expected);
  });

  it('buildArchive gives the same result whatever the input order', async () => {
    const records = await load('slugs-same-day');
    const urls = (rs: SeedRecord[]): string[] => buildArchive(rs).archive.articles.map((a) => `${a.file} ${a.url}`);
    const expected = [
      '001_first.txt /2017/11/14/talks-resume-in-geneva/',
      '002_second.txt /2017/11/14/talks-resume-in-geneva-2/',
      '003_third.md /2017/11/14/talks-resume-in-geneva-3/',
    ];
    expect(urls(records)).toEqual(expected);
    expect(urls([...records].reverse())).toEqual(expected);
  });

  it('orders a day by the times its seeds give, untimed first, and settles clashes of slugs by file name all the same', () => {
    const md = (file: string, date: string, title = 'Talks resume'): SeedRecord => expectRecord(readSeed(file, new TextEncoder().encode(`---\ntitle: ${title}\ndate: ${date}\n---\nThe talks resumed in ${file}.\n`)));
    const records = [md('a.md', '2017-11-14T18:00:00Z'), md('b.md', '2017-11-14 09:15'), md('c.md', '2017-11-14'), md('d.md', '2017-11-13T23:59:00Z', 'Eve')];
    const urls = (rs: SeedRecord[]): string[] => buildArchive(rs).archive.articles.map((a) => `${a.file} ${a.url}`);
    const expected = ['d.md /2017/11/13/eve/', 'c.md /2017/11/14/talks-resume-3/', 'b.md /2017/11/14/talks-resume-2/', 'a.md /2017/11/14/talks-resume/'];
    expect(urls(records)).toEqual(expected);
    expect(urls([...records].reverse())).toEqual(expected);
    const day = buildArchive(records).archive.days.find((d) => d.key === '2017-11-14')!;
    expect(day.articles.map((i) => buildArchive(records).archive.articles[i]!.file)).toEqual(['c.md', 'b.md', 'a.md']);
  });

  it('gives the same title on different days the same slug', async () => {
    const records = await load('slugs-other-day');
    expect(slugsOf(records)).toEqual({
      '001_first.txt': 'talks-resume-in-geneva',
      '002_next-day.txt': 'talks-resume-in-geneva',
    });
    const { archive } = buildArchive([...records].reverse());
    expect(archive.articles.map((a) => a.url)).toEqual([
      '/2017/11/14/talks-resume-in-geneva/',
      '/2017/11/15/talks-resume-in-geneva/',
    ]);
  });

  it('gives a title that folds into no slug the file name, else a hash of its path, the same whatever seeds come beside it', () => {
    const chinese = (file: string, title: string): SeedRecord => expectRecord(readSeed(file, new TextEncoder().encode(`---\ntitle: ${title}\ndate: 2024-05-02\n---\n北京今天有雨。\n`)));
    const one = [chinese('xh1.md', '中国与俄罗斯签署贸易协定'), chinese('新闻.md', '北京今天下雨'), chinese('价格.md', '5月居民消费价格同比上涨0.3%')];
    const slugs = slugsOf(one);
    expect(slugs['xh1.md']).toBe('xh1');
    expect(slugs['新闻.md']).toMatch(/^a-[0-9a-f]{10}$/);
    // Not the slug of its figures.
    expect(slugs['价格.md']).toMatch(/^a-[0-9a-f]{10}$/);
    expect(slugs['价格.md']).not.toBe(slugs['新闻.md']);
    // A seed added that day moves no other article.
    const more = slugsOf([...one, chinese('天气.md', '上海今天下雨'), chinese('a.md', '北京今天下雨')]);
    for (const file of ['xh1.md', '新闻.md', '价格.md']) expect(more[file]).toBe(slugs[file]);
    expect(Object.values(more).every((s) => isSafeSlug(s))).toBe(true);
    const russian = expectRecord(readSeed('путин.txt', new TextEncoder().encode(' date 2024-05-01 Лавров прибыл в Женеву\nМинистр прибыл в среду.\n')));
    expect(slugsOf([russian])['путин.txt']).toBe('lavrov-pribyl-v-zhenevu');
  });

  it('folds diacritics in a title', () => {
    const r = recordOf('slugs-diacritics/zurich.txt');
    expect(r.title).toBe('Zürich Café Reopens');
    expect(buildArchive([r]).archive.articles[0]?.slug).toBe('zurich-cafe-reopens');
  });

  it('two Markdown seeds asking for the same slug on the same day is a problem', async () => {
    const records = await load('slugs-explicit-clash');
    expect(records.map((r) => r.slug)).toEqual(['geneva-talks', 'geneva-talks', 'geneva-talks']);
    const { problems } = buildArchive([...records].reverse());
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: '002_b.md', line: 4 });
    expect(problems[0]?.message).toContain('001_a.md');
  });

  it('a slug a seed asks for wins over a derived one, even from an earlier file', async () => {
    const records = await load('slugs-explicit-wins');
    expect(slugsOf(records)).toEqual({
      '001_derived.txt': 'geneva-talks-2',
      '002_explicit.md': 'geneva-talks',
    });
  });

  it('does not give an article the reserved slug "page"', () => {
    const r = recordOf('slugs-diacritics/zurich.txt');
    const { slugs } = assignSlugs([{ ...r, title: 'Page' }]);
    expect(slugs).toEqual(['page-2']);
  });

  it('refuses the reserved slug "page" when a seed asks for it, on the line that asks', () => {
    const problems = expectProblems(readSeed('p.md', new TextEncoder().encode('---\ntitle: T\ndate: 2017-11-14\n\nslug: page\n---\nBody.\n')));
    expect(problems).toEqual([expect.objectContaining({ file: 'p.md', line: 5, message: expect.stringContaining('"slug" is "page", the archive\'s own') })]);
  });

  it('reports a slug already taken on the line of the key that asks for it', () => {
    const seed = (file: string, head: string): SeedRecord => expectRecord(readSeed(file, new TextEncoder().encode(`---\ntitle: ${file}\n${head}date: 2017-11-14\n---\nBody of ${file}.\n`)));
    const { slugs, problems } = assignSlugs([seed('a.md', 'slug: same\n'), seed('b.md', 'source: Wire\ndateline: Rome\npermalink: same\n')]);
    expect(slugs).toEqual(['same', null]);
    expect(problems).toEqual([expect.objectContaining({ file: 'b.md', line: 5, message: 'slug "same" on 2017-11-14 is already used by a.md' })]);
  });
});

describe('articleIds', () => {
  const record = (file: string): SeedRecord => ({ ...recordOf('slugs-diacritics/zurich.txt'), file, id: path.posix.basename(file).replace(/\.[^.]*$/, '') });

  it('keeps file names, and tells apart seeds of one name by their paths, then extensions, then a number', () => {
    const files = ['a/report.txt', 'b/report.txt', 'c.txt', 'x/same.txt', 'x/same.md', 'same.txt.txt', 'x/y.txt', 'z/x/y.txt'];
    expect(articleIds(files.map(record))).toEqual(['a/report', 'b/report', 'c', 'x/same.txt', 'x/same.md', 'same.txt', 'x/y', 'z/x/y']);
    expect(articleIds(['x/same.txt', 'x/same.md', 'same.txt.txt', 'y/same.txt.txt'].map(record))).toEqual(['x/same.txt', 'x/same.md', 'same.txt', 'y/same.txt']);
    // `p/a.txt.txt` is `p/a.txt` by its path, as `p/a.txt` is by its file: the second gets a number.
    expect(articleIds(['p/a.txt', 'p/a.md', 'a.txt.txt', 'p/a.txt.txt'].map(record))).toEqual(['p/a.txt', 'p/a.md', 'a.txt', 'p/a.txt~2']);
  });
});

describe('a Markdown seed named as Jekyll names posts', () => {
  const md = (file: string, front: string): SeedRecord => expectRecord(readSeed(file, new TextEncoder().encode(`---\ndate: 2017-11-14\n${front}---\nThe talks resumed on Tuesday in Geneva.\n`)));

  it('keeps the slug its old URL had, from its file name, rather than one from its title', () => {
    const records = [
      md('_posts/2017-11-14-talks-resume.md', 'title: Geneva talks resume after a pause\n'),
      md('_posts/2017-11-14-Zürich_Café.markdown', 'title: A café\n'),
      md('_posts/2017-11-14-переговоры.md', 'title: Talks\n'),
      // No letters that fold into a-z: the title gives the slug.
      md('_posts/2017-11-14-会谈.md', 'title: Talks in Geneva\n'),
      // A slug asked for wins.
      md('_posts/2017-11-14-old-name.md', 'title: Renamed\nslug: new-name\n'),
      md('notes/talks.md', 'title: Talks go on\n'),
    ];
    expect(slugsOf(records)).toEqual({
      '_posts/2017-11-14-talks-resume.md': 'talks-resume',
      '_posts/2017-11-14-Zürich_Café.markdown': 'zurich-cafe',
      '_posts/2017-11-14-переговоры.md': 'peregovory',
      '_posts/2017-11-14-会谈.md': 'talks-in-geneva',
      '_posts/2017-11-14-old-name.md': 'new-name',
      'notes/talks.md': 'talks-go-on',
    });
  });

  it('gives an index.md the name of its folder, as Hugo\'s page bundles and WordPress exports keep a post', () => {
    expect(slugsOf([
      md('posts/2017/11/2017-11-14-council-ok-corridor/index.md', 'title: City council approves green corridor plan\n'),
      md('content/posts/harbour-plan/index.markdown', 'title: The harbour plan\n'),
      md('index.md', 'title: An index of nothing\n'),
      md('content/posts/_index.md', 'title: Posts\n'),
    ])).toEqual({
      'posts/2017/11/2017-11-14-council-ok-corridor/index.md': 'council-ok-corridor',
      'content/posts/harbour-plan/index.markdown': 'harbour-plan',
      'index.md': 'an-index-of-nothing',
      'content/posts/_index.md': 'posts',
    });
  });

  it('numbers two such slugs on one day as any derived slugs, and leaves plain-text seeds to their titles', () => {
    const text = expectRecord(readSeed('2017-11-14-wire.txt', new TextEncoder().encode(' date 2017-11-14 Talks resume in Geneva\nThe talks resumed.\n')));
    expect(slugsOf([md('a/2017-11-14-talks.md', 'title: One\n'), md('b/2017-11-14-talks.md', 'title: Two\n'), text])).toEqual({
      'a/2017-11-14-talks.md': 'talks',
      'b/2017-11-14-talks.md': 'talks-2',
      '2017-11-14-wire.txt': 'talks-resume-in-geneva',
    });
  });
});
