import { chartRegistry, rowChart } from 'dc';
import { format, scaleLinear, select } from 'd3';
import { categoryBars, codesOf, type Bar, type ChartFeed } from '../crossfilter/crossfilter-model';
import type { CategoryValue } from '../data/typed-table';
import type { RowChartSpec } from '../view/view-spec';
import type { ChartCard } from './chart-card';
import type { ChartContext, ChartView } from './chart-view';
import { sameMembers, storeCategoryHandler, syncQuietly } from './dc-filter-bridge';
import { categoryText, MISSING_CLASS, rowTitle } from './chart-texts';
import { countDomain } from './count-domain';

/**
 * dc.js row chart of category counts, keyed by category code; clicking a
 * row, or Enter/Space on a focused row, sets an `in` clause of categories
 * (null for missing) in the store. The missing row is drawn apart (class
 * `category-missing`), so no value can pass for it. The count axis spans at
 * least [0, 1] (dc's elastic axis collapses when every count is 0).
 */
export function createRowChart(card: ChartCard, spec: RowChartSpec, feed: ChartFeed, context: ChartContext): ChartView {
  const dictionary = feed.dictionary ?? [];
  // Read once per redraw; the axis is fitted to the same bars dc draws.
  let bars = categoryBars(feed);
  const group = { all: () => bars };
  const toStore = storeCategoryHandler(context.store, spec.id, spec.x, (code) => dictionary[code] ?? null);
  const chart = rowChart(card.body as unknown as string);
  chartRegistry.deregister(chart);
  chart
    .width(Math.max(240, card.body.clientWidth || 360))
    .height(Math.min(360, 36 + 26 * Math.max(1, dictionary.length)))
    .margins({ top: 4, right: 12, bottom: 24, left: 8 })
    .dimension(feed.dimension)
    .group(group as never)
    // Codes follow the dictionary's order (values sorted, missing last).
    .ordering(((bar: Bar) => bar.key) as never)
    .label(((bar: Bar) => categoryText(bar.category)) as never)
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
  chart.on('pretransition', () => {
    select(card.body).selectAll<SVGGElement, Bar>('g.row').classed(MISSING_CLASS, (bar) => bar.category === null);
  });
  chart.render();
  // dc labels the SVG by a <desc> it fills as HTML; name it by the chart title as plain text instead.
  select(card.body).select('svg').attr('aria-labelledby', null).attr('aria-label', spec.title);
  return {
    id: spec.id,
    redraw() {
      const clause = context.store.get(spec.id);
      const shown = (chart.filters() as unknown[]).map(Number);
      const wanted = clause?.kind === 'in' ? codesOf(feed, clause.values) : [];
      syncQuietly(chart, toStore, () => {
        if (clause?.kind === 'in' && !sameMembers(shown, wanted)) chart.replaceFilter([wanted]);
        else if (!clause && chart.hasFilter()) chart.filterAll();
      });
      showCategories(card.filterNote, clause?.kind === 'in' ? clause.values : []);
      bars = categoryBars(feed);
      fitAxis();
      chart.redraw();
    },
    dispose() {
      chart.filterHandler(() => []);
    },
  };
}

/** Writes `categories` into `note` as text, comma-separated, a missing one as a styled marker. */
function showCategories(note: HTMLElement, categories: readonly CategoryValue[]): void {
  const parts = categories.flatMap((category, index) => {
    const separator = index > 0 ? [', '] : [];
    if (category !== null) return [...separator, category];
    const marker = document.createElement('span');
    marker.className = MISSING_CLASS;
    marker.textContent = categoryText(null);
    return [...separator, marker];
  });
  note.replaceChildren(...parts);
}
