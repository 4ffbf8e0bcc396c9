import { expect, it } from 'vitest';
import type { IntegritySummary } from '../../../scripts/root-reader/integrity.js';
import { readMessages } from '../../../scripts/root-reader/read-messages.js';

const summary = (over: Partial<IntegritySummary>): IntegritySummary => ({
  baskets: 20, basketsUnverified: 0, bytes: 50_000, bytesUnverified: 0, byCause: {}, recordsUnverified: [], ...over,
});

it('readMessages.unverified counts baskets and bytes, with the bytes of each cause and the records concerned', () => {
  expect(readMessages.unverified(summary({ basketsUnverified: 3, bytesUnverified: 1234 }), [['uncompressed', 1234]])).toBe(
    'No checksum covers 3 of 20 baskets read (1,234 of 50,000 data bytes: 1,234 stored uncompressed); a damaged byte there would go unnoticed.',
  );
  expect(readMessages.unverified(summary({ basketsUnverified: 20, bytesUnverified: 50_000, recordsUnverified: ['StreamerInfo', "TTree 'events'"] }), [['uncompressed', 100], ['zstd', 49_900]])).toBe(
    "No checksum covers 20 of 20 baskets read, and the StreamerInfo and TTree 'events' records (50,000 of 50,000 data bytes: 100 stored uncompressed and 49,900 in zstd blocks); a damaged byte there would go unnoticed.",
  );
  expect(readMessages.unverified(summary({ bytesUnverified: 300, recordsUnverified: ['StreamerInfo'] }), [['legacy CS', 300]])).toBe(
    "No checksum covers the StreamerInfo record (300 of 50,000 data bytes: 300 in legacy 'CS' blocks); a damaged byte there would go unnoticed.",
  );
});

it('readMessages.jsrootSaid appends at most three of jsroot\'s lines and counts the rest', () => {
  expect(readMessages.jsrootSaid('x', [])).toBe('x');
  expect(readMessages.jsrootSaid('x', ['a', 'b', 'c', 'd', 'e'])).toBe('x; jsroot said: "a", "b", "c" and 2 more');
});
