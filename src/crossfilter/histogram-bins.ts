/** Equal-width binning of a numeric column over its finite range. */
export interface Binning {
  lo: number;
  hi: number;
  width: number;
  bins: number;
}

/** Binning over the finite values of `values` (NaN and ±Infinity ignored); width 1 when all equal or none. */
export function binningOf(values: Float64Array, bins: number): Binning {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isFinite(v)) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  if (lo > hi) return { lo: 0, hi: 1, width: 1 / bins, bins };
  if (lo === hi) return { lo: lo - 0.5, hi: hi + 0.5, width: 1 / bins, bins };
  return { lo, hi, width: (hi - lo) / bins, bins };
}

/** Left edge of the bin holding `value` (the top edge belongs to the last bin); non-finite values pass through. */
export function binKey(binning: Binning, value: number): number {
  if (!Number.isFinite(value)) return value;
  const index = Math.min(binning.bins - 1, Math.max(0, Math.floor((value - binning.lo) / binning.width)));
  return binning.lo + index * binning.width;
}
