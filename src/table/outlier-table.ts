import type { UiStore } from '../state/ui-store';
import { keepRows, sortRows } from './sort-rows';
import type { TableColumn } from './table-columns';
import { visibleText } from '../charts/visible-text';
import { element } from './element';
import { labelPieces } from './label-pieces';
import { createTableRow, type TableRow } from './table-row';
import { tableTexts } from './table-texts';
import { rowTop, visibleWindow } from './visible-window';

/** Pixel height of a table row and of a decomposition line (also in styles.css). */
export const ROW_HEIGHT = 26;
export const DETAIL_LINE_HEIGHT = 20;
const OVERSCAN = 8;
const NO_DETAIL: readonly string[] = [];

/** What the table shows: its columns, which rows pass every filter, and a run's explanation. */
export interface OutlierTableSource {
  columns: TableColumn[];
  size: number;
  run: Float64Array;
  isSelected(row: number): boolean;
  /** Lines of the alarm decomposition of a row (shown when it is expanded). */
  explain(row: number): string[];
  /** Changes whenever statuses (hence the status and rules columns) change. */
  version(): number;
}

export interface OutlierTable {
  root: HTMLElement;
  redraw(): void;
  dispose(): void;
}

/**
 * The outlier table: the runs passing every filter, sorted by any column
 * (uiStore.tableSort; click a header), virtually scrolled (only the rows in
 * view are in the page), one run expandable to its alarm decomposition. Every
 * data string goes in with textContent.
 */
export function createOutlierTable(parent: HTMLElement, source: OutlierTableSource, ui: UiStore): OutlierTable {
  const root = element('section', 'outlier-table');
  root.setAttribute('aria-label', tableTexts.label);
  const caption = element('p', 'table-caption');
  const scroller = element('div', 'table-scroll');
  scroller.setAttribute('role', 'table');
  const template = source.columns.map((c) => (c.kind === 'rules' ? 'minmax(220px, 1fr)' : c.kind === 'run' ? '96px' : '108px')).join(' ');
  const head = element('div', 'table-head');
  head.setAttribute('role', 'row');
  head.style.gridTemplateColumns = template;
  const body = element('div', 'table-body');
  scroller.append(head, body);
  root.append(caption, scroller);
  parent.append(root);

  let shown: Uint32Array = new Uint32Array(0);
  let expandedRun: number | undefined;
  let detail: string[] = [];
  let cache: { key: string; order: Uint32Array } | undefined;
  let frame = 0;
  // The viewport's size and scroll offset, read when they change (a resize, a
  // scroll), never in a redraw: reading layout there, after the charts have
  // written theirs, would make the browser lay the page out mid-frame.
  const measureViewport = () => scroller.clientHeight - head.offsetHeight;
  let viewport = measureViewport();
  let scrollTop = scroller.scrollTop;
  const resize = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => {
    const next = measureViewport();
    if (next === viewport) return;
    viewport = next;
    if (!frame) frame = requestAnimationFrame(drawRows);
  });
  resize?.observe(scroller);

  const orderFor = (): Uint32Array => {
    const sort = ui.get().tableSort;
    const column = sort && source.columns.find((c) => c.id === sort.column);
    const key = column ? `${column.id}|${sort!.direction}|${column.kind === 'status' || column.kind === 'rules' ? source.version() : ''}` : 'run';
    if (cache?.key !== key) {
      cache = { key, order: column ? sortRows(source.size, column.sortKey(), sort!.direction) : sortRows(source.size, { kind: 'number', values: source.run }, 'asc') };
    }
    return cache.order;
  };

  // The header buttons are made once and only their aria-sort changes: a
  // redraw never replaces the button that has the keyboard focus.
  const headButtons = source.columns.map((column) => {
    const button = element('button', 'table-sort');
    button.type = 'button';
    button.dataset.column = column.id;
    // A long name wraps (up to three lines, styles.css) where it reads best broken.
    labelPieces(visibleText(column.label)).forEach((piece, i) => button.append(...(i ? [element('wbr', ''), piece] : [piece])));
    button.title = tableTexts.sortBy(column.label);
    button.addEventListener('click', () => {
      const current = ui.get().tableSort;
      ui.set({ tableSort: { column: column.id, direction: current?.column === column.id && current.direction === 'asc' ? 'desc' : 'asc' } });
    });
    return button;
  });
  head.append(...headButtons);

  const drawHead = () => {
    const sort = ui.get().tableSort;
    source.columns.forEach((column, i) => {
      const direction = sort?.column === column.id ? sort.direction : undefined;
      const value = direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none';
      // Written only when it changes: the head is drawn with the rows, on every brush step.
      if (headButtons[i].getAttribute('aria-sort') !== value) headButtons[i].setAttribute('aria-sort', value);
    });
  };

  const expandedIndex = () => (expandedRun === undefined ? -1 : shown.findIndex((row) => source.run[row] === expandedRun));

  const rows: TableRow[] = [];
  const drawRows = () => {
    frame = 0;
    const index = expandedIndex();
    const expanded = index >= 0 ? { index, extraHeight: detail.length * DETAIL_LINE_HEIGHT + 8 } : undefined;
    const window = visibleWindow({ scrollTop, viewportHeight: viewport, rowHeight: ROW_HEIGHT, rowCount: shown.length, overscan: OVERSCAN, expanded });
    body.style.height = `${window.totalHeight}px`;
    const count = window.last - window.first;
    while (rows.length < count) body.append(rows[rows.push(createTableRow(source.columns, template, source.run, toggleRun)) - 1].element);
    while (rows.length > count) rows.pop()!.element.remove();
    for (let i = window.first; i < window.last; i++) rows[i - window.first].show(shown[i], i === index, rowTop(i, ROW_HEIGHT, expanded), i === index ? detail : NO_DETAIL);
  };

  const toggleRun = (row: number) => {
    const run = source.run[row];
    expandedRun = expandedRun === run ? undefined : run;
    detail = expandedRun === undefined ? [] : source.explain(row);
    drawRows();
  };

  const redraw = () => {
    shown = keepRows(orderFor(), source.isSelected);
    caption.textContent = tableTexts.caption(shown.length, source.size);
    if (expandedRun !== undefined) {
      const index = expandedIndex();
      detail = index >= 0 ? source.explain(shown[index]) : [];
    }
    drawHead();
    drawRows();
  };
  const onScroll = () => {
    scrollTop = scroller.scrollTop;
    if (!frame) frame = requestAnimationFrame(drawRows);
  };
  scroller.addEventListener('scroll', onScroll, { passive: true });
  const unsubscribe = ui.subscribe((_, changed) => {
    if (changed.has('tableSort')) redraw();
  });
  return {
    root,
    redraw,
    dispose() {
      unsubscribe();
      scroller.removeEventListener('scroll', onScroll);
      resize?.disconnect();
      if (frame) cancelAnimationFrame(frame);
      root.remove();
    },
  };
}
