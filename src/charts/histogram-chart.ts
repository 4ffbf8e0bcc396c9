import { barChart, chartRegistry, filters, units } from 'dc';
import { scaleLinear } from 'd3';
import { histogramBars, type ChartFeed } from '../crossfilter/crossfilter-model';
import type { HistogramChartSpec } from '../view/view-spec';
import { axisLabel, type ChartCard } from './chart-card';
import { missingText, rangeText } from './chart-texts';
import type { ChartContext, ChartView } from './chart-view';
import { storeFilterHandler } from './dc-filter-bridge';

/** dc.js bar chart over equal bins, brushable; its brush goes to the store as a range clause. */
export function createHistogramChart(card: ChartCard, spec: HistogramChartSpec, feed: ChartFeed, context: ChartContext): ChartView {
  const binning = feed.binning!;
  const group = { all: () => histogramBars(feed).bars };
  const chart = barChart(card.body as unknown as string);
  chartRegistry.deregister(chart);
  chart
    .width(Math.max(240, card.body.clientWidth || 360))
    .height(200)
    .margins({ top: 8, right: 12, bottom: 36, left: 48 })
    .dimension(feed.dimension)
    .group(group as never)
    .x(scaleLinear().domain([binning.lo, binning.hi]) as never)
    .xUnits(units.fp.precision(binning.width) as never)
    .elasticY(true)
    .xAxisLabel(axisLabel(spec.x, context.columns))
    .yAxisLabel('runs')
    .filterHandler(storeFilterHandler(context.store, spec.id, spec.x, 'range'));
  chart.xAxis().ticks(5);
  chart.yAxis().ticks(4);
  chart.render();
  return {
    id: spec.id,
    redraw() {
      const clause = context.store.get(spec.id);
      const shown = chart.filter() as [number, number] | null;
      if (clause?.kind === 'range' && (!shown || shown[0] !== clause.lo || shown[1] !== clause.hi)) {
        chart.replaceFilter(filters.RangedFilter(clause.lo, clause.hi));
      } else if (!clause && chart.hasFilter()) chart.filterAll();
      card.filterNote.textContent = clause?.kind === 'range' ? rangeText(clause.lo, clause.hi) : '';
      const { missing, nonFinite } = histogramBars(feed);
      card.footer.textContent = missingText(missing, nonFinite);
      chart.redraw();
    },
    dispose() {
      chart.filterHandler(() => []);
    },
  };
}
