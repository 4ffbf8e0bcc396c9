import type { ColumnMeta } from '../contract/data-contract';
import { createChartCard } from '../charts/chart-card';
import { addExportButtons } from '../charts/export-buttons';
import type { ChartContext, ChartView, DescribeRun } from '../charts/chart-view';
import { chartSubtitle, createChartOfKind, type ChartSpec } from '../charts/kinds/registry';
import type { CrossfilterModel } from '../crossfilter/crossfilter-model';
import { endPhase } from '../data/open-timing';
import type { TypedTable } from '../data/typed-table';
import { createRunPanel, type RunPanelNeeds } from '../panel/run-panel';
import type { mountQaPanel, QaPanel } from '../qa/mount-qa';
import type { QaState } from '../qa/qa-state';
import type { FilterStore } from '../state/filter-store';
import type { UiStore } from '../state/ui-store';
import type { ViewSpec } from '../view/view-spec';
import { runWhenIdle } from './idle-work';
import { createRedrawScheduler } from './redraw-scheduler';

/** How long the filters must have stayed still before idle work runs, ms. */
const QUIET_MS = 300;

/** A mounted view: charts wired to the store; dispose() unhooks them. */
export interface Dashboard {
  dispose(): void;
}

/** What a view's charts are drawn from; the model is built once per view and outlives remounts. */
export interface DashboardData {
  /** The view's name (its file name without `.json`), as in `?view=`. */
  name: string;
  view: ViewSpec;
  table: TypedTable;
  model: CrossfilterModel;
  columns: ReadonlyMap<string, ColumnMeta>;
  store: FilterStore;
  /** UI state that is not a filter (a trend's axis mode, the open run…); it outlives remounts. */
  ui: UiStore;
  /** Status provider for tooltips and the run panel (see DescribeRun). */
  describeRun?: DescribeRun;
  /** The run panel's host and data. */
  panel?: { host: HTMLElement } & Pick<RunPanelNeeds, 'readRun' | 'readable' | 'columns' | 'sources' | 'sections'>;
  /** The view's run statuses (flag rules) and the view's name: mounts the QA panel under the charts. */
  qa?: { state: QaState; view: string; mountPanel: typeof mountQaPanel };
}

/**
 * Draws the view's charts into `grid` and wires the one-way flow: chart → store →
 * (one animation frame) → crossfilter → every chart and the counter. A
 * redraw that throws goes to `onError` (mounting itself throws to the caller),
 * a failed chart export to `onExportError`.
 */
export function mountDashboard(
  grid: HTMLElement,
  { name, view, table, model, columns, store, ui, describeRun, panel, qa }: DashboardData,
  onCount: (selected: number, total: number) => void,
  onError: (error: unknown) => void,
  onExportError: (chart: string, error: unknown) => void,
): Dashboard {
  // Bound late: the QA panel asks for redraws through the scheduler made below.
  const request = () => scheduler.request();
  const qaPanel: QaPanel | undefined = qa && qa.mountPanel(grid, { qa: qa.state, model, store, ui, view: qa.view, requestRedraw: request });
  const context: ChartContext = { store, ui, model, columns, describeRun, ...(qaPanel ? { qa: qaPanel.chart } : {}) };
  const drawStart = performance.now();
  const charts = view.charts.map((spec) => createChart(grid, spec, table, context, { view: name, onError: onExportError }));
  if (qaPanel) grid.append(qaPanel.root);
  const runPanel = panel ? createRunPanel(panel.host, { ...panel, ui, runs: table.run, isSelected: model.isSelected, describeRun }) : undefined;
  const redrawAll = () => {
    model.apply(store.clauses());
    qaPanel?.sync();
    for (const chart of charts) chart.redraw();
    qaPanel?.redraw();
    runPanel?.refresh();
    onCount(model.selectedCount(), model.size);
  };
  redrawAll();
  endPhase('first-draw', drawStart);
  performance.mark('runlens:charts-drawn');
  const scheduler = createRedrawScheduler(
    () => {
      const start = performance.now();
      redrawAll();
      markRedraw(start);
    },
    { onError },
  );
  let lastChange = performance.now();
  const unsubscribe = store.subscribe(() => {
    lastChange = performance.now();
    scheduler.request();
  });
  // Dimensions left for later (ChartFeed.deferred) are built while the page is idle and no filter moved for QUIET_MS,
  // one per turn (100-250 ms each at 300,000 runs), so a first brush on them does not wait and a drag is not stalled.
  const quiet = () => performance.now() - lastChange >= QUIET_MS;
  const deferred = runWhenIdle(() => model.buildDeferred(), () => performance.mark('runlens:deferred-built'), quiet);
  return {
    dispose() {
      unsubscribe();
      scheduler.cancel();
      deferred.cancel();
      qaPanel?.dispose();
      for (const chart of charts) chart.dispose();
      runPanel?.dispose();
      grid.replaceChildren();
    },
  };
}

function createChart(
  grid: HTMLElement,
  spec: ChartSpec,
  table: TypedTable,
  context: ChartContext,
  exports: { view: string; onError: (chart: string, error: unknown) => void },
): ChartView {
  const card = createChartCard(grid, spec.id, spec.title, chartSubtitle(spec, context.columns));
  card.root.classList.add(`chart-${spec.kind}`);
  card.root.dataset.chartKind = spec.kind;
  const chart = createChartOfKind(card, spec, context.model.feeds.get(spec.id)!, table, context);
  addExportButtons(card, { view: exports.view, chart: spec.id, title: spec.title, points: () => chart.drawnPoints?.() ?? [] }, (error) =>
    exports.onError(spec.id, error),
  );
  return chart;
}

/**
 * Keeps only the latest redraw's mark (`runlens:redraw-end`) and measure
 * (`runlens:redraw`), so a long session does not pile up timing entries.
 */
function markRedraw(start: number): void {
  performance.clearMarks('runlens:redraw-end');
  performance.clearMeasures('runlens:redraw');
  performance.mark('runlens:redraw-end');
  performance.measure('runlens:redraw', { start, end: performance.now() });
}
