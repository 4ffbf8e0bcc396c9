import { describe, expect, it } from 'vitest';
import { ByteWriter } from '../../../scripts/root-writer/ByteWriter';
import { countedLength, keyLength, writeKey } from '../../../scripts/root-writer/key';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
const header = { className: 'TTree', name: 'sample', title: '', nbytes: 22393, objlen: 22353, datime: 0x6556c8f2, cycle: 1, seekKey: 40757, seekPdir: 100 };

describe('key', () => {
  it('countedLength adds 1 byte below 255 characters and 5 from 255 on', () => {
    expect([countedLength(''), countedLength('abc'), countedLength('x'.repeat(255))]).toEqual([1, 4, 260]);
  });

  it('keyLength is 26 (small) or 34 (big) plus the three strings and any extra', () => {
    expect(keyLength('TTree', 'sample', '', false)).toBe(40);
    expect(keyLength('TBasket', 'n', 'sample', true, 19)).toBe(70);
  });

  it('writeKey writes the small form as ROOT does for the uproot-sample TTree key', () => {
    const w = new ByteWriter();
    writeKey(w, { ...header, big: false });
    expect(hex(w.finish())).toBe(
      '00005779' + '0004' + '00005751' + '6556c8f2' + '0028' + '0001' + '00009f35' + '00000064' +
      '055454726565' + '0673616d706c65' + '00',
    );
  });

  it('writeKey writes 8-byte seeks and version 1004 in the big form', () => {
    const w = new ByteWriter();
    writeKey(w, { ...header, big: true });
    const bytes = w.finish();
    const view = new DataView(bytes.buffer);
    expect([bytes.length, view.getInt16(4), view.getInt16(14), view.getBigInt64(18), view.getBigInt64(26)]).toEqual([48, 1004, 48, 40757n, 100n]);
  });
});
