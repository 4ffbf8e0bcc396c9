import { describe, expect, it } from 'vitest';
import { fitsInt64, isExactAsDouble } from '../../../scripts/table/safe-integer';

describe('isExactAsDouble', () => {
  it('is true up to ±2^53 and false one beyond, where doubles start to round', () => {
    expect([isExactAsDouble(9007199254740992n), isExactAsDouble(-9007199254740992n)]).toEqual([true, true]);
    expect([isExactAsDouble(9007199254740993n), isExactAsDouble(-9007199254740993n)]).toEqual([false, false]);
    expect(Number(9007199254740993n)).toBe(9007199254740992);
  });
});

describe('fitsInt64', () => {
  it('is true from -2^63 to 2^63-1 and false one beyond either end', () => {
    expect([fitsInt64(-9223372036854775808n), fitsInt64(9223372036854775807n)]).toEqual([true, true]);
    expect([fitsInt64(-9223372036854775809n), fitsInt64(9223372036854775808n)]).toEqual([false, false]);
  });
});
