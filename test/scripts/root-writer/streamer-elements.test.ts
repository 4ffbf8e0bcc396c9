import { describe, expect, it } from 'vitest';
import { base, basic, basicPointer, objectPointer } from '../../../scripts/root-writer/streamer-elements';
import { TBranch, TNamed, TObject } from '../../../scripts/root-writer/streamer-classes';

describe('streamer element builders', () => {
  it('base uses type 66 for TObject, 67 for TNamed, 0 otherwise, and carries version and checksum', () => {
    expect(base(TObject)).toMatchObject({ type: 66, baseVersion: 1, baseChecksum: 0x901bc02d });
    expect(base(TNamed).type).toBe(67);
    expect(base(TBranch).type).toBe(0);
  });

  it('basic takes size and C++ name from the type code', () => {
    expect(basic('fEntries', 16)).toEqual({ element: 'TStreamerBasicType', name: 'fEntries', type: 16, size: 8, typeName: 'Long64_t' });
    expect(basic('fIsRange', 18)).toMatchObject({ size: 1, typeName: 'bool' });
  });

  it('basicPointer adds 40 to the type code and names its count member and class', () => {
    expect(basicPointer('fBasketBytes', 3, 'fMaxBaskets', TBranch)).toEqual({
      element: 'TStreamerBasicPointer', name: 'fBasketBytes', type: 43, size: 4, typeName: 'int*',
      countName: 'fMaxBaskets', countClass: 'TBranch', countVersion: 13,
    });
  });

  it('objectPointer is type 64 of size 8', () => {
    expect(objectPointer('fAliases', 'TList*')).toMatchObject({ type: 64, size: 8, typeName: 'TList*' });
  });
});
