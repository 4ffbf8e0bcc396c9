import { describe, expect, it } from 'vitest';
import { erf } from '../../../src/stats/erf';

describe('erf', () => {
  it('matches tabulated values to 1e-14', () => {
    // Abramowitz & Stegun table 7.1 / high-precision references
    expect(erf(0)).toBe(0);
    expect(erf(0.5)).toBeCloseTo(0.5204998778130465, 14);
    expect(erf(1)).toBeCloseTo(0.8427007929497149, 14);
    expect(erf(2)).toBeCloseTo(0.9953222650189527, 14);
    expect(erf(3)).toBeCloseTo(0.9999779095030014, 14);
  });
  it('is odd, saturates at ±1 and keeps NaN', () => {
    expect(erf(-1)).toBe(-erf(1));
    expect(erf(10)).toBe(1);
    expect(erf(-Infinity)).toBe(-1);
    expect(erf(NaN)).toBeNaN();
  });
});
