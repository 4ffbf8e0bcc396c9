import type { ColumnMeta } from '../contract/data-contract';
import { createChartCard } from '../charts/chart-card';
import type { ChartContext, ChartView } from '../charts/chart-view';
import { chartSubtitle, createChartOfKind, type ChartSpec } from '../charts/kinds/registry';
import type { CrossfilterModel } from '../crossfilter/crossfilter-model';
import type { TypedTable } from '../data/typed-table';
import { mountQaPanel, type QaPanel } from '../qa/mount-qa';
import type { QaState } from '../qa/qa-state';
import type { FilterStore } from '../state/filter-store';
import type { UiStore } from '../state/ui-store';
import type { ViewSpec } from '../view/view-spec';
import { createRedrawScheduler } from './redraw-scheduler';

/** A mounted view: charts wired to the store; dispose() unhooks them. */
export interface Dashboard {
  dispose(): void;
}

/** What a view's charts are drawn from; the model is built once per view and outlives remounts. */
export interface DashboardData {
  view: ViewSpec;
  table: TypedTable;
  model: CrossfilterModel;
  columns: ReadonlyMap<string, ColumnMeta>;
  store: FilterStore;
  /** The view's run statuses (flag rules), the UI store and the view's name: mounts the QA panel under the charts. */
  qa?: { state: QaState; ui: UiStore; view: string };
}

/**
 * Draws the view's charts into `grid` and wires the one-way flow: chart → store →
 * (one animation frame) → crossfilter → every chart and the counter. A
 * redraw that throws goes to `onError` (mounting itself throws to the caller).
 */
export function mountDashboard(
  grid: HTMLElement,
  { view, table, model, columns, store, qa }: DashboardData,
  onCount: (selected: number, total: number) => void,
  onError: (error: unknown) => void,
): Dashboard {
  // Bound late: the panel asks for redraws through the scheduler made below.
  const request = () => scheduler.request();
  const panel: QaPanel | undefined = qa && mountQaPanel(grid, { qa: qa.state, model, store, ui: qa.ui, view: qa.view, requestRedraw: request });
  const context: ChartContext = { store, model, columns, ...(panel ? { qa: panel.chart } : {}) };
  const charts = view.charts.map((spec) => createChart(grid, spec, table, context));
  if (panel) grid.append(panel.root);
  const redrawAll = () => {
    model.apply(store.clauses());
    panel?.sync();
    for (const chart of charts) chart.redraw();
    panel?.redraw();
    onCount(model.selectedCount(), model.size);
  };
  redrawAll();
  performance.mark('runlens:charts-drawn');
  const scheduler = createRedrawScheduler(
    () => {
      const start = performance.now();
      redrawAll();
      markRedraw(start);
    },
    { onError },
  );
  const unsubscribe = store.subscribe(() => scheduler.request());
  return {
    dispose() {
      unsubscribe();
      scheduler.cancel();
      panel?.dispose();
      for (const chart of charts) chart.dispose();
      grid.replaceChildren();
    },
  };
}

function createChart(grid: HTMLElement, spec: ChartSpec, table: TypedTable, context: ChartContext): ChartView {
  const card = createChartCard(grid, spec.id, spec.title, chartSubtitle(spec, context.columns));
  card.root.classList.add(`chart-${spec.kind}`);
  card.root.dataset.chartKind = spec.kind;
  return createChartOfKind(card, spec, context.model.feeds.get(spec.id)!, table, context);
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
