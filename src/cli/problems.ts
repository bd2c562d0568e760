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
