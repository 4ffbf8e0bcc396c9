import { describe, expect, it } from 'vitest';
import { ltmConsistency } from '../../../src/stats/ltm-consistency';
import { robustBand } from '../../../src/stats/robust-band';
import { plainLtm, plainMad, plainMedian } from './reference-stats';

const MAD = { kind: 'median-mad' } as const;
const LTM = { kind: 'ltm', fraction: 0.8 } as const;

describe('robustBand', () => {
  it('median-mad: centre = median, sigma = 1.4826 · MAD, for odd and even counts', () => {
    for (const values of [[1, 2, 3, 4, 100], [1, 2, 3, 10], [5, 5, 6, 9, 9, 9]]) {
      expect(robustBand(values, MAD)).toEqual({ method: MAD, centre: plainMedian(values), sigma: 1.4826 * plainMad(values), n: values.length });
    }
  });
  it('ltm: centre = window mean, sigma = window RMS × consistency factor', () => {
    const values = [100, 3, 1, 4, 2, 2.5, 3.5, -40, 2.2, 3.1];
    const want = plainLtm(values, 8);
    const band = robustBand(values, LTM);
    expect(band.centre).toBeCloseTo(want.mean, 14);
    expect(band.sigma).toBeCloseTo(want.rms * ltmConsistency(0.8), 12);
    expect(band.n).toBe(10);
  });
  it('sigma is 0 when more than half the values are equal (MAD = 0), not NaN', () => {
    expect(robustBand([2, 2, 2, 3, 8], MAD)).toMatchObject({ centre: 2, sigma: 0 });
  });
  it('one value: centre is that value, sigma NaN (no spread from one run), both methods', () => {
    for (const method of [MAD, LTM]) {
      const band = robustBand([NaN, 4.5], method);
      expect(band.centre).toBe(4.5);
      expect(band.sigma).toBeNaN();
      expect(band.n).toBe(1);
    }
  });
  it('no finite value: centre and sigma NaN, n 0', () => {
    for (const method of [MAD, LTM]) {
      const band = robustBand([NaN, Infinity], method);
      expect(band.centre).toBeNaN();
      expect(band.sigma).toBeNaN();
      expect(band.n).toBe(0);
    }
  });
  it('both methods estimate σ of normal values (10,000 Box–Muller deviates, σ = 2) within 5 %', () => {
    let seed = 99;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) + 1) / (2 ** 31 + 1);
    const values = Array.from({ length: 10000 }, () => 10 + 2 * Math.sqrt(-2 * Math.log(next())) * Math.cos(2 * Math.PI * next()));
    for (const method of [MAD, LTM]) {
      const band = robustBand(values, method);
      expect(Math.abs(band.sigma / 2 - 1)).toBeLessThan(0.05);
      expect(Math.abs(band.centre - 10)).toBeLessThan(0.1);
    }
  });
});
