import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { firstPageScripts, firstPageSize } from '../../../scripts/bench/first-page-size';

const html = `<!doctype html><html><head>
<script type="module" crossorigin src="./assets/index-abc.js"></script>
<link rel="modulepreload" crossorigin href="./assets/vendor-def.js">
<link rel="stylesheet" href="./assets/index.css">
</head><body></body></html>`;

describe('firstPageScripts', () => {
  it('lists the entry script and module preloads, not stylesheets or lazy chunks', () => {
    expect(firstPageScripts(html)).toEqual(['./assets/index-abc.js', './assets/vendor-def.js']);
  });

  it('returns an empty list for a page without scripts', () => {
    expect(firstPageScripts('<html></html>')).toEqual([]);
  });
});

describe('firstPageSize', () => {
  it('sums raw and gzip bytes of the first-page scripts only', () => {
    const dist = mkdtempSync(join(tmpdir(), 'runlens-fps-'));
    mkdirSync(join(dist, 'assets'));
    const a = 'export const a = 1;\n'.repeat(50);
    const b = 'console.log("vendor");\n';
    writeFileSync(join(dist, 'index.html'), html);
    writeFileSync(join(dist, 'assets/index-abc.js'), a);
    writeFileSync(join(dist, 'assets/vendor-def.js'), b);
    writeFileSync(join(dist, 'assets/lazy-xyz.js'), 'x'.repeat(10_000));
    const size = firstPageSize(dist);
    expect(size.raw).toBe(a.length + b.length);
    expect(size.gzip).toBe(gzipSync(a, { level: 9 }).length + gzipSync(b, { level: 9 }).length);
  });
});
