import { describe, expect, it } from 'vitest';
import type { BasketData } from '../../../scripts/root-reader/basket-data.js';
import { decodeFixedLeaf } from '../../../scripts/root-reader/decode-fixed.js';
import type { LeafPlan } from '../../../scripts/root-reader/plan-branch.js';
import { refusalReasons } from '../../../scripts/root-reader/refusal-reasons.js';

/** A basket of `entries` entries of `entryBytes` bytes, filled by `write(view, entry)`. */
function basket(entries: number, entryBytes: number, write: (view: DataView, at: number, entry: number) => void, firstEntry = 0): BasketData {
  const data = new Uint8Array(entries * entryBytes);
  const view = new DataView(data.buffer);
  for (let e = 0; e < entries; e++) write(view, e * entryBytes, firstEntry + e);
  return { ref: { index: 0, firstEntry, entries, seek: 1, bytes: 1 }, keylen: 70, nevBufSize: entryBytes, entries, data };
}

const leaf = (over: Partial<LeafPlan>): LeafPlan => ({
  leaf: 'x', rootType: 'Int_t', kind: 'integer', unsigned: false, dims: [], columnNames: ['x'], title: '', byteOffset: 0, byteLength: 4, ...over,
});
const values = (result: ReturnType<typeof decodeFixedLeaf>) => (result.ok ? result.columns.map((c) => [c.kind, Array.from(c.data as ArrayLike<unknown>)]) : result.reason);

describe('decodeFixedLeaf', () => {
  it.each([
    ['Bool_t', 1, (v: DataView, at: number, e: number) => v.setUint8(at, [0, 1, 2][e]), [0, 1, 1]],
    ['Char_t', 1, (v: DataView, at: number, e: number) => v.setInt8(at, [-128, 0, 127][e]), [-128, 0, 127]],
    ['UChar_t', 1, (v: DataView, at: number, e: number) => v.setUint8(at, [0, 128, 255][e]), [0, 128, 255]],
    ['Short_t', 2, (v: DataView, at: number, e: number) => v.setInt16(at, [-32768, -1, 32767][e]), [-32768, -1, 32767]],
    ['UShort_t', 2, (v: DataView, at: number, e: number) => v.setUint16(at, [0, 40000, 65535][e]), [0, 40000, 65535]],
    ['Int_t', 4, (v: DataView, at: number, e: number) => v.setInt32(at, [-(2 ** 31), 0, 2 ** 31 - 1][e]), [-(2 ** 31), 0, 2 ** 31 - 1]],
    ['UInt_t', 4, (v: DataView, at: number, e: number) => v.setUint32(at, [0, 2 ** 31, 2 ** 32 - 1][e]), [0, 2 ** 31, 2 ** 32 - 1]],
  ])('reads %s big-endian into an integer column', (rootType, size, write, expected) => {
    expect(values(decodeFixedLeaf(leaf({ rootType, byteLength: size }), [basket(3, size, write)], 3))).toEqual([['integer', expected]]);
  });

  it('reads Float_t as its exact double and Double_t bit for bit (NaN, −0, ±Infinity)', () => {
    const f = decodeFixedLeaf(leaf({ rootType: 'Float_t', kind: 'real' }), [basket(3, 4, (v, at, e) => v.setFloat32(at, [1.1, -0, NaN][e]))], 3);
    expect(values(f)).toEqual([['real', [Math.fround(1.1), -0, NaN]]]);
    const d = decodeFixedLeaf(leaf({ rootType: 'Double_t', kind: 'real', byteLength: 8 }), [basket(3, 8, (v, at, e) => v.setFloat64(at, [Math.PI, -Infinity, 5e-324][e]))], 3);
    expect(values(d)).toEqual([['real', [Math.PI, -Infinity, 5e-324]]]);
  });

  it('reads a leaf at its offset inside a leaf-list entry, array elements one column each, across baskets', () => {
    // entry = Double_t a, Short_t b[2]: 12 bytes
    const write = (v: DataView, at: number, e: number) => {
      v.setFloat64(at, e + 0.5);
      v.setInt16(at + 8, -e);
      v.setInt16(at + 10, 100 + e);
    };
    const plan = leaf({ rootType: 'Short_t', dims: [2], columnNames: ['ll.b[0]', 'll.b[1]'], byteOffset: 8, byteLength: 4 });
    expect(values(decodeFixedLeaf(plan, [basket(2, 12, write), basket(1, 12, write, 2)], 3))).toEqual([['integer', [0, -1, -2]], ['integer', [100, 101, 102]]]);
  });

  it('keeps 64-bit integers within ±2^53 as doubles (both ends included) and makes the column bigint from the first beyond', () => {
    const plan = leaf({ rootType: 'Long64_t', kind: 'int64', byteLength: 8 });
    const at = (list: bigint[]) => basket(list.length, 8, (v, a, e) => v.setBigInt64(a, list[e]));
    const inside = [-(2n ** 53n), -(2n ** 32n), -3_000_000_000n, 2n ** 53n];
    expect(values(decodeFixedLeaf(plan, [at(inside)], 4))).toEqual([['integer', inside.map(Number)]]);
    const beyond = [5n, -(2n ** 53n) - 1n, 7n];
    expect(values(decodeFixedLeaf(plan, [at(beyond)], 3))).toEqual([['bigint', beyond]]);
  });

  it('refuses a ULong64_t above 2^63−1 naming entry and value, and reads those below', () => {
    const plan = leaf({ rootType: 'ULong64_t', kind: 'int64', unsigned: true, byteLength: 8 });
    const list = [2n ** 63n - 1n, 2n ** 63n];
    const result = decodeFixedLeaf(plan, [basket(2, 8, (v, a, e) => v.setBigUint64(a, list[e]))], 2);
    expect(values(result)).toBe(refusalReasons.uint64AboveInt64(1, 2n ** 63n));
    expect(values(decodeFixedLeaf(plan, [basket(1, 8, (v, a) => v.setBigUint64(a, 2n ** 63n - 1n))], 1))).toEqual([['bigint', [2n ** 63n - 1n]]]);
  });
});
