import { brushSelection, brushX, select, type D3BrushEvent } from 'd3';
import type { ChartFeed } from '../crossfilter/crossfilter-model';
import { numericColumn, type TypedTable } from '../data/typed-table';
import type { TrendChartSpec } from '../view/view-spec';
import { columnLabel, type ChartCard } from './chart-card';
import { runRangeText } from './chart-texts';
import type { ChartContext, ChartView } from './chart-view';
import { createBandOverlay } from './band-overlay';
import { createPlotFrame } from './plot-frame';
import { snapToRuns } from './snap-to-runs';

/**
 * Trending variable against run number, points on canvas. Brushing along the
 * run axis sets a range clause snapped to whole runs; the header shows it.
 * Points are dark when they pass every filter but the chart's own brush.
 */
export function createTrendChart(card: ChartCard, spec: TrendChartSpec, feed: ChartFeed, table: TypedTable, context: ChartContext): ChartView {
  const exceptOwn = feed.exceptOwn!;
  const ys = numericColumn(table, spec.y)!.values;
  const frame = createPlotFrame(card.body, table.run, ys, { x: 'run', y: columnLabel(spec.y, context.columns) }, 'd');
  const brush = brushX<unknown>().extent([[0, 0], [frame.innerWidth, frame.innerHeight]]);
  const brushGroup = select(frame.plot).append('g').attr('class', 'brush');
  brush.on('brush end', (event: D3BrushEvent<unknown>) => {
    if (!event.sourceEvent) return;
    const selection = event.selection as [number, number] | null;
    const range = selection && snapToRuns(frame.x.invert(selection[0]), frame.x.invert(selection[1]));
    if (range) context.store.set({ chart: spec.id, column: 'run', kind: 'range', lo: range[0], hi: range[1], closed: true });
    else context.store.clear(spec.id);
  });
  // While the user drags, the brush is theirs: the store follows it, not the other way round.
  let dragging = false;
  brush.on('start.sync', () => (dragging = true)).on('end.sync', () => (dragging = false));
  brushGroup.call(brush);
  const bands = context.qa && createBandOverlay(frame, spec.y, context.qa);
  /** Moves the brush to the store's run range unless it already covers exactly those runs. */
  const syncBrush = (runs: [number, number] | null) => {
    if (dragging) return;
    const shown = brushSelection(brushGroup.node()!) as [number, number] | null;
    const shownRuns = shown && snapToRuns(frame.x.invert(shown[0]), frame.x.invert(shown[1]));
    if (!runs) {
      if (shown) brushGroup.call(brush.move, null);
    } else if (!shownRuns || shownRuns[0] !== runs[0] || shownRuns[1] !== runs[1]) {
      brushGroup.call(brush.move, [frame.x(runs[0] - 0.25), frame.x(runs[1] + 0.25)]);
    }
  };
  return {
    id: spec.id,
    redraw() {
      const clause = context.store.get(spec.id);
      card.filterNote.textContent = clause?.kind === 'range' ? runRangeText(clause.lo, clause.hi) : '';
      syncBrush(clause?.kind === 'range' ? [clause.lo, clause.hi] : null);
      card.root.dataset.selected = String(frame.layer.draw(exceptOwn.isSelected, context.qa?.paint()));
      bands?.redraw();
    },
    dispose() {
      brush.on('brush end', null).on('start.sync', null).on('end.sync', null);
    },
  };
}
