import { describe, expect, it } from 'vitest';
import { groupDigits } from '../../../src/text/group-digits';

describe('groupDigits', () => {
  it('writes what toLocaleString("en-US") writes, for whole numbers of every length and sign', () => {
    const values = [0, -0, 1, -1, 999, 1000, -1000, 999_999, 1_000_000, 2 ** 31, 2 ** 32 - 1, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 1e21, 1.7976931348623157e308, Infinity, -Infinity, NaN];
    for (let digits = 1; digits <= 22; digits++) values.push(Number('9'.repeat(digits)), Number(`1${'0'.repeat(digits - 1)}`), -Number('4'.repeat(digits)));
    for (const n of values) expect(groupDigits(n), String(n)).toBe(n.toLocaleString('en-US'));
  });

  it('refuses fractions instead of writing them wrongly', () => {
    expect(() => groupDigits(1.5)).toThrow(RangeError);
    expect(() => groupDigits(5e-324)).toThrow(/not a whole number/);
  });
});
