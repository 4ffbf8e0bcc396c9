import { describe, expect, it } from 'vitest';
import { createRng } from '../../../scripts/demo/prng';
import { DCA_CATEGORIES, SECTORS, dca, dedxMip, dedxVsP, foundOverFindable, nclusters, need, occupancy } from '../../../scripts/demo/qa-tpc-histograms';
import { validateHistograms } from '../../../scripts/root-writer/validate-histograms';
import { moments, rowMean } from './qa-stats';

const values = new Map<string, number>([
  ['meanMIP', 50], ['resolutionMIP', 0.06], ['meanMIPele', 80], ['resolutionMIPele', 0.07], ['meanTPCncl', 118], ['meanTPCnclF', 0.86],
  ['dcar[0]', 0.02], ['dcar[1]', -0.018], ['dcar[2]', 0.1], ['dcar[3]', -0.016], ['dcaz[0]', 0.05], ['dcaz[1]', 0.045], ['dcaz[2]', -0.05], ['dcaz[3]', -0.2],
]);
const rng = () => createRng(3, 'test');
const TRACKS = 50_000;

describe('need', () => {
  it('gives the values, or undefined when one is NaN or absent', () => {
    expect(need(values, ['meanMIP', 'meanTPCncl'])).toEqual([50, 118]);
    expect(need(new Map([['a', NaN]]), ['a'])).toBeUndefined();
    expect(need(values, ['nope'])).toBeUndefined();
    expect(need(undefined, ['meanMIP'])).toBeUndefined();
  });
});

describe('TPC QA histograms', () => {
  it('are valid writer requests, with their paths and classes', () => {
    const made = [dedxVsP(values, TRACKS, rng()), dedxMip(values, TRACKS, rng()), nclusters(values, TRACKS, rng()), foundOverFindable(values, TRACKS, rng()),
      occupancy(values, TRACKS, rng()), dca(values, TRACKS, rng(), 'R'), dca(values, TRACKS, rng(), 'Z')];
    expect(made.map((h) => `${h!.type} ${h!.path}`)).toEqual([
      'TH2F TPC/dEdx_vs_p', 'TH1F TPC/dEdx_MIP', 'TH1F TPC/nclusters', 'TH1D TPC/foundOverFindable', 'TH1F TPC/occupancy', 'TH2F TPC/DCA/dcaR', 'TH2F TPC/DCA/dcaZ',
    ]);
    expect(() => validateHistograms(made.map((h) => h!))).not.toThrow();
  });

  it('put the MIP peak at meanMIP with the resolution as relative width, electrons at meanMIPele', () => {
    const h = dedxMip(values, TRACKS, rng())!;
    const pions = moments(h, 30, 65);
    expect(pions.mean).toBeCloseTo(50, 0);
    expect(pions.rms / pions.mean).toBeCloseTo(0.06, 2);
    expect(moments(h, 68, 100).mean).toBeCloseTo(80, -0.5);
    const wider = moments(dedxMip(new Map([...values, ['resolutionMIP', 0.09]]), TRACKS, rng())!, 30, 65);
    expect(wider.rms / wider.mean).toBeCloseTo(0.09, 2);
  });

  it('give the clusters per track the run\'s mean, none beyond 159, and found/findable its mean', () => {
    const h = nclusters(values, TRACKS, rng())!;
    expect(moments(h).mean).toBeCloseTo(118, 0);
    expect(h.type === 'TH1F' && h.contents[81]).toBe(0);
    expect(moments(foundOverFindable(values, TRACKS, rng())!).mean).toBeCloseTo(0.86, 2);
  });

  it('label the 36 sectors and scale the clusters with meanTPCncl (C07 weaker)', () => {
    const h = occupancy(values, TRACKS, rng())!;
    expect(h.x.labels).toEqual(SECTORS);
    expect([SECTORS[0], SECTORS[17], SECTORS[18], SECTORS[35]]).toEqual(['A00', 'A17', 'C00', 'C17']);
    const total = moments(h).sum;
    expect(total / (TRACKS * 118)).toBeCloseTo(1, 2);
    const c07 = h.type === 'TH1F' ? h.contents[1 + SECTORS.indexOf('C07')] : 0;
    expect(c07 / (total / 36)).toBeLessThan(0.9);
  });

  it('centre each DCA row on its dcar / dcaz element, labelled A+, A-, C+, C-', () => {
    const r = dca(values, TRACKS, rng(), 'R')!;
    expect(r.type === 'TH2F' && r.y.labels).toEqual(DCA_CATEGORIES);
    expect([1, 2, 3, 4].map((k) => rowMean(r, k))).toEqual([0.02, -0.018, 0.1, -0.016].map((v) => expect.closeTo(v, 2)));
    expect(rowMean(dca(values, TRACKS, rng(), 'Z')!, 4)).toBeCloseTo(-0.2, 2);
  });

  it('shift the dE/dx band with meanMIP', () => {
    const bandMean = (mip: number) => {
      const h = dedxVsP(new Map([...values, ['meanMIP', mip]]), TRACKS, rng())!;
      if (h.type !== 'TH2F') throw new Error('TH2F');
      const nx = h.x.bins + 2;
      let s = 0, sy = 0;
      for (let iy = 1; iy <= h.y.bins; iy++) for (let ix = 7; ix <= 8; ix++) { // p ≈ 0.5 GeV/c: pions at the minimum
        const y = h.y.min + ((iy - 0.5) * (h.y.max - h.y.min)) / h.y.bins;
        if (y > 70) continue;
        s += h.contents[ix + nx * iy]; sy += h.contents[ix + nx * iy] * y;
      }
      return sy / s;
    };
    const shift = bandMean(55) - bandMean(50); // 3-unit dE/dx bins: the band moves by about 5
    expect(shift).toBeGreaterThan(4);
    expect(shift).toBeLessThan(6);
  });

  it('leave a histogram out when one of its values is missing', () => {
    const blank = new Map([...values, ['meanMIP', NaN], ['dcaz[2]', NaN]]);
    expect([dedxVsP(blank, TRACKS, rng()), dedxMip(blank, TRACKS, rng()), dca(blank, TRACKS, rng(), 'Z')]).toEqual([undefined, undefined, undefined]);
    expect(dca(blank, TRACKS, rng(), 'R')).toBeDefined();
  });
});
