/**
 * crossfilter sorts dimension values; NaN compares false with everything and
 * would corrupt its sorted index. Missing numbers are keyed as -Infinity
 * instead, which sorts first and never falls inside a finite range filter.
 */
export const MISSING_KEY = -Infinity;

/** Key of a stored -Infinity, so it stays apart from missing (it still sorts below every finite value). */
export const NEGATIVE_INFINITY_KEY = -Number.MAX_VALUE;

/** Dimension accessor over a typed column: NaN → MISSING_KEY, -Infinity → NEGATIVE_INFINITY_KEY. */
export function numericAccessor(values: Float64Array): (row: number) => number {
  return (row) => {
    const value = values[row];
    if (value !== value) return MISSING_KEY;
    return value === -Infinity ? NEGATIVE_INFINITY_KEY : value;
  };
}

/** True for the keys of ±Infinity values (not missing, not finite data). */
export function isInfiniteKey(key: number): boolean {
  return key === Infinity || key === NEGATIVE_INFINITY_KEY;
}

/** The smallest double above `x`, so a closed range [lo, hi] maps to crossfilter's half-open [lo, next(hi)). */
export function nextUp(x: number): number {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x === 0) return Number.MIN_VALUE;
  const buffer = new Float64Array([x]);
  const bits = new BigInt64Array(buffer.buffer);
  bits[0] += x > 0 ? 1n : -1n;
  return buffer[0];
}
