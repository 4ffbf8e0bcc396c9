import { expect, it } from 'vitest';
import { readMessages } from '../../../scripts/root-reader/read-messages.js';
import { toUnverified } from '../../../scripts/root-reader/unverified-compression.js';

it('toUnverified([]) is undefined: every block was verified or stored', () => {
  expect(toUnverified([])).toBeUndefined();
});

it('toUnverified counts blocks per algorithm, algorithms in name order', () => {
  expect(toUnverified(['zstd', 'lzma', 'zstd'])).toEqual({
    compression: 'lzma, zstd',
    detail: readMessages.unverified([['lzma', 1], ['zstd', 2]]),
  });
  expect(toUnverified(['zstd'])).toEqual({ compression: 'zstd', detail: readMessages.unverified([['zstd', 1]]) });
});
