import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** JS the browser fetches before the app can start: entry scripts and their modulepreloads. */
export function firstPageScripts(indexHtml: string): string[] {
  const srcs = [...indexHtml.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g)].map((m) => m[1]);
  const preloads = [...indexHtml.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g)].map((m) => m[1]);
  return [...new Set([...srcs, ...preloads])];
}

/** Raw and gzip (level 9) bytes of the first page's JS in a built `dist/`. */
export function firstPageSize(distDir: string): { files: string[]; raw: number; gzip: number } {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const files = firstPageScripts(html);
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const bytes = readFileSync(join(distDir, f.replace(/^\.?\//, '')));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files, raw, gzip };
}
