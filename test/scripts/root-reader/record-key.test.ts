import { describe, expect, it } from 'vitest';
import { parseRecordKey } from '../../../scripts/root-reader/record-key.js';
import { keyBytes } from './key-bytes.js';

describe('parseRecordKey', () => {
  it('reads a small key (version 4) at its offset', () => {
    const bytes = keyBytes(10, { big: false, className: 'TTree', name: 'events', nbytes: 500, objlen: 900 });
    expect(parseRecordKey(bytes, 10)).toEqual({
      nbytes: 500, objlen: 900, keylen: 26 + 6 + 7 + 5, cycle: 0, seekKey: 10, className: 'TTree', name: 'events', title: 'tree', nevBufSize: 0, nevBuf: 0, last: 0,
    });
  });

  it('reads a big basket key (version 1004) with its basket header', () => {
    const bytes = keyBytes(0, { big: true, className: 'TBasket', name: 'px1', nbytes: 100, objlen: 56, basket: [8, 7, 120] });
    expect(parseRecordKey(bytes, 0)).toMatchObject({ className: 'TBasket', name: 'px1', keylen: 34 + 8 + 4 + 5 + 19, nevBufSize: 8, nevBuf: 7, last: 120 });
  });

  it('throws a RangeError when the key runs past the bytes given', () => {
    const bytes = keyBytes(0, { big: true, className: 'TBasket', name: 'px1', nbytes: 100, objlen: 56 });
    expect(() => parseRecordKey(bytes.subarray(0, 30), 0)).toThrow(RangeError);
  });
});
