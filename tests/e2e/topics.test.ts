// Topics end to end on the two real seeds: what they yield, the pages they share, the kind
// listings, /api/topics.json, and each seed's first related link to the other.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { attr, brokenLinks, loadPages, type PageDoc, textOf } from '../helpers/crawl.ts';
import { ROOT, runCli, tempDir } from '../helpers/cli.ts';
import { readApiArticles } from '../helpers/api.ts';

interface ApiTopic {
  slug: string;
  name: string;
  kind: string;
  aliases: string[];
  count: number;
}
interface ApiArticle {
  id: string;
  url: string;
  date: string;
  topics: { slug: string; name: string; kind: string }[];
  related: string[];
}

const IMPETUS = '000_ca04473b45ea682b';
const TASS = '002_accec6986dee77a2';

let out: string;
let pages: PageDoc[];
let topics: ApiTopic[];
let articles: ApiArticle[];
const page = (url: string): PageDoc => {
  const p = pages.find((x) => x.url === url);
  if (!p) throw new Error(`no page ${url}`);
  return p;
};
const mainLinks = (p: PageDoc): string[] => p.elements('main').flatMap((m) => {
  const hrefs: string[] = [];
  const visit = (n: { nodeName: string; childNodes?: unknown[] }): void => {
    if (n.nodeName === 'a') hrefs.push(attr(n as never, 'href') ?? '');
    for (const c of (n.childNodes ?? []) as { nodeName: string }[]) visit(c);
  };
  visit(m);
  return hrefs;
});

beforeAll(async () => {
  out = path.join(await tempDir(), '_site');
  const run = await runCli(['build', '--seeds', path.join(ROOT, 'seeds'), '--topics', path.join(ROOT, 'tests/fixtures/none.yml'), '--out', out]);
  expect(run.code, run.stderr).toBe(1);
  expect(run.stderr).toContain('none.yml:1: the topics file does not exist');
  // Without --topics, no topics.yml beside seeds/ means no vocabulary: extraction alone.
  const ok = await runCli(['build', '--seeds', path.join(ROOT, 'seeds'), '--out', out]);
  expect(ok.code, ok.stderr).toBe(0);
  pages = await loadPages(out);
  topics = JSON.parse(await readFile(path.join(out, 'api/topics.json'), 'utf8')) as ApiTopic[];
  articles = await readApiArticles<ApiArticle>(out);
});

describe('topics of the two real seeds', () => {
  const expected: [string, string][] = [
    ['Syria', 'place'], ['Geneva', 'place'], ['Russia', 'place'], ['Sochi', 'place'],
    ['United Nations', 'organization'],
    ['Sergei Lavrov', 'person'], ['Gennady Gatilov', 'person'], ['Staffan de Mistura', 'person'],
    ['Syrian National Dialogue Congress', 'subject'], ['Geneva talks', 'subject'],
  ];

  it.each(expected)('yields %s (%s), once', (name, kind) => {
    const found = topics.filter((t) => t.name === name);
    expect(found, JSON.stringify(topics.map((t) => t.name))).toHaveLength(1);
    expect(found[0]!.kind).toBe(kind);
  });

  it('yields exactly these, and the source, TASS: one-off names lack support', () => {
    expect(topics.map((t) => `${t.kind}:${t.name}`).sort()).toEqual([...expected.map(([n, k]) => `${k}:${n}`), 'organization:TASS'].sort());
  });

  it('yields no junk: no fragments, offices, weekdays or sentence words', () => {
    for (const t of topics) {
      expect(t.name).not.toMatch(/^(?:Assembly|Permanent Mission|UN Office|Office|Tuesday|Monday|November|Moreover|According|He|She|They|Russian|Deputy|Foreign)\b/);
      expect(t.name.split(' ').length).toBeLessThanOrEqual(5);
    }
    // Each entity once: no two topics fold to one name.
    const folded = topics.map((t) => t.name.toLowerCase().replace(/[^a-z]/g, ''));
    expect(new Set(folded).size).toBe(folded.length);
  });

  it('gives the spellings of Gatilov one topic, with the other spelling as an alias', () => {
    const gatilov = topics.find((t) => t.name === 'Gennady Gatilov')!;
    expect(gatilov.aliases).toContain('Gennadiy Gatilov');
    expect(gatilov.count).toBe(2);
  });

  it('lists both seeds on the shared person and place pages', () => {
    for (const url of ['/topics/sergei-lavrov/', '/topics/gennady-gatilov/', '/topics/geneva/', '/topics/syria/']) {
      const links = mainLinks(page(url));
      for (const a of articles) expect(links, url).toContain(a.url);
    }
  });

  it('shows kind, count, span and the topics most often alongside on a topic page', () => {
    const p = page('/topics/sergei-lavrov/');
    const text = textOf(p.elements('main')[0]!).replace(/\s+/g, ' ');
    expect(text).toContain('Person · 2 articles, on 14 November 2017.');
    expect(text).toContain('Often in the same articles');
    expect(mainLinks(p)).toEqual(expect.arrayContaining(['/people/', '/topics/geneva/', '/topics/syria/']));
  });

  it('lists each kind on its own page, and all kinds on /topics/, most covered first', () => {
    const kinds: Record<string, string> = { person: '/people/', place: '/places/', organization: '/organizations/', subject: '/subjects/' };
    for (const [kind, url] of Object.entries(kinds)) {
      const links = mainLinks(page(url)).filter((h) => h.startsWith('/topics/'));
      const ofKind = topics.filter((t) => t.kind === kind);
      expect(links).toEqual(ofKind.map((t) => `/topics/${t.slug}/`));
      const counts = ofKind.map((t) => t.count);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      expect(mainLinks(page('/topics/'))).toContain(url);
    }
  });

  it('groups each article\'s topics by kind, and lists the other seed first among related articles', () => {
    for (const [id, other] of [[IMPETUS, TASS], [TASS, IMPETUS]] as const) {
      const a = articles.find((x) => x.id === id)!;
      expect(a.related[0]).toBe(other);
      const text = textOf(page(a.url).elements('main')[0]!);
      for (const label of ['People', 'Places', 'Organisations', 'Subjects']) expect(text).toContain(label);
      expect(a.topics.map((t) => t.name)).toEqual(expect.arrayContaining(['Sergei Lavrov', 'Geneva', 'Syria']));
    }
  });

  it('/api/topics.json lists every topic page, with slug, name, kind, aliases and count', () => {
    for (const t of topics) {
      expect(Object.keys(t)).toEqual(expect.arrayContaining(['slug', 'name', 'kind', 'aliases', 'count']));
      expect(pages.some((p) => p.url === `/topics/${t.slug}/`)).toBe(true);
      expect(t.count).toBe(articles.filter((a) => a.topics.some((x) => x.slug === t.slug)).length);
    }
    expect(brokenLinks(out, pages)).toEqual([]);
  });
});
