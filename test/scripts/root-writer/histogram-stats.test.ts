import { describe, expect, it } from 'vitest';
import type { HistogramSpec } from '../../../scripts/root-writer/histogram-spec';
import { binCentre, defaultEntries, histogramStats } from '../../../scripts/root-writer/histogram-stats';

describe('binCentre', () => {
  it('gives the middle of equal and of variable bins', () => {
    expect([1, 2, 4].map((i) => binCentre({ bins: 4, min: 0, max: 2 }, i))).toEqual([0.25, 0.75, 1.75]);
    expect([1, 2, 3].map((i) => binCentre({ bins: 3, min: 0, max: 10, edges: [0, 1, 4, 10] }, i))).toEqual([0.5, 2.5, 7]);
  });
});

describe('defaultEntries', () => {
  it('sums every cell, flows included, or every bin entry of a profile', () => {
    expect(defaultEntries({ path: 'h', type: 'TH1D', x: { bins: 2, min: 0, max: 1 }, contents: [1, 2, 3, 4] })).toBe(10);
    expect(defaultEntries({ path: 'p', type: 'TProfile', x: { bins: 1, min: 0, max: 1 }, sumwy: [9, 9, 9], sumwy2: [0, 0, 0], binEntries: [1, 2, 3] })).toBe(6);
  });
});

describe('histogramStats', () => {
  it('sums w, w², w·x, w·x² over the in-range bins of a 1-D histogram (flows left out)', () => {
    const h: HistogramSpec = { path: 'h', type: 'TH1F', x: { bins: 2, min: 0, max: 2 }, contents: [100, 2, 3, 100] };
    expect(histogramStats(h)).toEqual({ tsumw: 5, tsumw2: 5, tsumwx: 2 * 0.5 + 3 * 1.5, tsumwx2: 2 * 0.25 + 3 * 2.25, tsumwy: 0, tsumwy2: 0, tsumwxy: 0 });
  });

  it('takes Σw² from sumw2 when given', () => {
    const h: HistogramSpec = { path: 'h', type: 'TH1D', x: { bins: 2, min: 0, max: 2 }, contents: [0, 2, 3, 0], sumw2: [9, 0.5, 0.25, 9] };
    expect(histogramStats(h).tsumw2).toBe(0.75);
  });

  it('adds the y and x·y sums of a 2-D histogram over in-range cells only', () => {
    // 1×2 bins: cells (ix, iy) with ix, iy ∈ 0…2 / 0…3; only (1,1) and (1,2) count.
    const contents = new Array(3 * 4).fill(50);
    contents[1 + 3 * 1] = 2;
    contents[1 + 3 * 2] = 4;
    const h: HistogramSpec = { path: 'h', type: 'TH2D', x: { bins: 1, min: 0, max: 2 }, y: { bins: 2, min: 0, max: 4 }, contents };
    expect(histogramStats(h)).toEqual({ tsumw: 6, tsumw2: 6, tsumwx: 6, tsumwx2: 6, tsumwy: 2 * 1 + 4 * 3, tsumwy2: 2 * 1 + 4 * 9, tsumwxy: 2 * 1 + 4 * 3 });
  });

  it('uses bin entries as weights and Σw·y, Σw·y² for a profile', () => {
    const h: HistogramSpec = { path: 'p', type: 'TProfile', x: { bins: 2, min: 0, max: 2 }, sumwy: [7, 1, 2, 7], sumwy2: [7, 3, 4, 7], binEntries: [7, 2, 4, 7] };
    expect(histogramStats(h)).toEqual({ tsumw: 6, tsumw2: 6, tsumwx: 2 * 0.5 + 4 * 1.5, tsumwx2: 2 * 0.25 + 4 * 2.25, tsumwy: 3, tsumwy2: 7, tsumwxy: 0 });
  });

  it('keeps every sum the spec states, even 0', () => {
    const h: HistogramSpec = { path: 'h', type: 'TH1F', x: { bins: 1, min: 0, max: 2 }, contents: [0, 5, 0], stats: { tsumw: 0, tsumwx: 12 } };
    expect(histogramStats(h)).toMatchObject({ tsumw: 0, tsumw2: 5, tsumwx: 12, tsumwx2: 5 });
  });
});
