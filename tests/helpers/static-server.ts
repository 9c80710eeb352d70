/**
 * The one static file server for built sites (browser tests, `npm run bench`, scripts/search-bytes.ts):
 * serves outDir under base on 127.0.0.1 and a free port, directory URLs as their index.html,
 * the site's 404 page for what is not there, nothing outside the base or the folder.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  // Pagefind's WebAssembly (wasm.ko.pagefind).
  '.pagefind': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  /** Origin plus base, e.g. `http://127.0.0.1:41234/portal/`. */
  url: string;
  /** `http://127.0.0.1:41234`. */
  origin: string;
  /** Bytes sent per request path (files found) since the server started. */
  sent: Map<string, number>;
  close(): Promise<void>;
}

export async function serveStatic(outDir: string, base = '/'): Promise<StaticServer> {
  const root = path.resolve(outDir);
  const sent = new Map<string, number>();
  const server = http.createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://x').pathname;
    let file = pathname.startsWith(base) ? path.join(root, decodeURIComponent(pathname.slice(base.length))) : '';
    if (file && file !== root && !file.startsWith(root + path.sep)) {
      response.writeHead(403).end();
      return;
    }
    if (file && existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file || !existsSync(file)) {
      response.writeHead(404, { 'content-type': TYPES['.html'] });
      const notFound = path.join(root, '404.html');
      if (existsSync(notFound)) createReadStream(notFound).pipe(response);
      else response.end('not found');
      return;
    }
    const size = statSync(file).size;
    sent.set(pathname, (sent.get(pathname) ?? 0) + size);
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'content-length': size });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${base}`,
    origin,
    sent,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Kept-alive browser connections would hold close() open.
        server.closeAllConnections();
      }),
  };
}
