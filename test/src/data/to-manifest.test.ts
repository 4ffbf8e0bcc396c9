import { describe, expect, it } from 'vitest';
import { MANIFEST_FORMAT } from '../../../src/contract/data-contract';
import { toManifest } from '../../../src/data/to-manifest';

describe('toManifest', () => {
  it('accepts an object with the current format, columns and files', () => {
    const json = { format: MANIFEST_FORMAT, columns: [], files: [], runs: 0 };
    expect(toManifest(json)).toEqual({ ok: true, manifest: json });
  });
  it('says why anything else is not a manifest', () => {
    expect(toManifest(null)).toEqual({ ok: false, why: 'not a JSON object' });
    expect(toManifest({ format: 'x/2' })).toEqual({ ok: false, why: 'format is "x/2", expected "runlens-data/2"' });
    expect(toManifest({ format: 'runlens-data/1', columns: [], files: [] })).toEqual({ ok: false, why: 'format is "runlens-data/1", expected "runlens-data/2"' });
    expect(toManifest({ format: MANIFEST_FORMAT, files: [] })).toEqual({ ok: false, why: 'no "columns" list' });
    expect(toManifest({ format: MANIFEST_FORMAT, columns: [] })).toEqual({ ok: false, why: 'no "files" list' });
  });
});
