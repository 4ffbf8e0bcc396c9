import { describe, expect, it } from 'vitest';
import { histogramShapeProblem } from '../../../scripts/histograms/histogram-shape';

const axis = (n: number) => ({ fNbins: n });

describe('histogramShapeProblem', () => {
  it('accepts whole 1-D, 2-D and profile histograms', () => {
    expect(histogramShapeProblem('TH1F', { fNcells: 5, fArray: new Float32Array(5), fXaxis: axis(3) })).toBeUndefined();
    expect(histogramShapeProblem('TH2D', { fNcells: 20, fArray: new Float64Array(20), fXaxis: axis(3), fYaxis: axis(2) })).toBeUndefined();
    expect(histogramShapeProblem('TProfile', { fNcells: 4, fArray: [0, 0, 0, 0], fBinEntries: [0, 0, 0, 0], fXaxis: axis(2) })).toBeUndefined();
  });

  it('names what is missing or disagrees', () => {
    expect(histogramShapeProblem('TH1F', { fXaxis: axis(3) })).toBe('its cells or axes are missing');
    expect(histogramShapeProblem('TH2F', { fNcells: 5, fArray: [], fXaxis: axis(3) })).toBe('its cells or axes are missing');
    expect(histogramShapeProblem('TH2F', { fNcells: 5, fArray: [], fXaxis: axis(3), fYaxis: axis(2) })).toBe('it has 5 cells for axes of 3 × 2 bins');
    expect(histogramShapeProblem('TH1D', { fNcells: 5, fArray: [1], fXaxis: axis(3) })).toBe('it holds 1 cell values for 5 cells');
    expect(histogramShapeProblem('TProfile', { fNcells: 4, fArray: [0, 0, 0, 0], fXaxis: axis(2) })).toBe('it holds 0 bin entries for 4 cells');
  });
});
