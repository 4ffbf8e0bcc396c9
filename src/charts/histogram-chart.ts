import { axisBottom, axisLeft, brushSelection, brushX, interpolateRound, scaleLinear, select, type D3BrushEvent, type Selection } from 'd3';
import type { ChartFeed } from '../crossfilter/crossfilter-model';
import { histogramBars } from '../crossfilter/histogram-bars';
import { binPosition } from '../crossfilter/histogram-bins';
import type { HistogramChartSpec } from '../view/view-spec';
import { axisLabel, type ChartCard } from './chart-card';
import { binTitle, histogramFooterText, rangeText, tickText } from './chart-texts';
import type { ChartContext, ChartView } from './chart-view';
import { snapToBinIndexes } from './snap-to-bins';
import { anchorEndTicks, setFittedText } from './svg-text-fit';
import { tickIndexes } from './tick-indexes';
import { countDomain } from './count-domain';
import { barSlots, isOutsideSpan, layerBox } from './histogram-geometry';

const MARGINS = { top: 8, right: 14, bottom: 36, left: 48 };
const HEIGHT = 200;
/** Pixels per character of a 10 px tick label, generous, plus the gap between two labels. */
const TICK_CHAR = 7;
const TICK_GAP = 12;
/** Bars closer than this to the brush's pixels are where it already is. */
const SAME_PIXEL = 0.5;

type Bars = Selection<SVGRectElement, number, SVGGElement, unknown>;

/**
 * Histogram over the binning's bins, each bin stacked as selected runs
 * (layer `._0`, dark) and the bin's other runs (layer `._1`, light grey;
 * colours in styles.css), so the full distribution stays visible. It draws
 * in bin units (bin i spans [i, i + 1], see binPosition), so linear and log
 * bins, and ranges like ±1e308 or [0, 5e-324], draw alike; ticks sit on bin
 * edges. The count axis is fixed at [0, fullest bin]: a bin's two layers add
 * up to its total, which no filter changes. A redraw touches only the bars
 * whose counts or brush state changed (a brush step elsewhere changes a few
 * bins), so a drag costs little layout and paint. Its brush takes the whole
 * bins its pixels touch (snapToBinIndexes) and goes to the store as a range
 * clause of edge values. The footer counts the runs outside the bins
 * (missing, ±inf, below or above the range, ≤ 0 for log).
 */
export function createHistogramChart(card: ChartCard, spec: HistogramChartSpec, feed: ChartFeed, context: ChartContext): ChartView {
  const binning = feed.binning!;
  const { edges, bins } = binning;
  const { store } = context;
  let counts = histogramBars(feed);
  const width = Math.max(200, card.body.clientWidth || 360);
  const innerWidth = width - MARGINS.left - MARGINS.right;
  const innerHeight = HEIGHT - MARGINS.top - MARGINS.bottom;
  const x = scaleLinear().domain([0, bins]).range([0, innerWidth]);
  const y = scaleLinear()
    .domain(countDomain(counts.bars.map((bar) => ({ value: bar.total }))))
    .range([innerHeight, 0])
    .interpolate(interpolateRound);
  const labels = Array.from(edges, tickText);
  const pitch = TICK_GAP + TICK_CHAR * Math.max(...labels.map((label) => label.length));
  const svg = select(card.body).append('svg').attr('class', 'histogram-svg').attr('width', width).attr('height', HEIGHT).attr('aria-label', spec.title);
  const plot = svg.append('g').attr('class', 'chart-body').attr('transform', `translate(${MARGINS.left},${MARGINS.top})`);
  const slots = barSlots(bins, innerWidth);
  const binIds = Array.from({ length: bins }, (_, i) => i);
  const layer = (name: string): Bars =>
    plot
      .append('g')
      .attr('class', `stack ${name}`)
      .selectAll<SVGRectElement, number>('rect.bar')
      .data(binIds)
      .join('rect')
      .attr('class', 'bar')
      .attr('x', (i) => slots.left[i])
      .attr('width', slots.width);
  const layers = [layer('_0'), layer('_1')] as const;
  const titles = layers.map((bars) => bars.append('title'));
  svg
    .append('g')
    .attr('class', 'axis x')
    .attr('transform', `translate(${MARGINS.left},${MARGINS.top + innerHeight})`)
    .call(axisBottom(x).tickValues(tickIndexes(bins, innerWidth, pitch)).tickFormat((i) => labels[Number(i)]));
  svg.append('g').attr('class', 'axis y').attr('transform', `translate(${MARGINS.left},${MARGINS.top})`).call(axisLeft(y).ticks(4));
  anchorEndTicks(svg.select<SVGGElement>('g.axis.x').node());
  const xTitle = svg
    .append('text')
    .attr('class', 'x-axis-label')
    .attr('text-anchor', 'middle')
    .attr('x', MARGINS.left + innerWidth / 2)
    .attr('y', HEIGHT - 4);
  setFittedText(xTitle.node()!, spec.label ?? axisLabel(spec.x, context.columns), innerWidth);
  svg
    .append('text')
    .attr('class', 'y-axis-label')
    .attr('text-anchor', 'middle')
    .attr('transform', `translate(12,${MARGINS.top + innerHeight / 2}) rotate(-90)`)
    .text('runs');

  /** What each bar shows now, to write only what changed: selected count and whether the own brush leaves it out (-1: not drawn yet). */
  const shownSelected = new Int32Array(bins).fill(-1);
  const shownOutside = new Uint8Array(bins);
  // The bars' and titles' elements, listed once (selection.nodes() builds a new array on every call).
  const [selectedBars, otherBars] = layers.map((bars) => bars.nodes());
  const titleNodes = titles.map((layerTitles) => layerTitles.nodes());
  const drawBars = (span: readonly [number, number] | null) => {
    counts.bars.forEach((bar, i) => {
      const outside = isOutsideSpan(i, span) ? 1 : 0;
      if (outside !== shownOutside[i]) {
        shownOutside[i] = outside;
        for (const bars of [selectedBars, otherBars]) bars[i].classList.toggle('deselected', outside === 1);
      }
      if (bar.selected === shownSelected[i]) return;
      shownSelected[i] = bar.selected;
      setLayer(selectedBars[i], layerBox(y, 0, bar.selected));
      setLayer(otherBars[i], layerBox(y, bar.selected, bar.total - bar.selected));
      const title = binTitle(bar, binning.digits);
      for (const nodes of titleNodes) nodes[i].textContent = title;
    });
  };

  const brush = brushX<unknown>().extent([
    [0, 0],
    [innerWidth, innerHeight],
  ]);
  const brushGroup = plot.append('g').attr('class', 'brush').call(brush);
  const moveBrush = (pixels: [number, number] | null) => brushGroup.call(brush.move, pixels);
  // The brush takes the whole bins its pixels touch, by one function during the drag and on release.
  let dragging = false;
  brush.on('start', (event: D3BrushEvent<unknown>) => {
    if (event.sourceEvent) dragging = true;
  });
  brush.on('brush end', (event: D3BrushEvent<unknown>) => {
    if (!event.sourceEvent) return; // the chart's own moves (snapping, following the store)
    if (event.type === 'end') dragging = false;
    const selection = event.selection as [number, number] | null;
    const span = selection && snapToBinIndexes(selection[0], selection[1], x, bins);
    if (span) {
      const pixels: [number, number] = [x(span[0]), x(span[1])];
      if (!selection || !samePixels(selection, pixels)) moveBrush(pixels);
      store.set({ chart: spec.id, column: spec.x, kind: 'range', lo: edges[span[0]], hi: edges[span[1]], closed: span[1] >= bins });
    } else {
      if (selection) moveBrush(null);
      store.clear(spec.id);
    }
  });

  const redraw = () => {
    const clause = store.get(spec.id);
    const span: [number, number] | null = clause?.kind === 'range' ? [binPosition(binning, clause.lo), binPosition(binning, clause.hi)] : null;
    if (!dragging) {
      const shown = brushSelection(brushGroup.node()!) as [number, number] | null;
      const wanted: [number, number] | null = span && [x(span[0]), x(span[1])];
      if (wanted ? !shown || !samePixels(shown, wanted) : shown) moveBrush(wanted);
    }
    card.filterNote.textContent = clause?.kind === 'range' ? rangeText(clause.lo, clause.hi, binning.digits, clause.closed) : '';
    counts = histogramBars(feed);
    card.footer.textContent = histogramFooterText(counts.missing, counts.nonFinite, counts);
    card.root.dataset.bins = String(bins);
    drawBars(span);
  };
  redraw();
  return {
    id: spec.id,
    redraw,
    dispose() {
      brush.on('start', null).on('brush end', null);
    },
  };
}

function setLayer(rect: SVGRectElement, box: { top: number; height: number }): void {
  rect.setAttribute('y', String(box.top));
  rect.setAttribute('height', String(box.height));
}

function samePixels(a: readonly [number, number], b: readonly [number, number]): boolean {
  return Math.abs(a[0] - b[0]) < SAME_PIXEL && Math.abs(a[1] - b[1]) < SAME_PIXEL;
}

