import { describe, expect, it } from 'vitest';
import { compressionName } from '../../../scripts/root-reader/compression-name.js';

describe('compressionName', () => {
  it('names algorithm and level from 100·algorithm + level', () => {
    expect([104, 207, 404, 505, 301].map(compressionName)).toEqual(['zlib-4', 'lzma-7', 'lz4-4', 'zstd-5', 'old-1']);
  });

  it('reads settings below 100 (global default algorithm) as zlib levels', () => {
    expect(compressionName(1)).toBe('zlib-1');
  });

  it('says none for level 0 whatever the algorithm', () => {
    expect([0, 100, 400].map(compressionName)).toEqual(['none', 'none', 'none']);
  });

  it('names an unknown algorithm by its number', () => {
    expect(compressionName(904)).toBe('algorithm9-4');
  });
});
