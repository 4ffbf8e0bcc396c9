import { finiteSorted } from './finite-sorted';
import { ltmOfSorted } from './ltm';
import { MAD_TO_SIGMA, madOfSorted } from './mad';
import { medianOfSorted } from './median';

/** How a reference centre and σ are estimated. */
export type BandMethod = { kind: 'median-mad' } | { kind: 'ltm'; fraction: number };

/** Default trimming fraction of the ALICE least-trimmed mean. */
export const LTM_FRACTION = 0.8;

/** A reference centre and spread: what nsigma divides by, and what charts draw as bands. */
export interface RobustBand {
  method: BandMethod;
  /** Median (median-mad) or least-trimmed mean (ltm); NaN when n = 0. */
  centre: number;
  /** 1.4826·MAD or the LTM's normal-equivalent σ; NaN when n < 2, 0 when the values leave no spread. */
  sigma: number;
  /** Finite values used. */
  n: number;
}

/**
 * Centre and σ of the finite values (NaN and ±Infinity skipped) by `method`.
 * With one value the centre is that value and σ is NaN (a spread cannot be
 * estimated from one run); with none both are NaN.
 */
export function robustBand(values: ArrayLike<number>, method: BandMethod): RobustBand {
  return robustBandOfSorted(finiteSorted(values), method);
}

/** robustBand over values already sorted ascending and finite. */
export function robustBandOfSorted(sorted: ArrayLike<number>, method: BandMethod): RobustBand {
  const n = sorted.length;
  if (method.kind === 'ltm') {
    const { mean, sigma } = ltmOfSorted(sorted, method.fraction);
    return { method, centre: mean, sigma: n < 2 ? NaN : sigma, n };
  }
  const centre = medianOfSorted(sorted);
  const sigma = n < 2 ? NaN : MAD_TO_SIGMA * madOfSorted(sorted, centre);
  return { method, centre, sigma, n };
}
