import type { ColumnMeta } from '../contract/data-contract';
import type { CrossfilterModel } from '../crossfilter/crossfilter-model';
import type { FilterStore } from '../state/filter-store';
import type { QaChartContext } from './qa-context';

/** What every chart receives: the store to write filters to, the model to read from, column metadata. */
export interface ChartContext {
  store: FilterStore;
  model: CrossfilterModel;
  columns: ReadonlyMap<string, ColumnMeta>;
  /** Run statuses and reference bands, when the view has flag rules (charts draw without them otherwise). */
  qa?: QaChartContext;
}

/** A drawn chart: redraw() reads the model and the store; dispose() removes listeners. */
export interface ChartView {
  id: string;
  redraw(): void;
  dispose(): void;
}
