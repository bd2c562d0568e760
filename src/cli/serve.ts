// `news-archive serve`: build, serve the output, rebuild and reload when a seed changes.
import { type Stats, unwatchFile, watch, watchFile } from 'node:fs';
import path from 'node:path';
import EleventyDevServer from '@11ty/eleventy-dev-server';
import { type BuildOptions, build, defaultTopicsFile } from '../build.ts';
import { Relater } from '../enrich/relating.ts';
import { cacheDirFor } from '../output/incremental.ts';
import { RecordCache } from '../seeds/cache.ts';
import { parseBaseUrl } from '../site/base-url.ts';
import { formatProblems, formatSummary } from './problems.ts';

/** Quiet period after the last change before a rebuild starts, in ms. */
const DEBOUNCE_MS = 150;

export async function serve(options: BuildOptions, port: number, log: (line: string) => void): Promise<() => Promise<void>> {
  let building = false;
  let again = false;
  // Kept open from build to build: each rebuild reuses the records in memory rather than
  // reading the cache back from disk (3-4 s of every rebuild of 100,000 articles).
  const cache = await RecordCache.open(path.join(cacheDirFor(options.out), 'records'), options.full, { resident: true });
  // Relates on a thread of its own, which keeps every article's terms from build to build.
  const relater = new Relater();
  const rebuild = async (): Promise<boolean> => {
    if (building) {
      again = true;
      return false;
    }
    building = true;
    try {
      const result = await build({ ...options, cache, relater });
      if (result.problems.length > 0) log(formatProblems(result.problems));
      log(result.written ? formatSummary(result, options.out) : 'Nothing was written; the previous build is still served.');
      return result.written;
    } catch (error) {
      log(`Build failed: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    } finally {
      building = false;
      if (again) {
        again = false;
        void rebuild().then(() => server.reload());
      }
    }
  };

  await rebuild();
  const server = EleventyDevServer.getServer('news-archive', options.out, {
    port,
    pathPrefix: parseBaseUrl(options.baseUrl).pathPrefix,
    showVersion: false,
    logger: { info: log, log, error: log, warn: log },
  });
  server.serve(port);
  await server.ready();
  log(`Serving ${options.out} at http://localhost:${port}${parseBaseUrl(options.baseUrl).pathPrefix} (Ctrl+C to stop)`);

  let timer: NodeJS.Timeout | undefined;
  const changed = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      void rebuild().then((ok) => {
        if (ok) server.reload();
      });
    }, DEBOUNCE_MS);
  };
  const watcher = watch(options.seeds, { recursive: true }, changed);
  // Polled, because editors save by replacing the file, which ends an fs.watch on it; and it may not exist yet.
  const topicsFile = options.topics ?? defaultTopicsFile(options.seeds);
  // Node calls a watchFile listener once at the start when the file does not exist (both stats
  // zeroed): that is no change, and must not rebuild and reload the page.
  const topicsChanged = (now: Stats, before: Stats): void => {
    if (now.mtimeMs !== before.mtimeMs || now.ctimeMs !== before.ctimeMs || now.size !== before.size || now.ino !== before.ino) changed();
  };
  watchFile(topicsFile, { interval: 300 }, topicsChanged);
  return async () => {
    clearTimeout(timer);
    watcher.close();
    unwatchFile(topicsFile, topicsChanged);
    await server.close();
    await relater.close();
  };
}
