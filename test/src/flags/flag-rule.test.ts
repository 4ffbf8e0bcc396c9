import { describe, expect, it } from 'vitest';
import { FLAG_LEVELS, isFlagLevel, NULL_REASON, STATUS_CODE, STATUSES } from '../../../src/flags/flag-rule';

describe('flag levels and statuses', () => {
  it('orders levels by severity: Warning < Outlier < PhysAcc < Bad', () => {
    expect(FLAG_LEVELS).toEqual(['Warning', 'Outlier', 'PhysAcc', 'Bad']);
  });
  it('statuses are Good, the levels by severity, then Null, coded by index', () => {
    expect(STATUSES).toEqual(['Good', 'Warning', 'Outlier', 'PhysAcc', 'Bad', 'Null']);
    expect(STATUS_CODE).toEqual({ Good: 0, Warning: 1, Outlier: 2, PhysAcc: 3, Bad: 4, Null: 5 });
  });
  it('null reasons are distinct bits', () => {
    const bits = Object.values(NULL_REASON);
    expect(bits.reduce((a, b) => a | b, 0)).toBe(bits.reduce((a, b) => a + b, 0));
  });
  it('isFlagLevel accepts the four levels only', () => {
    expect(FLAG_LEVELS.every(isFlagLevel)).toBe(true);
    expect([ 'Good', 'warning', 'Null', 3, undefined].some(isFlagLevel)).toBe(false);
  });
});
