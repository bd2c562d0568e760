// How far V8 lets the old generation grow past what its last full collection kept before the
// next one (`--heap-growing-percent`). The command starts every process at 25% (see
// bin/news-archive.js: a full build of 100,000 articles peaks at 1.9 GB for the process tree,
// 3.4 GB with V8's own growth). `serve` holds about 650 MB after a rebuild of 100,000 articles
// and makes about 240 MB more that lives through the rebuild: at 25% every rebuild ended in a
// full collection, whose marking kept V8's helper threads busy on cores the rebuild needed.
import { setFlagsFromString } from 'node:v8';

/**
 * `serve`'s growth once its first build is done: a full collection every second or third
 * rebuild. At 100,000 articles, rebuilds took 3.1-3.9 s (mean 3.38) against 3.8-5.0 s (mean
 * 4.31) at 25% and 3.1-4.0 s (mean 3.57) at 100%, the process's resident memory peaking at
 * 1,930-2,002 MB against 1,866-1,869 MB and 2,015-2,129 MB (three processes each, alternating,
 * 2026-12-07); in a slower hour, 4.0-5.2 s (mean 4.52) against 4.1-6.4 s (mean 5.41).
 */
export const SERVE_HEAP_GROWTH = 50;

/** The growth bin/news-archive.js starts the process with, on its first line. */
export const COMMAND_HEAP_GROWTH = 25;

/**
 * Whether the process was started with a growth of its own (`node --heap-growing-percent=N …`),
 * which is kept: one other than the command's, which its first line gives as node's own.
 */
const chosen = process.execArgv.some((a) => a.startsWith('--heap-growing-percent') && a !== `--heap-growing-percent=${COMMAND_HEAP_GROWTH}`);

/** Sets the old generation's growth, in percent, for the process's heaps, from their next full collection on; unless node was started with one of its own. */
export function setHeapGrowth(percent: number): void {
  if (!chosen) setFlagsFromString(`--heap-growing-percent=${percent}`);
}
