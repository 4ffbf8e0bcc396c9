import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.sqlite': 'application/octet-stream',
  '.csv': 'text/csv',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** A served folder: requests under `prefix` are answered from `dir`. */
export interface Mount {
  prefix: string;
  dir: string;
}

/**
 * Serves static folders on 127.0.0.1 (the benchmark swaps the data folder of a
 * built app without rebuilding it). The first mount whose prefix matches wins.
 */
export function serveStatic(mounts: Mount[], port = 0): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const mount = mounts.find((m) => path.startsWith(m.prefix));
    const rel = mount ? path.slice(mount.prefix.length) : '';
    const file = mount ? normalize(join(mount.dir, rel.endsWith('/') || rel === '' ? `${rel}index.html` : rel)) : '';
    if (!mount || !file.startsWith(normalize(mount.dir))) return void res.writeHead(404).end();
    try {
      const { size } = statSync(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': size });
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({ server, url: `http://127.0.0.1:${actual}/` });
    });
  });
}
