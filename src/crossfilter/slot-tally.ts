import type { GroupAllSource } from './selection-mask';

/**
 * Runs per slot (a histogram's bin, a row chart's category code) passing
 * `source`'s filters, kept current by crossfilter: its groupAll reducer is
 * called only for rows entering or leaving, so a brush step costs what it
 * changes. Given a dimension, the tally ignores that dimension's own filter.
 */
export interface SlotTally {
  counts: Uint32Array;
  /** Detaches the tally from crossfilter (its counts stop following the filters). */
  dispose(): void;
}

/** Tallies `slots` (row → slot < `size`) over the rows passing `source`'s filters (a dimension: all but its own). */
export function tallySlots(source: GroupAllSource, slots: Uint32Array, size: number): SlotTally {
  const counts = new Uint32Array(size);
  const group = source
    .groupAll<number>()
    .reduce(
      (total, row) => {
        counts[slots[row]]++;
        return total + 1;
      },
      (total, row) => {
        counts[slots[row]]--;
        return total - 1;
      },
      () => {
        counts.fill(0);
        return 0;
      },
    );
  group.value();
  return { counts, dispose: () => void group.dispose() };
}

/** Rows per slot below `size` over every row, with no filter (slots ≥ `size`, a histogram's runs without a bin, are left out). */
export function slotTotals(slots: Uint32Array, size: number): Uint32Array {
  const totals = new Uint32Array(size);
  for (const slot of slots) if (slot < size) totals[slot]++;
  return totals;
}
