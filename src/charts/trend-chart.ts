import { brushSelection, brushX, select, type D3BrushEvent } from 'd3';
import type { ChartFeed } from '../crossfilter/crossfilter-model';
import type { TypedTable } from '../data/typed-table';
import type { TrendAxisMode } from '../state/ui-store';
import type { TrendChartSpec } from '../view/view-spec';
import { createAxisModeSelect } from './axis-mode-select';
import { axisLabel, columnLabel, setSubtitle, type ChartCard } from './chart-card';
import { runRangeText } from './chart-texts';
import type { ChartContext, ChartView } from './chart-view';
import { createClickGuard } from './click-guard';
import { identifyPoints, type PointIdentify } from './point-identify';
import { rangeNote, rangeNoteText, showPlaceCounts } from './range-note';
import { pixelsForRuns, snapPixelsToRuns } from './snap-to-runs';
import { axisModesOf, trendSubtitle } from './trend-axis';
import { drawTrendPlot, type TrendPlot } from './trend-plot';
import { createBandOverlay } from './band-overlay';

/**
 * Trending variable against run number, run order or time (switched in the
 * header; the mode lives in the UI store's axisModes, never in a filter),
 * points on canvas. Brushing along x sets a run range clause snapped to the
 * runs whose marks it covers, in every mode; the header shows it. Points are
 * dark when they pass every filter but the chart's own brush. A click (no
 * drag) on a point opens its run and leaves the brush as it was.
 */
export function createTrendChart(card: ChartCard, spec: TrendChartSpec, feed: ChartFeed, table: TypedTable, context: ChartContext): ChartView {
  const exceptOwn = feed.exceptOwn!;
  const { ui, store } = context;
  const modeOf = (): TrendAxisMode => {
    const mode = ui.get().axisModes[spec.id] ?? spec.x;
    return mode === 'time' && !spec.time ? 'run' : mode;
  };
  const picker = createAxisModeSelect(card.filterNote, `x axis of ${spec.title}`, axisModesOf(Boolean(spec.time)), modeOf(), (mode) =>
    ui.set({ axisModes: { ...ui.get().axisModes, [spec.id]: mode } }),
  );
  const note = rangeNote(card.footer);
  let plot: TrendPlot;
  let brushGroup: ReturnType<typeof select<SVGGElement, unknown>>;
  let identify: PointIdentify | undefined;
  let bands: { redraw(): void } | undefined;
  /** Pixel along x of a run's point in the current mode (runs are in ascending order in the table). */
  const runPixel = (run: number) => plot.centres[rowAtOrAfter(table.run, run)];
  const brush = brushX<unknown>();
  const clicks = createClickGuard();
  const apply = (selection: [number, number] | null) => {
    const range = selection && snapPixelsToRuns(selection[0], selection[1], plot.centres, table.run);
    if (range) store.set({ chart: spec.id, column: 'run', kind: 'range', lo: range[0], hi: range[1], closed: true });
    else store.clear(spec.id);
  };
  brush.on('brush end', (event: D3BrushEvent<unknown>) => {
    if (event.sourceEvent && !clicks.isClick(event.sourceEvent)) apply(event.selection as [number, number] | null);
  });
  // While the user drags, the brush is theirs: the store follows it, not the other way round.
  let dragging = false;
  brush.on('start.sync', () => (dragging = true)).on('end.sync', () => (dragging = false));
  // A click is told from a drag only at release: on a point it opens the run and the brush is put back, elsewhere it acts as before.
  brush.on('start.click', (event: D3BrushEvent<unknown>) => clicks.start(event.sourceEvent));
  brush.on('end.click', (event: D3BrushEvent<unknown>) => {
    if (!event.sourceEvent || !clicks.isClick(event.sourceEvent)) return;
    const clause = store.get(spec.id);
    if (identify?.click(event.sourceEvent)) syncBrush(clause?.kind === 'range' ? [clause.lo, clause.hi] : null);
    else apply(event.selection as [number, number] | null);
  });
  /** Draws the plot in the current mode (again after a mode change), the brush on top. */
  const build = () => {
    identify?.dispose();
    card.body.replaceChildren();
    plot = drawTrendPlot(card.body, spec, table, modeOf(), columnLabel(spec.y, context.columns));
    const { frame } = plot;
    brush.extent([[0, 0], [frame.innerWidth, frame.innerHeight]]);
    brushGroup = select(frame.plot).append('g').attr('class', 'brush');
    brushGroup.call(brush);
    bands = context.qa && createBandOverlay(frame, spec.y, context.qa, runPixel);
    identify = identifyPoints({ card, frame, table, fields: [spec.y], context, isShown: exceptOwn.isSelected, target: brushGroup.node()! });
    card.root.dataset.axisMode = plot.mode;
    card.root.dataset.errorBars = String(plot.errorBars);
    card.root.dataset.periodBands = String(plot.bands);
    showPlaceCounts(card.root, note, plot.counts, rangeNoteText(plot.counts));
    picker.value = plot.mode;
    setSubtitle(card.subtitle, trendSubtitle(axisLabel(spec.y, context.columns), plot.mode));
  };
  /** Moves the brush to the store's run range unless it already covers exactly those runs. */
  const syncBrush = (runs: [number, number] | null) => {
    if (dragging) return;
    const shown = brushSelection(brushGroup.node()!) as [number, number] | null;
    const shownRuns = shown && snapPixelsToRuns(shown[0], shown[1], plot.centres, table.run);
    const pixels = runs && pixelsForRuns(runs[0], runs[1], plot.centres, table.run);
    if (!pixels) {
      if (shown) brushGroup.call(brush.move, null);
      return;
    }
    const wanted = snapPixelsToRuns(pixels[0], pixels[1], plot.centres, table.run);
    if (!shownRuns || !wanted || shownRuns[0] !== wanted[0] || shownRuns[1] !== wanted[1]) brushGroup.call(brush.move, pixels);
  };
  const redraw = () => {
    const clause = store.get(spec.id);
    card.filterNote.textContent = clause?.kind === 'range' ? runRangeText(clause.lo, clause.hi) : '';
    syncBrush(clause?.kind === 'range' ? [clause.lo, clause.hi] : null);
    card.root.dataset.selected = String(plot.frame.layer.draw(exceptOwn, context.qa?.paint()));
    bands?.redraw();
  };
  build();
  const unsubscribe = ui.subscribe((state, changed) => {
    if (!changed.has('axisModes') || modeOf() === plot.mode) return;
    build();
    redraw();
  });
  return {
    id: spec.id,
    drawnPoints: () => plot.frame.drawnPoints(),
    redraw,
    dispose() {
      unsubscribe();
      brush.on('brush end', null).on('start.sync', null).on('end.sync', null).on('start.click', null).on('end.click', null);
      identify?.dispose();
    },
  };
}

/** Index of the first of ascending `runs` not below `run` (the last index when all are below). */
function rowAtOrAfter(runs: ArrayLike<number>, run: number): number {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (runs[mid] < run) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
