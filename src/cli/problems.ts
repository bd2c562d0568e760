import path from 'node:path';
import { type BuildResult, REPORT_FILE } from '../build.ts';
import type { SeedProblem } from '../types.ts';

// Control characters (ESC starts a terminal's commands: colours, titles, cursor moves), and
// bidirectional overrides that reorder what follows them, as written by seeds and file names.
const UNPRINTABLE = /[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;
const UNPRINTABLE_BUT_NEWLINES = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from a seed, safe to print on a terminal: each control character shown as its code
 * (`\u{1b}`), so that a seed cannot recolour, retitle or clear the terminal, or forge a line of
 * the report. Newlines are kept only in messages the tool wrote itself.
 */
export function printable(text: string, keepNewlines = false): string {
  return text.replace(keepNewlines ? UNPRINTABLE_BUT_NEWLINES : UNPRINTABLE, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}

/** `seeds/x.txt:1: invalid date "2017-02-30"` and, indented below it, the hint. */
export function formatProblem(p: SeedProblem): string {
  return `${printable(p.file)}:${p.line}: ${printable(p.message)}${p.hint ? `\n  hint: ${printable(p.hint)}` : ''}`;
}

export function formatProblems(problems: SeedProblem[]): string {
  const files = new Set(problems.map((p) => p.file)).size;
  const head = `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} seed${files === 1 ? '' : 's'}:`;
  return [head, ...problems.map(formatProblem)].join('\n');
}

/**
 * Warnings about published articles (a picture or file the site cannot have, a link to no
 * article, a date to come), under a line that counts them, one to a line, each marked as one,
 * with paths as the user gave the seeds folder.
 */
export function formatWarnings(warnings: SeedProblem[], seeds: string): string {
  const files = new Set(warnings.map((w) => w.file)).size;
  const head = `${warnings.length} warning${warnings.length === 1 ? '' : 's'} about ${files} published article${files === 1 ? '' : 's'}:`;
  return [head, ...warnings.map((w) => formatProblem({ ...w, file: path.join(seeds, w.file), message: `warning: ${w.message}` }))].join('\n');
}

const plural = (n: number, word: string, words = `${word}s`): string => `${n} ${n === 1 ? word : words}`;

/** The line a build prints on the terminal: what was published, skipped and folded. */
export function formatSummary(result: BuildResult, out: string): string {
  const { report } = result;
  const cached = report.seeds - result.read;
  const read = result.read > 0 && cached > 0 ? `; ${plural(result.read, 'seed')} read, ${cached} from the cache` : '';
  const reused = result.linked > 0 ? ` (${result.rendered} ${result.rendered === 1 ? 'file' : 'files'} written, ${result.linked} unchanged${read})` : '';
  const parts = [`Built ${plural(report.published, 'article')} from ${plural(report.seeds, 'seed')} into ${out} in ${Math.round(result.ms)} ms${reused}`];
  const skippedFiles = new Set(report.skipped.map((p) => p.file)).size;
  if (skippedFiles > 0) parts.push(`skipped ${plural(skippedFiles, 'invalid seed')}`);
  if (report.duplicates.length > 0) {
    const shown = report.duplicates.slice(0, 3).map((d) => printable(`${d.file} = ${d.duplicateOf}`));
    if (report.duplicates.length > 3) shown.push('…');
    parts.push(`folded ${plural(report.duplicates.length, 'duplicate')} (${shown.join(', ')})`);
  }
  if (report.drafts.length > 0) parts.push(`left out ${plural(report.drafts.length, 'draft')}`);
  // Files not copied, links to no article, dates after today: each said above, with its file and line.
  if (report.warnings.length > 0) parts.push(`${plural(report.warnings.length, 'warning')} (above)`);
  const line = parts.join('; ');
  return parts.length > 1 ? `${line}. Details: ${path.join(out, REPORT_FILE)}` : line;
}

/** The `--verbose` lines of a build's phases: "  pages: 2370 ms (heap 577 MB)". */
export function phaseLines(phases: BuildResult['phases']): string[] {
  return phases.map((p) => `  ${p.name}: ${Math.round(p.ms)} ms (heap ${p.heapMB} MB)`);
}
