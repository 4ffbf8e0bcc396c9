import { describe, expect, it } from 'vitest';
import type { JsrootObject } from '../../../src/contract/histogram-contract';
import { compareLevel, compareWithReference, inRangeCells, integral, isOneD, isProfile, LEVEL_STYLE, levelLine, referenceOverlay, REFERENCE_STYLE } from '../../../src/layouts/histogram-math';

/** A TH1F with `cells` including under- and overflow (nbins = cells − 2). */
const th1 = (cells: number[], sumw2: number[] = []): JsrootObject => ({
  _typename: 'TH1F', fName: 'h', fTitle: 'h', fXaxis: { fNbins: cells.length - 2 }, fYaxis: { fNbins: 1, fTitle: 'y' }, fArray: Float32Array.from(cells), fSumw2: sumw2,
});
const th2 = (nx: number, ny: number, cell: (i: number, j: number) => number): JsrootObject => ({
  _typename: 'TH2D', fXaxis: { fNbins: nx }, fYaxis: { fNbins: ny },
  fArray: Float64Array.from({ length: (nx + 2) * (ny + 2) }, (_, k) => cell(k % (nx + 2), Math.floor(k / (nx + 2)))),
});

describe('isOneD / isProfile', () => {
  it('tells 1-D histograms and profiles from 2-D ones', () => {
    expect(['TH1F', 'TH1D', 'TH1I', 'TProfile', 'TH2F', 'TProfile2D'].map((t) => isOneD({ _typename: t }))).toEqual([true, true, true, true, false, false]);
    expect(['TProfile', 'TProfile2D', 'TH1F'].map((t) => isProfile({ _typename: t }))).toEqual([true, true, false]);
  });
});

describe('integral', () => {
  it('sums the in-range cells of a 1-D histogram, not the under- or overflow', () => {
    expect(integral(th1([100, 1, 2, 3, 200]))).toBe(6);
  });

  it('sums the in-range cells of a 2-D histogram (x fastest), not the border cells', () => {
    const h = th2(3, 2, (i, j) => (i >= 1 && i <= 3 && j >= 1 && j <= 2 ? 10 * j + i : 1000));
    expect(inRangeCells(h)).toEqual([6, 7, 8, 11, 12, 13]); // rows of nx + 2 = 5 cells, bins 1..3 of rows 1..2
    expect(integral(h)).toBe(11 + 12 + 13 + 21 + 22 + 23);
  });

  it('is 0 for an empty histogram', () => {
    expect(integral(th1([0, 0, 0]))).toBe(0);
  });
});

describe('referenceOverlay', () => {
  it('scales the reference to the run\'s integral (errors by the square), styled red and dashed, the input untouched', () => {
    const reference = th1([0, 1, 3, 0], [0, 1, 3, 0]);
    const run = th1([5, 2, 6, 5]);
    const { overlay, factor } = referenceOverlay(reference, run);
    expect(factor).toBe(2);
    expect(Array.from(overlay.fArray as Float64Array)).toEqual([0, 2, 6, 0]);
    expect(overlay.fSumw2).toEqual([0, 4, 12, 0]);
    expect(overlay).toMatchObject(REFERENCE_STYLE);
    expect(Array.from(reference.fArray as Float32Array)).toEqual([0, 1, 3, 0]);
  });

  it('keeps the scale of a reference with integral 0, and of a profile', () => {
    expect(referenceOverlay(th1([0, 0, 0]), th1([0, 4, 0])).factor).toBe(1);
    const profile = { ...th1([0, 1, 0]), _typename: 'TProfile' };
    expect(referenceOverlay(profile, { ...th1([0, 9, 0]), _typename: 'TProfile' }).factor).toBe(1);
  });
});

describe('compareWithReference', () => {
  const run = th1([1, 2, 6, 0]);
  const overlay = th1([1, 4, 0, 0]);

  it('divides cell by cell, 0 where the reference is 0, with the run\'s axes and a y title', () => {
    const ratio = compareWithReference(run, overlay, 'ratio')!;
    expect(Array.from(ratio.fArray as Float64Array)).toEqual([1, 0.5, 0, 0]);
    expect(ratio.fXaxis).toBe(run.fXaxis);
    expect((ratio.fYaxis as { fTitle: string }).fTitle).toBe('run / reference');
    expect((run.fYaxis as { fTitle: string }).fTitle).toBe('y');
  });

  it('subtracts cell by cell', () => {
    expect(Array.from(compareWithReference(run, overlay, 'difference')!.fArray as Float64Array)).toEqual([0, -2, 6, 0]);
  });

  it('gives nothing for 2-D histograms, profiles, other classes or other binnings', () => {
    const h2 = th2(1, 1, () => 1);
    expect(compareWithReference(h2, h2, 'ratio')).toBeUndefined();
    expect(compareWithReference({ ...run, _typename: 'TProfile' }, { ...overlay, _typename: 'TProfile' }, 'ratio')).toBeUndefined();
    expect(compareWithReference(run, { ...overlay, _typename: 'TH1D' }, 'ratio')).toBeUndefined();
    expect(compareWithReference(run, th1([1, 2, 3]), 'ratio')).toBeUndefined();
  });
});

describe('levelLine', () => {
  const compared = compareWithReference(th1([1, 2, 6, 0]), th1([1, 4, 3, 0]), 'ratio')!;

  it('puts every cell at 1 for a ratio and 0 for a difference, on the comparison\'s axes, without errors', () => {
    const cells = Array.from(compared.fArray as Float64Array);
    for (const mode of ['ratio', 'difference'] as const) {
      const line = levelLine(compared, mode);
      expect(Array.from(line.fArray as Float64Array)).toEqual(cells.map(() => (mode === 'ratio' ? 1 : 0)));
      expect([line.fXaxis, line.fYaxis, line._typename]).toEqual([compared.fXaxis, compared.fYaxis, compared._typename]);
      expect(line.fSumw2).toEqual([]);
      expect([line.fLineColor, line.fLineStyle]).toEqual([LEVEL_STYLE.fLineColor, LEVEL_STYLE.fLineStyle]);
    }
    expect([compareLevel('ratio'), compareLevel('difference')]).toEqual([1, 0]);
  });

  it('leaves the comparison as it was', () => {
    const before = Array.from(compared.fArray as Float64Array);
    levelLine(compared, 'difference');
    expect(Array.from(compared.fArray as Float64Array)).toEqual(before);
  });
});
