import type { FilterStore } from '../state/filter-store';

/** A dc filter as dc hands it over: a RangedFilter ([lo, hi] with filterType) or a key. */
type DcFilter = unknown;

/**
 * A dc filterHandler that writes the chart's filters into the store instead of
 * the crossfilter dimension (the store drives crossfilter). Returns the filters
 * so dc keeps drawing its selection.
 */
export function storeFilterHandler(store: FilterStore, chart: string, column: string, kind: 'range' | 'in') {
  return (_dimension: unknown, filters: DcFilter[]): DcFilter[] => {
    if (filters.length === 0) store.clear(chart);
    else if (kind === 'range') {
      const range = filters[0] as [number, number];
      store.set({ chart, column, kind: 'range', lo: Number(range[0]), hi: Number(range[1]) });
    } else store.set({ chart, column, kind: 'in', values: filters.map(String) });
    return filters;
  };
}

/** True when both lists hold the same labels, in any order. */
export function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return a.length === b.length && b.every((label) => set.has(label));
}
