import { axisBottom, axisLeft, scaleLinear, select, type ScaleLinear } from 'd3';
import { createPointLayer, type DrawnPoint, type PointLayer } from './point-layer';

export const MARGIN = { top: 8, right: 12, bottom: 36, left: 52 };

/** Canvas of points under an SVG with axes (and room for a brush), sized to its parent. */
export interface PlotFrame {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  layer: PointLayer;
  /** The SVG group over the plot area (origin at the plot's top-left). */
  plot: SVGGElement;
  innerWidth: number;
  innerHeight: number;
  /** The layer's drawn points in the SVG's coordinates. */
  drawnPoints(): DrawnPoint[];
}

/** Draws axes with labels and prepares the point layer for columns xs/ys (NaN = not drawn). */
export function createPlotFrame(body: HTMLElement, xs: Float64Array, ys: Float64Array, labels: { x: string; y: string }, xFormat?: string): PlotFrame {
  const width = Math.max(240, body.clientWidth || 480);
  const height = 240;
  const innerWidth = width - MARGIN.left - MARGIN.right;
  const innerHeight = height - MARGIN.top - MARGIN.bottom;
  const x = scaleLinear().domain(paddedExtent(xs)).range([0, innerWidth]);
  const y = scaleLinear().domain(paddedExtent(ys)).range([innerHeight, 0]).nice();
  const px = xs.map((v, i) => (Number.isFinite(v) && Number.isFinite(ys[i]) ? x(v) : NaN));
  const py = ys.map((v) => y(v));
  const layer = createPointLayer(innerWidth, innerHeight, px, py, window.devicePixelRatio || 1);
  layer.canvas.style.left = `${MARGIN.left}px`;
  layer.canvas.style.top = `${MARGIN.top}px`;
  const svg = select(body).append('svg').attr('width', width).attr('height', height).attr('class', 'plot-svg');
  body.classList.add('plot-frame');
  body.prepend(layer.canvas);
  const plot = svg.append('g').attr('transform', `translate(${MARGIN.left},${MARGIN.top})`);
  plot.append('g').attr('transform', `translate(0,${innerHeight})`).call(axisBottom(x).ticks(6, xFormat));
  plot.append('g').call(axisLeft(y).ticks(5));
  svg.append('text').attr('class', 'axis-label').attr('x', MARGIN.left + innerWidth / 2).attr('y', height - 4).attr('text-anchor', 'middle').text(labels.x);
  svg.append('text').attr('class', 'axis-label').attr('transform', `translate(12,${MARGIN.top + innerHeight / 2}) rotate(-90)`).attr('text-anchor', 'middle').text(labels.y);
  const drawnPoints = () => layer.drawnPoints().map((p) => ({ ...p, x: p.x + MARGIN.left, y: p.y + MARGIN.top }));
  return { x, y, layer, plot: plot.node()!, innerWidth, innerHeight, drawnPoints };
}

/** Finite extent of `values` widened by 2 % on each side ([0, 1] when nothing is finite). */
export function paddedExtent(values: Float64Array): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (Number.isFinite(v)) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  if (lo > hi) return [0, 1];
  const pad = (hi - lo) * 0.02 || 0.5;
  return [lo - pad, hi + pad];
}
