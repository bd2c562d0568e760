import { describe, expect, it } from 'vitest';
import { random } from '../helpers/relating.ts';
import { Units } from '../../src/output/plan.ts';

type Files = [string, string][];

/** What Units must answer, worked out with a map of the previous build's files. */
function expected(previous: Files, next: Files): { unchanged: boolean[]; gone: string[] } {
  const before = new Map(previous);
  const now = new Set(next.map(([rel]) => rel));
  return {
    unchanged: next.map(([rel, hash]) => before.get(rel) === hash),
    gone: [...before.keys()].filter((rel) => !now.has(rel)).sort(),
  };
}

function compared(previous: Files, next: Files): { unchanged: boolean[]; gone: string[] } {
  const units = new Units({ paths: previous.map(([rel]) => rel), hashes: previous.map(([, hash]) => hash) });
  const unchanged = next.map(([rel, hash]) => units.add(rel, hash));
  expect(units.paths).toEqual(next.map(([rel]) => rel));
  expect(units.hashes).toEqual(next.map(([, hash]) => hash));
  return { unchanged, gone: units.gone() };
}

const files = (n: number, from = 0): Files => Array.from({ length: n }, (_, i) => [`2017/11/${i + from}/index.html`, `h${i + from}`]);

describe('Units', () => {
  it('takes every file for new without a previous build, and finds none gone', () => {
    const units = new Units();
    expect(units.add('index.html', 'a')).toBe(false);
    expect(units.had('index.html', 'a')).toBe(false);
    expect(units.size).toBe(1);
    expect(units.gone()).toEqual([]);
  });

  it('tells unchanged files from changed ones, in the same order', () => {
    const previous = files(100);
    const next = previous.map(([rel, hash], i): [string, string] => [rel, i % 7 === 0 ? `${hash}!` : hash]);
    const got = compared(previous, next);
    expect(got).toEqual(expected(previous, next));
    expect(got.unchanged.filter((u) => !u)).toHaveLength(15);
  });

  it('finds files added, removed and moved anywhere, as a map of paths would', () => {
    const rnd = random(7);
    for (let round = 0; round < 200; round++) {
      const previous = files(Math.floor(rnd() * 300));
      let next: Files = previous.map(([rel, hash]) => [rel, rnd() < 0.05 ? `${hash}!` : hash]);
      // Removed, added, and a block moved elsewhere (as serve's order of page lists differs from a one-off build's).
      next = next.filter(() => rnd() > 0.03);
      for (let i = 0; i < 5; i++) next.splice(Math.floor(rnd() * (next.length + 1)), 0, [`new/${round}/${i}/index.html`, 'n']);
      if (next.length > 10 && rnd() < 0.5) {
        const from = Math.floor(rnd() * (next.length - 10));
        const block = next.splice(from, 1 + Math.floor(rnd() * 60));
        next.splice(Math.floor(rnd() * (next.length + 1)), 0, ...block);
      }
      if (rnd() < 0.1) next.reverse();
      expect(compared(previous, next)).toEqual(expected(previous, next));
    }
  });

  it('keeps a file only once it is added: one checked with had() and not added (a copy that failed) is gone', () => {
    const previous = files(3);
    const units = new Units({ paths: previous.map(([rel]) => rel), hashes: previous.map(([, hash]) => hash) });
    expect(units.add(previous[0]![0], previous[0]![1])).toBe(true);
    expect(units.had(previous[1]![0], previous[1]![1])).toBe(true);
    expect(units.had(previous[2]![0], 'other')).toBe(false);
    expect(units.add(previous[2]![0], 'other')).toBe(false);
    expect(units.gone()).toEqual([previous[1]![0]]);
  });
});
