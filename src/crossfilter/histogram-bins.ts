import { robustRange } from '../stats/robust-range';

/** How bin edges are spaced: equally (`linear`) or equally in log10 (`log`, positive values only). */
export type BinScale = 'linear' | 'log';

/**
 * Binning of a numeric column into `bins` bins over [lo, hi]. Bin i holds
 * edges[i] ≤ v < edges[i+1]; the last bin also holds its top edge. Values
 * outside [lo, hi] have no bin (they are counted below or above the range).
 * Linear edges are short decimals (one digit finer than the bin width) when
 * such decimals can be told apart, so the edges a chart prints are the edges
 * it bins by; when they cannot (a range like [0, 5e-324]), the edges are the
 * distinct doubles of an even split, and a bin count can be smaller than asked.
 */
export interface Binning {
  scale: BinScale;
  /** edges[0]. */
  lo: number;
  /** edges[bins]. */
  hi: number;
  /** Mean bin width, hi/bins − lo/bins (finite even for a range spanning ±1e308). */
  width: number;
  bins: number;
  /** bins + 1 strictly increasing finite edges. */
  edges: Float64Array;
  /** Decimals the edges need (0 for whole numbers and coarser, and for log edges). */
  digits: number;
}

/** How a histogram chooses its range (see the histogram kind's `domain`, `scale`, `robustK`). */
export interface BinningOptions {
  bins: number;
  scale: BinScale;
  /** A fixed range, used as given (ordered); for `log`, it must be positive, else the robust range is used. */
  domain?: readonly [number, number];
  /** Width of the robust range in robust σ (see robustRange); Infinity spans every finite (positive, for log) value. */
  robustK: number;
}

/** Binning over every finite value of `values` (NaN and ±Infinity ignored); a span around a single value, [0, 1] for none. */
export function binningOf(values: Float64Array, bins: number): Binning {
  return binningFor(values, { bins, scale: 'linear', robustK: Infinity });
}

/**
 * Binning of `values` as the options say: over `domain` when given, else over
 * the robust range of the finite values (of their log10 for `log`, positive
 * values only).
 */
export function binningFor(values: Float64Array, { bins, scale, domain, robustK }: BinningOptions): Binning {
  if (scale === 'log') {
    const fixed = domain && domain[0] > 0 && domain[1] > 0 ? ordered(domain) : undefined;
    const range = fixed ?? logRange(values, robustK);
    return range ? logBinningOver(range[0], range[1], bins) : logBinningOver(1, 10, bins);
  }
  const range = domain ? ordered(domain) : robustK === Infinity ? extent(values) : robustRange(values, robustK);
  if (!range) return binningOver(0, 1, bins);
  if (range[0] === range[1]) return binningOver(...widen(range[0]), bins);
  return binningOver(range[0], range[1], bins);
}

/** `bins` bins covering [min, max] (min < max), edges rounded to one decimal digit below the bin width's leading digit. */
export function binningOver(min: number, max: number, bins: number): Binning {
  const step = max / bins - min / bins;
  const exponent = Math.floor(Math.log10(step)) - 1;
  const rounded = Math.abs(exponent) < 300 ? roundedEdges(min, max, bins, exponent) : undefined;
  if (rounded && isIncreasing(rounded) && rounded[0] <= min && rounded[bins] >= max) return binningFrom('linear', rounded, Math.max(0, -exponent));
  return binningFrom('linear', distinctEdges(Array.from({ length: bins + 1 }, (_, i) => lerp(min, max, i / bins))), 0);
}

/** `bins` bins equal in log10 covering [min, max] (0 < min ≤ max), inner edges rounded to 3 significant digits. */
export function logBinningOver(min: number, max: number, bins: number): Binning {
  let [l0, l1] = [Math.log10(min), Math.log10(max)];
  if (l0 === l1) [l0, l1] = [l0 - 0.5, l1 + 0.5];
  const edges = Array.from({ length: bins + 1 }, (_, i) => {
    const exact = 10 ** lerp(l0, l1, i / bins);
    const short = Number(exact.toPrecision(3));
    return Number.isFinite(short) ? short : exact;
  });
  edges[0] = Math.min(edges[0], min === max ? edges[0] : min);
  edges[bins] = Math.max(edges[bins], min === max ? edges[bins] : max);
  return binningFrom('log', distinctEdges(edges), 0);
}

/** Index of the bin holding `value`, -1 for NaN, ±Infinity and values outside [lo, hi]. */
export function binIndex(binning: Binning, value: number): number {
  const { edges, bins } = binning;
  if (!(value >= binning.lo && value <= binning.hi) || !Number.isFinite(value)) return -1;
  // The last edge at or below value (the top edge belongs to the last bin).
  let lo = 0;
  let hi = bins - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (edges[mid] <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Position of `value` along the bins: i at edges[i], linear between edges
 * (in log10 for log bins), clamped to [0, bins]. A chart draws and brushes
 * in these units, which stay finite whatever the values' magnitude.
 */
export function binPosition(binning: Binning, value: number): number {
  const { edges, bins } = binning;
  if (!(value > binning.lo)) return 0;
  if (!(value < binning.hi)) return bins;
  const i = binIndex(binning, value);
  const [a, b] = [edges[i], edges[i + 1]];
  const fraction = binning.scale === 'log' ? Math.log(value / a) / Math.log(b / a) : (value / 2 - a / 2) / (b / 2 - a / 2);
  return i + Math.min(1, Math.max(0, fraction));
}

function binningFrom(scale: BinScale, edges: Float64Array, digits: number): Binning {
  const bins = edges.length - 1;
  const [lo, hi] = [edges[0], edges[bins]];
  return { scale, lo, hi, width: hi / bins - lo / bins, bins, edges, digits };
}

function roundedEdges(min: number, max: number, bins: number, exponent: number): Float64Array {
  const edges = new Float64Array(bins + 1);
  for (let i = 1; i < bins; i++) edges[i] = toDecimal(lerp(min, max, i / bins), exponent, Math.round);
  edges[0] = toDecimal(min, exponent, Math.floor);
  if (edges[0] > min) edges[0] = toDecimal(edges[0] - 10 ** exponent, exponent, Math.round);
  edges[bins] = toDecimal(max, exponent, Math.ceil);
  if (edges[bins] < max) edges[bins] = toDecimal(edges[bins] + 10 ** exponent, exponent, Math.round);
  return edges;
}

/** `x` rounded by `round` to a multiple of 10^exponent, as the double nearest that decimal. */
function toDecimal(x: number, exponent: number, round: (x: number) => number): number {
  return exponent < 0 ? round(x * 10 ** -exponent) / 10 ** -exponent : round(x / 10 ** exponent) * 10 ** exponent;
}

/** a + t·(b − a) without forming b − a (which overflows for a range spanning ±1e308). */
function lerp(a: number, b: number, t: number): number {
  return t === 1 ? b : a * (1 - t) + b * t;
}

function isIncreasing(edges: Float64Array): boolean {
  for (let i = 0; i < edges.length; i++) if (!Number.isFinite(edges[i]) || (i > 0 && !(edges[i] > edges[i - 1]))) return false;
  return true;
}

/** The strictly increasing edges among `edges` (already in order), at least two. */
function distinctEdges(edges: number[]): Float64Array {
  const kept = edges.filter((edge, i) => i === 0 || edge > edges[i - 1]);
  return Float64Array.from(kept.length > 1 ? kept : [edges[0], edges[0] + 1]);
}

function ordered([a, b]: readonly [number, number]): [number, number] {
  return a <= b ? [a, b] : [b, a];
}

/** A range around a single value: ±0.5, or ±2^-40 of the value when that is wider (1e308 ± 0.5 is 1e308). */
function widen(v: number): [number, number] {
  const d = Math.max(0.5, Math.abs(v) * 2 ** -40);
  const lo = v - d;
  const hi = v + d;
  return [Number.isFinite(lo) ? lo : v, Number.isFinite(hi) ? hi : v];
}

function extent(values: Float64Array): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (Number.isFinite(v)) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  return lo > hi ? null : [lo, hi];
}

/** The robust range of the positive finite values, taken over their log10. */
function logRange(values: Float64Array, k: number): [number, number] | null {
  const logs = Float64Array.from(values.filter((v) => v > 0 && Number.isFinite(v)), Math.log10);
  const range = k === Infinity ? extent(logs) : robustRange(logs, k);
  if (!range) return null;
  // Back from log10, widened to the values themselves (10 ** log10(v) can miss v by an ulp).
  const inside = values.filter((v) => v > 0 && Number.isFinite(v) && Math.log10(v) >= range[0] && Math.log10(v) <= range[1]);
  return extent(inside);
}
