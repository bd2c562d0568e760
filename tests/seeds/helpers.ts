// Shared helpers for the seed reader tests: fixtures are read from disk as bytes, as the loader does.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { readSeed } from '../../src/seeds/read.ts';
import { blocksOf } from '../../src/seeds/words.ts';
import type { FreshRecord, ReadResult, SeedProblem, SeedRecord } from '../../src/types.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
export const FIXTURES = path.resolve(here, '../fixtures/seeds');
export const REAL_SEEDS = path.resolve(here, '../../seeds');

/** The bytes of a fixture, e.g. `text-crlf/crlf.txt`. */
export function fixtureBytes(rel: string): Uint8Array {
  return readFileSync(path.join(FIXTURES, rel));
}

/** Reads a fixture as the loader would: named by its path relative to its variant folder. */
export function readFixture(rel: string): ReadResult<FreshRecord> {
  const name = rel.split('/').slice(1).join('/') || rel;
  return readSeed(name, fixtureBytes(rel));
}

export function expectRecord<R extends SeedRecord>(result: ReadResult<R>): R {
  if (!result.ok) throw new Error(`expected a record, got problems: ${JSON.stringify(result.problems)}`);
  expect(result.ok).toBe(true);
  return result.record;
}

export function expectProblems(result: ReadResult<SeedRecord>): SeedProblem[] {
  if (result.ok) throw new Error(`expected problems, got a record titled "${result.record.title}"`);
  expect(result.problems.length).toBeGreaterThan(0);
  return result.problems;
}

/** Reads a fixture that must be a record. */
export function recordOf(rel: string): FreshRecord {
  return expectRecord(readFixture(rel));
}

/** Reads a fixture that must fail with exactly one problem, and returns it. */
export function problemOf(rel: string): SeedProblem {
  const problems = expectProblems(readFixture(rel));
  expect(problems).toHaveLength(1);
  return problems[0]!;
}

/** The text of every paragraph and heading block. */
export function texts(record: SeedRecord): string[] {
  return blocksOf(record).map((b) => (b.type === 'html' ? b.html : b.text));
}

/** The html of a Markdown record's single html block. */
export function htmlOf(record: SeedRecord): string {
  expect(blocksOf(record)).toHaveLength(1);
  const block = blocksOf(record)[0]!;
  if (block.type !== 'html') throw new Error(`expected an html block, got ${block.type}`);
  return block.html;
}

/** Text with its links to other seeds' addresses unmarked (`#seed-link-<mark>-0` as `#seed-link-0`: see seedLinkHref). */
export const unmarked = (text: string): string => text.replace(/#seed-link-[0-9a-f]{8}-/g, '#seed-link-');

/** A record's links to other seeds with their addresses unmarked (see unmarked). */
export const unmarkedLinks = (links: readonly { href: string }[] | undefined): unknown => links?.map((l) => ({ ...l, href: unmarked(l.href) }));
