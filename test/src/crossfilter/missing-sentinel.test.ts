import { describe, expect, it } from 'vitest';
import { isInfiniteKey, MISSING_KEY, NEGATIVE_INFINITY_KEY, nextUp, numericAccessor } from '../../../src/crossfilter/missing-sentinel';

describe('numericAccessor', () => {
  it('maps NaN to -Infinity, -Infinity to -MAX_VALUE, and keeps every other value, zero included', () => {
    const read = numericAccessor(new Float64Array([NaN, 0, -2.5, Infinity, -Infinity]));
    expect([0, 1, 2, 3, 4].map(read)).toEqual([-Infinity, 0, -2.5, Infinity, -Number.MAX_VALUE]);
    expect(MISSING_KEY).toBe(-Infinity);
    expect(NEGATIVE_INFINITY_KEY).toBe(-Number.MAX_VALUE);
  });

  it('isInfiniteKey is true for the keys of ±Infinity only', () => {
    expect([Infinity, NEGATIVE_INFINITY_KEY, MISSING_KEY, 0, 1e308].map(isInfiniteKey)).toEqual([true, true, false, false, false]);
  });
});

describe('nextUp', () => {
  it('returns the next double above x', () => {
    expect(nextUp(1)).toBe(1 + Number.EPSILON);
    expect(nextUp(0)).toBe(Number.MIN_VALUE);
    expect(nextUp(-1)).toBe(-1 + Number.EPSILON / 2);
    expect(nextUp(290221) > 290221 && nextUp(290221) < 290221.0001).toBe(true);
    expect(nextUp(Infinity)).toBe(Infinity);
  });
});
