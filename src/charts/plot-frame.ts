import { axisBottom, axisLeft, scaleLinear, scaleLog, select, type Axis, type NumberValue, type ScaleContinuousNumeric } from 'd3';
import { placeTicks, tickStep } from './axis-ticks';
import { paddedRange } from './padded-range';
import { createPointLayer, type DrawnPoint, type PointLayer } from './point-layer';
import { scalePixels } from './scale-pixels';
import type { AxisScale } from './robust-domain';
import { setFittedText } from './svg-text-fit';

/** Margins around the plot; `left` is the least left margin (it grows with the y tick texts). */
export const MARGIN = { top: 8, right: 12, bottom: 36, left: 52 };

/** A numeric axis scale of the frame: linear or logarithmic. */
export type FrameScale = ScaleContinuousNumeric<number, number>;

/** Canvas of points under an SVG with axes (and room for a brush), sized to its parent. */
export interface PlotFrame {
  x: FrameScale;
  y: FrameScale;
  layer: PointLayer;
  /** The SVG group over the plot area (origin at the plot's top-left). */
  plot: SVGGElement;
  /** An SVG group under the points (origin at the plot's top-left), for backgrounds such as period bands. */
  back: SVGGElement;
  /**
   * Marks drawn once under the points (error bars, edge markers), in CSS
   * pixels from the plot's top-left: a canvas off the page, put under the
   * points of the one point canvas by commitMarks().
   */
  marks: CanvasRenderingContext2D;
  /** Puts what was drawn on `marks` under the points (call once the marks are drawn, before the first draw). */
  commitMarks(): void;
  /** Pixel of each point along x and y (NaN: not drawn). */
  px: Float64Array;
  py: Float64Array;
  innerWidth: number;
  innerHeight: number;
  /** The layer's drawn points in the SVG's coordinates. */
  drawnPoints(): DrawnPoint[];
}

/** How the frame's axes are laid out; each left out keeps the default (padded extent, linear, d3's ticks). */
export interface FrameAxes {
  xDomain?: [number, number];
  yDomain?: [number, number];
  xScale?: AxisScale;
  yScale?: AxisScale;
  /** Draw a value outside its axis's domain on the edge it lies beyond (for edge markers) instead of leaving it out. */
  clampToEdges?: boolean;
  /** Tick values and texts along x, for a scale over its domain. */
  xTicks?: (scale: FrameScale, count: number) => { values: number[]; format: (value: number) => string };
}

/** Room left of the y tick texts for the rotated y-axis title (an 11 px line and a gap). */
const Y_TITLE_BAND = 18;
/** Distance of a tick text from its axis line (d3: tick size 6 + padding 3). */
const TICK_OFFSET = 9;
/** Least free space between two x tick texts, in pixels. */
const TICK_GAP = 6;

/**
 * Draws axes with labels and prepares the point layer for columns xs/ys (NaN =
 * not drawn). The left margin grows with the widest y tick text so the
 * rotated y title never sits on the ticks; x tick texts are kept inside the
 * card and thinned until none overlap; both axis titles are cut with `…` to
 * their room (the whole in their tooltip).
 */
export function createPlotFrame(body: HTMLElement, xs: Float64Array, ys: Float64Array, labels: { x: string; y: string }, xFormat?: string, axes: FrameAxes = {}): PlotFrame {
  const width = Math.max(240, body.clientWidth || 480);
  const height = 240;
  const innerHeight = height - MARGIN.top - MARGIN.bottom;
  const y = makeScale(axes.yScale, axes.yDomain ?? paddedRange(ys), [innerHeight, 0], true);
  const svg = select(body).append('svg').attr('width', width).attr('height', height).attr('class', 'plot-svg');
  const plot = svg.append('g');
  const yAxis = plot.append('g').call(axisLeft(y).ticks(5, axes.yScale === 'log' ? '~g' : undefined));
  // The y ticks' width sets the left margin (never more than half the card).
  const left = Math.min(Math.max(MARGIN.left, Math.ceil(widestText(yAxis.node()!) + TICK_OFFSET + Y_TITLE_BAND)), Math.floor(width / 2));
  const innerWidth = width - left - MARGIN.right;
  const x = makeScale(axes.xScale, axes.xDomain ?? paddedRange(xs), [0, innerWidth], false);
  const edges = axes.clampToEdges ? { x: innerWidth, y: innerHeight } : undefined;
  const px = scalePixels(x, axes.xScale, xs, edges?.x);
  // A point is drawn where both values are finite (an infinite one is not put on an edge).
  for (let i = 0; i < px.length; i++) if (!Number.isFinite(xs[i]) || !Number.isFinite(ys[i])) px[i] = NaN;
  const py = scalePixels(y, axes.yScale, ys, edges?.y);
  const ratio = window.devicePixelRatio || 1;
  const layer = createPointLayer(innerWidth, innerHeight, px, py, ratio);
  const marks = createMarksCanvas(innerWidth, innerHeight, ratio);
  const backSvg = select(document.createElementNS('http://www.w3.org/2000/svg', 'svg')).attr('class', 'plot-back').attr('width', width).attr('height', height);
  layer.canvas.style.left = `${left}px`;
  layer.canvas.style.top = `${MARGIN.top}px`;
  body.classList.add('plot-frame');
  body.prepend(backSvg.node()!, layer.canvas);
  const back = backSvg.append('g').attr('transform', `translate(${left},${MARGIN.top})`);
  plot.attr('transform', `translate(${left},${MARGIN.top})`);
  const xAxisGroup = plot.append('g').attr('transform', `translate(0,${innerHeight})`).call(xAxis(x, axes, xFormat));
  fitXTicks(xAxisGroup.node()!, x, -left, innerWidth + MARGIN.right);
  const xCentre = left + innerWidth / 2;
  const xTitle = svg.append('text').attr('class', 'axis-label').attr('x', xCentre).attr('y', height - 4).attr('text-anchor', 'middle');
  // Centred under the plot, so as wide as twice its distance to the nearer side of the card.
  setFittedText(xTitle.node()!, labels.x, 2 * Math.min(xCentre, width - xCentre) - 8);
  const yTitle = svg.append('text').attr('class', 'axis-label').attr('transform', `translate(12,${MARGIN.top + innerHeight / 2}) rotate(-90)`).attr('text-anchor', 'middle');
  setFittedText(yTitle.node()!, labels.y, innerHeight + MARGIN.top);
  const commitMarks = () => {
    const { width: w, height: h } = marks.canvas;
    layer.setBackground(new Uint32Array(marks.getImageData(0, 0, w, h).data.buffer));
  };
  const drawnPoints = () => layer.drawnPoints().map((p) => ({ ...p, x: p.x + left, y: p.y + MARGIN.top }));
  return { x, y, layer, plot: plot.node()!, back: back.node()!, marks, commitMarks, px, py, innerWidth, innerHeight, drawnPoints };
}

/** Width in pixels of the widest tick text under `axis` (0 without ticks). */
function widestText(axis: SVGGElement): number {
  let widest = 0;
  for (const text of axis.querySelectorAll<SVGTextElement>('.tick text')) widest = Math.max(widest, text.getComputedTextLength());
  return widest;
}

/** Anchors the x tick texts inside [lo, hi] (plot pixels) and removes ticks until the rest keep TICK_GAP apart. */
function fitXTicks(axis: SVGGElement, x: FrameScale, lo: number, hi: number): void {
  const ticks = [...axis.querySelectorAll<SVGGElement>('.tick')];
  const texts = ticks.map((tick) => tick.querySelector('text'));
  const centres = ticks.map((tick) => x(Number(select(tick).datum())));
  const places = placeTicks(centres, texts.map((text) => text?.getComputedTextLength() ?? 0), lo, hi);
  places.forEach((place, i) => texts[i]?.setAttribute('text-anchor', place.anchor));
  const step = tickStep(places, TICK_GAP);
  ticks.forEach((tick, i) => {
    if (i % step !== 0) tick.remove();
  });
}

/** A linear or log scale over `domain`; a computed linear value range is widened to nice ticks (a fixed or log one is not). */
function makeScale(kind: AxisScale | undefined, domain: [number, number], range: [number, number], nice: boolean): FrameScale {
  if (kind === 'log') return scaleLog().domain(domain).range(range);
  const scale = scaleLinear().domain(domain).range(range);
  return nice ? scale.nice() : scale;
}

function xAxis(x: FrameScale, axes: FrameAxes, xFormat: string | undefined): Axis<NumberValue> {
  if (!axes.xTicks) return axisBottom(x).ticks(6, xFormat ?? (axes.xScale === 'log' ? '~g' : undefined));
  const { values, format } = axes.xTicks(x, 6);
  return axisBottom(x).tickValues(values).tickFormat((value) => format(Number(value)));
}

/** A canvas off the page, the point canvas's size, for marks drawn once; its context scaled to CSS pixels. */
function createMarksCanvas(cssWidth: number, cssHeight: number, ratio: number): CanvasRenderingContext2D {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(cssWidth * ratio);
  canvas.height = Math.round(cssHeight * ratio);
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.scale(ratio, ratio);
  return context;
}

