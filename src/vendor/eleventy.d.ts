// The parts of Eleventy's JavaScript API this project uses, typed (the packages ship no types).
declare module '@11ty/eleventy' {
  export interface UserConfig {
    addPlugin(plugin: unknown, options?: object): void;
    addPassthroughCopy(paths: Record<string, string> | string): void;
    addGlobalData(name: string, value: unknown): void;
    addExtension(extensions: string[], options: { key: string }): void;
    /** A template that lives in the configuration (a virtual template): its path in the input folder, and for an `11ty.js` one, its module. */
    addTemplate(virtualPath: string, content: unknown, data?: object): void;
    /** The project's folders; the input folder's path ends with a `/`. */
    directories: { input: string };
    /** `callback` gets each page's output before it is written, and returns what is written. */
    addTransform(name: string, callback: (this: { page: { outputPath: string | false } }, content: string) => string): void;
    setNunjucksEnvironmentOptions(options: object): void;
    setQuietMode(quiet: boolean): void;
    setUseGitIgnore(enabled: boolean): void;
    /** Globs of input files Eleventy skips. */
    ignores: Set<string>;
    /** Timings of what the configuration adds (transforms, linters): a group warns of those over its thresholds. */
    benchmarks: { config: { setMinimumThresholdMs(ms: number): void } };
    /** `writeMode: 'async'` writes pages with fs/promises (on libuv's threads) instead of fs's synchronous calls. */
    configureTemplateHandling(options: { writeMode?: 'sync' | 'async' }): void;
  }
  export interface EleventyOptions {
    configPath?: string;
    pathPrefix?: string;
    quietMode?: boolean;
    config?: (config: UserConfig) => void | Promise<void>;
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    /** Renders every page without writing any: each page's output path (false for one not written) and content. */
    toJSON(): Promise<{ url: string | false; outputPath: string | false; content: string | Uint8Array }[]>;
    disableLogger(): void;
  }
}

declare module '@11ty/eleventy-dev-server' {
  export interface DevServerOptions {
    port?: number;
    pathPrefix?: string;
    liveReload?: boolean;
    domDiff?: boolean;
    showVersion?: boolean;
    logger?: { info(...args: unknown[]): void; log(...args: unknown[]): void; error(...args: unknown[]): void; warn?(...args: unknown[]): void };
  }
  export default class EleventyDevServer {
    static getServer(name: string, dir: string, options?: DevServerOptions): EleventyDevServer;
    serve(port: number): void;
    ready(): Promise<void>;
    reload(event?: object): void;
    /** Tells the open pages of a failed build: their reload client logs it in the browser's console. */
    sendError(event: { error: Error }): void;
    close(): Promise<void>;
  }
}
