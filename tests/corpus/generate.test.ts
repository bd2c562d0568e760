// The generated corpus (src/corpus/generate.ts): deterministic, and with a real archive's spread of words.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS, generateCorpus, madeUpWord } from '../../src/corpus/generate.ts';
import { readSeed } from '../../src/seeds/read.ts';

const corpus = (count: number, seed = DEFAULT_CORPUS.seed) => [...generateCorpus({ ...DEFAULT_CORPUS, count, seed })];

describe('the generated corpus', () => {
  it('is the same for the same options, and another for another seed', () => {
    expect(corpus(300)).toEqual(corpus(300));
    expect(corpus(300, 2).map((s) => s.text)).not.toEqual(corpus(300).map((s) => s.text));
  });

  it('spreads its words as a real archive does: many words, most of them in few articles', () => {
    const seeds = corpus(2000);
    const df = new Map<string, number>();
    let read = 0;
    for (const s of seeds) {
      const r = readSeed(s.file, new TextEncoder().encode(s.text));
      if (!r.ok) continue;
      read++;
      for (const t of r.record.terms.split(' ')) df.set(t, (df.get(t) ?? 0) + 1);
    }
    // About one broken date in a thousand: the rest are read.
    expect(read).toBeGreaterThan(1990);
    expect(df.size).toBeGreaterThan(10_000);
    const rare = [...df.values()].filter((d) => d <= 2).length;
    expect(rare / df.size).toBeGreaterThan(0.5);
    // And a few words in most articles.
    expect([...df.values()].filter((d) => d > read / 2).length).toBeGreaterThan(5);
  });

  it('tells events in several reports, at most two days apart, each in words of its own', () => {
    const seeds = corpus(3000);
    const reports = new Map<number, string[]>();
    for (const s of seeds) if (s.event !== null) reports.set(s.event, [...(reports.get(s.event) ?? []), s.text]);
    const told = [...reports.values()].filter((texts) => texts.length > 1);
    expect(told.length).toBeGreaterThan(100);
    for (const texts of told) {
      const days = texts.map((t) => Date.parse(/\d{4}-\d\d-\d\d/.exec(t)![0]));
      expect(Math.max(...days) - Math.min(...days)).toBeLessThanOrEqual(2 * 86_400_000);
    }
  });

  it('makes a distinct word of each number', () => {
    const words = Array.from({ length: 50_000 }, (_, i) => madeUpWord(i));
    expect(words.every((w) => /^[a-z]{3,}$/.test(w))).toBe(true);
    // Syllables may run together ambiguously; nearly every number still has a word of its own.
    expect(new Set(words).size).toBeGreaterThan(49_000);
  });
});
