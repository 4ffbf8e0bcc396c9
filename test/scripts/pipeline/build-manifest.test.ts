import { describe, expect, it } from 'vitest';
import { buildManifest, manifestBytes, sha256 } from '../../../scripts/pipeline/build-manifest';

describe('sha256', () => {
  it('gives the known hash of "abc" and of no bytes', () => {
    expect(sha256(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256(new Uint8Array(0))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});

describe('buildManifest', () => {
  it('records the set id, the files and folders as given, the build time and the report counts', () => {
    const report = { runs: 4, columns: 2, perSource: [{ source: 'a', entries: 5, runs: 4 }], counts: [], examples: [] };
    const files = [{ name: 'runlens.csv', bytes: 3, sha256: 'f'.repeat(64) }];
    const folders = [{ name: 'hist', files: 2, bytes: 10 }];
    const columnFiles = [{ name: 'cols/0.f64', bytes: 32, sha256: 'e'.repeat(64), column: 'run', encoding: 'f64' as const }];
    const manifest = buildManifest({ setId: 'c'.repeat(32), builtAt: new Date(Date.UTC(2026, 0, 2, 3, 4, 5)), files, folders, columns: [], columnFiles, sources: [], report });
    expect(manifest).toEqual({
      format: 'runlens-data/3',
      setId: 'c'.repeat(32),
      builtAt: '2026-01-02T03:04:05.000Z',
      key: 'run',
      runs: 4,
      files,
      folders,
      columns: [],
      columnFiles,
      sources: [],
      report,
    });
    expect(JSON.parse(new TextDecoder().decode(manifestBytes(manifest)))).toEqual(manifest);
  });
});
