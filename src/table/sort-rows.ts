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
    return order.sort((a, b) => {
      const x = v[a];
      const y = v[b];
      const mx = Number.isNaN(x);
      const my = Number.isNaN(y);
      if (mx || my) return mx === my ? a - b : mx ? 1 : -1;
      return x === y ? a - b : x < y ? -sign : sign;
    });
  }
  const v = key.values;
  return order.sort((a, b) => {
    const x = v[a];
    const y = v[b];
    if (x === null || y === null) return x === y ? a - b : x === null ? 1 : -1;
    return x === y ? a - b : x < y ? -sign : sign;
  });
}

/** The rows of `order` that `isIn` accepts, in that order. */
export function keepRows(order: Uint32Array, isIn: (row: number) => boolean): Uint32Array {
  const out = new Uint32Array(order.length);
  let n = 0;
  for (let i = 0; i < order.length; i++) if (isIn(order[i])) out[n++] = order[i];
  return out.subarray(0, n);
}
