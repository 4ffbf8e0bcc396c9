import { select } from 'd3';
import { categoricalColumn, numericColumn, type TypedTable } from '../data/typed-table';
import type { TrendAxisMode } from '../state/ui-store';
import type { TrendChartSpec } from '../view/view-spec';
import { DEFAULT_VALUE_AXIS } from './kinds/value-axis';
import { drawEdgeMarkers, edgeMarkers } from './edge-markers';
import { drawErrorBars, errorBars } from './error-bars';
import { periodBands, thinLabels } from './period-bands';
import { createPlotFrame, type PlotFrame } from './plot-frame';
import { placeValues, robustDomain, type PlaceCounts } from './robust-domain';
import { scalePixels } from './scale-pixels';
import { markCentres, trendAxis } from './trend-axis';

const ERROR_COLOUR = 'rgba(93, 103, 120, 0.55)';
const SEGMENT_COLOUR = 'rgba(93, 103, 120, 0.8)';
const EDGE_COLOUR = '#b4531f';
/** Estimated width of one character of a period label (10 px sans-serif), for thinning without measuring. */
const LABEL_CHAR_WIDTH = 6;

/** One trend chart's plot in one axis mode: the frame, where each run's mark is, and what was drawn. */
export interface TrendPlot {
  frame: PlotFrame;
  mode: TrendAxisMode;
  /** Pixel of each run's mark centre along x (NaN: not placed), whatever its y: what the brush snaps to. */
  centres: Float64Array;
  /** Runs by where their y lies against the shown range. */
  counts: PlaceCounts;
  /** Error bars drawn. */
  errorBars: number;
  /** Period bands drawn (0 without groupBy). */
  bands: number;
}

/**
 * Draws a trend's plot into `body` for axis `mode`: y over its robust (or
 * fixed) range with values outside drawn on the edge under a marker, period
 * bands behind the points, error bars and time segments on the marks canvas.
 */
export function drawTrendPlot(body: HTMLElement, spec: TrendChartSpec, table: TypedTable, mode: TrendAxisMode, yLabel: string): TrendPlot {
  const ys = numericColumn(table, spec.y)!.values;
  const column = (name: string | undefined) => (name ? numericColumn(table, name)?.values : undefined);
  const axis = trendAxis(mode, { run: table.run, time: column(spec.time), timeEnd: column(spec.timeEnd) });
  const yAxis = spec.yAxis ?? DEFAULT_VALUE_AXIS;
  const frame = createPlotFrame(body, axis.centres, ys, { x: axis.label, y: yLabel }, undefined, {
    xDomain: axis.domain,
    xTicks: axis.ticks,
    yDomain: robustDomain(ys, yAxis),
    yScale: yAxis.scale,
    clampToEdges: true,
  });
  const { places, counts } = placeValues(ys, frame.y.domain() as [number, number], yAxis.scale);
  const centres = markCentres(axis, frame.x);
  const groups = spec.groupBy ? categoricalColumn(table, spec.groupBy) : undefined;
  const bands = groups ? drawPeriodBands(frame, groups.codes, groups.dictionary, scalePixels(frame.x, undefined, axis.positions), axis.ends && scalePixels(frame.x, undefined, axis.ends)) : 0;
  if (axis.ends) drawSegments(frame, axis.positions, axis.ends, places);
  const errs = column(spec.yErr);
  const bars = errs ? errorBars(frame.px, ys, errs, places, frame.y, frame.innerHeight) : undefined;
  if (bars) drawErrorBars(frame.marks, bars, ERROR_COLOUR);
  drawEdgeMarkers(frame.marks, edgeMarkers(frame.px, frame.py, places, undefined, frame.innerWidth, frame.innerHeight), EDGE_COLOUR);
  frame.commitMarks();
  return { frame, mode: axis.mode, centres, counts, errorBars: bars?.x.length ?? 0, bands };
}

/** Alternating light bands with dashed boundaries behind the points, labels along the top thinned so none overlap. */
function drawPeriodBands(frame: PlotFrame, codes: Uint32Array, dictionary: readonly (string | null)[], starts: Float64Array, ends: Float64Array | undefined): number {
  const bands = periodBands(codes, dictionary, starts, ends, frame.innerWidth);
  const back = select(frame.back);
  const texts = bands.map((band) => band.category);
  const left = thinLabels(
    bands.map((band, i) => ({ centre: (band.left + band.right) / 2, width: texts[i].length * LABEL_CHAR_WIDTH })),
    bands.map((band) => band.right - band.left),
    frame.innerWidth,
  );
  bands.forEach((band, i) => {
    const group = back.append('g').attr('class', 'period-band-group').attr('data-period', texts[i]);
    group.append('rect').attr('class', `period-band ${i % 2 ? 'odd' : 'even'}`).attr('x', band.left).attr('width', Math.max(0, band.right - band.left)).attr('y', 0).attr('height', frame.innerHeight)
      .append('title').text(texts[i]);
    if (i > 0) back.append('line').attr('class', 'period-boundary').attr('x1', band.left).attr('x2', band.left).attr('y1', 0).attr('y2', frame.innerHeight);
  });
  // Labels over the points (in the top SVG) so they stay readable.
  const labels = select(frame.plot).insert('g', ':first-child').attr('class', 'period-labels');
  bands.forEach((band, i) => {
    if (Number.isNaN(left[i])) return;
    labels.append('text').attr('class', 'period-label').attr('data-period', texts[i]).attr('x', left[i]).attr('y', 10).text(texts[i]);
  });
  return bands.length;
}

/** Each run on the time axis with an end as a horizontal segment from its start to its end, at its y. */
function drawSegments(frame: PlotFrame, starts: Float64Array, ends: Float64Array, places: Uint8Array): void {
  const context = frame.marks;
  context.strokeStyle = SEGMENT_COLOUR;
  context.lineWidth = 1;
  context.beginPath();
  for (let row = 0; row < starts.length; row++) {
    const y = frame.py[row];
    if (places[row] !== 0 || !Number.isFinite(starts[row]) || !Number.isFinite(ends[row]) || y !== y) continue;
    const yy = Math.round(y) + 0.5;
    context.moveTo(frame.x(starts[row]), yy);
    context.lineTo(frame.x(ends[row]), yy);
  }
  context.stroke();
}
