import { axisBottom, axisLeft, scaleBand, scaleLinear, select, type Selection } from 'd3';
import type { ChartFeed } from '../crossfilter/crossfilter-model';
import type { CategoryValue } from '../data/typed-table';
import type { BoxStats } from '../stats/box-stats';
import type { BoxChartSpec } from '../view/view-spec';
import { boxDomain, boxesByCategory } from './box-groups';
import { axisLabel, type ChartCard } from './chart-card';
import { categoryText, MISSING_CLASS, tickText } from './chart-texts';
import type { ChartContext, ChartView } from './chart-view';
import { showCategories } from './category-note';
import { naturalCompare } from './natural-order';
import { setFittedText } from './svg-text-fit';
import { visibleText } from './visible-text';

const HEIGHT = 240;
const TOP = 8;
const RIGHT = 12;
const BOTTOM = 40;
/** Narrowest room for a category label; narrower bands label every k-th category only. */
const MIN_LABEL = 36;

type G = Selection<SVGGElement, unknown, null, undefined>;

/**
 * Box plots of `spec.y` per category of `spec.x` in SVG, from the runs
 * passing every other chart's filter (its own selection never changes its
 * boxes). Clicking a box, or Enter/Space on it, toggles its category in an
 * `in` clause. Each `g.box` carries its numbers as data attributes
 * (data-n, data-q1, data-median, data-q3, data-whisker-lo, data-whisker-hi,
 * data-outliers). Values spanning more than the doubles' range are drawn at
 * half scale (the ticks still read the values).
 */
export function createBoxChart(card: ChartCard, spec: BoxChartSpec, feed: ChartFeed, context: ChartContext): ChartView {
  const dictionary = feed.dictionary ?? [];
  const { codes, values } = feed.groups!;
  const order = dictionary.map((_, code) => code).sort((a, b) => compareCategories(dictionary[a], dictionary[b]));
  const domain = boxDomain(boxesByCategory(codes, values, dictionary.length, () => true));
  // A span beyond Number.MAX_VALUE (±1e308) is drawn at half scale.
  const factor = Number.isFinite(domain[1] - domain[0]) ? 1 : 0.5;
  const width = Math.max(200, card.body.clientWidth || 360);
  const svg = select(card.body).append('svg').attr('class', 'box-svg').attr('width', width).attr('height', HEIGHT).attr('aria-label', spec.title);
  const y = scaleLinear().domain([domain[0] * factor, domain[1] * factor]).range([HEIGHT - TOP - BOTTOM, 0]).nice();
  const left = yAxisWidth(svg, y, factor) + 30;
  const innerWidth = width - left - RIGHT;
  const innerHeight = HEIGHT - TOP - BOTTOM;
  const x = scaleBand<number>().domain(order).range([0, innerWidth]).padding(0.25);
  const plot = svg.append('g').attr('transform', `translate(${left},${TOP})`);
  plot.append('g').attr('class', 'axis y').call(axisLeft(y).ticks(5).tickFormat((v) => tickText(Number(v) / factor)));
  const xAxis = plot.append('g').attr('class', 'axis x').attr('transform', `translate(0,${innerHeight})`).call(axisBottom(x).tickFormat(() => ''));
  labelCategories(xAxis, x, dictionary, order);
  const boxes = plot.append('g').attr('class', 'boxes');
  const yLabel = svg.append('text').attr('class', 'axis-label').attr('transform', `translate(12,${TOP + innerHeight / 2}) rotate(-90)`).attr('text-anchor', 'middle');
  setFittedText(yLabel.node()!, spec.label ?? axisLabel(spec.y, context.columns), innerHeight);
  const xLabel = svg.append('text').attr('class', 'axis-label').attr('x', left + innerWidth / 2).attr('y', HEIGHT - 4).attr('text-anchor', 'middle');
  setFittedText(xLabel.node()!, axisLabel(spec.x, context.columns), width - 8);
  const toggle = (code: number) => {
    const clause = context.store.get(spec.id);
    const current = clause?.kind === 'in' ? clause.values : [];
    const category = dictionary[code] ?? null;
    const next = current.includes(category) ? current.filter((value) => value !== category) : [...current, category];
    if (next.length === 0) context.store.clear(spec.id);
    else context.store.set({ chart: spec.id, column: spec.x, kind: 'in', values: next });
  };
  return {
    id: spec.id,
    redraw() {
      const clause = context.store.get(spec.id);
      const selected = new Set(clause?.kind === 'in' ? clause.values : []);
      showCategories(card.filterNote, clause?.kind === 'in' ? clause.values : []);
      const stats = boxesByCategory(codes, values, dictionary.length, feed.exceptOwn!.isSelected);
      boxes.selectAll('*').remove();
      for (const code of order) {
        const category = dictionary[code];
        const g = boxes.append('g').attr('class', 'box').attr('tabindex', 0).attr('role', 'button');
        g.attr('aria-pressed', String(selected.has(category))).classed('selected', selected.has(category)).classed('deselected', selected.size > 0 && !selected.has(category));
        g.classed(MISSING_CLASS, category === null);
        if (category !== null) g.attr('data-category', category);
        g.on('click', () => toggle(code)).on('keydown', (event: KeyboardEvent) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            toggle(code);
          }
        });
        drawBox(g, stats[code], x(code)!, x.bandwidth(), innerHeight, (v) => y(v * factor));
        g.append('title').text(`${visibleText(categoryText(category))}: ${boxTitle(stats[code])}`);
      }
    },
    dispose() {
      svg.remove();
    },
  };
}

/** Tooltip numbers of a box, e.g. `n 12, median 50.1, quartiles 49.8–50.3, whiskers 49.1–51, 1 outlier`. */
export function boxTitle(stats: BoxStats | null): string {
  if (!stats) return 'no runs';
  const outliers = stats.outliers.length ? `, ${stats.outliers.length} ${stats.outliers.length === 1 ? 'outlier' : 'outliers'}` : '';
  return `n ${stats.n}, median ${stats.median}, quartiles ${stats.q1}–${stats.q3}, whiskers ${stats.whiskerLo}–${stats.whiskerHi}${outliers}`;
}

function drawBox(g: G, stats: BoxStats | null, left: number, band: number, innerHeight: number, y: (v: number) => number): void {
  // A band-wide transparent target, so a box is clickable at any height (and with no runs).
  g.append('rect').attr('class', 'box-target').attr('x', left).attr('y', 0).attr('width', band).attr('height', innerHeight);
  g.attr('data-n', String(stats?.n ?? 0));
  if (!stats) return;
  const data: Record<string, number> = { q1: stats.q1, median: stats.median, q3: stats.q3, 'whisker-lo': stats.whiskerLo, 'whisker-hi': stats.whiskerHi, outliers: stats.outliers.length };
  for (const [key, value] of Object.entries(data)) g.attr(`data-${key}`, String(value));
  const mid = left + band / 2;
  g.append('line').attr('class', 'whisker').attr('x1', mid).attr('x2', mid).attr('y1', y(stats.whiskerLo)).attr('y2', y(stats.whiskerHi));
  for (const end of [stats.whiskerLo, stats.whiskerHi]) g.append('line').attr('class', 'whisker').attr('x1', left + band / 4).attr('x2', left + (3 * band) / 4).attr('y1', y(end)).attr('y2', y(end));
  g.append('rect').attr('class', 'box-body').attr('x', left).attr('width', band).attr('y', y(stats.q3)).attr('height', Math.max(1, y(stats.q1) - y(stats.q3)));
  g.append('line').attr('class', 'box-median').attr('x1', left).attr('x2', left + band).attr('y1', y(stats.median)).attr('y2', y(stats.median));
  for (const value of stats.outliers) g.append('circle').attr('class', 'box-outlier').attr('cx', mid).attr('cy', y(value)).attr('r', 2.5);
}

/** Category labels under the bands, each cut to its room; when bands are narrow, every k-th only. */
function labelCategories(axis: G, x: ReturnType<typeof scaleBand<number>>, dictionary: readonly CategoryValue[], order: readonly number[]): void {
  const step = x.step();
  const every = Math.max(1, Math.ceil(MIN_LABEL / step));
  order.forEach((code, i) => {
    if (i % every !== 0) return;
    const text = axis.append('text').attr('class', 'category-label').attr('x', x(code)! + x.bandwidth() / 2).attr('y', 16).attr('text-anchor', 'middle');
    if (dictionary[code] === null) text.classed(MISSING_CLASS, true);
    setFittedText(text.node()!, categoryText(dictionary[code]), every * step - 4);
  });
}

/** Width of the y-axis tick labels, measured by drawing them once. */
function yAxisWidth(svg: Selection<SVGSVGElement, unknown, null, undefined>, y: ReturnType<typeof scaleLinear<number, number>>, factor: number): number {
  const probe = svg.append('g').call(axisLeft(y).ticks(5).tickFormat((v) => tickText(Number(v) / factor)));
  const width = probe.node()!.getBBox().width;
  probe.remove();
  return Math.ceil(width);
}

function compareCategories(a: CategoryValue, b: CategoryValue): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return naturalCompare(a, b);
}
