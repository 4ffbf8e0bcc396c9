import { describe, expect, it } from 'vitest';
import { binTitle, boxText, categoryText, edgeText, MISSING_CATEGORY_TEXT, missingText, rangeText, rowTitle, runRangeText } from '../../../src/charts/chart-texts';

describe('chart texts', () => {
  it('runRangeText names the closed run range with an en dash', () => {
    expect(runRangeText(285012, 290221)).toBe('runs 285012–290221');
  });
  it('edgeText shows the edge decimals when exact, else the full number', () => {
    expect(edgeText(118, 1)).toBe('118.0');
    expect(edgeText(0.0612, 4)).toBe('0.0612');
    expect(edgeText(118.03125, 1)).toBe('118.03125');
    expect(edgeText(0.1 + 0.2, 1)).toBe('0.30000000000000004');
  });
  it('rangeText shows both ends exactly, half-open unless closed', () => {
    expect(rangeText(118, 121.3, 1, false)).toBe('[118.0, 121.3)');
    expect(rangeText(118, 121.3, 1, true)).toBe('[118.0, 121.3]');
    expect(rangeText(0.0512345, 112.987, 2, false)).toBe('[0.0512345, 112.987)');
    expect(rangeText(-1.5, -0.25, 2, true)).toBe('[-1.50, -0.25]');
  });
  it('boxText shows both closed intervals with the bounds exactly as stored', () => {
    expect(boxText({ x0: 110.5, x1: 121, y0: 48.25, y1: 52.5 })).toBe('x ∈ [110.5, 121], y ∈ [48.25, 52.5]');
    expect(boxText({ x0: -0.03, x1: 1e-7, y0: -2, y1: 0 })).toBe('x ∈ [-0.03, 1e-7], y ∈ [-2, 0]');
  });
  it('binTitle names the bin edges and both counts', () => {
    expect(binTitle({ key: 118, lo: 118, hi: 119, selected: 42, total: 57 }, 1)).toBe('118.0–119.0: 42 of 57 runs');
  });
  it('missingText adds the ±inf count only when there is one', () => {
    expect(missingText(3, 0)).toBe('missing: 3');
    expect(missingText(0, 2)).toBe('missing: 0, ±inf: 2');
  });
  it('rowTitle is value: count, and says the missing row has no value', () => {
    expect(rowTitle({ category: 'LHC18b', value: 120 })).toBe('LHC18b: 120');
    expect(rowTitle({ category: '(missing)', value: 4 })).toBe('(missing): 4');
    expect(rowTitle({ category: null, value: 3 })).toBe(`${MISSING_CATEGORY_TEXT} (no value): 3`);
  });
  it('categoryText is the value itself, or the missing text for null', () => {
    expect(categoryText('(missing)')).toBe('(missing)');
    expect(categoryText('')).toBe('');
    expect(categoryText(null)).toBe(MISSING_CATEGORY_TEXT);
  });
});

describe('histogramFooterText and tickText', () => {
  it('names the runs outside the bins after the missing count', async () => {
    const { histogramFooterText, missingText } = await import('../../../src/charts/chart-texts');
    expect(histogramFooterText(0, 0, { below: 0, above: 1, notPositive: 0 })).toBe(`${missingText(0, 0)} · 1 run above the range`);
    expect(histogramFooterText(2, 1, { below: 3, above: 0, notPositive: 2 })).toBe(`${missingText(2, 1)} · 3 runs below the range · 2 runs ≤ 0 not shown (log)`);
    expect(histogramFooterText(0, 0, { below: 0, above: 0, notPositive: 0 })).toBe(missingText(0, 0));
  });
  it('writes ticks short, exponent form for the very large and very small', async () => {
    const { tickText } = await import('../../../src/charts/chart-texts');
    expect([0, 118, 0.0612, 118.03125, 4294967295, 1e308, -1e308, 5e-324, 2.5e6].map(tickText)).toEqual(['0', '118', '0.0612', '118', '4.29e9', '1e308', '-1e308', '4.94e-324', '2.5e6']);
  });
});
