import { chartRegistry, rowChart } from 'dc';
import { format, scaleLinear, select } from 'd3';
import { categoryBars, codesOf, type ChartFeed } from '../crossfilter/crossfilter-model';
import type { RowChartSpec } from '../view/view-spec';
import type { ChartCard } from './chart-card';
import type { ChartContext, ChartView } from './chart-view';
import { sameMembers, syncQuietly, type FilterHandler } from './dc-filter-bridge';
import { categoryText, MISSING_CLASS, rowTitle } from './chart-texts';
import { countDomain } from './count-domain';
import { firstVisibleRow, listRows, OTHERS_KEY, OTHERS_TEXT, othersTitle, topCodes, type ListedBar } from './row-list';
import { setFittedTexts } from './svg-text-fit';
import { memoFitText } from './fit-text';
import { showCategories } from './category-note';

/** Row height and gap: rows never get thinner, however many categories. */
const BAR = 18;
const GAP = 4;
const PITCH = BAR + GAP;
/** Rows drawn at once; a longer list scrolls (only the visible rows are in the page). */
const VISIBLE = 14;
/** A list longer than this gets a filter box. */
const SEARCH_FROM = 8;
const MARGINS = { top: 4, right: 12, bottom: 24, left: 8 };

/**
 * dc.js row chart of category counts, keyed by category code; clicking a
 * row, or Enter/Space on a focused row, sets an `in` clause of categories
 * (null for missing) in the store. Rows keep a fixed height; a long list
 * scrolls as a virtual list (dc draws only the rows in view, a spacer gives
 * the scroll height) and gets a filter box. Ordered by label (natural order)
 * or count; with `top`, the other categories share one `others` row whose
 * click selects all of them. The missing row is drawn apart (class
 * `category-missing`). The count axis spans at least [0, 1].
 */
export function createRowChart(card: ChartCard, spec: RowChartSpec, feed: ChartFeed, context: ChartContext): ChartView {
  const dictionary = feed.dictionary ?? [];
  const shownCodes = topCodes(categoryBars(feed), spec.top);
  const otherCodes = dictionary.map((_, code) => code).filter((code) => !shownCodes.has(code));
  let query = '';
  let bars = listRows(categoryBars(feed), shownCodes, spec.order, query);
  let start = 0;
  const windowed = () => bars.slice(start, start + VISIBLE);
  const group = { all: windowed };
  const toStore: FilterHandler = (_dimension, filters) => {
    if (filters.length === 0) context.store.clear(spec.id);
    else {
      const codes = filters.flatMap((key) => (Number(key) === OTHERS_KEY ? otherCodes : [Number(key)]));
      context.store.set({ chart: spec.id, column: spec.x, kind: 'in', values: codes.map((code) => dictionary[code] ?? null) });
    }
    return filters;
  };
  const { scroll, plot, spacer, search } = layout(card, spec, dictionary.length);
  const chart = rowChart(plot as unknown as string);
  chartRegistry.deregister(chart);
  const width = Math.max(200, card.body.clientWidth || 360);
  chart
    .width(width)
    .height(MARGINS.top + MARGINS.bottom + PITCH * Math.max(1, Math.min(VISIBLE, bars.length)))
    .margins(MARGINS)
    .fixedBarHeight(BAR)
    .gap(GAP)
    .dimension(feed.dimension)
    .group(group as never)
    .ordering(((bar: ListedBar) => bar.rank) as never)
    .label(((bar: ListedBar) => rowText(bar)) as never)
    .elasticX(false)
    .title(((bar: ListedBar) => (bar.key === OTHERS_KEY ? othersTitle(bar) : rowTitle(bar))) as never)
    .filterHandler(toStore);
  // Members of dc 4's charts that @types/dc does not declare.
  const untyped = chart as unknown as { keyboardAccessible(on: boolean): unknown; effectiveWidth(): number };
  untyped.keyboardAccessible(true);
  const fitAxis = () => {
    const domain = countDomain(bars);
    chart.x(scaleLinear().domain(domain).range([0, untyped.effectiveWidth()]));
    chart.xAxis().ticks(Math.min(Math.max(2, Math.floor(untyped.effectiveWidth() / 60)), domain[1])).tickFormat(format('d'));
  };
  fitAxis();
  const fit = memoFitText();
  chart.on('pretransition', () => {
    const rows = select(plot).selectAll<SVGGElement, ListedBar>('g.row');
    rows.classed(MISSING_CLASS, (bar) => bar.category === null && bar.key !== OTHERS_KEY).classed('row-others', (bar) => bar.key === OTHERS_KEY);
    const maxWidth = untyped.effectiveWidth() - 14;
    const labels: { node: SVGTextElement; text: string; maxWidth: number }[] = [];
    rows.select<SVGTextElement>('text').each(function (bar) {
      labels.push({ node: this, text: rowText(bar), maxWidth });
    });
    setFittedTexts(labels, false, fit);
  });
  const sizeList = () => {
    spacer.style.height = `${PITCH * Math.max(0, bars.length - VISIBLE)}px`;
    card.root.dataset.rows = String(bars.length);
    scroll.dataset.rowPitch = String(PITCH);
    scroll.dataset.visibleRows = String(VISIBLE);
  };
  scroll.addEventListener('scroll', () => {
    const next = firstVisibleRow(scroll.scrollTop, PITCH, bars.length, VISIBLE);
    if (next === start) return;
    start = next;
    chart.redraw();
    scroll.dataset.firstRow = String(start);
  });
  search?.addEventListener('input', () => {
    query = search.value;
    bars = listRows(categoryBars(feed), shownCodes, spec.order, query);
    scroll.scrollTop = 0;
    start = 0;
    scroll.dataset.firstRow = '0';
    sizeList();
    fitAxis();
    chart.redraw();
  });
  sizeList();
  scroll.dataset.firstRow = '0';
  chart.render();
  // dc labels the SVG by a <desc> it fills as HTML; name it by the chart title as plain text instead.
  select(plot).select('svg').attr('aria-labelledby', null).attr('aria-label', spec.title);
  return {
    id: spec.id,
    redraw() {
      const clause = context.store.get(spec.id);
      const shown = (chart.filters() as unknown[]).map(Number);
      const wanted = clause?.kind === 'in' ? keysOf(codesOf(feed, clause.values), shownCodes) : [];
      syncQuietly(chart, toStore, () => {
        if (clause?.kind === 'in' && !sameMembers(shown, wanted)) chart.replaceFilter([wanted]);
        else if (!clause && chart.hasFilter()) chart.filterAll();
      });
      showCategories(card.filterNote, clause?.kind === 'in' ? clause.values : []);
      bars = listRows(categoryBars(feed), shownCodes, spec.order, query);
      start = Math.min(start, Math.max(0, bars.length - VISIBLE));
      fitAxis();
      chart.redraw();
    },
    dispose() {
      chart.filterHandler(() => []);
    },
  };
}

/** The keys dc shows as selected for category codes: shown codes as themselves, the others as the `others` row. */
function keysOf(codes: readonly number[], shownCodes: ReadonlySet<number>): number[] {
  const keys = codes.filter((code) => shownCodes.has(code));
  return codes.length > keys.length ? [...keys, OTHERS_KEY] : keys;
}

function rowText(bar: ListedBar): string {
  return bar.key === OTHERS_KEY ? OTHERS_TEXT : categoryText(bar.category);
}

/** The card's body for a row chart: [filter box], a scroll box holding the sticky plot and a spacer. */
function layout(card: ChartCard, spec: RowChartSpec, categories: number) {
  let search: HTMLInputElement | undefined;
  if (categories > SEARCH_FROM) {
    search = document.createElement('input');
    search.type = 'search';
    search.className = 'row-search';
    search.placeholder = 'Filter categories';
    search.setAttribute('aria-label', `Filter the categories of ${spec.title}`);
    card.body.append(search);
  }
  const scroll = document.createElement('div');
  scroll.className = 'row-scroll';
  const plot = document.createElement('div');
  plot.className = 'row-plot';
  const spacer = document.createElement('div');
  spacer.className = 'row-spacer';
  scroll.append(plot, spacer);
  card.body.append(scroll);
  return { scroll, plot, spacer, search };
}
