import { filters as dcFilters } from 'dc';
import type { CategoryValue } from '../data/typed-table';
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
 * Row charts use storeCategoryHandler.
 */
export function storeFilterHandler(
  store: FilterStore,
  chart: string,
  column: string,
  _kind: 'range',
  isClosedAt: (hi: number) => boolean = () => true,
): FilterHandler {
  return (_dimension, filters) => {
    if (filters.length === 0) store.clear(chart);
    else {
      const [lo, hi] = (filters[0] as [number, number]).map(Number);
      store.set({ chart, column, kind: 'range', lo, hi, closed: isClosedAt(hi) });
    }
    return filters;
  };
}

/**
 * A dc filterHandler for a histogram drawn in bin units (see binPosition):
 * dc's range [first, last] of bin positions goes to the store as the value
 * range [edges[first], edges[last]], closed when it reaches the top edge.
 */
export function storeBinRangeHandler(store: FilterStore, chart: string, column: string, edges: Float64Array): FilterHandler {
  const top = edges.length - 1;
  const edgeAt = (position: number) => Math.min(top, Math.max(0, Math.round(position)));
  return (_dimension, filters) => {
    if (filters.length === 0) store.clear(chart);
    else {
      const [first, last] = (filters[0] as [number, number]).map((position) => edgeAt(Number(position)));
      store.set({ chart, column, kind: 'range', lo: edges[first], hi: edges[last], closed: last >= top });
    }
    return filters;
  };
}

/**
 * A dc filterHandler for a row chart keyed by category codes: the store gets
 * an `in` clause of the codes' categories (`categoryOf`, null for missing),
 * never their display labels.
 */
export function storeCategoryHandler(store: FilterStore, chart: string, column: string, categoryOf: (code: number) => CategoryValue): FilterHandler {
  return (_dimension, filters) => {
    if (filters.length === 0) store.clear(chart);
    else store.set({ chart, column, kind: 'in', values: filters.map((code) => categoryOf(Number(code))) });
    return filters;
  };
}

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

/** The members of dc 4.2's coordinate-grid charts that a pixel-snapped brush uses (not in @types/dc). */
interface DcBrushing {
  _brushing(event: { selection: [number, number] | null }): void;
  _ignoreBrushEvents: boolean;
  redrawBrush(span: [number, number] | null, doTransition: boolean): void;
  applyBrushSelection(filter: unknown): void;
}

/**
 * Replaces dc's brush handling on `chart` by one that hands `snap` the
 * brush's own pixels on every brush event (start, each move, release).
 * dc inverts the pixels to values and rounds those, and on release inverts
 * the pixels it had moved the brush to, so a value that does not survive the
 * round trip moved an edge by one bin. The snapped span is drawn (the brush
 * moves to its pixels) and set as the chart's filter, null clearing both.
 */
export function snapBrushInPixels(chart: object, snap: (start: number, end: number) => [number, number] | null): void {
  const dc = chart as unknown as DcBrushing;
  // dc's brush listener calls this._brushing(event): an own property wins over the class's method.
  dc._brushing = (event) => {
    if (dc._ignoreBrushEvents) return;
    const span = event.selection && snap(event.selection[0], event.selection[1]);
    dc.redrawBrush(span, false);
    dc.applyBrushSelection(span ? dcFilters.RangedFilter(span[0], span[1]) : null);
  };
}
