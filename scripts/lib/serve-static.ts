/**
 * A static file server for the built site, as a static host would serve it: directory indexes,
 * the right MIME types (module workers need text/javascript), gzip for text, and the headers of
 * the site's own `_headers` file (CSP, frame-ancestors, nosniff). Port 0 picks a free port; the
 * tests and the bench read it back. Loopback only. Used by tests (tests/support/server.ts) and by
 * scripts/bench.ts.
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';
import { headersFor, parseHeadersFile } from './headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest)|image\/svg)/;

export interface StaticServer {
  origin: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Serves `root` (default dist/) on 127.0.0.1; `extra` answers other paths (host pages in tests).
 * `base` serves the site under a path, as a newsroom's host would serve a site built with
 * UNDER_FIRE_SITE=https://…/graphics/2025/under-fire/: `root` answers only below `base` (its
 * `_headers` patterns already carry the path), and anything else is `extra`'s or a 404.
 * `compress` false: no gzip, as a host that does not compress (`npm run bench -- --no-gzip`).
 */
export async function serveStatic(
  root = 'dist',
  extra?: (path: string) => { type: string; body: string } | undefined,
  base = '/',
  compress = true,
): Promise<StaticServer> {
  const dir = resolve(root);
  const headersFile = join(dir, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname);
    const custom = extra?.(path);
    if (custom) {
      res.writeHead(200, { 'content-type': custom.type });
      res.end(custom.body);
      return;
    }
    if (!path.startsWith(base)) return void res.writeHead(404).end('Not found');
    let file = normalize(join(dir, path.slice(base.length - 1)));
    if (!file.startsWith(dir) || path.endsWith('/_headers')) return void res.writeHead(403).end();
    const siteHeaders = headersFor(rules, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      const notFound = join(dir, '404.html');
      res.writeHead(404, { ...siteHeaders, 'content-type': TYPES['.html']! });
      return void (existsSync(notFound)
        ? createReadStream(notFound).pipe(res)
        : res.end('Not found'));
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const gzip =
      compress &&
      COMPRESSIBLE.test(type) &&
      /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(200, {
      ...siteHeaders,
      'content-type': type,
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    const stream = createReadStream(file);
    (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as { port: number }).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
