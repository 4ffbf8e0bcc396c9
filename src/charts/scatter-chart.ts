import { numericColumn, type TypedTable } from '../data/typed-table';
import type { ScatterChartSpec } from '../view/view-spec';
import { columnLabel, type ChartCard } from './chart-card';
import type { ChartContext, ChartView } from './chart-view';
import { createPlotFrame } from './plot-frame';

/** Two numeric variables against each other on canvas; runs passing every filter drawn dark. */
export function createScatterChart(card: ChartCard, spec: ScatterChartSpec, table: TypedTable, context: ChartContext): ChartView {
  const xs = numericColumn(table, spec.x)!.values;
  const ys = numericColumn(table, spec.y)!.values;
  const frame = createPlotFrame(card.body, xs, ys, { x: columnLabel(spec.x, context.columns), y: columnLabel(spec.y, context.columns) });
  return {
    id: spec.id,
    redraw() {
      card.root.dataset.selected = String(frame.layer.draw(context.model.isSelected));
    },
    dispose() {},
  };
}
