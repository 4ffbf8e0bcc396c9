import { finiteSorted } from './finite-sorted';
import { medianOfSorted } from './median';

/** Factor turning a MAD into a standard deviation for normally distributed values (1 / Φ⁻¹(3/4)). */
export const MAD_TO_SIGMA = 1.4826;

/**
 * Median absolute deviation from the median of the finite values (raw, not
 * scaled): median(|x − median(x)|). NaN when there is no finite value; 0 when
 * more than half of the values are equal.
 */
export function mad(values: ArrayLike<number>): number {
  const sorted = finiteSorted(values);
  return madOfSorted(sorted, medianOfSorted(sorted));
}

/**
 * MAD of sorted finite values around their median `centre`, in O(n) without
 * a second sort: the deviations left of the centre grow leftwards and those
 * right of it grow rightwards, so two cursors walking outwards meet the
 * deviations in increasing order.
 */
export function madOfSorted(sorted: ArrayLike<number>, centre: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  let right = lowerBound(sorted, centre);
  let left = right - 1;
  const want = n >> 1; // 0-based rank of the (upper) middle deviation
  let previous = NaN;
  for (let rank = 0; rank <= want; rank++) {
    const dl = left >= 0 ? centre - sorted[left] : Infinity;
    const dr = right < n ? sorted[right] - centre : Infinity;
    const d = dl <= dr ? dl : dr;
    if (dl <= dr) left--;
    else right++;
    if (rank === want) return n % 2 === 1 ? d : (previous + d) / 2;
    previous = d;
  }
  return NaN; // not reached: want < n
}

/** First index whose value is >= x in a sorted array. */
function lowerBound(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
