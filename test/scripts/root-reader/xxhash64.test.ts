import { describe, expect, it } from 'vitest';
import { xxhash64 } from '../../../scripts/root-reader/xxhash64.js';

const text = (s: string) => new TextEncoder().encode(s);

describe('xxhash64', () => {
  it('matches the published XXH64 values (seed 0)', () => {
    expect(xxhash64(new Uint8Array()).toString(16)).toBe('ef46db3751d8e999');
    expect(xxhash64(text('abc')).toString(16)).toBe('44bc2cf5ad770999');
    expect(xxhash64(text('Nobody inspects the spammish repetition')).toString(16)).toBe('fbcea83c8a378bf1');
  });

  it('hashes a sub-array by its own bytes only', () => {
    const padded = text('xxabcxx');
    expect(xxhash64(padded.subarray(2, 5))).toBe(xxhash64(text('abc')));
  });
});
