import type { ColumnMeta } from '../contract/data-contract';
import type { CrossfilterModel } from '../crossfilter/crossfilter-model';
import type { FilterStore } from '../state/filter-store';

/** What every chart receives: the store to write filters to, the model to read from, column metadata. */
export interface ChartContext {
  store: FilterStore;
  model: CrossfilterModel;
  columns: ReadonlyMap<string, ColumnMeta>;
}

/** A drawn chart: redraw() reads the model and the store; dispose() removes listeners. */
export interface ChartView {
  id: string;
  redraw(): void;
  dispose(): void;
}

/** Text for a run range filter, e.g. `runs 285012–290221`. */
export function runRangeText(lo: number, hi: number): string {
  return `runs ${lo}–${hi}`;
}

/** Text for a numeric range filter with 4 significant digits. */
export function rangeText(lo: number, hi: number): string {
  return `${Number(lo.toPrecision(4))} – ${Number(hi.toPrecision(4))}`;
}
