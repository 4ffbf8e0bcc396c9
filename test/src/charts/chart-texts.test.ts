import { describe, expect, it } from 'vitest';
import { missingText, rangeText, rowTitle, runRangeText } from '../../../src/charts/chart-texts';

describe('chart texts', () => {
  it('runRangeText names the closed run range with an en dash', () => {
    expect(runRangeText(285012, 290221)).toBe('runs 285012–290221');
  });
  it('rangeText keeps 4 significant digits', () => {
    expect(rangeText(0.0512345, 112.987)).toBe('0.05123 – 113');
  });
  it('missingText adds the ±inf count only when there is one', () => {
    expect(missingText(3, 0)).toBe('missing: 3');
    expect(missingText(0, 2)).toBe('missing: 0, ±inf: 2');
  });
  it('rowTitle is label: count', () => {
    expect(rowTitle({ key: 'LHC18b', value: 120 })).toBe('LHC18b: 120');
  });
});
