import { describe, expect, it } from 'vitest';
import { toBranchInfo, toLeafInfo } from '../../../scripts/root-reader/branch-info.js';

const jsrootLeaf = { _typename: 'TLeafL', fName: 'n', fTitle: 'n[3]', fLen: 3, fLenType: 8, fIsUnsigned: true, fLeafCount: null };

describe('toLeafInfo', () => {
  it('reads name, title, class, length, type size, sign and counter from jsroot\'s leaf', () => {
    expect(toLeafInfo(jsrootLeaf)).toEqual({ name: 'n', title: 'n[3]', className: 'TLeafL', len: 3, lenType: 8, isUnsigned: true, hasCount: false });
    expect(toLeafInfo({ ...jsrootLeaf, fLeafCount: { fName: 'N' } }).hasCount).toBe(true);
  });

  it('throws a TypeError for a leaf that is not an object (a damaged TTree record)', () => {
    expect(() => toLeafInfo(null)).toThrow(TypeError);
  });
});

describe('toBranchInfo', () => {
  const kept = { _typename: 'TBasket', fKeylen: 70, fNevBufSize: 24, fNevBuf: 2, fLast: 118, fBufferRef: { arr: new DataView(new ArrayBuffer(48)) } };
  const branch = {
    _typename: 'TBranch', fName: 'n', fTitle: 'n[3]/l', fEntries: 10, fWriteBasket: 2,
    fBasketSeek: [300, 500, 0], fBasketBytes: Int32Array.from([120, 90, 0]), fBasketEntry: [0, 6, 8],
    fBranches: { arr: [] }, fLeaves: { arr: [jsrootLeaf] }, fBaskets: { arr: [null, null, kept] },
  };

  it('lists basket records with seek, size and entries from fBasketEntry, then the basket kept in the TTree record', () => {
    expect(toBranchInfo(branch)).toEqual({
      name: 'n', title: 'n[3]/l', className: 'TBranch', subBranches: 0, entries: 10,
      leaves: [toLeafInfo(jsrootLeaf)],
      baskets: [
        { index: 0, seek: 300, bytes: 120, firstEntry: 0, entries: 6 },
        { index: 1, seek: 500, bytes: 90, firstEntry: 6, entries: 2 },
        { index: 2, seek: 0, bytes: 0, firstEntry: 8, entries: 2, inTree: { keylen: 70, nevBufSize: 24, nevBuf: 2, last: 118, data: new Uint8Array(48), entryOffsets: undefined } },
      ],
    });
  });

  it('takes a basket kept in the TTree record over its slot below fWriteBasket (fBasketSeek 0 there)', () => {
    const info = toBranchInfo({ ...branch, fWriteBasket: 1, fBasketSeek: [0, 0, 0], fBasketBytes: [0, 0, 0], fBasketEntry: [0, 0, 0], fBaskets: { arr: [{ ...kept, fEntryOffset: [70, 75] }] } });
    expect(info.baskets).toEqual([{ index: 0, seek: 0, bytes: 0, firstEntry: 0, entries: 2, inTree: expect.objectContaining({ nevBuf: 2, entryOffsets: [70, 75] }) }]);
  });

  it('reads missing lists as empty', () => {
    expect(toBranchInfo({ _typename: 'TBranchElement', fName: 'obj', fWriteBasket: 0, fEntries: 0 })).toEqual({
      name: 'obj', title: '', className: 'TBranchElement', subBranches: 0, leaves: [], baskets: [], entries: 0,
    });
  });

  it('throws a TypeError for a branch that is not an object, or whose fWriteBasket does not fit its arrays', () => {
    expect(() => toBranchInfo(null)).toThrow(TypeError);
    expect(() => toBranchInfo({ ...branch, fWriteBasket: 2 ** 30 })).toThrow('fWriteBasket 1073741824 does not fit its 3 basket slots');
    expect(() => toBranchInfo({ ...branch, fWriteBasket: -1 })).toThrow(TypeError);
  });
});
