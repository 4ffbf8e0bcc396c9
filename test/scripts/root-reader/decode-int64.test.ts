import { describe, expect, it } from 'vitest';
import { decodeInt64, type LoadedBasket } from '../../../scripts/root-reader/decode-int64.js';
import type { LeafPlan } from '../../../scripts/root-reader/plan-branch.js';
import { refusalReasons } from '../../../scripts/root-reader/refusal-reasons.js';

const leaf = (over: Partial<LeafPlan>): LeafPlan => ({
  leaf: 'n', rootType: 'Long64_t', kind: 'int64', unsigned: false, dims: [], columnNames: ['n'],
  title: '', byteOffset: 0, byteLength: 8, ...over,
});

/** A basket of `entries` entries of `entryBytes` bytes; `write` fills the data. */
function basket(index: number, firstEntry: number, entries: number, entryBytes: number, write: (v: DataView) => void): LoadedBasket {
  const payload = new Uint8Array(entries * entryBytes);
  write(new DataView(payload.buffer));
  return {
    ref: { index, seek: 0, bytes: 0, firstEntry, entries },
    record: { key: { nbytes: 0, objlen: payload.length, keylen: 0, className: 'TBasket', name: 'n', nevBufSize: entryBytes, nevBuf: entries, last: 0 }, payload, sizeOnly: [] },
  };
}

describe('decodeInt64', () => {
  it('decodes signed big-endian values across baskets, including -2^32 and -2^63', () => {
    const baskets = [
      basket(0, 0, 2, 8, (v) => { v.setBigInt64(0, -(2n ** 32n)); v.setBigInt64(8, -(2n ** 63n)); }),
      basket(1, 2, 1, 8, (v) => v.setBigInt64(0, 2n ** 63n - 1n)),
    ];
    expect(decodeInt64(leaf({}), 8, baskets)).toEqual({ ok: true, columns: [[-(2n ** 32n), -(2n ** 63n), 2n ** 63n - 1n]] });
  });

  it('decodes a leaf of a leaf list at its byte offset, one column per array element', () => {
    const l = leaf({ byteOffset: 4, columnNames: ['b.n[0]', 'b.n[1]'], dims: [2], byteLength: 16 });
    const b = basket(0, 0, 2, 20, (v) => {
      v.setBigInt64(4, 1n); v.setBigInt64(12, 2n); v.setBigInt64(24, 3n); v.setBigInt64(32, 4n);
    });
    expect(decodeInt64(l, 20, [b])).toEqual({ ok: true, columns: [[1n, 3n], [2n, 4n]] });
  });

  it('refuses ULong64_t values above 2^63-1, naming the entry', () => {
    const b = basket(1, 5, 2, 8, (v) => { v.setBigUint64(0, 1n); v.setBigUint64(8, 2n ** 63n); });
    expect(decodeInt64(leaf({ unsigned: true }), 8, [b])).toEqual({ ok: false, reason: refusalReasons.uint64AboveInt64(6, 2n ** 63n) });
  });

  it('refuses a basket whose entry size is not the fixed entry size', () => {
    const b = basket(0, 0, 1, 8, () => undefined);
    expect(decodeInt64(leaf({}), 16, [b])).toEqual({
      ok: false, reason: refusalReasons.basketLayout(0, 'entry size 8 bytes, expected 16 for fixed-size leaves'),
    });
  });

  it('returns empty columns when there are no baskets', () => {
    expect(decodeInt64(leaf({}), 8, [])).toEqual({ ok: true, columns: [[]] });
  });
});
