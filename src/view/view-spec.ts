/** A view as the app uses it, after normalisation (all defaults filled in). */

export type { ChartSpec } from '../charts/kinds/registry';
export type { TrendChartSpec } from '../charts/kinds/trend';
export type { HistogramChartSpec } from '../charts/kinds/histogram';
export type { RowChartSpec } from '../charts/kinds/row';
export type { ScatterChartSpec } from '../charts/kinds/scatter';
export type { BoxChartSpec } from '../charts/kinds/box';
export { DEFAULT_BINS } from '../charts/kinds/histogram';

import type { ChartSpec } from '../charts/kinds/registry';
import type { QaSpec } from './view-qa';
import type { LayoutSpec } from './layout-file';

export type { LayoutSpec, PadSpec } from './layout-file';

export interface ViewSpec {
  title: string;
  description: string;
  charts: ChartSpec[];
  /** Derived variables, flag rules, reference set and table columns (absent when the file has none of these sections: no QA panel). */
  qa?: QaSpec;
  /** Histogram layouts ([] when the view has none). */
  layouts: LayoutSpec[];
  /** The view's reference run for overlays, or null. */
  referenceRun: number | null;
}

/** A problem found in a view file, located by its JSON path (e.g. `$.charts[2].bins`). */
export interface ViewProblem {
  kind: 'view-problem';
  path: string;
  message: string;
  /** What to do about it (the closest known name, or what the field holds). */
  hint?: string;
}

