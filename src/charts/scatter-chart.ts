import { brush as brush2d, select, type D3BrushEvent } from 'd3';
import type { ChartFeed } from '../crossfilter/crossfilter-model';
import { numericColumn, type TypedTable } from '../data/typed-table';
import { sameClause, type BoxClause } from '../state/filter-store';
import type { ScatterChartSpec } from '../view/view-spec';
import { boxFromBrush, brushFromBox, type PixelBox } from './brush-box';
import type { ChartCard } from './chart-card';
import { boxText } from './chart-texts';
import type { ChartContext, ChartView } from './chart-view';
import { createClickGuard } from './click-guard';
import { identifyPoints } from './point-identify';
import { drawScatterPlot } from './scatter-plot';

/**
 * Two numeric variables against each other on canvas. A 2-D brush over the
 * plot sets a box clause (a click without a drag clears it, unless it is on
 * a point: that opens the point's run and keeps the box); the header
 * shows it. Each axis shows its robust (or fixed) range, linear or log;
 * values outside sit on the edge under a marker and are counted in the
 * footer. Points are dark when they pass every filter but the chart's own box.
 */
export function createScatterChart(card: ChartCard, spec: ScatterChartSpec, feed: ChartFeed, table: TypedTable, context: ChartContext): ChartView {
  const exceptOwn = feed.exceptOwn!;
  const xs = numericColumn(table, spec.x)!.values;
  const ys = numericColumn(table, spec.y)!.values;
  const frame = drawScatterPlot(card, spec, xs, ys, context.columns);
  const brush = brush2d<unknown>().extent([[0, 0], [frame.innerWidth, frame.innerHeight]]);
  const brushGroup = select(frame.plot).append('g').attr('class', 'brush');
  // The box the brush shows: set by the user's drag, or by following the store.
  let shown: BoxClause | undefined;
  const clicks = createClickGuard();
  const apply = (selection: PixelBox | null) => {
    shown = selection ? { chart: spec.id, kind: 'box', x: spec.x, y: spec.y, ...boxFromBrush(selection, frame.x, frame.y) } : undefined;
    if (shown) context.store.set(shown);
    else context.store.clear(spec.id);
  };
  brush.on('brush end', (event: D3BrushEvent<unknown>) => {
    if (event.sourceEvent && !clicks.isClick(event.sourceEvent)) apply(event.selection as PixelBox | null);
  });
  brushGroup.call(brush);
  const identify = identifyPoints({ card, frame, table, fields: [spec.x, spec.y], context, isShown: exceptOwn.isSelected, target: brushGroup.node()! });
  // A click is told from a drag only at release: on a point it opens the run and the box is put back, elsewhere it acts as before.
  brush.on('start.click', (event: D3BrushEvent<unknown>) => clicks.start(event.sourceEvent));
  brush.on('end.click', (event: D3BrushEvent<unknown>) => {
    if (!event.sourceEvent || !clicks.isClick(event.sourceEvent)) return;
    if (identify.click(event.sourceEvent)) brushGroup.call(brush.move, shown ? brushFromBox(shown, frame.x, frame.y) : null);
    else apply(event.selection as PixelBox | null);
  });
  /** Moves the brush to the store's box unless it already shows that box. */
  const syncBrush = (clause: BoxClause | undefined) => {
    if (clause === shown || (clause && shown && sameClause(clause, shown))) return;
    shown = clause;
    brushGroup.call(brush.move, clause ? brushFromBox(clause, frame.x, frame.y) : null);
  };
  return {
    id: spec.id,
    drawnPoints: frame.drawnPoints,
    redraw() {
      const clause = context.store.get(spec.id);
      const box = clause?.kind === 'box' ? clause : undefined;
      card.filterNote.textContent = box ? boxText(box) : '';
      syncBrush(box);
      card.root.dataset.selected = String(frame.layer.draw(exceptOwn));
    },
    dispose() {
      brush.on('brush end', null).on('start.click', null).on('end.click', null);
      identify.dispose();
    },
  };
}
