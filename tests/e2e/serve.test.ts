// `news-archive serve`: serves the build over HTTP and rebuilds when a seed is added, changed or removed.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { connect, createServer } from 'node:net';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isSafeRequestTarget } from '../../src/cli/serve.ts';
import { BIN, ROOT, tempDir } from '../helpers/cli.ts';

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

async function waitFor(check: () => Promise<boolean>, what: string, ms = 30_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
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

const children: ChildProcess[] = [];
function startServe(args: string[]): { child: ChildProcess; log: () => string } {
  const child = spawn(process.execPath, [BIN, 'serve', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  let log = '';
  child.stdout!.on('data', (d: Buffer) => (log += d.toString()));
  return { child, log: () => log };
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

    await writeFile(path.join(seeds, 'added.txt'), ' date 2019-05-01 The Headline Changed\nStill here.\n');
    await waitFor(async () => (await status(`${base}/2019/05/01/the-headline-changed/`)) === 200, 'the changed seed');

    await rm(path.join(seeds, 'added.txt'));
    await waitFor(async () => (await status(`${base}/2019/05/01/the-headline-changed/`)) === 404, 'the removed seed');
    expect(await status(`${base}/2017/11/14/new-impetus-to-geneva-talks/`)).toBe(200);

    // A topics file written beside the seeds folder is seen too.
    const before = builds();
    await writeFile(path.join(dir, 'topics.yml'), 'suppress: [Geneva]\n');
    await waitFor(async () => builds() > before, 'a rebuild after topics.yml appeared');
  });
});

describe('isSafeRequestTarget', () => {
  it('lets through site paths, with their queries', () => {
    for (const t of ['/', '/2017/11/14/a-b/', '/news/assets/site.css', '/search/?q=%zz', '/caf%C3%A9/', '/a%2Fb/', '/.11ty/reload-client.js']) expect(isSafeRequestTarget(t), t).toBe(true);
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
