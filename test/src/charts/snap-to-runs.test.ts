import { describe, expect, it } from 'vitest';
import { pixelsForRuns, snapPixelsToRuns } from '../../../src/charts/snap-to-runs';

/** Runs whose centre lies in the closed span, as a list (the definition, computed the slow way). */
function runsIn(a: number, b: number, centres: number[], runs: number[]): number[] {
  const [l, r] = [Math.min(a, b), Math.max(a, b)];
  return runs.filter((_, i) => centres[i] >= l && centres[i] <= r);
}

// Three layouts: run numbers spaced unevenly (run mode), evenly (ordinal), and out of run order with ties and gaps (time).
const LAYOUTS: Record<string, { centres: number[]; runs: number[] }> = {
  run: { centres: [0, 2, 3, 9, 17, 30], runs: [100, 102, 103, 109, 117, 130] },
  ordinal: { centres: [1.5, 6.5, 11.5, 16.5, 21.5, 26.5], runs: [100, 102, 103, 109, 117, 130] },
  time: { centres: [4, NaN, 4, 12.25, 8, 29], runs: [100, 102, 103, 109, 117, 130] },
};

describe('snapPixelsToRuns', () => {
  for (const [name, { centres, runs }] of Object.entries(LAYOUTS)) {
    it(`${name}: every pixel pair (quarter pixels, both orders) gives the lowest and highest run centred inside, or null`, () => {
      const c = Float64Array.from(centres);
      const r = Float64Array.from(runs);
      for (let a = -2; a <= 32; a += 0.25) {
        for (let b = -2; b <= 32; b += 0.25) {
          const inside = runsIn(a, b, centres, runs);
          const expected = inside.length ? [Math.min(...inside), Math.max(...inside)] : null;
          expect(snapPixelsToRuns(a, b, c, r)).toEqual(expected);
        }
      }
    });
  }

  it('ignores rows that are not placed (NaN centre) and returns null for an empty table', () => {
    expect(snapPixelsToRuns(0, 100, Float64Array.of(NaN, NaN), Float64Array.of(1, 2))).toBeNull();
    expect(snapPixelsToRuns(0, 100, new Float64Array(0), new Float64Array(0))).toBeNull();
  });
});

describe('pixelsForRuns', () => {
  for (const name of ['run', 'ordinal'] as const) {
    it(`${name}: for every range of consecutive runs, the brush drawn for it snaps back to exactly that range`, () => {
      const { centres, runs } = LAYOUTS[name];
      const c = Float64Array.from(centres);
      const r = Float64Array.from(runs);
      for (let i = 0; i < runs.length; i++) {
        for (let j = i; j < runs.length; j++) {
          const pixels = pixelsForRuns(runs[i], runs[j], c, r)!;
          expect(pixels[0]).toBeLessThanOrEqual(centres[i]);
          expect(pixels[1]).toBeGreaterThanOrEqual(centres[j]);
          expect(snapPixelsToRuns(pixels[0], pixels[1], c, r)).toEqual([runs[i], runs[j]]);
        }
      }
    });
  }

  it('a range holding run numbers between the runs shows the runs it holds; one holding none gives null', () => {
    const { centres, runs } = LAYOUTS.run;
    const c = Float64Array.from(centres);
    const r = Float64Array.from(runs);
    expect(snapPixelsToRuns(...pixelsForRuns(101, 110, c, r)!, c, r)).toEqual([102, 109]);
    expect(pixelsForRuns(104, 108, c, r)).toBeNull();
  });

  it('pads by at most `pad` pixels, and never onto an outside run (3 px: half the 1 px gap to its neighbour)', () => {
    const c = Float64Array.of(0, 2, 3, 9);
    const r = Float64Array.of(1, 2, 3, 4);
    expect(pixelsForRuns(2, 2, c, r)).toEqual([1, 2.5]);
    expect(pixelsForRuns(4, 4, c, r)).toEqual([6, 12]);
  });
});
