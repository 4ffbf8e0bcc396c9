import { chartRegistry, rowChart } from 'dc';
import { format, scaleLinear, select } from 'd3';
import { categoryBars, type Bar, type ChartFeed } from '../crossfilter/crossfilter-model';
import type { RowChartSpec } from '../view/view-spec';
import type { ChartCard } from './chart-card';
import type { ChartContext, ChartView } from './chart-view';
import { sameMembers, storeFilterHandler, syncQuietly } from './dc-filter-bridge';
import { rowTitle } from './chart-texts';
import { countDomain } from './count-domain';

/**
 * dc.js row chart of category counts; clicking a row, or Enter/Space on a
 * focused row, sets an `in` clause in the store. The count axis spans at
 * least [0, 1] (dc's elastic axis collapses when every count is 0).
 */
export function createRowChart(card: ChartCard, spec: RowChartSpec, feed: ChartFeed, context: ChartContext): ChartView {
  const dictionary = feed.dictionary ?? [];
  const order = new Map(dictionary.map((label, index) => [label, index]));
  // Read once per redraw; the axis is fitted to the same bars dc draws.
  let bars = categoryBars(feed);
  const group = { all: () => bars };
  const toStore = storeFilterHandler(context.store, spec.id, spec.x, 'in');
  const chart = rowChart(card.body as unknown as string);
  chartRegistry.deregister(chart);
  chart
    .width(Math.max(240, card.body.clientWidth || 360))
    .height(Math.min(360, 36 + 26 * Math.max(1, dictionary.length)))
    .margins({ top: 4, right: 12, bottom: 24, left: 8 })
    .dimension(feed.dimension)
    .group(group as never)
    .ordering(((bar: Bar) => order.get(String(bar.key)) ?? 0) as never)
    .elasticX(false)
    .title(((bar: Bar) => rowTitle(bar)) as never)
    .filterHandler(toStore);
  // Members of dc 4's charts that @types/dc does not declare.
  const untyped = chart as unknown as { keyboardAccessible(on: boolean): unknown; effectiveWidth(): number };
  untyped.keyboardAccessible(true);
  const fitAxis = () => {
    const domain = countDomain(bars);
    chart.x(scaleLinear().domain(domain).range([0, untyped.effectiveWidth()]));
    chart.xAxis().ticks(Math.min(4, domain[1])).tickFormat(format('d'));
  };
  fitAxis();
  chart.render();
  // dc labels the SVG by a <desc> it fills as HTML; name it by the chart title as plain text instead.
  select(card.body).select('svg').attr('aria-labelledby', null).attr('aria-label', spec.title);
  return {
    id: spec.id,
    redraw() {
      const clause = context.store.get(spec.id);
      const shown = (chart.filters() as string[]).map(String);
      syncQuietly(chart, toStore, () => {
        if (clause?.kind === 'in' && !sameMembers(shown, clause.values)) chart.replaceFilter([clause.values]);
        else if (!clause && chart.hasFilter()) chart.filterAll();
      });
      card.filterNote.textContent = clause?.kind === 'in' ? clause.values.join(', ') : '';
      bars = categoryBars(feed);
      fitAxis();
      chart.redraw();
    },
    dispose() {
      chart.filterHandler(() => []);
    },
  };
}
