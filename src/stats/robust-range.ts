import { finiteSorted } from './finite-sorted';
import { MAD_TO_SIGMA, madOfSorted } from './mad';
import { medianOfSorted } from './median';

/** k of robustRange when a view does not say: median ± 5 robust σ keeps every run of a normal bulk (1 in 1.7 million is beyond). */
export const DEFAULT_ROBUST_K = 5;

/**
 * The range of the bulk of the finite values (NaN and ±Infinity skipped):
 * [smallest, largest] of the values within median ± k · 1.4826 · MAD, so a
 * wrapped counter (4.29e9 among values below 1e7) falls outside while the
 * ends of the bulk stay inside. When the MAD is 0 (more than half the values
 * equal) or the window is unbounded, every finite value is kept.
 * null when there is no finite value. Deviations are taken in halves, so
 * values spanning ±1e308 do not overflow.
 */
export function robustRange(values: ArrayLike<number>, k: number): [number, number] | null {
  const sorted = finiteSorted(values);
  const n = sorted.length;
  if (n === 0) return null;
  const centre = medianOfSorted(sorted);
  const sigma = MAD_TO_SIGMA * madOfSorted(sorted, centre);
  const halfWindow = (k * sigma) / 2;
  if (!(halfWindow > 0) || !Number.isFinite(halfWindow)) return [sorted[0], sorted[n - 1]];
  const inside = (v: number) => Math.abs(v / 2 - centre / 2) <= halfWindow;
  let first = 0;
  while (first < n - 1 && !inside(sorted[first])) first++;
  let last = n - 1;
  while (last > first && !inside(sorted[last])) last--;
  return [sorted[first], sorted[last]];
}
