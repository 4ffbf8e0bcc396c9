/** A view as the app uses it, after normalisation (all defaults filled in). */

/** Keys each chart kind accepts in a view file: the one record the kinds and key checks derive from. */
export const CHART_KEYS = {
  trend: ['id', 'kind', 'title', 'x', 'y'],
  histogram: ['id', 'kind', 'title', 'x', 'bins'],
  row: ['id', 'kind', 'title', 'x'],
  scatter: ['id', 'kind', 'title', 'x', 'y'],
} as const;

export type ChartKind = keyof typeof CHART_KEYS;
export const CHART_KINDS = Object.keys(CHART_KEYS) as ChartKind[];

/** Keys a view file accepts at its top level (`$schema` for editors). */
export const VIEW_KEYS = ['$schema', 'title', 'description', 'charts'] as const;

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
