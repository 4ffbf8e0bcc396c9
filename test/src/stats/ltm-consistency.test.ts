import { describe, expect, it } from 'vitest';
import { ltmConsistency } from '../../../src/stats/ltm-consistency';
import { truncatedNormalSd } from './reference-stats';

describe('ltmConsistency', () => {
  it('is 1 / (sd of the central fraction of a standard normal), checked by numerical integration', () => {
    for (const f of [0.5, 0.6, 0.75, 0.8, 0.9, 0.99]) expect(ltmConsistency(f)).toBeCloseTo(1 / truncatedNormalSd(f), 6);
  });
  it('reproduces the ALICE EvaluateUni table at f = 0.5 and f = 0.75 (2.6477, 1.6473)', () => {
    expect(ltmConsistency(0.5)).toBeCloseTo(2.6477, 4);
    expect(ltmConsistency(0.75)).toBeCloseTo(1.6473, 4);
  });
  it('is 1 for f = 1', () => {
    expect(ltmConsistency(1)).toBe(1);
  });
  it('refuses a fraction outside (0, 1]', () => {
    expect(() => ltmConsistency(0)).toThrow(RangeError);
    expect(() => ltmConsistency(1.5)).toThrow(RangeError);
    expect(() => ltmConsistency(NaN)).toThrow(RangeError);
  });
});
