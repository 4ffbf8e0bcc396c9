import { describe, expect, it } from 'vitest';
import { recordBasket, treeBasket } from '../../../scripts/root-reader/basket-data.js';
import type { BasketRef } from '../../../scripts/root-reader/branch-info.js';
import type { RecordKey } from '../../../scripts/root-reader/record-key.js';
import { readMessages } from '../../../scripts/root-reader/read-messages.js';

const KEYLEN = 70;
const ref = (over: Partial<BasketRef> = {}): BasketRef => ({ index: 0, firstEntry: 0, entries: 3, seek: 500, bytes: 100, ...over });
const key = (over: Partial<RecordKey>): RecordKey => ({
  nbytes: 0, objlen: 0, keylen: KEYLEN, cycle: 0, seekKey: 500, className: 'TBasket', name: 'x', title: 't', nevBufSize: 4, nevBuf: 3, last: KEYLEN + 12, ...over,
});
const int32s = (...values: number[]) => {
  const out = new Uint8Array(4 * values.length);
  values.forEach((v, i) => new DataView(out.buffer).setInt32(4 * i, v));
  return out;
};
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
/** char* data: counted strings "a", "", "xyz" (the empty one as its 1 length byte). */
const TEXT = Uint8Array.of(1, 97, 0, 3, 120, 121, 122);

describe('recordBasket', () => {
  it('takes fixed-size entries that fill the payload exactly', () => {
    const result = recordBasket(ref(), key({}), int32s(1, 2, 3), { kind: 'fixed', entryBytes: 4 });
    expect(result).toEqual({ ok: true, basket: { ref: ref(), keylen: KEYLEN, nevBufSize: 4, entries: 3, data: int32s(1, 2, 3) } });
  });

  it('names what does not fit: entry size, data size, bytes after the entries, fLast outside the payload', () => {
    const fixed = { kind: 'fixed', entryBytes: 4 } as const;
    expect(recordBasket(ref(), key({ nevBufSize: 8 }), int32s(1, 2, 3), fixed)).toEqual({ ok: false, problem: readMessages.entrySize(8, 4) });
    expect(recordBasket(ref(), key({ last: KEYLEN + 8 }), int32s(1, 2, 3), fixed)).toEqual({ ok: false, problem: readMessages.entryData(8, 3, 4) });
    expect(recordBasket(ref(), key({}), int32s(1, 2, 3, 4), fixed)).toEqual({ ok: false, problem: readMessages.afterEntries(4) });
    expect(recordBasket(ref(), key({ last: KEYLEN + 99 }), int32s(1, 2, 3), fixed)).toEqual({ ok: false, problem: readMessages.lastOutside(KEYLEN + 99, KEYLEN, 12) });
  });

  it('reads char* entry starts from the offset table at fLast, with or without the trailing 0 ROOT 6 writes', () => {
    const text = { kind: 'text' } as const;
    for (const table of [int32s(3, KEYLEN, KEYLEN + 2, KEYLEN + 3), int32s(4, KEYLEN, KEYLEN + 2, KEYLEN + 3, 0)]) {
      const result = recordBasket(ref(), key({ last: KEYLEN + TEXT.length }), concat(TEXT, table), text);
      expect(result.ok && Array.from(result.basket.starts!)).toEqual([0, 2, 3]);
    }
  });

  it('refuses an offset table of the wrong count, with bytes after it, or with an offset going back', () => {
    const text = { kind: 'text' } as const;
    const k = key({ last: KEYLEN + TEXT.length });
    expect(recordBasket(ref(), k, concat(TEXT, int32s(2, KEYLEN, KEYLEN + 2)), text)).toEqual({ ok: false, problem: readMessages.offsetCount(2, 3) });
    expect(recordBasket(ref(), k, concat(TEXT, int32s(3, KEYLEN, KEYLEN + 2, KEYLEN + 3), Uint8Array.of(9)), text)).toEqual({ ok: false, problem: readMessages.offsetCount(3, 3) });
    expect(recordBasket(ref(), k, concat(TEXT, int32s(3, KEYLEN, KEYLEN + 3, KEYLEN + 2)), text)).toEqual({
      ok: false, problem: readMessages.textEntry(2, readMessages.entryStart(KEYLEN + 2, KEYLEN, KEYLEN + TEXT.length)),
    });
    expect(recordBasket(ref(), k, TEXT, text)).toEqual({ ok: false, problem: readMessages.offsetTableOutside(TEXT.length, TEXT.length) });
  });
});

describe('treeBasket (a basket kept inside the TTree record)', () => {
  const kept = (over: object) => ref({ seek: 0, bytes: 0, inTree: { keylen: KEYLEN, nevBufSize: 4, nevBuf: 3, last: KEYLEN + 12, data: int32s(7, 8, 9), entryOffsets: undefined, ...over } });

  it('takes the data jsroot streamed, checked against fLast and the entry size', () => {
    const basket = kept({});
    expect(treeBasket(basket, { kind: 'fixed', entryBytes: 4 })).toEqual({ ok: true, basket: { ref: basket, keylen: KEYLEN, nevBufSize: 4, entries: 3, data: int32s(7, 8, 9) } });
    expect(treeBasket(kept({ last: KEYLEN + 16 }), { kind: 'fixed', entryBytes: 4 })).toEqual({ ok: false, problem: readMessages.treeBasketData(12, 16) });
    expect(treeBasket(kept({ data: undefined }), { kind: 'fixed', entryBytes: 4 })).toEqual({ ok: false, problem: readMessages.treeBasketData(0, 12) });
    expect(treeBasket(kept({}), { kind: 'fixed', entryBytes: 2 })).toEqual({ ok: false, problem: readMessages.entrySize(4, 2) });
  });

  it('takes char* starts from fEntryOffset, and an empty basket as it is', () => {
    const text = kept({ data: TEXT, last: KEYLEN + TEXT.length, entryOffsets: [KEYLEN, KEYLEN + 2, KEYLEN + 3] });
    const result = treeBasket(text, { kind: 'text' });
    expect(result.ok && Array.from(result.basket.starts!)).toEqual([0, 2, 3]);
    expect(treeBasket(kept({ data: TEXT, last: KEYLEN + TEXT.length }), { kind: 'text' })).toEqual({ ok: false, problem: readMessages.offsetCount(0, 3) });
    const empty = ref({ entries: 0, inTree: { keylen: KEYLEN, nevBufSize: 0, nevBuf: 0, last: 0, data: undefined, entryOffsets: undefined } });
    expect(treeBasket(empty, { kind: 'fixed', entryBytes: 4 })).toMatchObject({ ok: true, basket: { entries: 0 } });
  });
});
