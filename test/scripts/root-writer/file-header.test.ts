import { describe, expect, it } from 'vitest';
import { buildFileHeader, ROOT_VERSION } from '../../../scripts/root-writer/file-header';

const uuid = Uint8Array.from({ length: 16 }, (_, k) => k + 1);

describe('buildFileHeader', () => {
  it('writes the small-form fields at their offsets and pads to 100 bytes', () => {
    const bytes = buildFileHeader({
      end: 9000, seekFree: 8924, nbytesFree: 76, nbytesName: 56, compress: 104, seekInfo: 5000, nbytesInfo: 3000, uuid,
    });
    const view = new DataView(bytes.buffer);
    expect(bytes.length).toBe(100);
    expect(String.fromCharCode(...bytes.subarray(0, 4))).toBe('root');
    expect([4, 8, 12, 16, 20, 24, 28].map((at) => view.getInt32(at))).toEqual([ROOT_VERSION, 100, 9000, 8924, 76, 1, 56]);
    expect([view.getUint8(32), view.getInt32(33), view.getInt32(37), view.getInt32(41), view.getInt16(45)]).toEqual([4, 104, 5000, 3000, 1]);
    expect(Array.from(bytes.subarray(47, 63))).toEqual(Array.from(uuid));
    expect(bytes.subarray(63).every((b) => b === 0)).toBe(true);
  });
});
