import { finiteSorted } from './finite-sorted';

/**
 * Median of the finite values (NaN and ±Infinity skipped): the middle value,
 * or the mean of the two middle values for an even count. NaN when none.
 */
export function median(values: ArrayLike<number>): number {
  return medianOfSorted(finiteSorted(values));
}

/** Median of values already sorted ascending and finite (as finiteSorted returns them). */
export function medianOfSorted(sorted: ArrayLike<number>): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const mid = n >> 1;
  return n % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
