import { chartRegistry, rowChart } from 'dc';
import { categoryBars, type Bar, type ChartFeed } from '../crossfilter/crossfilter-model';
import type { RowChartSpec } from '../view/view-spec';
import type { ChartCard } from './chart-card';
import type { ChartContext, ChartView } from './chart-view';
import { sameMembers, storeFilterHandler, syncQuietly } from './dc-filter-bridge';
import { rowTitle } from './chart-texts';

/** dc.js row chart of category counts; clicking rows sets an `in` clause in the store. */
export function createRowChart(card: ChartCard, spec: RowChartSpec, feed: ChartFeed, context: ChartContext): ChartView {
  const dictionary = feed.dictionary ?? [];
  const order = new Map(dictionary.map((label, index) => [label, index]));
  const group = { all: () => categoryBars(feed) };
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
    .elasticX(true)
    .title(((bar: Bar) => rowTitle(bar)) as never)
    .filterHandler(toStore);
  chart.xAxis().ticks(4);
  chart.render();
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
      chart.redraw();
    },
    dispose() {
      chart.filterHandler(() => []);
    },
  };
}
