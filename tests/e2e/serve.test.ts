// `news-archive serve`: serves the build over HTTP and rebuilds when a seed is added, changed or removed.
import { spawn } from 'node:child_process';
import { cp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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

let stop = (): void => {};
afterAll(() => stop());

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
