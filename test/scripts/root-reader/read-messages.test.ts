import { expect, it } from 'vitest';
import { readMessages } from '../../../scripts/root-reader/read-messages.js';

it('readMessages.unverified names each algorithm with its block count in one sentence', () => {
  const tail = 'carried no checksum and could only be checked for size, so a damaged byte that still decompresses to the right size would go unnoticed.';
  expect(readMessages.unverified([['zstd', 1]])).toBe(`1 block of zstd ${tail}`);
  expect(readMessages.unverified([['lzma', 2], ['old', 1], ['zstd', 40]])).toBe(
    `2 blocks of XZ without CRC32, 1 block of legacy 'CS' and 40 blocks of zstd ${tail}`,
  );
});
