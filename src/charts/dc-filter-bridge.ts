import type { FilterStore } from '../state/filter-store';

/** A dc filter as dc hands it over: a RangedFilter ([lo, hi] with filterType) or a key. */
type DcFilter = unknown;

/** dc's filterHandler: receives the chart's new filters, returns those it keeps. */
export type FilterHandler = (dimension: unknown, filters: DcFilter[]) => DcFilter[];

/**
 * A dc filterHandler that writes the chart's filters into the store instead of
 * the crossfilter dimension (the store drives crossfilter). Returns the filters
 * so dc keeps drawing its selection. A range is closed when `isClosedAt(hi)`
 * (default: always; a histogram closes it only at its top edge).
 */
export function storeFilterHandler(
  store: FilterStore,
  chart: string,
  column: string,
  kind: 'range' | 'in',
  isClosedAt: (hi: number) => boolean = () => true,
): FilterHandler {
  return (_dimension, filters) => {
    if (filters.length === 0) store.clear(chart);
    else if (kind === 'range') {
      const [lo, hi] = (filters[0] as [number, number]).map(Number);
      store.set({ chart, column, kind: 'range', lo, hi, closed: isClosedAt(hi) });
    } else store.set({ chart, column, kind: 'in', values: filters.map(String) });
    return filters;
  };
}

/** True when both lists hold the same labels, in any order. */
export function sameMembers(a: readonly string[], b: readonly string[]): boolean {
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
