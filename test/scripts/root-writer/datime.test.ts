import { describe, expect, it } from 'vitest';
import { toDatime } from '../../../scripts/root-writer/datime';

describe('toDatime', () => {
  it('packs the UTC fields as ROOT does (uproot-sample key: 2020-05-11 12:35:50 → 0x6556C8F2)', () => {
    expect(toDatime(new Date(Date.UTC(2020, 4, 11, 12, 35, 50)))).toBe(0x6556c8f2);
  });

  it('covers 1995 to 2058 and rejects years outside', () => {
    expect(toDatime(new Date(Date.UTC(1995, 0, 1)))).toBe((1 << 22) | (1 << 17));
    expect(toDatime(new Date(Date.UTC(2058, 11, 31, 23, 59, 59)))).toBe(
      ((63 << 26) | (12 << 22) | (31 << 17) | (23 << 12) | (59 << 6) | 59) >>> 0,
    );
    expect(() => toDatime(new Date(Date.UTC(1994, 11, 31)))).toThrow(RangeError);
    expect(() => toDatime(new Date(Date.UTC(2059, 0, 1)))).toThrow(RangeError);
  });
});
