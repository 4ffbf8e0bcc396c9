import { describe, expect, it } from 'vitest';
import { encodeEntries } from '../../../scripts/root-writer/encode-entries';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

describe('encodeEntries', () => {
  it('encodes the requested slice of values big-endian for each type', () => {
    expect(hex(encodeEntries('Bool_t', [1, 0, 1], 0, 3))).toBe('010001');
    expect(hex(encodeEntries('Char_t', Float64Array.from([-1, -128, 127]), 0, 3))).toBe('ff807f');
    expect(hex(encodeEntries('UChar_t', [9, 255, 0], 1, 2))).toBe('ff00');
    expect(hex(encodeEntries('Short_t', [-2, 258], 0, 2))).toBe('fffe0102');
    expect(hex(encodeEntries('UShort_t', [65535], 0, 1))).toBe('ffff');
    expect(hex(encodeEntries('Int_t', Int32Array.from([0, -2]), 1, 1))).toBe('fffffffe');
    expect(hex(encodeEntries('UInt_t', [4294967295], 0, 1))).toBe('ffffffff');
    expect(hex(encodeEntries('Float_t', [1, -0], 0, 2))).toBe('3f80000080000000');
    expect(hex(encodeEntries('Double_t', [NaN], 0, 1))).toBe('7ff8000000000000');
  });

  it('encodes 64-bit integers from numbers and bigints alike, negatives in two\'s complement', () => {
    expect(hex(encodeEntries('Long64_t', [-1, -(2 ** 32), 2 ** 53 - 1], 0, 3)))
      .toBe('ffffffffffffffff' + 'ffffffff00000000' + '001fffffffffffff');
    expect(hex(encodeEntries('Long64_t', [-1n, -(2n ** 63n)], 0, 2))).toBe('ffffffffffffffff' + '8000000000000000');
    expect(hex(encodeEntries('ULong64_t', [2n ** 64n - 1n, 2n ** 63n], 0, 2))).toBe('ffffffffffffffff' + '8000000000000000');
    expect(hex(encodeEntries('ULong64_t', [2 ** 64 - 2048, 2 ** 63], 0, 2))).toBe('fffffffffffff800' + '8000000000000000');
  });

  it('returns an empty array for zero values', () => {
    expect(encodeEntries('Double_t', [], 0, 0).length).toBe(0);
  });
});
