import type { ColumnMeta } from '../contract/data-contract';
import type { CrossfilterModel } from '../crossfilter/crossfilter-model';
import type { FilterStore } from '../state/filter-store';
import type { DrawnPoint } from './point-layer';
import type { UiStore } from '../state/ui-store';
import type { QaChartContext } from './qa-context';

/** A run's status from the flag rules (e.g. `Outlier`) and the findings behind it (its decomposition, one text each). */
export interface RunDescription {
  status: string;
  findings: string[];
}

/**
 * Status provider: the status of the run at `row` of the view's table, or
 * undefined when there is none. Optional everywhere: charts and the run
 * panel work without it.
 */
export type DescribeRun = (row: number) => RunDescription | undefined;

/** What every chart receives: the store to write filters to, the UI store (axis modes…), the model to read from, column metadata. */
export interface ChartContext {
  store: FilterStore;
  /** UI state: axis modes; a click or Enter on a point opens its run (`openRun`). */
  ui: UiStore;
  model: CrossfilterModel;
  columns: ReadonlyMap<string, ColumnMeta>;
  /** Status provider for tooltips (see DescribeRun); absent: no status line. */
  describeRun?: DescribeRun;
  /** Run statuses and reference bands, when the view has flag rules (charts draw without them otherwise). */
  qa?: QaChartContext;
}

/** A drawn chart: redraw() reads the model and the store; dispose() removes listeners. */
export interface ChartView {
  id: string;
  redraw(): void;
  dispose(): void;
  /** Charts drawing points on canvas: those points in the coordinates of the chart's SVG (an export draws them as circles). */
  drawnPoints?(): DrawnPoint[];
}
