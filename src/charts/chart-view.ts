import type { ColumnMeta } from '../contract/data-contract';
import type { CrossfilterModel } from '../crossfilter/crossfilter-model';
import type { FilterStore } from '../state/filter-store';
import type { DrawnPoint } from './point-layer';
import type { UiStore } from '../state/ui-store';

/** What every chart receives: the store to write filters to, the UI store (axis modes…), the model to read from, column metadata. */
export interface ChartContext {
  store: FilterStore;
  ui: UiStore;
  model: CrossfilterModel;
  columns: ReadonlyMap<string, ColumnMeta>;
}

/** A drawn chart: redraw() reads the model and the store; dispose() removes listeners. */
export interface ChartView {
  id: string;
  redraw(): void;
  dispose(): void;
  /** Charts drawing points on canvas: those points in the coordinates of the chart's SVG (an export draws them as circles). */
  drawnPoints?(): DrawnPoint[];
}
