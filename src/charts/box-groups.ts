import { boxStats, type BoxStats } from '../stats/box-stats';

/**
 * Box-plot numbers per category code: the values of the rows `keep` accepts
 * (the runs passing the other charts' filters), grouped by code; null for a
 * category with no finite value among them. One pass to group, one sort per
 * category.
 */
export function boxesByCategory(codes: ArrayLike<number>, values: Float64Array, categories: number, keep: (row: number) => boolean): (BoxStats | null)[] {
  const grouped: number[][] = Array.from({ length: categories }, () => []);
  for (let row = 0; row < values.length; row++) {
    if (keep(row) && Number.isFinite(values[row])) grouped[codes[row]].push(values[row]);
  }
  return grouped.map((group) => boxStats(group));
}

/**
 * The value range a box chart's axis spans: from the lowest to the highest
 * whisker or outlier of any box (all runs, so the axis stays put while
 * filtering); [0, 1] when no box has a value, ±0.5 around a single value.
 */
export function boxDomain(boxes: readonly (BoxStats | null)[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const box of boxes) {
    if (!box) continue;
    lo = Math.min(lo, box.whiskerLo, ...box.outliers);
    hi = Math.max(hi, box.whiskerHi, ...box.outliers);
  }
  if (lo > hi) return [0, 1];
  return lo === hi ? [lo - 0.5, hi + 0.5] : [lo, hi];
}
