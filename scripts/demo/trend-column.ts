import type { TrendCell } from './trends';

/** A trending column's values, one per planned run (NaN = missing). */
export interface TrendColumn {
  cell: TrendCell;
  values: Float64Array;
}
