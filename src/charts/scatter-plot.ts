import type { ColumnMeta } from '../contract/data-contract';
import type { ScatterChartSpec } from '../view/view-spec';
import { columnLabel, type ChartCard } from './chart-card';
import { drawEdgeMarkers, edgeMarkers } from './edge-markers';
import { DEFAULT_VALUE_AXIS } from './kinds/value-axis';
import { createPlotFrame, type PlotFrame } from './plot-frame';
import { rangeNote, rangeNoteText, showPlaceCounts } from './range-note';
import { placeValues, robustDomain } from './robust-domain';

const EDGE_COLOUR = '#b4531f';

/**
 * A scatter's frame: both axes over their robust (or fixed) ranges, linear or
 * log; values outside drawn on the edge under a marker. The footer counts
 * them per axis; the card carries the y counts as data-above/-below/-not-shown
 * and the x counts as data-x-above/-x-below/-x-not-shown.
 */
export function drawScatterPlot(card: ChartCard, spec: ScatterChartSpec, xs: Float64Array, ys: Float64Array, columns: ReadonlyMap<string, ColumnMeta>): PlotFrame {
  const xAxis = spec.xAxis ?? DEFAULT_VALUE_AXIS;
  const yAxis = spec.yAxis ?? DEFAULT_VALUE_AXIS;
  const frame = createPlotFrame(card.body, xs, ys, { x: columnLabel(spec.x, columns), y: columnLabel(spec.y, columns) }, undefined, {
    xDomain: robustDomain(xs, xAxis),
    yDomain: robustDomain(ys, yAxis),
    xScale: xAxis.scale,
    yScale: yAxis.scale,
    clampToEdges: true,
  });
  const x = placeValues(xs, frame.x.domain() as [number, number], xAxis.scale);
  const y = placeValues(ys, frame.y.domain() as [number, number], yAxis.scale);
  drawEdgeMarkers(frame.marks, edgeMarkers(frame.px, frame.py, y.places, x.places, frame.innerWidth, frame.innerHeight), EDGE_COLOUR);
  frame.commitMarks();
  const text = [rangeNoteText(x.counts, 'x'), rangeNoteText(y.counts, 'y')].filter(Boolean).join('; ');
  showPlaceCounts(card.root, rangeNote(card.footer), y.counts, text);
  card.root.dataset.xAbove = String(x.counts.above);
  card.root.dataset.xBelow = String(x.counts.below);
  card.root.dataset.xNotShown = String(x.counts.notShown);
  return frame;
}
