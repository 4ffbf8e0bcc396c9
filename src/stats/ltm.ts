import { finiteSorted } from './finite-sorted';
import { ltmConsistency } from './ltm-consistency';

/** Result of the least-trimmed mean over a fraction of the values. */
export interface LtmResult {
  /** Finite values the estimate saw. */
  n: number;
  /** Values in the chosen window, h. */
  kept: number;
  /** Index in the sorted finite values of the window's first value (-1 when n = 0). */
  first: number;
  /** Mean of the window. */
  mean: number;
  /** RMS of the window, sqrt(Σ(x − mean)² / (h − 1)); NaN when h < 2. */
  rms: number;
  /** rms × ltmConsistency(h / n): the normal-equivalent σ. NaN when h < 2. */
  sigma: number;
}

/**
 * ALICE least-trimmed mean and RMS (as TStatToolkit::EvaluateUni): among the
 * contiguous windows of h sorted finite values, the one with the smallest
 * variance; its mean and RMS. h = ⌈fraction·n⌉, at least ⌊n/2⌋ + 1 and at
 * most n. Equal variances: the lowest window wins. `fraction` ∈ [0.5, 1].
 */
export function ltm(values: ArrayLike<number>, fraction: number): LtmResult {
  return ltmOfSorted(finiteSorted(values), fraction);
}

/** ltm over values already sorted ascending and finite. */
export function ltmOfSorted(sorted: ArrayLike<number>, fraction: number): LtmResult {
  if (!(fraction >= 0.5 && fraction <= 1)) throw new RangeError(`ltm: fraction must be in [0.5, 1], got ${fraction}`);
  const n = sorted.length;
  if (n === 0) return { n: 0, kept: 0, first: -1, mean: NaN, rms: NaN, sigma: NaN };
  const h = Math.min(n, Math.max((n >> 1) + 1, Math.ceil(fraction * n - 1e-9)));
  const first = bestWindow(sorted, h);
  let sum = 0;
  for (let i = first; i < first + h; i++) sum += sorted[i];
  const mean = sum / h;
  let squares = 0;
  for (let i = first; i < first + h; i++) squares += (sorted[i] - mean) * (sorted[i] - mean);
  const rms = h < 2 ? NaN : Math.sqrt(squares / (h - 1));
  return { n, kept: h, first, mean, rms, sigma: rms * ltmConsistency(h / n) };
}

/**
 * Start of the window of h values with the smallest sum of squared
 * deviations. Every window contains index p = n − h (h > n/2), so window sums
 * are built from sums running outwards from p: a window's sum never includes
 * a value outside it, and one extreme value cannot swamp the others' sums.
 */
function bestWindow(sorted: ArrayLike<number>, h: number): number {
  const n = sorted.length;
  const p = n - h;
  if (p === 0) return 0;
  const shift = sorted[p];
  // left1[i] = Σ y_j for j in [i, p); right1[k] = Σ y_j for j in [p, p + k]; y = value − shift (…2: of y²)
  const left1 = new Float64Array(p + 1);
  const left2 = new Float64Array(p + 1);
  for (let i = p - 1; i >= 0; i--) {
    const y = sorted[i] - shift;
    left1[i] = left1[i + 1] + y;
    left2[i] = left2[i + 1] + y * y;
  }
  const right1 = new Float64Array(n - p);
  const right2 = new Float64Array(n - p);
  let s1 = 0;
  let s2 = 0;
  for (let j = p; j < n; j++) {
    const y = sorted[j] - shift;
    s1 += y;
    s2 += y * y;
    right1[j - p] = s1;
    right2[j - p] = s2;
  }
  let best = 0;
  let bestSs = Infinity;
  for (let i = 0; i <= p; i++) {
    const last = i + h - 1 - p;
    const w1 = left1[i] + right1[last];
    const w2 = left2[i] + right2[last];
    const ss = Math.max(0, w2 - (w1 * w1) / h);
    if (ss < bestSs * (1 - 1e-12)) {
      bestSs = ss;
      best = i;
    }
  }
  return best;
}
