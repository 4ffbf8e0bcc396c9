import { barChart, chartRegistry, filters, units } from 'dc';
import { scaleLinear } from 'd3';
import type { ChartFeed } from '../crossfilter/crossfilter-model';
import { histogramBars, type HistogramBar } from '../crossfilter/histogram-bars';
import type { HistogramChartSpec } from '../view/view-spec';
import { axisLabel, type ChartCard } from './chart-card';
import { binTitle, missingText, rangeText } from './chart-texts';
import type { ChartContext, ChartView } from './chart-view';
import { snapBrushInPixels, storeFilterHandler, syncQuietly } from './dc-filter-bridge';
import { snapToBins } from './snap-to-bins';

/**
 * dc.js bar chart over the binning's bins, each bin stacked as selected runs
 * (layer 0, dark) and the bin's other runs (layer 1, light grey; colours in
 * styles.css), so the full distribution stays visible. Its brush takes
 * the whole bins its pixels touch (snapToBins) and goes to the store as a
 * range clause.
 */
export function createHistogramChart(card: ChartCard, spec: HistogramChartSpec, feed: ChartFeed, context: ChartContext): ChartView {
  const binning = feed.binning!;
  // Read once per redraw; dc asks the group for each stacked layer.
  let counts = histogramBars(feed);
  const group = { all: () => counts.bars };
  const title = (bar: HistogramBar) => binTitle(bar, binning.digits);
  const toStore = storeFilterHandler(context.store, spec.id, spec.x, 'range', (hi) => hi >= binning.hi);
  const chart = barChart(card.body as unknown as string);
  chartRegistry.deregister(chart);
  chart
    .width(Math.max(240, card.body.clientWidth || 360))
    .height(200)
    .margins({ top: 8, right: 12, bottom: 36, left: 48 })
    .dimension(feed.dimension)
    .group(group as never, 'selected')
    .valueAccessor(((bar: HistogramBar) => bar.selected) as never)
    .title(title as never) // every layer: a layer without its own title uses the chart's
    .x(scaleLinear().domain([binning.lo, binning.hi]) as never)
    .xUnits(units.fp.precision(binning.width) as never)
    .elasticY(true)
    .xAxisLabel(axisLabel(spec.x, context.columns))
    .yAxisLabel('runs')
    .filterHandler(toStore);
  // The brush takes the whole bins its pixels touch, by one function during the drag and on release.
  snapBrushInPixels(chart, (start, end) => snapToBins(start, end, chart.x() as unknown as (value: number) => number, binning));
  chart.stack(group as never, 'other', ((bar: HistogramBar) => bar.total - bar.selected) as never);
  chart.xAxis().ticks(5);
  chart.yAxis().ticks(4);
  chart.render();
  return {
    id: spec.id,
    redraw() {
      const clause = context.store.get(spec.id);
      const shown = chart.filter() as [number, number] | null;
      syncQuietly(chart, toStore, () => {
        if (clause?.kind === 'range' && (!shown || shown[0] !== clause.lo || shown[1] !== clause.hi)) {
          chart.replaceFilter(filters.RangedFilter(clause.lo, clause.hi));
        } else if (!clause && chart.hasFilter()) chart.filterAll();
      });
      card.filterNote.textContent = clause?.kind === 'range' ? rangeText(clause.lo, clause.hi, binning.digits, clause.closed) : '';
      counts = histogramBars(feed);
      card.footer.textContent = missingText(counts.missing, counts.nonFinite);
      chart.redraw();
    },
    dispose() {
      chart.filterHandler(() => []);
    },
  };
}
