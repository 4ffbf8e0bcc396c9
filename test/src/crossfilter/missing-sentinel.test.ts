import { describe, expect, it } from 'vitest';
import { MISSING_KEY, nextUp, numericAccessor } from '../../../src/crossfilter/missing-sentinel';

describe('numericAccessor', () => {
  it('maps NaN to -Infinity and keeps every other value, zero included', () => {
    const read = numericAccessor(new Float64Array([NaN, 0, -2.5, Infinity]));
    expect([0, 1, 2, 3].map(read)).toEqual([MISSING_KEY, 0, -2.5, Infinity]);
    expect(MISSING_KEY).toBe(-Infinity);
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
