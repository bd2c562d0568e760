// `news-archive serve`: build, serve the output, rebuild and reload when a seed changes.
import { existsSync, lstatSync, realpathSync, type Stats, unwatchFile, watchFile } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:net';
import path from 'node:path';
import EleventyDevServer from '@11ty/eleventy-dev-server';
import { type BuildOptions, build, defaultTopicsFile } from '../build.ts';
import { Relater } from '../enrich/relating.ts';
import { PlacementMemo } from '../archive/memo.ts';
import { cacheDirFor, ManifestMemo } from '../output/incremental.ts';
import { ListingMemo } from '../seeds/listing.ts';
import { RecordCache } from '../seeds/cache.ts';
import { isMediaFile } from '../seeds/media.ts';
import { isSeedCandidate } from '../seeds/read.ts';
import { KeyMemo } from '../site/keys.ts';
import { SearchDriverPool } from '../site/search-index.ts';
import { parseBaseUrl } from '../site/base-url.ts';
import { FolderWatcher } from './folder-watcher.ts';
import { formatGcTime, GcTimer } from './gc-time.ts';
import { SERVE_HEAP_GROWTH, setHeapGrowth } from './heap-growth.ts';
import { formatProblems, formatSummary, formatWarnings, phaseLines, printable } from './problems.ts';

/** How often the seeds folder is checked for being replaced, and how soon a failed watch starts again, in ms. */
const WATCH_RETRY_MS = 300;

/** The longest a watch that keeps failing waits to start again, in ms. */
const WATCH_RETRY_MAX_MS = 30_000;

/** Quiet period after the last change before a rebuild starts, in ms. */
const DEBOUNCE_MS = 150;

/**
 * Quiet period after a build before serve does what no build waits for, in ms: it keeps on disk
 * what only the next process's builds use (the articles' keys, the relation: see
 * BuildOptions.keep), where each rebuild of 100,000 articles spent 1.4 s of the relating thread
 * and 0.5 s of the main thread on them, beside Pagefind and its own work, on two cores; and it
 * lists the seeds folder whole, for a change its watcher missed (see ListingMemo.verify).
 */
const IDLE_MS = 2000;

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
  /** The WebSocket server the pages' reload client connects to, made once the server listens. */
  readonly updateServer?: { on(event: 'connection', listener: (socket: { send(data: string): void }) => void): void };
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

/** No port to serve on: the one asked for and the next ones are taken. */
export class PortError extends Error {
  override name = 'PortError';
}

/** Ports tried from the one asked for, as the development server tries them. */
const PORTS_TRIED = 10;

/** Whether `port` can be listened on at `host`; an address this machine does not have (no IPv6) counts as free. */
function canListen(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'EADDRNOTAVAIL' || error.code === 'EAFNOSUPPORT'));
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

/**
 * The first port from `port` free on 127.0.0.1 and on ::1, both of which `localhost` may name:
 * a port taken on ::1 alone (as some development servers bind) sent the browser to that other
 * server. Found here, not by the development server, which ended the process with a stack
 * trace past port 65535 or after ten ports taken.
 */
async function firstFreePort(port: number): Promise<number> {
  if (port === 0) return 0;
  const last = Math.min(65535, port + PORTS_TRIED - 1);
  for (let p = port; p <= last; p++) if ((await canListen(HOST, p)) && (await canListen('::1', p))) return p;
  throw new PortError(port === last ? `port ${port} is in use: choose another --port` : `ports ${port} to ${last} are all in use: choose another --port`);
}

/**
 * A failed build as the dev server sends it to the open pages (every own property of the error,
 * as JSON): the message alone, since an Error's stack would show the browser this tool's own
 * paths and lines.
 */
export function browserError(message: string): Error {
  return Object.assign(new Error(message), { stack: message });
}

/** An error as the dev server's sendError writes it, for its reload client (every own property). */
function errorJson(error: Error): string {
  return JSON.stringify(error, Object.getOwnPropertyNames(error));
}

export async function serve(options: BuildOptions, port: number, log: (line: string) => void, verbose = false): Promise<() => Promise<void>> {
  // Before anything starts: a port error ends serve with nothing to stop.
  port = await firstFreePort(port);
  let building = false;
  let again = false;
  // Kept open from build to build: each rebuild reuses the records in memory rather than
  // reading the cache back from disk (3-4 s of every rebuild of 100,000 articles).
  const cache = await RecordCache.open(path.join(cacheDirFor(options.out), 'records'), options.full, { resident: true });
  // Relates on a thread of its own, which keeps every article's terms from build to build.
  const relater = new Relater();
  // And the articles each build chose, their topics and the records' mentions parsed (see
  // PlacementMemo), and the articles' keys (see KeyMemo).
  const placement = new PlacementMemo();
  const keys = new KeyMemo();
  // And the manifest each build writes, which the next one reads (see ManifestMemo).
  const manifest = new ManifestMemo();
  // And the seeds folder's listing, which each rebuild stamps again only where the watcher saw
  // a change (see ListingMemo); once idle, the whole folder is listed and compared, and a
  // change the watcher missed is built.
  const listing = new ListingMemo();
  // And the Pagefind drivers of rebuilds, with their services (see SearchDriverPool).
  const searchDrivers = new SearchDriverPool();
  // What each build keeps on disk for the next process alone (see BuildOptions.keep), done once
  // no build has run for IDLE_MS, or when serve stops: not while the next build waits.
  const toKeep = new Map<string, () => Promise<void>>();
  let idleTimer: NodeJS.Timeout | undefined;
  let keeping = Promise.resolve();
  const keepNow = (): Promise<void> => {
    clearTimeout(idleTimer);
    const works = [...toKeep.values()];
    toKeep.clear();
    keeping = keeping.then(async () => {
      for (const work of works) await work().catch(() => {});
    });
    return keeping;
  };
  const keep = (kind: string, work: () => Promise<void>): void => void toKeep.set(kind, work);
  // A failed build is told to the open pages too, in their browser's console (as Eleventy does),
  // once the server is up; and to every page opened while it stands (see below).
  let failed = (_message: string): void => {};
  let failure: string | null = null;
  // Lists the seeds folder whole and rebuilds if it holds a change the watcher missed (see ListingMemo.verify); set once rebuilds can be asked for.
  let verifyListing = (): void => {};
  const rebuild = async (): Promise<boolean> => {
    if (building) {
      again = true;
      return false;
    }
    building = true;
    clearTimeout(idleTimer);
    const kept = (): string => (existsSync(options.out) ? 'Nothing was written; the previous build is still served.' : 'Nothing was written: the site is served once its seeds build.');
    const gc = verbose ? new GcTimer().start() : null;
    try {
      const result = await build({ ...options, cache, relater, placement, keys, manifest, listing, searchDrivers, keep });
      const collected = await gc?.stop();
      // Settled before the build is told: a page opened once the log says so is told what stands.
      failure = result.written ? null : `${formatProblems(result.problems)}\n${kept()}`;
      if (result.problems.length > 0) log(formatProblems(result.problems));
      if (result.report.warnings.length > 0) log(formatWarnings(result.report.warnings, options.seeds));
      log(result.written ? formatSummary(result, options.out) : kept());
      if (verbose) for (const line of phaseLines(result.phases)) log(line);
      if (collected) log(formatGcTime(collected));
      if (failure !== null) failed(failure);
      return result.written;
    } catch (error) {
      await gc?.stop();
      const message = `Build failed: ${printable(error instanceof Error ? error.message : String(error), true)}`;
      failure = `${message}\n${kept()}`;
      log(failure);
      failed(failure);
      return false;
    } finally {
      building = false;
      idleTimer = setTimeout(() => {
        void keepNow();
        verifyListing();
      }, IDLE_MS);
      // Not what keeps serve running.
      idleTimer.unref();
      if (again) {
        again = false;
        void rebuild().then(() => server.reload());
      }
    }
  };

  await rebuild();
  // A full build, if it was one, is done: the rebuilds' heap may grow further (see SERVE_HEAP_GROWTH).
  setHeapGrowth(SERVE_HEAP_GROWTH);
  const { pathPrefix } = parseBaseUrl(options.baseUrl);
  const server = EleventyDevServer.getServer('news-archive', options.out, {
    port,
    pathPrefix,
    showVersion: false,
    logger: { info: log, log, error: log, warn: log },
  });
  guard(server, log);
  failed = (message) => server.sendError({ error: browserError(message) });
  server.serve(port);
  await server.ready();
  // A page opened after the build failed (the first one, with no site to show but the server's
  // "Cannot GET /"; a reload of a stale page) connects after the failure was sent: it is told
  // then, in its console, as the open pages were.
  (server as unknown as DevServerInternals).updateServer?.on('connection', (socket) => {
    if (failure !== null) socket.send(JSON.stringify({ type: 'eleventy.error', error: errorJson(browserError(failure)) }));
  });
  // The port it got: the next one up when `port` was in use, any free one for `--port 0`.
  const address = (server as unknown as DevServerInternals).server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  const serving = `Serving ${options.out} at http://localhost:${actual}${pathPrefix} (on ${HOST} only; Ctrl+C to stop)`;

  let timer: NodeJS.Timeout | undefined;
  const changed = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      void rebuild().then((ok) => {
        if (ok) server.reload();
      });
    }, DEBOUNCE_MS);
  };
  // Watched folder by folder (see FolderWatcher), hidden folders (`.git`) apart. The watcher
  // starts again when the seeds folder is replaced or re-made (see seedsFolderChanged), or fails,
  // with a rebuild for whatever changed meanwhile. Files the reader skips are not told, but for
  // the pictures and other files articles may show or link to. The folder itself may be a link
  // (`seeds -> /data/seeds`): what it names is watched.
  const wanted = (relative: string): boolean => isSeedCandidate(relative) || isMediaFile(relative);
  let watcher: FolderWatcher | null = null;
  let rewatch: NodeJS.Timeout | undefined;
  let retryMs = WATCH_RETRY_MS;
  /** Starts watching; resolves once the watcher has every folder in view, so that no change after it is missed. */
  const watchSeeds = async (): Promise<void> => {
    watcher?.close();
    watcher = null;
    let root: string;
    try {
      root = realpathSync(options.seeds);
    } catch {
      // The folder is gone for now: its poll below starts watching again once it is back.
      return;
    }
    // Changes while no watcher was on are told by no event: the next build lists the folder whole.
    listing.forget();
    let failedHere = false;
    const current: FolderWatcher = new FolderWatcher(root, {
      changed: (rel) => {
        // A path gone may have been a folder of seeds, which only the listing knows (see
        // ListingMemo.removed); one that never held anything read asks for no rebuild.
        if (!lstatSync(path.join(root, rel), { throwIfNoEntry: false })) {
          if (listing.removed(rel)) changed();
        } else if (wanted(rel)) {
          listing.touched(rel);
          changed();
        }
      },
      folder: () => {
        listing.forget();
        changed();
      },
      failed: (error) => {
        if (watcher !== current) return;
        failedHere = true;
        // Said once: out of inotify watches, say, watching fails again and again. Tried again
        // later and later (up to WATCH_RETRY_MAX_MS), each time with a rebuild for what changed
        // meanwhile, which lists the whole folder.
        if (retryMs === WATCH_RETRY_MS) log(`Watching ${printable(options.seeds)} failed (${printable(error.message)}): trying again in a while, each time with a rebuild for what changed meanwhile.`);
        clearTimeout(rewatch);
        rewatch = setTimeout(() => void watchSeeds(), retryMs);
        retryMs = Math.min(retryMs * 2, WATCH_RETRY_MAX_MS);
        changed();
      },
    });
    watcher = current;
    await current.start();
    if (!failedHere) retryMs = WATCH_RETRY_MS;
  };
  verifyListing = () =>
    void listing.verify(options.seeds).then((same) => {
      if (!same) changed();
    });
  // "Serving" is said once changes are watched: an edit made on seeing it is never missed; one
  // made before, since the first build listed the folder, is found by listing it again.
  await watchSeeds();
  verifyListing();
  log(serving);
  const seedsFolderChanged = (now: Stats, before: Stats): void => {
    if (now.ino !== before.ino || now.dev !== before.dev) {
      void watchSeeds();
      changed();
    }
  };
  watchFile(options.seeds, { interval: WATCH_RETRY_MS }, seedsFolderChanged);
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
    clearTimeout(rewatch);
    watcher?.close();
    unwatchFile(options.seeds, seedsFolderChanged);
    unwatchFile(topicsFile, topicsChanged);
    await server.close();
    await keepNow();
    await relater.close();
    searchDrivers.close();
  };
}
