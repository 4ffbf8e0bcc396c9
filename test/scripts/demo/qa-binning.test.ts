import { describe, expect, it } from 'vitest';
import { createRng } from '../../../scripts/demo/prng';
import { binLow, binMid, densityCells, drawCounts, erf, normalCdf, normalCells, poisson } from '../../../scripts/demo/qa-binning';

const sum = (a: ArrayLike<number>) => Array.from(a).reduce((s, v) => s + v, 0);

describe('erf / normalCdf', () => {
  it('match known values within 1.5e-7', () => {
    const known: [number, number][] = [[0, 0], [0.5, 0.5204998778], [1, 0.8427007929], [2, 0.995322265], [-1, -0.8427007929]];
    for (const [x, y] of known) expect(Math.abs(erf(x) - y)).toBeLessThan(1.5e-7);
    expect(normalCdf(1.96, 0, 1)).toBeCloseTo(0.975, 4);
    expect(normalCdf(3, 3, 2)).toBeCloseTo(0.5, 7);
  });
});

describe('bin helpers', () => {
  it('give edges and centres of equal bins', () => {
    const b = { bins: 4, min: 0, max: 2 };
    expect([binLow(b, 1), binLow(b, 5), binMid(b, 1), binMid(b, 4)]).toEqual([0, 2, 0.25, 1.75]);
  });
});

describe('normalCells', () => {
  it('shares a normal distribution over bins and flows, adding up to 1', () => {
    const cells = normalCells({ bins: 10, min: -1, max: 1 }, 0, 1);
    expect(cells).toHaveLength(12);
    expect(sum(cells)).toBeCloseTo(1, 12);
    expect(cells[0]).toBeCloseTo(normalCdf(-1, 0, 1), 12);
    expect(cells[11]).toBeCloseTo(cells[0], 7);
    expect(cells[5]).toBeCloseTo(cells[6], 7);
  });
});

describe('densityCells', () => {
  it('normalises a density over the bins, the flows taking the shares given', () => {
    const cells = densityCells({ bins: 4, min: 0, max: 4 }, (x) => x, [0.1, 0.2]);
    expect(cells[0]).toBe(0.1);
    expect(cells[5]).toBe(0.2);
    expect(sum(cells)).toBeCloseTo(1, 12);
    expect(cells[4] / cells[1]).toBeCloseTo(7, 10); // bin centres 0.5 and 3.5
  });
});

describe('poisson / drawCounts', () => {
  it('draws counts with the mean asked for, small and large, the same for the same stream', () => {
    for (const mean of [0.3, 4, 25, 400]) {
      const rng = createRng(1, `p${mean}`);
      const draws = Array.from({ length: 4000 }, () => poisson(mean, rng));
      expect(draws.every((d) => Number.isInteger(d) && d >= 0)).toBe(true);
      expect(sum(draws) / draws.length).toBeCloseTo(mean, mean < 10 ? 1 : 0);
    }
    expect(poisson(0, createRng(1))).toBe(0);
    expect(poisson(NaN, createRng(1))).toBe(0);
    expect(drawCounts([0.5, 0.5], 1000, createRng(9))).toEqual(drawCounts([0.5, 0.5], 1000, createRng(9)));
  });
});
