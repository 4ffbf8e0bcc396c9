import { expect, it } from 'vitest';
import { formatFuzzReport } from '../../../scripts/fuzz/format-fuzz-report';

it('formatFuzzReport prints the total, each outcome count, each file, and each failure with a replay command', () => {
  const lines = formatFuzzReport({
    counts: { refused: 3, 'same values': 1, 'flagged unverified': 0, hang: 1 },
    byFile: { 'a.root': { refused: 3, hang: 1 }, 'b.root': { 'same values': 1 } },
    failures: [{ index: 7, file: 'a.root', mutation: 'truncate to 9 bytes', failure: 'hang', detail: 'no answer within 10 ms' }],
    ms: 1500,
  }, 42);
  expect(lines).toEqual([
    'fuzz: 5 cases, seed 42, 1.5 s',
    '  refused: 3', '  same values: 1', '  flagged unverified: 0', '  hang: 1',
    '  a.root: refused 3, hang 1', '  b.root: same values 1',
    '  FAILED case 7 (a.root, truncate to 9 bytes): hang — no answer within 10 ms',
    '  replay: npm run fuzz -- --seed 42 --cases <same N> --case 7',
  ]);
});
