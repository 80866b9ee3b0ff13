// A plain static file server for dist/ on 127.0.0.1, like any static host:
// no rewrite rules, optional sub-path, a real stop (for offline tests), and an ETag
// with every file so the browser may revalidate what it has (answered 304).
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

export const DIST = resolve(import.meta.dirname, '../../dist');

/**
 * Serve `root` under `basePath` (e.g. '/' or '/plan/') on 127.0.0.1.
 * Returns { url, port, requests, sent, close() }; `url` ends with the base path.
 * `requests` lists every path asked for; `sent` the paths of files sent whole
 * (status 200, not a 304 revalidation). `delayMs` holds every answer back that long,
 * like a round trip on a slow link (for the benchmark's `--delay`). With `brotli`, files
 * go brotli-compressed to a browser that accepts it, as a host would send them (for the
 * benchmark's slow phone).
 */
export async function serveStatic({ root = DIST, basePath = '/', port = 0, delayMs = 0, brotli = false } = {}) {
  const requests = [];
  const sent = [];
  const compressed = new Map();
  const squeeze = (etag, body) => {
    if (!compressed.has(etag)) {
      compressed.set(etag, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    }
    return compressed.get(etag);
  };
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    if (delayMs) await new Promise((ok) => setTimeout(ok, delayMs));
    if (!path.startsWith(basePath)) {
      res.writeHead(404).end('not found');
      return;
    }
    let file = normalize(join(root, path.slice(basePath.length)));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 32)}"`;
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        // The strictest common setting: the browser must ask before reusing a copy.
        'cache-control': 'no-cache',
        etag,
      };
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, headers).end();
        return;
      }
      sent.push(path);
      if (brotli && /\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
        res.writeHead(200, { ...headers, 'content-encoding': 'br', vary: 'accept-encoding' });
        res.end(squeeze(etag, body));
        return;
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  const sockets = new Set();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const actual = server.address().port;
  return {
    url: `http://127.0.0.1:${actual}${basePath}`,
    port: actual,
    requests,
    sent,
    close: () =>
      new Promise((ok) => {
        for (const s of sockets) s.destroy();
        server.close(ok);
      }),
  };
}
