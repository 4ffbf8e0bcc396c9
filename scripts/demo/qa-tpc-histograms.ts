import type { HistogramSpec } from '../root-writer/write-histogram-file';
import type { Rng } from './prng';
import { binMid, densityCells, drawCounts, normalCells, type Binning } from './qa-binning';

/** Values a histogram needs, or undefined when one of them is missing (NaN or absent). */
export function need(values: ReadonlyMap<string, number> | undefined, names: readonly string[]): number[] | undefined {
  const out = names.map((n) => values?.get(n) ?? NaN);
  return out.some((v) => Number.isNaN(v)) ? undefined : out;
}

/** The Bethe-Bloch shape of ALICE's TPC (ALEPH parameterisation), relative to its minimum near βγ = 3.76. */
const [P1, P2, P3, P4, P5] = [0.0820172, 9.94795, 8.97292e-5, 2.05873, 1.65272];
function betheBloch(bg: number): number {
  const beta = bg / Math.sqrt(1 + bg * bg);
  const power = beta ** P4;
  return ((P2 - power - Math.log(P3 + (1 / bg) ** P5)) * P1) / power;
}
const MIP_LEVEL = betheBloch(3.76);

/** Pions, kaons and protons follow the curve scaled to the run's MIP position; electrons sit on their plateau. */
const SPECIES = [
  { name: 'pion', mass: 0.1396, share: 0.72 },
  { name: 'kaon', mass: 0.4937, share: 0.12 },
  { name: 'proton', mass: 0.9383, share: 0.13 },
  { name: 'electron', mass: 0, share: 0.03 },
] as const;

const P_AXIS: Binning = { bins: 36, min: 0.2, max: 2 };
const DEDX_AXIS: Binning = { bins: 60, min: 20, max: 200 };

/** A momentum spectrum p·exp(−p / 0.35), as shares of the p cells (flows included). */
function momentumShares(): Float64Array {
  const spectrum = (p: number) => p * Math.exp(-p / 0.35);
  const integral = (a: number, b: number) => {
    let s = 0;
    for (let k = 0; k < 200; k++) s += spectrum(a + ((k + 0.5) * (b - a)) / 200);
    return (s * (b - a)) / 200;
  };
  const whole = integral(0, 10);
  return densityCells(P_AXIS, spectrum, [integral(0, P_AXIS.min) / whole, integral(P_AXIS.max, 10) / whole]);
}

/** TPC/dEdx_vs_p: the particle bands (4 × `tracks` entries), the MIP at the run's meanMIP with its resolution, electrons at meanMIPele. */
export function dedxVsP(values: ReadonlyMap<string, number> | undefined, tracks: number, rng: Rng): HistogramSpec | undefined {
  const v = need(values, ['meanMIP', 'resolutionMIP', 'meanMIPele', 'resolutionMIPele']);
  if (!v) return undefined;
  const [mip, resolution, ele, resolutionEle] = v;
  const momentum = momentumShares();
  const nx = P_AXIS.bins + 2;
  const shares = new Float64Array(nx * (DEDX_AXIS.bins + 2));
  for (let ix = 0; ix < nx; ix++) {
    const p = ix === 0 ? P_AXIS.min : ix === nx - 1 ? P_AXIS.max : binMid(P_AXIS, ix);
    for (const s of SPECIES) {
      const mean = s.mass === 0 ? ele : (mip * betheBloch(p / s.mass)) / MIP_LEVEL;
      const cells = normalCells(DEDX_AXIS, mean, mean * (s.mass === 0 ? resolutionEle : resolution));
      cells.forEach((share, iy) => (shares[ix + nx * iy] += share * s.share * momentum[ix]));
    }
  }
  return {
    path: 'TPC/dEdx_vs_p', type: 'TH2F', title: 'TPC dE/dx vs momentum', option: 'colz',
    x: { ...P_AXIS, title: 'p (GeV/c)' }, y: { ...DEDX_AXIS, title: 'dE/dx (a.u.)' }, contents: drawCounts(shares, 4 * tracks, rng),
  };
}

/** TPC/dEdx_MIP: dE/dx of tracks at 0.4–0.6 GeV/c: the pion (MIP) peak and a small electron peak. */
export function dedxMip(values: ReadonlyMap<string, number> | undefined, tracks: number, rng: Rng): HistogramSpec | undefined {
  const v = need(values, ['meanMIP', 'resolutionMIP', 'meanMIPele', 'resolutionMIPele']);
  if (!v) return undefined;
  const [mip, resolution, ele, resolutionEle] = v;
  const axis: Binning = { bins: 70, min: 30, max: 100 };
  const pions = normalCells(axis, mip, mip * resolution);
  const electrons = normalCells(axis, ele, ele * resolutionEle);
  const shares = pions.map((p, i) => 0.96 * p + 0.04 * electrons[i]);
  return {
    path: 'TPC/dEdx_MIP', type: 'TH1F', title: 'dE/dx of MIP pions and electrons (0.4 < p < 0.6 GeV/c)',
    x: { ...axis, title: 'dE/dx (a.u.)' }, y: { title: 'tracks' }, contents: drawCounts(shares, Math.round(tracks * 0.15), rng),
  };
}

/** TPC/nclusters: clusters per track, peaked so that its mean is the run's meanTPCncl, with a tail of short tracks; at most 159. */
export function nclusters(values: ReadonlyMap<string, number> | undefined, tracks: number, rng: Rng): HistogramSpec | undefined {
  const v = need(values, ['meanTPCncl']);
  if (!v) return undefined;
  const axis: Binning = { bins: 80, min: 0, max: 160 };
  const main = normalCells(axis, v[0] + 4.5, 12);
  const short = normalCells(axis, v[0] - 40.5, 20);
  const shares = main.map((m, i) => 0.9 * m + 0.1 * short[i]);
  shares[axis.bins] += shares[axis.bins + 1]; // no track has more than 159 clusters
  shares[axis.bins + 1] = 0;
  return {
    path: 'TPC/nclusters', type: 'TH1F', title: 'TPC clusters per track',
    x: { ...axis, title: 'N_{cl}' }, y: { title: 'tracks' }, contents: drawCounts(shares, tracks, rng),
  };
}

/** TPC/foundOverFindable: found over findable clusters per track, around the run's meanTPCnclF. */
export function foundOverFindable(values: ReadonlyMap<string, number> | undefined, tracks: number, rng: Rng): HistogramSpec | undefined {
  const v = need(values, ['meanTPCnclF']);
  if (!v) return undefined;
  const axis: Binning = { bins: 60, min: 0.5, max: 1.1 };
  return {
    path: 'TPC/foundOverFindable', type: 'TH1D', title: 'found / findable TPC clusters',
    x: { ...axis, title: 'N_{found} / N_{findable}' }, y: { title: 'tracks' }, contents: drawCounts(normalCells(axis, v[0], 0.06), tracks, rng),
  };
}

/** The 36 TPC sectors: A00 … A17, C00 … C17. */
export const SECTORS: readonly string[] = ['A', 'C'].flatMap((side) => Array.from({ length: 18 }, (_, i) => `${side}${String(i).padStart(2, '0')}`));

/** Fixed gains of the sectors over the whole demo year: close to 1, C07 a weak sector (as a real TPC has). */
const SECTOR_GAINS: readonly number[] = SECTORS.map((name, i) => (name === 'C07' ? 0.82 : 1 + 0.03 * Math.sin(2.3 * i + 0.7)));

/** TPC/occupancy: clusters per sector, proportional to the tracks and the run's meanTPCncl, shaped by the sector gains. */
export function occupancy(values: ReadonlyMap<string, number> | undefined, tracks: number, rng: Rng): HistogramSpec | undefined {
  const v = need(values, ['meanTPCncl']);
  if (!v) return undefined;
  const total = SECTOR_GAINS.reduce((a, b) => a + b, 0);
  const shares = [0, ...SECTOR_GAINS.map((g) => g / total), 0];
  return {
    path: 'TPC/occupancy', type: 'TH1F', title: 'TPC clusters per sector',
    x: { bins: 36, min: 0, max: 36, title: 'sector', labels: SECTORS }, y: { title: 'clusters' },
    contents: drawCounts(shares, tracks * v[0], rng),
  };
}

/** The four DCA categories of the trending tree's dcar / dcaz arrays. */
export const DCA_CATEGORIES: readonly string[] = ['A+', 'A-', 'C+', 'C-'];

/** TPC/DCA/dcaR or dcaZ: the DCA of each side and charge, centred on the run's dcar[k] / dcaz[k]. */
export function dca(values: ReadonlyMap<string, number> | undefined, tracks: number, rng: Rng, which: 'R' | 'Z'): HistogramSpec | undefined {
  const name = which === 'R' ? 'dcar' : 'dcaz';
  const v = need(values, DCA_CATEGORIES.map((_, k) => `${name}[${k}]`));
  if (!v) return undefined;
  const axis: Binning = which === 'R' ? { bins: 60, min: -0.3, max: 0.3 } : { bins: 60, min: -0.6, max: 0.6 };
  const sigma = which === 'R' ? 0.05 : 0.1;
  const nx = axis.bins + 2;
  const shares = new Float64Array(nx * 6);
  v.forEach((mean, k) => normalCells(axis, mean, sigma).forEach((share, ix) => (shares[ix + nx * (k + 1)] = share / 4)));
  return {
    path: `TPC/DCA/dca${which}`, type: 'TH2F', title: `DCA ${which === 'R' ? 'r' : 'z'} per side and charge`, option: 'colz',
    x: { ...axis, title: `DCA_{${which === 'R' ? 'r' : 'z'}} (cm)` }, y: { bins: 4, min: 0, max: 4, labels: DCA_CATEGORIES },
    contents: drawCounts(shares, tracks, rng),
  };
}
