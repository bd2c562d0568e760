// The pipeline, end to end: files -> records -> indexes -> pages -> output folder.
import path from 'node:path';
import { buildArchive } from './archive/build.ts';
import type { Archive } from './archive/types.ts';
import { writeAtomically } from './output/atomic.ts';
import { parseBaseUrl } from './site/base-url.ts';
import { buildSite } from './site/pages.ts';
import { renderSite } from './site/render.ts';
import { loadSeeds } from './seeds/load.ts';
import type { SeedProblem } from './types.ts';

export interface BuildOptions {
  seeds: string;
  out: string;
  baseUrl: string;
  title: string;
  quiet: boolean;
}

export const DEFAULT_TITLE = 'News Archive';

export type CheckResult =
  | { ok: true; archive: Archive; files: number }
  | { ok: false; problems: SeedProblem[]; files: number };

/** Reads and validates every seed; nothing is written. */
export async function check(seeds: string): Promise<CheckResult> {
  const loaded = await loadSeeds(seeds);
  const { archive, problems } = buildArchive(loaded.records);
  const all = [...loaded.problems, ...problems].map((p) => ({ ...p, file: path.join(seeds, p.file) }));
  return all.length > 0 ? { ok: false, problems: all, files: loaded.files } : { ok: true, archive, files: loaded.files };
}

export interface BuildSummary {
  articles: number;
  files: number;
  ms: number;
}

/** Builds the site into `out`, atomically. Returns the problems instead when any seed is invalid. */
export async function build(options: BuildOptions): Promise<CheckResult & { summary?: BuildSummary }> {
  const started = performance.now();
  const base = parseBaseUrl(options.baseUrl);
  const checked = await check(options.seeds);
  if (!checked.ok) return checked;
  const site = buildSite(checked.archive, { base, title: options.title });
  await writeAtomically(options.out, (dir) => renderSite(site, dir, options.quiet));
  return { ...checked, summary: { articles: checked.archive.articles.length, files: checked.files, ms: performance.now() - started } };
}
