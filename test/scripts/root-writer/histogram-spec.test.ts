import { describe, expect, it } from 'vitest';
import { axisCells, histogramCells, type HistogramSpec } from '../../../scripts/root-writer/histogram-spec';

describe('axisCells / histogramCells', () => {
  it('count bins + 2 per axis (under- and overflow), multiplied for 2-D', () => {
    expect(axisCells({ bins: 10, min: 0, max: 1 })).toBe(12);
    const h2: HistogramSpec = { path: 'h', type: 'TH2F', x: { bins: 3, min: 0, max: 1 }, y: { bins: 4, min: 0, max: 1 }, contents: [] };
    expect(histogramCells(h2)).toBe(30);
    const p: HistogramSpec = { path: 'p', type: 'TProfile', x: { bins: 5, min: 0, max: 1 }, y: { min: 0, max: 9 }, sumwy: [], sumwy2: [], binEntries: [] };
    expect(histogramCells(p)).toBe(7);
  });
});
