import { LEAF_TYPES, type LeafType } from './leaf-types';

const TWO_32 = 2 ** 32;

/**
 * Big-endian bytes of `count` consecutive values starting at `start` (element
 * indices, not entries). Values must already be validated for `type`.
 * One tight loop per type; the 1-byte types are copied in bulk.
 */
export function encodeEntries(
  type: LeafType,
  values: ArrayLike<number> | ArrayLike<bigint>,
  start: number,
  count: number,
): Uint8Array {
  const out = new Uint8Array(count * LEAF_TYPES[type].size);
  const view = new DataView(out.buffer);
  const end = start + count;
  const nums = values as ArrayLike<number>;
  switch (type) {
    case 'Bool_t':
    case 'UChar_t':
      out.set(slice(nums, start, end));
      break;
    case 'Char_t':
      new Int8Array(out.buffer).set(slice(nums, start, end));
      break;
    case 'Short_t':
      for (let i = start, at = 0; i < end; i++, at += 2) view.setInt16(at, nums[i]);
      break;
    case 'UShort_t':
      for (let i = start, at = 0; i < end; i++, at += 2) view.setUint16(at, nums[i]);
      break;
    case 'Int_t':
      for (let i = start, at = 0; i < end; i++, at += 4) view.setInt32(at, nums[i]);
      break;
    case 'UInt_t':
      for (let i = start, at = 0; i < end; i++, at += 4) view.setUint32(at, nums[i]);
      break;
    case 'Float_t':
      for (let i = start, at = 0; i < end; i++, at += 4) view.setFloat32(at, nums[i]);
      break;
    case 'Double_t':
      for (let i = start, at = 0; i < end; i++, at += 8) view.setFloat64(at, nums[i]);
      break;
    case 'Long64_t':
    case 'ULong64_t':
      encodeWide(view, values, start, end);
      break;
  }
  return out;
}

/** Numbers are split into a high and a low 32-bit word (exact for any integer double). */
function encodeWide(view: DataView, values: ArrayLike<number> | ArrayLike<bigint>, start: number, end: number): void {
  for (let i = start, at = 0; i < end; i++, at += 8) {
    const v = values[i];
    if (typeof v === 'bigint') view.setBigUint64(at, BigInt.asUintN(64, v));
    else {
      const hi = Math.floor(v / TWO_32);
      view.setUint32(at, hi >>> 0);
      view.setUint32(at + 4, v - hi * TWO_32);
    }
  }
}

function slice(values: ArrayLike<number>, start: number, end: number): ArrayLike<number> {
  if (ArrayBuffer.isView(values)) return (values as unknown as Float64Array).subarray(start, end);
  return Array.prototype.slice.call(values, start, end) as number[];
}
