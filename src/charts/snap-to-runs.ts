/**
 * The run range a trend brush over pixels [start, end] (either order)
 * selects, in any axis mode: the lowest and highest run whose mark centre
 * (`centres[row]`, pixels; NaN = not placed) lies inside the closed span;
 * null when none does. Decided in pixels, never by inverting them, so the
 * brush drawn for a range (pixelsForRuns) gives that range back.
 */
export function snapPixelsToRuns(start: number, end: number, centres: Float64Array, runs: Float64Array): [number, number] | null {
  const left = Math.min(start, end);
  const right = Math.max(start, end);
  let lo = Infinity;
  let hi = -Infinity;
  for (let row = 0; row < centres.length; row++) {
    const c = centres[row];
    if (c >= left && c <= right) {
      if (runs[row] < lo) lo = runs[row];
      if (runs[row] > hi) hi = runs[row];
    }
  }
  return lo <= hi ? [lo, hi] : null;
}

/**
 * Brush pixels [left, right] showing the run range [lo, hi]: from the lowest
 * to the highest mark centre of the placed runs in the range, widened by up
 * to `pad` pixels on each side but never onto the centre of a run outside
 * it; null when no placed run lies in the range.
 */
export function pixelsForRuns(lo: number, hi: number, centres: Float64Array, runs: Float64Array, pad = 3): [number, number] | null {
  let left = Infinity;
  let right = -Infinity;
  for (let row = 0; row < centres.length; row++) {
    const c = centres[row];
    if (runs[row] >= lo && runs[row] <= hi && c === c) {
      if (c < left) left = c;
      if (c > right) right = c;
    }
  }
  if (!(left <= right)) return null;
  let below = -Infinity;
  let above = Infinity;
  for (let row = 0; row < centres.length; row++) {
    const c = centres[row];
    if (runs[row] >= lo && runs[row] <= hi) continue;
    if (c < left && c > below) below = c;
    if (c > right && c < above) above = c;
  }
  return [left - Math.min(pad, (left - below) / 2), right + Math.min(pad, (above - right) / 2)];
}
