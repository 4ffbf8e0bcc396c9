import { describe, expect, it } from 'vitest';
import { inspectTree } from '../../../scripts/inspect/inspect-tree';
import { openRootFile } from '../../../scripts/root-reader/open-root-file';
import { refusalReasons } from '../../../scripts/root-reader/refusal-reasons';
import { writeRootFile } from '../../../scripts/root-writer/write-root-file';

const bytes = writeRootFile([{ name: 't', entries: 3, branches: [
  { name: 'run', type: 'Int_t', values: [10, 11, 12] },
  { name: 'a', type: 'Float_t', shape: [2], values: [1, 2, 3, 4, 5, 6], baskets: 'all-in-tree' },
  { name: 'big', type: 'ULong64_t', values: [1n, 2n ** 63n, 3n] },
] }], { compression: 'none' });

describe('inspectTree', () => {
  it('plans every branch, then takes the refusals found while reading (a ULong64_t above 2^63−1), key candidates and integrity', async () => {
    const report = await inspectTree('t.root', bytes, await openRootFile(bytes), 't', 1, true);
    expect(report.entries).toBe(3);
    expect(report.branches).toEqual([
      { name: 'run', rootType: 'Int_t', columns: ['run'] },
      { name: 'a', rootType: 'Float_t', columns: ['a[0]', 'a[1]'] },
      { name: 'big', rootType: 'ULong64_t', refused: refusalReasons.uint64AboveInt64(1, 2n ** 63n) },
    ]);
    expect(report.keyCandidates).toEqual([{ column: 'run', rootType: 'Int_t', distinct: 3 }]);
    expect(report.unverified?.baskets).toBe(3);
  });

  it('only plans an older cycle, and gives the reader\'s error for a tree it refuses', async () => {
    const older = await inspectTree('t.root', bytes, await openRootFile(bytes), 't', 1, false);
    expect([older.branches.length, older.keyCandidates, older.unverified]).toEqual([3, [], undefined]);
    const cut = bytes.slice(0, bytes.length - 1);
    const refused = await inspectTree('cut.root', cut, await openRootFile(bytes), 't', 1, true);
    expect(refused.error).toContain('cut.root: file header: the file is truncated');
    expect(refused.branches.map((b) => b.name)).toEqual(['run', 'a', 'big']);
  });
});
