import type { ColumnValues } from '../table/column';

/** Value at row i, with missing as null (NaN → null) and numbers as written. */
export function valueAt(values: ColumnValues, i: number): number | bigint | string | null {
  const v = values.data[i];
  return typeof v === 'number' && Number.isNaN(v) ? null : v;
}

/** True when rows i and j hold the same value (missing equals missing). */
export function sameValue(values: ColumnValues, i: number, j: number): boolean {
  return Object.is(valueAt(values, i), valueAt(values, j));
}

/** New values holding the rows at `rows`, in that order; -1 gives missing. */
export function pickRows(values: ColumnValues, rows: ArrayLike<number>): ColumnValues {
  const n = rows.length;
  if (values.kind === 'real' || values.kind === 'integer') {
    const data = new Float64Array(n);
    for (let k = 0; k < n; k++) data[k] = rows[k] < 0 ? NaN : values.data[rows[k]];
    return { kind: values.kind, data };
  }
  const data = Array.from({ length: n }, (_, k) => (rows[k] < 0 ? null : values.data[rows[k]]));
  return { kind: values.kind, data } as ColumnValues;
}
