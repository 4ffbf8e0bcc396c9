import { describe, expect, it } from 'vitest';
import { buildRecord } from '../../../scripts/root-writer/build-record';
import { inflateBlocks } from './file-records';

const id = { className: 'TTree', name: 't', title: '', cycle: 1, seekPdir: 100, datime: 0, big: false };

describe('buildRecord', () => {
  it('stores data raw with fNbytes = fKeylen + fObjlen when compression is off', () => {
    const data = new Uint8Array(500).fill(3);
    const record = buildRecord(id, 1000, data, 0);
    const view = new DataView(record.bytes.buffer);
    expect([record.keylen, record.objlen, view.getInt32(0), view.getInt32(6), view.getInt32(18)]).toEqual([35, 500, 535, 500, 1000]);
    expect(Array.from(record.key)).toEqual(Array.from(record.bytes.subarray(0, 35)));
  });

  it('stores compressed blocks when smaller; fObjlen stays the uncompressed size', () => {
    const data = new Uint8Array(500).fill(3);
    const record = buildRecord(id, 1000, data, 6);
    const view = new DataView(record.bytes.buffer);
    expect(view.getInt32(0)).toBe(record.bytes.length);
    expect(record.bytes.length).toBeLessThan(535);
    expect(view.getInt32(6)).toBe(500);
    expect(Array.from(inflateBlocks(record.bytes.subarray(35)))).toEqual(Array.from(data));
  });

  it('lets the caller append bytes inside the key, knowing the key length', () => {
    const record = buildRecord(id, 0, new Uint8Array(2), 0, { bytes: 2, write: (w, keylen) => w.i16(keylen) });
    expect(record.keylen).toBe(37);
    expect(Array.from(record.bytes.subarray(35))).toEqual([0, 37, 0, 0]);
  });

  it('throws when the appended bytes do not match the announced count', () => {
    expect(() => buildRecord(id, 0, new Uint8Array(2), 0, { bytes: 3, write: (w) => w.u8(1) })).toThrow(/TTree "t"/);
  });
});
