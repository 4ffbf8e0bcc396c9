import { hasSource } from './membership';
import type { Rng } from './prng';
import type { TrendColumn } from './trend-column';

/** Share of floating-point trending values left missing (NaN), per value. */
export const MISSING_RATE = 0.015;

/** How many values of one column were made missing, counted over the runs in its source. */
export interface MissingCount {
  source: string;
  column: string;
  count: number;
}

/**
 * Copies of the columns with about `rate` of their values (of runs present in
 * the column's source) set to NaN, as a QA job that failed for one variable
 * would leave them; also returns how many per column.
 */
export function injectMissing(
  columns: readonly TrendColumn[], masks: Uint8Array, rng: Rng, rate = MISSING_RATE,
): { columns: TrendColumn[]; missing: MissingCount[] } {
  const missing: MissingCount[] = [];
  const out = columns.map(({ cell, values }) => {
    const source = cell.variable.source;
    const copy = values.slice();
    let count = 0;
    for (let i = 0; i < copy.length; i++) {
      if (!rng.chance(rate) || !hasSource(masks[i], source)) continue;
      copy[i] = NaN;
      count += 1;
    }
    missing.push({ source, column: cell.name, count });
    return { cell, values: copy };
  });
  return { columns: out, missing };
}
