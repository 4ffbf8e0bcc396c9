import type { SortDirection } from '../state/ui-store';

/** What a table column sorts by: numbers (NaN = missing), text (null = missing), or a rank such as a status code. */
export type SortKey = { kind: 'number'; values: Float64Array | Uint8Array | Uint32Array } | { kind: 'text'; values: readonly (string | null)[] };

/**
 * Every row index 0 … size−1 ordered by `key` in `direction`; missing values
 * (NaN, null) last in either direction; ties keep row order (run order).
 */
export function sortRows(size: number, key: SortKey, direction: SortDirection): Uint32Array {
  const order = new Uint32Array(size);
  for (let i = 0; i < size; i++) order[i] = i;
  const sign = direction === 'asc' ? 1 : -1;
  if (key.kind === 'number') {
    const v = key.values;
    // Runs come ordered by run number: sorting by run (or any column already in order) needs no sort.
    const trend = monotony(v, size);
    if (trend !== 'none') {
      if ((trend === 'up' || trend === 'rising') === (direction === 'asc')) return order;
      if (trend === 'rising' || trend === 'falling') return order.reverse();
    }
    return order.sort(numberOrder(v, sign));
  }
  const v = key.values;
  return order.sort((a, b) => {
    const x = v[a];
    const y = v[b];
    if (x === null || y === null) return x === y ? a - b : x === null ? 1 : -1;
    return x === y ? a - b : x < y ? -sign : sign;
  });
}

/**
 * How the first `size` of `values` run in row order: strictly rising or falling, non-decreasing
 * ('up') or non-increasing ('down') with ties, or 'none' (unordered, or a
 * NaN anywhere). All equal counts as 'up'.
 */
function monotony(values: ArrayLike<number>, size: number): 'rising' | 'falling' | 'up' | 'down' | 'none' {
  let rises = false;
  let falls = false;
  let ties = false;
  for (let i = 0; i < size; i++) {
    const x = values[i];
    if (x !== x) return 'none';
    if (i === 0) continue;
    const previous = values[i - 1];
    if (x > previous) rises = true;
    else if (x < previous) falls = true;
    else ties = true;
    if (rises && falls) return 'none';
  }
  if (falls) return ties ? 'down' : 'falling';
  if (rises && !ties) return 'rising';
  return 'up';
}

function numberOrder(v: ArrayLike<number>, sign: number): (a: number, b: number) => number {
  return (a, b) => {
    const x = v[a];
    const y = v[b];
    const mx = Number.isNaN(x);
    const my = Number.isNaN(y);
    if (mx || my) return mx === my ? a - b : mx ? 1 : -1;
    return x === y ? a - b : x < y ? -sign : sign;
  };
}

/** The rows of `order` that `isIn` accepts, in that order. */
export function keepRows(order: Uint32Array, isIn: (row: number) => boolean): Uint32Array {
  const out = new Uint32Array(order.length);
  let n = 0;
  for (let i = 0; i < order.length; i++) if (isIn(order[i])) out[n++] = order[i];
  return out.subarray(0, n);
}
