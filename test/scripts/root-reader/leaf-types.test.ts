import { describe, expect, it } from 'vitest';
import { leafType, rootTypeOf } from '../../../scripts/root-reader/leaf-types.js';

describe('rootTypeOf', () => {
  it('names signed and unsigned leaves of each class', () => {
    const classes = ['TLeafO', 'TLeafB', 'TLeafS', 'TLeafI', 'TLeafL', 'TLeafG', 'TLeafF', 'TLeafD', 'TLeafC'];
    expect(classes.map((c) => rootTypeOf(c, false))).toEqual(['Bool_t', 'Char_t', 'Short_t', 'Int_t', 'Long64_t', 'Long_t', 'Float_t', 'Double_t', 'char*']);
    expect(classes.map((c) => rootTypeOf(c, true))).toEqual(['Bool_t', 'UChar_t', 'UShort_t', 'UInt_t', 'ULong64_t', 'ULong_t', 'Float_t', 'Double_t', 'char*']);
  });

  it('names packed floats, and unknown classes by their class name', () => {
    expect([rootTypeOf('TLeafD32', false), rootTypeOf('TLeafF16', false), rootTypeOf('TLeafElement', false)]).toEqual(['Double32_t', 'Float16_t', 'TLeafElement']);
  });
});

describe('leafType', () => {
  it('sorts leaf classes into value kinds, undefined for those not read', () => {
    expect(['TLeafO', 'TLeafL', 'TLeafF', 'TLeafC'].map((c) => leafType(c)?.kind)).toEqual(['integer', 'int64', 'real', 'text']);
    expect([leafType('TLeafD32'), leafType('TLeafElement')]).toEqual([undefined, undefined]);
  });
});
