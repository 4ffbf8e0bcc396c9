import type { ConditionRow } from './conditions';
import type { Rng } from './prng';

/** The CSV column of L0b trigger counts (CTP scalers), below 10^7 but for a few wrapped ones. */
export const SCALER_COLUMN = 'l0bCounts';
/** How many runs get a counter that went round 2^32. */
export const WRAPPED_RUNS = 3;
const MAX_COUNT = 9_999_999;

/** A count written as 2^32 + count, as a 32-bit scaler difference gone round would leave it. */
export interface WrappedCount {
  run: number;
  value: number;
}

/**
 * L0b counts per run (duration × a rate of 5–200 Hz, at most 9,999,999) for
 * the run-condition rows, from their own random stream so no other column
 * changes; WRAPPED_RUNS runs with a count below 2^20 get 2^32 + count.
 */
export function addScalerCounts(rows: readonly ConditionRow[], rng: Rng): { rows: ConditionRow[]; wrapped: WrappedCount[] } {
  const counts = rows.map((r) => Math.min(MAX_COUNT, Math.round(r.duration * rng.uniform(5, 200))));
  const small = counts.flatMap((c, i) => (c < 2 ** 20 ? [i] : []));
  const chosen = new Set<number>();
  while (chosen.size < Math.min(WRAPPED_RUNS, small.length)) chosen.add(small[rng.int(0, small.length - 1)]);
  const wrapped = [...chosen].sort((a, b) => a - b).map((i) => ({ run: rows[i].run, value: 2 ** 32 + counts[i] }));
  const byRun = new Map(wrapped.map((w) => [w.run, w.value]));
  return { rows: rows.map((r, i) => ({ ...r, l0bCounts: byRun.get(r.run) ?? counts[i] })), wrapped };
}
