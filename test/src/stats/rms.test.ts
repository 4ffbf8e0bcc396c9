import { describe, expect, it } from 'vitest';
import { rms } from '../../../src/stats/rms';

describe('rms (ROOT TMath::RMS: sample standard deviation)', () => {
  it('rms([2, 4, 4, 4, 5, 5, 7, 9]) is sqrt(32 / 7)', () => {
    expect(rms([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(Math.sqrt(32 / 7), 15);
  });
  it('rms of equal values is 0', () => {
    expect(rms([3, 3, 3])).toBe(0);
  });
  it('rms of fewer than two finite values is NaN', () => {
    expect(rms([5])).toBeNaN();
    expect(rms([])).toBeNaN();
    expect(rms([5, NaN, Infinity])).toBeNaN();
  });
  it('rms is exact for values far from zero (two passes, no cancellation)', () => {
    expect(rms([1e9 + 1, 1e9 + 2, 1e9 + 3])).toBe(1);
  });
});
