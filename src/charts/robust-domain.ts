import { madOfSorted, MAD_TO_SIGMA } from '../stats/mad';
import { finiteSorted } from '../stats/finite-sorted';
import { medianOfSorted } from '../stats/median';

/** How a value axis maps numbers: evenly, or by their logarithm (positive values only). */
export type AxisScale = 'linear' | 'log';

/** Default width of a robust value range, in robust σ (1.4826 · MAD) on each side of the median. */
export const DEFAULT_ROBUST_K = 6;

/**
 * Largest share of the values the robust range may leave beyond each edge:
 * edge markers are for a few outliers, not for a second population (Pb-Pb
 * runs among pp ones), so the range is widened until at most this share of
 * the values lies outside on each side.
 */
export const EDGE_SHARE = 0.01;

/** What decides a value axis's range: a fixed domain, or the robust range of the values. */
export interface DomainOptions {
  /** Fixed [lo, hi]: used as given. */
  domain?: readonly [number, number];
  /** Robust range half-width in robust σ. */
  k: number;
  scale: AxisScale;
}

/**
 * The range a value axis shows: `domain` when fixed; else the median ± k
 * robust σ (1.4826 · MAD) of the finite values (of their log10 on a log
 * scale, positive values only), widened where needed so that at most
 * EDGE_SHARE of the values lie beyond each edge (the value at rank
 * ⌊0.99·(n−1)⌋ from each end is inside), narrowed to the values' own extent
 * and widened by 2 %. A value outside it is drawn as an edge marker, so one
 * absurd value (4.29e9 among values of 50) no longer squeezes the others
 * into one line. With MAD = 0 (over half the values equal) it is the
 * values' full extent. [0, 1] (log: [1, 10]) when there is no usable value.
 */
export function robustDomain(values: ArrayLike<number>, { domain, k, scale }: DomainOptions): [number, number] {
  if (domain) return [domain[0], domain[1]];
  const log = scale === 'log';
  const sorted = finiteSorted(log ? Array.from(values, (v) => (v > 0 ? Math.log10(v) : NaN)) : values);
  if (sorted.length === 0) return log ? [1, 10] : [0, 1];
  const centre = medianOfSorted(sorted);
  const sigma = MAD_TO_SIGMA * madOfSorted(sorted, centre);
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  const inner = Math.floor((1 - EDGE_SHARE) * (sorted.length - 1));
  const lo = sigma > 0 ? Math.max(min, Math.min(centre - k * sigma, sorted[sorted.length - 1 - inner])) : min;
  const hi = sigma > 0 ? Math.min(max, Math.max(centre + k * sigma, sorted[inner])) : max;
  const pad = (hi - lo) * 0.02 || (log ? 0.1 : Math.abs(lo) * 0.02 || 0.5);
  const range: [number, number] = [lo - pad, hi + pad];
  return log ? [10 ** range[0], 10 ** range[1]] : range;
}

/** Where a value sits against a shown range. */
export const PLACE = { inside: 0, above: 1, below: 2, notShown: 3, missing: 4 } as const;

/** Counts of values by where they sit. */
export interface PlaceCounts {
  inside: number;
  above: number;
  below: number;
  /** Non-positive values on a log scale (not drawn at all). */
  notShown: number;
  /** NaN (missing) values. */
  missing: number;
}

/**
 * Where each value sits against [lo, hi] (ends inside): inside, above,
 * below, not shown (≤ 0 on a log scale), missing (NaN); +Infinity is above
 * and -Infinity below (on a log scale, not shown).
 */
export function placeValues(values: ArrayLike<number>, [lo, hi]: readonly [number, number], scale: AxisScale): { places: Uint8Array; counts: PlaceCounts } {
  const places = new Uint8Array(values.length);
  const counts: PlaceCounts = { inside: 0, above: 0, below: 0, notShown: 0, missing: 0 };
  const names = ['inside', 'above', 'below', 'notShown', 'missing'] as const;
  const low = Math.min(lo, hi);
  const high = Math.max(lo, hi);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const place = v !== v ? PLACE.missing : scale === 'log' && !(v > 0) ? PLACE.notShown : v > high ? PLACE.above : v < low ? PLACE.below : PLACE.inside;
    places[i] = place;
    counts[names[place]]++;
  }
  return { places, counts };
}
