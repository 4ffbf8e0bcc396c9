import { describe, expect, it } from 'vitest';
import { openTree } from '../../../scripts/root-reader/open-tree.js';
import { readBranches } from '../../../scripts/root-reader/read-branches.js';
import { readMessages } from '../../../scripts/root-reader/read-messages.js';
import { refusalReasons } from '../../../scripts/root-reader/refusal-reasons.js';
import { writeRootFile } from '../../../scripts/root-writer/write-root-file.js';

const ENTRIES = 2000;
const bytes = writeRootFile([{ name: 't', entries: ENTRIES, branches: [
  { name: 'run', type: 'Int_t', values: Int32Array.from({ length: ENTRIES }, (_, k) => 1000 + k) },
  { name: 'x', type: 'Double_t', values: Float64Array.from({ length: ENTRIES }, (_, k) => k % 10), baskets: 'last-in-tree' },
  { name: 'n', type: 'Short_t', values: Int16Array.from({ length: ENTRIES }, (_, k) => k % 7) },
] }], { compression: { algorithm: 'zlib', level: 6 }, basketEntries: 500 });

async function opened() {
  const tree = await openTree(bytes, 'f.root', 't', true);
  const ctx = { bytes, file: 'f.root', tree: 't', treeEntries: tree.entries, treeUnverified: tree.record.unverified };
  return { tree, ctx, branches: { objects: tree.branches, verified: tree.verified, noise: tree.noise } };
}

describe('readBranches', () => {
  it('reads the selected branches in branch order and tallies only their baskets', async () => {
    const { ctx, branches } = await opened();
    const read = await readBranches(ctx, branches, { exclude: ['n'] });
    expect(read.columns.map((c) => [c.name, c.rootType, c.values.kind])).toEqual([['run', 'Int_t', 'integer'], ['x', 'Double_t', 'real']]);
    expect(Array.from(read.columns[0].values.data as Float64Array).slice(-2)).toEqual([2998, 2999]);
    expect(read.checked.map((c) => c.name)).toEqual([0, 1, 2, 3].map((i) => `branch 'run' basket ${i}`).concat([0, 1, 2, 3].map((i) => `branch 'x' basket ${i}`)));
    expect(read.refused).toEqual([]);
  });

  it('refuses the file, naming branch and basket, when the baskets do not fit what the TTree says of the leaf (never reads wrong values, never drops the branch)', async () => {
    const { ctx, branches, tree } = await opened();
    const leaf = (tree.branches[0].fLeaves as { arr: Record<string, unknown>[] }).arr[0];
    Object.assign(leaf, { fLen: 2, fTitle: 'run[2]' });
    await expect(readBranches(ctx, branches, { include: ['run'] })).rejects.toMatchObject({
      kind: 'corrupt', object: "branch 'run' basket 0", message: expect.stringContaining(readMessages.layoutDamaged(readMessages.entrySize(4, 8))),
    });
  });

  it('refuses a branch whose own entry count is not the tree\'s (filled apart from the tree), reading the others', async () => {
    const { ctx, branches, tree } = await opened();
    tree.branches[1].fEntries = 1500;
    const read = await readBranches(ctx, branches, {});
    expect(read.refused).toEqual([{ branch: 'x', rootType: 'Double_t', reason: refusalReasons.otherEntries(1500, ENTRIES) }]);
    expect(read.columns.map((c) => c.name)).toEqual(['run', 'n']);
  });

  it('throws naming the tree and the branch when jsroot\'s branch object does not fit (here fWriteBasket beyond its arrays)', async () => {
    const { ctx, branches, tree } = await opened();
    tree.branches[2].fWriteBasket = 99;
    await expect(readBranches(ctx, branches, {})).rejects.toMatchObject({
      kind: 'unsupported', file: 'f.root', object: "t: branch 'n'",
      message: expect.stringContaining(readMessages.branchObject(2, 'fWriteBasket 99 does not fit its 10 basket slots')),
    });
  });
});
