import { expect, it } from 'vitest';
import { checkTreeObject } from '../../../scripts/root-reader/check-tree-object.js';
import { readMessages } from '../../../scripts/root-reader/read-messages.js';

const branch = (name: string, over: object = {}) => ({ fName: name, fEntries: 3, fWriteBasket: 1, fBaskets: { arr: [] }, ...over });

it('checkTreeObject returns the entry count and branch objects of a sound tree', () => {
  const tree = { fEntries: 3, fBranches: { arr: [branch('a'), branch('b')] } };
  expect(checkTreeObject(tree)).toEqual({ entries: 3, branches: tree.fBranches.arr });
});

it('checkTreeObject says what is wrong with a tree a damaged StreamerInfo made jsroot return', () => {
  expect(checkTreeObject(null)).toBe(readMessages.treeNotObject());
  expect(checkTreeObject({ fBranches: { arr: [] } })).toBe(readMessages.treeEntries('missing'));
  expect(checkTreeObject({ fEntries: -1, fBranches: { arr: [] } })).toBe(readMessages.treeEntries('-1'));
  expect(checkTreeObject({ fEntries: 2 ** 60, fBranches: { arr: [] } })).toBe(readMessages.treeEntries(String(2 ** 60)));
  expect(checkTreeObject({ fEntries: 3 })).toBe(readMessages.treeBranches());
  expect(checkTreeObject({ fEntries: 3, fBranches: { arr: [branch('a'), null] } })).toBe(readMessages.branchObject(1, 'it is null'));
  expect(checkTreeObject({ fEntries: 3, fBranches: { arr: [{ fName: 7 }] } })).toBe(readMessages.branchObject(0, 'its name is 7'));
});

it('checkTreeObject refuses a tree of 0 entries whose branches hold entries (fEntries, basket records or a basket kept in the record)', () => {
  expect(checkTreeObject({ fEntries: 0, fBranches: { arr: [branch('a', { fEntries: 0, fWriteBasket: 0 })] } })).toMatchObject({ entries: 0 });
  expect(checkTreeObject({ fEntries: 0, fBranches: { arr: [branch('a')] } })).toBe(readMessages.emptyTreeHolds('a', 3));
  expect(checkTreeObject({ fEntries: 0, fBranches: { arr: [branch('a', { fEntries: 0, fWriteBasket: 0, fBaskets: { arr: [{ fNevBuf: 61 }] } })] } }))
    .toBe(readMessages.emptyTreeHolds('a', 61));
});
