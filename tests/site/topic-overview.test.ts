// What a topic's own page says of the topic (SiteBuilder's topic overview): its other spellings,
// at most ALIASES_SHOWN of them, where the API lists them all.
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../src/archive/build.ts';
import { EMPTY_VOCABULARY, type Vocabulary } from '../../src/enrich/vocabulary.ts';
import { ALIASES_SHOWN, SiteBuilder } from '../../src/site/pages.ts';
import type { TopicPage } from '../../src/site/types.ts';
import { readSeed } from '../../src/seeds/read.ts';
import type { SeedRecord } from '../../src/types.ts';

function seed(file: string, text: string): SeedRecord {
  const r = readSeed(file, new TextEncoder().encode(text));
  if (!r.ok) throw new Error(`${file}: ${JSON.stringify(r.problems)}`);
  return r.record;
}

/** The topic page of `slug`, and its entry in `/api/topics.json`, in an archive of `records`. */
function topicOf(records: SeedRecord[], vocabulary: Vocabulary, slug: string): { page: TopicPage; api: { aliases: string[] } } {
  const builder = new SiteBuilder(buildArchive(records, { keepDuplicates: false, vocabulary }).archive, { base: { pathPrefix: '/', origin: null }, title: 'Test', lang: 'en' });
  const entries = [];
  let page: TopicPage | undefined;
  for (const p of builder.pages()) {
    entries.push({ url: p.url, lastmod: p.lastmod });
    const made = p.make();
    if (made.list === 'topics' && made.page.url === `/topics/${slug}/`) page = made.page;
  }
  const api = [...builder.files(entries)].find((f) => f.url === '/api/topics.json')!.make();
  const topics = JSON.parse(api.body) as { slug: string; aliases: string[] }[];
  return { page: page!, api: topics.find((t) => t.slug === slug)! };
}

describe('a topic page', () => {
  const records = ['a', 'b', 'c'].map((id, i) => seed(`${id}.md`, `---\ntitle: Report ${id}\ndate: 2011-02-1${i}\ntopics: [Muammar Gaddafi]\n---\nText of report ${id}.\n`));
  const spellings = (n: number): string[] => Array.from({ length: n }, (_, i) => `Qadhafi Variant ${String(i).padStart(2, '0')}`);
  const vocabulary = (aliases: string[]): Vocabulary => ({ ...EMPTY_VOCABULARY, topics: [{ name: 'Muammar Gaddafi', kind: 'person', aliases }] });

  it(`names at most ${ALIASES_SHOWN} other spellings, and how many more there are; the API lists every one`, () => {
    const all = spellings(ALIASES_SHOWN + 13);
    const { page, api } = topicOf(records, vocabulary(all), 'muammar-gaddafi');
    expect(page.overview!.aliases).toEqual(all.slice(0, ALIASES_SHOWN));
    expect(page.overview!.moreAliases).toBe('and 13 other spellings');
    expect(api.aliases).toEqual(all);
  });

  it('names them all when there are few enough', () => {
    const { page } = topicOf(records, vocabulary(spellings(ALIASES_SHOWN)), 'muammar-gaddafi');
    expect(page.overview!.aliases).toHaveLength(ALIASES_SHOWN);
    expect(page.overview!.moreAliases).toBeNull();
    const one = topicOf(records, vocabulary(spellings(ALIASES_SHOWN + 1)), 'muammar-gaddafi').page;
    expect(one.overview!.moreAliases).toBe('and 1 other spelling');
  });
});
