import { describe, expect, it } from 'vitest';
import { isLeafType, isWideInteger, LEAF_TYPE_NAMES, LEAF_TYPES } from '../../../scripts/root-writer/leaf-types';

describe('LEAF_TYPES', () => {
  it('maps each type to ROOT\'s leaf-list letter and leaf class', () => {
    expect(LEAF_TYPE_NAMES.map((t) => `${t}:${LEAF_TYPES[t].letter}:${LEAF_TYPES[t].leafClass}:${LEAF_TYPES[t].size}`)).toEqual([
      'Bool_t:O:TLeafO:1', 'Char_t:B:TLeafB:1', 'UChar_t:b:TLeafB:1', 'Short_t:S:TLeafS:2', 'UShort_t:s:TLeafS:2',
      'Int_t:I:TLeafI:4', 'UInt_t:i:TLeafI:4', 'Long64_t:L:TLeafL:8', 'ULong64_t:l:TLeafL:8', 'Float_t:F:TLeafF:4', 'Double_t:D:TLeafD:8',
    ]);
  });

  it('gives integer ranges from the bit width and signedness', () => {
    expect(LEAF_TYPES.Char_t.range).toEqual([-128n, 127n]);
    expect(LEAF_TYPES.UInt_t.range).toEqual([0n, 4294967295n]);
    expect(LEAF_TYPES.Long64_t.range).toEqual([-(2n ** 63n), 2n ** 63n - 1n]);
    expect(LEAF_TYPES.Double_t.range).toBeUndefined();
  });

  it('isLeafType and isWideInteger recognise names exactly', () => {
    expect([isLeafType('Int_t'), isLeafType('int'), isLeafType('toString')]).toEqual([true, false, false]);
    expect(LEAF_TYPE_NAMES.filter(isWideInteger)).toEqual(['Long64_t', 'ULong64_t']);
  });
});
