import { axisBottom, format, scaleLinear, select } from 'd3';
import { categoryCodes } from '../crossfilter/category-filter';
import { categoryBars, type Bar, type ChartFeed } from '../crossfilter/crossfilter-model';
import type { RowChartSpec } from '../view/view-spec';
import type { ChartCard } from './chart-card';
import type { ChartContext, ChartView } from './chart-view';
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
/** Where a row's label starts inside its bar, and room kept after it. */
const LABEL_X = 6;
const LABEL_ROOM = 14;

/** One drawn row: a slot of the visible window, reused as the list scrolls or reorders. */
interface Slot {
  group: SVGGElement;
  /** All the row's runs, drawn under the bar (light): the bar's context. */
  total: SVGPathElement;
  bar: SVGRectElement;
  label: SVGTextElement;
  title: SVGTitleElement;
  /** What the slot shows now, to write only what changed (-2: nothing yet). */
  key: number;
  value: number;
  text: string;
  state: string;
}

/**
 * Row chart of category counts, keyed by category code. Each row's bar is
 * the runs passing the other charts' filters, over a light bar of all its
 * runs, on a count axis fixed at [0, largest row]: no filter changes a
 * row's total, so a brush step elsewhere only changes bar widths (and, by
 * count order, labels), and a redraw writes only those. Clicking a row, or
 * Enter/Space on a focused row, adds or removes its category from an `in`
 * clause (null for missing) in the store. Rows keep a fixed height; a long
 * list scrolls as a virtual list (only the rows in view are drawn, a
 * spacer gives the scroll height) and gets a filter box. Ordered by label
 * (natural order) or count; with `top`, the other categories share one
 * `others` row whose click selects all of them. The missing row is drawn
 * apart (class `category-missing`).
 */
export function createRowChart(card: ChartCard, spec: RowChartSpec, feed: ChartFeed, context: ChartContext): ChartView {
  const dictionary = feed.dictionary ?? [];
  const totals = feed.totals ?? new Uint32Array(dictionary.length);
  const allBars: Bar[] = dictionary.map((category, code) => ({ key: code, category, value: totals[code] }));
  const shownCodes = topCodes(allBars, spec.top);
  const otherCodes = dictionary.map((_, code) => code).filter((code) => !shownCodes.has(code));
  const totalOf = (bar: ListedBar) => (bar.key === OTHERS_KEY ? otherCodes.reduce((sum, code) => sum + totals[code], 0) : totals[bar.key]);
  let query = '';
  let bars = listRows(categoryBars(feed), shownCodes, spec.order, query);
  let start = 0;
  const { scroll, plot, spacer, search } = layout(card, spec, dictionary.length);
  const width = Math.max(200, card.body.clientWidth || 360);
  const innerWidth = width - MARGINS.left - MARGINS.right;
  const rowsHeight = PITCH * Math.max(1, Math.min(VISIBLE, bars.length));
  const x = scaleLinear()
    .domain(countDomain(listRows(allBars, shownCodes, spec.order, '')))
    .range([0, innerWidth]);
  const svg = select(plot)
    .append('svg')
    .attr('class', 'row-svg')
    .attr('width', width)
    .attr('height', MARGINS.top + MARGINS.bottom + rowsHeight)
    .attr('aria-label', spec.title);
  const body = svg.append('g').attr('transform', `translate(${MARGINS.left},${MARGINS.top})`);
  const ticks = Math.min(Math.max(2, Math.floor(innerWidth / 60)), x.domain()[1]);
  body
    .append('g')
    .attr('class', 'grid')
    .selectAll('line')
    .data(x.ticks(ticks).filter((tick) => tick > 0))
    .join('line')
    .attr('class', 'grid-line')
    .attr('x1', (tick) => x(tick))
    .attr('x2', (tick) => x(tick))
    .attr('y2', rowsHeight);
  body.append('g').attr('class', 'axis').attr('transform', `translate(0,${rowsHeight})`).call(axisBottom(x).ticks(ticks).tickFormat(format('d')));
  const rowsGroup = body.append('g').attr('class', 'rows');
  const slots: Slot[] = [];
  const fit = memoFitText();

  const selectedKeys = (): Set<number> => {
    const clause = context.store.get(spec.id);
    return new Set(clause?.kind === 'in' ? keysOf(categoryCodes(feed.dictionary ?? [], clause.values), shownCodes) : []);
  };
  const toggle = (key: number) => {
    const keys = selectedKeys();
    if (keys.has(key)) keys.delete(key);
    else keys.add(key);
    const codes = [...keys].flatMap((k) => (k === OTHERS_KEY ? otherCodes : [k]));
    if (codes.length === 0) context.store.clear(spec.id);
    else context.store.set({ chart: spec.id, column: spec.x, kind: 'in', values: codes.map((code) => dictionary[code] ?? null) });
  };
  const slotAt = (index: number): Slot => {
    // A slot the list no longer reached was taken out of the page; slots leave and come back from the end, so they stay in order.
    if (slots[index]) {
      if (!slots[index].group.isConnected) rowsGroup.node()!.append(slots[index].group);
      return slots[index];
    }
    const group = rowsGroup.append('g').attr('class', 'row').attr('transform', `translate(0,${index * PITCH})`);
    const total = group.append('path').attr('class', 'row-total');
    const bar = group.append('rect').attr('height', BAR).attr('tabindex', 0).attr('role', 'button');
    const label = group.append('text').attr('x', LABEL_X).attr('y', BAR / 2).attr('dy', '0.35em');
    const title = group.append<SVGTitleElement>('title');
    const slot: Slot = { group: group.node()!, total: total.node()!, bar: bar.node()!, label: label.node()!, title: title.node()!, key: -2, value: -1, text: '', state: '' };
    group.on('click', () => toggle(slot.key));
    bar.on('keydown', (event: KeyboardEvent) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      toggle(slot.key);
    });
    slots[index] = slot;
    return slot;
  };

  /** Draws the window of rows from `start`, writing only what changed since the last draw. */
  const drawRows = () => {
    const keys = selectedKeys();
    const window = bars.slice(start, start + VISIBLE);
    const labels: { node: SVGTextElement; text: string; maxWidth: number }[] = [];
    window.forEach((row, i) => {
      const slot = slotAt(i);
      if (slot.key !== row.key) {
        slot.key = row.key;
        slot.value = -1;
        slot.group.classList.toggle(MISSING_CLASS, row.category === null && row.key !== OTHERS_KEY);
        slot.group.classList.toggle('row-others', row.key === OTHERS_KEY);
        slot.total.setAttribute('d', `M0,0h${x(totalOf(row))}v${BAR}h${-x(totalOf(row))}z`);
      }
      if (slot.value !== row.value) {
        slot.value = row.value;
        slot.bar.setAttribute('width', String(x(row.value)));
        slot.title.textContent = row.key === OTHERS_KEY ? othersTitle(row) : rowTitle(row);
      }
      const text = rowText(row);
      if (slot.text !== text) {
        slot.text = text;
        labels.push({ node: slot.label, text, maxWidth: innerWidth - LABEL_ROOM });
      }
      const state = keys.size === 0 ? '' : keys.has(row.key) ? 'selected' : 'deselected';
      if (slot.state !== state) {
        slot.state = state;
        slot.bar.classList.toggle('selected', state === 'selected');
        slot.bar.classList.toggle('deselected', state === 'deselected');
        slot.bar.setAttribute('aria-pressed', String(state === 'selected'));
      }
    });
    for (const slot of slots.slice(window.length)) {
      slot.group.remove();
      slot.key = -2;
      slot.text = '';
    }
    setFittedTexts(labels, false, fit);
  };
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
    drawRows();
    scroll.dataset.firstRow = String(start);
  });
  search?.addEventListener('input', () => {
    query = search.value;
    bars = listRows(categoryBars(feed), shownCodes, spec.order, query);
    scroll.scrollTop = 0;
    start = 0;
    scroll.dataset.firstRow = '0';
    sizeList();
    drawRows();
  });
  sizeList();
  scroll.dataset.firstRow = '0';
  drawRows();
  return {
    id: spec.id,
    redraw() {
      const clause = context.store.get(spec.id);
      showCategories(card.filterNote, clause?.kind === 'in' ? clause.values : []);
      bars = listRows(categoryBars(feed), shownCodes, spec.order, query);
      start = Math.min(start, Math.max(0, bars.length - VISIBLE));
      drawRows();
    },
    dispose() {
      for (const slot of slots) {
        select(slot.group).on('click', null);
        select(slot.bar).on('keydown', null);
      }
    },
  };
}

/** The keys shown as selected for category codes: shown codes as themselves, the others as the `others` row. */
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
