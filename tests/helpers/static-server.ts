// A plain static host for tests: serves a folder under a path prefix on 127.0.0.1, with the
// folder's 404.html for anything missing, as GitHub Pages or Netlify would.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/wasm',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  origin: string;
  /** Origin plus prefix: where the site's home page is. */
  root: string;
  close(): Promise<void>;
}

export async function serveStatic(dir: string, prefix = '/'): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file: string | null = null;
    if (pathname.startsWith(prefix)) {
      const candidate = path.join(dir, pathname.slice(prefix.length));
      if (candidate.startsWith(dir)) {
        if (existsSync(candidate) && statSync(candidate).isFile()) file = candidate;
        else if (existsSync(path.join(candidate, 'index.html'))) file = path.join(candidate, 'index.html');
      }
    }
    const status = file ? 200 : 404;
    const body = file ?? path.join(dir, '404.html');
    res.writeHead(status, { 'content-type': TYPES[path.extname(body)] ?? 'application/octet-stream' });
    createReadStream(body).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    root: `${origin}${prefix}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
