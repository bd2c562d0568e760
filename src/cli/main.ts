// The `news-archive` command line: build, serve, check.
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build, check, DEFAULT_TITLE } from '../build.ts';
import { OutputFolderError } from '../output/atomic.ts';
import { ROOT } from '../paths.ts';
import { BaseUrlError, parseBaseUrl } from '../site/base-url.ts';
import { DEFAULT_LANGUAGE, LanguageError, parseLanguage } from '../language.ts';
import { SeedsFolderError } from '../seeds/load.ts';
import { cleanLine, isVisible } from '../unicode.ts';
import { VocabularyError } from '../enrich/vocabulary.ts';
import { formatProblems, formatSummary, formatWarnings, phaseLines, printable } from './problems.ts';
import { TerminalProgress } from './progress.ts';
import { formatGcTime, GcTimer } from './gc-time.ts';

export const EXIT_OK = 0;
export const EXIT_INVALID_SEEDS = 1;
export const EXIT_USAGE = 2;
/** The machine failed the build: no space left, no permission, an I/O error. */
export const EXIT_SYSTEM = 3;

const USAGE = `Usage: news-archive <command> [options]

Commands:
  build    Build the archive website from the seeds folder
  serve    Build, serve on localhost and rebuild when a seed changes
  check    Read and validate every seed; write nothing

Options:
  --seeds DIR      folder of seed files (default: seeds)
  --out DIR        output folder (default: _site)
  --base-url URL   URL or path the site is served under (default: /),
                   e.g. https://example.org/news/archive/ or /news/
  --title TEXT     site title (default: "${DEFAULT_TITLE}")
  --lang TAG       language of the articles, for pages, feeds and search
                   (default: en), e.g. fr, pt-BR, zh-Hans
  --topics FILE    topics vocabulary: canonical names, aliases, suppressed
                   names (default: topics.yml beside the seeds folder, if any)
  --port N         port for serve (default: 8080)
  --lenient        publish the valid seeds, skip invalid ones (listed in
                   build-report.json) and exit 0
  --keep-duplicates  publish seeds that repeat another's date and text
  --full           render every page, ignoring the previous build's cache
  --verbose        print how long each phase of the build took, the
                   memory in use after it, and the time spent collecting
                   garbage on the main thread (serve: after every build)
                   (on a terminal, long builds also show their progress)
  --quiet          print only problems
  -h, --help       show this help
  -v, --version    show the version

Exit codes: 0 success, 1 a seed or the topics file is invalid, 2 usage error,
3 the machine failed the build (no space left, no permission, an I/O error).`;

class UsageError extends Error {}

function version(): string {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** The operating system's error behind `error` (ENOSPC, EACCES, EIO…), wherever a library wrapped it. */
function systemError(error: unknown): NodeJS.ErrnoException | null {
  for (let e = error, depth = 0; e instanceof Error && depth < 10; depth++) {
    const { code, syscall } = e as NodeJS.ErrnoException;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code) && typeof syscall === 'string') return e;
    e = (e as { cause?: unknown; originalError?: unknown }).cause ?? (e as { originalError?: unknown }).originalError;
  }
  return null;
}

/** A path with every link in it followed; the part that does not exist yet (an output folder) kept as written. */
function realPath(p: string): string {
  const full = path.resolve(p);
  let existing = full;
  while (!existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
  try {
    return path.join(realpathSync(existing), path.relative(existing, full));
  } catch {
    return full;
  }
}

/**
 * The seeds and the output must be apart: a site written into the seeds folder would be read
 * as seeds by the next build, and an output folder replaced whole would take the seeds with it.
 */
function checkApart(seeds: string, out: string): void {
  // As written and as the links in them lead: `seedlink/site`, where seedlink -> seeds, is inside too.
  const [a, b] = [realPath(seeds), realPath(out)];
  const inside = (child: string, parent: string): boolean => child === parent || child.startsWith(parent.endsWith(path.sep) ? parent : `${parent}${path.sep}`);
  if (inside(b, a)) throw new OutputFolderError(`--out "${out}" is inside the seeds folder "${seeds}": choose an output folder outside it`);
  if (inside(a, b)) throw new OutputFolderError(`the seeds folder "${seeds}" is inside --out "${out}", which every build replaces: choose another output folder`);
}

/** Said after a build whose base URL is a path. */
export const RELATIVE_BASE_NOTE =
  'Note: --base-url is a path, so the sitemap, robots.txt, feed links and canonical links are relative, which search engines and feed readers do not take: give the full URL the site will have (--base-url https://example.org/news/).';

/**
 * parseArgs' message, without its advice on positional arguments that start with "-", which
 * this tool does not take (its one positional argument is the command).
 */
function optionMessage(message: string): string {
  const unknown = /^Unknown option '([^']*)'/.exec(message);
  return unknown ? `unknown option "${unknown[1]}": see the options below` : message;
}

export async function main(argv: string[], out = console.log, err = console.error): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        seeds: { type: 'string', default: 'seeds' },
        topics: { type: 'string' },
        out: { type: 'string', default: '_site' },
        'base-url': { type: 'string', default: '/' },
        title: { type: 'string', default: DEFAULT_TITLE },
        lang: { type: 'string', default: DEFAULT_LANGUAGE },
        port: { type: 'string', default: '8080' },
        lenient: { type: 'boolean', default: false },
        'keep-duplicates': { type: 'boolean', default: false },
        full: { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    err(`news-archive: ${optionMessage((error as Error).message)}\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out(USAGE);
    return EXIT_OK;
  }
  if (values.version) {
    out(version());
    return EXIT_OK;
  }
  const command = positionals[0];
  const log = values.quiet ? () => {} : out;
  try {
    if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'no command given' : `unexpected argument "${positionals[1]}"`);
    const base = parseBaseUrl(values['base-url']);
    const lang = parseLanguage(values.lang);
    // Shown on every page and in every feed, as seed text is: without control characters.
    const title = cleanLine(values.title).trim();
    if (!isVisible(title)) throw new UsageError('--title is empty: give the site a title, or leave the option out');
    if (command === 'build' || command === 'serve') checkApart(values.seeds, values.out);
    const options = {
      seeds: values.seeds,
      topics: values.topics,
      out: values.out,
      baseUrl: values['base-url'],
      title,
      lang,
      lenient: values.lenient,
      keepDuplicates: values['keep-duplicates'],
      full: values.full,
      quiet: true,
    };
    switch (command) {
      case 'check': {
        const result = await check(options);
        const { seeds, published, duplicates, drafts, warnings } = result.report;
        // Warnings are said whether or not seeds are invalid: fixing one should not uncover the other.
        if (result.problems.length > 0) {
          err(formatProblems(result.problems));
          if (warnings.length > 0) err(formatWarnings(warnings, values.seeds));
          return EXIT_INVALID_SEEDS;
        }
        if (warnings.length > 0) err(formatWarnings(warnings, values.seeds));
        const folded = duplicates.length;
        const also = [folded > 0 ? `${folded} ${folded === 1 ? 'duplicate' : 'duplicates'} folded` : '', drafts.length > 0 ? `${drafts.length} ${drafts.length === 1 ? 'draft' : 'drafts'} left out` : ''];
        const warned = warnings.length > 0 ? ` (${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'})` : '';
        log(`${seeds} seeds checked: ${published} ${published === 1 ? 'article' : 'articles'}${also.filter(Boolean).map((s) => `, ${s}`).join('')}, no problems${warned}`);
        return EXIT_OK;
      }
      case 'build': {
        // Progress goes to the terminal only: not when piped, not with --quiet.
        const gc = values.verbose ? new GcTimer().start() : null;
        const result = await build({ ...options, observer: values.quiet ? undefined : new TerminalProgress() });
        const collected = await gc?.stop();
        if (result.problems.length > 0) err(formatProblems(result.problems));
        if (result.report.warnings.length > 0) err(formatWarnings(result.report.warnings, values.seeds));
        if (!result.written) {
          err('Nothing was written.');
          return EXIT_INVALID_SEEDS;
        }
        log(formatSummary(result, values.out));
        // A path works for readers, but sitemaps and feeds need whole URLs.
        if (base.origin === null) log(RELATIVE_BASE_NOTE);
        if (values.verbose) for (const line of phaseLines(result.phases)) out(line);
        if (collected) out(formatGcTime(collected));
        return EXIT_OK;
      }
      case 'serve': {
        const port = Number(values.port);
        if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, not "${values.port}"`);
        // Loaded here: the development server's modules are no part of a build.
        const { serve } = await import('./serve.ts');
        const stop = await serve(options, port, log, values.verbose);
        await new Promise<void>((resolve) => {
          const done = (): void => void stop().then(resolve);
          process.once('SIGINT', done);
          process.once('SIGTERM', done);
        });
        return EXIT_OK;
      }
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof BaseUrlError || error instanceof LanguageError) {
      err(`news-archive: ${error.message}\n\n${USAGE}`);
      return EXIT_USAGE;
    }
    if (error instanceof VocabularyError) {
      const message = printable(error.message, true);
      err(command === 'check' ? message : `${message}\nNothing was written.`);
      return EXIT_INVALID_SEEDS;
    }
    if (error instanceof SeedsFolderError || error instanceof OutputFolderError || (error instanceof Error && error.name === 'PortError')) {
      err(`news-archive: ${printable(error.message, true)}`);
      return EXIT_USAGE;
    }
    const system = systemError(error);
    if (system) {
      // A full disk, a folder without write permission, a failing disk: the machine's trouble, not a seed's.
      // Some writes name no file (a write to an open file): the folder being written is named instead.
      const where = system.path === undefined && command !== 'check' ? ` (writing the site beside "${values.out}")` : '';
      // An incremental commit stopped part of the way (see writeAtomically): the next build is a full one.
      const partly = (error as { partlyCommitted?: boolean }).partlyCommitted === true;
      const state = command === 'check' ? '' : partly ? 'The site was only partly updated: the next build renders it whole. ' : 'The site was not updated: the output folder holds the previous build, if any. ';
      err(`news-archive: ${printable(system.message + where)}\n${state}Check the disk and the permissions, then build again.`);
      return EXIT_SYSTEM;
    }
    throw error;
  }
}
