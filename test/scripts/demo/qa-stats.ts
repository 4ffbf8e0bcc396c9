/** Test-only statistics of histogram specs, computed from their cells (independently of the generator). */
import type { HistogramSpec } from '../../../scripts/root-writer/write-histogram-file';

interface Axis { bins: number; min: number; max: number }
const centre = (a: Axis, i: number) => a.min + ((i - 0.5) * (a.max - a.min)) / a.bins;

/** Mean and RMS of a 1-D histogram over the bins whose centre lies in [lo, hi] (default: all bins). */
export function moments(h: HistogramSpec, lo = -Infinity, hi = Infinity): { mean: number; rms: number; sum: number } {
  if (h.type !== 'TH1F' && h.type !== 'TH1D') throw new Error(`${h.path} is not 1-D`);
  let s = 0, sx = 0, sxx = 0;
  for (let i = 1; i <= h.x.bins; i++) {
    const x = centre(h.x, i);
    if (x < lo || x > hi) continue;
    const w = h.contents[i];
    s += w; sx += w * x; sxx += w * x * x;
  }
  const mean = sx / s;
  return { mean, rms: Math.sqrt(sxx / s - mean * mean), sum: s };
}

/** Mean x of row iy (1 … y bins) of a 2-D histogram. */
export function rowMean(h: HistogramSpec, iy: number): number {
  if (h.type !== 'TH2F' && h.type !== 'TH2D') throw new Error(`${h.path} is not 2-D`);
  const nx = h.x.bins + 2;
  let s = 0, sx = 0;
  for (let ix = 1; ix <= h.x.bins; ix++) {
    const w = h.contents[ix + nx * iy];
    s += w; sx += w * centre(h.x, ix);
  }
  return sx / s;
}

/** Mean x and mean y of a 2-D histogram over its bins. */
export function means2d(h: HistogramSpec): [number, number] {
  if (h.type !== 'TH2F' && h.type !== 'TH2D') throw new Error(`${h.path} is not 2-D`);
  const nx = h.x.bins + 2;
  let s = 0, sx = 0, sy = 0;
  for (let iy = 1; iy <= h.y.bins; iy++) {
    for (let ix = 1; ix <= h.x.bins; ix++) {
      const w = h.contents[ix + nx * iy];
      s += w; sx += w * centre(h.x, ix); sy += w * centre(h.y, iy);
    }
  }
  return [sx / s, sy / s];
}

/** A profile's mean y over the bins whose centre is in [lo, hi]. */
export function profileMean(h: HistogramSpec, lo: number, hi: number): number {
  if (h.type !== 'TProfile') throw new Error(`${h.path} is not a profile`);
  let y = 0, n = 0;
  for (let i = 1; i <= h.x.bins; i++) {
    const x = centre(h.x, i);
    if (x < lo || x > hi) continue;
    y += h.sumwy[i]; n += h.binEntries[i];
  }
  return y / n;
}
