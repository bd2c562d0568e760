// Reads the article API of a built site as one list. /api/articles.json names each year's file
// (/api/articles/YYYY.json); every read also checks that index against the files it names.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';

export interface ApiYear {
  year: string;
  count: number;
  url: string;
}

/** Every article in the site's API, oldest first. */
export async function readApiArticles<T extends { date: string }>(out: string): Promise<T[]> {
  const index = JSON.parse(await readFile(path.join(out, 'api/articles.json'), 'utf8')) as { years: ApiYear[] };
  expect(index.years.map((y) => y.year)).toEqual(index.years.map((y) => y.year).sort());
  const all: T[] = [];
  for (const y of index.years) {
    expect(y.url.endsWith(`/api/articles/${y.year}.json`)).toBe(true);
    const list = JSON.parse(await readFile(path.join(out, 'api/articles', `${y.year}.json`), 'utf8')) as T[];
    expect(list).toHaveLength(y.count);
    for (const a of list) expect(a.date.slice(0, 4)).toBe(y.year);
    all.push(...list);
  }
  return all;
}
