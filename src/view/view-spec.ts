/** A view as the app uses it, after normalisation (all defaults filled in). */

export const CHART_KINDS = ['trend', 'histogram', 'row', 'scatter'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

interface ChartBase {
  id: string;
  title: string;
}

/** A trending variable against run number; brushable along the run axis. */
export interface TrendChartSpec extends ChartBase {
  kind: 'trend';
  x: 'run';
  y: string;
}

/** Distribution of a numeric variable in `bins` equal bins; brushable. */
export interface HistogramChartSpec extends ChartBase {
  kind: 'histogram';
  x: string;
  bins: number;
}

/** Count of runs per category (period, beam type, quality…); click to filter. */
export interface RowChartSpec extends ChartBase {
  kind: 'row';
  x: string;
}

/** Two numeric variables against each other; selected runs drawn dark. */
export interface ScatterChartSpec extends ChartBase {
  kind: 'scatter';
  x: string;
  y: string;
}

export type ChartSpec = TrendChartSpec | HistogramChartSpec | RowChartSpec | ScatterChartSpec;

export interface ViewSpec {
  title: string;
  description: string;
  charts: ChartSpec[];
}

/** A problem found in a view file, located by its JSON path (e.g. `$.charts[2].bins`). */
export interface ViewProblem {
  kind: 'view-problem';
  path: string;
  message: string;
}

export const DEFAULT_BINS = 40;
