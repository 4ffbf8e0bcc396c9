import type { ColumnValues } from '../table/column.js';
import { INT64_MAX, isExactAsDouble } from '../table/safe-integer.js';
import type { BasketData } from './basket-data.js';
import type { LeafPlan } from './plan-branch.js';
import { refusalReasons } from './refusal-reasons.js';

/** The values of every column of one leaf, or why the leaf cannot be stored (a ULong64_t above 2^63−1). */
export type DecodedLeaf = { ok: true; columns: ColumnValues[] } | { ok: false; reason: string };

/** Reads one big-endian value of a leaf's type at a byte offset. */
type Read = (view: DataView, at: number) => number;

const READERS: Record<string, Read> = {
  Bool_t: (v, at) => (v.getUint8(at) === 0 ? 0 : 1),
  Char_t: (v, at) => v.getInt8(at),
  UChar_t: (v, at) => v.getUint8(at),
  Short_t: (v, at) => v.getInt16(at),
  UShort_t: (v, at) => v.getUint16(at),
  Int_t: (v, at) => v.getInt32(at),
  UInt_t: (v, at) => v.getUint32(at),
  Float_t: (v, at) => v.getFloat32(at),
  Double_t: (v, at) => v.getFloat64(at),
};

const TWO_32 = 4294967296;
/** High words whose 64-bit value lies strictly within ±2^53: exact as a double, computed without BigInt. */
const SAFE_HIGH = 0x200000;

/** Fills one Float64Array per column of a 32-bit-or-smaller or floating-point leaf. */
function decodeNumbers(leaf: LeafPlan, read: Read, baskets: readonly BasketData[], entries: number): ColumnValues[] {
  const width = leaf.columnNames.length;
  const size = leaf.byteLength / width;
  const columns = Array.from({ length: width }, () => new Float64Array(entries));
  for (const basket of baskets) {
    const view = new DataView(basket.data.buffer, basket.data.byteOffset, basket.data.byteLength);
    const first = basket.ref.firstEntry;
    for (let k = 0; k < width; k++) {
      const column = columns[k];
      let at = leaf.byteOffset + k * size;
      for (let e = 0; e < basket.entries; e++, at += basket.nevBufSize) column[first + e] = read(view, at);
    }
  }
  return columns.map((data) => ({ kind: leaf.kind === 'real' ? 'real' : 'integer', data }));
}

/** One 64-bit column: doubles while every value is within ±2^53, bigint values from the first that is not. */
function decodeWide(leaf: LeafPlan, k: number, baskets: readonly BasketData[], entries: number): ColumnValues | string {
  const numbers = new Float64Array(entries);
  let wide: (bigint | null)[] | undefined;
  for (const basket of baskets) {
    const view = new DataView(basket.data.buffer, basket.data.byteOffset, basket.data.byteLength);
    let at = leaf.byteOffset + 8 * k;
    for (let e = 0; e < basket.entries; e++, at += basket.nevBufSize) {
      const entry = basket.ref.firstEntry + e;
      const high = leaf.unsigned ? view.getUint32(at) : view.getInt32(at);
      if (!wide && high > -SAFE_HIGH && high < SAFE_HIGH) {
        numbers[entry] = high * TWO_32 + view.getUint32(at + 4);
        continue;
      }
      const value = leaf.unsigned ? view.getBigUint64(at) : view.getBigInt64(at);
      if (leaf.unsigned && value > INT64_MAX) return refusalReasons.uint64AboveInt64(entry, value);
      if (!wide && isExactAsDouble(value)) {
        numbers[entry] = Number(value);
        continue;
      }
      wide ??= Array.from(numbers.subarray(0, entry), (v) => BigInt(v));
      wide.push(value);
    }
  }
  return wide ? { kind: 'bigint', data: wide } : { kind: 'integer', data: numbers };
}

/**
 * Decodes a fixed-size leaf straight from the checked basket bytes
 * (big-endian; entry e of a basket at e × fNevBufSize, the leaf at its offset
 * inside the entry): one column per value of an entry. 64-bit integers stay
 * doubles while all lie within ±2^53 (exact), else the column is bigint;
 * a ULong64_t above 2^63−1 refuses the leaf.
 */
export function decodeFixedLeaf(leaf: LeafPlan, baskets: readonly BasketData[], entries: number): DecodedLeaf {
  if (leaf.kind !== 'int64') return { ok: true, columns: decodeNumbers(leaf, READERS[leaf.rootType], baskets, entries) };
  const columns: ColumnValues[] = [];
  for (let k = 0; k < leaf.columnNames.length; k++) {
    const column = decodeWide(leaf, k, baskets, entries);
    if (typeof column === 'string') return { ok: false, reason: column };
    columns.push(column);
  }
  return { ok: true, columns };
}
