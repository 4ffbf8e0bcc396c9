import { describe, expect, it } from 'vitest';
import { toBranchInfo, toLeafInfo } from '../../../scripts/root-reader/branch-info.js';

const jsrootLeaf = { _typename: 'TLeafL', fName: 'n', fTitle: 'n[3]', fLen: 3, fLenType: 8, fIsUnsigned: true, fLeafCount: null };

describe('toLeafInfo', () => {
  it('reads name, title, class, length, type size, sign and counter from jsroot\'s leaf', () => {
    expect(toLeafInfo(jsrootLeaf)).toEqual({ name: 'n', title: 'n[3]', className: 'TLeafL', len: 3, lenType: 8, isUnsigned: true, hasCount: false });
    expect(toLeafInfo({ ...jsrootLeaf, fLeafCount: { fName: 'N' } }).hasCount).toBe(true);
  });
});

describe('toBranchInfo', () => {
  const branch = {
    _typename: 'TBranch', fName: 'n', fTitle: 'n[3]/l', fEntries: 10, fWriteBasket: 2,
    fBasketSeek: [300, 500, 0], fBasketBytes: Int32Array.from([120, 90, 0]), fBasketEntry: [0, 6, 8],
    fBranches: { arr: [] }, fLeaves: { arr: [jsrootLeaf] }, fBaskets: { arr: [null, null, { _typename: 'TBasket' }] },
  };

  it('lists written baskets with seek, size and entries from fBasketEntry, and counts embedded ones', () => {
    expect(toBranchInfo(branch)).toEqual({
      name: 'n', title: 'n[3]/l', className: 'TBranch', subBranches: 0, entries: 10, embeddedBaskets: 1,
      leaves: [toLeafInfo(jsrootLeaf)],
      baskets: [
        { index: 0, seek: 300, bytes: 120, firstEntry: 0, entries: 6 },
        { index: 1, seek: 500, bytes: 90, firstEntry: 6, entries: 2 },
      ],
    });
  });

  it('reads missing lists as empty', () => {
    expect(toBranchInfo({ _typename: 'TBranchElement', fName: 'obj' })).toEqual({
      name: 'obj', title: '', className: 'TBranchElement', subBranches: 0, leaves: [], baskets: [], embeddedBaskets: 0, entries: 0,
    });
  });
});
