// Renders the site into a folder: Eleventy, the renderer, on chunks of pages, one run per
// chunk, while Pagefind indexes the search records. Pagefind indexes records, not rendered
// pages, in processes of its own, so it needs no wait for Eleventy, which runs on this thread.
import { cp, writeFile } from 'node:fs/promises';
import { constants, getPriority, setPriority } from 'node:os';
import path from 'node:path';
import { type PageFile, PageWriter, relativeOutput } from '../output/page-writer.ts';
import { ELEVENTY, ROOT } from '../paths.ts';
import { prefixUrls } from './base-url.ts';
import type { SearchIndexWriter } from './search-index.ts';
import { STEMMER_FILE, stemmerModule } from './stemmer.ts';
import { PAGE_LISTS, type SiteData, type SiteMeta } from './types.ts';

// Belongs with the rest of Eleventy's API in src/vendor/eleventy.d.ts.
declare module '@11ty/eleventy' {
  interface UserConfig {
    /** `callback` runs on every page after it is rendered, before it is written. */
    addLinter(name: string, callback: (content: string) => void): void;
  }
}

export const PUBLIC_DIR = path.join(ROOT, 'public');

/**
 * Eleventy, without its ESM cache-busting resolver: on Node 20 that resolver is a module hook on
 * a thread of its own, and every import after it waits on that thread (0.15-0.25 s a build). It
 * serves Eleventy's own watch mode, which re-imports edited templates; this tool's templates are
 * its own and never change under a running build or `serve`.
 */
function importEleventy(): Promise<typeof import('@11ty/eleventy')> {
  process.env.ELEVENTY_SKIP_ESM_RESOLVER ??= '1';
  return import('@11ty/eleventy');
}

export interface RendererOptions {
  quiet: boolean;
  observer?: { begin(phase: string): void; advance(done: number, total: number): void };
}

/**
 * A run of Eleventy over at least this many pages makes rendering a contest with Pagefind for
 * the cores, as in a full build; a rebuild renders a handful of pages, after passes of its own.
 */
export const LARGE_CHUNK = 1000;

/** Where rendering and search indexing stand, when a chunk is about to be rendered. */
export interface Race {
  /** Pages and files in the chunk. */
  chunk: number;
  /** Pages gone through (rendered or skipped), of all. */
  pagesDone: number;
  pages: number;
  /** Search records no Pagefind driver has taken yet, of all. */
  untaken: number;
  records: number;
}

/**
 * Whether rendering should yield the cores to Pagefind (see SiteRenderer.yieldToSearch): when
 * a large chunk is due and Pagefind has taken a smaller share of its records than the
 * rendering has gone through of its pages, so that it would finish last.
 */
export function yieldsToSearch(r: Race): boolean {
  return r.chunk >= LARGE_CHUNK && r.records > 0 && r.pages > 0 && 1 - r.untaken / r.records < r.pagesDone / r.pages;
}

/** Pages and files of a chunk. */
function sizeOf(chunk: SiteData): number {
  let n = chunk.files.length;
  for (const list of PAGE_LISTS) n += chunk[list].length;
  return n;
}

export class SiteRenderer {
  private pagesDone = 0;
  private recordsDone = 0;
  private records = 0;
  /** Pages the build will go through (rendered or skipped), for progress; null until known. */
  private pages: number | null = null;
  private renderMs = 0;
  private searchMs = 0;
  private search: Promise<void> = Promise.resolve();
  private searchWriter: SearchIndexWriter | null = null;
  /** Stops the indexing when rendering fails, so that nothing writes into the folder afterwards. */
  private readonly stop = new AbortController();
  /** Writes what Eleventy renders. */
  private readonly writer: PageWriter;
  /** This thread's priority before it yielded to Pagefind (see yieldToSearch); null until then. */
  private priority: number | null = null;

  constructor(
    private readonly outDir: string,
    private readonly meta: SiteMeta,
    private readonly options: RendererOptions,
  ) {
    this.writer = new PageWriter(outDir);
  }

  /** Starts indexing the shards given to `search` for search, alongside whatever follows. */
  index(search: SearchIndexWriter): void {
    this.searchWriter = search;
    this.records = search.records;
    this.search = search.run((done) => {
      this.recordsDone = done;
      this.advance();
    }, this.stop.signal).then((ms) => {
      // Pagefind's drivers time themselves: this thread may be too busy to see them end on time.
      this.searchMs = ms;
    });
    // Failures are reported by finish(); until then, an early one must not go unhandled.
    this.search.catch(() => {});
  }

  /** Says how many pages the build will go through, once the archive is indexed: progress is shown from here. */
  expect(pages: number): void {
    this.pages = pages;
    this.options.observer?.begin(
      `Rendering ${pages.toLocaleString('en')} pages${this.records ? ` and indexing ${this.records.toLocaleString('en')} articles for search` : ''}`,
    );
    this.advance();
  }

  /** Says that the build will go through `pages` more pages than it expected (the stories' pages, known once the articles are related). */
  expectMore(pages: number): void {
    if (this.pages !== null) this.pages += pages;
  }

  /** Counts a page that needs no rendering. */
  skip(): void {
    this.pagesDone++;
    if (this.pagesDone % 1000 === 0) this.advance();
  }

  /**
   * Starts importing Eleventy, for a build that is about to wait with this thread idle (for
   * related articles): its modules are compiled meanwhile, not once the first chunk is ready.
   */
  preload(): void {
    importEleventy().catch(() => {
      // Told by render, which imports it again.
    });
  }

  /** Renders a chunk of pages and files with one run of Eleventy. */
  async render(chunk: SiteData): Promise<void> {
    const size = sizeOf(chunk);
    if (size === 0) return;
    const search = this.searchWriter;
    if (search && this.pages !== null && yieldsToSearch({ chunk: size, pagesDone: this.pagesDone, pages: this.pages, untaken: search.recordsUntaken(), records: this.records })) {
      this.yieldToSearch();
    }
    const started = performance.now();
    // Loaded on first use: importing Eleventy takes about 0.6 s, which a build that renders nothing need not pay.
    const { default: Eleventy } = await importEleventy();
    const eleventy = new Eleventy(ELEVENTY.templates, this.outDir, {
      configPath: ELEVENTY.config,
      pathPrefix: this.meta.pathPrefix,
      quietMode: this.options.quiet,
      config: (config) => {
        // Eleventy warns of a transform that takes over 8% of its time ("[11ty] Benchmark …
        // path-prefix Transform"), even in quiet mode: a note about this tool's own code that
        // its users can do nothing about. 0 turns the warning off.
        if (this.options.quiet) config.benchmarks.config.setMinimumThresholdMs(0);
        config.addGlobalData('archive', chunk);
        const prefix = this.meta.pathPrefix;
        config.addTransform('path-prefix', function (content) {
          return typeof this.page.outputPath === 'string' && this.page.outputPath.endsWith('.html') ? prefixUrls(content, prefix) : content;
        });
        // Called once per page written, for the progress display.
        config.addLinter('progress', () => {
          this.pagesDone++;
          this.advance();
        });
      },
    });
    // Eleventy's own summary line would repeat ours; its errors are thrown, not logged.
    if (this.options.quiet) eleventy.disableLogger();
    // Rendered without writing (see PageWriter): a page with no output path is not written.
    const files: PageFile[] = [];
    for (const page of await eleventy.toJSON()) {
      if (typeof page.outputPath === 'string') files.push([relativeOutput(this.outDir, page.outputPath), page.content]);
    }
    await this.writer.write(files);
    this.renderMs += performance.now() - started;
  }

  /**
   * Lowers this thread's priority below Pagefind's, once Pagefind falls behind the rendering
   * (see yieldsToSearch): its indexing is then the longer job, and the cores shared equally
   * would leave it running alone after the rendering. At 100,000 articles, rendering and
   * indexing took 204 s with equal shares, 167 s with Pagefind first (Eleventy's own time 143 s
   * and 140 s; the build 250 s and 226 s). At 10,000 Pagefind keeps ahead; yielding all the
   * same made the build 1-2 s slower. On Linux the priority is this thread's own: Node's other
   * threads keep theirs.
   */
  private yieldToSearch(): void {
    if (this.priority !== null) return;
    try {
      this.priority = getPriority();
      if (this.priority < constants.priority.PRIORITY_BELOW_NORMAL) setPriority(constants.priority.PRIORITY_BELOW_NORMAL);
    } catch {
      // Not allowed here (some sandboxes): rendering shares the cores equally, as before.
    }
  }

  /** Gives this thread its priority back, where allowed: raising one takes a privilege on Linux. */
  private restorePriority(): void {
    if (this.priority === null) return;
    try {
      setPriority(this.priority);
    } catch {
      // Stays low: only this process's later builds (under `serve`) are affected, and their Pagefind processes inherit it.
    }
  }

  /** Waits for the search index, then writes the static assets: public/, and the search page's stemmer. */
  async finish(): Promise<void> {
    this.restorePriority();
    // Nothing more to render: the search index may use this thread's core too.
    this.searchWriter?.renderingDone();
    try {
      await this.writer.flush();
    } finally {
      await this.writer.close();
    }
    await this.search;
    await cp(PUBLIC_DIR, this.outDir, { recursive: true });
    await writeFile(path.join(this.outDir, STEMMER_FILE), await stemmerModule());
  }

  /** After a failure: stops the indexing and waits until it has stopped writing. */
  async abort(): Promise<void> {
    this.restorePriority();
    this.stop.abort();
    await this.writer.close();
    await this.search.catch(() => {});
  }

  /** Time spent by each renderer, for `--verbose`. */
  timings(): [string, number][] {
    return [
      ['  of which Eleventy rendering', this.renderMs],
      ['  of which Pagefind indexing (at the same time)', this.searchMs],
    ];
  }

  private advance(): void {
    if (this.pages !== null) this.options.observer?.advance(this.pagesDone + this.recordsDone, this.pages + this.records);
  }
}
