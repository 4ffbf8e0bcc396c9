import type { FilterStore } from '../state/filter-store';

/** A dc filter as dc hands it over: a RangedFilter ([lo, hi] with filterType) or a key. */
type DcFilter = unknown;

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
) {
  return (_dimension: unknown, filters: DcFilter[]): DcFilter[] => {
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
