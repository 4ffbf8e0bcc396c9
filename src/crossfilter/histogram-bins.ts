/**
 * Binning of a numeric column over its finite range into `bins` bins whose
 * edges are short decimals (one digit finer than the bin width), so the edges
 * a chart prints are the edges it bins by. Bin i holds edges[i] ≤ v < edges[i+1];
 * the last bin also holds its top edge.
 */
export interface Binning {
  /** edges[0]: at or below the smallest finite value. */
  lo: number;
  /** edges[bins]: at or above the largest finite value. */
  hi: number;
  /** Mean bin width, (hi - lo) / bins. */
  width: number;
  bins: number;
  /** bins + 1 increasing edges. */
  edges: Float64Array;
  /** Decimals the edges need (0 for whole numbers and coarser). */
  digits: number;
}

/** Binning over the finite values of `values` (NaN and ±Infinity ignored); a span of 1 around a single value, [0, 1] for none. */
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
  if (lo > hi) return binningOver(0, 1, bins);
  if (lo === hi) return binningOver(lo - 0.5, hi + 0.5, bins);
  return binningOver(lo, hi, bins);
}

/** `bins` bins covering [min, max], edges rounded to one decimal digit below the bin width's leading digit. */
export function binningOver(min: number, max: number, bins: number): Binning {
  const exponent = Math.floor(Math.log10((max - min) / bins)) - 1;
  const edges = new Float64Array(bins + 1);
  const step = (max - min) / bins;
  for (let i = 1; i < bins; i++) edges[i] = toDecimal(min + i * step, exponent, Math.round);
  edges[0] = toDecimal(min, exponent, Math.floor);
  if (edges[0] > min) edges[0] = toDecimal(edges[0] - 10 ** exponent, exponent, Math.round);
  edges[bins] = toDecimal(max, exponent, Math.ceil);
  if (edges[bins] < max) edges[bins] = toDecimal(edges[bins] + 10 ** exponent, exponent, Math.round);
  return { lo: edges[0], hi: edges[bins], width: (edges[bins] - edges[0]) / bins, bins, edges, digits: Math.max(0, -exponent) };
}

/** Index of the bin holding finite `value` (clamped to the first and last bin), -1 for NaN and ±Infinity. */
export function binIndex(binning: Binning, value: number): number {
  if (!Number.isFinite(value)) return -1;
  const { edges, bins } = binning;
  let index = Math.min(bins - 1, Math.max(0, Math.floor((value - binning.lo) / binning.width)));
  while (index > 0 && value < edges[index]) index--;
  while (index < bins - 1 && value >= edges[index + 1]) index++;
  return index;
}

/** Left edge of the bin holding `value`; non-finite values pass through (they are keys of their own). */
export function binKey(binning: Binning, value: number): number {
  const index = binIndex(binning, value);
  return index < 0 ? value : binning.edges[index];
}

/** `x` rounded by `round` to a multiple of 10^exponent, as the double nearest that decimal. */
function toDecimal(x: number, exponent: number, round: (x: number) => number): number {
  return exponent < 0 ? round(x * 10 ** -exponent) / 10 ** -exponent : round(x / 10 ** exponent) * 10 ** exponent;
}

/** Runs per bin over all of `values` (NaN and ±Infinity left out). */
export function binCounts(binning: Binning, values: Float64Array): Uint32Array {
  const counts = new Uint32Array(binning.bins);
  for (let i = 0; i < values.length; i++) {
    const index = binIndex(binning, values[i]);
    if (index >= 0) counts[index]++;
  }
  return counts;
}
