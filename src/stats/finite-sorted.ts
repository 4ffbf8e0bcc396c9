import { sortFinite } from './sort-finite';

/**
 * The finite values of `values` (NaN and ±Infinity left out), sorted
 * ascending, in a new array. With `rows`, only those indexes are read (a
 * reference set); an index outside `values` is a programmer error.
 */
export function finiteSorted(values: ArrayLike<number>, rows?: ArrayLike<number>): Float64Array {
  const count = rows ? rows.length : values.length;
  const out = new Float64Array(count);
  let n = 0;
  for (let k = 0; k < count; k++) {
    const v = values[rows ? rows[k] : k];
    if (Number.isFinite(v)) out[n++] = v;
  }
  return sortFinite(out.subarray(0, n));
}
