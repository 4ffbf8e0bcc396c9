import { describe, expect, it } from 'vitest';
import { DEFAULT_UUID_BYTES, resolveOptions } from '../../../scripts/root-writer/resolve-options';

describe('resolveOptions', () => {
  it('fills fixed defaults: zlib level 1, 1000 entries per basket, runlens.root, 2024-01-01 UTC', () => {
    expect(resolveOptions()).toEqual({
      zlibLevel: 1, basketEntries: 1000, fileName: 'runlens.root', fileTitle: '',
      datime: ((2024 - 1995) << 26) | (1 << 22) | (1 << 17), uuid: Uint8Array.from(DEFAULT_UUID_BYTES),
    });
  });

  it('maps compression none to level 0 and keeps the given values', () => {
    const uuid = new Uint8Array(16).fill(5);
    expect(resolveOptions({ compression: 'none', basketEntries: 7, fileName: 'x.root', fileTitle: 'demo', uuid }))
      .toMatchObject({ zlibLevel: 0, basketEntries: 7, fileName: 'x.root', fileTitle: 'demo', uuid });
    expect(resolveOptions({ compression: { algorithm: 'zlib', level: 9 } }).zlibLevel).toBe(9);
  });
});
