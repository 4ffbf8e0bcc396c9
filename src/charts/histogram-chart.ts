import { barChart, chartRegistry, filters, units } from 'dc';
import { interpolateRound, scaleLinear, select } from 'd3';
import type { ChartFeed } from '../crossfilter/crossfilter-model';
import { histogramBars, type HistogramBar } from '../crossfilter/histogram-bars';
import { binPosition } from '../crossfilter/histogram-bins';
import type { HistogramChartSpec } from '../view/view-spec';
import { axisLabel, type ChartCard } from './chart-card';
import { binTitle, histogramFooterText, rangeText, tickText } from './chart-texts';
import type { ChartContext, ChartView } from './chart-view';
import { snapBrushInPixels, storeBinRangeHandler, syncQuietly } from './dc-filter-bridge';
import { snapToBinIndexes } from './snap-to-bins';
import { anchorEndTicks, setFittedText } from './svg-text-fit';
import { memoFitText, type FitMemo } from './fit-text';
import { tickIndexes } from './tick-indexes';
import { countDomain } from './count-domain';

const MARGINS = { top: 8, right: 14, bottom: 36, left: 48 };
/** Pixels per character of a 10 px tick label, generous, plus the gap between two labels. */
const TICK_CHAR = 7;
const TICK_GAP = 12;

/**
 * dc.js bar chart over the binning's bins, each bin stacked as selected runs
 * (layer 0, dark) and the bin's other runs (layer 1, light grey; colours in
 * styles.css), so the full distribution stays visible. It draws in bin units
 * (bin i spans [i, i + 1], see binPosition), so linear and log bins, and
 * ranges like ±1e308 or [0, 5e-324], draw alike; ticks sit on bin edges. Its
 * brush takes the whole bins its pixels touch (snapToBinIndexes) and goes to
 * the store as a range clause of edge values. The footer counts the runs
 * outside the bins (missing, ±inf, below or above the range, ≤ 0 for log).
 */
export function createHistogramChart(card: ChartCard, spec: HistogramChartSpec, feed: ChartFeed, context: ChartContext): ChartView {
  const binning = feed.binning!;
  const { edges, bins } = binning;
  // Read once per redraw; dc asks the group for each stacked layer.
  let counts = histogramBars(feed);
  const group = { all: () => counts.bars };
  const title = (bar: HistogramBar) => binTitle(bar, binning.digits);
  const toStore = storeBinRangeHandler(context.store, spec.id, spec.x, edges);
  const width = Math.max(200, card.body.clientWidth || 360);
  const innerWidth = width - MARGINS.left - MARGINS.right;
  const x = scaleLinear().domain([0, bins]);
  const labels = Array.from(edges, tickText);
  const pitch = TICK_GAP + TICK_CHAR * Math.max(...labels.map((label) => label.length));
  const chart = barChart(card.body as unknown as string);
  chartRegistry.deregister(chart);
  chart
    .width(width)
    .height(200)
    .margins(MARGINS)
    .dimension(feed.dimension)
    .group(group as never, 'selected')
    .valueAccessor(((bar: HistogramBar) => bar.selected) as never)
    .title(title as never) // every layer: a layer without its own title uses the chart's
    .x(x as never)
    .xUnits(units.integers as never)
    // Each bin's two layers add up to its total, which no filter changes: the count axis is fixed, so a
    // redraw leaves it alone (dc re-renders an elastic axis on every brush step). Rounded as dc's own.
    .elasticY(false)
    .y(scaleLinear().domain(countDomain(counts.bars.map((bar) => ({ value: bar.total })))).interpolate(interpolateRound) as never)
    .xAxisLabel(spec.label ?? axisLabel(spec.x, context.columns))
    .yAxisLabel('runs')
    .filterHandler(toStore);
  // The brush takes the whole bins its pixels touch, by one function during the drag and on release.
  snapBrushInPixels(chart, (start, end) => snapToBinIndexes(start, end, chart.x() as unknown as (edge: number) => number, bins));
  chart.stack(group as never, 'other', ((bar: HistogramBar) => bar.total - bar.selected) as never);
  chart.xAxis().tickValues(tickIndexes(bins, innerWidth, pitch)).tickFormat((i) => labels[Number(i)]);
  chart.yAxis().ticks(4);
  const fit = memoFitText();
  chart.on('pretransition', () => fitTexts(card.body, spec.label ?? axisLabel(spec.x, context.columns), innerWidth, fit));
  chart.render();
  return {
    id: spec.id,
    redraw() {
      const clause = context.store.get(spec.id);
      const shown = chart.filter() as [number, number] | null;
      syncQuietly(chart, toStore, () => {
        if (clause?.kind === 'range') {
          const span: [number, number] = [binPosition(binning, clause.lo), binPosition(binning, clause.hi)];
          if (!shown || shown[0] !== span[0] || shown[1] !== span[1]) chart.replaceFilter(filters.RangedFilter(span[0], span[1]));
        } else if (!clause && chart.hasFilter()) chart.filterAll();
      });
      card.filterNote.textContent = clause?.kind === 'range' ? rangeText(clause.lo, clause.hi, binning.digits, clause.closed) : '';
      counts = histogramBars(feed);
      card.footer.textContent = histogramFooterText(counts.missing, counts.nonFinite, counts);
      card.root.dataset.bins = String(bins);
      chart.redraw();
    },
    dispose() {
      chart.filterHandler(() => []);
    },
  };
}

/** End ticks inside the plot, the axis title cut to the plot's width. */
function fitTexts(body: HTMLElement, label: string, innerWidth: number, fit: FitMemo): void {
  anchorEndTicks(body.querySelector<SVGGElement>('g.axis.x'));
  const node = select(body).select<SVGTextElement>('text.x-axis-label').node();
  if (node) setFittedText(node, label, innerWidth, true, fit);
}
