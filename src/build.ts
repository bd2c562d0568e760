// The pipeline, end to end: files -> records -> indexes -> pages -> output folder.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildArchive } from './archive/build.ts';
import type { Duplicate } from './archive/duplicates.ts';
import type { Archive } from './archive/types.ts';
import { writeAtomically } from './output/atomic.ts';
import { parseBaseUrl } from './site/base-url.ts';
import { buildSite } from './site/pages.ts';
import { renderSite } from './site/render.ts';
import { loadSeeds } from './seeds/load.ts';
import type { SeedProblem } from './types.ts';

export const DEFAULT_TITLE = 'News Archive';
/** Written into the output folder by every build. */
export const REPORT_FILE = 'build-report.json';

export interface CheckOptions {
  seeds: string;
  /** Publish seeds whose text duplicates another's. */
  keepDuplicates: boolean;
}

export interface BuildOptions extends CheckOptions {
  out: string;
  baseUrl: string;
  title: string;
  /** Publish the valid seeds and skip invalid ones instead of failing. */
  lenient: boolean;
  quiet: boolean;
}

/** What a build did with every seed: `build-report.json`. Paths are relative to the seeds folder. */
export interface BuildReport {
  seeds: number;
  published: number;
  skipped: SeedProblem[];
  duplicates: Duplicate[];
  drafts: string[];
}

export interface CheckResult {
  archive: Archive;
  report: BuildReport;
  /** The report's problems, with file paths as the user gave the seeds folder, for messages. */
  problems: SeedProblem[];
}

/** Reads and validates every seed and builds the archive of the valid ones; nothing is written. */
export async function check(options: CheckOptions): Promise<CheckResult> {
  const loaded = await loadSeeds(options.seeds);
  const built = buildArchive(loaded.records, { keepDuplicates: options.keepDuplicates });
  const skipped = [...loaded.problems, ...built.problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  return {
    archive: built.archive,
    report: { seeds: loaded.files, published: built.archive.articles.length, skipped, duplicates: built.duplicates, drafts: built.drafts },
    problems: skipped.map((p) => ({ ...p, file: path.join(options.seeds, p.file) })),
  };
}

export interface BuildResult extends CheckResult {
  /** False when invalid seeds stopped the build (without `lenient`). */
  written: boolean;
  ms: number;
}

/** Builds the site into `out`, atomically; with invalid seeds and without `lenient`, writes nothing. */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const base = parseBaseUrl(options.baseUrl);
  const checked = await check(options);
  if (checked.problems.length > 0 && !options.lenient) return { ...checked, written: false, ms: performance.now() - started };
  const site = buildSite(checked.archive, { base, title: options.title });
  await writeAtomically(options.out, async (dir) => {
    await renderSite(site, dir, options.quiet);
    await writeFile(path.join(dir, REPORT_FILE), `${JSON.stringify(checked.report, null, 2)}\n`);
  });
  return { ...checked, written: true, ms: performance.now() - started };
}
