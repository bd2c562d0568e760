import path from 'node:path';
import { type BuildResult, REPORT_FILE } from '../build.ts';
import type { SeedProblem } from '../types.ts';

/** `seeds/x.txt:1: invalid date "2017-02-30"` and, indented below it, the hint. */
export function formatProblem(p: SeedProblem): string {
  return `${p.file}:${p.line}: ${p.message}${p.hint ? `\n  hint: ${p.hint}` : ''}`;
}

export function formatProblems(problems: SeedProblem[]): string {
  const files = new Set(problems.map((p) => p.file)).size;
  const head = `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} seed${files === 1 ? '' : 's'}:`;
  return [head, ...problems.map(formatProblem)].join('\n');
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The line a build prints on the terminal: what was published, skipped and folded. */
export function formatSummary(result: BuildResult, out: string): string {
  const { report } = result;
  const cached = report.seeds - result.read;
  const read = result.read > 0 && cached > 0 ? `; ${plural(result.read, 'seed')} read, ${cached} from the cache` : '';
  const reused = result.linked > 0 ? ` (${result.rendered} files written, ${result.linked} unchanged${read})` : '';
  const parts = [`Built ${plural(report.published, 'article')} from ${plural(report.seeds, 'seed')} into ${out} in ${Math.round(result.ms)} ms${reused}`];
  const skippedFiles = new Set(report.skipped.map((p) => p.file)).size;
  if (skippedFiles > 0) parts.push(`skipped ${plural(skippedFiles, 'invalid seed')}`);
  if (report.duplicates.length > 0) {
    const shown = report.duplicates.slice(0, 3).map((d) => `${d.file} = ${d.duplicateOf}`);
    if (report.duplicates.length > 3) shown.push('…');
    parts.push(`folded ${plural(report.duplicates.length, 'duplicate')} (${shown.join(', ')})`);
  }
  if (report.drafts.length > 0) parts.push(`left out ${plural(report.drafts.length, 'draft')}`);
  const line = parts.join('; ');
  return parts.length > 1 ? `${line}. Details: ${path.join(out, REPORT_FILE)}` : line;
}
