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

export type { ChartSpec } from '../charts/kinds/registry';
export type { TrendChartSpec } from '../charts/kinds/trend';
export type { HistogramChartSpec } from '../charts/kinds/histogram';
export type { RowChartSpec } from '../charts/kinds/row';
export type { ScatterChartSpec } from '../charts/kinds/scatter';
export { DEFAULT_BINS } from '../charts/kinds/histogram';

import type { ChartSpec } from '../charts/kinds/registry';

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

