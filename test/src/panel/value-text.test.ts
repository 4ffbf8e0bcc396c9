import { describe, expect, it } from 'vitest';
import { isMissingValue, MISSING_VALUE_TEXT, valueText } from '../../../src/panel/value-text';

describe('valueText', () => {
  it('writes integers as integers and reals so that they read back to the same double', () => {
    expect(valueText(6666)).toBe('6666');
    expect(valueText(1526637760)).toBe('1526637760');
    expect(valueText(0)).toBe('0');
    for (const value of [55.933841705322266, 0.1 + 0.2, -0.041114095598459244, 1e-7, 123456789.125, Number.MAX_VALUE, 2 ** 53]) {
      expect(Number(valueText(value))).toBe(value);
    }
  });

  it('keeps texts as they are (a 64-bit integer read as text, a leading zero) and shows missing for null and NaN', () => {
    expect(valueText('9007199254740993')).toBe('9007199254740993');
    expect(valueText('007')).toBe('007');
    expect(valueText('')).toBe('');
    expect(valueText(null)).toBe(MISSING_VALUE_TEXT);
    expect(valueText(NaN)).toBe(MISSING_VALUE_TEXT);
    expect([null, NaN, 0, '', 'missing'].map(isMissingValue)).toEqual([true, true, false, false, false]);
  });
});
