// `news-archive serve`: serves the build over HTTP and rebuilds when a seed is added, changed or removed.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { connect, createServer } from 'node:net';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { browserError, isSafeRequestTarget } from '../../src/cli/serve.ts';
import { BIN, ROOT, runCli, tempDir } from '../helpers/cli.ts';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Waits until `check` holds; on timing out, says what for, with serve's output so far (`log`). */
async function waitFor(check: () => Promise<boolean>, what: string, ms = 30_000, log?: () => string): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}${log ? `; serve said:\n${log()}` : ''}`);
}

const status = async (url: string): Promise<number> => (await fetch(url)).status;

/** GETs `target` exactly as written: fetch would normalise `%2e%2e/` and `\\` away first. */
function rawGet(port: number, target: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: target, agent: false }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Whether a TCP connection to `host`:`port` is accepted. */
function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 3000 });
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.on('connect', () => done(true));
    socket.on('error', () => done(false));
    socket.on('timeout', () => done(false));
  });
}

/** The local addresses listening on `port`, from /proc/net/tcp{,6} (hex, as the kernel writes them). */
function listeningAddresses(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  return ['/proc/net/tcp', '/proc/net/tcp6']
    .filter((f) => existsSync(f))
    .flatMap((f) => readFileSync(f, 'utf8').split('\n').slice(1))
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols[3] === '0A' && cols[1]?.endsWith(`:${hexPort}`))
    .map((cols) => cols[1]!.split(':')[0]!);
}

/** An address of this machine other than the loopback ones, if it has one. */
function otherAddress(): string | undefined {
  const all = Object.values(networkInterfaces()).flatMap((list) => list ?? []);
  return all.find((a) => !a.internal && a.family === 'IPv4')?.address;
}

/**
 * The text messages the server at `port` sends a WebSocket client (a page's reload client) in
 * its first `ms`: the least of a client, enough to read what the server sends unmasked.
 */
function webSocketMessages(port: number, ms: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    const messages: string[] = [];
    let buffer = Buffer.alloc(0);
    let upgraded = false;
    socket.on('connect', () => socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`));
    socket.on('data', (d: Buffer) => {
      buffer = Buffer.concat([buffer, d]);
      if (!upgraded) {
        const end = buffer.indexOf('\r\n\r\n');
        if (end < 0) return;
        upgraded = true;
        buffer = buffer.subarray(end + 4);
      }
      while (buffer.length >= 2) {
        let length = buffer[1]! & 0x7f;
        let at = 2;
        if (length === 126) [length, at] = buffer.length >= 4 ? [buffer.readUInt16BE(2), 4] : [Infinity, 4];
        else if (length === 127) [length, at] = buffer.length >= 10 ? [Number(buffer.readBigUInt64BE(2)), 10] : [Infinity, 10];
        if (buffer.length < at + length) break;
        if ((buffer[0]! & 0x0f) === 1) messages.push(buffer.subarray(at, at + length).toString());
        buffer = buffer.subarray(at + length);
      }
    });
    socket.on('error', reject);
    setTimeout(() => {
      socket.destroy();
      resolve(messages);
    }, ms);
  });
}

const children: ChildProcess[] = [];
function startServe(args: string[]): { child: ChildProcess; log: () => string } {
  const child = spawn(process.execPath, [BIN, 'serve', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  let log = '';
  child.stdout!.on('data', (d: Buffer) => (log += d.toString()));
  return { child, log: () => log };
}

/** serve started on a seeds folder of one seed, `a.txt` (its text `seed`), once it says it is serving. */
async function serveOneSeed(seed: string, args: string[] = []): Promise<{ seeds: string; port: number; child: ChildProcess; log: () => string }> {
  const dir = await tempDir();
  const seeds = path.join(dir, 'seeds');
  await mkdir(seeds);
  await writeFile(path.join(seeds, 'a.txt'), seed);
  const port = await freePort();
  const { child, log } = startServe([...args, '--seeds', seeds, '--out', path.join(dir, '_site'), '--port', String(port)]);
  await waitFor(async () => log().includes('Serving '), 'the server');
  return { seeds, port, child, log };
}

let stop = (): void => {};
afterAll(() => {
  stop();
  for (const child of children) child.kill('SIGTERM');
});

describe('news-archive serve', () => {
  it('serves the archive and follows changes to the seeds', async () => {
    const dir = await tempDir();
    const seeds = path.join(dir, 'seeds');
    await cp(path.join(ROOT, 'seeds'), seeds, { recursive: true });
    const port = await freePort();
    const child = spawn(process.execPath, [BIN, 'serve', '--seeds', seeds, '--out', path.join(dir, '_site'), '--port', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
    stop = () => child.kill('SIGTERM');
    let log = '';
    child.stdout.on('data', (d: Buffer) => (log += d.toString()));
    const builds = (): number => log.split('\n').filter((l) => l.startsWith('Built ')).length;
    const base = `http://127.0.0.1:${port}`;
    await waitFor(async () => (await status(`${base}/`)) === 200, 'the first build');
    expect(await status(`${base}/2017/11/14/new-impetus-to-geneva-talks/`)).toBe(200);
    // Nothing changed since: no second build (the topics file, which does not exist, is polled every 300 ms).
    await waitFor(async () => log.includes('Serving '), 'the server');
    await new Promise((r) => setTimeout(r, 1500));
    expect(builds(), log).toBe(1);

    await writeFile(path.join(seeds, 'added.txt'), ' date 2019-05-01 A Seed Added While Serving\nIt appears without a restart.\n');
    await waitFor(async () => (await status(`${base}/2019/05/01/a-seed-added-while-serving/`)) === 200, 'the added seed');

    // Saved as many editors save, by writing a copy and renaming it over the seed: every save is
    // seen, and so is every change after them.
    const saveByRename = async (text: string): Promise<void> => {
      await writeFile(path.join(seeds, '.added.txt.swp'), text);
      await rename(path.join(seeds, '.added.txt.swp'), path.join(seeds, 'added.txt'));
    };
    await saveByRename(' date 2019-05-01 Saved Once By Rename\nA copy renamed over the seed.\n');
    await waitFor(async () => (await status(`${base}/2019/05/01/saved-once-by-rename/`)) === 200, 'the seed saved by rename');
    await saveByRename(' date 2019-05-01 Saved Twice By Rename\nAnother copy renamed over it.\n');
    await waitFor(async () => (await status(`${base}/2019/05/01/saved-twice-by-rename/`)) === 200, 'the seed saved by rename again');
    expect(await status(`${base}/2019/05/01/saved-once-by-rename/`)).toBe(404);

    await writeFile(path.join(seeds, 'added.txt'), ' date 2019-05-01 The Headline Changed\nStill here.\n');
    await waitFor(async () => (await status(`${base}/2019/05/01/the-headline-changed/`)) === 200, 'the changed seed');

    await rm(path.join(seeds, 'added.txt'));
    await waitFor(async () => (await status(`${base}/2019/05/01/the-headline-changed/`)) === 404, 'the removed seed');
    expect(await status(`${base}/2017/11/14/new-impetus-to-geneva-talks/`)).toBe(200);

    // A topics file written beside the seeds folder is seen too.
    const before = builds();
    await writeFile(path.join(dir, 'topics.yml'), 'suppress: [Geneva]\n');
    await waitFor(async () => builds() > before, 'a rebuild after topics.yml appeared');

    // A build that fails says so, and the last good site stays served.
    const kept = (): number => log.split('\n').filter((l) => l === 'Nothing was written; the previous build is still served.').length;
    await writeFile(path.join(dir, 'topics.yml'), 'topics: [\n');
    await waitFor(async () => log.includes('Build failed: ') && kept() === 1, 'the failed build on a broken topics.yml', undefined, () => log);
    expect(await status(`${base}/2017/11/14/new-impetus-to-geneva-talks/`)).toBe(200);
    await rm(path.join(dir, 'topics.yml'));
    await writeFile(path.join(seeds, 'broken.txt'), ' date 2019-02-30 A Broken Date\nText.\n');
    await waitFor(async () => log.includes('broken.txt:1: invalid date "2019-02-30"') && kept() === 2, 'the failed build on a broken seed', undefined, () => log);
    expect(await status(`${base}/2017/11/14/new-impetus-to-geneva-talks/`)).toBe(200);
  });
});

describe('news-archive serve, when its first build fails', () => {
  it('tells a page opened while the failure stands what failed, in its console, and nothing once it is mended', async () => {
    const { seeds, port, log } = await serveOneSeed(' date 2019-02-30 A Broken Date\nText.\n');
    // The page the server shows (its "Cannot GET /"), opened after the failure was sent to the open pages, of which there were none.
    const errors = (messages: string[]): string[] => messages.map((m) => JSON.parse(m) as { type: string; error?: string }).filter((m) => m.type === 'eleventy.error').map((m) => (JSON.parse(m.error!) as { message: string }).message);
    const told = errors(await webSocketMessages(port, 1000));
    expect(told).toHaveLength(1);
    expect(told[0]).toContain('a.txt:1: invalid date "2019-02-30"');
    expect(told[0]).toContain('Nothing was written: the site is served once its seeds build.');
    await writeFile(path.join(seeds, 'a.txt'), ' date 2019-02-28 A Mended Date\nText.\n');
    // Once serve says the mended build is done (its pages are served a moment before it can say so).
    await waitFor(async () => log().includes('Built 1 article'), 'the mended build');
    expect(await status(`http://127.0.0.1:${port}/2019/02/28/a-mended-date/`)).toBe(200);
    expect(errors(await webSocketMessages(port, 1000))).toEqual([]);
  });
});

describe('news-archive serve --verbose', () => {
  it('prints the phases of every build, the first and each rebuild, with the garbage collection', async () => {
    const { seeds, child, log } = await serveOneSeed(' date 2002-02-01 First Story\nText.\n', ['--verbose']);
    await writeFile(path.join(seeds, 'b.txt'), ' date 2002-02-02 Second Story\nText.\n');
    await waitFor(async () => log().split('\n').filter((l) => l.startsWith('Built 2 articles')).length === 1, 'the rebuild');
    const lines = log().split('\n');
    const built = lines.flatMap((l, i) => (l.startsWith('Built ') ? [i] : []));
    expect(built).toHaveLength(2);
    for (const at of built) {
      expect(lines[at + 1]).toMatch(/^  read seeds \(and extract their topics\): \d+ ms \(heap \d+ MB\)$/);
      const phases = lines.slice(at + 1, (built.find((b) => b > at) ?? lines.length));
      expect(phases.some((l) => /^  pages: .*: \d+ ms/.test(l))).toBe(true);
      expect(phases.some((l) => /^  of the whole build, garbage collection on the main thread: \d+ ms/.test(l))).toBe(true);
    }
    child.kill('SIGTERM');
  });
});

describe('news-archive serve, when folders come and go', () => {
  it('keeps running while sub-folders appear and vanish at once, follows a seeds folder replaced by another, and folders of seeds moved in and out', async () => {
    const { seeds, port, child, log } = await serveOneSeed(' date 2002-02-01 First Story\nText.\n');
    const dir = path.dirname(seeds);
    const base = `http://127.0.0.1:${port}`;
    // As git checkout, unzip and editors' temporary folders do: Node's watcher failed on a folder gone before it was watched.
    for (let i = 0; i < 200; i++) {
      await mkdir(path.join(seeds, `tmp${i}`, 'a', 'b'), { recursive: true });
      await rm(path.join(seeds, `tmp${i}`), { recursive: true });
    }
    await new Promise((r) => setTimeout(r, 1500));
    expect(child.exitCode, log()).toBeNull();
    await writeFile(path.join(seeds, 'b.txt'), ' date 2002-02-02 Added After The Folders\nText.\n');
    await waitFor(async () => (await status(`${base}/2002/02/02/added-after-the-folders/`)) === 200, 'a seed added after the folders');
    // A fresh copy swapped in for the folder, as sync jobs do: the watch follows the new folder.
    await cp(seeds, `${seeds}.new`, { recursive: true });
    await rename(seeds, `${seeds}.old`);
    await rename(`${seeds}.new`, seeds);
    await new Promise((r) => setTimeout(r, 1500));
    await writeFile(path.join(seeds, 'c.txt'), ' date 2002-02-03 Added After The Swap\nText.\n');
    await waitFor(async () => (await status(`${base}/2002/02/03/added-after-the-swap/`)) === 200, 'a seed added to the new folder');
    // A folder of seeds moved in whole, and out again: the watcher names the folder, not its files.
    const outside = path.join(dir, 'wires');
    await mkdir(path.join(outside, 'inner'), { recursive: true });
    await writeFile(path.join(outside, 'inner', 'd.txt'), ' date 2002-02-04 Moved In With Its Folder\nText.\n');
    await rename(outside, path.join(seeds, 'wires'));
    await waitFor(async () => (await status(`${base}/2002/02/04/moved-in-with-its-folder/`)) === 200, 'a seed moved in with its folder');
    await rename(path.join(seeds, 'wires'), outside);
    await waitFor(async () => (await status(`${base}/2002/02/04/moved-in-with-its-folder/`)) === 404, 'a seed moved out with its folder');
    expect(await status(`${base}/2002/02/03/added-after-the-swap/`)).toBe(200);
    child.kill('SIGTERM');
  });
});

/** Holds `port` open at `host` until the returned function is called; null when `host` is not this machine's (no IPv6). */
async function hold(host: string, port: number): Promise<(() => Promise<void>) | null> {
  const server = createServer();
  const ok = await new Promise<boolean>((resolve) => {
    server.once('error', () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => resolve(true));
  });
  return ok ? () => new Promise((resolve) => server.close(() => resolve())) : null;
}

describe('news-archive serve, when ports are taken', () => {
  it('skips a port taken on 127.0.0.1 or on ::1 alone, which localhost may name', async () => {
    const dir = await tempDir();
    const seeds = path.join(dir, 'seeds');
    await cp(path.join(ROOT, 'seeds'), seeds, { recursive: true });
    const port = await freePort();
    const releases = [await hold('127.0.0.1', port), await hold('::1', port + 1)].filter((r) => r !== null);
    try {
      const { child, log } = startServe(['--seeds', seeds, '--out', path.join(dir, '_site'), '--port', String(port)]);
      await waitFor(async () => log().includes('Serving '), 'the server');
      // Without IPv6 only the first is held, and the next port is free.
      expect(log()).toContain(`http://localhost:${port + releases.length}/`);
      child.kill('SIGTERM');
    } finally {
      for (const release of releases) await release!();
    }
  });

  it('exits 2 with one line, not a stack trace, when no port from the one asked for is free', async () => {
    const release = await hold('127.0.0.1', 65535);
    try {
      const run = await runCli(['serve', '--seeds', path.join(ROOT, 'seeds'), '--out', path.join(await tempDir(), '_site'), '--port', '65535']);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('news-archive: port 65535 is in use: choose another --port');
      expect(run.stderr).not.toMatch(/^\s+at /m);
    } finally {
      await release?.();
    }
  });
});

describe('isSafeRequestTarget', () => {
  it('lets through site paths, with their queries', () => {
    for (const t of ['/', '/2017/11/14/a-b/', '/news/assets/site.css', '/search/?q=%zz', '/caf%C3%A9/', '/a%2Fb/', '/.11ty/reload-client.js']) expect(isSafeRequestTarget(t), t).toBe(true);
  });

  it('tells the open pages of a failed build its message, not the stack of this tool\'s code (QA 29)', () => {
    const error = browserError('Build failed: topics.yml:1: not a list');
    // As the dev server sends it (sendError) and its client reads it.
    const sent = JSON.parse(JSON.stringify(error, Object.getOwnPropertyNames(error))) as Record<string, string>;
    expect(sent.message).toBe('Build failed: topics.yml:1: not a list');
    expect(Object.values(sent).join('\n')).not.toMatch(/ at |serve\.ts|\.mjs/);
  });

  it('refuses dot segments, backslashes, control characters, bad escapes and non-paths', () => {
    const bad = ['/..%2f', '/..%2fout-secret/secret.txt', '/%2e%2e/', '/%2E%2E/x', '/a/../b', '/./', '/a/%2e/', '/..\\', '/a%5cb', '/%00', '/a%0a', '/%zz', '/%', '/%C3', '*', 'http://example.org/', ''];
    for (const t of bad) expect(isSafeRequestTarget(t), t).toBe(false);
  });
});

describe('news-archive serve, from the network', () => {
  it('listens on 127.0.0.1 only, refuses unsafe paths and keeps serving', async () => {
    const dir = await tempDir();
    const seeds = path.join(dir, 'seeds');
    await cp(path.join(ROOT, 'seeds'), seeds, { recursive: true });
    // A sibling of the output whose name starts with the output's (eleventy-dev-server #152).
    await mkdir(path.join(dir, 'sv', 'out-secret'), { recursive: true });
    await writeFile(path.join(dir, 'sv', 'out-secret', 'secret.txt'), 'TOP SECRET\n');
    const port = await freePort();
    const { child, log } = startServe(['--seeds', seeds, '--out', path.join(dir, 'sv', 'out'), '--port', String(port)]);
    let exited = false;
    child.on('exit', () => (exited = true));
    await waitFor(async () => log().includes('Serving '), 'the server');
    expect(await status(`http://127.0.0.1:${port}/`)).toBe(200);

    // Bound to the loopback address alone, whether or not the machine has another one to try.
    expect(await accepts('127.0.0.1', port)).toBe(true);
    const other = otherAddress();
    if (other) expect(await accepts(other, port), `answered on ${other}`).toBe(false);
    if (existsSync('/proc/net/tcp')) expect(listeningAddresses(port)).toEqual(['0100007F']);

    for (const target of ['/..%2f', '/..%2fout-secret/secret.txt', '/%2e%2e/', '/%2e%2e/out-secret/secret.txt', '/..\\', '/..\\out-secret\\secret.txt', '/%00', '/index.html%00', '/%zz', '/%']) {
      const got = await rawGet(port, target);
      expect(got.status, target).toBeGreaterThanOrEqual(400);
      expect(got.body, target).not.toContain('TOP SECRET');
    }
    // Still alive, and still serving.
    expect(exited).toBe(false);
    expect((await rawGet(port, '/')).status).toBe(200);
    expect((await rawGet(port, '/nowhere/')).status).toBe(404);
  });
});
