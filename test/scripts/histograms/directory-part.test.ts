import { describe, expect, it } from 'vitest';
import { parseDirectoryPart } from '../../../scripts/histograms/directory-part';

describe('parseDirectoryPart', () => {
  it('reads fNbytesKeys and fSeekKeys of the small (v5) and big (v1005) forms', () => {
    const small = new DataView(new ArrayBuffer(60));
    small.setInt16(0, 5);
    small.setInt32(10, 141);
    small.setUint32(26, 45180);
    expect(parseDirectoryPart(new Uint8Array(small.buffer))).toEqual({ nbytesKeys: 141, seekKeys: 45180 });
    const big = new DataView(new ArrayBuffer(60));
    big.setInt16(0, 1005);
    big.setInt32(10, 99);
    big.setBigInt64(34, 3_000_000_000n);
    expect(parseDirectoryPart(new Uint8Array(big.buffer))).toEqual({ nbytesKeys: 99, seekKeys: 3_000_000_000 });
  });

  it('gives undefined for data too short to hold them', () => {
    expect(parseDirectoryPart(new Uint8Array(29))).toBeUndefined();
    const big = new Uint8Array(40);
    new DataView(big.buffer).setInt16(0, 1005);
    expect(parseDirectoryPart(big)).toBeUndefined();
  });
});
