/** A dc filter as dc hands it over: a RangedFilter ([lo, hi] with filterType) or a key. */
type DcFilter = unknown;

/** dc's filterHandler: receives the chart's new filters, returns those it keeps. */
export type FilterHandler = (dimension: unknown, filters: DcFilter[]) => DcFilter[];

/** True when both lists hold the same members, in any order. */
export function sameMembers<T>(a: readonly T[], b: readonly T[]): boolean {
  const set = new Set(a);
  return a.length === b.length && b.every((label) => set.has(label));
}

/** A filter handler that only keeps the filters (the chart draws them; nothing else happens). */
export const keepFilters: FilterHandler = (_dimension, filters) => filters;

/**
 * Runs `apply`, which makes a dc chart show the store's filter, with the
 * chart's handler switched to `keepFilters` so that following the store does
 * not write back into it; `handler` is restored afterwards, even on a throw.
 */
export function syncQuietly(chart: { filterHandler(handler: FilterHandler): unknown }, handler: FilterHandler, apply: () => void): void {
  chart.filterHandler(keepFilters);
  try {
    apply();
  } finally {
    chart.filterHandler(handler);
  }
}
