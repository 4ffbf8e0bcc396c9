import type crossfilter from 'crossfilter2';

/** Which rows pass every filter, kept up to date by crossfilter as filters change. */
export interface SelectionMask {
  /** Rows passing every filter. */
  count(): number;
  /** True when `row` passes every filter. */
  isSelected(row: number): boolean;
  /**
   * The same as an array: 1 where the row passes, else 0; crossfilter keeps
   * it current. For loops over every row (a canvas of 300,000 points reads
   * it without a call per row); read it, never write it.
   */
  flags: Uint8Array;
  /** Changes whenever a row enters or leaves the selection (a drawing of `flags` is current while it stays). */
  version(): number;
}

/** A crossfilter (every filter) or one of its dimensions (every filter but that dimension's own). */
export interface GroupAllSource {
  groupAll<TGroupValue>(): crossfilter.GroupAll<number, TGroupValue>;
}

/**
 * Tracks the selection of a crossfilter over row indexes with a groupAll
 * reducer: crossfilter calls it only for rows entering or leaving the
 * selection, so reading a row is one array lookup instead of a per-call
 * filter-mask check. Given a dimension, the mask ignores that dimension's own
 * filter (a dimension's groups do), as a chart's own brush must not dim it.
 */
export function trackSelection(source: GroupAllSource, size: number): SelectionMask {
  const mask = new Uint8Array(size);
  let version = 0;
  const group = source.groupAll<number>().reduce(
    (count, row) => {
      mask[row] = 1;
      version++;
      return count + 1;
    },
    (count, row) => {
      mask[row] = 0;
      version++;
      return count - 1;
    },
    () => {
      mask.fill(0);
      version++;
      return 0;
    },
  );
  // Computes the mask now; from then on crossfilter updates it eagerly on every filter change.
  group.value();
  return {
    count: () => group.value(),
    isSelected: (row) => mask[row] === 1,
    flags: mask,
    version: () => version,
  };
}
