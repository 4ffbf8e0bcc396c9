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
