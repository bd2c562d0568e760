// `news-archive serve`: build, serve the output, rebuild and reload when a seed changes.
import { type Stats, unwatchFile, watch, watchFile } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import path from 'node:path';
import EleventyDevServer from '@11ty/eleventy-dev-server';
import { type BuildOptions, build, defaultTopicsFile } from '../build.ts';
import { Relater } from '../enrich/relating.ts';
import { MentionTable } from '../enrich/topics.ts';
import { cacheDirFor, ManifestMemo } from '../output/incremental.ts';
import { RecordCache } from '../seeds/cache.ts';
import { SearchDriverPool } from '../site/search-index.ts';
import { parseBaseUrl } from '../site/base-url.ts';
import { formatProblems, formatSummary, printable } from './problems.ts';

/** Quiet period after the last change before a rebuild starts, in ms. */
const DEBOUNCE_MS = 150;

/**
 * Where `serve` listens: this machine only. It is a preview for the person building the site,
 * and the development server it runs on has known holes (below) that nobody else should reach.
 */
export const HOST = '127.0.0.1';

/**
 * Whether a request's target may go on to the development server. eleventy-dev-server 2.1.2
 * decodes the path only after it joined it to the output folder, and then checks it with a
 * prefix test (its issues #150 and #152): `/..%2f` throws out of its request handler and ends
 * the process, and `/..%2fout-x/file` reads the sibling folder `out-x` of an output folder
 * `out`. So a target is refused when its path, decoded once as the server does, has a `.` or
 * `..` segment, a backslash or a control character (NUL among them), or is not valid
 * percent-encoding; and when it is not a path at all (`*`, `http://…`). No file that a build
 * writes has such a URL, and browsers never send dot segments.
 */
export function isSafeRequestTarget(target: string): boolean {
  if (!target.startsWith('/')) return false;
  let decoded: string;
  try {
    decoded = decodeURIComponent(target.replace(/[?#].*$/s, ''));
  } catch {
    return false;
  }
  if (/[\\\x00-\x1f\x7f]/.test(decoded)) return false;
  return !decoded.split('/').some((s) => s === '.' || s === '..');
}

/**
 * The parts of eleventy-dev-server 2.1.2 (pinned in package.json) that `serve` replaces, because
 * its options can neither choose the address it listens on nor vet a request before it maps it
 * to a file.
 */
interface DevServerInternals {
  /** Listens on `port`; called again with the next port while a port is in use. */
  _serverListen(port: number): void;
  /** The HTTP server, made on first use with `onRequestHandler` (as it is then) as its handler. */
  readonly server: Server;
  onRequestHandler(req: IncomingMessage, res: ServerResponse): Promise<void>;
}

/**
 * Makes the development server listen on HOST only, answer 400 to the requests that
 * isSafeRequestTarget refuses, and answer 500 (rather than end the process) when its handler
 * throws anyway. Must run before the server starts: the HTTP server takes its handler then.
 */
function guard(devServer: EleventyDevServer, log: (line: string) => void): void {
  const internals = devServer as unknown as DevServerInternals;
  const handle = internals.onRequestHandler.bind(devServer);
  internals.onRequestHandler = async (req, res) => {
    if (!isSafeRequestTarget(req.url ?? '')) {
      refuse(res, 400);
      return;
    }
    try {
      await handle(req, res);
    } catch (error) {
      log(`Request for ${req.url} failed: ${error instanceof Error ? error.message : String(error)}`);
      refuse(res, 500);
    }
  };
  internals._serverListen = (port) => void internals.server.listen({ port, host: HOST });
}

/** Ends a response with an error status, or cuts it off when it has already begun. */
function refuse(res: ServerResponse, status: number): void {
  if (res.headersSent || res.writableEnded) {
    res.destroy();
    return;
  }
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(status === 400 ? 'Bad request\n' : 'Server error\n');
}

export async function serve(options: BuildOptions, port: number, log: (line: string) => void): Promise<() => Promise<void>> {
  let building = false;
  let again = false;
  // Kept open from build to build: each rebuild reuses the records in memory rather than
  // reading the cache back from disk (3-4 s of every rebuild of 100,000 articles).
  const cache = await RecordCache.open(path.join(cacheDirFor(options.out), 'records'), options.full, { resident: true });
  // Relates on a thread of its own, which keeps every article's terms from build to build.
  const relater = new Relater();
  // And the records' mentions, parsed (see MentionTable).
  const mentions = new MentionTable();
  // And the manifest each build writes, which the next one reads (see ManifestMemo).
  const manifest = new ManifestMemo();
  // And the Pagefind drivers of rebuilds, with their services (see SearchDriverPool).
  const searchDrivers = new SearchDriverPool();
  const rebuild = async (): Promise<boolean> => {
    if (building) {
      again = true;
      return false;
    }
    building = true;
    try {
      const result = await build({ ...options, cache, relater, mentions, manifest, searchDrivers });
      if (result.problems.length > 0) log(formatProblems(result.problems));
      log(result.written ? formatSummary(result, options.out) : 'Nothing was written; the previous build is still served.');
      return result.written;
    } catch (error) {
      log(`Build failed: ${printable(error instanceof Error ? error.message : String(error), true)}`);
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
  const { pathPrefix } = parseBaseUrl(options.baseUrl);
  const server = EleventyDevServer.getServer('news-archive', options.out, {
    port,
    pathPrefix,
    showVersion: false,
    logger: { info: log, log, error: log, warn: log },
  });
  guard(server, log);
  server.serve(port);
  await server.ready();
  // The port it got: the next one up when `port` was in use, any free one for `--port 0`.
  const address = (server as unknown as DevServerInternals).server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  log(`Serving ${options.out} at http://localhost:${actual}${pathPrefix} (on ${HOST} only; Ctrl+C to stop)`);

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
    searchDrivers.close();
  };
}
