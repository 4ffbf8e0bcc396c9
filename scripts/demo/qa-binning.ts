import type { Rng } from './prng';

/** An equal-bin axis: `bins` bins on [min, max]. */
export interface Binning {
  bins: number;
  min: number;
  max: number;
}

/** Lower edge of bin i (1 … bins); i = bins + 1 gives the upper edge of the last bin. */
export const binLow = (b: Binning, i: number): number => b.min + ((i - 1) * (b.max - b.min)) / b.bins;

/** Centre of bin i (1 … bins). */
export const binMid = (b: Binning, i: number): number => b.min + ((i - 0.5) * (b.max - b.min)) / b.bins;

/** The error function (Abramowitz & Stegun 7.1.26, |error| < 1.5e-7): deterministic, no platform erf needed. */
export function erf(x: number): number {
  const sign = x < 0 ? -1 : 1;
  const t = 1 / (1 + 0.3275911 * Math.abs(x));
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return sign * (1 - poly * Math.exp(-x * x));
}

/** P(X ≤ x) for a normal distribution. */
export function normalCdf(x: number, mean: number, sigma: number): number {
  return 0.5 * (1 + erf((x - mean) / (sigma * Math.SQRT2)));
}

/**
 * Share of a normal distribution in every cell of the binning: index 0 is the
 * underflow, 1 … bins the bins, bins + 1 the overflow (the cells add up to 1).
 */
export function normalCells(b: Binning, mean: number, sigma: number): Float64Array {
  const cells = new Float64Array(b.bins + 2);
  let below = 0;
  for (let i = 1; i <= b.bins + 1; i++) {
    const cdf = normalCdf(binLow(b, i), mean, sigma);
    cells[i - 1] = cdf - below;
    below = cdf;
  }
  cells[b.bins + 1] = 1 - below;
  return cells;
}

/**
 * Share of a density in every cell (flows included, as normalCells), from
 * `steps` midpoint samples per bin; the flows take what lies outside,
 * estimated from `outside` (the share of the density below min and above max).
 */
export function densityCells(b: Binning, density: (x: number) => number, outside: [number, number] = [0, 0], steps = 8): Float64Array {
  const cells = new Float64Array(b.bins + 2);
  const width = (b.max - b.min) / b.bins;
  let total = 0;
  for (let i = 1; i <= b.bins; i++) {
    let sum = 0;
    for (let k = 0; k < steps; k++) sum += density(binLow(b, i) + ((k + 0.5) * width) / steps);
    cells[i] = (sum * width) / steps;
    total += cells[i];
  }
  const inside = 1 - outside[0] - outside[1];
  for (let i = 1; i <= b.bins; i++) cells[i] = total > 0 ? (cells[i] / total) * inside : 0;
  cells[0] = outside[0];
  cells[b.bins + 1] = outside[1];
  return cells;
}

/** One Poisson draw: Knuth's method below 30, a rounded normal (never negative) above. */
export function poisson(mean: number, rng: Rng): number {
  if (!(mean > 0)) return 0;
  if (mean >= 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * rng.normal()));
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rng.float();
  while (p > limit) {
    k += 1;
    p *= rng.float();
  }
  return k;
}

/** Counts drawn around `total` × each cell's share: what filling a histogram with that many entries gives. */
export function drawCounts(shares: ArrayLike<number>, total: number, rng: Rng): Float64Array {
  return Float64Array.from(shares, (share) => poisson(share * total, rng));
}
