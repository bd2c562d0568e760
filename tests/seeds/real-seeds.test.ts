// The two real seeds in /seeds: every field of what the reader makes of them, and their URLs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../src/archive/build.ts';
import { readSeed } from '../../src/seeds/read.ts';
import { blocksOf, blockText, WORDS_PER_MINUTE } from '../../src/seeds/words.ts';
import type { Block, SeedRecord } from '../../src/types.ts';
import { expectRecord, REAL_SEEDS } from './helpers.ts';

const HEADLINE_SEED = '000_ca04473b45ea682b.txt';
const LEDE_SEED = '002_accec6986dee77a2.txt';

function readReal(file: string): SeedRecord {
  return expectRecord(readSeed(file, readFileSync(path.join(REAL_SEEDS, file))));
}

function blockTexts(record: SeedRecord): string[] {
  return blocksOf(record).map((b) => {
    if (b.type === 'html') throw new Error('a text seed has no html blocks');
    return b.text;
  });
}

describe(`real seed ${HEADLINE_SEED} (headline form)`, () => {
  const record = readReal(HEADLINE_SEED);

  it('has the identity of a text seed', () => {
    expect(record.id).toBe('000_ca04473b45ea682b');
    expect(record.file).toBe(HEADLINE_SEED);
    expect(record.format).toBe('text');
  });

  it('takes the headline from line 1 as the title', () => {
    expect(record.title).toBe('New Impetus to Geneva Talks');
    expect(record.titleDerived).toBe(false);
  });

  it('has the date of line 1 and no dateline or source', () => {
    expect(record.date).toBe('2017-11-14');
    expect(record.dateline).toBeNull();
    expect(record.source).toBeNull();
  });

  it('has 12 blocks: 10 paragraphs and 2 headings at indexes 3 and 8', () => {
    expect(blocksOf(record)).toHaveLength(12);
    const headings = blocksOf(record).flatMap((b, i) => (b.type === 'heading' ? [{ i, text: b.text }] : []));
    expect(headings).toEqual([
      { i: 3, text: 'Geneva Talks & Syrian National Congress' },
      { i: 8, text: 'Damascus Hopes for Political Settlement in Syria' },
    ]);
    expect(blocksOf(record).filter((b) => b.type === 'paragraph')).toHaveLength(10);
    expect(blocksOf(record).some((b) => b.type === 'html')).toBe(false);
  });

  it('keeps the text as written, typo included', () => {
    const first = blocksOf(record)[0];
    expect(first?.type).toBe('paragraph');
    expect(blockTexts(record)[0]?.startsWith('Russian Foreign Minister Sergei Lavrov said said')).toBe(true);
    expect(blockTexts(record).at(-1)?.endsWith('parliamentary and presidential elections.')).toBe(true);
  });

  it('has blocks trimmed and free of line ends', () => {
    for (const text of blockTexts(record)) {
      expect(text).toBe(text.trim());
      expect(text).not.toMatch(/[\r\n]/);
      expect(text).not.toBe('');
    }
  });

  it('uses the first paragraph as lede and summary', () => {
    expect(record.lede).toBe(blockTexts(record)[0]);
    expect(record.summary).toBe(record.lede);
  });

  it('counts words and reading time', () => {
    expect(record.words).toBeGreaterThan(300);
    expect(record.readingMinutes).toBe(Math.max(1, Math.round(record.words / WORDS_PER_MINUTE)));
    expect(record.readingMinutes).toBe(2);
  });

  it('states no topics, slug or draft', () => {
    expect(record.topics).toEqual([]);
    expect(record.slug).toBeNull();
    expect(record.draft).toBe(false);
  });
});

describe(`real seed ${LEDE_SEED} (lede form with a TASS dateline)`, () => {
  const record = readReal(LEDE_SEED);

  it('has the identity of a text seed', () => {
    expect(record.id).toBe('002_accec6986dee77a2');
    expect(record.file).toBe(LEDE_SEED);
    expect(record.format).toBe('text');
  });

  it('derives the title from the lede, shortened with an ellipsis', () => {
    expect(record.titleDerived).toBe(true);
    expect(record.title).toBe('Russian Deputy Foreign Minister Gennady Gatilov will hold talks on Tuesday…');
  });

  it('lifts the dateline and source out of the lede', () => {
    expect(record.date).toBe('2017-11-14');
    expect(record.dateline).toBe('Geneva');
    expect(record.source).toBe('TASS');
  });

  it('has 4 paragraphs and no headings', () => {
    expect(blocksOf(record)).toHaveLength(4);
    expect(blocksOf(record).every((b) => b.type === 'paragraph')).toBe(true);
  });

  it('starts the first block after the dateline, which appears in no block', () => {
    const all = blockTexts(record);
    expect(all[0]?.startsWith('Russian Deputy Foreign Minister')).toBe(true);
    for (const text of all) {
      expect(text).not.toContain('GENEVA');
      expect(text).not.toContain('/TASS/');
    }
  });

  it('keeps "H.R. McMaster" and the typographic apostrophe as written', () => {
    const all = blockTexts(record).join('\n');
    expect(all).toContain('H.R. McMaster');
    expect(all).toContain('Russia’s Permanent Mission');
  });

  it('uses the first block text as lede and summary (the title, cut short, leaves the rest of its sentence to the summary)', () => {
    expect(record.lede).toBe(blockTexts(record)[0]);
    expect(record.summary).toBe(record.lede);
  });

  it('counts words and reading time', () => {
    expect(record.words).toBeGreaterThan(300);
    expect(record.readingMinutes).toBe(Math.max(1, Math.round(record.words / WORDS_PER_MINUTE)));
  });

  it('states no topics, slug or draft', () => {
    expect(record.topics).toEqual([]);
    expect(record.slug).toBeNull();
    expect(record.draft).toBe(false);
  });
});

describe('the real seeds in the archive', () => {
  const records = [readReal(LEDE_SEED), readReal(HEADLINE_SEED)];
  const { archive, problems } = buildArchive(records);

  it('builds without problems, in file-name order', () => {
    expect(problems).toEqual([]);
    expect(archive.articles.map((a) => a.file)).toEqual([HEADLINE_SEED, LEDE_SEED]);
  });

  it('gives each a slug from its title and a URL under its day', () => {
    const [headline, lede] = archive.articles;
    expect(headline?.slug).toBe('new-impetus-to-geneva-talks');
    expect(headline?.url).toBe('/2017/11/14/new-impetus-to-geneva-talks/');
    expect(lede?.slug).toBe('russian-deputy-foreign-minister-gennady-gatilov-will-hold-talks-on-tuesday');
    expect(lede?.url).toBe('/2017/11/14/russian-deputy-foreign-minister-gennady-gatilov-will-hold-talks-on-tuesday/');
  });

  it('files both under 2017, 2017-11 and 2017-11-14', () => {
    expect(archive.years.map((p) => [p.key, p.articles])).toEqual([['2017', [0, 1]]]);
    expect(archive.months.map((p) => [p.key, p.url])).toEqual([['2017-11', '/2017/11/']]);
    expect(archive.days.map((p) => [p.key, p.url, p.articles])).toEqual([['2017-11-14', '/2017/11/14/', [0, 1]]]);
  });
});

describe('the plain text of a block', () => {
  it("is a Markdown block's text without tags, with its character references decoded", () => {
    const html = '<p>AT&amp;T said &quot;profits&quot; rose &amp; 5 &lt; 6 &gt; 4, it&#39;s &#169; &#x263A; &copy; &mdash; &#0; &#xD800; &valueOf; &amp;amp;</p>';
    expect(blockText({ type: 'html', html }).trim()).toBe('AT&T said "profits" rose & 5 < 6 > 4, it\'s © ☺ © — \uFFFD \uFFFD &valueOf; &amp;');
    const paragraph: Block = { type: 'paragraph', text: 'A &amp; B' };
    expect(blockText(paragraph)).toBe('A &amp; B');
  });
});
