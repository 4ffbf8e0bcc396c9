/**
 * Integer limits shared by the build: which integers a double holds exactly,
 * and which fit SQLite's signed 64-bit INTEGER.
 */

/** Integers with |v| ≤ 2^53 are exact as doubles (in the browser's typed columns). */
export const EXACT_DOUBLE_LIMIT = 2n ** 53n;

/** The signed 64-bit range SQLite stores as INTEGER. */
export const INT64_MIN = -(2n ** 63n);
export const INT64_MAX = 2n ** 63n - 1n;

/** True when a double holds `v` exactly (|v| ≤ 2^53). */
export function isExactAsDouble(v: bigint): boolean {
  return v <= EXACT_DOUBLE_LIMIT && v >= -EXACT_DOUBLE_LIMIT;
}

/** True when `v` fits a signed 64-bit integer. */
export function fitsInt64(v: bigint): boolean {
  return v >= INT64_MIN && v <= INT64_MAX;
}
