import { finiteSorted } from './finite-sorted';

/** Tukey's fences: whiskers reach the most extreme values within 1.5 IQR of the quartiles. */
export const WHISKER_IQR = 1.5;

/** A box plot's numbers for one group of values. */
export interface BoxStats {
  /** Finite values counted. */
  n: number;
  q1: number;
  median: number;
  q3: number;
  /** The smallest value ≥ q1 − 1.5·IQR. */
  whiskerLo: number;
  /** The largest value ≤ q3 + 1.5·IQR. */
  whiskerHi: number;
  /** Values beyond the whiskers, ascending. */
  outliers: number[];
}

/**
 * The p-quantile of sorted finite values by linear interpolation between
 * order statistics (Hyndman & Fan type 7, R's and NumPy's default): with
 * h = (n − 1)·p, x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]). NaN for none.
 */
export function quantileOfSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const i = Math.floor(h);
  if (i >= n - 1) return sorted[n - 1];
  const [a, b] = [sorted[i], sorted[i + 1]];
  // a + t·(b − a) in halves, so values spanning ±1e308 do not overflow.
  return a === b ? a : a + (h - i) * 2 * (b / 2 - a / 2);
}

/**
 * Box-plot numbers of the finite values (NaN and ±Infinity skipped):
 * quartiles and median by quantileOfSorted, whiskers at the most extreme
 * values within 1.5·IQR of the quartiles (Tukey), the values beyond them as
 * outliers. null when there is no finite value.
 */
export function boxStats(values: ArrayLike<number>): BoxStats | null {
  const sorted = finiteSorted(values);
  const n = sorted.length;
  if (n === 0) return null;
  const q1 = quantileOfSorted(sorted, 0.25);
  const median = quantileOfSorted(sorted, 0.5);
  const q3 = quantileOfSorted(sorted, 0.75);
  const reach = WHISKER_IQR * (q3 - q1);
  const [lowFence, highFence] = [q1 - reach, q3 + reach];
  let first = 0;
  while (sorted[first] < lowFence) first++;
  let last = n - 1;
  while (sorted[last] > highFence) last--;
  const outliers = [...sorted.subarray(0, first), ...sorted.subarray(last + 1)];
  return { n, q1, median, q3, whiskerLo: sorted[first], whiskerHi: sorted[last], outliers };
}
