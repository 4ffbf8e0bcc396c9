import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv',
};

/**
 * Serves `dir` at `prefix` on 127.0.0.1 (as GitHub Pages serves a project
 * page under /<repo>/), every answer carrying `headers` (e.g. the CSP);
 * anything outside the prefix is a 404.
 */
export function serveUnderPrefix(dir: string, prefix: string, headers: Record<string, string>): Promise<{ server: Server; url: string }> {
  const root = normalize(dir);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(prefix)) return void res.writeHead(404, headers).end();
    const rel = path.slice(prefix.length);
    const file = normalize(join(root, rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel));
    if (!file.startsWith(root)) return void res.writeHead(404, headers).end();
    try {
      const { size } = statSync(file);
      res.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': size });
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404, headers).end();
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}${prefix}` });
    });
  });
}
