import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildManifest, outputFileMeta, sha256 } from '../../../scripts/pipeline/build-manifest';

describe('sha256', () => {
  it('gives the known hash of "abc"', () => {
    expect(sha256(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('buildManifest', () => {
  it('lists each file with its size and sha256, the build time and the report counts', () => {
    const bytes = Uint8Array.of(1, 2, 3);
    const report = { runs: 4, columns: 2, perSource: [{ source: 'a', entries: 5, runs: 4 }], entries: [] };
    const manifest = buildManifest({ builtAt: new Date(Date.UTC(2026, 0, 2, 3, 4, 5)), files: [{ name: 'runlens.csv', bytes }], columns: [], sources: [], report });
    expect(manifest).toEqual({
      format: 'runlens-data/1',
      builtAt: '2026-01-02T03:04:05.000Z',
      key: 'run',
      runs: 4,
      files: [{ name: 'runlens.csv', bytes: 3, sha256: createHash('sha256').update(bytes).digest('hex') }],
      columns: [],
      sources: [],
      report,
    });
    expect(outputFileMeta('x', new Uint8Array(0)).sha256).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});
