// Pages and files known by their inputs (see PendingPage) are skipped by a rebuild when their
// inputs are unchanged: so equal inputs must always make equal pages. Checked here on every page
// and file of a generated archive against archives that differ from it by a seed or a few.
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../src/archive/build.ts';
import type { Archive } from '../../src/archive/types.ts';
import { generateCorpus } from '../../src/corpus/generate.ts';
import { readSeed } from '../../src/seeds/read.ts';
import { searchShards, SiteBuilder } from '../../src/site/pages.ts';
import { ArticleKeys } from '../../src/site/keys.ts';

type Seeds = Map<string, string>;

/** Every page and file that comes with inputs: its inputs, and what it is made into. */
function unitsOf(seeds: Seeds): { archive: Archive; units: Map<string, { inputs: string; made: string }> } {
  const records = [...seeds].flatMap(([file, text]) => {
    const r = readSeed(file, new TextEncoder().encode(text));
    return r.ok ? [r.record] : [];
  });
  return unitsOfArchive(buildArchive(records).archive);
}

/** A unit's inputs; or, for one known without them (a sitemap file, by its hash), its hash. */
const known = (u: { inputs: string | null; hash?: string }): string => (u.inputs === '' && u.hash ? `hash ${u.hash}` : u.inputs!);

function unitsOfArchive(archive: Archive): { archive: Archive; units: Map<string, { inputs: string; made: string }> } {
  const builder = new SiteBuilder(archive, { base: { pathPrefix: '/', origin: null }, title: 'Test', lang: 'en' });
  const units = new Map<string, { inputs: string; made: string }>();
  const entries = [];
  for (const p of builder.pages()) {
    entries.push({ url: p.url, lastmod: p.lastmod });
    if (p.inputs !== null) units.set(p.url, { inputs: known(p), made: JSON.stringify(p.make()) });
  }
  for (const f of builder.files(entries)) if (f.inputs !== null) units.set(f.url, { inputs: known(f), made: f.make().body });
  for (const s of searchShards(archive.articles, new ArticleKeys(archive.articles), { pathPrefix: '/', origin: null }, 'en')) units.set(`search:${s.shard}`, { inputs: s.inputs, made: JSON.stringify(s.records()) });
  return { archive, units };
}

describe('pages and files known by their inputs', () => {
  const BUSY_DAY = '2017-03-15';
  const base: Seeds = new Map([...generateCorpus({ count: 1500, seed: 7, firstYear: 2016, lastYear: 2017 })].map((s) => [s.file, s.text]));
  // A day of more than 50 articles, so that it has a second page.
  for (let i = 0; i < 60; i++) base.set(`day-${i}.txt`, ` date ${BUSY_DAY} Market report number ${i}\nPrices moved in report ${i}, traders said.\n`);
  const { archive, units: baseUnits } = unitsOf(base);
  // A plain text seed with a headline, listed on a topic's numbered page (page 1 holds a topic's
  // oldest articles), and so on its day and month too.
  const headline = /^( date \d{4}-\d\d-\d\d) (\S.*)$/m;
  const numbered = [...baseUnits.keys()].filter((url) => /^\/topics\/[^/]+\/page\/1\/$/.test(url));
  const listed = new Set(numbered.flatMap((url) => (JSON.parse(baseUnits.get(url)!.made).page.articles as { url: string }[]).map((a) => a.url)));
  const file = archive.articles.find((a) => listed.has(a.url) && a.format === 'text' && headline.test(base.get(a.file)!.split('\n')[0]!))?.file;
  const text = base.get(file ?? '')!;
  // The oldest day of the fullest month (over 50 articles: its first page lists none of that day's),
  // and a day with no articles between two that have some.
  const fullest = [...archive.months].filter((m) => m.key !== BUSY_DAY.slice(0, 7)).sort((x, y) => y.articles.length - x.articles.length)[0]!;
  const oldestDay = archive.articles[fullest.articles[0]!]!.date;
  // The oldest plain text seed of that month, to move to the next day: its month's first page stays the same but for the calendar.
  const oldest = fullest.articles.map((k) => archive.articles[k]!).find((a) => a.format === 'text' && headline.test(base.get(a.file)!) && !a.date.endsWith('28'))!;
  const nextDay = `${oldest.date.slice(0, 8)}${String(Number(oldest.date.slice(8)) + 1).padStart(2, '0')}`;
  const days = new Set(archive.days.map((d) => d.key));
  const emptyDay = archive.days.map((d) => d.key).map((d) => `${d.slice(0, 8)}${String(Number(d.slice(8)) + 1).padStart(2, '0')}`).find((d) => !days.has(d) && !d.endsWith('29') && !d.endsWith('30') && !d.endsWith('31') && !d.endsWith('32'))!;
  // A plain text seed whose headline no other article has.
  const titleCounts = new Map<string, number>();
  for (const a of archive.articles) titleCounts.set(a.title, (titleCounts.get(a.title) ?? 0) + 1);
  const alone = archive.articles.find((a) => a.format === 'text' && titleCounts.get(a.title) === 1 && base.get(a.file)!.split('\n')[0] === ` date ${a.date} ${a.title}`)!;
  const seedOn = (date: string): string => ` date ${date} Another report\nAnother report arrived.\n`;
  // A topic with numbered pages, and how many new articles give it one more: its top numbered
  // page keeps its articles, but its pager gains a link.
  const grown = archive.topics.find((t) => t.articles.length >= 100 && t.slug === t.name.toLowerCase().replaceAll(' ', '-'))!;
  const latest = grown.articles.length - Math.floor((grown.articles.length - 1) / 50) * 50;
  const more = (s: Seeds): void => {
    for (let i = 0; i < 51 - latest; i++) {
      s.set(`zz-topic-${i}.md`, `---\ntitle: Follow-up number ${i}\ndate: 2017-12-31\ntopics: [{name: ${JSON.stringify(grown.name)}, kind: ${grown.kind}}]\n---\nA follow-up, number ${i}.\n`);
    }
  };
  const variant = (change: (s: Seeds) => void): Seeds => {
    const s = new Map(base);
    change(s);
    return s;
  };
  const variants: Record<string, Seeds> = {
    'a body edited': variant((s) => s.set(file!, `${text.trimEnd()}\n\nThis report was corrected after publication.\n`)),
    'a headline edited': variant((s) => s.set(file!, text.replace(headline, '$1 Corrected: $2'))),
    'a seed deleted': variant((s) => s.delete(file!)),
    'a seed added on the oldest day of a month of more than 50 articles': variant((s) => s.set('zz-oldest.txt', seedOn(oldestDay))),
    'a seed added on a day that had none': variant((s) => s.set('zz-new-day.txt', seedOn(emptyDay))),
    'a seed added as the oldest of a day of more than 50 articles': variant((s) => s.set('000000-added.txt', seedOn(BUSY_DAY))),
    'a seed moved to the next day': variant((s) => s.set(oldest.file, base.get(oldest.file)!.replace(headline, ` date ${nextDay} $2`))),
    'seeds added to a topic until it has one more numbered page': variant(more),
    'a seed added on the same day': variant((s) => s.set('zz-added.txt', `${headline.exec(text)![1]} Another report of the day\nA second report arrived the same day.\n`)),
  };

  it('finds the seeds and days to change', () => {
    expect(numbered.length).toBeGreaterThan(0);
    expect(file).toBeDefined();
    expect(fullest.articles.length).toBeGreaterThan(50);
    expect(emptyDay).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(grown).toBeDefined();
    expect(alone).toBeDefined();
  });

  it('make the page of an article whose headline another article takes anew: its title names its day', () => {
    // The other article as far from it as the archive goes, and not among its related ones, so
    // that nothing else of the page's inputs changes (its key is the same: only its title is).
    const k = archive.articles.indexOf(alone);
    const y = k < archive.articles.length / 2 ? archive.articles.length - 1 : 0;
    expect(alone.related).not.toContain(archive.articles[y]!.id);
    const { units } = unitsOfArchive({ ...archive, articles: archive.articles.map((a, i) => (i === y ? { ...a, title: alone.title } : a)) });
    const before = baseUnits.get(alone.url)!;
    const after = units.get(alone.url)!;
    expect(JSON.parse(after.made).page.title).toMatch(/\(\d{1,2} \w+ \d{4}\) · Test$/);
    expect(after.made).not.toBe(before.made);
    expect(after.inputs).not.toBe(before.inputs);
  });

  for (const [name, seeds] of Object.entries(variants)) {
    it(`make the same page from the same inputs, with ${name}`, () => {
      const { units } = unitsOf(seeds);
      let same = 0;
      let changed = 0;
      for (const [url, unit] of units) {
        const before = baseUnits.get(url);
        if (!before) continue;
        if (before.inputs === unit.inputs) {
          expect(unit.made, url).toBe(before.made);
          same++;
        } else changed++;
      }
      // The change reached some pages, and most were left as they were.
      expect(changed).toBeGreaterThan(0);
      expect(same).toBeGreaterThan(changed);
    });
  }
});
